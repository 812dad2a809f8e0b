"""Sessions, over real HTTP with a real cookie jar: each system its own cookie; signing out
ends the session on the server; sign-in starts a new one; wrong passwords lock an account."""

import copy
from pathlib import Path

import pytest
from sqlalchemy import select

from simulator.auth.models import FailedSignIns, SignedInSession
from simulator.db import Database
from simulator.domain.signin import LOCKOUT, MAX_FAILURES, SESSION_LIFETIME
from tests.server import Visitor

BUYER = "buyer1@store.example"
CSR = "csr1@console.example"

pytestmark = pytest.mark.server


@pytest.fixture
def server(server_factory):
    return server_factory("--testing")


def _age(server, model, column: str, by):
    """Move a stored time back, as if that much real time had passed (sessions and lockouts
    run on the wall clock, not the simulated business clock)."""
    database = Database(f"sqlite:///{Path(server.folder.name) / 'simulator.db'}")
    with database.Session() as db:
        for row in db.scalars(select(model)):
            setattr(row, column, getattr(row, column) - by)
        db.commit()
    database.engine.dispose()


def _cookies(visitor: Visitor) -> dict:
    return {cookie.name: cookie for cookie in visitor.cookies}


def _signed_in_to_store(visitor: Visitor) -> bool:
    visitor.get("/store/")
    return not visitor.path.startswith("/store/login")


def _signed_in_to_console(visitor: Visitor) -> bool:
    visitor.get("/console/")
    return not visitor.path.startswith("/console/login")


def test_a_copied_cookie_stops_working_once_its_owner_signs_out(server):
    owner = Visitor(server.base)
    owner.store_sign_in(BUYER)
    thief = Visitor(server.base)
    thief.cookies.set_cookie(copy.copy(_cookies(owner)["store_session"]))
    assert _signed_in_to_store(thief)  # the copy works while the session is open ...
    owner.post("/store/logout")
    assert not _signed_in_to_store(owner)
    assert not _signed_in_to_store(thief)  # ... and not after the owner signed out


def test_sign_in_replaces_the_csrf_token_and_the_old_one_is_refused(server):
    visitor = Visitor(server.base)
    visitor.get("/store/login")
    before_sign_in = visitor.token
    visitor.post("/store/login", {"email": BUYER, "password": "demo-pass"})
    assert visitor.token and visitor.token != before_sign_in
    status, _ = visitor.send("/store/masquerade/end", {"csrf_token": before_sign_in})
    assert status == 400
    status, _ = visitor.post("/store/masquerade/end")
    assert status == 200


def test_store_and_console_keep_separate_cookies_and_sign_out_separately(server):
    visitor = Visitor(server.base)
    visitor.store_sign_in(BUYER)
    visitor.console_sign_in(CSR)
    cookies = _cookies(visitor)
    assert (cookies["store_session"].path, cookies["console_session"].path) == (
        "/store",
        "/console",
    )
    visitor.get("/store/")
    visitor.post("/store/logout")
    assert not _signed_in_to_store(visitor)
    assert _signed_in_to_console(visitor)


def test_wrong_passwords_in_a_row_lock_the_account_even_for_the_right_one(server):
    visitor = Visitor(server.base)
    for attempt in range(1, MAX_FAILURES):
        visitor.get("/store/login")
        status, page = visitor.post("/store/login", {"email": BUYER, "password": "guess"})
        assert status == 401, attempt
    visitor.get("/store/login")
    status, page = visitor.post("/store/login", {"email": BUYER, "password": "guess"})
    assert status == 429 and "Too many wrong passwords" in page
    visitor.get("/store/login")
    status, page = visitor.post("/store/login", {"email": BUYER, "password": "demo-pass"})
    assert status == 429 and "locked until" in page
    other = Visitor(server.base)  # another account is not locked
    assert other.store_sign_in("buyer2@store.example")[0] == 200
    assert Visitor(server.base).console_sign_in(CSR)[0] == 200
    server.request("POST", "/_sim/clock", {"advance_seconds": 2 * LOCKOUT.total_seconds()})
    visitor.get("/store/login")  # the business clock does not unlock it ...
    assert visitor.post("/store/login", {"email": BUYER, "password": "demo-pass"})[0] == 429
    _age(server, FailedSignIns, "locked_until", LOCKOUT)  # ... real time does
    assert visitor.store_sign_in(BUYER)[0] == 200 and _signed_in_to_store(visitor)


def test_a_session_ends_after_a_working_day_of_real_time_not_of_business_time(server):
    visitor = Visitor(server.base)
    visitor.console_sign_in(CSR)
    assert _signed_in_to_console(visitor)
    server.request("POST", "/_sim/clock", {"advance_seconds": 2 * SESSION_LIFETIME.total_seconds()})
    assert _signed_in_to_console(visitor)
    _age(server, SignedInSession, "started_at", SESSION_LIFETIME)
    assert not _signed_in_to_console(visitor)
