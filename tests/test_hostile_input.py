"""Hostile input gets a clear 4xx and changes nothing: numbers too large for the database,
searches too long to run, email addresses built to make a pattern backtrack."""

import pytest

from simulator.domain import payments
from simulator.domain.money import parse_price

HUGE = "9" * 20  # above 2**63: too large for a database integer


@pytest.mark.parametrize(
    "path",
    [
        f"/store/companies/{HUGE}/catalog",
        f"/store/companies/1/cart/lines/{HUGE}",
        f"/mailbox/{HUGE}",
    ],
)
def test_an_id_too_large_for_the_database_is_not_found(browser, path):
    browser.store_sign_in("buyer1@store.example")
    assert browser.client.get(path).status_code in (404, 405)


def test_a_price_too_large_to_keep_is_no_price():
    assert parse_price("1,234.50") == 123450
    assert parse_price(HUGE) is None
    assert parse_price("99999999.99") is None  # above the largest price the simulator keeps


def test_a_search_of_thousands_of_words_is_refused_with_a_clear_message(browser):
    browser.store_sign_in("buyer1@store.example")
    response = browser.client.get("/store/companies/1/catalog", query_string={"q": "a " * 2000})
    assert response.status_code == 400
    assert "Search with at most 10 words" in response.get_data(as_text=True)
    ten = browser.client.get("/store/companies/1/catalog", query_string={"q": "servo " * 10})
    assert ten.status_code == 200 and "Servo Drive Controller SD-400" in ten.get_data(as_text=True)


@pytest.mark.parametrize(
    "address, valid",
    [
        ("payer@example.com", True),
        ("payer@example.com ", True),  # pasted: the field's words, without the space after
        (" payer@example.com", True),
        ("first.last@mail.example.co.uk", True),
        ("payer@example", False),
        ("a@.....", False),
        ("a@example..com", False),
        ("a@.example.com", False),
        ("@example.com", False),
        ("a@b@example.com", False),
        ("pay er@example.com", False),
        ("p" * 250 + "@example.com", False),  # longer than an address can be (254)
    ],
)
def test_paypal_addresses(address, valid):
    assert (payments.paypal_errors(address) == {}) is valid


def test_the_email_benchmark_measures_the_input_that_once_backtracked():
    from tools.email_check_benchmark import hostile, measure

    assert not payments.is_email(hostile(1_000_000))
    figures = measure(sizes=(10, 1_000), runs=1)
    assert [size for size, _ in figures] == [10, 1_000]
    assert all(seconds >= 0 for _, seconds in figures)


def _signed_in_checkout(browser):
    browser.client.post(
        "/_sim/carts", json={"customer": "buyer1@store.example", "lines": [{"sku": "ATS-LB-1001"}]}
    )
    browser.store_sign_in("buyer1@store.example")
    checkout = browser.shop("/checkout")
    browser.get(checkout)
    return checkout


@pytest.mark.parametrize("length, status", [(100, 302), (101, 422)])
def test_an_address_line_has_at_most_100_characters(browser, length, status):
    checkout = _signed_in_checkout(browser)
    form = {
        "site_id": "1",
        "ship_name": "Receiving",
        "ship_line1": "x" * length,
        "ship_city": "Springfield",
        "ship_state": "IL",
        "ship_postal_code": "62701",
        "shipping_method": "prepaid",
    }
    response = browser.post(f"{checkout}/shipping", form)
    assert response.status_code == status
    if status == 422:
        assert "at most 100 characters" in response.get_data(as_text=True)


def test_a_problem_description_has_at_most_2000_characters():
    from simulator.domain.catalogue import problem_description_error

    assert problem_description_error("x" * 2000) is None
    assert "at most 2000" in problem_description_error("x" * 2001)


def test_a_body_of_400_kilobytes_is_refused_before_it_is_read(browser):
    checkout = _signed_in_checkout(browser)
    huge = {"ship_line1": "x" * 400_000, "csrf_token": browser.token}
    response = browser.client.post(f"{checkout}/shipping", data=huge)
    assert response.status_code == 413


@pytest.mark.parametrize("typed", ["²", "1.²", "1_0", "+5", "𝟙𝟚"])
def test_a_price_or_quantity_in_other_digits_is_refused_and_changes_nothing(browser, typed):
    from tests.test_activation import prepare

    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    before = browser.client.get("/_sim/salesforce-orders/00000317").json
    price = browser.post(f"{url}/lines/1/change", {"quantity": "1", "unit_price": typed})
    assert price.status_code == 422
    assert "such as 1845.00" in price.get_data(as_text=True)
    quantity = browser.post(f"{url}/lines/1/change", {"quantity": typed, "unit_price": "1845.00"})
    assert quantity.status_code == 422
    assert "whole number, in digits 0-9" in quantity.get_data(as_text=True)
    assert browser.client.get("/_sim/salesforce-orders/00000317").json == before


@pytest.mark.parametrize("typed", ["1_0", "+5", "𝟙𝟚", "²"])
def test_a_cart_quantity_in_other_digits_is_refused(browser, typed):
    browser.store_sign_in("buyer1@store.example")
    catalog = browser.shop("/catalog")
    browser.get(catalog)
    product = browser.shop("/products/ATS-LB-1001/cart")
    response = browser.post(product, {"quantity": typed})
    assert response.status_code == 422
    assert "whole number, in digits 0-9" in response.get_data(as_text=True)
    assert (
        browser.client.get(browser.shop("/cart")).get_data(as_text=True).count("ATS-LB-1001") == 0
    )


@pytest.mark.parametrize("typed", ["Ships\x00Friday", "Harvard \u202eyadirF spihs"])
def test_a_comment_with_a_character_no_one_types_is_refused_and_stored_nowhere(browser, typed):
    from tests.test_activation import prepare

    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    before = browser.client.get("/_sim/salesforce-orders/00000317").json
    answer = browser.post(f"{url}/comments", {"comment": typed})
    assert answer.status_code == 400
    assert "character that cannot be typed" in answer.get_data(as_text=True)
    assert browser.client.get("/_sim/salesforce-orders/00000317").json == before
    # a checkout's Other Comments, a store form, is refused the same way
    browser.store_sign_in("buyer2@store.example")
    checkout = browser.shop("/checkout")
    shipping = browser.post(f"{checkout}/shipping", {"other_comments": typed})
    assert shipping.status_code == 400
