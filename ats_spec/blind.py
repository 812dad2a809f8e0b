"""ats-spec blind: the whole acceptance suite against each blind bug of tests/blind/bugs/, and
how many it catches.

A blind bug is a realistic slip in the simulator written as a patch by someone who had not read
the features or the steps (tests/blind/README.md). Each is applied to a copy of the simulator,
served as a separate process and driven by URL, as any implementation would be; the suite
stops at the first scenario that fails a When or Then step's expectation (not at a Given that
could not set the scene: a later scenario may still catch the bug). A bug counts as caught
only when a scenario fails on its second try too (a flaky failure is no catch) against a
server that logged no error.

    ats-spec blind                    # every bug; prints "caught K of N"
    ats-spec blind --only '2*'        # some bugs (shell patterns on their names)
"""

import argparse
import fnmatch
import json
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ats_spec import records, suite

ROOT = suite.ROOT
BUGS = ROOT / "tests" / "blind" / "bugs"
OUT = suite.REPORTS / "blind"
# What a patched copy needs to serve: the simulator and the seed it starts from.
SERVED_TREES = ("simulator", "fixtures")
# The journeys checked whole for every party catch most bugs: with --stop, run them first.
JOURNEYS = ("every_party_sees", "two_repair_orders", "every_way_a_masquerade", "who_sees")


def bugs(patterns: list[str] | None = None) -> list[Path]:
    found = sorted(BUGS.glob("*.patch"))
    if patterns:
        found = [p for p in found if any(fnmatch.fnmatch(p.stem, x) for x in patterns)]
    return found


def patched_copy(patch: Path, into: Path) -> Path:
    """The simulator with the bug in it, in a folder of its own; fails if the patch is stale."""
    for tree in SERVED_TREES:
        shutil.copytree(ROOT / tree, into / tree, ignore=shutil.ignore_patterns("__pycache__"))
    applied = subprocess.run(
        ["git", "apply", "--unsafe-paths", str(patch)], cwd=into, capture_output=True, text=True
    )
    if applied.returncode:
        raise RuntimeError(f"{patch.name} no longer applies: {applied.stderr.strip()}")
    return into


def run_bug(patch: Path) -> dict:
    reports = OUT / patch.stem
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ats-blind-") as folder:
        tree = patched_copy(patch, Path(folder))
        suite.run(
            [],
            ["-D", f"stop={records.STOP_AT_A_CATCH}"],  # the suite's own waits, too
            server_command=[sys.executable, "-m", "simulator"],
            server_cwd=tree,
            reports=reports,
            quiet=True,
            first=JOURNEYS,
        )
    crashes = records.server_errors(reports)
    runs = records.runs_in(reports)
    return {
        "bug": patch.stem,
        "caught_by": [] if crashes else records.catches(runs),
        "server_errors": crashes,
        "errors": [f"{o['where']} ({o['why']})" for o in records.inconclusive(runs)],
        "seconds": round(time.monotonic() - started, 1),
    }


def summary(outcomes: list[dict]) -> str:
    caught = sum(1 for o in outcomes if o["caught_by"])
    lines = [
        "# The suite against the blind bugs",
        "",
        f"caught {caught} of {len(outcomes)}",
        "",
        "| bug | caught by |",
        "| --- | --- |",
    ]
    for o in outcomes:
        by = "<br>".join(
            f"{c['scenario']} (`{c['where']}`, at “{c['step']}”)" for c in o["caught_by"]
        )
        if not by and o["server_errors"]:
            by = f"**CRASHED** ({o['server_errors']} server errors)"
        elif not by and o["errors"]:
            by = f"**NOT MEASURED** (inconclusive: {'; '.join(o['errors'])})"
        lines.append(f"| `{o['bug']}` | {by or '**NOT CAUGHT**'} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="ats-spec blind", description=__doc__)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these bugs (shell patterns)")
    parser.add_argument(
        "--processes", type=int, default=2, help="bugs run at once, each with its own server"
    )
    args = parser.parse_args(argv)
    chosen = bugs(args.only)
    if not chosen:
        parser.error(f"no bug in {BUGS.relative_to(ROOT)} matches {args.only}")
    started = time.monotonic()

    def run_and_tell(patch: Path) -> dict:
        outcome = run_bug(patch)
        if outcome["server_errors"]:
            verdict = f"CRASHED ({outcome['server_errors']} server errors: not a catch)"
        elif outcome["caught_by"]:
            first = outcome["caught_by"][0]
            verdict = f"caught by {first['where']} at “{first['step']}”"
        elif outcome["errors"]:
            verdict = f"NOT MEASURED (inconclusive): {'; '.join(outcome['errors'])}"
        else:
            verdict = "NOT CAUGHT"
        print(f"{patch.stem}: {verdict} ({outcome['seconds']:.0f} s)", flush=True)
        return outcome

    with ThreadPoolExecutor(max_workers=max(1, args.processes)) as pool:
        outcomes = list(pool.map(run_and_tell, chosen))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "summary.md").write_text(summary(outcomes))
    (OUT / "summary.json").write_text(json.dumps(outcomes, indent=1))
    caught = sum(1 for o in outcomes if o["caught_by"])
    print(
        f"caught {caught} of {len(outcomes)} in {time.monotonic() - started:.0f} s; "
        "see reports/blind/summary.md"
    )
    if caught < len(outcomes):
        sys.exit(1)


if __name__ == "__main__":
    main()
