"""The step parameter types, registered once: rep kinds, sites, products, company traits and
money. A sentence that does not fit a type does not match its step, so a misspelt product or
trait shows as an undefined step at once rather than as a lookup failing mid-scenario.

A step module that uses a type imports this module, so the types exist before behave reads
that module's patterns, whoever loads it (behave, or the glossary reading the registry)."""

import parse
from behave import register_type

from steps.support.world import REP_KINDS


@parse.with_pattern("|".join(REP_KINDS))
def rep_kind(text: str) -> str:
    return text


@parse.with_pattern(r"an FMS site|a non-FMS site")
def site(text: str) -> str:
    """'an FMS site' -> 'FMS'; 'a non-FMS site' -> 'non-FMS'."""
    return text.split(" ")[1]


PRODUCT_KINDS = ("Harvard product", "Legacy build", "Partsco part")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_SOME = rf"(?:{'|'.join(COUNTS)}) (?:{'|'.join(PRODUCT_KINDS)})s?"


@parse.with_pattern(rf"{_SOME}(?: and {_SOME})*")
def products(text: str) -> list[tuple[str, int]]:
    """'a Harvard product and two Legacy builds'
    -> [('Harvard product', 1), ('Legacy build', 2)]."""
    wanted = []
    for part in text.split(" and "):
        count, kind = part.split(" ", 1)
        wanted.append((kind.removesuffix("s"), COUNTS[count]))
    return wanted


COMPANY_TRAITS = (
    "with Terms",
    "without Terms",
    "with a UPS account on file",
    "with no UPS account on file",
)
# After "and", the "with" is left out: "with Terms and a UPS account on file".
_TRAIT = "|".join(COMPANY_TRAITS + tuple(t.removeprefix("with ") for t in COMPANY_TRAITS[2:]))


@parse.with_pattern(rf"(?:{_TRAIT})(?: and (?:{_TRAIT}))*")
def company_traits(text: str) -> tuple[str, ...]:
    """'with Terms and no UPS account on file' -> ('with Terms', 'with no UPS account on file')."""
    return tuple(t if t.startswith("with") else f"with {t}" for t in text.split(" and "))


@parse.with_pattern(r"\$?\d{1,3}(?:,\d{3})*\.\d{2}")
def money(text: str) -> str:
    """An amount as people write it, in dollars and cents: '$1,250.00' (shown) or '1,250.00'
    (typed). Kept as written: the pages show it the same way."""
    return text


@parse.with_pattern(r" *\$?(?:\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?) *")
def typed_amount(text: str) -> str:
    """An amount as a person may type or paste it into a price field: '450', '450.5',
    '1,250.00', '$1,400', '520 ' (with the spaces a paste brings)."""
    return text


# Which of a scenario's records a full-state check reads: "the" store order, "the other" one
# (a second order of the same buyer), "the new" one (that replaced it), "the earlier" one (the
# buyer's order confirmed before the scenario's, through the pages).
WHICH = {"the": "", "the other": "other ", "the new": "new ", "the earlier": "earlier "}


@parse.with_pattern(r"the(?: other| new| earlier)?")
def which(text: str) -> str:
    """'the', 'the other', 'the new' or 'the earlier': the prefix of the record's {placeholder}
    name."""
    return WHICH[text]


register_type(
    Which=which,
    RepKind=rep_kind,
    Site=site,
    Products=products,
    CompanyTraits=company_traits,
    Money=money,
    TypedAmount=typed_amount,
)
