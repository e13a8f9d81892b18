"""Replay from storage: the log as the database keeps it (JSONB payloads without their `type`, read back
through the service's PAYLOAD adapter) replays to the state the appends evolved, for any run."""

from typing import Any

from hypothesis import HealthCheck, given, settings

from app.core.errors import AppError
from app.sessions.service import PAYLOAD
from app.sessions.state import Event, replay
from tests.sessions.test_state import RECEIVER, Run, _command, intents


def _stored(event: Event) -> Event:
    """The event as `service.append_event` writes it and `service` reads it back."""
    row: dict[str, Any] = {"type": event.payload.type, **event.payload.model_dump(mode="json", exclude={"type"})}
    return Event(event.seq, event.at, event.author_id, PAYLOAD.validate_python(row))


@given(intents)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_stored_log_replays_to_the_incrementally_evolved_state(steps: list[tuple[str, int, str, bool]]) -> None:
    run = Run()
    for intent, number, text, other_node in steps:
        author = RECEIVER if intent == "take_over" else run.state.owner_id
        try:
            run.do(_command(intent, run.state, number, text, other_node), author=author)
        except AppError:
            continue

    stored = [_stored(event) for event in run.log]

    assert [event.payload for event in stored] == [event.payload for event in run.log]
    assert replay(stored) == run.state
