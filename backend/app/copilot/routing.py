"""Which tier answers: the fast model for simple, confident steps and short texts, the deep model for
complex decisions. One pure rule with the reason it chose, logged with every request and unit-tested.

- Flow building, escalation briefings and flywheel proposals: always deep (whole-flow reasoning).
- A next-step suggestion: deep when the session is in trouble (2+ failed actions, a revisited node,
  going back twice, an escalation in its past) or the team's history is not confident (no history,
  or the most chosen answer below 60 %); fast otherwise.
- A summary: fast for a log of at most 40 events and 6,000 characters of text, deep beyond.
- Assistant chat: fast for a short question early in a conversation; deep for a long question
  (over 400 characters) or a long conversation (over 6 earlier messages).
"""

from dataclasses import dataclass
from typing import Literal

from app.core.config import Settings
from app.core.logging import get_logger

log = get_logger(__name__)

Tier = Literal["fast", "deep"]
Feature = Literal["suggest", "summary", "chat", "flow_builder", "flywheel", "briefing"]

ALWAYS_DEEP: frozenset[str] = frozenset({"flow_builder", "flywheel", "briefing"})
FAILED_STEPS_DEEP = 2
WENT_BACK_DEEP = 2
CONFIDENT_SHARE = 0.6
SUMMARY_EVENTS_FAST = 40
SUMMARY_CHARS_FAST = 6000
CHAT_CHARS_FAST = 400
CHAT_TURNS_FAST = 6


@dataclass(frozen=True)
class Signals:
    """What the rule looks at; each feature fills what it knows."""

    failed_steps: int = 0
    revisits: int = 0
    went_back: int = 0
    escalated_before: bool = False
    # The share of the most chosen answer at this node in past sessions; None: no history.
    history_share: float | None = None
    events: int = 0
    text_chars: int = 0
    turns: int = 0


@dataclass(frozen=True)
class Route:
    tier: Tier
    model: str
    reason: str


def choose_tier(feature: Feature, signals: Signals) -> tuple[Tier, str]:
    if feature in ALWAYS_DEEP:
        return "deep", f"{feature} always uses the deep tier"
    if feature == "suggest":
        if signals.failed_steps >= FAILED_STEPS_DEEP:
            return "deep", f"{signals.failed_steps} failed steps"
        if signals.revisits:
            return "deep", f"{signals.revisits} revisited node(s): the session may be going in circles"
        if signals.went_back >= WENT_BACK_DEEP:
            return "deep", f"went back {signals.went_back} times"
        if signals.escalated_before:
            return "deep", "the session was escalated before"
        if signals.history_share is None:
            return "deep", "no history for this step"
        if signals.history_share < CONFIDENT_SHARE:
            return "deep", f"history not confident (top answer {signals.history_share:.0%} < {CONFIDENT_SHARE:.0%})"
        return "fast", f"simple, confident step (top answer {signals.history_share:.0%}, no failures or loops)"
    if feature == "summary":
        if signals.events > SUMMARY_EVENTS_FAST or signals.text_chars > SUMMARY_CHARS_FAST:
            return "deep", f"long log ({signals.events} events, {signals.text_chars} characters)"
        return "fast", f"short log ({signals.events} events, {signals.text_chars} characters)"
    # chat
    if signals.text_chars > CHAT_CHARS_FAST:
        return "deep", f"long question ({signals.text_chars} characters)"
    if signals.turns > CHAT_TURNS_FAST:
        return "deep", f"long conversation ({signals.turns} earlier messages)"
    return "fast", "short question"


def route(feature: Feature, signals: Signals, settings: Settings) -> Route:
    tier, reason = choose_tier(feature, signals)
    model = settings.copilot_fast_model if tier == "fast" else settings.copilot_deep_model
    log.info("copilot.route", extra={"feature": feature, "tier": tier, "model": model, "reason": reason})
    return Route(tier, model, reason)
