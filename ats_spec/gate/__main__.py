"""python -m ats_spec.gate: run the acceptance suite against the broken variant of every case of
the rule register and report which scenarios caught each. Fails unless every variant is caught.

    python -m ats_spec.gate                 # each variant against its case's scenarios
                                         # (--tags=@<rule>.<case>.*)
    python -m ats_spec.gate --full          # each variant against the whole suite (slow)
    python -m ats_spec.gate --first         # stop each variant at its first catch (CI)
    python -m ats_spec.gate --only NAME ... # some variants (a rule's: --only 'hold.*')

In every mode the control runs beside the variants: the same scenarios against the unbroken
simulator, with the same waits, must all pass, or no catch means anything. The variants are
served by simulators started as separate processes and driven by URL, as any implementation
would be: each worker is one such server, switched from variant to variant between runs
(ats_spec/gate/serve.py --switchable), and one process that runs behave against it with one
browser kept open (ats_spec/gate/driver.py). What counts as a catch is decided in
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


def job(variant: Variant, cases: list[str], full: bool, first: bool) -> dict:
    """What a worker runs for a variant: its case's scenarios (the control: every chosen
    case's), or the whole suite."""
    prefixes = tuple(f"{case}." for case in cases)
    paths = sorted(
        {
            scenario.path
            for scenario in livingdoc.scenarios()
            if full or any(tag.startswith(prefixes) for tag in scenario.tags)
        }
    )
    if full:
        tags = ["not @wip"]
    elif first and len(cases) == 1:  # what it must refuse first: that is what a variant breaks
        tags = [f"@{cases[0]}.refuses", f"@{cases[0]}.allows"]
    else:
        tags = [" or ".join(f"@{case}.*" for case in cases)]
    return {
        "variant": variant.name,
        "tags": tags,
        "paths": paths,
        "reports": str(GATE / variant.name),
        "first": first,
    }


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
    served = reports / "served.json"
    crashes = json.loads(served.read_text())["server_errors"] if served.exists() else 0
    runs = records.runs_in(reports)
    case = None if variant.name == UNBROKEN.name else variant.case
    caught = records.catches(runs, case)
    return {
        "variant": variant.name,
        "breaks": variant.breaks,
        "scenarios_run": sum(len(run["scenarios"]) for run in runs),
        "caught_by": [] if crashes else caught,
        "failed_with_server_errors": caught if crashes else [],
        "inconclusive": records.inconclusive(runs, case),
        "seconds": round(seconds, 1),
    }


def run_all(variants: list[Variant], jobs: dict[str, dict], workers: int, tell) -> list[dict]:
    """Every variant's job on the first free worker; the outcomes in the variants' order."""
    waiting: queue.Queue = queue.Queue()
    for variant in variants:
        waiting.put(variant)
    outcomes: dict[str, dict] = {}

    def work(index: int) -> None:
        worker = Worker(index)
        try:
            while True:
                try:
                    variant = waiting.get_nowait()
                except queue.Empty:
                    return
                started = time.monotonic()
                worker.run(jobs[variant.name])
                outcomes[variant.name] = outcome(variant, time.monotonic() - started)
                tell(variant, outcomes[variant.name])
        finally:
            worker.stop()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done in [pool.submit(work, index) for index in range(1, workers + 1)]:
            done.result()
    return [outcomes[variant.name] for variant in variants]


def summary_markdown(outcomes: list[dict], full: bool, first: bool) -> str:
    caught = sum(1 for outcome in outcomes if outcome["caught_by"])
    lines = [
        "# The gate against broken variants",
        "",
        f"{caught} of {len(outcomes)} variants caught, each run against "
        + ("the whole suite" if full else "the features that exercise its rule")
        + (", stopping at the first scenario that caught it." if first else "."),
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
        "--first", action="store_true", help="stop each variant at the first scenario it fails"
    )
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="these variants (shell patterns: 'hold.*')"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=2,
        help="workers (a server and a browser each) running variants at once (default 2)",
    )
    args = parser.parse_args(argv)
    chosen = VARIANTS
    if args.only:
        chosen = [v for v in VARIANTS if any(fnmatch.fnmatch(v.name, p) for p in args.only)]
        if not chosen:
            parser.error(f"no variant matches {args.only}; one of {sorted(BY_NAME)}")
    started = time.monotonic()
    shutil.rmtree(GATE, ignore_errors=True)
    jobs = {v.name: job(v, [v.case], args.full, args.first) for v in chosen}
    # The control runs every scenario the chosen variants run, nothing broken, and never stops
    # early: each of them must pass.
    cases = sorted({variant.case for variant in chosen})
    jobs[UNBROKEN.name] = job(UNBROKEN, cases, args.full, first=False)
    printing = threading.Lock()

    def tell(variant: Variant, outcome: dict) -> None:
        failed = len(outcome["caught_by"])
        if variant.name == UNBROKEN.name:
            verdict = f"failed {failed}" if failed else "all passed"
        else:
            verdict = f"caught by {failed}" if failed else "NOT CAUGHT"
            if outcome["failed_with_server_errors"]:
                verdict = "CRASHED (server errors: not a catch)"
        with printing:
            print(
                f"{variant.name}: {verdict} of {outcome['scenarios_run']} scenarios "
                f"({outcome['seconds']:.0f} s)",
                flush=True,
            )

    # The control runs first, in the same run, mode and waits: a catch counts only when the
    # same scenarios pass against the unbroken simulator.
    baseline, *outcomes = run_all([UNBROKEN, *chosen], jobs, max(1, args.processes), tell)
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
    (GATE / "summary.md").write_text(summary_markdown(outcomes, args.full, args.first))
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
        f"{time.monotonic() - started:.0f} s; see reports/gate/summary.md"
    )
    if unexpected:
        print(f"NOT CAUGHT: {', '.join(unexpected)}", file=sys.stderr)
    if unexpected or caught_now:
        sys.exit(1)


if __name__ == "__main__":
    main()
