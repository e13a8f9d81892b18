"""When a maintenance schedule is due: recurrence rules in an IANA time zone. Pure: no database.

Kinds (`Recurrence`, the API's shape):
- `daily` at a time; `weekly` on some days at a time;
- `monthly` on a day (29, 30 and 31 fall on the last day of shorter months) or on the last given
  weekday of the month ("last Friday"), at a time;
- `cron`: five fields, minute hour day-of-month month day-of-week, with `*`, lists, ranges, steps
  and names (`jan`, `mon`); day-of-week 0 and 7 are Sunday; when both day fields are restricted a
  day matches either (as in Vixie cron); `@daily`, `@weekly`, `@monthly`, `@yearly`, `@hourly`. At most
  24 times a day, and it must fire at least once in ten years.

Times are wall-clock times of the schedule's time zone, daylight saving included:
- a time that does not exist on a spring-forward day (02:30 while clocks jump from 02:00 to 03:00)
  runs that far after the jump (03:30), the instant `fold=0` names;
- a time that happens twice on a fall-back day runs once, at its first occurrence.
`occurrences()` yields UTC instants, strictly increasing, never the same twice.
"""

import calendar
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, StringConstraints, model_validator

from app.core.schemas import RequestBody

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TimeOfDay = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
MAX_TIMES_PER_DAY = 24
# A rule that fires at all fires within this many days of any moment (29 February: every 4 to 8 years).
HORIZON_DAYS = 3660
# No UTC offset is larger: a local day's times are all at or after its midnight minus this, in UTC.
MAX_UTC_OFFSET = timedelta(hours=14)


class Daily(RequestBody):
    kind: Literal["daily"]
    time: TimeOfDay = Field(description="Local time, `HH:MM`.")


class Weekly(RequestBody):
    kind: Literal["weekly"]
    days: list[Weekday] = Field(min_length=1, max_length=7)
    time: TimeOfDay

    @model_validator(mode="after")
    def _distinct(self) -> "Weekly":
        if len(set(self.days)) != len(self.days):
            raise ValueError("each day at most once")
        return self


class Monthly(RequestBody):
    kind: Literal["monthly"]
    day: int | None = Field(default=None, ge=1, le=31, description="29-31: the last day in shorter months.")
    last_weekday: Weekday | None = Field(default=None, description="The last such weekday of the month instead.")
    time: TimeOfDay

    @model_validator(mode="after")
    def _one(self) -> "Monthly":
        if (self.day is None) == (self.last_weekday is None):
            raise ValueError("give either `day` or `last_weekday`")
        return self


class Cron(RequestBody):
    kind: Literal["cron"]
    expression: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)] = Field(
        description="minute hour day-of-month month day-of-week, e.g. `30 7 * * 1-5`."
    )


Recurrence = Annotated[Daily | Weekly | Monthly | Cron, Field(discriminator="kind")]


class RecurrenceError(ValueError):
    """A cron expression that does not parse or never fires, or a time zone that does not exist."""


# --- compiled rules -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    times: tuple[time, ...]  # sorted, distinct
    months: frozenset[int] = frozenset(range(1, 13))
    month_days: frozenset[int] | None = None  # None: any day
    weekdays: frozenset[int] | None = None  # 0 = Monday; None: any
    either: bool = False  # cron with both day fields restricted: a day matches by either
    clamp_day: int | None = None  # monthly on a day, clamped to the month's length
    last_weekday: int | None = None  # monthly on the last such weekday

    def matches(self, day: date) -> bool:
        if day.month not in self.months:
            return False
        if self.clamp_day is not None:
            return day.day == min(self.clamp_day, calendar.monthrange(day.year, day.month)[1])
        if self.last_weekday is not None:
            return day.weekday() == self.last_weekday and day.day + 7 > calendar.monthrange(day.year, day.month)[1]
        by_day = self.month_days is None or day.day in self.month_days
        by_weekday = self.weekdays is None or day.weekday() in self.weekdays
        return (by_day or by_weekday) if self.either else (by_day and by_weekday)


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


_MACROS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = {name: number for number, name in enumerate(_MONTHS, start=1)}
_DAY_NAMES = {"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
_ITEM = re.compile(r"^(?:(\*)|([0-9a-z]+)(?:-([0-9a-z]+))?)(?:/([0-9]+))?$")


def _value(token: str, names: dict[str, int], field: str) -> int:
    if token.isdigit():
        return int(token)
    if token in names:
        return names[token]
    raise RecurrenceError(f"'{token}' is not a value of the {field} field")


def _field(text: str, low: int, high: int, field: str, names: dict[str, int] | None = None) -> frozenset[int]:
    values: set[int] = set()
    for item in text.split(","):
        match = _ITEM.match(item)
        if match is None:
            raise RecurrenceError(f"'{item}' is not valid in the {field} field")
        star, first, last, step_text = match.groups()
        step = int(step_text) if step_text else 1
        if step < 1:
            raise RecurrenceError(f"the step in '{item}' must be at least 1")
        if star:
            start, end = low, high
        else:
            start = _value(first, names or {}, field)
            end = _value(last, names or {}, field) if last else (high if step_text else start)
        if not (low <= start <= high and low <= end <= high) or start > end:
            raise RecurrenceError(f"'{item}' is outside {low}-{high} in the {field} field")
        values.update(range(start, end + 1, step))
    return frozenset(values)


def parse_cron(expression: str) -> Rule:
    text = _MACROS.get(expression.strip().lower(), expression.strip().lower())
    parts = text.split()
    if len(parts) != 5:
        raise RecurrenceError("a cron expression has five fields: minute hour day-of-month month day-of-week")
    minute, hour, month_day, month, weekday = parts
    minutes = _field(minute, 0, 59, "minute")
    hours = _field(hour, 0, 23, "hour")
    if len(minutes) * len(hours) > MAX_TIMES_PER_DAY:
        raise RecurrenceError(f"a schedule runs at most {MAX_TIMES_PER_DAY} times a day")
    days = _field(month_day, 1, 31, "day-of-month")
    months = _field(month, 1, 12, "month", _MONTH_NAMES)
    # Cron counts weekdays from Sunday (0 and 7); Python from Monday (0).
    weekdays = frozenset((value - 1) % 7 for value in _field(weekday, 0, 7, "day-of-week", _DAY_NAMES))
    # As in Vixie cron: a field starting with `*` does not restrict (and `*/2` counts as `*` for that).
    days_restricted, weekdays_restricted = not month_day.startswith("*"), not weekday.startswith("*")
    return Rule(
        times=tuple(sorted(time(h, m) for h in hours for m in minutes)),
        months=months,
        month_days=days if days_restricted else None,
        weekdays=weekdays if weekdays_restricted else None,
        either=days_restricted and weekdays_restricted,
    )


def compile_rule(recurrence: Daily | Weekly | Monthly | Cron) -> Rule:
    match recurrence:
        case Daily():
            return Rule(times=(_time(recurrence.time),))
        case Weekly():
            days = frozenset(WEEKDAYS.index(day) for day in recurrence.days)
            return Rule(times=(_time(recurrence.time),), weekdays=days)
        case Monthly():
            if recurrence.day is not None:
                return Rule(times=(_time(recurrence.time),), clamp_day=recurrence.day)
            assert recurrence.last_weekday is not None
            return Rule(times=(_time(recurrence.time),), last_weekday=WEEKDAYS.index(recurrence.last_weekday))
        case Cron():
            return parse_cron(recurrence.expression)


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RecurrenceError(f"'{name}' is not an IANA time zone (e.g. Europe/Amsterdam)") from exc


# --- occurrences ----------------------------------------------------------------------------


def to_utc(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The instant of a wall-clock time: `fold=0` is the first of a repeated time and, for a time
    skipped by a spring-forward jump, the instant as far after the jump as the time was after its start."""
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def occurrences(rule: Rule, tz: ZoneInfo, after: datetime) -> Iterator[datetime]:
    """The rule's instants strictly after `after`, in order, each once; stops when none comes for
    HORIZON_DAYS."""
    after = after.astimezone(UTC)
    # A skipped time moves forward in UTC (up to a day where a zone skipped a whole date), so start
    # two local days early and hold candidates until no later date can produce an earlier instant.
    day = after.astimezone(tz).date() - timedelta(days=2)
    last_found = day
    pending: list[datetime] = []
    previous = after
    while (day - last_found).days <= HORIZON_DAYS:
        if rule.matches(day):
            last_found = day
            for at in rule.times:
                instant = to_utc(day, at, tz)
                if instant > previous:
                    heapq.heappush(pending, instant)
        bound = datetime.combine(day + timedelta(days=1), time(), tzinfo=UTC) - MAX_UTC_OFFSET
        while pending and pending[0] < bound:
            instant = heapq.heappop(pending)
            if instant > previous:
                yield instant
                previous = instant
        day += timedelta(days=1)
    while pending:
        instant = heapq.heappop(pending)
        if instant > previous:
            yield instant
            previous = instant


def next_occurrences(rule: Rule, tz: ZoneInfo, after: datetime, count: int) -> list[datetime]:
    found: list[datetime] = []
    for instant in occurrences(rule, tz, after):
        found.append(instant)
        if len(found) == count:
            break
    return found


def check(recurrence: Daily | Weekly | Monthly | Cron, timezone: str, now: datetime) -> tuple[Rule, ZoneInfo]:
    """The compiled rule and zone, or RecurrenceError when it does not parse or never fires."""
    rule, tz = compile_rule(recurrence), zone(timezone)
    if not next_occurrences(rule, tz, now, 1):
        raise RecurrenceError("the cron expression never fires (e.g. 30 February)")
    return rule, tz


@dataclass(frozen=True, slots=True)
class Due:
    """What a schedule's time that has come means under its catch-up policy."""

    run_at: datetime | None  # the occurrence to create a run for; None: skipped
    missed: int  # occurrences passed over
    next_due: datetime | None  # the first occurrence after now


def due(rule: Rule, tz: ZoneInfo, next_due: datetime, now: datetime, catch_up: str, grace: timedelta) -> Due:
    """`next_due` (the schedule's next occurrence, at or before `now`) and any later ones up to `now`.

    `once`: one run, for the latest of them, however many were missed. `skip`: a run only when the
    latest is at most `grace` old (the scheduler was merely late); older ones are passed over and the
    schedule waits for its next time."""
    passed = [next_due]
    following = None
    for instant in occurrences(rule, tz, next_due):
        if instant > now:
            following = instant
            break
        passed.append(instant)
    latest = passed[-1]
    if catch_up == "once" or now - latest <= grace:
        return Due(latest, len(passed) - 1, following)
    return Due(None, len(passed), following)


def describe(recurrence: Daily | Weekly | Monthly | Cron) -> str:
    """`Weekly on Mon, Thu at 07:30` (for people: lists, e-mails, reports)."""
    match recurrence:
        case Daily():
            return f"Daily at {recurrence.time}"
        case Weekly():
            days = ", ".join(day.capitalize() for day in sorted(recurrence.days, key=WEEKDAYS.index))
            return f"Weekly on {days} at {recurrence.time}"
        case Monthly() if recurrence.day is not None:
            shorter = " (or the month's last day)" if recurrence.day > 28 else ""
            return f"Monthly on day {recurrence.day}{shorter} at {recurrence.time}"
        case Monthly():
            weekday = DAY_NAMES[WEEKDAYS.index(recurrence.last_weekday or "mon")]
            return f"Monthly on the last {weekday} at {recurrence.time}"
        case Cron():
            return f"Cron {recurrence.expression}"
