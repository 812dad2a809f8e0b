"""Every article step is exercised by a scenario, every trace tag names a real step, every
assumption is stated, and the generated documents match the features."""

import re
from pathlib import Path

import pytest

from ats_spec import livingdoc, sentences

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


# The sentence register, docs/sentences.yaml: each sentence of the articles -> its scenarios.

KNOWN_MISSING_AT_MOST: frozenset[str] = frozenset()  # may only shrink: remove ids, never add


def _article_sentences() -> dict[str, list[str]]:
    """Each article's sentences, split as the register's fingerprints were taken."""
    folder = WIKI.parent
    if not folder.exists():
        pytest.fail(f"{folder} is missing: clone the project with ../shared beside it")
    return {
        article: sentences.split((folder / name).read_text())
        for article, name in sentences.ARTICLES.items()
    }


def _entries():
    return sentences.register().entries


def test_sentences_are_split_at_their_ends_with_a_step_number_kept_on_the_first():
    text = (
        "3. The first one.  Then a second, with a list below:\n"
        "\n"
        "   • A bullet's own sentence! And (so) on?\n"
        "Version 8.6 is not split, nor a.b.c here.\n"
    )
    assert sentences.split(text) == [
        "3. The first one.",
        "Then a second, with a list below:",
        "A bullet's own sentence!",
        "And (so) on?",
        "Version 8.6 is not split, nor a.b.c here.",
    ]
    assert sentences.fingerprint("3. The  first\tone.") == "9d3ddbf1c3"
    assert sentences.fingerprint("Then a second, with a list below:") == "69bcbfadfe"


def test_every_sentence_of_the_articles_has_an_entry():
    registered = {(e.article, e.fingerprint) for e in _entries()}
    lacking = [
        f"{article} sentence {number} ({sentences.fingerprint(sentence)})"
        for article, found in _article_sentences().items()
        for number, sentence in enumerate(found, 1)
        if (article, sentences.fingerprint(sentence)) not in registered
    ]
    assert not lacking, (
        f"sentences without an entry in docs/sentences.yaml: {lacking} "
        "(.venv/bin/python -m ats_spec.sentences lists them)"
    )


def test_every_entry_is_a_sentence_of_its_article_in_the_articles_order():
    found = _article_sentences()
    prints = {a: [sentences.fingerprint(s) for s in found[a]] for a in found}
    stale = [e.id for e in _entries() if e.fingerprint not in prints[e.article]]
    assert not stale, f"entries whose fingerprint matches no sentence of their article: {stale}"
    for article, expected in prints.items():
        assert [e.fingerprint for e in _entries() if e.article == article] == expected, (
            f"docs/sentences.yaml does not list {article}'s sentences once each, in order"
        )


def test_every_entry_has_an_id_of_its_own_and_says_what_its_sentence_says():
    ids = [e.id for e in _entries()]
    assert len(ids) == len(set(ids)), "an id used twice"
    assert all(re.fullmatch(rf"{e.article}-s\d{{2}}", e.id) for e in _entries()), ids
    assert all(e.says.strip() for e in _entries())


def test_every_entry_names_scenarios_or_says_why_it_has_none():
    unsure = [
        e.id
        for e in _entries()
        if [bool(e.scenarios), bool(e.no_behaviour), bool(e.missing)].count(True) != 1
    ]
    assert not unsure, f"entries with not exactly one of scenarios, no_behaviour, missing: {unsure}"
    assert not [e.id for e in _entries() if e.partial and not e.scenarios]


def test_every_scenario_an_entry_names_exists():
    written = {sentences.reference(s) for s in livingdoc.scenarios()}
    unknown = [(e.id, ref) for e in _entries() for ref in e.scenarios if ref not in written]
    assert not unknown, f"no scenario by these names (feature-file-stem: name): {unknown}"


def test_every_entry_belongs_to_an_article_step_that_its_scenarios_exercise():
    """The page around an article (title, comment box) has no step; every other sentence
    belongs to one, and at least one of its scenarios carries that step's tag."""
    steps = set(livingdoc.trace_ids())
    assert not [e.id for e in _entries() if e.trace is None and not e.no_behaviour]
    assert not [e.id for e in _entries() if e.trace is not None and e.trace not in steps]
    tags = {sentences.reference(s): s.tags for s in livingdoc.scenarios()}
    untagged = [
        e.id
        for e in _entries()
        if e.scenarios and not any(e.trace in tags.get(ref, ()) for ref in e.scenarios)
    ]
    assert not untagged, f"none of these entries' scenarios carries the entry's step: {untagged}"


def test_a_sentence_without_a_scenario_is_known_and_the_known_ones_only_shrink():
    missing = {e.id for e in _entries() if e.missing}
    known = set(sentences.register().known_missing)
    assert missing <= known, f"sentences with no scenario: {sorted(missing - known)}"
    assert known <= missing, f"covered now, remove from known_missing: {sorted(known - missing)}"
    assert known <= KNOWN_MISSING_AT_MOST, (
        f"known_missing may only shrink; new: {sorted(known - KNOWN_MISSING_AT_MOST)}"
    )


def test_the_register_copies_no_sentence_of_the_articles():
    """../shared/wiki/README.md: the project says the articles again in its own words. What the
    register itself writes (not the scenarios' names it cites) shares no six words in a row
    with a sentence of the articles."""
    words = re.compile(r"[a-z0-9$']+")
    written = [e.says for e in _entries()]
    written += [x for e in _entries() for x in (e.no_behaviour, e.missing, e.partial) if x]
    register = " ".join(words.findall(" / ".join(written).lower()))
    copied = [
        " ".join(run)
        for found in _article_sentences().values()
        for sentence in found
        for said in [words.findall(sentence.lower())]
        for run in (said[i : i + 6] for i in range(len(said) - 5))
        if " ".join(run) in register
    ]
    assert not copied, f"runs of six words of the articles in docs/sentences.yaml: {copied}"


def test_every_numbered_step_of_the_articles_is_done_by_a_walkthrough():
    """docs/procedures.md reads as the articles' procedures: each numbered step has one."""
    walked = set().union(*(s.tags for s in livingdoc.scenarios() if "walkthrough" in s.tags))
    numbered = [t for t in livingdoc.trace_ids() if re.fullmatch(r"[a-z0-9]+\.\d+", t)]
    assert not [t for t in numbered if t not in walked]


def test_the_procedures_show_each_steps_result_only_from_a_run():
    walkthrough = next(
        s for s in livingdoc.scenarios() if "qrg86.1" in s.tags and "walkthrough" in s.tags
    )
    run = livingdoc.LastRun("a test run", {f"{walkthrough.path}:{walkthrough.line}": "passed"})
    committed = livingdoc.procedures_markdown(livingdoc.scenarios(), livingdoc.NO_RUN)
    built = livingdoc.procedures_markdown(livingdoc.scenarios(), run).splitlines()
    assert "last result" not in committed
    assert "| `qrg86.1` |" in committed
    row = next(line for line in built if line.startswith("| `qrg86.1` |"))
    assert row.endswith("| passed |")
    row = next(line for line in built if line.startswith("| `npo.1` |"))
    assert row.endswith("| not run yet |")


def test_a_sentence_still_missing_its_scenario_is_shown_before_the_tables(monkeypatch):
    entry = sentences.Entry(
        "npo-s99", "npo", "npo.1", "A made-up sentence.", "0000000000", (), None, "a scenario", None
    )
    monkeypatch.setattr(sentences, "register", lambda: sentences.Register((entry,), ("npo-s99",)))
    text = sentences.sentences_markdown([], livingdoc.link)
    assert (
        "0 proved by scenarios, 0 with no behaviour to prove (each with the reason), 1 missing"
        in text
    )
    shown = text.index("**`npo-s99`** (A made-up sentence.): needs a scenario")
    assert shown < text.index("| sentence | step |")
