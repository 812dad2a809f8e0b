"""The rule register (docs/rules.yaml): every case is tried on both sides by a scenario, every
case tag names a case, and every case has a broken variant in the gate."""

import re

from ats_spec import livingdoc, rules
from ats_spec.gate.variants import VARIANTS


def test_every_rule_states_its_source_and_every_case_both_sides():
    for rule in rules.register():
        assert rule.rule and rule.source, rule.id
        for source in rule.source:
            assert (
                source in livingdoc.trace_ids()
                or re.fullmatch(r"decision \d+", source)
                or source.startswith("assumption: ")
            ), f"{rule.id}: {source!r} is no trace id, decision or stated assumption"
        ids = [case.id for case in rule.cases]
        assert len(ids) == len(set(ids)), f"{rule.id}: a case id twice"
        for case in rule.cases:
            assert case.allows and (case.refuses or case.one_sided), case.key


def test_rule_ids_are_unique_and_never_look_like_trace_ids():
    ids = [rule.id for rule in rules.register()]
    assert len(ids) == len(set(ids))
    assert not [i for i in ids if livingdoc.TRACE_TAG.match(i + ".")]


def test_every_case_tag_names_a_case_of_the_register():
    known = {case.tag(side) for case in rules.cases() for side in case.sides}
    unknown = {
        (f"{s.path}: {s.name}", tag)
        for s in livingdoc.scenarios()
        for tag in rules.case_tags(s.tags)
        if tag not in known
    }
    assert not unknown, f"tags that name no case side of docs/rules.yaml: {sorted(unknown)}"


def test_every_case_is_tried_on_both_sides_or_listed_as_a_known_gap():
    """docs/rules-gaps.txt lists what no scenario covers yet; it can only shrink."""
    uncovered = rules.uncovered(livingdoc.scenarios())
    gaps = rules.known_gaps()
    assert not uncovered - gaps, f"cases without a scenario: {sorted(uncovered - gaps)}"
    assert not gaps - uncovered, (
        f"covered now, remove from docs/rules-gaps.txt: {sorted(gaps - uncovered)}"
    )


def test_every_side_of_every_case_has_a_broken_variant_and_every_variant_a_side():
    """One variant lets through what the case refuses, one refuses what it lets through (a
    one-sided case has the second only); docs/rules-gaps.txt lists the sides still without."""
    sides = {case.tag(side) for case in rules.cases() for side in case.sides}
    variants = {variant.name for variant in VARIANTS}
    assert len(variants) == len(VARIANTS)
    assert not variants - sides, f"variants that name no case side: {sorted(variants - sides)}"
    without = sides - variants
    listed = rules.sides_without_variant()
    assert without == listed, (
        f"case sides without a variant: {sorted(without - listed)}; "
        f"listed in docs/rules-gaps.txt but with one: {sorted(listed - without)}"
    )


def test_each_side_of_a_case_is_tried_without_the_other():
    """A case whose two sides are tried only by one walk (refused, then let through) cannot tell
    a suite that checks one side from one that checks both; each side needs a scenario, or an
    Examples table, of its own. docs/rules-gaps.txt lists the cases still to split."""
    shared = rules.sides_on_one_cover(livingdoc.scenarios())
    listed = rules.sides_on_one_cover_yet()
    assert not shared - listed, f"sides tried only together: {sorted(shared - listed)}"
    assert not listed - shared, (
        f"tried apart now, remove from docs/rules-gaps.txt: {sorted(listed - shared)}"
    )


def test_a_case_tried_on_both_sides_in_one_walk_is_found(monkeypatch):
    """The finder itself, on scenarios written here: one walk tagged for both sides is found;
    one scenario per side, or one Examples table per side, is not."""
    from ats_spec.rules import Case

    case = Case("r", "c", "c", "lets", "refuses", None)
    monkeypatch.setattr(rules, "cases", lambda: [case])

    def scenario(*runs):
        return livingdoc.Scenario("f", 1, "F", "S", frozenset().union(*runs), None, runs)

    both = frozenset({"r.c.allows", "r.c.refuses"})
    assert rules.sides_on_one_cover([scenario(both)]) == {"r.c"}
    apart = [scenario(frozenset({"r.c.allows"})), scenario(frozenset({"r.c.refuses"}))]
    assert rules.sides_on_one_cover(apart) == set()
    tables = scenario(frozenset({"r.c.allows"}), frozenset({"r.c.refuses"}))
    assert rules.sides_on_one_cover([tables]) == set()
    assert rules.sides_on_one_cover([scenario(both), *apart]) == set()
    assert rules.sides_on_one_cover([scenario(both), apart[0]]) == {"r.c"}


def test_every_side_of_every_case_names_what_its_scenarios_must_touch():
    for case in rules.cases():
        for side in case.sides:
            assert case.subject(side).pattern, f"{case.tag(side)}: no touches pattern"


def test_every_tagged_scenario_exercises_its_case():
    """A tag counts only on a scenario whose words name what the side is about (docs/rules.yaml
    `touches:`): a tag moved to the wrong scenario, or on an outline whose other Examples table
    does not try the case, fails here rather than passing the gate on another case's checks."""
    hollow = rules.tags_without_substance(livingdoc.scenarios())
    assert not hollow, f"tagged scenarios that never touch their case: {sorted(hollow)}"


def test_a_tag_on_a_scenario_that_never_names_the_case_is_found(monkeypatch):
    """The finder itself, on scenarios written here: the boundary named (a quoted value of 33
    characters) passes; a scenario, or one Examples table of an outline, without it is found."""
    from ats_spec.rules import Case

    refused = '"' + "A" * 33 + '"'
    case = Case(
        "job", "length", "c", "lets", "refuses", None,
        touches=(("allows", r'"[^"]{32}"'), ("refuses", r'"[^"]{33}"')),
    )  # fmt: skip
    monkeypatch.setattr(rules, "cases", lambda: [case])
    tag = frozenset({"job.length.refuses"})

    def scenario(line, *texts):
        runs = tuple(tag for _ in texts)
        return livingdoc.Scenario("f", line, "F", "S", tag, None, runs, texts)

    right = scenario(1, f"When I enter the job number {refused}")
    wrong = scenario(2, 'When I enter the job number "A-1"')
    outline = scenario(3, f"When I enter <n>\nn\n{refused}", 'When I enter <n>\nn\n"A-1"')
    found = rules.tags_without_substance([right, wrong, outline])
    assert found == {"job.length.refuses f:2", "job.length.refuses f:3"}
    assert rules.tags_without_substance([right]) == set()
