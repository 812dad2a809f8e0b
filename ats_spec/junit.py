"""Behave's JUnit files, made to say what did not run: a scenario behave never started is
written `status="untested"` with no `<skipped/>`, which JUnit readers count as passed."""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

OUTCOMES = ("failure", "error", "skipped")


def mark_unrun(folder: Path) -> int:
    """Give each test case that neither passed nor has an outcome a `<skipped/>`, and each
    suite its count of them; how many were marked."""
    marked = 0
    for path in sorted(folder.glob("*.xml")):
        tree = ElementTree.parse(path)
        changed = False
        for suite in tree.iter("testsuite"):
            for case in suite.iter("testcase"):
                status = case.get("status", "passed")
                if status != "passed" and not any(case.find(o) is not None for o in OUTCOMES):
                    skipped = ElementTree.Element("skipped", message=f"not run ({status})")
                    case.insert(0, skipped)
                    marked += 1
                    changed = True
            suite.set("skipped", str(sum(1 for _ in suite.iter("skipped"))))
        if changed:
            tree.write(path, encoding="utf-8", xml_declaration=True)
    return marked
