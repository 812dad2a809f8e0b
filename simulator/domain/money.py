"""Money is kept in whole cents everywhere; this module is the one place that formats and
reads it."""

from .numbers import grouped_whole_number, whole_number


def format_money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


PRICE_MAX_CENTS = 1_000_000_00  # $1,000,000.00: no part or repair costs more


def parse_price(raw: str | None) -> int | None:
    """'1,234.50' or '$12' -> cents; None when it is not a price (or more than any price).
    Digits 0-9, thousands separated by commas in threes, a point before at most two cents."""
    text = (raw or "").strip().removeprefix("$")
    whole, point, fraction = text.partition(".")
    dollars = grouped_whole_number(whole, 9)  # read no more digits than a price can have
    cents = whole_number(fraction.ljust(2, "0"), 2) if point else 0
    if dollars is None or cents is None:
        return None
    total = dollars * 100 + cents
    return total if total <= PRICE_MAX_CENTS else None
