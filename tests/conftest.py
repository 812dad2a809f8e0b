import contextlib
import os
import re
import signal
import sys
import uuid
from pathlib import Path

import pytest

from fixtures import DEMO_PASSWORD
from simulator import create_app

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def app(tmp_path):
    return create_app({"INSTANCE_PATH": str(tmp_path), "TESTING_API": True})


@pytest.fixture
def client(app):
    return app.test_client()


class Browser:
    """A test client that behaves like a form-submitting person: it sends the page's CSRF token."""

    def __init__(self, client):
        self.client = client
        self.token = None

    def get(self, url, **kwargs):
        # A browser says where a request comes from; a person's own move within the site is
        # same-origin (the test passes other headers to play a link from another site).
        kwargs.setdefault("headers", {"Sec-Fetch-Site": "same-origin"})
        response = self.client.get(url, **kwargs)
        if match := CSRF.search(response.get_data(as_text=True)):
            self.token = match.group(1)
        return response

    def post(self, url, data=None, **kwargs):
        if self.token is None:
            self.get(url.rsplit("/", 1)[0] + "/")
        return self.client.post(url, data={"csrf_token": self.token, **(data or {})}, **kwargs)

    def shop(self, path: str) -> str:
        """The URL of a page of the company the signed-in user acts for, e.g. shop("/cart")."""
        location = self.client.get("/store/cart").location
        assert "/companies/" in location, f"the user acts for no company ({location})"
        return location.removesuffix("/cart") + path

    def store_sign_in(self, email, password=DEMO_PASSWORD):
        return self._sign_in("/store", {"email": email, "password": password})

    def console_log_in(self, email, password=DEMO_PASSWORD):
        return self._sign_in("/console", {"username": email, "password": password})

    def _sign_in(self, system: str, form: dict):
        """Sign in, then take the new session's CSRF token (sign-in replaces the old one)."""
        self.get(f"{system}/login")
        response = self.post(f"{system}/login", form)
        if response.status_code == 302:
            self.get(f"{system}/")
        return response


@pytest.fixture
def browser(client):
    return Browser(client)


@pytest.fixture
def server_factory():
    from tests.server import Server

    started = []

    def start(*args):
        server = Server(*args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


# -- no process left behind -------------------------------------------------------------------
# Every process a test starts inherits this marker in its environment, grandchildren too, and
# keeps it when its parent dies and it is handed to init: at the end of the session any
# process still carrying it was left behind by a test, and the session fails.
LEFT_BEHIND_MARKER = "ATS_TEST_SESSION"


def pytest_sessionstart(session):
    os.environ[LEFT_BEHIND_MARKER] = f"{os.getpid()}-{uuid.uuid4().hex}"


def processes_carrying(marker: str) -> dict[int, str]:
    """pid -> command line of every other process whose environment carries the marker."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environment = (entry / "environ").read_bytes().split(b"\0")
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # ended meanwhile, or not ours to read
            continue
        if marker.encode() in environment:
            found[int(entry.name)] = command
    return found


def pytest_sessionfinish(session, exitstatus):
    marker = os.environ.get(LEFT_BEHIND_MARKER)
    if not marker or not Path("/proc").is_dir():
        return
    left = processes_carrying(f"{LEFT_BEHIND_MARKER}={marker}")
    if left:
        lines = "\n".join(f"  {pid}: {command[:200]}" for pid, command in left.items())
        print(f"\nTests left {len(left)} process(es) running:\n{lines}", file=sys.stderr)
        for pid in left:  # only those this session started (they carry its marker)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
