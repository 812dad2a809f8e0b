"""Money is kept in whole cents everywhere; this module is the one place that formats and
reads it."""


def format_money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def parse_price(raw: str | None) -> int | None:
    """'1,234.50' or '$12' -> cents; None when it is not a price."""
    text = (raw or "").strip().replace("$", "").replace(",", "")
    try:
        whole, _, fraction = text.partition(".")
        if not whole.isdigit() or (fraction and (not fraction.isdigit() or len(fraction) > 2)):
            return None
        return int(whole) * 100 + int((fraction or "0").ljust(2, "0"))
    except ValueError:
        return None
