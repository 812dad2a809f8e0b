"""The simulated payment gateway: documented test cards, one of them always declined."""

import re
from dataclasses import dataclass
from datetime import date

from .numbers import whole_number
from .text import is_blank


@dataclass(frozen=True)
class TestCard:
    number: str
    brand: str
    approved: bool


TEST_CARDS = {
    card.number: card
    for card in (
        TestCard("4111111111111111", "Visa", approved=True),
        TestCard("5555555555554444", "Mastercard", approved=True),
        TestCard("378282246310005", "American Express", approved=True),
        TestCard("4000000000000002", "Visa", approved=False),
    )
}
DECLINED_MESSAGE = "Your card was declined. No order was placed; try another card."
EMAIL_MAX = 254  # the longest address SMTP carries


def is_email(text: str) -> bool:
    """name@domain.tld: one @, a name, and a domain of two or more non-empty labels. A split,
    not a pattern, so that no input can make the check backtrack."""
    if not text or len(text) > EMAIL_MAX or any(character.isspace() for character in text):
        return False
    name, _, domain = text.partition("@")
    labels = domain.split(".")
    return bool(name) and "@" not in domain and len(labels) >= 2 and all(labels)


@dataclass(frozen=True)
class Authorization:
    approved: bool
    message: str = ""
    reference: str = ""  # "Visa ending 1111" or the PayPal account


def normalize_card_number(raw: str | None) -> str:
    return re.sub(r"[\s-]", "", raw or "")


def luhn_valid(number: str) -> bool:
    if whole_number(number, 19) is None or len(number) < 13:
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def card_errors(number: str, name: str, expiry: str, cvv: str, today: date) -> dict[str, str]:
    """Field errors for a card form, before anything is sent to the gateway."""
    errors: dict[str, str] = {}
    number = normalize_card_number(number)
    if not luhn_valid(number):
        errors["card_number"] = "Enter a valid card number."
    elif number not in TEST_CARDS:
        errors["card_number"] = "This is a simulated gateway: use one of the documented test cards."
    if is_blank(name):
        errors["card_name"] = "Enter the name on the card."
    match = re.fullmatch(r"\s*([0-9]{2})\s*/\s*([0-9]{2})\s*", expiry or "")
    if not match or not 1 <= int(match.group(1)) <= 12:
        errors["card_expiry"] = "Enter the expiry date as MM/YY."
    elif (2000 + int(match.group(2)), int(match.group(1))) < (today.year, today.month):
        errors["card_expiry"] = "This card has expired."
    wanted = 4 if TEST_CARDS.get(number, TestCard("", "", True)).brand == "American Express" else 3
    if not re.fullmatch(rf"[0-9]{{{wanted}}}", (cvv or "").strip()):
        errors["card_cvv"] = f"Enter the {wanted}-digit security code."
    return errors


def card_reference(number: str) -> str:
    """How an order names a card payment: "Visa ending 1111"."""
    card = TEST_CARDS[normalize_card_number(number)]
    return f"{card.brand} ending {card.number[-4:]}"


def authorize_card(number: str) -> Authorization:
    card = TEST_CARDS[normalize_card_number(number)]
    if not card.approved:
        return Authorization(False, DECLINED_MESSAGE)
    return Authorization(True, reference=card_reference(number))


def paypal_errors(email: str) -> dict[str, str]:
    if not is_email((email or "").strip()):
        return {"paypal_email": "Enter the email address of your PayPal account."}
    return {}


def paypal_reference(email: str) -> str:
    return f"PayPal {email.strip()}"


def authorize_paypal(email: str) -> Authorization:
    return Authorization(True, reference=paypal_reference(email))
