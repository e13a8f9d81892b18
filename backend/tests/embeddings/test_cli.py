"""`python -m app.cli reembed`: embeds what is queued or stale and prints its progress and model."""

import asyncio
import os
import sys

from app.core.migrations import BACKEND_DIR
from tests.conftest import LiveApp
from tests.factories import auth_headers
from tests.search.test_search_api import create_flow


async def test_reembed_all_prints_the_model_and_progress(live: LiveApp) -> None:
    headers = await auth_headers(live.client, live.members["engineer"])
    await create_flow(live.client, headers, title="Outlook won't start")
    await create_flow(live.client, headers, title="VPN drops every hour")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("VOYAGE_")}
    environment |= {"DATABASE_URL": live.url, "ENVIRONMENT": "test", "EMBEDDING_BATCH_SIZE": "1"}

    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app.cli",
        "reembed",
        "--all",
        cwd=BACKEND_DIR,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output = (await asyncio.wait_for(process.communicate(), timeout=120))[0].decode()

    assert process.returncode == 0, output
    lines = output.splitlines()
    assert "Embedding model: wordllama/l2_supercat-256" in lines
    assert "embedded 1/2 (50%) with wordllama/l2_supercat-256" in lines
    assert "embedded 2/2 (100%) with wordllama/l2_supercat-256" in lines
    assert "Done: 2 embedded, 0 unchanged, 0 failed." in lines
    status = (await live.client.get("/api/v1/search/embeddings", headers=headers)).json()
    assert (status["embedded"], status["pending"]) == (2, 0)
