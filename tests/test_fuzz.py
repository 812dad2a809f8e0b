"""Every form and every id route, fed whatever hypothesis thinks of (control characters, huge
numbers, long text, other scripts): the answer is never a server error."""

import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_security import state_changing_urls

FIELDS = [
    "quantity", "problem_description", "email", "password", "username", "site_id",
    "ship_name", "ship_street", "ship_city", "ship_state", "ship_zip", "shipping_method",
    "other_comments", "payment_method", "po_number", "card_number", "card_name", "card_expiry",
    "card_cvv", "paypal_email", "accept_terms", "bill_name", "bill_street", "bill_city",
    "bill_state", "bill_zip", "job_number", "line_job_number", "comment", "confirms_vendor",
    "tracking_number", "payment_captured", "status", "unit_price", "repair_price", "notes",
    "body",
]  # fmt: skip
ANYTHING = st.one_of(
    st.text(max_size=300),
    st.integers().map(str),
    st.sampled_from(["", " ", "0", "-1", "1e309", "nan", "9" * 30, "\x00", "yes", "Activated"]),
)
FORMS = st.dictionaries(st.sampled_from(FIELDS), ANYTHING, max_size=8)
SEGMENT = st.one_of(
    st.text(min_size=1, max_size=60), st.integers().map(str), st.just("9" * 40)
).map(lambda text: urllib.parse.quote(text, safe=""))
ID_ROUTES = [
    "/store/orders/{}",
    "/store/orders/{}/confirmation",
    "/store/companies/{}/catalog",
    "/store/companies/{}/products/{}",
    "/store/orders/{}/reauthorize/{}",
    "/console/orders/{}",
    "/console/quotes/{}",
    "/mailbox/{}",
]
REP, CSR = "ips.rep@store.example", "csr1@console.example"
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def everyone(browser):
    """A rep acting for a company with an order and a repair order placed; a CSR owning the
    Salesforce order and the quote; both signed in."""
    client = browser.client
    client.post("/_sim/masquerades", json={"rep": REP, "company_id": 1})
    repair = {"sku": "RPR-1001", "problem_description": "Leaks under load, valve 3"}
    for line in ({"sku": "ATS-LB-1001"}, repair):
        client.post("/_sim/store-orders", json={"customer": REP, "lines": [line]})
    client.post("/_sim/integration/run")
    client.post("/_sim/salesforce-orders/00000317/assign", json={"to": CSR})
    client.post("/_sim/salesforce-quotes/Q-00001/assign", json={"to": CSR})
    browser.store_sign_in(REP)
    browser.console_log_in(CSR)
    return browser


def _real(url: str) -> str:
    """A route's placeholders filled with records that exist, so the fuzz reaches the rules."""
    order = "00000317" if url.startswith("/console") else "420"
    return url.replace("/orders/x/", f"/orders/{order}/").replace("/quotes/x/", "/quotes/Q-00001/")


@pytest.mark.parametrize("system", ["/store", "/console", "/mailbox"])
def test_no_form_answers_a_server_error(app, everyone, system):
    routes = [url for method, url in state_changing_urls(app) if url.startswith(system)]
    # Signing out or ending the masquerade would leave the rest with nothing to reach.
    leave = ("/login", "/logout", "/masquerade/end")
    routes = [_real(url) for url in routes if not url.endswith(leave)]
    everyone.get(f"{system}/login")  # this system's CSRF token: the fuzz gets past it to the rules

    @FUZZ
    @given(form=FORMS)
    def post_anything(form):
        for url in routes:
            response = everyone.post(url, form)
            assert response.status_code < 500, (url, form, response.status_code)
            assert "CSRF" not in response.get_data(as_text=True), url

    post_anything()


@FUZZ
@given(route=st.sampled_from(ID_ROUTES), first=SEGMENT, second=SEGMENT)
def test_no_id_route_answers_a_server_error(everyone, route, first, second):
    url = route.format(first, second)
    response = everyone.client.get(url)
    assert response.status_code < 500, (url, response.status_code)
