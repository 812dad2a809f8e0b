"""python -m ats_spec.gate: run the acceptance suite against the broken variant of every case of
the rule register and report which scenarios caught each. Fails unless every variant is caught.

    python -m ats_spec.gate                 # each variant against its case's scenarios
                                         # (--tags=@<rule>.<case>.*)
    python -m ats_spec.gate --full          # each variant against the whole suite (slow)
    python -m ats_spec.gate --first         # stop each variant at its first catch (CI)
    python -m ats_spec.gate --only NAME ... # some variants (a rule's: --only 'hold.*')

In every mode the control runs after the variants: each scenario that caught one is run against
the unbroken simulator, with the same waits, and must pass, or no catch means anything. The
variants are served by simulators started as separate processes and driven by URL, as any
implementation would be: each worker is one such server, switched from variant to variant
between runs (ats_spec/gate/serve.py --switchable), and one process that runs behave against it
with one browser kept open (ats_spec/gate/driver.py). What counts as a catch is decided in
ats_spec/records.py: an unmet expectation of a When or Then step of the case's own scenario,
on both tries; anything else is inconclusive. A variant whose simulator answered with a server
error is counted as crashed. Writes reports/gate/summary.md, and for each variant its records
(reports/gate/<variant>/).
"""

import argparse
import fnmatch
import json
import queue
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cache

from ats_spec import livingdoc, records, rules, suite
from ats_spec.gate.driver import DONE
from ats_spec.gate.variants import BY_NAME, UNBROKEN, VARIANTS, Variant
from ats_spec.served import ServedSimulator

GATE = suite.REPORTS / "gate"

# A caught variant spends most of its time waiting for an expectation that never comes true,
# twice (the try and the rerun). The variants are served on this machine and answer within
# milliseconds, so shorter waits than the suite's (5 s, 10 s) are ample; the control runs with
# the same waits and must pass, which shows they are.
SHORT_WAITS = ["-D", "expect_timeout_ms=2000", "-D", "action_timeout_ms=4000"]


@cache  # the features are parsed once per gate run, not once per variant
def _scenarios() -> tuple[livingdoc.Scenario, ...]:
    return tuple(livingdoc.scenarios())


def _paths(cases: list[str], full: bool) -> list[str]:
    prefixes = tuple(f"{case}." for case in cases)
    return sorted(
        {
            scenario.path
            for scenario in _scenarios()
            if full or any(tag.startswith(prefixes) for tag in scenario.tags)
        }
    )


KEYWORDS = {"Given", "When", "Then", "And", "But", "*"}


def _steps(scenario: livingdoc.Scenario) -> int:
    return sum(1 for line in scenario.texts[0].splitlines() if line.split(" ", 1)[0] in KEYWORDS)


def _fewest_steps_first(tag: str) -> list[str]:
    """The scenarios (path:line) that carry the tag, the one of fewest steps first: in --first
    mode the first that catches the variant ends its run, and a short scenario that catches it
    spares the long journey that would too (and the control runs the short one)."""
    carrying = [scenario for scenario in _scenarios() if tag in scenario.tags]
    ordered = sorted(carrying, key=lambda s: (_steps(s), s.path, s.line))
    return [f"{scenario.path}:{scenario.line}" for scenario in ordered]


def variant_job(variant: Variant, full: bool, first: bool) -> dict:
    """What a worker runs for a variant: its case's scenarios, those of the side it breaks
    first (fewest steps first), or the whole suite. Each run is behave's tags and paths."""
    case = variant.case
    if full:
        runs = [{"tags": "not @wip", "paths": _paths([case], full)}]
    elif first:
        runs = [
            {"tags": f"@{tag}", "paths": _fewest_steps_first(tag)}
            for tag in (f"{case}.{variant.side}", f"{case}.{variant.other_side}")
        ]
        runs = [run for run in runs if run["paths"]]
    else:
        runs = [{"tags": variant.tags, "paths": _paths([case], full)}]
    return {
        "variant": variant.name,
        "label": "gate",
        "runs": runs,
        "reports": str(GATE / variant.name),
        "first": first,
    }


def control_jobs(caught: list[dict], parts: int) -> list[dict]:
    """The control: each scenario (or Examples row) that caught a variant, run against the
    unbroken simulator in parts of about equal time for the workers to share. Only a catch
    claims anything, so only the catching scenarios need to pass unbroken."""
    weights = {catch["where"]: catch.get("seconds") or 1.0 for catch in caught}
    return [
        {
            "variant": UNBROKEN.name,
            "label": f"control-{shard.index}",
            "runs": [{"tags": "not @wip", "paths": sorted(shard.paths)}],
            "reports": str(GATE / UNBROKEN.name),
            "first": False,
        }
        for shard in suite.split(weights, parts)
    ]


class Worker:
    """A switchable server and the driver that runs behave against it."""

    def __init__(self, index: int):
        logs = GATE / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        self.server = ServedSimulator(
            "--testing",
            command=[sys.executable, "-m", "ats_spec.gate.serve", "--switchable"],
            log=logs / f"simulator-{index}.txt",
        )
        self.log = open(logs / f"driver-{index}.txt", "w")  # noqa: SIM115 - closed in stop
        self.driver = subprocess.Popen(
            [sys.executable, "-m", "ats_spec.gate.driver", "--server", self.server.base_url]
            + ["--", *SHORT_WAITS],
            cwd=suite.ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )

    def run(self, work: dict) -> None:
        self.driver.stdin.write(json.dumps(work) + "\n")
        self.driver.stdin.flush()
        for line in self.driver.stdout:
            if line.strip() == DONE + work["variant"]:
                return
            self.log.write(line)
        raise RuntimeError(f"The gate's driver stopped: see {self.log.name}")

    def stop(self) -> None:
        self.driver.stdin.close()
        self.driver.wait(timeout=60)
        self.server.stop()
        self.log.close()


def outcome(variant: Variant, seconds: float) -> dict:
    reports = GATE / variant.name
    crashes = sum(
        json.loads(served.read_text())["server_errors"] for served in reports.glob("served-*.json")
    )
    runs = records.runs_in(reports)
    case, side = (None, None) if variant.name == UNBROKEN.name else (variant.case, variant.side)
    caught = records.catches(runs, case, side)
    return {
        "variant": variant.name,
        "side": variant.side,
        "breaks": variant.breaks,
        "scenarios_run": sum(len(run["scenarios"]) for run in runs),
        "caught_by": [] if crashes else caught,
        "failed_with_server_errors": caught if crashes else [],
        "inconclusive": records.inconclusive(runs, case, side),
        "seconds": round(seconds, 1),
    }


def start_workers(count: int) -> list[Worker]:
    with ThreadPoolExecutor(max_workers=count) as pool:  # a server and a browser each
        return list(pool.map(Worker, range(1, count + 1)))


def run_all(workers: list[Worker], jobs: list[dict], tell) -> None:
    """Each job on the first free worker, in the list's order. `tell(name, seconds)` when a
    variant's last job is done, with the seconds spent on it (the control's parts added up)."""
    waiting: queue.Queue = queue.Queue()
    left: dict[str, int] = {}
    for work in jobs:
        waiting.put(work)
        left[work["variant"]] = left.get(work["variant"], 0) + 1
    seconds: dict[str, float] = {}
    lock = threading.Lock()

    def work(worker: Worker) -> None:
        while True:
            try:
                job = waiting.get_nowait()
            except queue.Empty:
                return
            started = time.monotonic()
            worker.run(job)
            name = job["variant"]
            with lock:
                seconds[name] = seconds.get(name, 0) + time.monotonic() - started
                left[name] -= 1
                finished = left[name] == 0
            if finished:
                tell(name, seconds[name])

    with ThreadPoolExecutor(max_workers=len(workers)) as pool:
        for done in [pool.submit(work, worker) for worker in workers]:
            done.result()


SIDES = {
    "refuses": "let through what the case refuses",
    "allows": "refuse or spoil what the case lets through",
}


def per_side(outcomes: list[dict]) -> list[str]:
    """One line per side of the cases: its variants, caught, inconclusive and crashed."""
    lines = []
    for side, what in SIDES.items():
        mine = [outcome for outcome in outcomes if outcome["side"] == side]
        if not mine:
            continue
        caught = sum(1 for o in mine if o["caught_by"])
        crashed = sum(1 for o in mine if o["failed_with_server_errors"])
        unsure = sum(
            1
            for o in mine
            if o["inconclusive"] and not o["caught_by"] and not o["failed_with_server_errors"]
        )
        lines.append(
            f"{side} side ({what}): {len(mine)} variants, {caught} caught, "
            f"{unsure} inconclusive, {crashed} crashed, {len(mine) - caught} not caught"
        )
    return lines


def summary_markdown(outcomes: list[dict], full: bool, first: bool, seconds: float) -> str:
    caught = sum(1 for outcome in outcomes if outcome["caught_by"])
    lines = [
        "# The gate against broken variants",
        "",
        f"{caught} of {len(outcomes)} variants caught in {seconds:.0f} s, each run against "
        + ("the whole suite" if full else "the scenarios of its case, its own side first")
        + (", stopping at the first scenario that caught it." if first else "."),
        "",
        *(f"- {line}" for line in per_side(outcomes)),
        "",
        "| case (variant) | what the variant gets wrong | scenarios run | caught by |",
        "| --- | --- | --- | --- |",
    ]
    for outcome in outcomes:
        by = "<br>".join(
            f"{c['scenario']} (`{c['where']}`, at “{c['step']}”)" for c in outcome["caught_by"]
        )
        if not by and outcome["failed_with_server_errors"]:
            by = "**CRASHED** (server errors)"
        elif not by and outcome["inconclusive"]:
            by = "**INCONCLUSIVE**: " + "; ".join(
                f"`{c['where']}` {c['why']}" for c in outcome["inconclusive"]
            )
        lines.append(
            f"| `{outcome['variant']}` | {outcome['breaks']} "
            f"| {outcome['scenarios_run']} | {by or '**NOT CAUGHT**'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m ats_spec.gate", description=__doc__)
    parser.add_argument("--full", action="store_true", help="the whole suite for each variant")
    parser.add_argument(
        "--first",
        action="store_true",
        help="stop each variant at the first scenario failing a When or Then (not a Given)",
    )
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="these variants (shell patterns: 'hold.*')"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=6,
        help="workers (a server and a browser each) running variants at once (default 6: a "
        "caught variant spends much of its time waiting out an expectation, twice; on two "
        "cores, 582 s with three workers, 402 s with six, 401 s with eight)",
    )
    args = parser.parse_args(argv)
    chosen = VARIANTS
    if args.only:
        chosen = [v for v in VARIANTS if any(fnmatch.fnmatch(v.name, p) for p in args.only)]
        if not chosen:
            parser.error(f"no variant matches {args.only}; one of {sorted(BY_NAME)}")
    started = time.monotonic()
    shutil.rmtree(GATE, ignore_errors=True)
    processes = max(1, args.processes)
    jobs = [variant_job(variant, args.full, args.first) for variant in chosen]
    printing = threading.Lock()
    outcomes_by_name: dict[str, dict] = {}

    def tell(name: str, seconds: float) -> None:
        variant = UNBROKEN if name == UNBROKEN.name else BY_NAME[name]
        outcome_ = outcomes_by_name[name] = outcome(variant, seconds)
        failed = len(outcome_["caught_by"])
        if name == UNBROKEN.name:
            verdict = f"failed {failed}" if failed else "all passed"
        else:
            verdict = f"caught by {failed}" if failed else "NOT CAUGHT"
            if outcome_["failed_with_server_errors"]:
                verdict = "CRASHED (server errors: not a catch)"
        with printing:
            print(
                f"{name}: {verdict} of {outcome_['scenarios_run']} scenarios ({seconds:.0f} s)",
                flush=True,
            )

    workers = start_workers(processes)
    try:
        run_all(workers, jobs, tell)
        # The control: every scenario that caught a variant, nothing broken, in the same run,
        # mode and waits: a catch counts only when its scenario passes unbroken.
        caught = [c for o in outcomes_by_name.values() for c in o["caught_by"]]
        run_all(workers, control_jobs(caught, parts=2 * processes), tell)
    finally:
        for worker in workers:
            worker.stop()
    if UNBROKEN.name not in outcomes_by_name:  # nothing caught: nothing to check
        outcomes_by_name[UNBROKEN.name] = outcome(UNBROKEN, 0)
    baseline = outcomes_by_name[UNBROKEN.name]
    outcomes = [outcomes_by_name[variant.name] for variant in chosen]
    failing = (
        baseline["caught_by"] + baseline["failed_with_server_errors"] + baseline["inconclusive"]
    )
    if failing:
        print(
            "The unbroken simulator failed the variants' features: catches mean nothing.\n"
            + "\n".join(f"  {c['where']} {c['scenario']}" for c in failing),
            file=sys.stderr,
        )
        sys.exit(1)
    GATE.mkdir(parents=True, exist_ok=True)
    spent = time.monotonic() - started
    (GATE / "summary.md").write_text(summary_markdown(outcomes, args.full, args.first, spent))
    (GATE / "summary.json").write_text(json.dumps(outcomes, indent=1))
    missed = [outcome["variant"] for outcome in outcomes if not outcome["caught_by"]]
    # docs/rules-gaps.txt lists the variants not caught yet: the list may only shrink.
    known = rules.variants_not_caught_yet()
    caught_now = sorted(
        name for name in known if name in {o["variant"] for o in outcomes} and name not in missed
    )
    if caught_now:
        print(
            f"Caught now, remove from docs/rules-gaps.txt: {', '.join(caught_now)}", file=sys.stderr
        )
    unexpected = [name for name in missed if name not in known]
    print(
        f"{len(outcomes) - len(missed)} of {len(outcomes)} variants caught "
        f"({len(missed) - len(unexpected)} listed as not caught yet) in "
        f"{spent:.0f} s; see reports/gate/summary.md"
    )
    for line in per_side(outcomes):
        print(f"  {line}")
    if unexpected:
        print(f"NOT CAUGHT: {', '.join(unexpected)}", file=sys.stderr)
    if unexpected or caught_now:
        sys.exit(1)


if __name__ == "__main__":
    main()
