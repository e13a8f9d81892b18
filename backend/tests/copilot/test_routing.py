"""The tier rule: explicit, with its reason, for every feature."""

import pytest

from app.copilot.routing import Signals, choose_tier, route
from app.core.config import Settings


@pytest.mark.parametrize(
    ("feature", "signals", "tier", "reason"),
    [
        ("flow_builder", Signals(), "deep", "flow_builder always uses the deep tier"),
        ("briefing", Signals(history_share=1.0), "deep", "briefing always uses the deep tier"),
        ("flywheel", Signals(), "deep", "flywheel always uses the deep tier"),
        (
            "suggest",
            Signals(history_share=0.8),
            "fast",
            "simple, confident step (top answer 80%, no failures or loops)",
        ),
        (
            "suggest",
            Signals(history_share=0.6),
            "fast",
            "simple, confident step (top answer 60%, no failures or loops)",
        ),
        ("suggest", Signals(history_share=0.59), "deep", "history not confident (top answer 59% < 60%)"),
        ("suggest", Signals(history_share=None), "deep", "no history for this step"),
        ("suggest", Signals(history_share=0.9, failed_steps=2), "deep", "2 failed steps"),
        (
            "suggest",
            Signals(history_share=0.9, failed_steps=1),
            "fast",
            "simple, confident step (top answer 90%, no failures or loops)",
        ),
        (
            "suggest",
            Signals(history_share=0.9, revisits=1),
            "deep",
            "1 revisited node(s): the session may be going in circles",
        ),
        ("suggest", Signals(history_share=0.9, went_back=2), "deep", "went back 2 times"),
        ("suggest", Signals(history_share=0.9, escalated_before=True), "deep", "the session was escalated before"),
        ("summary", Signals(events=40, text_chars=6000), "fast", "short log (40 events, 6000 characters)"),
        ("summary", Signals(events=41, text_chars=10), "deep", "long log (41 events, 10 characters)"),
        ("summary", Signals(events=3, text_chars=6001), "deep", "long log (3 events, 6001 characters)"),
        ("chat", Signals(text_chars=120, turns=2), "fast", "short question"),
        ("chat", Signals(text_chars=401), "deep", "long question (401 characters)"),
        ("chat", Signals(text_chars=20, turns=7), "deep", "long conversation (7 earlier messages)"),
    ],
)
def test_the_rule(feature: str, signals: Signals, tier: str, reason: str) -> None:
    assert choose_tier(feature, signals) == (tier, reason)  # type: ignore[arg-type]


def test_models_come_from_settings_and_the_choice_is_logged(captured_logs: object) -> None:
    settings = Settings(_env_file=None, copilot_fast_model="fast-model-x", copilot_deep_model="deep-model-y")  # type: ignore[call-arg]

    fast = route("chat", Signals(text_chars=10), settings)
    deep = route("flow_builder", Signals(), settings)

    assert (fast.tier, fast.model) == ("fast", "fast-model-x")
    assert (deep.tier, deep.model) == ("deep", "deep-model-y")
    entries = [entry for entry in captured_logs.entries if entry["event"] == "copilot.route"]  # type: ignore[attr-defined]
    assert [(entry["feature"], entry["tier"], entry["model"], entry["reason"]) for entry in entries] == [
        ("chat", "fast", "fast-model-x", "short question"),
        ("flow_builder", "deep", "deep-model-y", "flow_builder always uses the deep tier"),
    ]
