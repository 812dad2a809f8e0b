"""ats-spec bench: where the time of a run goes, measured on this machine, in one run.

    ats-spec bench            # everything (the whole suite is about three minutes of it)
    ats-spec bench --quick    # without the whole suite
    ats-spec bench --gate     # also the gate, every variant to its first catch (minutes)

It measures:

- one scenario, whole process: `behave` on the first scenario of the console's log-in feature,
  from process start to exit (median of 3);
- the simulator's cold start: from starting its process to its first answered request (median
  of 5);
- the whole suite: wall time, the time of Given, When and Then steps, and the hooks and reset
  around each scenario (its time not spent in steps);
- with --gate, the gate as CI runs it (`ats-spec gate --first`): wall time, variants, caught,
  the control's scenarios, and the median seconds a variant took on its worker;
- the NEW-product walkthrough as the suite runs it against the same plain Playwright script
  with no behave and no page objects (ats_spec/plain_walkthrough.py), alternately, against one
  simulator, 5 times each: the ratio of their medians is what the suite's layers cost.

Nothing here is a test: figures go to the screen and to reports/bench.md and reports/bench.json.
No goal is asserted; the README reports the figures and the machine.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from ats_spec import records
from ats_spec.served import ServedSimulator

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ONE_SCENARIO = "features/console/account/logging_in.feature"
WALKTHROUGH = "features/console/orders/walkthrough_new_product_order.feature"


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 2)


def one_scenario(times: int = 3) -> dict:
    from behave.parser import parse_file

    first = parse_file(str(ROOT / ONE_SCENARIO)).scenarios[0]
    target = f"{ONE_SCENARIO}:{first.line}"
    walls = []
    for _ in range(times):
        started = time.perf_counter()
        subprocess.run(
            [str(BIN / "behave"), "--no-summary", "--format", "null", target],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        walls.append(time.perf_counter() - started)
    return {"what": f"one scenario, whole process ({target})", "seconds": _median(walls)}


def cold_start(times: int = 5) -> dict:
    walls = []
    for _ in range(times):
        started = time.perf_counter()
        simulator = ServedSimulator("--testing")
        with urllib.request.urlopen(f"{simulator.base_url}/_sim/fixtures", timeout=30):
            walls.append(time.perf_counter() - started)
        simulator.stop()
    return {"what": "simulator cold start to first answered request", "seconds": _median(walls)}


def _records(folder: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((folder / "results").glob("*.json"))]


def whole_suite() -> dict:
    with tempfile.TemporaryDirectory(prefix="ats-bench-") as folder:
        started = time.perf_counter()
        subprocess.run(
            [str(BIN / "ats-spec"), "run", "--reports", folder],
            cwd=ROOT,
            check=False,
            capture_output=True,
        )
        wall = time.perf_counter() - started
        runs = _records(Path(folder))
    scenarios = [s for run in runs for s in run["scenarios"]]
    by_type = {"given": 0.0, "when": 0.0, "then": 0.0}
    around = []
    for scenario in scenarios:
        in_steps = 0.0
        for step in scenario["steps"]:
            by_type[step["type"]] += step["duration"]
            in_steps += step["duration"]
        if "started" in scenario:
            around.append(scenario["finished"] - scenario["started"] - in_steps)
    return {
        "what": "whole suite",
        "seconds": round(wall, 1),
        "scenarios": len(scenarios),
        "passed": sum(1 for s in scenarios if s["status"] == "passed"),
        "given": round(by_type["given"], 1),
        "when": round(by_type["when"], 1),
        "then": round(by_type["then"], 1),
        "hooks_and_reset_ms": round(1000 * statistics.median(around), 1) if around else None,
    }


def gate() -> dict:
    """The gate as CI runs it, once: a run takes minutes, and its variants are its samples."""
    started = time.perf_counter()
    subprocess.run(
        [str(BIN / "ats-spec"), "gate", "--first"], cwd=ROOT, check=False, capture_output=True
    )
    wall = time.perf_counter() - started
    folder = ROOT / "reports" / "gate"
    outcomes = json.loads((folder / "summary.json").read_text())
    control = _records(folder / "unbroken") if (folder / "unbroken").exists() else []
    return {
        "what": "gate, --first",
        "seconds": round(wall, 1),
        "variants": len(outcomes),
        "caught": sum(1 for outcome in outcomes if outcome["caught_by"]),
        "control_scenarios": sum(
            len(run["scenarios"]) for run in control if not run["label"].endswith(records.RERUN)
        ),
        "median_variant_seconds": _median([outcome["seconds"] for outcome in outcomes]),
    }


def walkthrough_ratio(times: int = 5) -> dict:
    """The suite's walkthrough scenario and the plain script, alternately, on one simulator."""
    from playwright.sync_api import sync_playwright

    from ats_spec.plain_walkthrough import walk
    from steps.support import browser as browsers

    simulator = ServedSimulator("--testing")
    suite_times, plain_times = [], []
    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
            browser = browsers.launch(playwright, {})
            for round_ in range(times):
                started = time.perf_counter()
                walk(browser, simulator.base_url)
                plain_times.append(time.perf_counter() - started)
                reports = Path(folder) / f"round-{round_}"
                subprocess.run(
                    [str(BIN / "behave"), "--no-summary", "--format", "null", WALKTHROUGH]
                    + ["-D", f"store_url={simulator.store_url}"]
                    + ["-D", f"console_url={simulator.console_url}"]
                    + ["-D", f"reports_dir={reports}", "-D", "traces=off"],
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
                (scenario,) = [s for run in _records(reports) for s in run["scenarios"]]
                suite_times.append(scenario["finished"] - scenario["started"])
            browser.close()
    finally:
        simulator.stop()
    suite, plain = _median(suite_times), _median(plain_times)
    return {
        "what": "NEW-product walkthrough: the suite's scenario / a plain Playwright script",
        "suite_seconds": suite,
        "plain_seconds": plain,
        "ratio": round(suite / plain, 2),
    }


def machine() -> str:
    return f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def markdown(results: list[dict]) -> str:
    lines = [f"Measured on {machine()}.", "", "| what | figure |", "| --- | --- |"]
    for result in results:
        figures = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result.items() if k != "what")
        lines.append(f"| {result['what']} | {figures} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="ats-spec bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="leave out the whole suite")
    parser.add_argument("--gate", action="store_true", help="also time the gate (minutes)")
    parser.add_argument("--output", type=Path, default=ROOT / "reports" / "bench")
    args = parser.parse_args(argv)
    measures = [one_scenario, cold_start, walkthrough_ratio]
    if not args.quick:
        measures.append(whole_suite)
    if args.gate:
        measures.append(gate)
    results = []
    for measure in measures:
        print(f"measuring {measure.__name__.replace('_', ' ')}…", flush=True)
        results.append(measure())
        print(f"  {results[-1]}", flush=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    table = markdown(results)
    args.output.with_suffix(".md").write_text(table)
    args.output.with_suffix(".json").write_text(
        json.dumps({"machine": machine(), "results": results}, indent=1)
    )
    print(table)


if __name__ == "__main__":
    main()
