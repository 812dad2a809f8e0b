"""What a scenario's result means, decided in one place (ats_spec/records.py): each kind of run
record, built by hand, and the verdict a runner, the report or the gate reads from it."""

import pytest

from ats_spec import records

GIVEN = ("Given", "given", 4, "an order on hold")
WHEN = ("When", "when", 5, "the buyer approves the new amount")
THEN = ("Then", "then", 6, "the order is back in Order Accepted")


def _try(label="shard-1", failing=None, status="failed", hook=None, tags=("hold.po.allows",)):
    """One try of one scenario: the steps up to `failing` pass, `failing` ends with `status`."""
    steps, result = [], "passed"
    for keyword, kind, line, name in (GIVEN, WHEN, THEN):
        step_status = "passed"
        if result != "passed":
            step_status = "skipped"
        elif failing and line == failing[2]:
            step_status = result = status
        steps.append(
            {"keyword": keyword, "type": kind, "line": line, "name": name, "status": step_status}
        )
    scenario_status = "error" if hook else ("error" if result == "error" else result)
    return {
        "label": label,
        "scenarios": [
            {
                "path": "features/console/orders/order_hold.feature",
                "line": 3,
                "name": "A changed amount holds the order",
                "tags": list(tags),
                "status": scenario_status,
                "error": hook,
                "steps": steps,
            }
        ],
    }


def _verdict(*tries):
    [run] = records.merge_reruns(list(tries))
    return records.verdict(run["scenarios"][0])


def _rerun(**kwargs):
    return _try(label="shard-1" + records.RERUN, **kwargs)


def test_a_scenario_that_passed_is_no_catch():
    assert _verdict(_try()) == ("passed", "")


def test_a_then_that_fails_twice_at_the_same_step_is_a_catch():
    assert _verdict(_try(failing=THEN), _rerun(failing=THEN)) == (
        "caught",
        "Then the order is back in Order Accepted",
    )


def test_a_when_that_fails_twice_is_a_catch_too():
    assert _verdict(_try(failing=WHEN), _rerun(failing=WHEN))[0] == "caught"


def test_a_failure_that_passes_when_run_again_is_flaky_and_inconclusive():
    outcome, why = _verdict(_try(failing=THEN), _rerun())
    assert outcome == "inconclusive" and "passed when run again" in why


def test_a_failure_never_run_again_is_inconclusive():
    outcome, why = _verdict(_try(failing=THEN))
    assert outcome == "inconclusive" and "not run again" in why


def test_a_given_that_fails_twice_never_set_the_scene():
    outcome, why = _verdict(_try(failing=GIVEN), _rerun(failing=GIVEN))
    assert outcome == "inconclusive" and "a Given failed" in why


@pytest.mark.parametrize("step", [GIVEN, THEN])
def test_a_step_in_error_is_inconclusive_and_not_run_again(step):
    first = _try(failing=step, status="error")
    assert not records.needs_rerun(first["scenarios"][0])
    outcome, why = _verdict(first)
    assert outcome == "inconclusive" and "could not run (error)" in why


def test_a_hook_that_failed_is_inconclusive():
    outcome, why = _verdict(_try(hook="before_scenario: ConnectionError: refused"))
    assert outcome == "inconclusive" and "a hook failed" in why


def test_a_failure_whose_rerun_ended_in_an_error_is_inconclusive():
    outcome, why = _verdict(_try(failing=THEN), _rerun(failing=THEN, status="error"))
    assert outcome == "inconclusive" and why.startswith("second try")


def test_two_tries_that_failed_at_different_steps_are_inconclusive():
    outcome, why = _verdict(_try(failing=WHEN), _rerun(failing=THEN))
    assert outcome == "inconclusive" and "different steps" in why


def test_a_catch_counts_for_a_case_only_when_its_scenario_is_tagged_for_the_case():
    runs = records.merge_reruns([_try(failing=THEN), _rerun(failing=THEN)])
    assert [c["where"] for c in records.catches(runs, "hold.po")] == [
        "features/console/orders/order_hold.feature:3"
    ]
    assert records.catches(runs, "hold.card") == []
    [other] = records.inconclusive(runs, "hold.card")
    assert "not tagged for hold.card" in other["why"]
    assert records.catches(runs) != []  # the blind runner asks for any catch


def test_the_rerun_keeps_the_first_try_beside_it():
    first = _try(failing=THEN)
    [run] = records.merge_reruns([first, _rerun(failing=THEN)])
    assert run["scenarios"][0]["first_try"] == first["scenarios"][0]
    assert run["scenarios"][0]["rerun"] == "failed"


def test_a_catch_counts_for_a_side_only_when_its_scenario_tries_that_side():
    """A variant that breaks what a case refuses is caught by a scenario of that side; caught
    only by the scenario that tries what the case lets through, it proves nothing about it."""
    runs = records.merge_reruns([_try(failing=THEN), _rerun(failing=THEN)])
    tags = runs[0]["scenarios"][0]["tags"]
    [side] = [tag.rsplit(".", 1)[1] for tag in tags if tag.startswith("hold.po.")]
    other = "allows" if side == "refuses" else "refuses"
    assert len(records.catches(runs, "hold.po", side)) == 1
    assert records.catches(runs, "hold.po", other) == []
    [why] = records.inconclusive(runs, "hold.po", other)
    assert f"not tagged for hold.po.{other}" in why["why"]


@pytest.mark.parametrize(
    ("failing", "status", "stops"),
    [
        (THEN, "failed", True),
        (WHEN, "failed", True),
        (GIVEN, "failed", False),  # the scene was never set: a later scenario may still catch
        (THEN, "error", False),
        (None, "passed", False),
    ],
)
def test_a_run_that_looks_for_one_catch_stops_only_at_a_when_or_then(failing, status, stops):
    """-D stop=at-a-catch ends a gate or blind run at the scenario just recorded only when it
    failed a When or Then step's expectation (steps/support/results.py asks records)."""
    from steps.support.results import RunRecord

    record = RunRecord.__new__(RunRecord)  # only the run's scenarios are read
    record.run = _try(failing=failing, status=status)
    assert record.last_met_a_wrong_answer() is stops
