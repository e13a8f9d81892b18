"""Embedding providers: Voyage AI when a key is configured, else wordllama (local, no network).

Every vector is stored with its provider's `model` name (model and size), so vectors of different
models never meet in one query and a team can switch providers and re-embed in the background.
"""

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

import numpy as np
from pydantic import SecretStr

from app.core.config import Settings
from app.core.errors import AppError

# Both SDKs are imported on first use: together they take seconds to import, and a process only
# ever needs one of them.
if TYPE_CHECKING:
    from wordllama.inference import WordLlamaInference

QUERY_CACHE_SIZE = 1024


class EmbeddingUnavailable(AppError):
    """The provider failed. The message is safe to log and store: class and HTTP status only."""

    status_code = 503
    code = "embeddings_unavailable"
    message = "Semantic search is unavailable right now."


def describe_error(exc: BaseException) -> str:
    """A short, secret-free description: never the provider's message, which may echo the request."""
    status = getattr(exc, "http_status", None)
    return f"{type(exc).__name__} (HTTP {status})" if status else type(exc).__name__


class EmbeddingProvider(Protocol):
    model: str
    dimensions: int
    # Cosine similarity below which a document is not a semantic match for a query at all.
    min_similarity: float

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    async def embed_query(self, text: str) -> list[float]: ...


class QueryCache:
    """An LRU of query vectors: search-as-you-type repeats the same queries."""

    def __init__(self, size: int = QUERY_CACHE_SIZE) -> None:
        self._size = size
        self._vectors: OrderedDict[str, tuple[float, ...]] = OrderedDict()

    async def get(self, text: str, embed: Callable[[str], Awaitable[list[float]]]) -> list[float]:
        vector = self._vectors.get(text)
        if vector is None:
            vector = tuple(await embed(text))
            self._vectors[text] = vector
            if len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        else:
            self._vectors.move_to_end(text)
        return list(vector)


class WordLlamaProvider:
    """wordllama's l2_supercat model, whose 256-dimension weights ship inside the wheel."""

    CONFIG: ClassVar[str] = "l2_supercat"
    model = f"wordllama/{CONFIG}-256"
    dimensions = 256
    # On the demo library: unrelated or nonsense queries reach 0.15, a ticket's wording of a flow 0.33+.
    min_similarity = 0.3

    def __init__(self) -> None:
        self._queries = QueryCache()
        self._loaded: WordLlamaInference | None = None
        self._loading = asyncio.Lock()

    def _load(self) -> "WordLlamaInference":
        import wordllama

        # The package folder holds the weights and tokenizer; never fall back to a download.
        return wordllama.WordLlama.load(
            config=self.CONFIG,
            dim=self.dimensions,
            cache_dir=Path(wordllama.__file__).parent,
            disable_download=True,
        )

    async def _model(self) -> "WordLlamaInference":
        if self._loaded is None:
            async with self._loading:
                if self._loaded is None:
                    self._loaded = await asyncio.to_thread(self._load)
        return self._loaded

    @staticmethod
    def _embed(model: "WordLlamaInference", texts: list[str]) -> list[list[float]]:
        vectors = np.asarray(model.embed(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        # A text with no known token pools to zeros; leave it zero rather than dividing by it.
        vectors /= np.where(norms == 0, 1, norms)
        result: list[list[float]] = vectors.tolist()
        return result

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        model = await self._model()
        # Tokenizing and pooling are CPU work: off the event loop.
        return await asyncio.to_thread(self._embed, model, list(texts))

    async def embed_query(self, text: str) -> list[float]:
        return await self._queries.get(text, self._embed_one)

    async def _embed_one(self, text: str) -> list[float]:
        [vector] = await self.embed_documents([text])
        return vector


def batches(texts: Sequence[str], *, max_inputs: int, max_chars: int) -> Iterator[list[str]]:
    """Consecutive batches of at most `max_inputs` texts and `max_chars` characters (a lone longer
    text is a batch of its own; the provider truncates it)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) == max_inputs or size + len(text) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


class VoyageProvider:
    """Voyage AI through its official SDK."""

    MAX_INPUTS = 1000
    # Voyage limits a request's total tokens too (320k for voyage-3.5). The SDK counts tokens with a
    # tokenizer it downloads, so count characters instead: 200k characters stay well below the
    # limit even for text with short tokens.
    MAX_CHARS = 200_000

    def __init__(
        self,
        *,
        api_key: SecretStr,
        base_url: str,
        model: str,
        dimensions: int,
        timeout_seconds: float,
        max_retries: int,
        min_similarity: float,
        query_timeout_seconds: float,
    ) -> None:
        self._queries = QueryCache()
        self._query_timeout = query_timeout_seconds
        self._model_name = model
        self.model = f"voyage/{model}-{dimensions}"
        self.dimensions = dimensions
        self.min_similarity = min_similarity
        from voyageai.client_async import AsyncClient

        self._client: AsyncClient = AsyncClient(
            api_key=api_key.get_secret_value(), base_url=base_url, max_retries=max_retries, timeout=timeout_seconds
        )

    async def _embed(self, texts: list[str], input_type: str) -> list[list[float]]:
        try:
            result = await self._client.embed(
                texts, model=self._model_name, input_type=input_type, output_dimension=self.dimensions
            )
        except Exception as exc:
            raise EmbeddingUnavailable(f"Voyage AI: {describe_error(exc)}") from exc
        vectors = [[float(x) for x in vector] for vector in result.embeddings]
        if len(vectors) != len(texts) or any(len(vector) != self.dimensions for vector in vectors):
            raise EmbeddingUnavailable("Voyage AI: unexpected answer shape")
        return vectors

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in batches(texts, max_inputs=self.MAX_INPUTS, max_chars=self.MAX_CHARS):
            vectors += await self._embed(batch, "document")
        return vectors

    async def embed_query(self, text: str) -> list[float]:
        return await self._queries.get(text, self._embed_one)

    async def _embed_one(self, text: str) -> list[float]:
        # Someone is waiting for the answer (a search, the assistant): a short budget for all
        # attempts together, then the caller ranks without vectors instead of waiting.
        try:
            async with asyncio.timeout(self._query_timeout):
                [vector] = await self._embed([text], "query")
        except TimeoutError as exc:
            raise EmbeddingUnavailable(f"Voyage AI: no answer within {self._query_timeout:g} s") from exc
        return vector


def create_provider(settings: Settings) -> EmbeddingProvider:
    if settings.voyage_api_key is not None and settings.voyage_api_key.get_secret_value():
        return VoyageProvider(
            api_key=settings.voyage_api_key,
            base_url=settings.voyage_base_url,
            model=settings.voyage_model,
            dimensions=settings.voyage_dimensions,
            timeout_seconds=settings.voyage_timeout_seconds,
            max_retries=settings.voyage_max_retries,
            min_similarity=settings.voyage_min_similarity,
            query_timeout_seconds=settings.voyage_query_timeout_seconds,
        )
    return WordLlamaProvider()
