"""ats-spec lint [PATHS]: the Gherkin lint, in the test command.

Two parts:

- layout: reformat-gherkin in check mode (indentation, tags on one line, blank lines). It was
  chosen over gherkin-lint and gherlint because it is the only one of the three that reads
  `Rule:` blocks, which hold most scenarios here: gherkin-lint stops with a TypeError on the
  first Rule, and gherlint skips every scenario inside one without a word. `reformat-gherkin
  features` fixes what it reports.
- the project's writing rules, which no linter has, over behave's own parser (what behave runs
  is what is checked):

  ui-widget        a step names a widget (button, field, checkbox, a named tab, click...):
                   steps say what a person does in the business's words; pages know the widgets
  a-fms            "a FMS": an FMS site
  one-actor-per-i  the "I" of a scenario is one person: a step that signs "I" in as someone
                   else (a rep, then a CSR) hides a change of actor; use "the CSR ..." instead
  i-unnamed        a step says "I" (me, my) before the scenario or its Background has said who
                   "I" am: a reader cannot tell whose hands the step is in
"""

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from behave.parser import parse_file

ROOT = Path(__file__).resolve().parents[1]

WIDGETS = re.compile(
    r"\b(buttons?|fields?|check ?box(es)?|drop-?downs?|text ?box(es)?|radio|pop-?ups?|menus?"
    r"|click(s|ed|ing)?)\b|\b[A-Z]\w* tab\b",
)
A_FMS = re.compile(r"\ba FMS\b")
# A step that says who "I" am: "I am signed in as a rep ...", "I am logged in to the console
# as a CSR ...", "I am a buyer at ...". The first role word after it names the actor.
I_AM = re.compile(r"^I am (?:(?:signed|logged) in (?:to the \w+ )?as (?:an? |the )?|an? )(.+)$")
ROLES = {
    "buyer": "buyer",
    "rep": "rep",
    "Sales Rep": "rep",
    "Service Rep": "rep",
    "ATS Buyer": "rep",
    "CSR": "CSR",
    "Pricing Analyst": "Pricing Analyst",
    "technician": "Repair Technician",
    "Repair Technician": "Repair Technician",
    "Administrator": "Administrator",
    "warehouse": "warehouse",
}
FIRST_PERSON = re.compile(r"\b(I|me|my|myself)\b")
QUOTED = re.compile(r'"[^"]*"')
# What says who "I" am even when the role is an outline's <placeholder> or no role at all (a
# visitor signing in with an address of their own)
INTRODUCES_I = re.compile(r"^I (?:am (?:signed|logged) in|am an? |sign in|log in)")
ROLE_WORD = re.compile(r"\b(" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.message}"


def who_i_am(step_text: str) -> str | None:
    """The actor a step makes "I", if it says who "I" am."""
    said = I_AM.match(step_text)
    if not said:
        return None
    role = ROLE_WORD.search(said.group(1))
    return ROLES[role.group(1)] if role else None


def writing_problems(path: Path) -> list[Problem]:
    feature = parse_file(str(path))
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    problems = []
    seen_steps = set()
    for scenario in feature.walk_scenarios(with_outlines=True):
        actor, introduced_at = None, 0
        named, told_unnamed = False, False
        steps = [*(scenario.background_steps or []), *scenario.steps]
        for step in steps:
            if id(step) not in seen_steps:  # a background's steps are checked once
                seen_steps.add(id(step))
                if found := WIDGETS.search(step.name):
                    problems.append(
                        Problem(name, step.line, "ui-widget", f"names a widget: {found.group(0)!r}")
                    )
                if A_FMS.search(step.name):
                    problems.append(Problem(name, step.line, "a-fms", "write 'an FMS'"))
            who = who_i_am(step.name)
            named = named or who is not None or bool(INTRODUCES_I.match(step.name))
            unquoted = QUOTED.sub('""', step.name)  # a button's words are not the scenario's
            if not named and not told_unnamed and FIRST_PERSON.search(unquoted):
                told_unnamed = True  # once a scenario
                problems.append(
                    Problem(
                        name,
                        step.line,
                        "i-unnamed",
                        "says 'I' before any step says who 'I' am (I am signed in as ..., "
                        "I am logged in to the console as ...)",
                    )
                )
            if who is None:
                continue
            if actor is not None and who != actor:
                problems.append(
                    Problem(
                        name,
                        step.line,
                        "one-actor-per-i",
                        f"'I' was the {actor} (line {introduced_at}) and is now the {who}: "
                        f"name the {who} instead",
                    )
                )
            actor, introduced_at = actor or who, introduced_at or step.line
    return problems


def layout_problems(paths: list[Path]) -> list[str]:
    checked = subprocess.run(
        [str(Path(sys.executable).parent / "reformat-gherkin"), "--check", *map(str, paths)],
        capture_output=True,
        text=True,
    )
    if checked.returncode == 0:
        return []
    return [line for line in checked.stderr.splitlines() if line.startswith("Would reformat")] or [
        checked.stderr.strip() or "reformat-gherkin failed"
    ]


def feature_files(paths: list[Path]) -> list[Path]:
    return sorted(
        file for path in paths for file in ([path] if path.is_file() else path.rglob("*.feature"))
    )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="ats-spec lint", description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "features"])
    args = parser.parse_args(argv)
    files = feature_files(args.paths)
    # An outline's rows repeat its steps: one problem is told once.
    problems = list(dict.fromkeys(str(p) for file in files for p in writing_problems(file)))
    layout = layout_problems(files)
    for line in problems + layout:
        print(line)
    if layout:
        print("Layout: `reformat-gherkin features` rewrites them as the lint wants.")
    print(f"{len(files)} feature files: {len(problems) + len(layout)} problems")
    sys.exit(1 if problems or layout else 0)


if __name__ == "__main__":
    main()
