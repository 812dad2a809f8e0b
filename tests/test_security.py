"""Every state-changing route refuses a request without a valid CSRF token; sessions are signed
with a generated key."""

import re

import pytest
from werkzeug.routing.converters import NumberConverter

from fixtures import DEMO_PASSWORD
from simulator import create_app

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
PLACEHOLDERS = [(NumberConverter, "1")]  # any other converter takes "x"


def state_changing_urls(app):
    """Every rule of the app that changes state, with its placeholders filled in."""
    for rule in app.url_map.iter_rules():
        methods = rule.methods & STATE_CHANGING
        if not methods or rule.endpoint.startswith("control."):
            continue
        url = rule.rule
        for argument in rule.arguments:
            converter = rule._converters[argument]
            value = next((v for kind, v in PLACEHOLDERS if isinstance(converter, kind)), "x")
            url = _fill(url, argument, value)
        for method in sorted(methods):
            yield method, url


def _fill(url, argument, value):
    return re.sub(rf"<(?:[^:>]+:)?{argument}>", value, url)


def test_the_walk_finds_the_routes_that_matter(app):
    found = {url for _, url in state_changing_urls(app)}
    for expected in (
        "/store/login",
        "/store/companies/1/checkout/place",
        "/store/companies/1/cart/lines/1",
        "/console/login",
        "/console/refresh",
        "/store/companies/1/products/x/cart",
    ):
        assert expected in found
    assert not any(url.startswith("/_sim") for url in found)


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_state_changing_route_refuses_a_request_without_a_csrf_token(app, browser, signed_in):
    if signed_in:  # with a live session too, so the refusal is not just "please log in"
        browser.store_sign_in("buyer1@store.example")
        browser.console_log_in("csr1@console.example")
    client = browser.client
    for method, url in state_changing_urls(app):
        for token in (None, "forged-token"):
            data = {"csrf_token": token} if token else {}
            response = client.open(url, method=method, data=data)
            assert response.status_code == 400, f"{method} {url} with token {token!r}"
            assert "CSRF" in response.get_data(as_text=True), f"{method} {url}"


def test_a_login_without_a_token_changes_nothing(client):
    response = client.post(
        "/store/login", data={"email": "buyer1@store.example", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 400
    assert client.get("/store/").status_code == 302  # still signed out


def test_the_session_key_is_generated_per_instance_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("SIM_SECRET_KEY", raising=False)
    first = create_app({"INSTANCE_PATH": str(tmp_path / "a")}).secret_key
    again = create_app({"INSTANCE_PATH": str(tmp_path / "a")}).secret_key
    other = create_app({"INSTANCE_PATH": str(tmp_path / "b")}).secret_key
    assert first == again != other
    assert len(first) >= 64
    assert (tmp_path / "a" / "secret_key").stat().st_mode & 0o077 == 0


def test_passwords_are_stored_hashed(app):
    from sqlalchemy import select

    from simulator.console.models import ConsoleUser
    from simulator.store.models import StoreUser

    with app.app_context():
        from simulator.db import session

        for model in (StoreUser, ConsoleUser):
            for user in session().scalars(select(model)):
                assert DEMO_PASSWORD not in user.password_hash
                assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_every_account_has_a_salt_of_its_own_and_its_password_checks(app):
    """One hash shared by every demo account would let one cracked hash open them all."""
    from sqlalchemy import select
    from werkzeug.security import check_password_hash

    from simulator.console.models import ConsoleUser
    from simulator.db import session
    from simulator.seeding import add_console_user
    from simulator.store.models import StoreUser

    with app.app_context():
        add_console_user(session(), "csr99@console.example", "Extra CSR", "csr")
        hashes = [
            user.password_hash
            for model in (StoreUser, ConsoleUser)
            for user in session().scalars(select(model))
        ]
    salts = [stored.split("$")[1] for stored in hashes]
    assert len(set(salts)) == len(hashes)
    assert all(check_password_hash(stored, DEMO_PASSWORD) for stored in hashes)


def test_head_is_a_get_on_every_route_that_takes_a_form(app, browser):
    """HEAD is answered as GET (Werkzeug adds it to every GET route): no view may take it for
    the POST it tests against, since CSRF protection never looks at a HEAD."""
    browser.store_sign_in("buyer1@store.example")
    for rule in app.url_map.iter_rules():
        if not {"GET", "POST"} <= rule.methods or rule.endpoint.startswith("control."):
            continue
        url = rule.rule
        for argument in rule.arguments:
            url = _fill(url, argument, "1")
        got = browser.client.get(url)
        head = browser.client.open(url, method="HEAD", data={"email": "x", "po_number": "1"})
        assert head.status_code == got.status_code, f"HEAD {url}"


def test_a_head_with_a_form_does_not_authorize_a_new_amount(browser):
    from tests.test_order_hold import hold, link_for

    hold(browser, "buyer1@store.example", 2)
    link, _ = link_for(browser, "buyer1@store.example")
    browser.store_sign_in("buyer1@store.example")
    before = browser.client.get("/_sim/store-orders/420").json
    head = browser.client.open(link, method="HEAD", data={"po_number": "PO-HEAD"})
    assert head.status_code == 200
    assert browser.client.get("/_sim/store-orders/420").json == before
    page = browser.get(link).get_data(as_text=True)
    assert "Authorize the new amount" in page  # the link is still unused


def test_seeding_hashes_no_password():
    """Every seeded account's hash is kept (fixtures/password_hashes.json), so a served
    simulator starts without hashing; `python -m fixtures` writes the file again."""
    from fixtures import _kept_hashes, build_seed

    seed = build_seed()
    emails = {row["email"] for table in ("store_users", "sf_users") for row in seed.rows(table)}
    assert emails <= set(_kept_hashes())
