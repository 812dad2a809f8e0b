"""A When or Then step whose page lacks the field or button it needs fails as an expectation
(the implementation is wrong), not as an error of the test; anything else is left alone."""

import pytest
from behave.step_registry import StepRegistry
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from steps.support.expectations import missing_controls_fail


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
