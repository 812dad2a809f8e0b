import re

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
