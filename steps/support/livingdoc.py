"""Documents generated from the features, for readers who do not run the suite.

    .venv/bin/python -m steps.support.livingdoc      # rewrites docs/traceability.md and
                                                     # docs/assumptions.md

tests/test_traceability.py fails when the committed documents are not what this writes, so
they always match the features.
"""

import re
from dataclasses import dataclass
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


def trace_ids() -> list[str]:
    lines = (ROOT / "docs" / "trace-ids.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _link(scenario: Scenario) -> str:
    return f"[{scenario.name}](../{scenario.path}#L{scenario.line})"


def traceability_markdown(all_scenarios: list[Scenario]) -> str:
    lines = [
        "# Traceability: article steps and the scenarios that exercise them",
        "",
        "Generated from `features/` by `python -m steps.support.livingdoc`; do not edit.",
        "Trace ids are listed in `docs/trace-ids.txt` and described in `../shared/wiki/README.md`.",
        "",
        "| trace id | scenarios |",
        "| --- | --- |",
    ]
    for trace_id in trace_ids():
        covering = [s for s in all_scenarios if trace_id in s.tags]
        cell = "<br>".join(_link(s) for s in covering) or "**none**"
        lines.append(f"| `{trace_id}` | {cell} |")
    return "\n".join(lines) + "\n"


def assumptions_markdown(all_scenarios: list[Scenario]) -> str:
    lines = [
        "# Assumptions: scenarios that rest on a product-owner decision",
        "",
        "Generated from `features/` by `python -m steps.support.livingdoc`; do not edit.",
        "Each `@assumption` scenario, with the line that states what it assumes",
        "(decisions are numbered as in `../shared/DOMAIN.md`).",
        "",
        "| feature | scenario | assumption |",
        "| --- | --- | --- |",
    ]
    for scenario in all_scenarios:
        if scenario.assumption is not None:
            stated = scenario.assumption.replace("|", "/")
            lines.append(f"| {scenario.feature} | {_link(scenario)} | {stated} |")
    return "\n".join(lines) + "\n"


DOCUMENTS = {
    "docs/traceability.md": traceability_markdown,
    "docs/assumptions.md": assumptions_markdown,
}


def main() -> None:
    all_scenarios = scenarios()
    for name, render in DOCUMENTS.items():
        (ROOT / name).write_text(render(all_scenarios))
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
