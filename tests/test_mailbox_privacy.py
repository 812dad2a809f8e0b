"""Outside testing mode the mailbox is each person's own email (DOMAIN.md decision 14): read
and answered only by the addressee, signed in."""

import pytest
from sqlalchemy import select

from simulator import create_app
from simulator.mailbox.models import Mail
from tests.conftest import Browser
from tests.test_quote_lifecycle import REP, place_repair, quote_event

OTHER = "buyer1@store.example"


@pytest.fixture
def app(tmp_path):
    # The control API sets the scene; the mailbox is closed as it is outside testing mode.
    return create_app({"INSTANCE_PATH": str(tmp_path), "TESTING_API": True, "OPEN_MAILBOX": False})


@pytest.fixture
def new_price_email(app, client):
    """The rep's email asking to confirm a repair's new price (it takes a reply)."""
    number, store_order = place_repair(client, "EVAL-1003")
    quote = store_order["salesforce_number"]
    quote_event(client, quote, "assign", {"to": "csr1@console.example"})
    line = {"product_code": "EVAL-1003", "repair_price": "900", "notes": "Worn seals"}
    quote_event(client, quote, "evaluation", {"lines": [line]})
    client.post("/_sim/integration/run")
    with app.extensions["database"].Session() as db:
        mail = db.scalar(select(Mail).where(Mail.to_address == REP, Mail.reply_to.is_not(None)))
    assert mail is not None
    return mail


def _mailbox_sign_in(browser, email, password="demo-pass"):
    browser.get("/mailbox/login")
    response = browser.post("/mailbox/login", {"email": email, "password": password})
    browser.get("/mailbox/")
    return response


def _replies(app):
    with app.extensions["database"].Session() as db:
        return db.scalars(select(Mail).where(Mail.in_reply_to.is_not(None))).all()


def test_without_signing_in_no_mail_is_shown(client, new_price_email):
    for url in ("/mailbox/", f"/mailbox/?to={REP}", f"/mailbox/{new_price_email.id}"):
        response = client.get(url)
        assert response.status_code == 302 and "/mailbox/login" in response.location, url


def test_a_person_reads_only_their_own_mail(app, client, new_price_email):
    browser = Browser(client)
    assert _mailbox_sign_in(browser, OTHER).status_code == 302
    inbox = browser.get(f"/mailbox/?to={REP}").get_data(as_text=True)
    assert f"Mail for {OTHER}" in inbox and new_price_email.subject not in inbox
    assert browser.get(f"/mailbox/{new_price_email.id}").status_code == 404
    response = browser.post(f"/mailbox/{new_price_email.id}/reply", {"body": "Yes, go ahead"})
    assert response.status_code == 404
    assert _replies(app) == []


def test_the_addressee_reads_and_answers_their_mail(app, client, new_price_email):
    browser = Browser(client)
    _mailbox_sign_in(browser, REP)
    assert new_price_email.subject in browser.get("/mailbox/").get_data(as_text=True)
    response = browser.post(f"/mailbox/{new_price_email.id}/reply", {"body": "Yes, go ahead"})
    assert response.status_code == 302
    assert [reply.body for reply in _replies(app)] == ["Yes, go ahead"]


def test_a_wrong_password_opens_no_mailbox(client, new_price_email):
    browser = Browser(client)
    assert _mailbox_sign_in(browser, REP, "guess").status_code == 401
    assert client.get("/mailbox/").status_code == 302


def test_console_staff_sign_in_with_their_console_account(client):
    browser = Browser(client)
    assert _mailbox_sign_in(browser, "csr1@console.example").status_code == 302
    assert "Mail for csr1@console.example" in browser.get("/mailbox/").get_data(as_text=True)
