"""Log-in for the two systems. Each keeps its own user in the signed session cookie."""

from functools import wraps

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
    """Only follow relative redirects after log-in."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return default
