"""What the hooks write and the tools read: names of run records, shots and evidence; and the
one place that decides what a scenario's result means. The runner (what to try again), the
report (what to count) and the gate and blind runners (what is a catch) all ask here.

- failed: a step's expectation was not met (an AssertionError), on the first try and on the
  rerun (the runner tries each failed scenario once more);
- flaky: failed, then passed on the rerun;
- error: the scenario could not run to its end (an exception, an undefined step, a hook);
- a catch: failed, both times at a When or Then step whose expectation was not met. A Given
  that fails never set the scene (Givens seed data through what a variant may break), and an
  error proves nothing about the rule: those are inconclusive, with why.
"""

import json
import re
from pathlib import Path

RERUN = "-rerun"  # the label suffix of a shard's second try of its failed scenarios
STOPPED = "stopped.txt"  # in the reports folder: why a run ended before any scenario
# -D stop=at-a-catch: end the run at the first scenario that failed at a When or Then step's
# expectation, not at a Given or an error (behave's --stop ends it at any failure).
STOP_AT_A_CATCH = "at-a-catch"


def slug(text: str) -> str:
    """Lower-case words joined by hyphens: file names and HTML anchors."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def server_errors(reports: Path) -> int:
    """Requests a served simulator failed with an unhandled error (its log's tracebacks)."""
    return sum(
        path.read_text(errors="replace").count("Traceback")
        for path in (reports / "logs").glob("simulator-*.txt")
    )


# -- the run records, and what their results mean ----------------------------------------------


def read_runs(paths: list[Path]) -> list[dict]:
    """The run records as the processes wrote them, reruns apart."""
    runs = [json.loads(path.read_text()) for path in paths]
    if not runs:
        raise SystemExit("No run records found: run the suite first (reports/results/*.json).")
    return runs


def load_runs(paths: list[Path]) -> list[dict]:
    """The run records, with each rerun folded into the run it retried."""
    return merge_reruns(read_runs(paths))


def runs_in(reports: Path) -> list[dict]:
    """The folded run records of a reports folder; none when nothing ran."""
    paths = sorted((reports / "results").glob("*.json"))
    return load_runs(paths) if paths else []


def needs_rerun(scenario: dict) -> bool:
    """Only an unmet expectation is tried again: an error would only err again."""
    return scenario["status"] == "failed"


def merge_reruns(runs: list[dict]) -> list[dict]:
    """A scenario that failed and passed when run again is flaky (its first error kept); one
    that failed again is failed, with the second try's evidence and trace, and the first try
    kept beside it (`first_try`) so a catch can be checked on both."""
    second = {
        (s["path"], s["line"]): s
        for run in runs
        if run["label"].endswith(RERUN)
        for s in run["scenarios"]
    }
    merged = []
    for run in runs:
        if run["label"].endswith(RERUN):
            continue
        scenarios = []
        for scenario in run["scenarios"]:
            again = second.get((scenario["path"], scenario["line"]))
            if again is None or not needs_rerun(scenario):
                scenarios.append(scenario)
            elif again["status"] == "passed":
                scenarios.append({**scenario, "status": "flaky", "rerun": "passed"})
            else:
                scenarios.append({**again, "rerun": again["status"], "first_try": scenario})
        merged.append({**run, "scenarios": scenarios})
    return merged


def unmet_expectation(attempt: dict) -> tuple[dict | None, str]:
    """The When or Then step of one try whose expectation was not met, or why there is none."""
    if attempt.get("error"):
        return None, f"a hook failed ({attempt['error']})"
    step = next((s for s in attempt["steps"] if s["status"] not in ("passed", "skipped")), None)
    if step is None:
        return None, "no step failed"
    said = f"{step['keyword']} {step['name']}"
    if step["status"] != "failed":
        return None, f"“{said}” could not run ({step['status']})"
    if step.get("type", "given") == "given" or step.get("background"):
        return None, f"a Given failed (“{said}”): the scene was never set"
    return step, said


def verdict(scenario: dict) -> tuple[str, str]:
    """("passed", ""), ("caught", the step that caught it) or ("inconclusive", why)."""
    status = scenario["status"]
    if status == "passed":
        return "passed", ""
    if status == "flaky":
        return "inconclusive", "failed, then passed when run again"
    if "first_try" not in scenario:
        if status == "failed":
            return "inconclusive", "failed once and was not run again"
        return "inconclusive", unmet_expectation(scenario)[1]
    first, why_first = unmet_expectation(scenario["first_try"])
    second, why_second = unmet_expectation(scenario)
    if first is None:
        return "inconclusive", f"first try: {why_first}"
    if second is None:
        return "inconclusive", f"second try: {why_second}"
    if (first["line"], first["name"]) != (second["line"], second["name"]):
        return "inconclusive", f"the tries failed at different steps ({why_first}; {why_second})"
    return "caught", why_second


def _where(scenario: dict) -> str:
    return f"{scenario['path']}:{scenario['line']}"


def tagged_for(scenario: dict, case: str, side: str | None = None) -> bool:
    """Whether the scenario tries the case: on the given side, or on either."""
    sides = [side] if side else ["allows", "refuses"]
    return bool({f"{case}.{side}" for side in sides} & set(scenario["tags"]))


def _judged(runs: list[dict], case: str | None, side: str | None) -> list[tuple[dict, str, str]]:
    """(scenario, outcome, step or why) of each scenario; with a case (and a side), a catch by
    a scenario not tagged for it is inconclusive: a variant that breaks what a case refuses
    is caught by a scenario of that side, not by one that tries what the case lets through."""
    judged = []
    wanted = ".".join(part for part in (case, side) if part)
    for run in runs:
        for scenario in run["scenarios"]:
            outcome, said = verdict(scenario)
            if outcome == "caught" and case is not None and not tagged_for(scenario, case, side):
                outcome, said = "inconclusive", f"caught by a scenario not tagged for {wanted}"
            judged.append((scenario, outcome, said))
    return judged


def catches(runs: list[dict], case: str | None = None, side: str | None = None) -> list[dict]:
    """The scenarios that caught a breakage; with a case, only its own scenarios count (with a
    side, only those of that side)."""
    return [
        {"scenario": s["name"], "where": _where(s), "step": said, "seconds": s.get("duration")}
        for s, outcome, said in _judged(runs, case, side)
        if outcome == "caught"
    ]


def inconclusive(runs: list[dict], case: str | None = None, side: str | None = None) -> list[dict]:
    """Scenarios that did not pass and are no catch: why each proves nothing."""
    return [
        {"scenario": s["name"], "where": _where(s), "why": said}
        for s, outcome, said in _judged(runs, case, side)
        if outcome == "inconclusive"
    ]
