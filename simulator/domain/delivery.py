"""How the integration retries a message it could not deliver.

A message that fails is tried again later, each wait twice the last; after MAX_ATTEMPTS it is
set aside as a dead letter for an administrator to look at, instead of being retried forever.
"""

from datetime import datetime, timedelta

MAX_ATTEMPTS = 5
FIRST_WAIT = timedelta(seconds=10)


def next_attempt_at(attempts: int, now: datetime) -> datetime | None:
    """When to try again after `attempts` failed tries; None: give up (a dead letter)."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return now + FIRST_WAIT * 2 ** (attempts - 1)
