"""Which request paths belong to the API (JSON, strict CSP) rather than to the SPA."""

# The API's own paths: never answered with the SPA, always with the API's security headers.
API_PREFIXES = ("/api", "/healthz", "/readyz")


def is_under(path: str, prefixes: tuple[str, ...]) -> bool:
    """Whether `path` is one of `prefixes` or below one, by whole segments (`/api-keys` is not under `/api`)."""
    return any(path == prefix or path.startswith(f"{prefix}/") for prefix in prefixes)
