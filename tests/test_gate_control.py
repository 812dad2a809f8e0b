"""The gate's control: the scenarios that caught a variant, each run once unbroken."""

from ats_spec.gate.__main__ import control_jobs
from ats_spec.gate.variants import UNBROKEN


def test_the_control_runs_each_catching_scenario_once_against_the_unbroken_simulator():
    caught = [
        {"where": "features/a.feature:10", "seconds": 9.0},
        {"where": "features/a.feature:10", "seconds": 9.0},  # two variants, one scenario
        {"where": "features/a.feature:30", "seconds": 3.0},
        {"where": "features/b.feature:7", "seconds": 4.0},
        {"where": "features/c.feature:5", "seconds": None},  # no time recorded: still run
    ]
    jobs = control_jobs(caught, parts=2)
    assert {job["variant"] for job in jobs} == {UNBROKEN.name}
    run = [where for job in jobs for where in job["paths"]]
    assert sorted(run) == [
        "features/a.feature:10",
        "features/a.feature:30",
        "features/b.feature:7",
        "features/c.feature:5",
    ]
    assert len(jobs) == 2 and not any(job["first"] for job in jobs)  # none stops early
    assert len({job["label"] for job in jobs}) == 2  # their records do not overwrite each other


def test_nothing_caught_means_no_control_to_run():
    assert control_jobs([], parts=4) == []
