"""Log-in to the store and the console."""

import pytest

from simulator.domain.signin import BAD_SIGN_IN as BAD_LOGIN_MESSAGE


@pytest.mark.parametrize(
    "email, password",
    [
        ("buyer1@store.example", "wrong"),
        ("nobody@store.example", "demo-pass"),
        ("buyer1@store.example", ""),
    ],
)
def test_store_refuses_a_bad_login_with_one_clear_message(browser, email, password):
    response = browser.store_sign_in(email, password)
    assert response.status_code == 401
    assert BAD_LOGIN_MESSAGE in response.get_data(as_text=True)
    assert browser.client.get("/store/").status_code == 302  # still signed out


def test_store_login_keeps_the_email_typed(browser):
    response = browser.store_sign_in("buyer1@store.example", "wrong")
    assert 'value="buyer1@store.example"' in response.get_data(as_text=True)


def test_store_login_lands_on_the_dashboard(browser):
    response = browser.store_sign_in("BUYER1@store.example ")  # case and spaces forgiven
    assert response.status_code == 302 and response.location == "/store/"
    page = browser.get("/store/").get_data(as_text=True)
    assert "Dashboard" in page


def test_pages_need_a_login(browser):
    response = browser.client.get("/store/orders")
    assert response.status_code == 302
    assert response.location.startswith("/store/login?next=/store/orders")


@pytest.mark.parametrize(
    "next_url, lands_on",
    [
        ("/store/orders", "/store/orders"),
        ("//evil.example/x", "/store/"),
        ("https://evil.example/", "/store/"),
        # browsers drop a tab or newline and read a backslash as a slash: each is off-site
        ("%2F%09%2Fevil.example%2Fx", "/store/"),
        ("%2F%0A%2Fevil.example%2Fx", "/store/"),
        ("%2F%5Cevil.example%2Fx", "/store/"),
        ("%5C%5Cevil.example%2Fx", "/store/"),
    ],
)
def test_login_returns_to_the_page_asked_for_but_never_off_site(browser, next_url, lands_on):
    browser.get("/store/login")
    response = browser.post(
        f"/store/login?next={next_url}", {"email": "buyer1@store.example", "password": "demo-pass"}
    )
    assert response.location == lands_on


def test_console_login_and_bad_password(browser):
    bad = browser.console_log_in("csr1@console.example", "nope")
    assert bad.status_code == 401 and BAD_LOGIN_MESSAGE in bad.get_data(as_text=True)
    good = browser.console_log_in("csr1@console.example")
    assert good.location == "/console/"
    assert "CSR Home Page Dashboard" in browser.get("/console/").get_data(as_text=True)


def test_a_store_login_does_not_open_the_console(browser):
    browser.store_sign_in("buyer1@store.example")
    assert browser.client.get("/console/").status_code == 302


def test_pricing_analyst_sees_the_ips_pricing_queue(browser):
    browser.console_log_in("pricing@console.example")
    page = browser.get("/console/").get_data(as_text=True)
    assert "Pricing Analyst Dashboard" in page and "IPS Pricing Queue" in page


def test_logging_out_ends_the_session(browser):
    browser.store_sign_in("buyer1@store.example")
    browser.get("/store/")
    browser.post("/store/logout")
    assert browser.client.get("/store/").status_code == 302


def test_the_repair_technician_lands_on_the_evaluations(browser):
    browser.console_log_in("tech@console.example")
    page = browser.get("/console/").get_data(as_text=True)
    assert "<h1>Repair Evaluations</h1>" in page and "Open Order Queue</h2>" not in page


@pytest.mark.parametrize("email", ["admin@console.example"])
def test_personas_without_a_queue_get_a_plain_home(browser, email):
    browser.console_log_in(email)
    page = browser.get("/console/").get_data(as_text=True)
    assert "<h1>Home</h1>" in page and "Open Order Queue</h2>" not in page
