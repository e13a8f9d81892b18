"""The app's one embedding provider (created at start-up) as a dependency."""

from typing import Annotated

from fastapi import Depends, Request

from app.embeddings.providers import EmbeddingProvider


def get_embedder(request: Request) -> EmbeddingProvider:
    provider: EmbeddingProvider = request.app.state.embedder
    return provider


Embedder = Annotated[EmbeddingProvider, Depends(get_embedder)]
