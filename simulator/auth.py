"""Log-in for the two systems. Each keeps its own user in the signed session cookie."""

from functools import wraps
from urllib.parse import urlsplit

from flask import redirect, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

from . import db

REALMS = {"store": "store.login", "console": "console.login"}
BAD_LOGIN_MESSAGE = "Your email address or password is incorrect. Please try again."


def verify(user, password: str) -> bool:
    # Hash-check even when the user is unknown so that timing does not reveal who exists.
    stored = user.password_hash if user else _DUMMY_HASH
    return check_password_hash(stored, password or "") and user is not None


_DUMMY_HASH = generate_password_hash("not a password of anyone")


def log_in(realm: str, user_id: int) -> None:
    session[f"{realm}_user_id"] = user_id


def log_out(realm: str) -> None:
    for key in [k for k in session if k.startswith(f"{realm}_")]:
        session.pop(key)


def current_user(realm: str, model):
    user_id = session.get(f"{realm}_user_id")
    return db.session().get(model, user_id) if user_id is not None else None


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
