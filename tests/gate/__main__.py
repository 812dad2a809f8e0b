"""python -m tests.gate: run the acceptance suite against every broken variant and report which
scenarios caught each. Fails unless every variant is caught.

    python -m tests.gate                 # each variant against the features of its rule,
                                         # after the control: all of them green, unbroken
    python -m tests.gate --full          # each variant against the whole suite (slow)
    python -m tests.gate --first         # stop each variant at its first catch (CI)
    python -m tests.gate --only NAME ... # some variants

Each variant is served as a separate process (tests/gate/serve.py) and driven by URL, as any
implementation would be. Writes reports/gate/summary.md, and for each variant its report
(reports/gate/<variant>/acceptance.html).
"""

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from steps.support import suite
from tests.gate.variants import BY_NAME, UNBROKEN, VARIANTS, Variant

GATE = suite.REPORTS / "gate"


def caught_by(reports: Path) -> list[dict]:
    """The scenarios that failed in a run: the ones that caught the variant."""
    caught = []
    for path in sorted((reports / "results").glob("*.json")):
        for scenario in json.loads(path.read_text())["scenarios"]:
            if scenario["status"] in ("failed", "error"):
                failing = next(s for s in scenario["steps"] if s["status"] in ("failed", "error"))
                caught.append(
                    {
                        "scenario": scenario["name"],
                        "where": f"{scenario['path']}:{scenario['line']}",
                        "step": f"{failing['keyword']} {failing['name']}",
                    }
                )
    return caught


def ran(reports: Path) -> int:
    return sum(
        len(json.loads(path.read_text())["scenarios"])
        for path in (reports / "results").glob("*.json")
    )


def run_variant(variant: Variant, full: bool, first: bool) -> dict:
    reports = GATE / variant.name
    started = time.monotonic()
    suite.run(
        [] if full else list(variant.features),
        ["--stop"] if first else [],
        server_command=[sys.executable, "-m", "tests.gate.serve", variant.name],
        reports=reports,
        quiet=True,
    )
    return {
        "variant": variant.name,
        "rule": variant.rule,
        "trace": variant.trace,
        "scenarios_run": ran(reports),
        "caught_by": caught_by(reports),
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
        "| variant | rule it breaks | article step | scenarios run | caught by |",
        "| --- | --- | --- | --- | --- |",
    ]
    for outcome in outcomes:
        by = "<br>".join(
            f"{c['scenario']} (`{c['where']}`, at “{c['step']}”)" for c in outcome["caught_by"]
        )
        lines.append(
            f"| `{outcome['variant']}` | {outcome['rule']} | `{outcome['trace']}` "
            f"| {outcome['scenarios_run']} | {by or '**NOT CAUGHT**'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.gate", description=__doc__)
    parser.add_argument("--full", action="store_true", help="the whole suite for each variant")
    parser.add_argument(
        "--first", action="store_true", help="stop each variant at the first scenario it fails"
    )
    parser.add_argument("--only", nargs="+", choices=sorted(BY_NAME), help="these variants")
    parser.add_argument(
        "--processes",
        type=int,
        default=3,
        help="variants run at once, each with its own server (default 3: a caught variant "
        "spends much of its time waiting out a failed expectation, which overlaps well)",
    )
    args = parser.parse_args(argv)
    chosen = [BY_NAME[name] for name in args.only] if args.only else VARIANTS
    started = time.monotonic()

    def run_and_tell(variant: Variant) -> dict:
        outcome = run_variant(variant, args.full, args.first)
        failed = len(outcome["caught_by"])
        if variant.name == UNBROKEN.name:
            verdict = f"failed {failed}" if failed else "all passed"
        else:
            verdict = f"caught by {failed}" if failed else "NOT CAUGHT"
        print(
            f"{variant.name}: {verdict} of {outcome['scenarios_run']} scenarios "
            f"({outcome['seconds']:.0f} s)",
            flush=True,
        )
        return outcome

    # The control runs alongside, unless stopping at first catches (CI, where the whole suite
    # has just passed against the unbroken simulator served the same way).
    features = tuple(sorted({path for variant in chosen for path in variant.features}))
    control = [] if args.first or args.full else [replace(UNBROKEN, features=features)]
    with ThreadPoolExecutor(max_workers=max(1, args.processes)) as pool:
        outcomes = list(pool.map(run_and_tell, control + chosen))  # in the list's order
    if control:
        baseline, outcomes = outcomes[0], outcomes[1:]
        if baseline["caught_by"]:
            print(
                "The unbroken simulator failed the variants' features: catches mean nothing.\n"
                + "\n".join(f"  {c['where']} {c['scenario']}" for c in baseline["caught_by"]),
                file=sys.stderr,
            )
            sys.exit(1)
    GATE.mkdir(parents=True, exist_ok=True)
    (GATE / "summary.md").write_text(summary_markdown(outcomes, args.full, args.first))
    (GATE / "summary.json").write_text(json.dumps(outcomes, indent=1))
    missed = [outcome["variant"] for outcome in outcomes if not outcome["caught_by"]]
    print(
        f"{len(outcomes) - len(missed)} of {len(outcomes)} variants caught in "
        f"{time.monotonic() - started:.0f} s; see reports/gate/summary.md"
    )
    if missed:
        print(f"NOT CAUGHT: {', '.join(missed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
