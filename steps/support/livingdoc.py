"""Documents generated from the features, for readers who do not run the suite.

    .venv/bin/python -m steps.support.livingdoc      # rewrites docs/rules.md,
                                                     # docs/traceability.md,
                                                     # docs/assumptions.md and docs/steps.md

Each scenario's result comes from docs/last-run.json, which the documentation build
(`.ci/acceptance --docs`) rewrites from its run. tests/test_traceability.py fails when the
committed documents are not what this writes, so they always match the features.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from behave.parser import parse_file

ROOT = Path(__file__).resolve().parents[2]
TRACE_TAG = re.compile(r"^(npo|qrg86)\.")
STATED = re.compile(r"[Dd]ecision|[Aa]ssum|DOMAIN\.md")


@dataclass(frozen=True)
class Scenario:
    path: str  # relative to the repository
    line: int
    feature: str
    name: str
    tags: frozenset[str]
    assumption: str | None  # the line stating it, for @assumption scenarios

    @property
    def trace_ids(self) -> list[str]:
        return sorted(tag for tag in self.tags if TRACE_TAG.match(tag))


def _stated(*descriptions) -> str | None:
    """The first sentence of a description that says which decision an assumption rests on
    (it may run over more than one line)."""
    for description in descriptions:
        lines = [line.strip() for line in description or []]
        for index, line in enumerate(lines):
            if STATED.search(line):
                sentence = []
                for part in lines[index:]:
                    sentence.append(part)
                    if part.endswith("."):
                        break
                return " ".join(sentence)
    return None


def scenarios() -> list[Scenario]:
    """Every scenario of every feature, outlines counted once, in folder order."""
    found = []
    for path in sorted((ROOT / "features").rglob("*.feature")):
        feature = parse_file(str(path))
        groups = [(None, feature.scenarios)] + [(rule, rule.scenarios) for rule in feature.rules]
        for rule, group in groups:
            for scenario in group:
                examples = getattr(scenario, "examples", [])  # an outline's tagged tables
                tags = frozenset(scenario.effective_tags).union(
                    *(example.tags for example in examples)
                )
                found.append(
                    Scenario(
                        path=str(path.relative_to(ROOT)),
                        line=scenario.line,
                        feature=feature.name,
                        name=scenario.name,
                        tags=tags,
                        assumption=_stated(
                            [e.name for e in examples if "assumption" in e.tags],
                            scenario.description,
                            rule.description if rule is not None else None,
                            feature.description,
                        )
                        if "assumption" in tags
                        else None,
                    )
                )
    return sorted(found, key=lambda s: (s.path, s.line))


@cache  # read once per process: the report asks for every tag of every scenario
def trace_id_descriptions() -> dict[str, str]:
    """Trace id -> the article step in a line, as docs/trace-ids.txt lists them."""
    found = {}
    for line in (ROOT / "docs" / "trace-ids.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            trace_id, _, what = line.strip().partition(" ")
            found[trace_id] = what.strip()
    return found


def trace_ids() -> list[str]:
    return list(trace_id_descriptions())


LAST_RUN = ROOT / "docs" / "last-run.json"


@dataclass(frozen=True)
class LastRun:
    """The results of the last documentation build: which run, and each scenario's result."""

    described: str
    results: dict[str, str]  # "path:line" of the scenario as written -> passed, failed, ...

    def result(self, scenario: Scenario) -> str:
        return self.results.get(f"{scenario.path}:{scenario.line}", "not run")

    @classmethod
    def read(cls) -> "LastRun":
        if not LAST_RUN.exists():
            return cls("no documentation build yet", {})
        data = json.loads(LAST_RUN.read_text())
        return cls(data["run"], data["results"])

    def write(self) -> None:
        data = {"run": self.described, "results": dict(sorted(self.results.items()))}
        LAST_RUN.write_text(json.dumps(data, indent=1) + "\n")


def link(scenario: Scenario) -> str:
    return f"[{scenario.name}](../{scenario.path}#L{scenario.line})"


def traceability_markdown(all_scenarios: list[Scenario], last_run: LastRun) -> str:
    lines = [
        "# Traceability: article steps, the scenarios that exercise them, and their results",
        "",
        "Generated from `features/` by `python -m steps.support.livingdoc`; do not edit.",
        "Trace ids and their summaries are in `docs/trace-ids.txt` (the articles' own list is",
        f"`../shared/wiki/README.md`). Results: {last_run.described}.",
        "",
        "| trace id | article step | scenarios (last result) |",
        "| --- | --- | --- |",
    ]
    for trace_id, what in trace_id_descriptions().items():
        covering = [s for s in all_scenarios if trace_id in s.tags]
        cell = "<br>".join(f"{link(s)} ({last_run.result(s)})" for s in covering) or "**none**"
        lines.append(f"| `{trace_id}` | {what.replace('|', '/')} | {cell} |")
    return "\n".join(lines) + "\n"


def assumptions_markdown(all_scenarios: list[Scenario], last_run: LastRun) -> str:
    lines = [
        "# Assumptions: scenarios that rest on a product-owner decision",
        "",
        "Generated from `features/` by `python -m steps.support.livingdoc`; do not edit.",
        "Each `@assumption` scenario, with the line that states what it assumes",
        "(decisions are numbered as in `../shared/DOMAIN.md`), and its result in the last",
        f"documentation build ({last_run.described}).",
        "",
        "| feature | scenario (last result) | assumption |",
        "| --- | --- | --- |",
    ]
    for scenario in all_scenarios:
        if scenario.assumption is not None:
            stated = scenario.assumption.replace("|", "/")
            linked = f"{link(scenario)} ({last_run.result(scenario)})"
            lines.append(f"| {scenario.feature} | {linked} | {stated} |")
    return "\n".join(lines) + "\n"


def _glossary() -> str:
    from steps.support.glossary import glossary_markdown  # imports every step module

    return glossary_markdown()


def _rules() -> str:
    from steps.support.rules import rules_markdown  # the register reads these scenarios

    return rules_markdown(scenarios(), LastRun.read())


DOCUMENTS = {
    "docs/rules.md": _rules,
    "docs/traceability.md": lambda: traceability_markdown(scenarios(), LastRun.read()),
    "docs/assumptions.md": lambda: assumptions_markdown(scenarios(), LastRun.read()),
    "docs/steps.md": _glossary,
}


def write_documents(last_run: LastRun | None = None) -> None:
    """Rewrite the generated documents; given a run's results, record them first."""
    if last_run is not None:
        last_run.write()
    for name, render in DOCUMENTS.items():
        (ROOT / name).write_text(render())
        print(f"wrote {name}")


def main() -> None:
    write_documents()


if __name__ == "__main__":
    main()
