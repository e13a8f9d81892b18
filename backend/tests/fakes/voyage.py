"""A fake Voyage AI embeddings API: a real HTTP server on 127.0.0.1 speaking the real wire format.

`POST /v1/embeddings` with `Authorization: Bearer <key>` and `{"input": [...], "model": ...,
"input_type": "document"|"query"|null, "output_dimension": N, "encoding_format": null|"base64"}`
answers `{"object": "list", "data": [{"object": "embedding", "embedding": [...], "index": i}],
"model": ..., "usage": {"total_tokens": N}}`; errors are `{"detail": "..."}` with the real statuses.

Vectors are deterministic: the normalised sum of one pseudo-random vector per word, so texts that
share words are close. Tests queue failures (`fail_next(429)`) and delays, and read the recorded requests.
"""

import base64
import hashlib
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

MAX_INPUTS = 1000
INPUT_TYPES = {None, "document", "query"}
DIMENSIONS = {256, 512, 1024, 2048}
ERROR_DETAILS = {
    400: "Invalid request.",
    401: "Provided API key is invalid.",
    429: "You have exceeded the rate limit.",
    500: "The server failed to process the request.",
    503: "The server is overloaded.",
}


def fake_vector(text: str, dimensions: int) -> list[float]:
    total = np.zeros(dimensions)
    for word in re.findall(r"\w+", text.lower()) or [""]:
        seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little")
        total += np.random.default_rng(seed).standard_normal(dimensions)
    vector: list[float] = (total / np.linalg.norm(total)).astype(np.float32).tolist()
    return vector


@dataclass
class Recorded:
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeVoyage:
    api_key: str
    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    _failures: list[int] = field(default_factory=list)
    _delays: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def fail_next(self, status: int, times: int = 1) -> None:
        with self._lock:
            self._failures += [status] * times

    def delay_next(self, seconds: float) -> None:
        """Answer the next request only after `seconds` (a client timeout test)."""
        with self._lock:
            self._delays.append(seconds)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
            self._delays.clear()
            self.requests.clear()

    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, Any]]:
        if path != "/v1/embeddings":
            return 404, {"detail": "Not Found"}
        if headers.get("authorization") != f"Bearer {self.api_key}":
            return 401, {"detail": ERROR_DETAILS[401]}
        try:
            body = json.loads(raw)
        except ValueError:
            return 400, {"detail": "Request body is not valid JSON."}
        with self._lock:
            self.requests.append(Recorded(headers, body))
            failure = self._failures.pop(0) if self._failures else None
            delay = self._delays.pop(0) if self._delays else 0.0
        time.sleep(delay)
        if failure is not None:
            return failure, {"detail": ERROR_DETAILS[failure]}
        texts = body.get("input")
        if isinstance(texts, str):
            texts = [texts]
        dimensions = body.get("output_dimension") or 1024
        if (
            not isinstance(texts, list)
            or not texts
            or len(texts) > MAX_INPUTS
            or not all(isinstance(text, str) for text in texts)
            or not body.get("model")
            or body.get("input_type") not in INPUT_TYPES
            or dimensions not in DIMENSIONS
            or body.get("encoding_format") not in (None, "base64")
        ):
            return 400, {"detail": ERROR_DETAILS[400]}
        data = []
        for index, text in enumerate(texts):
            vector = fake_vector(text, dimensions)
            embedding: Any = vector
            if body.get("encoding_format") == "base64":
                embedding = base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode()
            data.append({"object": "embedding", "embedding": embedding, "index": index})
        tokens = sum(len(re.findall(r"\w+", text)) for text in texts)
        return 200, {"object": "list", "data": data, "model": body["model"], "usage": {"total_tokens": tokens}}


def _handler(fake: FakeVoyage) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {key.lower(): value for key, value in self.headers.items()}
            status, payload = fake.handle(self.path, headers, raw)
            encoded = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(encoded)))
            self.end_headers()
            self.wfile.write(encoded)

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

    return Handler


@contextmanager
def running(api_key: str) -> Iterator[FakeVoyage]:
    fake = FakeVoyage(api_key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
