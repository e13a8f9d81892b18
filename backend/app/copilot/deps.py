"""The process's copilot runtime (provider, settings) as a dependency."""

from typing import Annotated

from fastapi import Depends, Request

from app.copilot.service import CopilotRuntime


async def _copilot(request: Request) -> CopilotRuntime:
    runtime: CopilotRuntime = request.app.state.copilot
    return runtime


CopilotDep = Annotated[CopilotRuntime, Depends(_copilot)]
