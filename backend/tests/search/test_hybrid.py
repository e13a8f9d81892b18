"""Hybrid search: full text fused with semantic similarity once the team's documents are embedded."""

import uuid
from collections.abc import Sequence
from typing import Any

import pytest

from app.core.tenancy import TeamScope
from app.embeddings.providers import EmbeddingUnavailable
from app.embeddings.service import process_batch
from app.search import service
from app.search.service import fuse
from tests.factories import Member, auth_headers
from tests.search.test_search_api import demo_viewer, search, titles

__all__ = ["demo_viewer"]


@pytest.fixture
async def embedded(db: Any, app: Any, demo_viewer: Member) -> Member:
    """The demo library with every document embedded by the app's provider (local wordllama)."""
    while (await process_batch(db, app.state.embedder, batch_size=100)).embedded:
        pass
    return demo_viewer


async def test_a_ticket_in_other_words_finds_the_flow(client, embedded: Member) -> None:
    headers = await auth_headers(client, embedded)
    hits = await search(client, headers, "my email keeps asking me to log in")
    outlook = next(hit for hit in hits if hit["title"] == "Outlook keeps prompting for a password")
    assert hits.index(outlook) < 3, titles(hits)
    assert "semantic" in outlook["matched"]


async def test_text_and_meaning_agree_on_the_first_hit(client, embedded: Member) -> None:
    headers = await auth_headers(client, embedded)
    hits = await search(client, headers, "outlook password prompt")
    assert hits[0]["title"] == "Outlook keeps prompting for a password"
    assert {"title", "semantic"} <= set(hits[0]["matched"])


async def test_nonsense_finds_nothing_even_with_vectors(client, embedded: Member) -> None:
    headers = await auth_headers(client, embedded)
    assert await search(client, headers, "quokka") == []
    assert await search(client, headers, "zzzzqqq") == []


async def test_kind_filter_applies_to_semantic_hits(client, embedded: Member) -> None:
    headers = await auth_headers(client, embedded)
    steps = await search(client, headers, "my email keeps asking me to log in", kind="step")
    assert {hit["type"] for hit in steps} <= {"step"}


class Unavailable:
    model = "voyage/voyage-3.5-1024"
    dimensions = 1024
    min_similarity = 0.35

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        raise EmbeddingUnavailable()

    async def embed_query(self, text: str) -> list[float]:
        raise EmbeddingUnavailable()


async def test_full_text_answers_alone_while_the_provider_is_down(db, embedded: Member) -> None:
    hits = await service.search(db, TeamScope(embedded.team.id), "outlook password", embedder=Unavailable())
    assert hits[0].title == "Outlook keeps prompting for a password"
    assert "semantic" not in hits[0].matched


def test_reciprocal_rank_fusion() -> None:
    a, b, c, d = (uuid.UUID(int=i) for i in range(4))
    fused = fuse([[a, b, c], [c, d]], limit=3)
    assert [document for document, _ in fused] == [c, a, b]  # in both lists beats first in one
    assert fused[0][1] == pytest.approx(1 / 63 + 1 / 61)
    assert fuse([[], []], limit=5) == []
