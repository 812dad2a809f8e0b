"""Signing in: how long a session lasts and when repeated wrong passwords lock an account.

The same rules for the store, the console and the mailbox; each counts its own failures.
"""

from datetime import datetime, timedelta

SESSION_LIFETIME = timedelta(hours=12)  # a working day, then sign in again
MAX_FAILURES = 5  # wrong passwords in a row ...
LOCKOUT = timedelta(minutes=15)  # ... refuse every sign-in for this long, the right one too

BAD_SIGN_IN = "Your email address or password is incorrect. Please try again."
# No address is longer (RFC 5321); a longer one is refused before it is counted or kept.
MAX_ADDRESS = 254
ADDRESS_TOO_LONG = f"An email address has at most {MAX_ADDRESS} characters."


def locked_until(failures: int, now: datetime) -> datetime | None:
    """After this many wrong passwords in a row, when sign-in opens again (None: it is open)."""
    return now + LOCKOUT if failures >= MAX_FAILURES else None


def locked_message(until: datetime) -> str:
    return (
        f"Too many wrong passwords for this account: sign-in is locked until "
        f"{until:%H:%M} UTC. Try again then, or ask an administrator."
    )


def session_is_current(started_at: datetime, now: datetime) -> bool:
    return now < started_at + SESSION_LIFETIME
