"""Recurrence rules and time zones: named daylight-saving and calendar cases, then properties that hold for
any rule, zone and moment (checked against a brute-force enumeration of wall-clock times)."""

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise, takewhile
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.maintenance.recurrence import (
    Cron,
    Daily,
    Monthly,
    RecurrenceError,
    Rule,
    Weekly,
    check,
    compile_rule,
    describe,
    due,
    next_occurrences,
    occurrences,
    parse_cron,
    to_utc,
    zone,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(instants: list[datetime], tz: ZoneInfo) -> list[str]:
    return [instant.astimezone(tz).isoformat() for instant in instants]


def daily(at: str) -> Rule:
    return compile_rule(Daily(kind="daily", time=at))


# --- named cases ----------------------------------------------------------------------------


def test_spring_forward_gap_runs_once_as_far_after_the_jump() -> None:
    """Europe/Amsterdam, 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 does not exist that day."""
    found = next_occurrences(daily("02:30"), AMSTERDAM, utc(2026, 3, 27, 12), 4)
    assert local(found, AMSTERDAM) == [
        "2026-03-28T02:30:00+01:00",
        "2026-03-29T03:30:00+02:00",
        "2026-03-30T02:30:00+02:00",
        "2026-03-31T02:30:00+02:00",
    ]
    assert found[1] == utc(2026, 3, 29, 1, 30)
    # New York, 8 March 2026 (02:00 EST -> 03:00 EDT), a cron time in the gap.
    found = next_occurrences(parse_cron("30 2 * * *"), NEW_YORK, utc(2026, 3, 7, 12), 2)
    assert local(found, NEW_YORK) == ["2026-03-08T03:30:00-04:00", "2026-03-09T02:30:00-04:00"]


def test_fall_back_overlap_runs_once_at_the_first_occurrence() -> None:
    """Europe/Amsterdam, 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice."""
    found = next_occurrences(daily("02:30"), AMSTERDAM, utc(2026, 10, 24, 12), 2)
    assert found == [utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)]  # 02:30 CEST, then 02:30 CET
    # A time of two cron entries that meet in the gap (02:30 shifted to 03:30) still runs once.
    found = next_occurrences(parse_cron("30 2,3 * * *"), AMSTERDAM, utc(2026, 3, 28, 12), 3)
    assert local(found, AMSTERDAM) == [
        "2026-03-29T03:30:00+02:00",
        "2026-03-30T02:30:00+02:00",
        "2026-03-30T03:30:00+02:00",
    ]


def test_half_hour_daylight_saving() -> None:
    """Australia/Lord_Howe moves its clocks by 30 minutes (4 October 2026: 02:00 -> 02:30)."""
    tz = ZoneInfo("Australia/Lord_Howe")
    found = next_occurrences(daily("02:15"), tz, utc(2026, 10, 2, 12), 3)
    assert [instant.astimezone(tz).strftime("%d %H:%M") for instant in found] == ["03 02:15", "04 02:45", "05 02:15"]


def test_a_skipped_date_is_not_run_twice() -> None:
    """Samoa skipped 30 December 2011 (from UTC-10 to UTC+14)."""
    tz = ZoneInfo("Pacific/Apia")
    found = next_occurrences(daily("10:00"), tz, utc(2011, 12, 28), 3)
    assert [instant.astimezone(tz).date().isoformat() for instant in found] == [
        "2011-12-28",
        "2011-12-29",
        "2011-12-31",
    ]
    assert len(set(found)) == 3


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() -> None:
    rule = compile_rule(Monthly(kind="monthly", day=31, time="09:00"))
    found = next_occurrences(rule, AMSTERDAM, utc(2027, 12, 1), 7)
    assert [instant.astimezone(AMSTERDAM).date().isoformat() for instant in found] == [
        "2027-12-31",
        "2028-01-31",
        "2028-02-29",  # leap year
        "2028-03-31",
        "2028-04-30",
        "2028-05-31",
        "2028-06-30",
    ]
    assert {instant.astimezone(AMSTERDAM).time() for instant in found} == {time(9)}


def test_monthly_on_the_last_weekday() -> None:
    rule = compile_rule(Monthly(kind="monthly", last_weekday="fri", time="18:00"))
    found = next_occurrences(rule, AMSTERDAM, utc(2026, 1, 1), 5)
    assert [instant.astimezone(AMSTERDAM).date().isoformat() for instant in found] == [
        "2026-01-30",
        "2026-02-27",
        "2026-03-27",
        "2026-04-24",
        "2026-05-29",
    ]
    assert describe(Monthly(kind="monthly", last_weekday="fri", time="18:00")) == "Monthly on the last Friday at 18:00"


def test_weekly_on_some_days() -> None:
    rule = compile_rule(Weekly(kind="weekly", days=["thu", "mon"], time="07:30"))
    found = next_occurrences(rule, NEW_YORK, utc(2026, 11, 23, 13), 3)  # Monday 08:00 New York
    assert local(found, NEW_YORK) == [
        "2026-11-26T07:30:00-05:00",
        "2026-11-30T07:30:00-05:00",
        "2026-12-03T07:30:00-05:00",
    ]
    assert describe(Weekly(kind="weekly", days=["thu", "mon"], time="07:30")) == "Weekly on Mon, Thu at 07:30"


def test_cron_fields_names_steps_and_the_day_or_rule() -> None:
    workdays = next_occurrences(parse_cron("0 9 * * mon-fri"), AMSTERDAM, utc(2026, 11, 27, 12), 2)  # Friday
    assert local(workdays, AMSTERDAM) == ["2026-11-30T09:00:00+01:00", "2026-12-01T09:00:00+01:00"]
    # Both day fields restricted: the 1st of the month OR any Sunday (7 is Sunday too).
    either = next_occurrences(parse_cron("0 6 1 * 7"), AMSTERDAM, utc(2026, 11, 23), 3)
    assert [instant.astimezone(AMSTERDAM).date().isoformat() for instant in either] == [
        "2026-11-29",
        "2026-12-01",
        "2026-12-06",
    ]
    quarterly = next_occurrences(parse_cron("15 */12 1 jan,apr,jul,oct *"), AMSTERDAM, utc(2026, 1, 1, 6), 3)
    assert local(quarterly, AMSTERDAM) == [
        "2026-01-01T12:15:00+01:00",
        "2026-04-01T00:15:00+02:00",
        "2026-04-01T12:15:00+02:00",
    ]
    assert parse_cron("@monthly") == parse_cron("0 0 1 * *")


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("0 9 * *", "five fields"),
        ("60 9 * * *", "outside 0-59"),
        ("0 9 * * funday", "not a value"),
        ("0 9 1-x * *", "not a value"),
        ("0 9 1~ * *", "not valid"),
        ("0 5-3 * * *", "outside"),
        ("0 9 */0 * *", "at least 1"),
        ("*/30 * * * *", "at most 24 times a day"),
        ("0 0 30 2 *", "never fires"),
    ],
)
def test_bad_cron_expressions_are_refused_with_a_reason(expression: str, message: str) -> None:
    with pytest.raises(RecurrenceError, match=message):
        check(Cron(kind="cron", expression=expression), "UTC", utc(2026, 1, 1))


def test_unknown_time_zones_are_refused() -> None:
    with pytest.raises(RecurrenceError, match="IANA"):
        zone("Mars/Olympus_Mons")
    with pytest.raises(RecurrenceError, match="IANA"):
        zone("../etc/passwd")


def test_catch_up_once_runs_the_latest_missed_time_and_skip_waits_for_the_next() -> None:
    rule, grace = daily("09:00"), timedelta(minutes=15)
    next_due = utc(2026, 11, 20, 8)  # 09:00 Amsterdam; the scheduler was down until the 23rd, 10:00
    now = utc(2026, 11, 23, 9)
    once = due(rule, AMSTERDAM, next_due, now, "once", grace)
    assert (once.run_at, once.missed, once.next_due) == (utc(2026, 11, 23, 8), 3, utc(2026, 11, 24, 8))
    skip = due(rule, AMSTERDAM, next_due, now, "skip", grace)
    assert (skip.run_at, skip.missed, skip.next_due) == (None, 4, utc(2026, 11, 24, 8))
    # Merely late (within the grace): both run it.
    late = due(rule, AMSTERDAM, utc(2026, 11, 23, 8), utc(2026, 11, 23, 8, 10), "skip", grace)
    assert (late.run_at, late.missed, late.next_due) == (utc(2026, 11, 23, 8), 0, utc(2026, 11, 24, 8))


# --- properties -----------------------------------------------------------------------------

ZONES = [
    "UTC",
    "Europe/Amsterdam",
    "Europe/London",
    "America/New_York",
    "America/Santiago",
    "America/Sao_Paulo",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Africa/Casablanca",
    "America/St_Johns",
    "Asia/Tehran",
    "Pacific/Apia",
    "Pacific/Kiritimati",
]
# No skipped calendar dates in these (Samoa 2011 and Kiritimati 1994 skipped a whole day).
ZONES_WITHOUT_SKIPPED_DAYS = [name for name in ZONES if name not in ("Pacific/Apia", "Pacific/Kiritimati")]

times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 1, 15, 30, 45, 59]))
weekdays = st.lists(
    st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), min_size=1, max_size=7, unique=True
)
cron_expressions = st.builds(
    lambda minute, hours, dom, month, dow: f"{minute} {hours} {dom} {month} {dow}",
    st.sampled_from(["0", "30", "5,35", "59"]),
    st.sampled_from(["*/6", "2", "1-3", "0,12", "23"]),
    st.sampled_from(["*", "1", "15", "28-31", "*/10"]),
    st.sampled_from(["*", "1-6", "mar,oct", "*/2"]),
    st.sampled_from(["*", "0", "1-5", "sat,sun", "5"]),
)
recurrences = st.one_of(
    st.builds(lambda at: Daily(kind="daily", time=at), times),
    st.builds(lambda days, at: Weekly(kind="weekly", days=days, time=at), weekdays, times),
    st.builds(lambda day, at: Monthly(kind="monthly", day=day, time=at), st.integers(1, 31), times),
    st.builds(
        lambda weekday, at: Monthly(kind="monthly", last_weekday=weekday, time=at),
        st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        times,
    ),
    st.builds(lambda expression: Cron(kind="cron", expression=expression), cron_expressions),
)
moments = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2045, 12, 31), timezones=st.just(UTC))


def brute_force(rule: Rule, tz: ZoneInfo, start: date, end: date) -> list[datetime]:
    """Every wall-clock time of the rule on the local dates start..end, as instants, sorted, distinct."""
    found = set()
    day = start
    while day <= end:
        if rule.matches(day):
            found |= {to_utc(day, at, tz) for at in rule.times}
        day += timedelta(days=1)
    return sorted(found)


@given(recurrences, st.sampled_from(ZONES), moments)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_occurrences_are_exactly_the_rules_wall_clock_times_in_order(recurrence, zone_name: str, after) -> None:
    tz, rule = ZoneInfo(zone_name), compile_rule(recurrence)
    found = next_occurrences(rule, tz, after, 6)

    assert found, "every generated rule fires within ten years"
    assert all(instant.tzinfo == UTC for instant in found)
    assert all(earlier < later for earlier, later in pairwise(found))
    assert found[0] > after
    # Nothing missed, nothing extra: the brute-force enumeration between `after` and the last one found.
    start = after.astimezone(tz).date() - timedelta(days=2)
    expected = [
        x
        for x in brute_force(rule, tz, start, found[-1].astimezone(tz).date() + timedelta(days=2))
        if after < x <= found[-1]
    ]
    assert found == expected


@given(st.sampled_from(ZONES_WITHOUT_SKIPPED_DAYS), times, moments)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_daily_rule_runs_once_on_every_local_date_dst_or_not(zone_name: str, at: str, after) -> None:
    """Over a year (two daylight-saving changes in most of these zones): one run per local date, at the
    wall-clock time or, when that time is skipped, less than the jump later."""
    tz, rule = ZoneInfo(zone_name), daily(at)
    found = next_occurrences(rule, tz, after, 370)
    dates = [instant.astimezone(tz).date() for instant in found]
    assert len(set(dates)) == len(dates)
    assert all((later - earlier).days == 1 for earlier, later in pairwise(dates))
    wanted = datetime.strptime(at, "%H:%M")
    for instant in found:
        wall = instant.astimezone(tz).replace(tzinfo=None)
        shift = wall - wall.replace(hour=wanted.hour, minute=wanted.minute)
        assert timedelta(0) <= shift < timedelta(hours=2), (instant, wall)


@given(recurrences, st.sampled_from(ZONES), moments, st.integers(0, 120), st.sampled_from(["once", "skip"]))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_catch_up_resolves_every_missed_time_exactly_once(
    recurrence, zone_name: str, start, days: int, policy: str
) -> None:
    tz, rule, grace = ZoneInfo(zone_name), compile_rule(recurrence), timedelta(minutes=15)
    next_due = next_occurrences(rule, tz, start, 1)[0]
    now = next_due + timedelta(days=days, minutes=days % 97)
    passed = [next_due, *takewhile(lambda x: x <= now, occurrences(rule, tz, next_due))]
    result = due(rule, tz, next_due, now, policy, grace)

    assert result.next_due is not None
    assert result.next_due > now
    assert result.next_due == next_occurrences(rule, tz, now, 1)[0]
    if policy == "once" or now - passed[-1] <= grace:
        assert (result.run_at, result.missed) == (passed[-1], len(passed) - 1)
    else:
        assert (result.run_at, result.missed) == (None, len(passed))
