"""A full-state table's {today} and {now}: a time a page shows is checked against when the
scenario's events could have happened, not only its day (a stamp off by hours, or minutes shown
as the month, is a wrong record)."""

from datetime import UTC, datetime

import pytest

from steps.support.records import NOW, TODAY, Window

# The scenario began at 10:41:30; two hours were then skipped at 10:42:05 (the clock read
# 12:42:05); the table is read at 12:42:20.
WINDOW = Window(
    began=datetime(2026, 12, 7, 10, 41, 30, tzinfo=UTC),
    moved=datetime(2026, 12, 7, 12, 42, 5, tzinfo=UTC),
    read=datetime(2026, 12, 7, 12, 42, 20, tzinfo=UTC),
)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Placed Dec 07, 2026 10:41:31 UTC", f"Placed {TODAY}"),
        ("Placed Dec 07, 2026 12:42:20 UTC", f"Placed {TODAY}"),
        ("Quote Hold 2026-12-07 10:41", f"Quote Hold {TODAY}"),  # 10:41:30 shown to the minute
        ("Sent Dec 07, 2026", f"Sent {TODAY}"),  # a day only
        ("You approved on Dec 07, 2026 12:42:06 UTC.", f"You approved on {NOW}."),
        ("Presented 2026-12-07 12:42", f"Presented {NOW}"),
        ("from Dec 07, 2026 10:41:40 UTC to Dec 07, 2026 12:42:10 UTC", f"from {TODAY} to {NOW}"),
    ],
)
def test_a_moment_within_the_scenario_matches(shown, expected):
    assert WINDOW.problem(shown, expected) is None


@pytest.mark.parametrize(
    ("shown", "expected", "why"),
    [
        # before the scenario began: another record's time, or a wrong field
        ("Placed Dec 07, 2026 10:41:20 UTC", f"Placed {TODAY}", "not between"),
        # minutes written as the month (12) at 10:41
        ("Quote Hold 2026-12-07 10:12", f"Quote Hold {TODAY}", "not between"),
        # after the moment of reading
        ("Placed Dec 07, 2026 12:43:00 UTC", f"Placed {TODAY}", "not between"),
        # the moment before the clock moved, where the step after it is meant
        ("You approved on Dec 07, 2026 10:41:50 UTC.", f"You approved on {NOW}.", "moved"),
        ("Sent Dec 06, 2026", f"Sent {TODAY}", "not a day since"),
        ("Sent Dec 08, 2026", f"Sent {TODAY}", "not a day since"),
        ("Received Dec 07, 2026 10:41:40 UTC", f"Placed {TODAY}", "a different text"),
        ("Placed", f"Placed {TODAY}", "a different text"),
    ],
)
def test_a_moment_outside_it_is_named(shown, expected, why):
    assert why in (WINDOW.problem(shown, expected) or "")


def test_a_day_only_window_spans_midnight_when_the_clock_crosses_it():
    window = Window(
        began=datetime(2026, 12, 7, 23, 59, 50, tzinfo=UTC),
        moved=datetime(2026, 12, 7, 23, 59, 50, tzinfo=UTC),
        read=datetime(2026, 12, 8, 0, 0, 10, tzinfo=UTC),
    )
    assert window.problem("Dec 07, 2026", TODAY) is None
    assert window.problem("Dec 08, 2026 00:00:05 UTC", TODAY) is None
    assert "not a day since" in window.problem("Dec 06, 2026", TODAY)
