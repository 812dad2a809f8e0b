"""Checkout rules (DOMAIN.md decision 11) and the simulated payment gateway."""

from datetime import date

import pytest

from simulator.domain import checkout as rules
from simulator.domain import payments
from simulator.domain.catalogue import problem_description_error, quantity_error
from simulator.domain.money import format_money
from simulator.domain.statuses import initial_store_status

BILLING = rules.Address("Acme AP", "1 Main St", "Springfield", "IL", "62701")
TERMS = rules.CompanyTerms(has_terms=True, ups_account="AB1234", billing=BILLING)
CARD_CO = rules.CompanyTerms(has_terms=False, ups_account=None, billing=BILLING)
TODAY = date(2026, 11, 22)
SHIP = rules.Address("Acme Receiving", "9 Dock Rd", "Springfield", "IL", "62702")


def good_card(**changes):
    values = {
        "method": "card",
        "card_number": "4111 1111 1111 1111",
        "card_name": "Pat Buyer",
        "card_expiry": "12/28",
        "card_cvv": "123",
    }
    return rules.PaymentInput(**{**values, **changes})


class TestPayment:
    def test_terms_company_pays_by_po_and_needs_the_number(self):
        assert rules.payment_errors(rules.PaymentInput("po", "PO-1"), TERMS, TODAY) == {}
        assert "po_number" in rules.payment_errors(rules.PaymentInput("po", "  "), TERMS, TODAY)
        too_long = rules.PaymentInput("po", "P" * 41)
        assert "po_number" in rules.payment_errors(too_long, TERMS, TODAY)

    @pytest.mark.parametrize("method", ["card", "paypal", "", "cash"])
    def test_terms_company_cannot_pay_otherwise(self, method):
        errors = rules.payment_errors(good_card(method=method), TERMS, TODAY)
        assert errors == {"payment_method": "This company has Terms: it pays by PO."}

    def test_company_without_terms_cannot_pay_by_po(self):
        errors = rules.payment_errors(rules.PaymentInput("po", "PO-1"), CARD_CO, TODAY)
        assert "payment_method" in errors

    def test_a_documented_card_passes_and_is_authorized(self):
        assert rules.payment_errors(good_card(), CARD_CO, TODAY) == {}
        assert rules.authorize(good_card()).approved

    def test_the_declined_test_card_is_valid_but_declined(self):
        card = good_card(card_number="4000 0000 0000 0002")
        assert rules.payment_errors(card, CARD_CO, TODAY) == {}
        authorization = rules.authorize(card)
        assert not authorization.approved
        assert authorization.message == payments.DECLINED_MESSAGE

    @pytest.mark.parametrize(
        "changes, field",
        [
            ({"card_number": "4111 1111 1111 1112"}, "card_number"),  # fails Luhn
            ({"card_number": "4012888888881881"}, "card_number"),  # valid, not a test card
            ({"card_name": " "}, "card_name"),
            ({"card_expiry": "13/28"}, "card_expiry"),
            ({"card_expiry": "10/26"}, "card_expiry"),  # expired last month
            ({"card_cvv": "12"}, "card_cvv"),
        ],
    )
    def test_card_fields_are_checked(self, changes, field):
        assert field in rules.payment_errors(good_card(**changes), CARD_CO, TODAY)

    def test_an_amex_needs_four_digits(self):
        amex = good_card(card_number="378282246310005", card_cvv="123")
        assert "card_cvv" in rules.payment_errors(amex, CARD_CO, TODAY)
        assert (
            rules.payment_errors(
                good_card(card_number="378282246310005", card_cvv="1234"), CARD_CO, TODAY
            )
            == {}
        )

    def test_paypal_needs_an_email(self):
        assert (
            rules.payment_errors(
                rules.PaymentInput("paypal", paypal_email="a@b.co"), CARD_CO, TODAY
            )
            == {}
        )
        assert "paypal_email" in rules.payment_errors(
            rules.PaymentInput("paypal", paypal_email="nope"), CARD_CO, TODAY
        )


class TestShippingBillingTerms:
    def test_a_complete_address_with_a_method_is_accepted(self):
        assert rules.shipping_errors(SHIP, "prepaid", "", TERMS) == {}

    def test_every_address_field_is_required(self):
        errors = rules.shipping_errors(rules.Address(), "prepaid", "", TERMS)
        assert set(errors) == {f"ship_{name}" for name in rules.Address.LABELS}

    def test_shipping_on_the_company_account_needs_the_ups_account_in_other_comments(self):
        assert "other_comments" in rules.shipping_errors(SHIP, "company_account", " ", TERMS)
        assert rules.shipping_errors(SHIP, "company_account", "UPS AB1234", TERMS) == {}

    def test_the_ups_account_on_file_is_prefilled_for_company_account_shipping(self):
        assert rules.default_other_comments("company_account", TERMS) == "UPS account AB1234"
        assert rules.default_other_comments("company_account", CARD_CO) == ""
        assert rules.default_other_comments("prepaid", TERMS) == ""

    def test_an_unknown_shipping_method_is_refused(self):
        assert "shipping_method" in rules.shipping_errors(SHIP, "teleport", "", TERMS)

    def test_billing_must_be_the_companys(self):
        assert rules.billing_errors(None, TERMS) == {}
        assert rules.billing_errors(BILLING, TERMS) == {}
        moved = rules.Address(**{**BILLING.__dict__, "line1": "2 Other St"})
        assert rules.billing_errors(moved, TERMS) == {"billing": rules.BILLING_LOCKED_MESSAGE}

    def test_terms_and_conditions_must_be_accepted(self):
        assert rules.terms_errors(True) == {}
        assert rules.terms_errors(False) == {"accept_terms": rules.TERMS_MESSAGE}


class TestCatalogueRules:
    @pytest.mark.parametrize(
        "text, ok",
        [
            (None, False),
            ("", False),
            ("too short", False),
            ("x" * 19, False),
            ("  " + "x" * 20 + "  ", True),
        ],
    )
    def test_problem_description_needs_twenty_characters(self, text, ok):
        assert (problem_description_error(text) is None) is ok

    @pytest.mark.parametrize(
        "raw, ok",
        [("1", True), (999, True), ("0", False), ("1000", False), ("two", False), (None, False)],
    )
    def test_quantity(self, raw, ok):
        assert (quantity_error(raw) is None) is ok


def test_money_is_formatted_once():
    assert format_money(184500) == "$1,845.00"
    assert format_money(5) == "$0.05"
    assert format_money(-120) == "-$1.20"


def test_a_po_order_awaits_payment_and_a_card_order_is_placed():
    assert initial_store_status("po") == "Awaiting Payment"
    assert initial_store_status("card") == "Order Placed"
    assert initial_store_status("paypal") == "Order Placed"


def test_luhn():
    assert payments.luhn_valid("4111111111111111")
    assert not payments.luhn_valid("4111111111111112")
    assert not payments.luhn_valid("abc")


def test_a_catalogue_search_has_at_most_ten_words_and_two_hundred_characters():
    from simulator.domain.catalogue import search_error

    assert search_error("servo " * 10) is None
    assert search_error("servo " * 11) is not None
    assert search_error("s" * 200) is None
    assert search_error("s" * 201) is not None
