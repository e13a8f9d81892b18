"""What the SPA needs to know about this installation before anyone signs in."""

from fastapi import APIRouter

from app.core.deps import SettingsDep
from app.meta.schemas import DemoAccountOut, DemoCredentialsOut, MetaOut
from app.seed import DEMO_PASSWORD, DEMO_USERS

router = APIRouter(prefix="/meta", tags=["meta"])


def _demo_credentials() -> DemoCredentialsOut:
    return DemoCredentialsOut(
        password=DEMO_PASSWORD,
        accounts=[
            DemoAccountOut(email=user.email, role="super_admin" if user.super_admin else user.role.value)
            for user in DEMO_USERS
        ],
    )


@router.get("", summary="The environment, and the demo accounts in local development")
async def read_meta(settings: SettingsDep) -> MetaOut:
    # Demo accounts exist only where `make run` / `app.cli seed` created them: local development.
    demo = _demo_credentials() if settings.environment == "local" else None
    return MetaOut(environment=settings.environment, demo=demo)
