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
    run = [where for job in jobs for each in job["runs"] for where in each["paths"]]
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


def test_a_variant_tries_the_scenarios_of_the_side_it_breaks_first_fewest_steps_first(
    monkeypatch,
):
    from ats_spec import livingdoc
    from ats_spec.gate import __main__ as gate
    from ats_spec.gate.variants import Variant

    def scenario(path, line, steps, *tags):
        text = "\n".join(["Given a scene", "| a | table |"] + ["Then a check"] * (steps - 1))
        return livingdoc.Scenario(path, line, "F", "S", frozenset(tags), None, (), (text,))

    found = (
        scenario("features/journey.feature", 8, 40, "hold.tracking.allows"),
        scenario("features/focused.feature", 30, 6, "hold.tracking.allows"),
        scenario("features/focused.feature", 12, 9, "hold.tracking.allows"),
        scenario("features/other.feature", 3, 2, "hold.tracking.refuses"),
        scenario("features/unrelated.feature", 1, 1, "hold.price.allows"),
    )
    monkeypatch.setattr(gate, "_scenarios", lambda: found)
    job = gate.variant_job(Variant("hold.tracking", "x", side="allows"), full=False, first=True)
    assert job["runs"] == [
        {
            "tags": "@hold.tracking.allows",
            "paths": [
                "features/focused.feature:30",
                "features/focused.feature:12",
                "features/journey.feature:8",
            ],
        },
        {"tags": "@hold.tracking.refuses", "paths": ["features/other.feature:3"]},
    ]
