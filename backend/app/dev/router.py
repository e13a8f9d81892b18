"""Development helpers, mounted only when ENVIRONMENT=local."""

from datetime import datetime, timedelta

from fastapi import APIRouter
from pydantic import Field

from app.core import clock
from app.core.deps import MailerDep
from app.core.schemas import RequestBody, ResponseBody

router = APIRouter(prefix="/dev", tags=["dev"])
# Mounted only with E2E_CLOCK_CONTROL=true as well (the browser tests' server, never production).
clock_router = APIRouter(prefix="/dev", tags=["dev"])

ONE_YEAR_SECONDS = 366 * 24 * 3600


@router.get("/outbox", summary="E-mails the app would have sent (no SMTP configured)")
async def outbox(mailer: MailerDep) -> list[dict[str, object]]:
    return [mail.as_dict() for mail in mailer.outbox]


class ClockIn(RequestBody):
    offset_seconds: int = Field(ge=-ONE_YEAR_SECONDS, le=ONE_YEAR_SECONDS, description="0 puts the clock back.")


class ClockOut(ResponseBody):
    offset_seconds: int
    now: datetime


@clock_router.put("/clock", summary="Move this process's clock (browser tests only)")
async def set_clock(body: ClockIn) -> ClockOut:
    clock.set_offset(timedelta(seconds=body.offset_seconds))
    return ClockOut(offset_seconds=body.offset_seconds, now=clock.utcnow())
