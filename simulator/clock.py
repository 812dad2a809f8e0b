"""The simulator's clock: real UTC time, shifted by an offset the control API can set.

now() is the time for whatever serves a request; services are given it as an argument."""

import threading
from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self):
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Naive UTC, the convention of every timestamp column."""
        with self._lock:
            offset = self._offset
        return wall_clock() + offset

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._offset = moment - wall_clock()

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += timedelta(seconds=seconds)

    def reset(self) -> None:
        with self._lock:
            self._offset = timedelta()


def now() -> datetime:
    """The current time of the application serving this request."""
    from flask import current_app

    return current_app.extensions["clock"].now()


def wall_clock() -> datetime:
    """The real time, never shifted: sessions and sign-in lockouts run on it, so that moving
    the business clock a day on (to expire a link) does not sign everyone out."""
    return datetime.now(UTC).replace(tzinfo=None)
