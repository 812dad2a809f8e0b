"""docs/contract.md lists every accessible name, label, text and test id the page objects look
for, so another implementation knows all it must offer."""

import ast
from pathlib import Path

import pytest

from steps.support import texts

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = (ROOT / "docs" / "contract.md").read_text()
LOCATORS = {"get_by_role", "get_by_label", "get_by_test_id", "get_by_text", "get_by_placeholder"}


def _literals(node) -> list[str]:
    """The fixed text of a name: a string, or the fixed parts of an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [v.value.strip() for v in node.values if isinstance(v, ast.Constant)]
        return [part for part in parts if len(part) >= 3]
    return []  # a name passed in by a step, from the features' own words


def names_the_page_objects_use() -> set[tuple[str, str]]:
    found = set()
    for path in sorted((ROOT / "steps" / "pages").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr in LOCATORS:
                args = node.args[1:] if node.func.attr == "get_by_role" else node.args[:1]
                args += [k.value for k in node.keywords if k.arg == "name"]
            elif node.func.attr == "filter":
                args = [k.value for k in node.keywords if k.arg == "has_text"]
            else:
                continue
            for arg in args:
                found |= {(path.name, text) for text in _literals(arg)}
    return found


def test_the_page_objects_use_names():
    assert len(names_the_page_objects_use()) > 100


@pytest.mark.parametrize("where,name", sorted(names_the_page_objects_use()))
def test_the_contract_lists_every_name_the_steps_look_for(where, name):
    assert name in CONTRACT, f"{where} looks for {name!r}, which docs/contract.md does not list"


def texts_the_steps_expect() -> list[tuple[str, str]]:
    """(where, fixed part) of every refusal, page text and email subject in steps/support/texts."""
    found = []
    for phrase, (system, text) in texts.REFUSALS.items():
        found += [(f"{system}: told {phrase}", part) for part in texts.fixed_parts(text)]
    for name, text in texts.SAYS.items():
        found += [(f"page text {name!r}", part) for part in texts.fixed_parts(text)]
    for name, text in texts.SUBJECTS.items():
        found += [(f"email {name!r}", part) for part in texts.fixed_parts(text)]
    return sorted(set(found))


@pytest.mark.parametrize("where,text", texts_the_steps_expect())
def test_the_contract_lists_every_message_and_subject_the_steps_expect(where, text):
    assert text in CONTRACT, f"{where}: {text!r} is not in docs/contract.md"


def test_no_step_expects_a_text_that_is_not_in_the_texts_module():
    """Literal sentences in expectations outside steps/support/texts.py escape the contract."""
    calls = {"to_contain_text", "to_have_text", "open_message", "message_link"}
    stray = []
    for path in sorted((ROOT / "steps").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in calls:
                for arg in node.args:
                    if any(" " in part for part in _literals(arg)):
                        stray.append(f"{path.name}:{node.lineno}")
    assert not stray
