"""Money is kept in whole cents everywhere; this module is the one place that formats and
reads it."""


def format_money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


PRICE_MAX_CENTS = 1_000_000_00  # $1,000,000.00: no part or repair costs more


def parse_price(raw: str | None) -> int | None:
    """'1,234.50' or '$12' -> cents; None when it is not a price (or more than any price)."""
    text = (raw or "").strip().replace("$", "").replace(",", "")
    whole, _, fraction = text.partition(".")
    if not whole.isdigit() or (fraction and (not fraction.isdigit() or len(fraction) > 2)):
        return None
    if len(whole) > 9:  # read no more digits than a price can have
        return None
    cents = int(whole) * 100 + int((fraction or "0").ljust(2, "0"))
    return cents if cents <= PRICE_MAX_CENTS else None
