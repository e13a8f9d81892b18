"""Development helpers, mounted only when ENVIRONMENT=local."""

from fastapi import APIRouter

from app.core.deps import MailerDep

router = APIRouter(prefix="/dev", tags=["dev"])


@router.get("/outbox", summary="E-mails the app would have sent (no SMTP configured)")
async def outbox(mailer: MailerDep) -> list[dict[str, object]]:
    return [mail.as_dict() for mail in mailer.outbox]
