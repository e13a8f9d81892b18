"""semantic_ranking: nearest first, only the caller's team, only one model, optionally only flows or
steps, through the HNSW index (with iterative scans when filters discard candidates)."""

import uuid
from typing import Literal

import numpy as np
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tenancy import TeamScope
from app.embeddings import service
from app.embeddings.models import SearchEmbedding
from app.embeddings.providers import WordLlamaProvider
from app.search import service as search
from app.steps.models import Step
from app.teams.models import Team
from tests.embeddings.conftest import Library
from tests.factories import Factory, Member

MODEL = "wordllama/l2_supercat-256"


@pytest.fixture
async def embedded(library: Library, db: AsyncSession, wordllama: WordLlamaProvider) -> dict[str, uuid.UUID]:
    documents = {
        "outlook": await library.flow("Outlook keeps prompting for a password"),
        "vpn": await library.flow("VPN client fails to connect"),
        "printer": await library.flow("Printer offline or print spooler stopped"),
        "spooler": await library.step("Restart the print spooler and clear stuck print jobs"),
        "dns": await library.step("Flush the DNS resolver cache"),
    }
    await service.process_batch(db, wordllama, batch_size=50)
    return documents


async def _rank(
    db: AsyncSession,
    team: Team,
    query: str,
    wordllama: WordLlamaProvider,
    *,
    limit: int = 10,
    hit_type: Literal["flow", "step"] | None = None,
) -> list[uuid.UUID]:
    vector = await wordllama.embed_query(query)
    return await service.semantic_ranking(
        db, TeamScope(team.id), vector, wordllama.model, limit=limit, hit_type=hit_type
    )


async def test_nearest_first_and_filtered_by_type(
    db: AsyncSession, engineer: Member, embedded: dict[str, uuid.UUID], wordllama: WordLlamaProvider
) -> None:
    ranked = await _rank(db, engineer.team, "the printer is offline", wordllama)
    assert set(ranked) == set(embedded.values())
    assert set(ranked[:2]) == {embedded["printer"], embedded["spooler"]}

    flows = await _rank(db, engineer.team, "the printer is offline", wordllama, hit_type="flow")
    steps = await _rank(db, engineer.team, "the printer is offline", wordllama, hit_type="step")
    assert flows == [
        document for document in ranked if document in {embedded[k] for k in ("outlook", "vpn", "printer")}
    ]
    assert steps == [embedded["spooler"], embedded["dns"]]

    assert await _rank(db, engineer.team, "vpn will not connect", wordllama, limit=1) == [embedded["vpn"]]


async def test_only_the_callers_team(
    db: AsyncSession, factory: Factory, engineer: Member, embedded: dict[str, uuid.UUID], wordllama: WordLlamaProvider
) -> None:
    other = await factory.member(role="engineer")

    assert await _rank(db, other.team, "the printer is offline", wordllama) == []
    assert embedded  # the caller's team does have vectors


async def test_only_vectors_of_the_given_model(
    db: AsyncSession, engineer: Member, embedded: dict[str, uuid.UUID], wordllama: WordLlamaProvider
) -> None:
    vector = await wordllama.embed_query("printer")
    await db.execute(
        text("UPDATE search_embeddings SET model = 'other/model-256' WHERE document_id = :id"),
        {"id": embedded["printer"]},
    )

    ranked = await service.semantic_ranking(db, TeamScope(engineer.team.id), vector, MODEL, limit=10)
    other = await service.semantic_ranking(db, TeamScope(engineer.team.id), vector, "other/model-256", limit=10)

    assert embedded["printer"] not in ranked
    assert len(ranked) == 4
    assert other == [embedded["printer"]]
    assert await service.semantic_ranking(db, TeamScope(engineer.team.id), [0.1] * 512, MODEL, limit=10) == []


# --- the index ---------------------------------------------------------------------------------


async def test_hnsw_indexes_are_partial_cosine_indexes_per_size(db: AsyncSession) -> None:
    rows = await db.execute(
        text(
            "SELECT indexname, indexdef FROM pg_indexes "
            "WHERE tablename = 'search_embeddings' AND indexdef LIKE '%hnsw%'"
        )
    )
    definitions = dict(rows.all())

    assert set(definitions) == {"ix_search_embeddings_hnsw_256", "ix_search_embeddings_hnsw_1024"}
    for size in (256, 1024):
        definition = definitions[f"ix_search_embeddings_hnsw_{size}"]
        assert f"((embedding)::vector({size})) vector_cosine_ops" in definition
        assert f"WHERE (dimensions = {size})" in definition


def _unit(seed: int, near: np.ndarray | None = None, spread: float = 0.05) -> list[float]:
    noise = np.random.default_rng(seed).standard_normal(256)
    vector = noise if near is None else near + spread * noise
    unit: list[float] = (vector / np.linalg.norm(vector)).tolist()
    return unit


async def _documents_with_vectors(db: AsyncSession, team: Team, vectors: list[list[float]]) -> list[uuid.UUID]:
    documents = []
    for index, vector in enumerate(vectors):
        step = Step(team_id=team.id, title=f"Step {index}")
        db.add(step)
        await search.reindex_step(db, step)
        document_id = (
            await db.execute(text("SELECT id FROM search_documents WHERE step_id = :id"), {"id": step.id})
        ).scalar_one()
        db.add(
            SearchEmbedding(
                document_id=document_id,
                team_id=team.id,
                model=MODEL,
                dimensions=256,
                embedding=vector,
                content_hash="-",
            )
        )
        documents.append(document_id)
    await db.flush()
    return documents


async def test_the_index_serves_the_query_and_iterates_past_other_teams_neighbours(
    db: AsyncSession, factory: Factory
) -> None:
    """Another team owns the 150 vectors nearest to the query, more than one HNSW candidate list
    (ef_search 100); the caller's 5 farther vectors are still found, through the index."""
    ours, theirs = (await factory.member()).team, (await factory.member()).team
    query = np.asarray(_unit(0))
    await _documents_with_vectors(db, theirs, [_unit(seed, near=query) for seed in range(1, 151)])
    mine = await _documents_with_vectors(db, ours, [_unit(seed, near=-query, spread=0.5) for seed in range(200, 205)])
    await db.execute(text("ANALYZE search_embeddings"))
    # Make the index the only way to produce the order, as it is on a large library.
    await db.execute(text("SET LOCAL enable_seqscan = off"))
    await db.execute(text("SET LOCAL enable_sort = off"))
    index_scans = text("SELECT pg_stat_get_xact_numscans('ix_search_embeddings_hnsw_256'::regclass)")
    before = (await db.execute(index_scans)).scalar_one()

    ranked = await service.semantic_ranking(db, TeamScope(ours.id), query.tolist(), MODEL, limit=10)

    assert (await db.execute(index_scans)).scalar_one() > before
    assert set(ranked) == set(mine)
    distances = [float(np.dot(query, _unit(seed, near=-query, spread=0.5))) for seed in range(200, 205)]
    assert ranked == [mine[i] for i in np.argsort(distances)[::-1]], "nearest (largest cosine) first"

    # Control: the same index scan without iterative scans stops at its candidate list.
    await db.execute(text("SELECT set_config('hnsw.iterative_scan', 'off', true)"))
    plain = await db.execute(
        text(
            "SELECT document_id FROM search_embeddings WHERE team_id = :team AND model = :model AND dimensions = 256 "
            "ORDER BY embedding::vector(256) <=> CAST(:query AS vector(256)) LIMIT 10"
        ),
        {"team": ours.id, "model": MODEL, "query": str(query.tolist())},
    )
    assert len(plain.all()) < len(mine)
