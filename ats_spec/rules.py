"""The rule register: docs/rules.yaml read into rules and cases, the scenarios that cover each
side of each case (by their @<rule>.<case>.<side> tags), and docs/rules.md written from both.

    .venv/bin/ats-spec docs    # rewrites docs/rules.md with the others
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ats_spec import livingdoc

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "docs" / "rules.yaml"
GAPS = ROOT / "docs" / "rules-gaps.txt"
SIDES = ("allows", "refuses")
CASE_TAG = re.compile(
    r"^(?P<rule>[a-z][a-z0-9-]*)\.(?P<case>[a-z0-9-]+)\.(?P<side>allows|refuses)$"
)


@dataclass(frozen=True)
class Case:
    rule: str
    id: str
    case: str
    allows: str
    refuses: str | None
    one_sided: str | None  # why a case has no refusing side
    touches: tuple[tuple[str, str], ...] = ()  # (side, pattern) its scenarios' words must match

    @property
    def key(self) -> str:
        return f"{self.rule}.{self.id}"

    @property
    def sides(self) -> tuple[str, ...]:
        return ("allows",) if self.one_sided else SIDES

    def tag(self, side: str) -> str:
        return f"{self.key}.{side}"

    def subject(self, side: str) -> re.Pattern:
        return re.compile(dict(self.touches)[side], re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    id: str
    rule: str
    source: tuple[str, ...]
    cases: tuple[Case, ...]


def _touches(entry) -> tuple[tuple[str, str], ...]:
    if entry is None:
        return ()
    if isinstance(entry, str):
        return tuple((side, entry) for side in SIDES)
    return tuple(sorted(entry.items()))


@cache
def register() -> tuple[Rule, ...]:
    rules = []
    for entry in yaml.safe_load(REGISTER.read_text()):
        cases = tuple(
            Case(
                rule=entry["id"],
                id=case["id"],
                case=case["case"],
                allows=case["allows"],
                refuses=case.get("refuses"),
                one_sided=case.get("one-sided"),
                touches=_touches(case.get("touches")),
            )
            for case in entry["cases"]
        )
        rules.append(Rule(entry["id"], entry["rule"], tuple(entry["source"]), cases))
    return tuple(rules)


def cases() -> list[Case]:
    return [case for rule in register() for case in rule.cases]


def case_tags(tags) -> set[str]:
    return {tag for tag in tags if CASE_TAG.match(tag)}


def covering(scenarios: list[livingdoc.Scenario]) -> dict[str, list[livingdoc.Scenario]]:
    """Case tag -> the scenarios that carry it."""
    found: dict[str, list[livingdoc.Scenario]] = {}
    for scenario in scenarios:
        for tag in case_tags(scenario.tags):
            found.setdefault(tag, []).append(scenario)
    return found


def _gap_lines() -> set[str]:
    if not GAPS.exists():
        return set()
    return {
        line.split("#")[0].strip()
        for line in GAPS.read_text().splitlines()
        if line.split("#")[0].strip()
    }


def known_gaps() -> set[str]:
    """Case sides the register names that no scenario covers yet, listed on purpose so that the
    list can only shrink (tests/test_rules.py fails when it is wrong either way)."""
    return {line for line in _gap_lines() if line.endswith((".allows", ".refuses"))}


def variants_not_caught_yet() -> set[str]:
    """Variants the gate does not catch yet (cases whose scenarios are still to be written)."""
    return {line.removesuffix(".uncaught") for line in _gap_lines() if line.endswith(".uncaught")}


def sides_without_variant() -> set[str]:
    """Case sides (<rule>.<case>.<side>) listed in the gaps file as having no broken variant in
    the gate yet."""
    return {line.removesuffix(".variant") for line in _gap_lines() if line.endswith(".variant")}


def sides_on_one_cover(scenarios: list[livingdoc.Scenario]) -> set[str]:
    """Cases whose two sides are tried only together: no scenario (or Examples table of an
    outline) tries one side without also carrying the other's tag, so a suite that broke
    only one side's check could never be told from one that broke both."""
    runs = [run for scenario in scenarios for run in scenario.runs]
    shared = set()
    for case in cases():
        if case.one_sided:
            continue
        allows, refuses = case.tag("allows"), case.tag("refuses")
        alone = {
            side
            for side, other in ((allows, refuses), (refuses, allows))
            if any(side in run and other not in run for run in runs)
        }
        tried = {side for side in (allows, refuses) if any(side in run for run in runs)}
        if tried == {allows, refuses} and alone != tried:
            shared.add(case.key)
    return shared


def sides_on_one_cover_yet() -> set[str]:
    """Cases listed in the gaps file as still tried on both sides by the same scenarios."""
    return {line.removesuffix(".shared") for line in _gap_lines() if line.endswith(".shared")}


def tags_without_substance(scenarios: list[livingdoc.Scenario]) -> set[str]:
    """`<case tag> <path>:<line>` for each scenario (or Examples table) carrying a case side's
    tag whose words never name what that side is about (its `touches:` pattern): a tag on a
    scenario that does not exercise its case."""
    found = set()
    for case in cases():
        for side in case.sides:
            tag, subject = case.tag(side), case.subject(side)
            for scenario in scenarios:
                for run, text in zip(scenario.runs, scenario.texts, strict=True):
                    if tag in run and not subject.search(text):
                        found.add(f"{tag} {scenario.path}:{scenario.line}")
    return found


def uncovered(scenarios: list[livingdoc.Scenario]) -> set[str]:
    tags = covering(scenarios)
    return {case.tag(side) for case in cases() for side in case.sides if case.tag(side) not in tags}


def _cell(text: str | None, tag: str, tags: dict, last_run: livingdoc.LastRun) -> str:
    if text is None:
        return "—"
    found = tags.get(tag, [])
    listed = (
        "<br>".join(f"{livingdoc.link(s)}{last_run.annotate(s, tag)}" for s in found)
        or "**no scenario yet**"
    )
    return f"{text.replace('|', '/')}<br>↳ {listed}"


def rules_markdown(scenarios: list[livingdoc.Scenario], last_run: livingdoc.LastRun) -> str:
    tags = covering(scenarios)
    all_cases = cases()
    sides = sum(len(case.sides) for case in all_cases)
    covered = sides - len(uncovered(scenarios))
    lines = [
        "# The rule register",
        "",
        "Generated from `docs/rules.yaml` and `features/` by `ats-spec docs`;",
        "do not edit. Every business rule the articles and `../shared/DOMAIN.md` state, or that a",
        "scenario enforces, once, with each of its cases and both sides of each: what the rule",
        "lets through and what it refuses. A scenario covers a side by its tag",
        "`@<rule>.<case>.allows` or `@<rule>.<case>.refuses`; run one rule with",
        "`--tags=@<rule>.*`. Results: " + f"{last_run.described}.",
        "",
        f"**{len(register())} rules, {len(all_cases)} cases, {sides} case sides; "
        f"{covered} of {sides} sides covered by a scenario.**",
        "",
    ]
    for rule in register():
        lines += [
            f"## `{rule.id}`: {rule.rule}",
            "",
            "Source: " + ", ".join(f"`{s}`" if " " not in s else s for s in rule.source) + ".",
            "",
            "| case | lets through | refuses |",
            "| --- | --- | --- |",
        ]
        for case in rule.cases:
            refuses = _cell(case.refuses, case.tag("refuses"), tags, last_run)
            if case.one_sided:
                refuses = f"— ({case.one_sided})"
            lines.append(
                f"| `{case.id}`: {case.case} "
                f"| {_cell(case.allows, case.tag('allows'), tags, last_run)} | {refuses} |"
            )
        lines.append("")
    return "\n".join(lines)
