"""Providers: the local model with no network, and Voyage AI through its real SDK and a fake server."""

import socket
import time
from typing import Any

import numpy as np
import pytest
from pydantic import SecretStr

from app.core.config import Settings
from app.embeddings.providers import (
    EmbeddingUnavailable,
    QueryCache,
    VoyageProvider,
    WordLlamaProvider,
    batches,
    create_provider,
)
from tests.core.test_settings import production
from tests.embeddings.conftest import VOYAGE_KEY, voyage_provider
from tests.fakes.voyage import FakeVoyage, fake_vector


def _cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


async def test_wordllama_loads_and_embeds_without_any_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the local model tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    provider = WordLlamaProvider()

    outlook, outlook_again, vpn = await provider.embed_documents(
        ["Outlook won't start", "Outlook crashes on launch", "Configure the VPN client certificate"]
    )
    query = await provider.embed_query("outlook keeps crashing")

    assert provider.model == "wordllama/l2_supercat-256"
    assert provider.dimensions == 256
    assert {len(outlook), len(vpn), len(query)} == {256}
    assert np.linalg.norm(outlook) == pytest.approx(1.0, abs=1e-5)
    assert _cosine(outlook, outlook_again) > _cosine(outlook, vpn) + 0.2
    assert _cosine(query, outlook_again) > _cosine(query, vpn)


async def test_wordllama_text_without_tokens_is_a_zero_vector_not_nan(wordllama: WordLlamaProvider) -> None:
    [vector] = await wordllama.embed_documents([""])

    assert vector == [0.0] * 256
    assert await wordllama.embed_documents([]) == []


async def test_query_cache_keeps_the_most_recent_queries() -> None:
    calls: list[str] = []

    async def embed(text: str) -> list[float]:
        calls.append(text)
        return [float(len(text))]

    cache = QueryCache(size=2)
    assert await cache.get("a", embed) == [1.0]
    assert await cache.get("bb", embed) == [2.0]
    (await cache.get("a", embed)).append(99.0)  # callers get a copy
    assert await cache.get("a", embed) == [1.0]
    await cache.get("ccc", embed)  # evicts "bb", the least recently used
    await cache.get("bb", embed)

    assert calls == ["a", "bb", "ccc", "bb"]


async def test_voyage_documents_and_queries_through_the_sdk(voyage: FakeVoyage) -> None:
    provider = voyage_provider(voyage)

    documents = await provider.embed_documents(["Outlook won't start", "VPN drops"])
    query = await provider.embed_query("outlook")
    assert await provider.embed_query("outlook") == query  # cached: no second request

    assert provider.model == "voyage/voyage-3.5-1024"
    assert np.allclose(documents[0], fake_vector("Outlook won't start", 1024), atol=1e-6)
    assert np.allclose(query, fake_vector("outlook", 1024), atol=1e-6)
    assert [request.body["input_type"] for request in voyage.requests] == ["document", "query"]
    first = voyage.requests[0]
    assert first.headers["authorization"] == f"Bearer {VOYAGE_KEY}"
    assert first.body["model"] == "voyage-3.5"
    assert first.body["output_dimension"] == 1024
    assert first.body["input"] == ["Outlook won't start", "VPN drops"]


async def test_voyage_batches_stay_within_the_input_and_size_limits(voyage: FakeVoyage) -> None:
    provider = voyage_provider(voyage, dimensions=256)

    many = await provider.embed_documents([f"text {i}" for i in range(1001)])
    large = await provider.embed_documents(["word " * 30_000, "other " * 30_000, "small"])

    assert len(many) == 1001
    assert len(large) == 3
    assert [len(request.body["input"]) for request in voyage.requests] == [1000, 1, 1, 2]
    assert all(sum(map(len, r.body["input"])) <= VoyageProvider.MAX_CHARS for r in voyage.requests[2:])


def test_batches_split_by_count_and_characters() -> None:
    assert list(batches(["a", "b", "c"], max_inputs=2, max_chars=100)) == [["a", "b"], ["c"]]
    assert list(batches(["aaaa", "bb", "cc", "d"], max_inputs=10, max_chars=4)) == [["aaaa"], ["bb", "cc"], ["d"]]
    assert list(batches([], max_inputs=1, max_chars=1)) == []


@pytest.mark.parametrize(
    ("status", "expected"),
    [(429, "RateLimitError (HTTP 429)"), (500, "ServerError (HTTP 500)"), (503, "ServiceUnavailableError (HTTP 503)")],
)
async def test_voyage_failures_are_reported_without_the_providers_text(
    voyage: FakeVoyage, status: int, expected: str
) -> None:
    voyage.fail_next(status)

    with pytest.raises(EmbeddingUnavailable) as raised:
        await voyage_provider(voyage).embed_documents(["text"])

    assert raised.value.message == f"Voyage AI: {expected}"
    assert raised.value.status_code == 503


async def test_voyage_wrong_key_is_refused_and_the_key_never_appears(voyage: FakeVoyage) -> None:
    wrong_key = "pa-wrong-key-that-must-not-leak"

    with pytest.raises(EmbeddingUnavailable) as raised:
        await voyage_provider(voyage, key=wrong_key).embed_query("anything")

    assert raised.value.message == "Voyage AI: AuthenticationError (HTTP 401)"
    assert wrong_key not in str(raised.value)


async def test_voyage_timeout(voyage: FakeVoyage) -> None:
    voyage.delay_next(1.0)

    with pytest.raises(EmbeddingUnavailable) as raised:
        await voyage_provider(voyage, timeout_seconds=0.2).embed_documents(["slow"])

    assert raised.value.message == "Voyage AI: Timeout"


async def test_a_query_gets_a_short_budget_for_all_its_attempts(voyage: FakeVoyage) -> None:
    voyage.delay_next(2.0)
    provider = voyage_provider(voyage, timeout_seconds=5.0, max_retries=2, query_timeout_seconds=0.3)
    started = time.perf_counter()

    with pytest.raises(EmbeddingUnavailable) as raised:
        await provider.embed_query("slow")

    assert raised.value.message == "Voyage AI: no answer within 0.3 s"
    assert time.perf_counter() - started < 1.5  # the SDK alone would wait for the answer, 2 s


async def test_voyage_sdk_retries_a_rate_limit(voyage: FakeVoyage) -> None:
    voyage.fail_next(429)

    [vector] = await voyage_provider(voyage, max_retries=2).embed_documents(["retried"])

    assert len(vector) == 1024
    assert len(voyage.requests) == 2


def test_voyage_when_a_key_is_configured_else_the_local_model(settings: Settings) -> None:
    keyed = settings.model_copy(update={"voyage_api_key": SecretStr(VOYAGE_KEY), "voyage_dimensions": 256})

    voyage = create_provider(keyed)
    local = create_provider(settings)

    assert isinstance(voyage, VoyageProvider)
    assert (voyage.model, voyage.dimensions) == ("voyage/voyage-3.5-256", 256)
    assert isinstance(local, WordLlamaProvider)
    assert VOYAGE_KEY not in repr(keyed)
    assert VOYAGE_KEY not in keyed.model_dump_json()


def test_production_sends_the_voyage_key_only_over_https() -> None:
    with pytest.raises(ValueError, match="VOYAGE_BASE_URL"):
        production(voyage_api_key=VOYAGE_KEY, voyage_base_url="http://voyage.internal/v1")

    assert production(voyage_api_key=VOYAGE_KEY).voyage_base_url == "https://api.voyageai.com/v1"
    assert production(voyage_base_url="http://127.0.0.1:9/v1").voyage_api_key is None
