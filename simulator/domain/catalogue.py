"""What the catalogue knows about a product that the rules care about."""

from enum import StrEnum

from .numbers import whole_number
from .text import visible


class ProductLine(StrEnum):
    """The family a NEW product belongs to; routing depends on it."""

    LEGACY = "Legacy"  # ATS's own builds, some made from Partsco parts
    HARVARD = "Harvard"


class ProductKind(StrEnum):
    NEW = "new"
    REPAIR = "repair"


# Vendors whose orders need the vendor confirmed in the order comments.
VENDORS_NEEDING_CONFIRMATION = frozenset({"Harvard", "Partsco"})

MIN_PROBLEM_DESCRIPTION = 20
MAX_PROBLEM_DESCRIPTION = 2000


def problem_description_error(text: str | None) -> str | None:
    """A repair needs a thorough description of the problem: at least 20 characters."""
    length = len(visible(text))  # what a reader sees: invisible characters do not count
    if length == 0:
        return "Describe the problem with the part to be repaired."
    if length < MIN_PROBLEM_DESCRIPTION:
        return (
            f"Give a thorough problem description: at least {MIN_PROBLEM_DESCRIPTION} "
            f"characters (you entered {length})."
        )
    if length > MAX_PROBLEM_DESCRIPTION:
        return f"A problem description has at most {MAX_PROBLEM_DESCRIPTION} characters."
    return None


SEARCH_WORDS_MAX = 10
SEARCH_LENGTH_MAX = 200


def search_error(query: str) -> str | None:
    """A search the catalogue answers: a few words, as a person types them."""
    if len(query) > SEARCH_LENGTH_MAX or len(query.split()) > SEARCH_WORDS_MAX:
        return f"Search with at most {SEARCH_WORDS_MAX} words and {SEARCH_LENGTH_MAX} characters."
    return None


QUANTITY_MAX = 999


def added_quantity(in_cart: int, added: int) -> int:
    """A NEW product added again adds up, to at most QUANTITY_MAX."""
    return min(in_cart + added, QUANTITY_MAX)


def parse_quantity(raw: str | int | None) -> int | None:
    """The quantity typed, in digits 0-9 (spaces around it allowed); None when it is not one."""
    return whole_number(str(raw if raw is not None else "").strip(), 9)


def quantity_error(raw: str | int | None) -> str | None:
    quantity = parse_quantity(raw)
    if quantity is None:
        return "Quantity must be a whole number, in digits 0-9."
    if not 1 <= quantity <= QUANTITY_MAX:
        return f"Quantity must be between 1 and {QUANTITY_MAX}."
    return None
