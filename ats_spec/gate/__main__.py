"""python -m ats_spec.gate: run the acceptance suite against the broken variant of every case of
the rule register and report which scenarios caught each. Fails unless every variant is caught.

    python -m ats_spec.gate                 # each variant against its case's scenarios
                                         # (--tags=@<rule>.<case>.*)
    python -m ats_spec.gate --full          # each variant against the whole suite (slow)
    python -m ats_spec.gate --first         # stop each variant at its first catch (CI)
    python -m ats_spec.gate --only NAME ... # some variants (a rule's: --only 'hold.*')

In every mode the control runs beside the variants: the same scenarios against the unbroken
simulator, with the same waits, must all pass, or no catch means anything. Each variant is
served as a separate process (ats_spec/gate/serve.py) and driven by URL, as any implementation
would be. What counts as a catch is decided in ats_spec/records.py: an unmet expectation of a
When or Then step of the case's own scenario, on both tries; anything else is inconclusive. A
variant whose simulator answered with a server error is counted as crashed. Writes
reports/gate/summary.md, and for each variant its report (reports/gate/<variant>/).
"""

import argparse
import fnmatch
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ats_spec import records, rules, suite
from ats_spec.gate.variants import BY_NAME, UNBROKEN, VARIANTS, Variant

GATE = suite.REPORTS / "gate"

# A caught variant spends most of its time waiting for an expectation that never comes true,
# twice (the try and the rerun). The variants are served on this machine and answer within
# milliseconds, so shorter waits than the suite's (5 s, 10 s) are ample; the control runs with
# the same waits and must pass, which shows they are.
SHORT_WAITS = ["-D", "expect_timeout_ms=2000", "-D", "action_timeout_ms=4000"]


def ran(reports: Path) -> int:
    return sum(len(run["scenarios"]) for run in records.runs_in(reports))


def run_variant(variant: Variant, tags: str, full: bool, first: bool) -> dict:
    reports = GATE / variant.name
    started = time.monotonic()
    suite.run(
        [],
        ([] if full else [f"--tags={tags}"]) + (["--stop"] if first else []) + SHORT_WAITS,
        server_command=[sys.executable, "-m", "ats_spec.gate.serve", variant.name],
        reports=reports,
        quiet=True,
    )
    crashes = records.server_errors(reports)
    runs = records.runs_in(reports)
    case = None if variant.name == UNBROKEN.name else variant.case
    caught = records.catches(runs, case)
    return {
        "variant": variant.name,
        "breaks": variant.breaks,
        "scenarios_run": ran(reports),
        "caught_by": [] if crashes else caught,
        "failed_with_server_errors": caught if crashes else [],
        "inconclusive": records.inconclusive(runs, case),
        "seconds": round(time.monotonic() - started, 1),
    }


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
        default=4,
        help="variants run at once, each with its own server (default 4: a caught variant "
        "spends much of its time waiting out a failed expectation, which overlaps well)",
    )
    args = parser.parse_args(argv)
    chosen = VARIANTS
    if args.only:
        chosen = [v for v in VARIANTS if any(fnmatch.fnmatch(v.name, p) for p in args.only)]
        if not chosen:
            parser.error(f"no variant matches {args.only}; one of {sorted(BY_NAME)}")
    started = time.monotonic()

    # The control runs every scenario the chosen variants run, nothing broken.
    everything = " or ".join(sorted({variant.tags for variant in chosen}))

    def run_and_tell(variant: Variant) -> dict:
        tags = everything if variant.name == UNBROKEN.name else variant.tags
        outcome = run_variant(variant, tags, args.full, args.first)
        failed = len(outcome["caught_by"])
        if variant.name == UNBROKEN.name:
            verdict = f"failed {failed}" if failed else "all passed"
        else:
            verdict = f"caught by {failed}" if failed else "NOT CAUGHT"
            if outcome["failed_with_server_errors"]:
                verdict = "CRASHED (server errors: not a catch)"
        print(
            f"{variant.name}: {verdict} of {outcome['scenarios_run']} scenarios "
            f"({outcome['seconds']:.0f} s)",
            flush=True,
        )
        return outcome

    # The control runs alongside, in the same mode and with the same waits: a catch counts only
    # when the same scenarios pass against the unbroken simulator in this very run.
    with ThreadPoolExecutor(max_workers=max(1, args.processes)) as pool:
        baseline, *outcomes = pool.map(run_and_tell, [UNBROKEN, *chosen])  # in the list's order
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
