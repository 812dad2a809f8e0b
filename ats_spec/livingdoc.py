"""Documents generated from the features, for readers who do not run the suite.

    .venv/bin/ats-spec docs      # rewrites docs/procedures.md, docs/rules.md,
                                 # docs/traceability.md, docs/assumptions.md and docs/steps.md

docs/ holds only what follows from the sources, so it changes only when they do; the
documentation build (`.ci/acceptance --docs`) writes the same documents with each scenario's
result of its run to reports/docs/. tests/test_traceability.py fails when the committed
documents are not what this writes, so they always match the features.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from behave.parser import parse_file

from ats_spec import sentences

ROOT = Path(__file__).resolve().parents[1]
TRACE_TAG = re.compile(r"^(npo|qrg86)\.")
STATED = re.compile(r"[Dd]ecision|[Aa]ssum|DOMAIN\.md|[Ii]nvented")


@dataclass(frozen=True)
class Scenario:
    path: str  # relative to the repository
    line: int
    feature: str
    name: str
    tags: frozenset[str]
    assumption: str | None  # the line stating it, for @assumption scenarios
    # what each run of it carries: one tag set per Examples table of an outline (the
    # outline's own tags with the table's), or the scenario's tags alone
    runs: tuple[frozenset[str], ...] = ()
    # the words each run reads: its background's and its own steps, with their tables and
    # text blocks, and for an outline its Examples table; parallel to runs
    texts: tuple[str, ...] = ()

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


def _step_text(steps) -> list[str]:
    lines = []
    for step in steps:
        lines.append(f"{step.keyword} {step.name}")
        if step.table is not None:
            lines += [" | ".join(step.table.headings)]
            lines += [" | ".join(row.cells) for row in step.table.rows]
        if step.text:
            lines.append(step.text)
    return lines


def _texts(feature, rule, scenario, examples) -> tuple[str, ...]:
    backgrounds = [feature.background, rule.background if rule is not None else None]
    steps = _step_text([s for b in backgrounds if b is not None for s in b.steps])
    steps += _step_text(scenario.steps)
    tables = [
        [" | ".join(example.table.headings)] + [" | ".join(r.cells) for r in example.table.rows]
        for example in examples
    ]
    return tuple("\n".join(steps + table) for table in tables) or ("\n".join(steps),)


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
                        runs=tuple(
                            frozenset(scenario.effective_tags).union(example.tags)
                            for example in examples
                        )
                        or (tags,),
                        texts=_texts(feature, rule, scenario, examples),
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


RUN_DOCS = ROOT / "reports" / "docs"  # the documents with a run's results


@dataclass(frozen=True)
class LastRun:
    """A documentation build's results: which run, and each scenario's result. NO_RUN, for
    the committed documents, shows none."""

    described: str
    # "path:line" of the scenario as written -> passed, failed, ...; and "path:line@tag" -> the
    # result of only the example rows that carry the tag (an Examples block may have its own).
    results: dict[str, str]

    def result(self, scenario: Scenario, tag: str | None = None) -> str:
        where = f"{scenario.path}:{scenario.line}"
        return self.results.get(f"{where}@{tag}", self.results.get(where, "not run"))

    def annotate(self, scenario: Scenario, tag: str | None = None) -> str:
        """The result after a scenario's link, such as " (passed)"; nothing in docs/."""
        return "" if self is NO_RUN else f" ({self.result(scenario, tag)})"

    def write(self, folder: Path) -> None:
        data = {"run": self.described, "results": dict(sorted(self.results.items()))}
        (folder / "last-run.json").write_text(json.dumps(data, indent=1) + "\n")


NO_RUN = LastRun(
    "not kept here (the documentation build, `.ci/acceptance --docs`, writes these documents "
    "with each scenario's result to `reports/docs/`)",
    {},
)


def link(scenario: Scenario, last_run: LastRun | None = None) -> str:
    """A link to the scenario as written; with a run, its result after it."""
    annotated = last_run.annotate(scenario) if last_run is not None else ""
    return f"[{scenario.name}](../{scenario.path}#L{scenario.line}){annotated}"


def traceability_markdown(all_scenarios: list[Scenario], last_run: LastRun) -> str:
    lines = [
        "# Traceability: article steps, the scenarios that exercise them, and their results",
        "",
        "Generated from `features/` by `ats-spec docs`; do not edit.",
        "Trace ids and their summaries are in `docs/trace-ids.txt` (the articles' own list is",
        f"`../shared/wiki/README.md`). Results: {last_run.described}.",
        "",
        "| trace id | article step | scenarios |",
        "| --- | --- | --- |",
    ]
    for trace_id, what in trace_id_descriptions().items():
        covering = [s for s in all_scenarios if trace_id in s.tags]
        cell = (
            "<br>".join(f"{link(s)}{last_run.annotate(s, trace_id)}" for s in covering)
            or "**none**"
        )
        lines.append(f"| `{trace_id}` | {what.replace('|', '/')} | {cell} |")
    lines += ["", sentences.sentences_markdown(all_scenarios, lambda s: link(s, last_run))]
    return "\n".join(lines)


def procedures_markdown(all_scenarios: list[Scenario], last_run: LastRun) -> str:
    """The two articles' procedures, step by step in the articles' order, each step with the
    walkthrough scenarios (features tagged @walkthrough) that do it and, after a run, their
    results."""
    results = last_run is not NO_RUN
    lines = [
        "# Procedures: the two articles step by step, as the walkthroughs do them",
        "",
        "Generated from the walkthrough features (`features/**/walkthrough_*.feature`, tagged",
        "`@walkthrough`) and `docs/trace-ids.txt` by `ats-spec docs`; do not edit. Start here if",
        "you are new to the CSR team: each article's steps in the article's order, each said in",
        "a line of this project's words, with the walkthrough that does it: one order followed in",
        "a real browser from start to end. The capability features beside each walkthrough hold",
        "each step's rules and refusals; [traceability.md](traceability.md) lists every scenario",
        "of every step, and every sentence of the articles with the scenarios that prove it.",
        f"Results: {last_run.described}.",
    ]
    for article, title in sentences.TITLES.items():
        steps = [t for t in trace_id_descriptions() if t.startswith(f"{article}.")]
        first = {
            s: min(steps.index(t) for t in s.tags if t in steps)
            for s in all_scenarios
            if "walkthrough" in s.tags and s.tags & set(steps)
        }
        walkthroughs = sorted(first, key=lambda s: (first[s], s.path, s.line))
        lines += ["", f"## {title}", ""]
        lines += [f"{n}. {link(s)}" for n, s in enumerate(walkthroughs, 1)]
        lines += [
            "",
            "| step | what happens | walkthrough |" + (" last result |" if results else ""),
            "| --- | --- | --- |" + (" --- |" if results else ""),
        ]
        for trace_id in steps:
            cells = [f"`{trace_id}`", trace_id_descriptions()[trace_id].replace("|", "/")]
            doing = [(n, s) for n, s in enumerate(walkthroughs, 1) if trace_id in s.tags]
            others = sum(1 for s in all_scenarios if trace_id in s.tags)
            cells.append(
                ", ".join(f"[{n}](../{s.path}#L{s.line})" for n, s in doing)
                or f"no walkthrough yet; [{others} other scenarios](traceability.md)"
            )
            if results:
                said = [last_run.result(s, trace_id) for _, s in doing]
                cells.append(", ".join("not run yet" if r == "not run" else r for r in said))
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def assumptions_markdown(all_scenarios: list[Scenario], last_run: LastRun) -> str:
    lines = [
        "# Assumptions: scenarios that rest on a product-owner decision",
        "",
        "Generated from `features/` by `ats-spec docs`; do not edit.",
        "Each `@assumption` scenario, with the line that states what it assumes",
        "(decisions are numbered as in `../shared/DOMAIN.md`). Results:",
        f"{last_run.described}.",
        "",
        "| feature | scenario | assumption |",
        "| --- | --- | --- |",
    ]
    for scenario in all_scenarios:
        if scenario.assumption is not None:
            stated = scenario.assumption.replace("|", "/")
            linked = f"{link(scenario)}{last_run.annotate(scenario)}"
            lines.append(f"| {scenario.feature} | {linked} | {stated} |")
    return "\n".join(lines) + "\n"


def _glossary() -> str:
    from ats_spec.glossary import glossary_markdown  # imports every step module

    return glossary_markdown()


def _rules(last_run: LastRun) -> str:
    from ats_spec.rules import rules_markdown  # the register reads these scenarios

    return rules_markdown(scenarios(), last_run)


DOCUMENTS = {
    "procedures.md": lambda last_run: procedures_markdown(scenarios(), last_run),
    "rules.md": _rules,
    "traceability.md": lambda last_run: traceability_markdown(scenarios(), last_run),
    "assumptions.md": lambda last_run: assumptions_markdown(scenarios(), last_run),
    "steps.md": lambda last_run: _glossary(),
}


def write_documents(last_run: LastRun = NO_RUN, folder: Path | None = None) -> Path:
    """The documents from the sources into docs/; given a run's results, the same documents
    with them (and the results) into the run's reports folder, docs/ in it (reports/docs/ by
    default). Returns the folder written."""
    folder = folder or (ROOT / "docs" if last_run is NO_RUN else RUN_DOCS)
    folder.mkdir(parents=True, exist_ok=True)
    if last_run is not NO_RUN:
        last_run.write(folder)
    for name, render in DOCUMENTS.items():
        (folder / name).write_text(render(last_run))
        written = folder / name
        print(f"wrote {written.relative_to(ROOT) if written.is_relative_to(ROOT) else written}")
    return folder


def main(argv=None) -> None:
    write_documents()


if __name__ == "__main__":
    main()
