"""The bounded ranking: postings kept by the trigger, the head tier's walk, the body tier, typo correction.

Index rows are written directly (the trigger does the rest): these tests need more documents than
the API would create in reasonable time, and exact control over their text.
"""

import uuid
from typing import Any

import pytest
from sqlalchemy import select, update

from app.core.tenancy import TeamScope
from app.flows.models import Flow
from app.search import queries, service
from app.search.models import SearchDocument, SearchTerm, SearchVocabulary
from app.steps.models import Step
from app.teams.models import Team
from tests.factories import Factory


@pytest.fixture
async def team(factory: Factory) -> Team:
    return await factory.team()


async def add(db: Any, team: Team, title: str, *, tags: str = "", body: str = "", step: bool = False) -> uuid.UUID:
    """The index row of a new flow (or step) with this text; the item row itself holds placeholders."""
    item: Flow | Step
    if step:
        item = Step(team_id=team.id, title=title, tags=[], commands=[], kind_hint="action")
    else:
        item = Flow(team_id=team.id, kind="troubleshooting", title=title, draft_graph={})
    db.add(item)
    await db.flush()
    document = SearchDocument(
        team_id=team.id,
        kind="action" if step else "troubleshooting",
        title=title,
        tags=tags,
        body=body,
        **({"step_id": item.id} if step else {"flow_id": item.id}),
    )
    db.add(document)
    await db.flush()
    return document.id


async def ranked(db: Any, team: Team, q: str, **kwargs: Any) -> list[str]:
    return [hit.title for hit in await service.search(db, TeamScope(team.id), q, **kwargs)]


async def test_the_trigger_keeps_postings_and_vocabulary(db, team: Team) -> None:
    document_id = await add(db, team, "Printer offline", tags="spooler")
    postings = dict((await db.execute(select(SearchTerm.lexeme, SearchTerm.impact).where(
        SearchTerm.document_id == document_id))).all())  # fmt: skip
    assert set(postings) == {"printer", "offlin", "spooler"}
    assert postings["printer"] > postings["spooler"]  # title weighs more than tags

    await db.execute(update(SearchDocument).where(SearchDocument.id == document_id).values(title="Scanner jammed"))
    lexemes = set((await db.execute(select(SearchTerm.lexeme).where(SearchTerm.document_id == document_id))).scalars())
    assert lexemes == {"scanner", "jam", "spooler"}
    vocabulary = set(
        (await db.execute(select(SearchVocabulary.lexeme).where(SearchVocabulary.team_id == team.id))).scalars()
    )
    assert {"printer", "offlin", "scanner", "jam", "spooler"} <= vocabulary

    await db.execute(SearchDocument.__table__.delete().where(SearchDocument.id == document_id))
    assert (await db.execute(select(SearchTerm).where(SearchTerm.document_id == document_id))).first() is None


async def test_a_word_in_many_titles_finds_its_best_documents(db, team: Team) -> None:
    """More title matches than the walk reads: the scan in impact order still puts the best first."""
    for i in range(queries.WALK + 30):
        await add(db, team, f"Printer problem report number {i} for the third floor east wing")
    await add(db, team, "Printer")
    await add(db, team, "Printer offline")
    await add(db, team, "Label maker", body="The printer next to it is fine.")
    hits = await ranked(db, team, "printer", limit=5)
    assert hits[:2] == ["Printer", "Printer offline"]
    assert len(hits) == 5
    assert "Label maker" not in hits  # text-only matches come after every title match


async def test_title_and_tag_matches_come_before_text_matches(db, team: Team) -> None:
    await add(db, team, "Dense body", body="kerberos " * 50)
    await add(db, team, "Tagged", tags="kerberos")
    await add(db, team, "Kerberos ticket errors")
    assert await ranked(db, team, "kerberos") == ["Kerberos ticket errors", "Tagged", "Dense body"]


async def test_text_matches_beyond_the_cap_still_fill_the_page(db, team: Team) -> None:
    for i in range(queries.CAP + 20):
        await add(db, team, f"Runbook {i}", body=f"Reboot the host {'twice ' * (i % 5)}and check the restart log.")
    first = await ranked(db, team, "restart", limit=20)
    assert len(first) == 20
    assert await ranked(db, team, "restart", limit=20) == first  # the same answer every time


async def test_words_split_between_title_and_text_match(db, team: Team) -> None:
    await add(db, team, "VPN client fails", body="Renew the machine certificate.")
    await add(db, team, "VPN gateway down", body="Check the uplink.")
    assert await ranked(db, team, "vpn certificate") == ["VPN client fails"]


async def test_type_ahead_expands_the_last_word_from_the_vocabulary(db, team: Team) -> None:
    await add(db, team, "Spooler keeps stopping")
    await add(db, team, "Spoofed sender warnings")
    await add(db, team, "Mapped drive missing")
    assert set(await ranked(db, team, "spoo")) == {"Spooler keeps stopping", "Spoofed sender warnings"}
    assert await ranked(db, team, "spool") == ["Spooler keeps stopping"]
    # A one-letter last word is a word, not a prefix of most of the vocabulary.
    assert await ranked(db, team, "mapped d") == ["Mapped drive missing"]
    assert await ranked(db, team, "s") == []


async def test_typos_are_corrected_against_the_teams_titles_and_tags(db, team: Team, factory: Factory) -> None:
    await add(db, team, "Printer offline")
    await add(db, team, "Password expired", tags="outlook")
    hits = await service.search(db, TeamScope(team.id), "pritner")
    assert [hit.title for hit in hits] == ["Printer offline"]
    assert hits[0].matched == ["fuzzy", "title"]
    assert await ranked(db, team, "outlok passwrod") == ["Password expired"]
    assert await ranked(db, team, "zzzzqqq") == []
    other = await factory.team()
    assert await ranked(db, other, "pritner") == []  # another team's vocabulary is not used


async def test_kind_filter_applies_to_both_tiers(db, team: Team) -> None:
    await add(db, team, "Spooler step", step=True)
    await add(db, team, "Spooler flow")
    await add(db, team, "Other step", body="restart the spooler", step=True)
    steps = await service.search(db, TeamScope(team.id), "spooler", kind="step")
    assert [hit.title for hit in steps] == ["Spooler step", "Other step"]
