"""The step glossary (docs/steps.md) can describe every step: each says what it does, and each
is used by some scenario."""

from ats_spec import glossary


def test_every_step_says_what_it_does():
    silent = [m.pattern for m in glossary.definitions() if not (m.func.__doc__ or "").strip()]
    assert not silent, f"steps without a docstring for the glossary: {silent}"


def test_every_step_is_used_by_a_scenario():
    used = glossary.usage()
    unused = [m.pattern for m in glossary.definitions() if not used[(m.step_type, m.pattern)]]
    assert not unused, f"steps no scenario uses: {unused}"


def test_parameters_are_described_in_a_readers_words():
    assert glossary.parameters('I change the quantity of "{product}" to {quantity:d}') == (
        "`product`: text; `quantity`: a whole number"
    )
