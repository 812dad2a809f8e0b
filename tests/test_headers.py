"""Every page tells the browser not to frame it, sniff it, or leak its address; the session
cookie can be marked Secure for an HTTPS deployment."""

import pytest

from simulator import create_app


@pytest.mark.parametrize("path", ["/", "/store/login", "/console/login", "/mailbox/"])
def test_every_page_sends_the_security_headers(client, path):
    headers = client.get(path).headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_the_session_cookie_is_secure_when_served_over_https(tmp_path, monkeypatch):
    monkeypatch.setenv("SIM_SECURE_COOKIES", "1")
    app = create_app({"INSTANCE_PATH": str(tmp_path)})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    cookies = app.test_client().get("/store/login").headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith("store_session="))
    assert "Secure" in session_cookie
    assert "Path=/store;" in session_cookie and "HttpOnly" in session_cookie
