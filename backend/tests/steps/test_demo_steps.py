"""The demo step library: loaded into the demo team once, rated by the demo users."""

from sqlalchemy import func, select

from app.core.config import Settings
from app.seed import DEMO_USERS, seed_demo
from app.steps.demo import demo_steps, load_demo_steps
from app.steps.models import Step, StepRating
from app.teams.models import Team
from app.teams.service import DEMO_TEAM_SLUG
from app.users.models import User
from tests.factories import Factory


async def test_seed_loads_the_rated_step_library_once(db, settings: Settings) -> None:
    assert await seed_demo(db, settings) is True
    team_id = (await db.execute(select(Team.id).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
    steps = list((await db.execute(select(Step).where(Step.team_id == team_id))).scalars())
    assert len(steps) == len(demo_steps()) >= 30
    assert {step.kind_hint for step in steps} == {"action", "question", "input"}
    assert all(step.tags == sorted(set(step.tags)) for step in steps)

    ratings = list((await db.execute(select(StepRating).where(StepRating.team_id == team_id))).scalars())
    assert len(ratings) >= 30
    assert all(step.rating_count > 0 for step in steps)
    for step in steps:
        own = [r for r in ratings if r.step_id == step.id]
        assert (step.rating_count, step.rating_sum) == (len(own), sum(r.rating for r in own)), step.title
        assert len({r.user_id for r in own}) == len(own)  # one rating per user per step
    demo_user_ids = set(
        (await db.execute(select(User.id).where(User.email.in_([u.email for u in DEMO_USERS])))).scalars()
    )
    assert {r.user_id for r in ratings} <= demo_user_ids
    assert all(r.review for r in ratings)

    assert await seed_demo(db, settings) is False
    assert (await db.execute(select(func.count()).select_from(Step))).scalar_one() == len(steps)
    assert (await db.execute(select(func.count()).select_from(StepRating))).scalar_one() == len(ratings)


async def test_with_fewer_raters_than_ratings_the_first_ratings_are_kept(db, factory: Factory) -> None:
    member = await factory.member(role="engineer")
    created = await load_demo_steps(db, member.team.id, member.user.id, [member.user.id])
    assert created == len(demo_steps())
    rows = (
        await db.execute(
            select(Step.title, StepRating.rating, StepRating.review)
            .join(StepRating, StepRating.step_id == Step.id)
            .where(Step.team_id == member.team.id)
        )
    ).all()
    first = {spec.title: (spec.ratings[0].rating, spec.ratings[0].review) for spec in demo_steps()}
    assert {title: (rating, review) for title, rating, review in rows} == first
    assert len(rows) == len(first)
    assert await load_demo_steps(db, member.team.id, member.user.id, [member.user.id]) == 0
