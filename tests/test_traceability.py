"""Every article step is exercised by a scenario, every trace tag names a real step, every
assumption is stated, and the generated documents match the features."""

import re
from pathlib import Path

import pytest

from ats_spec import livingdoc

ROOT = Path(__file__).resolve().parents[1]
WIKI = ROOT.parent / "shared" / "wiki" / "README.md"
DOMAIN = ROOT.parent / "shared" / "DOMAIN.md"
CITED = re.compile(r"\b[Dd]ecisions? ((?:\d+(?:, | and |, and )?)+)")


def test_every_article_step_is_exercised_by_a_scenario():
    covered = set().union(*(s.trace_ids for s in livingdoc.scenarios()))
    missing = [trace_id for trace_id in livingdoc.trace_ids() if trace_id not in covered]
    assert not missing, f"no scenario is tagged with {missing}"


def test_every_trace_tag_names_a_step_of_the_articles():
    known = set(livingdoc.trace_ids())
    unknown = {
        (f"{s.path}: {s.name}", tag)
        for s in livingdoc.scenarios()
        for tag in s.trace_ids
        if tag not in known
    }
    assert not unknown, f"tags that are no article step: {sorted(unknown)}"


def test_every_assumption_says_which_decision_it_rests_on():
    """DOMAIN.md: an @assumption scenario states its assumption in its own, its rule's or its
    feature's description, where a business analyst reads it."""
    silent = [
        f"{s.path}: {s.name}"
        for s in livingdoc.scenarios()
        if "assumption" in s.tags and s.assumption is None
    ]
    assert not silent, f"@assumption without the assumption stated: {silent}"


def test_every_decision_a_feature_cites_is_one_of_domain_md():
    """A reason that cites "decision 15" cites nothing: each number must be a decision of
    ../shared/DOMAIN.md (its numbered list, "N. **Title.**")."""
    decisions = {int(n) for n in re.findall(r"^(\d+)\. \*\*", DOMAIN.read_text(), re.M)}
    assert decisions, "DOMAIN.md lists no decisions"
    cited = {
        (path.name, int(number))
        for path in (ROOT / "features").rglob("*.feature")
        for match in CITED.finditer(path.read_text())
        for number in re.findall(r"\d+", match.group(1))
    }
    unknown = sorted((name, n) for name, n in cited if n not in decisions)
    assert cited and not unknown, f"decisions DOMAIN.md does not have: {unknown}"


@pytest.mark.parametrize("name", sorted(livingdoc.DOCUMENTS))
def test_the_generated_documents_match_the_features(name):
    expected = livingdoc.DOCUMENTS[name](livingdoc.NO_RUN)
    assert (ROOT / "docs" / name).read_text() == expected, (
        f"docs/{name} is out of date: run .venv/bin/ats-spec docs"
    )


def test_the_committed_documents_hold_no_run_results():
    """docs/ changes only with the sources; a run's results go to reports/docs/."""
    assert not (ROOT / "docs" / "last-run.json").exists()
    for name in livingdoc.DOCUMENTS:
        text = (ROOT / "docs" / name).read_text()
        assert "(passed)" not in text and "(not run)" not in text, name


def test_a_documentation_build_writes_its_results_beside_the_reports(tmp_path, monkeypatch):
    monkeypatch.setattr(livingdoc, "RUN_DOCS", tmp_path)
    first = livingdoc.scenarios()[0]
    run = livingdoc.LastRun("a test run", {f"{first.path}:{first.line}": "passed"})
    assert livingdoc.write_documents(run) == tmp_path
    assert (
        "(passed)"
        in (tmp_path / "rules.md").read_text()
        + (tmp_path / "traceability.md").read_text()
        + (tmp_path / "assumptions.md").read_text()
    )
    assert "a test run" in (tmp_path / "last-run.json").read_text()


def test_the_list_of_trace_ids_is_the_wikis():
    """The wiki is the source of the ids; CI always has ../shared beside the checkout."""
    if not WIKI.exists():
        pytest.fail(f"{WIKI} is missing: clone the project with ../shared beside it")
    text = WIKI.read_text()
    ids = set(re.findall(r"^\| ((?:npo|qrg86)\.[a-z0-9.-]+) \|", text, re.MULTILINE))
    for first, last in re.findall(r"^\| qrg86\.(\d+) – qrg86\.(\d+) \|", text, re.MULTILINE):
        ids |= {f"qrg86.{n}" for n in range(int(first), int(last) + 1) if n != 15}
    assert ids == set(livingdoc.trace_ids())


def test_every_feature_file_lives_in_features():
    """behave runs features/ only (pyproject's paths): a .feature elsewhere is a stale copy that
    readers may take for the specification."""
    skipped = {".venv", ".git", "features", "reports", "node_modules"}
    stray = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.feature")
        if not skipped & set(path.relative_to(ROOT).parts)
    ]
    assert not stray, f".feature files outside features/: {stray}"
