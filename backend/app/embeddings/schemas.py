from pydantic import Field

from app.core.schemas import ResponseBody


class EmbeddingStatusOut(ResponseBody):
    model: str = Field(description='The model new vectors come from, e.g. "voyage/voyage-3.5-1024".')
    dimensions: int
    documents: int = Field(description="The team's searchable flows and steps.")
    embedded: int = Field(description="Documents with a vector of the current model (possibly of older text).")
    pending: int = Field(description="Documents queued for embedding.")
    failing: int = Field(description="Queued documents whose last attempt failed; retried with backoff.")
