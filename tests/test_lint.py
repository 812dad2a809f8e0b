"""The Gherkin lint: each of the project's writing rules refuses what it names and lets the
plain sentence through; the layout check refuses a misformatted file; the features pass."""

import pytest

from ats_spec import lint

FEATURE = """Feature: Sample

  Scenario: One
{steps}
"""


def problems_in(tmp_path, *steps: str, who: str = "Given I am signed in as a buyer") -> list[str]:
    """The rules a scenario of these steps breaks; its first step says who "I" am unless
    `who` is empty."""
    steps = (who, *steps) if who else steps
    path = tmp_path / "sample.feature"
    path.write_text(FEATURE.format(steps="\n".join(f"    {step}" for step in steps)))
    return [problem.rule for problem in lint.writing_problems(path)]


@pytest.mark.parametrize(
    "step",
    [
        'When I click "Save"',
        "When I press the Save button",
        "When I type it in the Order Number field",
        "When I open the Related tab",
        "When I tick the checkbox",
        "When I pick it from the dropdown",
    ],
)
def test_a_step_that_names_a_widget_is_refused(tmp_path, step):
    assert problems_in(tmp_path, step) == ["ui-widget"]


@pytest.mark.parametrize(
    "step",
    [
        "When I open the order's lines",
        "When I open the same checkout in a second tab",
        'When I enter "A-1" as the line\'s Order Number and save',
    ],
)
def test_a_step_in_the_business_words_passes(tmp_path, step):
    assert problems_in(tmp_path, step) == []


def test_a_fms_is_refused_and_an_fms_passes(tmp_path):
    assert problems_in(tmp_path, "Given an order shipped to a FMS site") == ["a-fms"]
    assert problems_in(tmp_path, "Given an order shipped to an FMS site") == []
    assert problems_in(tmp_path, "Given an order shipped to a non-FMS site") == []


def test_the_i_of_a_scenario_is_one_person(tmp_path):
    changed = problems_in(
        tmp_path,
        "Given I am signed in as a rep masquerading as a company with Terms",
        "And I am logged in to the console as a CSR working that quote",
        who="",
    )
    assert changed == ["one-actor-per-i"]
    same = problems_in(
        tmp_path,
        "Given I am logged in to the console as a CSR",
        "And I am logged in to the console as a CSR working that order",
        "Then I am told that the order is on hold",
        who="",
    )
    assert same == []


def test_a_scenario_that_says_i_before_saying_who_i_am_is_refused(tmp_path):
    unnamed = problems_in(tmp_path, "When I open the order's lines", "Then I see it", who="")
    assert unnamed == ["i-unnamed"]  # told once, at the first step that says I
    quoting = problems_in(
        tmp_path, 'When the CSR posts "Assign to me" by hand', "Then it is refused", who=""
    )
    assert quoting == []  # a button's words, quoted, are not the scenario speaking


@pytest.mark.parametrize(
    "first",
    [
        "Given I am logged in to the console as the Pricing Analyst",
        "Given I am signed in as <who>",
        'When I sign in to the store as "nobody@store.example"',
    ],
)
def test_a_step_that_says_who_i_am_names_i_for_the_rest(tmp_path, first):
    assert problems_in(tmp_path, "When I open the order's lines", who=first) == []


def test_who_i_am_reads_the_role_of_each_sign_in_sentence():
    assert lint.who_i_am("I am signed in as a buyer at a company with Terms") == "buyer"
    assert lint.who_i_am("I am signed in as an IPS Sales Rep") == "rep"
    assert lint.who_i_am("I am logged in to the console as a Pricing Analyst") == "Pricing Analyst"
    assert lint.who_i_am("I am a buyer at a company with Terms") == "buyer"
    assert lint.who_i_am("I am told that the link has expired") is None
    assert lint.who_i_am("I am told that the CSR has not confirmed it") is None


def test_a_misformatted_file_is_a_layout_problem(tmp_path):
    path = tmp_path / "sample.feature"
    path.write_text(FEATURE.format(steps="        Given   an order"))
    assert lint.layout_problems([path])
    path.write_text(FEATURE.format(steps="    Given an order"))
    assert lint.layout_problems([path]) == []


def test_the_features_pass_the_lint():
    files = lint.feature_files([lint.ROOT / "features"])
    assert [str(p) for f in files for p in lint.writing_problems(f)] == []
    assert lint.layout_problems(files) == []
