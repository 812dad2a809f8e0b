"""The step catalogue (docs/steps.md): every step sentence a feature may use, what it does, its
parameters, and how many scenario steps use it; written by `ats-spec docs`.

It reads the step registry behave itself fills (what behave's steps.doc formatter prints) and
takes the use counts from behave's steps.usage formatter, so it cannot drift from either; it
adds what those formatters do not: one table per step module, the parameters in a reader's
words, and Markdown.
"""

import importlib
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from behave.step_registry import registry

ROOT = Path(__file__).resolve().parents[1]
FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")

# What each parameter type accepts, in a reader's words.
TYPES = {
    None: "text",
    "d": "a whole number",
    "RepKind": "ATS Buyer, IPS Sales Rep or Site Service Rep",
    "Site": "an FMS site or a non-FMS site",
    "Products": "a, an, one, two or three of Harvard product, Legacy build, Partsco part, "
    "joined by 'and'",
    "CompanyTraits": "with Terms, without Terms, with a (or no) UPS account on file, joined by "
    "'and'",
    "Money": "dollars and cents, as $1,250.00 or 1,250.00",
}


def load_step_definitions() -> None:
    """Import steps/*.py as behave does (each registers the parameter types it uses)."""
    for path in sorted((ROOT / "steps").glob("*.py")):
        if path.stem != "__init__":
            importlib.import_module(f"steps.{path.stem}")


def definitions() -> list:
    load_step_definitions()
    seen, found = set(), []
    for step_type in ("given", "when", "then", "step"):
        for matcher in registry.steps[step_type]:
            if (matcher.step_type, matcher.pattern) not in seen:
                seen.add((matcher.step_type, matcher.pattern))
                found.append(matcher)
    return found


def usage() -> Counter:
    """(step type, pattern) -> its uses, as behave's own steps.usage formatter reports them in a
    dry run: each step of a scenario, each example of an outline, a Background's steps once."""
    run = subprocess.run(
        [str(Path(sys.executable).parent / "behave"), "--dry-run", "--no-summary"]
        + ["--format", "steps.usage", "features"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if run.returncode != 0 or not run.stdout.strip():
        raise RuntimeError(f"behave's steps.usage formatter failed: {run.stderr[-2000:]}")
    return parse_usage(run.stdout)


USAGE_DEFINITION = re.compile(r"^@(\w+)\('(.*)'\)\s+#")
USAGE_STEP = re.compile(r"^\s+(Given|When|Then|And|But|\*) ")


def parse_usage(text: str) -> Counter:
    """behave's steps.usage output: a definition line, then one indented line per use."""
    counts: Counter = Counter()
    current = None
    for line in text.splitlines():
        if definition := USAGE_DEFINITION.match(line):
            current = (definition.group(1), definition.group(2))
            counts[current] += 0
        elif current and USAGE_STEP.match(line):
            counts[current] += 1
        else:
            current = None
    return counts


def parameters(pattern: str) -> str:
    return "; ".join(
        f"`{name}`: {TYPES.get(kind or None, kind)}" for name, kind in FIELD.findall(pattern)
    )


def _module_title(module_name: str) -> str:
    doc = importlib.import_module(module_name).__doc__ or module_name
    return " ".join(doc.split("\n\n")[0].split()).rstrip(".")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "/")


def glossary_markdown() -> str:
    found = definitions()
    used = usage()
    lines = [
        "# Step glossary: every sentence the features can use",
        "",
        "Generated from `steps/` by `ats-spec docs`; do not edit.",
        "A parameter in braces matches any text unless its type says otherwise; quoted",
        'parameters are written in quotes in the features (`"…"`). *Used* is what behave\'s own',
        "`steps.usage` formatter counts: each step of a scenario, each example of an outline,",
        "a Background's steps once.",
    ]
    by_module: dict[str, list] = {}
    for matcher in found:
        by_module.setdefault(matcher.func.__module__, []).append(matcher)
    for module_name, matchers in sorted(by_module.items()):
        lines += [
            "",
            f"## {_module_title(module_name)}",
            "",
            f"`{module_name.replace('.', '/')}.py`",
            "",
            "| step | what it does | parameters | used |",
            "| --- | --- | --- | --- |",
        ]
        for matcher in matchers:
            sentence = f"{matcher.step_type.capitalize()} {matcher.pattern}"
            what = matcher.func.__doc__ or ""
            lines.append(
                f"| {_cell(sentence)} | {_cell(what)} | {parameters(matcher.pattern)} "
                f"| {used[(matcher.step_type, matcher.pattern)]} |"
            )
    return "\n".join(lines) + "\n"
