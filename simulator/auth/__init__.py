"""Signing in to the store, the console and the mailbox.

Each system has its own cookie (scoped to its path), so signing in or out of one does not touch
another. The cookie carries a random token; the session behind it lives in the database, so
signing out ends it for good (a copied cookie stops working) and sign-in starts a fresh one
(a new token, a new CSRF token). Wrong passwords in a row lock the account for a while.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from urllib.parse import urlsplit

from flask import flash, g, redirect, render_template, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from .. import db
from ..clock import wall_clock
from ..domain import signin
from .models import FailedSignIns, SignedInSession

REALMS = {"store": "store.login", "console": "console.login", "mailbox": "mailbox.login"}
TOKEN = "signed_in"


class CookiePerSystem(SecureCookieSessionInterface):
    """/store, /console and /mailbox each keep their own cookie, sent only to their pages."""

    @staticmethod
    def _system() -> str:
        return request.path.strip("/").split("/", 1)[0] or "site"

    def get_cookie_name(self, app) -> str:
        return f"{self._system()}_session"

    def get_cookie_path(self, app) -> str:
        return f"/{self._system()}"


def verify(user, password: str) -> bool:
    # Hash-check even when the user is unknown so that timing does not reveal who exists.
    stored = user.password_hash if user else _DUMMY_HASH
    return check_password_hash(stored, password or "") and user is not None


_DUMMY_HASH = generate_password_hash("not a password of anyone")


@dataclass(frozen=True)
class SignInRefused:
    message: str
    status: int  # 401 wrong email or password, 429 locked


def sign_in(realm: str, email: str, user, password: str, subject: str) -> SignInRefused | None:
    """Check the password and start a session for `subject`; why not, when it is refused."""
    database, moment = db.session(), wall_clock()
    tried = _take_a_try(database, realm, email, moment)
    if isinstance(tried, datetime):
        return SignInRefused(signin.locked_message(tried), 429)
    where = (FailedSignIns.realm == realm, FailedSignIns.email == email)
    if not verify(user, password):
        until = signin.locked_until(tried, moment)
        if until:
            database.execute(
                update(FailedSignIns).where(*where).values(locked_until=until, failures=0)
            )
        database.commit()
        return SignInRefused(signin.locked_message(until), 429) if until else _BAD
    database.execute(delete(FailedSignIns).where(*where))  # the count starts again
    token = start_session(realm, subject)
    session.clear()  # a fresh session: nothing, not even the CSRF token, survives sign-in
    session[TOKEN] = token
    return None


_BAD = SignInRefused(signin.BAD_SIGN_IN, 401)


def _take_a_try(database, realm: str, email: str, moment) -> int | datetime:
    """Count this try before its password is checked, as the how-manieth try in a row; or,
    when sign-in is locked, until when. The count moves only from the value this request read
    (compare and swap), so guesses sent at once are each counted and none sees a stale count."""
    where = (FailedSignIns.realm == realm, FailedSignIns.email == email)
    while True:
        failed = database.scalar(
            select(FailedSignIns).where(*where).execution_options(populate_existing=True)
        )
        if failed is None:
            database.add(FailedSignIns(realm=realm, email=email, failures=0))
            try:
                database.commit()
            except IntegrityError:  # a simultaneous try made it first
                database.rollback()
            continue
        if failed.locked_until and moment < failed.locked_until:
            return failed.locked_until
        # The tries in a row are spent and another request is locking sign-in right now.
        if until := signin.locked_until(failed.failures, moment):
            database.rollback()
            return until
        before = failed.failures
        counted = database.execute(
            update(FailedSignIns)
            .where(*where, FailedSignIns.failures == before)
            .values(failures=before + 1)
        ).rowcount
        database.commit()
        if counted:
            return before + 1


def start_session(realm: str, subject: str) -> str:
    """A new server-side session of `subject` in a system; the token its cookie carries."""
    token = secrets.token_urlsafe(32)
    database = db.session()
    database.add(
        SignedInSession(
            token_hash=_hash(token), realm=realm, subject=subject, started_at=wall_clock()
        )
    )
    database.commit()
    return token


def session_cookie(app, realm: str, token: str, values: dict | None = None) -> dict:
    """The cookie of a browser signed in to a system with that token (and these session values):
    what the sign-in page would have set. For the test-control API, which signs people in
    without the pages."""
    content = {**(values or {}), TOKEN: token}
    signed = app.session_interface.get_signing_serializer(app).dumps(content)
    return {"name": f"{realm}_session", "value": signed, "path": f"/{realm}"}


def sign_in_page(
    realm: str,
    template: str,
    account_for,
    home: str,
    field: str = "email",
    subject_of=lambda account, email: str(account and account.id),
    on_success=lambda: None,
):
    """The sign-in view of a system: the form, or the sign-in and where to go next."""
    email = request.form.get(field, "").strip().lower()
    if request.method != "POST":
        return render_template(template, email=email)
    if len(email) > signin.MAX_ADDRESS:  # kept nowhere, not even as a failed try
        flash(signin.ADDRESS_TOO_LONG, "error")
        return render_template(template, email=email), 400
    account = account_for(email)
    password = request.form.get("password", "")
    refused = sign_in(realm, email, account, password, subject_of(account, email))
    if refused is None:
        on_success()
        return redirect(safe_next(request.args.get("next"), url_for(home)))
    flash(refused.message, "error")
    return render_template(template, email=email), refused.status


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def signed_in_subject(realm: str) -> str | None:
    """Who this request's session belongs to, if it is still open."""
    cache = g.setdefault("signed_in", {})
    if realm not in cache:
        cache[realm] = None
        if token := session.get(TOKEN):
            record = db.session().scalar(
                select(SignedInSession).where(
                    SignedInSession.token_hash == _hash(str(token)),
                    SignedInSession.realm == realm,
                    SignedInSession.ended_at.is_(None),
                )
            )
            if record and signin.session_is_current(record.started_at, wall_clock()):
                cache[realm] = record.subject
    return cache[realm]


def sign_out(realm: str) -> None:
    """End the session in the database, then forget the cookie."""
    if token := session.get(TOKEN):
        database = db.session()
        database.execute(
            update(SignedInSession)
            .where(SignedInSession.token_hash == _hash(str(token)), SignedInSession.realm == realm)
            .values(ended_at=wall_clock())
        )
        database.commit()
    g.pop("signed_in", None)
    session.clear()


def current_user(realm: str, model):
    subject = signed_in_subject(realm)
    return db.session().get(model, int(subject)) if subject is not None else None


def login_required(realm: str, model):
    """Views get the logged-in user as their first argument."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = current_user(realm, model)
            if user is None:
                return redirect(url_for(REALMS[realm], next=request.full_path))
            return view(user, *args, **kwargs)

        return wrapped

    return decorator


def safe_next(target: str | None, default: str) -> str:
    """Only follow a path on this site after log-in. Browsers drop tabs and line breaks from an
    address and read a backslash as a slash, so a slash, a tab and another slash would leave the
    site: control characters, backslashes, a scheme or a host all go to the default."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    if any(ord(character) < 0x20 or character in "\\\x7f" for character in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
