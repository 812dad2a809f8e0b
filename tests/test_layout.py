"""What behave loads is kept apart from the tooling (ats_spec), and the tooling is a command."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEHAVE_LOADS = [ROOT / "environment.py", *sorted((ROOT / "steps").rglob("*.py"))]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_behave_loads_nothing_of_the_tooling_but_the_record_names():
    uses = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in BEHAVE_LOADS
        for module in imported_modules(path)
        if module.startswith("ats_spec") and module != "ats_spec.records"
    }
    assert not uses


def test_steps_hold_no_runner_report_or_documents():
    tooling = {"suite", "report", "livingdoc", "glossary", "rules", "cucumber", "served"}
    assert not {path.stem for path in (ROOT / "steps").rglob("*.py")} & tooling


def test_no_module_edits_the_import_path():
    edits = [
        path.relative_to(ROOT)
        for path in [*BEHAVE_LOADS, *(ROOT / "ats_spec").rglob("*.py")]
        if "sys.path" in path.read_text()
    ]
    assert not edits


def test_the_command_lists_its_subcommands():
    shown = subprocess.run(
        [str(Path(sys.executable).parent / "ats-spec"), "--help"], capture_output=True, text=True
    )
    assert shown.returncode == 0
    for command in ("run", "report", "docs", "lint", "gate"):
        assert f"  {command} " in shown.stdout


SELECTORS = {"get_by_role", "get_by_label", "get_by_test_id", "get_by_text", "locator"}


def test_selectors_live_in_the_page_objects_only():
    """A selector in a step escapes docs/contract.md, which lists what the page objects use."""
    outside = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in BEHAVE_LOADS
        if "pages" not in path.parts
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in SELECTORS
    ]
    assert not outside


def test_one_page_object_per_page_and_each_system_holds_one_of_each():
    from steps.pages import console, mailbox, store
    from steps.pages.base import PageObject

    for module, holder in (
        (store, store.StorePages),
        (console, console.ConsolePages),
        (mailbox, mailbox.MailboxPages),
    ):
        pages = [
            cls
            for cls in vars(module).values()
            if isinstance(cls, type)
            and issubclass(cls, PageObject)
            and cls.__module__ == module.__name__  # the system's own pages, not shared bases
        ]
        held = holder(page=None, base_url="http://x")
        assert sorted(
            type(v).__name__ for v in vars(held).values() if isinstance(v, PageObject)
        ) == (sorted(cls.__name__ for cls in pages))
