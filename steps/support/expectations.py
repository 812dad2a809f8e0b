"""What a person meets when the page lacks what they need: a When or Then step that waits in
vain for a field, a button or a page is a failed expectation of the implementation (the page
is wrong), reported as a failure, not as an error of the test. A Given that cannot set the
scene stays an error: nothing was tried yet. And what a page must not show is checked only
once the page has shown it is the page meant (`absent`, `lacks_text`)."""

import functools
import re

from playwright.sync_api import Locator, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout


def _as_expectation(func):
    if getattr(func, "fails_as_expectation", False):
        return func

    @functools.wraps(func)  # behave finds the step's own file and line through __wrapped__
    def step(context, *args, **kwargs):
        try:
            return func(context, *args, **kwargs)
        except PlaywrightTimeout as waited:
            lines = [line.strip() for line in str(waited).splitlines() if line.strip()]
            raise AssertionError(
                "The page does not offer what this step needs: " + " ".join(lines[:3])
            ) from waited

    step.fails_as_expectation = True
    return step


def missing_controls_fail(registry) -> None:
    """Wraps every When and Then step definition of the registry, once each. behave loads the
    step definitions after before_all, so this runs before each feature."""
    for keyword in ("when", "then"):
        for matcher in registry.steps[keyword]:
            matcher.func = _as_expectation(matcher.func)


def absent(*locators: Locator, once: Locator) -> None:
    """Checks the page shows none of `locators`, after it has shown `once`: the landmark that
    says this is the page meant, loaded. A check for what is missing, made on a page still
    loading or on the wrong page, would pass on nothing."""
    expect(once).to_be_visible()
    for locator in locators:
        expect(locator).to_have_count(0)


def lacks_text(locator: Locator, text, *, once: Locator) -> None:
    """Checks `locator` does not show `text`, after the page has shown `once` and the locator
    itself is there to read."""
    expect(once).to_be_visible()
    expect(locator).to_be_attached()
    expect(locator).not_to_contain_text(text)


def as_typed(value: str) -> re.Pattern:
    """A field that still holds what a person typed: the value, with whatever spaces the paste
    left around it (the page keeps the input as it came; the rules read it trimmed)."""
    return re.compile(rf"^\s*{re.escape(value)}\s*$")
