"""Fuzzing every operation of the OpenAPI document with schemathesis, against a real API process.

The API runs as a uvicorn subprocess on a database of its own holding the two-team world
(tests/security/world.py; the setup is shared with the stateful fuzzing: tests/security/fuzzing.py).
For each operation and for an engineer and a team_admin, schemathesis generates requests from the
schema, valid and invalid (path ids random, or the world's real ids so the requests reach the code
behind the 404s), and every answer must:

- not be a server error (no status >= 500), and
- conform to the document: a documented status, the documented content type, headers and body schema.

Bounded: about `FUZZ_EXAMPLES` examples per operation and kind of data (valid/invalid, random/real ids)
for each role, derandomized (the same requests on every run); past `FUZZ_BUDGET_SECONDS` per role the
remaining operations get `FUZZ_MIN_EXAMPLES` each. Deeper:
`FUZZ_EXAMPLES=40 FUZZ_BUDGET_SECONDS=3600 pytest tests/security/test_fuzz_api.py`.
"""

import os
import time
from collections import Counter
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from tests.report import report
from tests.security.fuzzing import ROLES, Target, checks, describe_failure, login, real_ids
from tests.security.world import World

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))
# Per role: once spent, the remaining operations get FUZZ_MIN_EXAMPLES each (every one is still fuzzed),
# so a slow or busy machine does not stretch the test command.
FUZZ_BUDGET_SECONDS = float(os.environ.get("FUZZ_BUDGET_SECONDS", "60"))
FUZZ_MIN_EXAMPLES = 2


def _strategy(operation: Any, world: World) -> Any:
    real = real_ids(operation.path, world)
    strategies = [
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ]
    if real:
        strategies.append(operation.as_strategy(generation_mode=GenerationMode.POSITIVE, path_parameters=real))
        strategies.append(operation.as_strategy(generation_mode=GenerationMode.NEGATIVE, path_parameters=real))
    return st.one_of(*strategies)


def _fuzz_operation(
    operation: Any,
    target: Target,
    role: str,
    headers: dict[str, str],
    session: requests.Session,
    statuses: Counter[int],
    examples: int,
) -> str | None:
    """Run one operation's examples; the first failure's description, or None."""
    base_url, expected = target.api.url, checks()
    seen: list[str] = []

    @settings(
        max_examples=examples * (4 if real_ids(operation.path, target.world) else 2),
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(case=_strategy(operation, target.world))
    def run(case: Any) -> None:
        if case.headers:
            case.headers = {k: v for k, v in case.headers.items() if k.lower() != "authorization"}
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=30)
        statuses[response.status_code] += 1
        try:
            case.validate_response(response, checks=expected)
        except (Exception, BaseExceptionGroup) as exc:
            seen.append(
                f"{operation.label} as {role}: [{response.status_code}] {describe_failure(exc)}"
                f"\n  {response.text[:300]}\n  {case.as_curl_command()}"
            )
            raise

    try:
        run()
    except (Exception, BaseExceptionGroup) as exc:
        return (seen[0] if seen else f"{operation.label} as {role}: {type(exc).__name__}: {exc}")[:3000]
    return None


@pytest.mark.parametrize("role", ROLES)
def test_fuzz_every_operation(fuzz_target: Target, role: str) -> None:
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in fuzz_target.schema.get_all_operations()]
    started = time.monotonic()
    outcomes, reduced = [], 0
    headers: dict[str, str] = {}
    with requests.Session() as session:
        for operation in operations:
            if not headers or operation.path.startswith("/api/v1/auth/"):
                # Fuzzing logout, a login's deletion or a password change may end the login: a fresh one.
                headers = login(fuzz_target.api.url, fuzz_target.world, role)
            over_budget = time.monotonic() - started > FUZZ_BUDGET_SECONDS
            reduced += over_budget
            examples = FUZZ_MIN_EXAMPLES if over_budget else FUZZ_EXAMPLES
            outcomes.append(_fuzz_operation(operation, fuzz_target, role, headers, session, statuses, examples))
            if operation.path.startswith("/api/v1/auth/"):
                headers = {}
    failures = [outcome for outcome in outcomes if outcome]

    elapsed = time.monotonic() - started
    calls = sum(statuses.values())
    report(
        f"fuzz ({role})",
        f"{len(operations)} operations ({reduced} with the reduced budget), {calls} requests in {elapsed:.0f} s; "
        "statuses " + ", ".join(f"{code}: {n}" for code, n in sorted(statuses.items())),
    )
    assert not failures, "\n\n".join(failures)
    assert not any(code >= 500 for code in statuses)
