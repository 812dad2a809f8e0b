"""Evidence in the Allure results: a screenshot of each actor's page on the failing step, and
the scenario's Playwright traces.

allure-behave writes the results (the runner adds its formatter); this only adds the evidence.
Without allure installed it does nothing.
"""

from pathlib import Path

try:
    import allure
except ImportError:  # the suite runs without Allure too
    allure = None


def failing_step(actors) -> None:
    """Called after a step failed, while Allure still has the step open."""
    if allure is None:
        return
    for actor, page in actors.named_pages():
        try:
            picture = page.screenshot(full_page=True)
        except Exception:  # a crashed page: its trace still tells
            continue
        allure.attach(picture, f"{actor} sees", allure.attachment_type.PNG)


def traces(evidence: list[Path]) -> None:
    """The traces kept at the end of a failing scenario (open with playwright show-trace)."""
    if allure is None:
        return
    for path in evidence:
        if path.suffix == ".zip":
            allure.attach.file(str(path), path.name, "application/zip", "zip")
