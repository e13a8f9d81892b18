"""`make run` / `seed` load the demo library into the demo team, once."""

from sqlalchemy import func, select

from app.core.config import Settings
from app.flows.demo_library import demo_flow_files
from app.flows.models import Flow, FlowVersion
from app.seed import seed_demo
from app.teams.models import Team
from app.teams.service import DEMO_TEAM_SLUG


async def test_seed_publishes_the_demo_library_once(db, settings: Settings) -> None:
    assert await seed_demo(db, settings) is True
    team_id = (await db.execute(select(Team.id).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
    flows = list((await db.execute(select(Flow).where(Flow.team_id == team_id))).scalars())
    assert len(flows) == len(demo_flow_files()) >= 22
    assert {flow.status for flow in flows} == {"published"}
    versions = (await db.execute(select(func.count()).select_from(FlowVersion))).scalar_one()
    assert versions == len(flows)
    assert any("outlook" in flow.title.lower() for flow in flows)

    assert await seed_demo(db, settings) is False
    assert (await db.execute(select(func.count()).select_from(Flow))).scalar_one() == len(flows)
