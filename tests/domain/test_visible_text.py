"""Invisible characters do not count: what the rules count is what a reader sees."""

import pytest

from simulator.domain import text
from simulator.domain.catalogue import problem_description_error
from simulator.domain.orders import comment_error
from simulator.domain.quotes import evaluation_errors

ZERO_WIDTH = "\u200b"
INVISIBLE = [ZERO_WIDTH * 20, "\x00" * 20, "\u200e\u200f" * 10, "\ufeff" * 20, " \u2060 " * 10]


@pytest.mark.parametrize("typed", INVISIBLE)
def test_invisible_characters_are_blank(typed):
    assert text.is_blank(typed)
    assert text.visible(typed) == ""


def test_what_a_reader_sees_is_kept_whole():
    assert text.visible("  Leaks\tunder\n\nload,  valve 3 ") == "Leaks under load, valve 3"
    assert text.visible("Ventil ö 3 — ça fuit") == "Ventil ö 3 — ça fuit"
    assert text.visible("Leaks" + ZERO_WIDTH + " under load") == "Leaks under load"
    assert not text.is_blank("0")


@pytest.mark.parametrize("typed", INVISIBLE)
def test_a_problem_description_of_invisible_characters_is_no_description(typed):
    assert problem_description_error(typed) == "Describe the problem with the part to be repaired."


def test_a_problem_description_padded_with_invisible_characters_counts_what_is_seen():
    padded = "Leaks" + ZERO_WIDTH * 30  # 35 characters typed, 5 seen
    assert "at least 20 characters (you entered 5)" in problem_description_error(padded)
    assert problem_description_error("Leaks under load, valve 3") is None


@pytest.mark.parametrize("typed", INVISIBLE)
def test_a_comment_or_evaluation_notes_of_invisible_characters_are_refused(typed):
    assert comment_error(typed) == "Write the comment before adding it."
    assert evaluation_errors("450.00", typed) == {"notes": "Describe what the evaluation found."}


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Ships\x00Friday", "u+0000"),
        ("abc\u202eevil", "right-to-left override"),
        ("abc\u202aembedded", "left-to-right embedding"),
        ("bell\x07", "u+0007"),
        ("del\x7f", "u+007f"),
    ],
)
def test_a_character_no_one_types_is_refused_and_named(typed, named):
    assert named in text.forbidden_character(typed)


@pytest.mark.parametrize(
    "typed", ["Line one\nLine two\r\n\tindented", "Ventil ö — ça fuit", "مرحبا بالعالم", ""]
)
def test_what_people_type_is_taken(typed):
    assert text.forbidden_character(typed) is None
