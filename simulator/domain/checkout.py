"""What checkout accepts (DOMAIN.md decision 11). Each function returns field -> message.

The page shows these rules; the server applies them again on every request, so a
crafted request cannot get past what the page would not allow.
"""

from dataclasses import dataclass, fields
from datetime import date, timedelta

from . import payments
from .text import is_blank

SHIPPING_METHODS = {
    "company_account": "Ship on Company Account",
    "prepaid": "UPS Ground (prepaid and added to the invoice)",
}
PO_NUMBER_MAX = 40
ADDRESS_FIELD_MAX = 100  # each line of an address
OTHER_COMMENTS_MAX = 1000
TERMS_MESSAGE = "You must agree to the Terms and Conditions before placing the order."
BILLING_LOCKED_MESSAGE = (
    "The billing address comes from the company account and cannot be changed here. "
    "No order was placed."
)


@dataclass(frozen=True)
class Address:
    name: str = ""
    line1: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""

    LABELS = {
        "name": "Name or attention",
        "line1": "Street address",
        "city": "City",
        "state": "State",
        "postal_code": "ZIP code",
    }

    @classmethod
    def from_mapping(cls, data, prefix: str) -> "Address":
        return cls(**{f.name: (data.get(prefix + f.name) or "").strip() for f in fields(cls)})

    def as_mapping(self, prefix: str) -> dict[str, str]:
        return {prefix + f.name: getattr(self, f.name) for f in fields(self)}

    def lines(self) -> list[str]:
        return [self.name, self.line1, f"{self.city}, {self.state} {self.postal_code}"]


@dataclass(frozen=True)
class CompanyTerms:
    """The facts about the buying company that checkout depends on."""

    has_terms: bool
    ups_account: str | None
    billing: Address


def allowed_payment_methods(company: CompanyTerms) -> tuple[str, ...]:
    """Companies with Terms pay by PO; others pay by card or PayPal."""
    return ("po",) if company.has_terms else ("card", "paypal")


def default_other_comments(method: str, company: CompanyTerms) -> str:
    if method == "company_account" and company.ups_account:
        return f"UPS account {company.ups_account}"
    return ""


def shipping_errors(
    address: Address, method: str, other_comments: str, company: CompanyTerms
) -> dict[str, str]:
    errors = {
        "ship_" + name: f"Enter the {label.lower()} of the shipping address."
        for name, label in Address.LABELS.items()
        if not getattr(address, name)
    } | {
        "ship_" + name: (
            f"The {label.lower()} of the shipping address has at most {ADDRESS_FIELD_MAX} "
            "characters."
        )
        for name, label in Address.LABELS.items()
        if len(getattr(address, name)) > ADDRESS_FIELD_MAX
    }
    if method not in SHIPPING_METHODS:
        errors["shipping_method"] = "Choose how the order ships."
    elif method == "company_account" and is_blank(other_comments):
        errors["other_comments"] = (
            "Shipping on the company account needs its UPS account number: "
            "enter it in Other Comments."
        )
    if len(other_comments) > OTHER_COMMENTS_MAX:
        errors["other_comments"] = (
            f"Other Comments can hold at most {OTHER_COMMENTS_MAX} characters."
        )
    return errors


def billing_errors(submitted: Address | None, company: CompanyTerms) -> dict[str, str]:
    """The billing address is the company's. Anything else in the request is a tampering."""
    if submitted is not None and submitted != company.billing:
        return {"billing": BILLING_LOCKED_MESSAGE}
    return {}


@dataclass(frozen=True)
class PaymentInput:
    method: str = ""
    po_number: str = ""
    card_number: str = ""
    card_name: str = ""
    card_expiry: str = ""
    card_cvv: str = ""
    paypal_email: str = ""


def payment_errors(payment: PaymentInput, company: CompanyTerms, today: date) -> dict[str, str]:
    allowed = allowed_payment_methods(company)
    if payment.method not in allowed:
        if company.has_terms:
            return {"payment_method": "This company has Terms: it pays by PO."}
        return {"payment_method": "Choose to pay by credit card or PayPal."}
    if payment.method == "po":
        po = payment.po_number.strip()
        if is_blank(po):
            return {"po_number": "Enter the PO Number/Reference Number."}
        if len(po) > PO_NUMBER_MAX:
            message = f"The PO Number/Reference Number has at most {PO_NUMBER_MAX} characters."
            return {"po_number": message}
        return {}
    if payment.method == "card":
        return payments.card_errors(
            payment.card_number, payment.card_name, payment.card_expiry, payment.card_cvv, today
        )
    return payments.paypal_errors(payment.paypal_email)


EMPTY_CART_MESSAGE = "Your cart is empty: add a product before checking out."


def empty_cart_message(just_ordered: str | None) -> str:
    """Why there is nothing to order; when the cart was ordered moments ago (in another tab, or
    by a second press of Place Order), say which order it became."""
    if just_ordered:
        return f"This cart was just ordered as order {just_ordered}: nothing else was ordered."
    return EMPTY_CART_MESSAGE


JUST_ORDERED = timedelta(minutes=10)


def terms_errors(accepted: bool) -> dict[str, str]:
    return {} if accepted else {"accept_terms": TERMS_MESSAGE}


def reference_of(payment: PaymentInput) -> str:
    """How an order names its approved payment: "PO X", "Visa ending 1111", "PayPal x@y"."""
    if payment.method == "po":
        return f"PO {payment.po_number.strip()}"
    if payment.method == "card":
        return payments.card_reference(payment.card_number)
    return payments.paypal_reference(payment.paypal_email)


def authorize(payment: PaymentInput) -> payments.Authorization:
    """Ask the gateway; only called once payment_errors() found nothing."""
    if payment.method == "po":
        return payments.Authorization(True, reference=reference_of(payment))
    if payment.method == "card":
        return payments.authorize_card(payment.card_number)
    return payments.authorize_paypal(payment.paypal_email)
