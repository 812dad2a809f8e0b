"""Run the acceptance suite, serially or in parallel, and build its report.

    python -m ats_spec.suite [--processes N | --shard K/N] [--docs] [--served]
                                  [PATH ...] [-- BEHAVE OPTIONS]

The features (all of features/, or the PATHs given) are split into shards of about the same
number of steps, by whole feature files. Each shard is one behave process with a simulator and a
database of its own: the embedded one, or with --served one started as a separate process behind
waitress and driven by URL. --processes N runs N shards at once on this machine (by default
one per core, at most four: a shard waits on its browser more than it computes); --shard K/N
runs only the K-th of N (for N CI machines; build the report from all of their
reports/results/*.json with `python -m ats_spec.report`). Given STORE_URL/CONSOLE_URL
(or -D store_url=... -D console_url=...), every shard drives that implementation instead.

--docs is the documentation build: a screenshot after every step that changed a page, and
docs/traceability.md and docs/assumptions.md rewritten with the results. The quick build keeps
screenshots and traces of failing scenarios only.
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from behave.parser import parse_file

from ats_spec import junit, records, report
from ats_spec.served import ServedSimulator

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"


@dataclass
class Shard:
    index: int
    paths: list[str] = field(default_factory=list)
    weight: float = 0
    reports: Path = REPORTS
    rerun: bool = False  # the second try of the scenarios that failed in this shard

    @property
    def label(self) -> str:
        return f"shard-{self.index}{records.RERUN if self.rerun else ''}"

    @property
    def results(self) -> Path:
        return self.reports / "results" / f"{self.label}.json"

    @property
    def log(self) -> Path:
        return self.reports / "logs" / f"{self.label}.txt"


TIMINGS = ROOT / ".ci" / "timings.json"  # feature file -> seconds, from a run's --save-timings


def feature_steps(paths: list[str]) -> dict[str, int]:
    """Feature file -> how many steps it runs (every example of an outline, background included)."""
    files: list[Path] = []
    steps = {}
    for given in paths or ["features"]:
        path = ROOT / given
        if ":" in given:  # one scenario, by line: run as given
            steps[given] = 1
        elif path.is_dir():
            files += sorted(path.rglob("*.feature"))
        elif path.is_file():
            files.append(path)
        else:
            raise SystemExit(f"No such feature file or folder: {given}")
    for path in files:
        feature = parse_file(str(path))
        steps[str(path.relative_to(ROOT))] = sum(
            len(list(scenario.all_steps)) for scenario in feature.walk_scenarios()
        )
    return steps


def feature_weights(paths: list[str], timings: dict[str, float] | None = None) -> dict:
    """Feature file -> its expected time: the seconds a recorded run took (TIMINGS, committed, so
    every CI machine splits alike), else its steps at the recorded seconds per step; with no
    recording, its step count."""
    steps = feature_steps(paths)
    timings = _read_timings() if timings is None else timings
    known = {path: timings[path] for path in steps if path in timings}
    if not known:
        return steps
    per_step = sum(known.values()) / max(1, sum(steps[path] for path in known))
    return {path: round(known.get(path, steps[path] * per_step), 2) for path in steps}


def _read_timings() -> dict[str, float]:
    return json.loads(TIMINGS.read_text()) if TIMINGS.exists() else {}


def save_timings(reports: Path, target: Path = TIMINGS) -> dict[str, float]:
    """Each feature's time in a run's records (first tries only), for the next split."""
    times: dict[str, float] = {}
    for path in sorted((reports / "results").glob("*.json")):
        run = json.loads(path.read_text())
        if run["label"].endswith(records.RERUN):
            continue
        for scenario in run["scenarios"]:
            if "started" in scenario:
                spent = scenario["finished"] - scenario["started"]
                times[scenario["path"]] = times.get(scenario["path"], 0) + spent
    rounded = {path: round(seconds, 2) for path, seconds in sorted(times.items())}
    target.write_text(json.dumps(rounded, indent=1) + "\n")
    return rounded


def split(weights: dict[str, float], count: int) -> list[Shard]:
    """Heaviest feature first, each into the lightest shard so far: shards of near-equal work,
    the same split on every machine."""
    shards = [Shard(index) for index in range(1, count + 1)]
    for path, weight in sorted(weights.items(), key=lambda item: (-item[1], item[0])):
        lightest = min(shards, key=lambda shard: (shard.weight, shard.index))
        lightest.paths.append(path)
        lightest.weight += weight
    return [shard for shard in shards if shard.paths]


def _allure(reports: Path) -> list[str]:
    """Allure results beside the other reports, when allure-behave is installed."""
    if importlib.util.find_spec("allure_behave") is None:
        return []
    formatter = "ats_spec.allure_formatter:AllureFormatter"
    return ["-f", formatter, "-o", str(reports / "allure-results")]


def _behave_command(shard: Shard, screenshots: str, behave_args: list[str], urls: list[str]):
    return [
        sys.executable,
        "-m",
        "behave",
        "--junit",
        "--junit-directory",
        str(shard.reports / "junit" / ("rerun" if shard.rerun else "")),
        "-f",
        "progress3",
        "-o",
        "-",
        *_allure(shard.reports),
        "-D",
        f"run_label={shard.label}",
        "-D",
        # Traces cost time: only the second try of a failed scenario records them.
        f"traces={'on' if shard.rerun else 'off'}",
        "-D",
        f"reports_dir={shard.reports}",
        "-D",
        f"results={shard.results}",
        "-D",
        f"screenshots={screenshots}",
        *urls,
        *behave_args,
        *shard.paths,
    ]


# behave's lines that say nothing: the runner class on every run, and a "Took 0min 0.000s"
# that does not count features grouped in Rules (the runner prints the wall time instead).
NOISE = re.compile(r"^(USING RUNNER: |Took \d+min )")


def _prepare_reports(reports: Path, keep_other_shards: bool) -> None:
    if not keep_other_shards:
        for folder in ("results", "shots", "failures", "junit", "logs", "allure-results"):
            shutil.rmtree(reports / folder, ignore_errors=True)
        for stale in (records.STOPPED, report.OUTPUT.name, "cucumber.json"):
            (reports / stale).unlink(missing_ok=True)
    (reports / "logs").mkdir(parents=True, exist_ok=True)


def _start(shard: Shard, docs: bool, behave_args: list[str], urls: list[str], alone: bool):
    """One behave process: shown as it runs when alone, else into the shard's log."""
    command = _behave_command(shard, "all" if docs else "failures", behave_args, urls)
    sink = subprocess.PIPE if alone else open(shard.log, "w")  # noqa: SIM115 - closed in _wait
    process = subprocess.Popen(command, cwd=ROOT, stdout=sink, text=True)
    return shard, process, None if alone else sink, urls


def _wait(running: list, quiet: bool) -> list[int]:
    codes = []
    for shard, process, sink, _urls in running:
        if sink is None:  # the one shard, shown as it runs, without behave's noise
            for line in process.stdout:
                if not NOISE.match(line):
                    sys.stdout.write(line)
                    sys.stdout.flush()
        codes.append(process.wait())
        if sink:
            sink.close()
            if not quiet:
                print(f"{shard.label}: {_summary(shard.log)}")
    return codes


def _rerun_failures(running: list, docs: bool, behave_args: list[str], quiet: bool) -> None:
    """Each failed scenario once more, with a trace: passing the second time it is flaky (the
    report says so); failing again, it failed. The merged results decide the run."""
    reruns = []
    for shard, _process, _sink, urls in running:
        failing = failing_places(shard.results)
        if not failing:
            continue
        again = Shard(shard.index, failing, reports=shard.reports, rerun=True)
        again.results.unlink(missing_ok=True)
        if not quiet:
            print(f"Running {len(failing)} failed scenario(s) of {shard.label} once more")
        reruns.append(_start(again, docs, behave_args, urls, alone=False))
    _wait(reruns, quiet)


def failing_places(results: Path) -> list[str]:
    """'path:line' of each scenario in a run record to try once more."""
    if not results.exists():
        return []
    scenarios = json.loads(results.read_text())["scenarios"]
    return [f"{s['path']}:{s['line']}" for s in scenarios if records.needs_rerun(s)]


def run(
    paths: list[str],
    behave_args: list[str],
    processes: int = 1,
    shard_of: tuple[int, int] | None = None,
    docs: bool = False,
    served: bool = False,
    server_command: list[str] | None = None,
    server_cwd: Path = ROOT,
    reports: Path = REPORTS,
    quiet: bool = False,
    first: tuple[str, ...] = (),
) -> int:
    """Run the shards, build reports/acceptance.html; 0 when every scenario passed. Feature
    files whose path contains one of `first` run before the others in their shard."""
    started = time.monotonic()
    count = shard_of[1] if shard_of else processes
    shards = split(feature_weights(paths), count)
    for shard in shards:
        shard.paths.sort(key=lambda path: not any(part in path for part in first))
    if shard_of:
        shards = [shard for shard in shards if shard.index == shard_of[0]]
    _prepare_reports(reports, keep_other_shards=bool(shard_of))
    for shard in shards:
        shard.reports = reports
        shard.results.unlink(missing_ok=True)

    simulators, running = [], []
    try:
        for shard in shards:
            urls = []
            if served or server_command:
                simulator = ServedSimulator(
                    "--testing",
                    command=server_command,
                    log=reports / "logs" / f"simulator-{shard.index}.txt",
                    cwd=server_cwd,
                )
                simulators.append(simulator)
                urls = ["-D", f"store_url={simulator.store_url}"]
                urls += ["-D", f"console_url={simulator.console_url}"]
            alone = len(shards) == 1 and not quiet
            running.append(_start(shard, docs, behave_args, urls, alone))
        codes = _wait(running, quiet)
        _rerun_failures(running, docs, behave_args, quiet)
    finally:
        for simulator in simulators:
            simulator.stop()

    junit.mark_unrun(reports / "junit")  # what never ran must not read as passed
    record_paths = sorted((reports / "results").glob("*.json"))
    if not record_paths:
        stopped = reports / records.STOPPED
        why = stopped.read_text().strip() if stopped.exists() else "see the output above"
        (reports / report.OUTPUT.name).write_text(report.nothing_ran(why))
        print("No scenario ran.", file=sys.stderr)
        return 1
    output = reports / report.OUTPUT.name
    counts = report.build(record_paths, output, docs=docs)
    wall = time.monotonic() - started
    if not quiet:
        print(
            f"{counts['scenarios']} scenarios: {counts.get('passed', 0)} passed, "
            f"{counts.get('failed', 0)} failed, {counts.get('errors', 0)} errors, "
            f"{counts.get('skipped', 0)} skipped, in "
            f"{len(shards)} process(es), {wall:.0f} s wall time. Report: "
            f"{os.path.relpath(output, ROOT)} ({output.stat().st_size / 1e6:.1f} MB)"
        )
    # A shard's exit code fails the run only when its failures did not pass the second time.
    failed = (
        counts.get("failed", 0)
        or counts.get("errors", 0)
        or (any(c != 0 for c in codes) and not counts.get("flaky", 0))
    )
    return 1 if failed else 0


def failed_scenarios(reports: Path = REPORTS) -> list[str]:
    """'path:line name' of each scenario that did not pass in the last run."""
    return [
        f"{scenario['path']}:{scenario['line']} {scenario['name']}"
        for run in records.runs_in(reports)
        for scenario in run["scenarios"]
        if scenario["status"] in ("failed", "error")
    ]


def _summary(log: Path) -> str:
    lines = [
        line
        for line in log.read_text().splitlines()
        if " scenarios passed" in line or " steps passed" in line
    ]
    return "; ".join(lines[-2:]) or "(no summary; see " + str(log.relative_to(ROOT)) + ")"


def _shard(text: str) -> tuple[int, int]:
    index, _, count = text.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise argparse.ArgumentTypeError("a shard is K/N with 1 <= K <= N, e.g. 2/3")
    return int(index), int(count)


# behave options whose value is the next argument: passed to behave with it.
BEHAVE_VALUE_OPTIONS = {"-D", "--define", "-t", "--tags", "-n", "--name", "-i", "-e", "-k"}


def _split_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """(this runner's arguments, behave's): everything after --, and behave's own options."""
    behave_args = []
    if "--" in argv:
        behave_args = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    ours, tokens = [], iter(argv)
    for token in tokens:
        if token in BEHAVE_VALUE_OPTIONS:
            behave_args += [token, next(tokens, "")]
        else:
            ours.append(token)
    return ours, behave_args


def _external(behave_args: list[str]) -> bool:
    return bool(os.environ.get("STORE_URL")) or any(
        arg.startswith("store_url=") for arg in behave_args
    )


def default_processes() -> int:
    """One shard per core, at most four: a shard uses under a core (it waits on its browser),
    and each one more starts a browser and a simulator of its own."""
    return max(1, min(os.cpu_count() or 1, 4))


def main(argv=None) -> None:
    argv, behave_args = _split_arguments(list(sys.argv[1:] if argv is None else argv))
    parser = argparse.ArgumentParser(
        prog="python -m ats_spec.suite",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", help="feature files or folders (default: features/)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--processes",
        type=int,
        help="shards to run at once (default: one per core, at most 4; 1 against a URL)",
    )
    group.add_argument("--shard", type=_shard, help="run only shard K of N")
    parser.add_argument("--docs", action="store_true", help="the documentation build")
    parser.add_argument(
        "--served", action="store_true", help="drive simulators started as separate processes"
    )
    parser.add_argument("--reports", type=Path, default=REPORTS, help="where to write (reports/)")
    parser.add_argument(
        "--save-timings",
        action="store_true",
        help=f"record each feature's time in {TIMINGS.relative_to(ROOT)} for balancing shards",
    )
    args, unknown = parser.parse_known_args(argv)
    external = _external(unknown + behave_args)
    if args.processes is None:
        args.processes = 1 if external else default_processes()
    if args.processes < 1:
        parser.error("--processes must be 1 or more")
    if args.processes > 1 and external:
        parser.error(
            "shards reset the data they drive: against one external implementation, run "
            "serially (or give each CI machine its own and use --shard K/N)"
        )
    code = run(
        args.paths,
        unknown + behave_args,
        processes=args.processes,
        shard_of=args.shard,
        docs=args.docs,
        served=args.served,
        reports=args.reports.resolve(),
    )
    if args.save_timings:
        saved = save_timings(args.reports.resolve())
        print(f"Recorded the time of {len(saved)} features in {TIMINGS.relative_to(ROOT)}")
    if code:
        for line in failed_scenarios(args.reports.resolve()):
            print(f"  failed: {line}")
    sys.exit(code)


if __name__ == "__main__":
    main()
