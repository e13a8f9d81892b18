"""Stateful fuzzing: schemathesis chains operations along the OpenAPI document's links, as a user would.

The links (app/core/openapi_links.py) say which answer feeds which request: a created flow's id and
draft revision go to the draft save, validation and publishing; the published version to a session
start; a session's `last_seq` (and current node) to the next event; a share's token to the shared
view; a schedule to its targets and runs, a run's matrix to bulk completion. schemathesis's state
machine starts scenarios at the operations that produce something (creations, lists) and follows the
links with the ids those calls returned, so requests reach states that one-operation fuzzing
(test_fuzz_api.py) never does: a published flow, an ended session, a run with cells.

Generated data rarely makes a publishable graph or a valid recurrence, so `user_inputs` offers, next
to schemathesis's own bodies, what a user would send (a real graph, an event for the current node, a
CSV of targets); path ids no link fills sometimes name the world's objects, and an escalated session
is taken over by a colleague. Every answer must pass the same checks as test_fuzz_api.py, plus
schemathesis's stateful ones (a deleted object is gone; a created one is found).

Against the same kind of live process and two-team world as test_fuzz_api.py (tests/security/
fuzzing.py), as an engineer and as a team_admin. Derandomized: suite n runs with seed n (a suite ends
when Hypothesis notices that the database changed the outcome of the same choices); bounded by
`FUZZ_STATEFUL_SECONDS` per role, `FUZZ_STATEFUL_SCENARIOS` and `FUZZ_STATEFUL_STEPS` per scenario.
Deeper: `FUZZ_STATEFUL_SECONDS=600 FUZZ_STATEFUL_SCENARIOS=10000 pytest tests/security/test_fuzz_stateful.py`.
"""

import itertools
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import pytest
import requests
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.errors import Flaky
from schemathesis import checks as sc
from schemathesis.generation.stateful import run_state_machine_as_test
from schemathesis.openapi.checks import UseAfterFree

from tests.maintenance.helpers import maintenance_graph, targets_csv
from tests.report import report
from tests.security.fuzzing import ROLES, Target, checks, describe_failure, login
from tests.security.world import World
from tests.sessions.helpers import outlook_graph, project_graph

FUZZ_STATEFUL_SECONDS = float(os.environ.get("FUZZ_STATEFUL_SECONDS", "30"))
FUZZ_STATEFUL_SCENARIOS = int(os.environ.get("FUZZ_STATEFUL_SCENARIOS", "1000"))
FUZZ_STATEFUL_STEPS = int(os.environ.get("FUZZ_STATEFUL_STEPS", "50"))

API = "/api/v1"


SETTINGS = settings(
    max_examples=FUZZ_STATEFUL_SCENARIOS,
    stateful_step_count=FUZZ_STATEFUL_STEPS,
    database=None,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
    report_multiple_bugs=False,
)


class BudgetSpent(BaseException):
    """Ends the run once the time is up (a BaseException: Hypothesis lets it through without replaying)."""


# --- what a user would send --------------------------------------------------------------------------

GRAPHS = {"troubleshooting": outlook_graph(), "procedural": project_graph(), "maintenance": maintenance_graph()}
RECURRENCES = [
    {"kind": "monthly", "day": 1, "time": "08:00"},
    {"kind": "monthly", "last_weekday": "fri", "time": "17:30"},
    {"kind": "weekly", "days": ["mon", "thu"], "time": "07:30"},
    {"kind": "daily", "time": "02:00"},
    {"kind": "cron", "expression": "30 7 * * 1-5"},
]
EVENTS = [
    {"type": "note", "text": "Checked the event log"},
    {"type": "answered", "node_id": "ask", "answer": 0},
    {"type": "answered", "node_id": "ask", "answer": 1},
    {"type": "action_done", "node_id": "addins", "result": "done", "output": "Disabled 2 add-ins"},
    {"type": "input_captured", "node_id": "code", "variable": "error_code", "value": "0x8004010F"},
    {"type": "output_pasted", "output": "Windows IP Configuration", "command": "ipconfig /all"},
    {"type": "went_back"},
    {"type": "paused", "reason": "Waiting for the user"},
    {"type": "resumed"},
    {"type": "ended", "outcome": "resolved", "summary": "Disabled the COM add-in"},
    {"type": "ended", "outcome": "unresolved", "summary": "Handed over to Exchange"},
    {"type": "step_completed", "node_id": "backup-status", "result": "done", "note": "All jobs green"},
    {"type": "step_completed", "node_id": "free-space", "value": 42},
    {"type": "step_noted", "node_id": "restore-test", "text": "Restored invoice.pdf"},
    {"type": "step_assigned", "node_id": "restore-test", "assignee_id": None},
    {"type": "step_reopened", "node_id": "backup-status", "reason": "Wrong server"},
]


def _flow_body(kind: str) -> dict[str, Any]:
    return {"kind": kind, "title": f"Fuzzed {kind} flow", "tags": ["fuzz"], "graph": GRAPHS[kind]}


def user_inputs(world: World) -> dict[str, st.SearchStrategy[Any]]:
    """Per operation, bodies a user would send (offered next to the generated ones)."""
    ids, kinds = world.ids, st.sampled_from(sorted(GRAPHS))
    one = st.sampled_from
    return {
        f"POST {API}/flows": kinds.map(_flow_body),
        f"PATCH {API}/flows/{{flow_id}}": st.just({"title": "Renamed flow", "tags": ["outlook", "m365"]}),
        f"PUT {API}/flows/{{flow_id}}/draft": st.fixed_dictionaries(
            {"revision": st.integers(1, 3), "graph": one(list(GRAPHS.values()))}
        ),
        f"POST {API}/flows/{{flow_id}}/publish": st.just({"change_note": "Fuzzed change"}),
        f"POST {API}/flows/import": kinds.map(
            lambda kind: {"format": "resolutionflow.flows", "version": 1, "flows": [_flow_body(kind)]}
        ),
        f"POST {API}/sessions": st.fixed_dictionaries(
            {"flow_id": one([ids["flow"], ids["maintenance_flow"]]), "ticket_id": st.just("T-100")},
            optional={"client_name": st.just("Contoso"), "target": st.just("LAPTOP-7")},
        ),
        f"POST {API}/sessions/{{session_id}}/events": st.fixed_dictionaries(
            {"expected_seq": st.integers(1, 4), "event": one(EVENTS)}
        ),
        f"POST {API}/sessions/{{session_id}}/escalate": st.fixed_dictionaries(
            {"reason": st.just("Needs an Exchange admin"), "urgency": one(["low", "normal", "high", "critical"])}
        ),
        f"POST {API}/sessions/{{session_id}}/shares": st.fixed_dictionaries(
            {"scope": one(["team", "public"]), "expires_in_hours": one([1, 24, 168])}
        ),
        f"POST {API}/sessions/{{session_id}}/copilot/decision": st.fixed_dictionaries(
            {"suggestion_seq": st.integers(1, 6), "decision": one(["accepted", "dismissed"])}
        ),
        f"PUT {API}/sessions/{{session_id}}/copilot/summary": st.just({"text": "Disabled the add-in; Outlook starts."}),
        f"POST {API}/steps": st.just(
            {
                "title": "Flush the DNS cache",
                "body": "Clears stale records.",
                "commands": [{"shell": "cmd", "text": "ipconfig /flushdns"}],
                "tags": ["dns"],
            }
        ),
        f"PATCH {API}/steps/{{step_id}}": st.just({"title": "Flush DNS", "tags": ["dns", "network"]}),
        f"PUT {API}/steps/{{step_id}}/rating": st.fixed_dictionaries(
            {"rating": st.integers(1, 5), "review": st.just("Works")}
        ),
        f"POST {API}/steps/{{step_id}}/insert": st.fixed_dictionaries(
            {
                "flow_id": one([ids["spare_flow"], ids["flow"]]),
                "revision": st.integers(1, 3),
                "after_node_id": one([None, "ask", "addins"]),
                "after_answer": one([None, 0, 1]),
            }
        ),
        f"POST {API}/categories": st.integers(1, 10**6).map(lambda n: {"name": f"Category {n}"}),
        f"POST {API}/folders": st.integers(1, 10**6).map(lambda n: {"name": f"Folder {n}"}),
        f"POST {API}/maintenance/schedules": st.fixed_dictionaries(
            {
                "flow_id": st.just(ids["maintenance_flow"]),
                "name": st.just("Monthly server check"),
                "recurrence": one(RECURRENCES),
                "timezone": one(["Europe/Amsterdam", "America/New_York", "UTC"]),
            }
        ),
        f"PUT {API}/maintenance/schedules/{{schedule_id}}": st.fixed_dictionaries(
            {
                "flow_id": st.just(ids["maintenance_flow"]),
                "name": st.just("Weekly server check"),
                "recurrence": one(RECURRENCES),
                "timezone": one(["Europe/Amsterdam", "Asia/Tokyo"]),
                "active": st.booleans(),
            }
        ),
        f"POST {API}/maintenance/schedules/{{schedule_id}}/targets": st.fixed_dictionaries(
            {
                "client": one(["Contoso", "Fabrikam"]),
                "device": one(["DC01", "FS01"]),
                "fields": st.just({"ip": "10.0.0.5"}),
            }
        ),
        f"POST {API}/maintenance/schedules/{{schedule_id}}/targets/import": st.fixed_dictionaries(
            {"csv": st.integers(1, 4).map(targets_csv), "mode": one(["merge", "replace"]), "dry_run": st.booleans()}
        ),
        f"POST {API}/maintenance/runs/{{run_id}}/bulk": st.fixed_dictionaries(
            {
                "cells": st.just([{"session_id": ids["run_session"], "node_id": "backup-status"}]),
                "result": one(["done", "failed", "skipped"]),
                "note": st.just("Done in bulk"),
            }
        ),
        f"POST {API}/copilot/chat": st.just({"message": "Outlook keeps asking for a password"}),
        f"POST {API}/copilot/flows/build": st.fixed_dictionaries(
            {"description": st.just("Outlook keeps prompting for the password after a reset"), "kind": kinds}
        ),
        f"POST {API}/teams/{{team_ref}}/invitations": st.fixed_dictionaries(
            {
                "email": st.integers(1, 10**6).map(lambda n: f"invitee{n}@example.com"),
                "role": one(["viewer", "engineer", "team_admin"]),
            }
        ),
        f"POST {API}/teams/{{team_ref}}/redaction/preview": st.just(
            {"text": "Call +31 6 12345678 or mail bob@contoso.com; password: Hunter2!"}
        ),
    }


# Not users nor logins: a scenario must not remove or sign out the colleague or the caller.
PARAMS_IN_WORLD = {
    "flow_id": "flow",
    "step_id": "step",
    "session_id": "session",
    "schedule_id": "schedule",
    "run_id": "run",
    "proposal_id": "proposal",
    "conversation_id": "conversation",
    "team_ref": "team_a",
}


def _install_user_inputs(target: Target) -> None:
    bodies, ids = user_inputs(target.world), target.world.ids

    def before_generate_body(context: Any, strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        # One or the other: a user's body costs nothing to draw, a generated graph a lot.
        user = bodies.get(context.operation.label)
        return strategy if user is None else st.one_of(strategy, user)

    def flatmap_path_parameters(context: Any, parameters: Any) -> st.SearchStrategy[Any]:
        # A parameter no link fills (a scenario's first call) sometimes names one of the world's objects.
        choices = {
            name: st.sampled_from([value, ids[PARAMS_IN_WORLD[name]]])
            for name, value in (parameters or {}).items()
            if name in PARAMS_IN_WORLD
        }
        if not choices:
            return st.just(parameters)
        return st.fixed_dictionaries(choices).map(lambda chosen: {**parameters, **chosen})

    target.schema.hooks.register_hook_with_name(before_generate_body, "before_generate_body")
    target.schema.hooks.register_hook_with_name(flatmap_path_parameters, "flatmap_path_parameters")


# Who else acts in a scenario: an escalated session is taken over by a colleague.
COLLEAGUES = {"engineer": "engineer2", "team_admin": "engineer"}
BY_A_COLLEAGUE = {f"POST {API}/sessions/{{session_id}}/take-over"}


# --- the run -------------------------------------------------------------------------------------------


def deleted_object_is_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis's `use_after_free` with literal paths: after `DELETE /x/{id}` nothing at or below `/x/{id}`
    answers 2xx. (It takes `/steps/{id}/rating`, my rating, and `/steps/{id}/ratings`, everyone's, for one.)"""
    try:
        result: bool | None = sc.use_after_free(ctx, response, case)
    except UseAfterFree as failure:
        freed, used = failure.free.split(" ", 1)[1].rstrip("/"), failure.usage.split(" ", 1)[1]
        if used == freed or used.startswith(freed + "/"):
            raise
        return None
    return result


def created_object_is_found(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis's `ensure_resource_availability`, for the object itself: a 404 naming what a link's
    earlier call just created (`flow_not_found` for the `flow_id` of a new flow), not a part of it
    that does not exist yet (`briefing_not_found`), nor another id the body names (a folder's new
    `parent_id`) or a list the link extended."""
    body = case.body if isinstance(case.body, dict) else {}
    if response.status_code != 404 or any(key.endswith(("_id", "_ids")) and body[key] for key in body):
        return None
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return None
    if detail not in {f"{name.removesuffix('_id')}_not_found" for name in case.path_parameters or {}}:
        return None
    result: bool | None = sc.ensure_resource_availability(ctx, response, case)
    return result


@dataclass
class Tally:
    suites: int = 1
    scenarios: int = 0
    steps: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    links_followed: set[str] = field(default_factory=set)
    reached: set[str] = field(default_factory=set)
    reached_2xx: set[str] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)
    failures: dict[tuple[str, str], str] = field(default_factory=dict)


def _machine(target: Target, role: str, http: requests.Session, tally: Tally, deadline: float) -> Any:
    base = target.schema.as_state_machine()
    expected = [*checks(), deleted_object_is_gone, created_object_is_found]
    colleague = COLLEAGUES[role]
    logins = {name: login(target.api.url, target.world, name) for name in (role, colleague)}

    def caller(case: Any) -> str:
        return colleague if case.operation.label in BY_A_COLLEAGUE else role

    class Workflow(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            if time.monotonic() > deadline or tally.scenarios >= FUZZ_STATEFUL_SCENARIOS:
                raise BudgetSpent
            tally.scenarios += 1
            self.trail: list[str] = []

        def step(self, input: Any) -> Any:
            case = input.case
            if case.headers:
                case.headers = {k: v for k, v in case.headers.items() if k.lower() != "authorization"}
            output = super().step(input)
            status = output.response.status_code
            if input.transition is not None and input.is_applied:
                tally.links_followed.add(input.transition.id)
                tally.reached.add(case.operation.label)
                if 200 <= status < 300:
                    tally.reached_2xx.add(case.operation.label)
            return output

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": target.api.url, "session": http, "headers": logins[caller(case)], "timeout": 30}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            tally.steps += 1
            tally.operations.add(case.operation.label)
            tally.classes[f"{response.status_code // 100}xx"] += 1
            self.trail.append(f"{case.operation.label} -> {response.status_code}")
            if response.status_code == 401:
                logins[caller(case)] = login(target.api.url, target.world, caller(case))

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            try:
                case.validate_response(response, checks=expected, transport_kwargs=kwargs, recorder=self.recorder)
            except (Exception, BaseExceptionGroup) as exc:
                text = describe_failure(exc)
                key = (case.operation.label, text.split(":", 1)[0])
                tally.failures.setdefault(
                    key,
                    f"{case.operation.label} as {caller(case)}: [{response.status_code}] {text}\n"
                    f"  {response.text[:300]}\n  after: {' | '.join(self.trail[-8:-1])}\n  {case.as_curl_command()}",
                )

    return Workflow


@pytest.fixture(scope="module")
def stateful_target(fuzz_target: Target) -> Target:
    fuzz_target.schema.config.phases.stateful.inference.algorithms = []  # the document's links only
    _install_user_inputs(fuzz_target)
    return fuzz_target


def _links(target: Target) -> tuple[int, int]:
    """How many links the document has and how many operations they lead to."""
    transitions = target.schema.as_state_machine()._transitions.operations
    links = [link for entry in transitions.values() for link in entry.outgoing]
    return len(links), len({link.target.label for link in links})


@pytest.mark.parametrize("role", ROLES)
def test_fuzz_along_the_links(stateful_target: Target, role: str) -> None:
    tally = Tally()
    started = time.monotonic()
    with requests.Session() as http:
        machine = _machine(stateful_target, role, http, tally, started + FUZZ_STATEFUL_SECONDS)
        # Answers depend on what earlier scenarios left in the database, so Hypothesis eventually sees the
        # same choices lead elsewhere (Flaky) and stops; the next suite then starts from the next seed.
        for suite in itertools.count():
            machine.rule_order_seed = suite  # which producing operation opens the suite's first scenarios
            try:
                run_state_machine_as_test(hypothesis.seed(suite)(machine), settings=SETTINGS)
            except BudgetSpent:
                break
            except Flaky:
                tally.suites += 1
                continue
            break

    elapsed = time.monotonic() - started
    links, linked = _links(stateful_target)
    report(
        f"stateful fuzz ({role})",
        f"{tally.scenarios} scenarios in {tally.suites} suites, {tally.steps} steps in {elapsed:.0f} s; "
        f"{len(tally.operations)} operations called; links followed {len(tally.links_followed)}/{links}, "
        f"operations reached through a link {len(tally.reached)}/{linked} ({len(tally.reached_2xx)} answering 2xx); "
        "responses " + ", ".join(f"{cls}: {n}" for cls, n in sorted(tally.classes.items())),
    )
    assert not tally.failures, "\n\n".join(tally.failures.values())
    assert tally.classes["5xx"] == 0
