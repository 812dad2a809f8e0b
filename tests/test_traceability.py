"""Every article step is exercised by a scenario, and every trace tag names a real step."""

import re
from pathlib import Path

import pytest
from behave.parser import parse_file

ROOT = Path(__file__).resolve().parents[1]
WIKI = ROOT.parent / "shared" / "wiki" / "README.md"
TRACE_TAG = re.compile(r"^(npo|qrg86)\.")


def trace_ids() -> list[str]:
    lines = (ROOT / "docs" / "trace-ids.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def scenario_tags() -> dict[str, set[str]]:
    """Scenario name -> its trace tags (its own, its rule's and its feature's)."""
    found = {}
    for path in sorted((ROOT / "features").rglob("*.feature")):
        feature = parse_file(str(path))
        for scenario in feature.walk_scenarios():
            tags = set(scenario.effective_tags)
            found[f"{path.relative_to(ROOT)}: {scenario.name}"] = {
                tag for tag in tags if TRACE_TAG.match(tag)
            }
    return found


def test_every_article_step_is_exercised_by_a_scenario():
    covered = set().union(*scenario_tags().values())
    missing = [trace_id for trace_id in trace_ids() if trace_id not in covered]
    assert not missing, f"no scenario is tagged with {missing}"


def test_every_trace_tag_names_a_step_of_the_articles():
    known = set(trace_ids())
    unknown = {
        (scenario, tag)
        for scenario, tags in scenario_tags().items()
        for tag in tags
        if tag not in known
    }
    assert not unknown, f"tags that are no article step: {sorted(unknown)}"


@pytest.mark.skipif(not WIKI.exists(), reason="the shared wiki is not beside this checkout")
def test_the_list_of_trace_ids_is_the_wikis():
    text = WIKI.read_text()
    ids = set(re.findall(r"^\| ((?:npo|qrg86)\.[a-z0-9.-]+) \|", text, re.MULTILINE))
    for first, last in re.findall(r"^\| qrg86\.(\d+) – qrg86\.(\d+) \|", text, re.MULTILINE):
        ids |= {f"qrg86.{n}" for n in range(int(first), int(last) + 1) if n != 15}
    assert ids == set(trace_ids())


def test_every_assumption_says_which_decision_it_rests_on():
    """An @assumption scenario states its assumption in its own, its rule's or its feature's
    description (DOMAIN.md: one line a business analyst can read)."""

    def says(description) -> bool:
        return any(re.search(r"[Dd]ecision|[Aa]ssum|DOMAIN\.md", line) for line in description)

    silent = []
    for path in sorted((ROOT / "features").rglob("*.feature")):
        feature = parse_file(str(path))
        groups = [(None, feature.scenarios)] + [(rule, rule.scenarios) for rule in feature.rules]
        for rule, scenarios in groups:
            for scenario in scenarios:
                if "assumption" not in scenario.effective_tags:
                    continue
                if not (
                    says(scenario.description)
                    or (rule is not None and says(rule.description))
                    or says(feature.description)
                ):
                    silent.append(f"{path.relative_to(ROOT)}: {scenario.name}")
    assert not silent, f"@assumption without the assumption stated: {silent}"
