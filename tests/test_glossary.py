"""The step glossary (docs/steps.md) can describe every step: each says what it does, and each
is used by some scenario."""

import re

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


SUBJECT = r"^(I|(?:a|the|another) [\w ]+?|they) (?=\w+s? )"


def _who_and_what(pattern: str) -> tuple[str, frozenset]:
    """(who acts, by 'a/the X' alike; the sentence's parameters)."""
    who = re.match(SUBJECT, pattern)
    subject = re.sub(r"^(a|the) ", "", who.group(1)) if who else ""
    return subject, frozenset(glossary.FIELD.findall(pattern))


def test_a_step_has_one_sentence_per_actor_no_synonyms():
    """Two sentences of one step for the same actor, step type and parameters are synonyms:
    the glossary should offer one way to say each thing."""
    by_step: dict = {}
    for matcher in glossary.definitions():
        subject, params = _who_and_what(matcher.pattern)
        key = (matcher.func.__module__, matcher.func.__name__, matcher.step_type, subject, params)
        by_step.setdefault(key, []).append(matcher.pattern)
    synonyms = [patterns for patterns in by_step.values() if len(patterns) > 1]
    assert not synonyms


def test_use_counts_are_read_from_behaves_steps_usage_formatter():
    printed = """@given('I am signed in as a buyer')  # steps/setup_steps.py:30
  Given I am signed in as a buyer             # features/a.feature:5
  And I am signed in as a buyer               # features/b.feature:9

@then('the order's amount is "{amount}"')  # steps/hold_steps.py:48
  Then the order's amount is "$5.00"       # features/a.feature:12

UNUSED STEP DEFINITIONS[1]:
@when('I wait')  # steps/x.py:1
"""
    assert glossary.parse_usage(printed) == {
        ("given", "I am signed in as a buyer"): 2,
        ("then", 'the order\'s amount is "{amount}"'): 1,
        ("when", "I wait"): 0,
    }
