"""A When or Then step whose page lacks the field or button it needs fails as an expectation
(the implementation is wrong), not as an error of the test; anything else is left alone. What
a page must not show is checked only once the page has shown its landmark."""

import re
from pathlib import Path

import pytest
from behave.step_registry import StepRegistry
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect, sync_playwright

from steps.pages.base import PageObject
from steps.support import browser as browsers
from steps.support.expectations import absent, lacks_text, missing_controls_fail

ROOT = Path(__file__).resolve().parent.parent


def _registry_with(step_type: str, func) -> StepRegistry:
    registry = StepRegistry()
    registry.add_step_definition(step_type, "a step", func)
    return registry


def _run(registry: StepRegistry, step_type: str):
    registry.steps[step_type][0].func(None)


def _waits_in_vain(context):
    raise PlaywrightTimeout('Locator.click: Timeout 10000ms exceeded.\n  - waiting for "X"')


def _breaks(context):
    raise KeyError("a bug in the step itself")


@pytest.mark.parametrize("step_type", ["when", "then"])
def test_a_wait_that_ran_out_in_a_when_or_then_step_is_a_failed_expectation(step_type):
    registry = _registry_with(step_type, _waits_in_vain)
    missing_controls_fail(registry)
    with pytest.raises(AssertionError, match='does not offer what this step needs.*for "X"'):
        _run(registry, step_type)


def test_a_given_that_cannot_set_the_scene_stays_an_error():
    registry = _registry_with("given", _waits_in_vain)
    missing_controls_fail(registry)
    with pytest.raises(PlaywrightTimeout):
        _run(registry, "given")


def test_other_exceptions_are_not_turned_into_failures():
    registry = _registry_with("when", _breaks)
    missing_controls_fail(registry)
    with pytest.raises(KeyError):
        _run(registry, "when")


def test_wrapping_twice_wraps_once_and_keeps_the_steps_own_location():
    registry = _registry_with("then", _waits_in_vain)
    missing_controls_fail(registry)
    missing_controls_fail(registry)  # before each feature
    matcher = registry.steps["then"][0]
    assert matcher.func.__wrapped__ is _waits_in_vain
    assert matcher.location.filename.endswith("test_expectations.py")


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as playwright:
        browser = browsers.launch(playwright, {})
        yield browser.new_page()
        browser.close()


@pytest.fixture
def short_waits():
    expect.set_options(timeout=300)
    yield
    expect.set_options(timeout=5_000)


ORDER = "<main><h1>Order 420</h1><p>No comments yet.</p>{extra}</main>"


def test_what_is_absent_passes_once_the_landmark_shows(page, short_waits):
    page.set_content(ORDER.format(extra=""))
    absent(page.get_by_role("button", name="Approve"), once=page.get_by_role("heading"))


def test_what_is_absent_fails_on_a_page_that_never_showed_its_landmark(page, short_waits):
    page.set_content("<main><p>Loading…</p></main>")
    with pytest.raises(AssertionError):
        absent(page.get_by_role("button", name="Approve"), once=page.get_by_role("heading"))


def test_what_is_present_fails_the_absence_check(page, short_waits):
    page.set_content(ORDER.format(extra="<button>Approve</button>"))
    with pytest.raises(AssertionError):
        absent(page.get_by_role("button", name="Approve"), once=page.get_by_role("heading"))


def test_text_that_is_not_there_passes_and_text_that_is_fails(page, short_waits):
    page.set_content(ORDER.format(extra=""))
    lacks_text(page.locator("main"), "RMA", once=page.get_by_role("heading"))
    with pytest.raises(AssertionError):
        lacks_text(page.locator("main"), "No comments", once=page.get_by_role("heading"))


def test_text_is_not_lacking_from_a_region_the_page_does_not_have(page, short_waits):
    page.set_content(ORDER.format(extra=""))
    with pytest.raises(AssertionError):
        lacks_text(page.locator("table"), "RMA", once=page.get_by_role("heading"))


def test_every_absence_check_of_the_steps_names_its_landmark():
    """A raw `to_have_count(0)` or `not_to_...` passes on a page that has not loaded; the steps
    check absence only through `absent` and `lacks_text`, whose landmark is required."""
    raw = re.compile(r"to_have_count\(0\)|\.not_to_")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "steps").rglob("*.py"))
        if path.name != "expectations.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if raw.search(line)
    ]
    assert found == []


# How a control is pressed: quickly (Playwright's wait for the control to stand still skipped)
# or carefully; either way a missing or disabled control fails as an expectation, and a covered
# one takes no click.
CONTROLS = """<main><h1>Order 420</h1><p id=said>nothing pressed</p>
<button onclick="said.textContent='Approve pressed'" {button}>Approve</button>
<label><input type=checkbox id=agree> I agree</label>{cover}</main>"""
COVER = '<div style="position:fixed;inset:0;background:white" onclick="said.textContent=\'cover\'">'


@pytest.fixture(params=["quick", "careful"])
def clicks(request):
    PageObject.clicks = request.param
    yield request.param
    PageObject.clicks = "quick"


def test_a_shown_control_is_pressed_and_a_box_ticked(page, short_waits, clicks):
    page.set_content(CONTROLS.format(button="", cover=""))
    PageObject.press(page.get_by_role("button", name="Approve"))
    PageObject.tick(page.get_by_role("checkbox", name="I agree"))
    assert page.locator("#said").inner_text() == "Approve pressed"
    assert page.get_by_role("checkbox", name="I agree").is_checked()


@pytest.mark.parametrize("button", ["disabled", "hidden"])
def test_a_disabled_or_hidden_control_fails_as_an_expectation(page, short_waits, clicks, button):
    page.set_content(CONTROLS.format(button=button, cover=""))
    with pytest.raises(AssertionError):
        PageObject.press(page.get_by_role("button", name="Approve", include_hidden=True))
    assert page.locator("#said").inner_text() == "nothing pressed"


def test_a_covered_control_takes_no_quick_click(page, short_waits):
    page.set_content(CONTROLS.format(button="", cover=COVER))
    PageObject.press(page.get_by_role("button", name="Approve"))
    assert page.locator("#said").inner_text() == "cover"  # the mouse landed on the cover
