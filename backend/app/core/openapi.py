"""The error answers in the OpenAPI document, so that it tells the truth about every operation.

Every error body is `{"detail": <code>, "message": <text>}` (app/core/errors.py), sometimes with more
fields. FastAPI documents only the success answer and its own 422 shape (which this app does not use);
`document_errors` adds, per operation, the errors it can answer from how it is declared:

- 401 and 403 when it takes a bearer token (invalid token; insufficient role or not the owner);
- 404 when its path names something, or its body may (an authenticated operation with a body);
- 400 (malformed JSON, a bad cursor) and 422 when it takes parameters or a body, and 413 for a body;
- 503 everywhere but `/healthz` (database unavailable, busy or slow, or a transient conflict; `Retry-After`);

and gives every documented error without a body schema the error body (`ErrorOut`).
"""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field

from app.core.openapi_links import document_links


class ErrorOut(BaseModel):
    """Every error answer; some carry more fields (`errors`, `retry_after`, `current`, ...)."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})

    detail: str = Field(description="Machine-readable code, e.g. `flow_not_found`.")
    message: str = Field(description="Human-readable text.")


ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "string"}}}

GENERIC = {
    "400": "`malformed_json` (the body is not JSON), `invalid_cursor` or another malformed input",
    "401": "`invalid_token` or `token_expired`: log in or refresh",
    "403": "`insufficient_role`, or an owner-only action by someone else",
    "404": "Not found (another team's object is not found either)",
    "413": "`body_too_large`",
    "422": "`validation_error`: `errors` lists each problem (`loc`, `msg`, `type`); or a domain rule's code",
    "503": "`database_unavailable`, `database_busy`, `database_timeout` or `transient_conflict`: retry after "
    "`Retry-After` seconds",
}


def _error_content() -> dict[str, Any]:
    return {"application/json": {"schema": ERROR_REF}}


def _document_operation(path: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    params = operation.get("parameters", [])
    wanted: list[str] = []
    secured, has_body = bool(operation.get("security")), "requestBody" in operation
    if secured:
        wanted += ["401", "403"]
    if any(param.get("in") == "path" for param in params) or (secured and has_body):
        wanted.append("404")
    if has_body:
        wanted += ["413", "422"]
    if has_body or params:
        wanted += ["400", "422"]
    if path != "/healthz":
        wanted.append("503")
    for status in wanted:
        responses.setdefault(status, {"description": GENERIC[status]})
    for status, response in responses.items():
        if not status.startswith(("4", "5")):
            continue
        content = response.get("content", {}).get("application/json", {}).get("schema", {})
        if not content or content.get("$ref") == "#/components/schemas/HTTPValidationError":
            response["content"] = _error_content()
            if response.get("description") == "Validation Error":
                response["description"] = GENERIC["422"]
        if status in {"429", "503"}:
            response.setdefault("headers", RETRY_AFTER)


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    for path, operations in schema.get("paths", {}).items():
        for operation in operations.values():
            _document_operation(path, operation)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["ErrorOut"] = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    # FastAPI's own 422 shape is not what this app answers; drop it once nothing refers to it.
    if "HTTPValidationError" not in str(schema.get("paths")):
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
    return schema


def install_error_docs(app: FastAPI) -> None:
    """Wrap `app.openapi` so the document it builds (once) lists the error answers and the links
    between operations (app/core/openapi_links.py)."""
    build: Callable[[], dict[str, Any]] = app.openapi
    prefix: str = app.state.settings.api_prefix

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_links(document_errors(build()), prefix)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
