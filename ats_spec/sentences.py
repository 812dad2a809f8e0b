"""The sentence register: each sentence of the two source articles -> the scenarios that prove
it, or why it carries no behaviour; and the "Sentence by sentence" part of
docs/traceability.md, written from it.

The project never copies the articles' sentences (../shared/wiki/README.md). docs/sentences.yaml
names each one by where it stands (an id and its article step's trace id), says it again in a
few words of the project's own, and pins it with a fingerprint: the first 10 hex digits of the
SHA-256 of the sentence, its whitespace run together. tests/test_traceability.py splits the
articles with split() below and fails when a sentence has no entry, an entry matches no
sentence, names a scenario that does not exist, or neither names one nor says why not.

    .venv/bin/python -m ats_spec.sentences   # the articles' sentences the register lacks
"""

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "docs" / "sentences.yaml"
WIKI = ROOT.parent / "shared" / "wiki"  # CI has ../shared beside the checkout
# the register's key for each article -> its file in WIKI
ARTICLES = {
    "npo": "new-product-order-to-salesforce.txt",
    "qrg86": "qrg-8.6-masquerade-repair-order.txt",
}
TITLES = {
    "npo": "The NEW-product order, from the store to Completed",
    "qrg86": "QRG 8.6: a rep's repair order for a company, and what follows",
}

# A sentence ends at ".", "!" or "?" followed by a space and a capital, a digit, a quote or a
# bracket; a line of the article always ends one. A list's bullet is not part of a sentence; a
# step's own number ("12. ") is part of the step's first sentence.
_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(])")
_BULLET = re.compile(r"^[-•*]\s+")
_NUMBER = re.compile(r"^\d+\.\s+")


def split(text: str) -> list[str]:
    """The sentences of an article, in order, each with its whitespace run together."""
    sentences = []
    for line in text.splitlines():
        line = _BULLET.sub("", " ".join(line.split()))
        if not line:
            continue
        number = _NUMBER.match(line)
        prefix = number.group(0) if number else ""
        parts = _END.split(line[len(prefix) :])
        sentences += [prefix + parts[0], *parts[1:]]
    return sentences


def fingerprint(sentence: str) -> str:
    return hashlib.sha256(" ".join(sentence.split()).encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Entry:
    id: str
    article: str  # a key of ARTICLES
    trace: str | None  # the article step's trace id; none for the page around the article
    says: str  # the sentence in the project's words
    fingerprint: str
    scenarios: tuple[str, ...]  # "feature-file-stem: scenario name"
    no_behaviour: str | None  # why no scenario can prove it
    missing: str | None  # the scenario it still needs
    partial: str | None  # what its scenarios leave out, where they prove it in part


@dataclass(frozen=True)
class Register:
    entries: tuple[Entry, ...]
    known_missing: tuple[str, ...]  # ids of entries still waiting for a scenario


@cache
def register() -> Register:
    data = yaml.safe_load(REGISTER.read_text())
    entries = tuple(
        Entry(
            id=item["id"],
            article=article,
            trace=item.get("trace"),
            says=item["says"],
            fingerprint=str(item["fingerprint"]),
            scenarios=tuple(item.get("scenarios") or ()),
            no_behaviour=item.get("no_behaviour"),
            missing=item.get("missing"),
            partial=item.get("partial"),
        )
        for article in ARTICLES
        for item in data[article]
    )
    return Register(entries, tuple(data.get("known_missing") or ()))


def reference(scenario) -> str:
    """How the register names a scenario (a livingdoc.Scenario)."""
    return f"{Path(scenario.path).stem}: {scenario.name}"


def _cell(entry: Entry, named: dict, linked: Callable) -> str:
    if entry.no_behaviour:
        return f"*no behaviour:* {entry.no_behaviour}"
    if entry.missing:
        return f"**missing:** {entry.missing}"
    links = [
        linked(named[ref]) if ref in named else f"**no such scenario:** {ref}"
        for ref in entry.scenarios
    ]
    if entry.partial:
        links.append(f"*in part:* {entry.partial}")
    return "<br>".join(links)


def sentences_markdown(all_scenarios: list, linked: Callable) -> str:
    """The "Sentence by sentence" section of docs/traceability.md, from livingdoc's scenarios;
    linked(scenario) is how the document links one (with its result, after a run)."""
    entries = register().entries
    named = {reference(s): s for s in all_scenarios}
    missing = [e for e in entries if e.missing]
    quiet = sum(1 for e in entries if e.no_behaviour)
    lines = [
        "## Sentence by sentence",
        "",
        "Each sentence of the two articles, in the articles' order, by its id in",
        "`docs/sentences.yaml` (which pins it with a fingerprint of its text, never a copy), its",
        "article step, what it says in this project's words, and the scenarios that prove it.",
        f"{len(entries)} sentences: {len(entries) - quiet - len(missing)} proved by scenarios, "
        f"{quiet} with no behaviour to prove (each with the reason), {len(missing)} missing.",
        "",
    ]
    if missing:
        lines += ["**Sentences still without a scenario:**", ""]
        lines += [f"- **`{e.id}`** ({e.says}): needs {e.missing}" for e in missing]
        lines.append("")
    for article, title in TITLES.items():
        lines += [
            f"### {title} (`{ARTICLES[article]}`)",
            "",
            "| sentence | step | what it says | scenarios |",
            "| --- | --- | --- | --- |",
        ]
        for entry in (e for e in entries if e.article == article):
            trace = f"`{entry.trace}`" if entry.trace else "none"
            cells = (f"`{entry.id}`", trace, entry.says, _cell(entry, named, linked))
            lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> None:
    """Prints, for whoever keeps the register, each sentence of the articles without an entry
    (to paraphrase, not to paste) and each entry whose sentence is gone."""
    known = {(e.article, e.fingerprint) for e in register().entries}
    found = set()
    for article, name in ARTICLES.items():
        for number, sentence in enumerate(split((WIKI / name).read_text()), 1):
            found.add((article, fingerprint(sentence)))
            if (article, fingerprint(sentence)) not in known:
                print(
                    f"{article} sentence {number}, fingerprint {fingerprint(sentence)}: {sentence}"
                )
    for entry in register().entries:
        if (entry.article, entry.fingerprint) not in found:
            print(f"{entry.id}: no sentence of {ARTICLES[entry.article]} has {entry.fingerprint}")


if __name__ == "__main__":
    main()
