"""The simulator as a separate process with a real HTTP server (waitress), for tests."""

import html
import http.cookiejar
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

from ats_spec.served import ROOT, ServedSimulator
from fixtures import DEMO_PASSWORD

__all__ = ["ROOT", "Server", "Visitor", "at_once"]

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class Server(ServedSimulator):
    @property
    def base(self) -> str:
        return self.base_url

    def request(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


class Visitor:
    """One person's browser over real HTTP: cookies, and the CSRF token of the last form seen.
    Redirects are followed, as a browser does."""

    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.token = None
        self.path = None  # where the last request ended up, after redirects
        self.page = ""  # the last page

    def get(self, path: str) -> str:
        return self.send(path)[1]

    def post(self, path: str, form: dict | None = None) -> tuple[int, str]:
        return self.send(path, {"csrf_token": self.token, **(form or {})})

    def send(self, path: str, form: dict | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(self.base + path, data=data, timeout=60) as response:
                status, page = response.status, response.read().decode()
                self.path = response.geturl().removeprefix(self.base)
        except urllib.error.HTTPError as error:
            status, page = error.code, error.read().decode()
        if match := CSRF.search(page):
            self.token = match.group(1)
        self.page = page
        return status, page

    def submit(self, action: str, fields: dict | None = None) -> tuple[int, str]:
        """Submit the form of the last page whose action ends with `action`, as a browser would:
        its fields with the values the page gave them, changed where `fields` says."""
        forms = Forms()
        forms.feed(self.page)
        for found in forms.found:  # a form without an action posts to the page's own address
            found["action"] = found["action"] or self.path
        form = next((f for f in forms.found if f["action"].endswith(action)), None)
        assert form is not None, (
            f"no form for {action} on {self.path}: {[f['action'] for f in forms.found]}"
        )
        return self.send(form["action"], {**form["values"], **(fields or {})})

    def store_sign_in(self, email: str, password: str = DEMO_PASSWORD) -> tuple[int, str]:
        self.get("/store/login")
        return self.post("/store/login", {"email": email, "password": password})

    def console_sign_in(self, email: str, password: str = DEMO_PASSWORD) -> tuple[int, str]:
        self.get("/console/login")
        return self.post("/console/login", {"username": email, "password": password})


class Forms(HTMLParser):
    """The forms of a page: action and the values a browser would send by default."""

    def __init__(self):
        super().__init__()
        self.found, self._form, self._text, self._select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "option" and self._select and self._form is not None:
            values = self._form["values"]
            if "selected" in attrs or self._select not in values:
                values[self._select] = attrs.get("value", "")
        if tag == "form":
            self._form = {"action": html.unescape(attrs.get("action") or ""), "values": {}}
            self.found.append(self._form)
        elif self._form is None or not attrs.get("name"):
            return
        elif tag == "input" and attrs.get("type") not in ("checkbox", "radio", "submit"):
            self._form["values"][attrs["name"]] = attrs.get("value") or ""
        elif tag == "input" and "checked" in attrs:
            self._form["values"][attrs["name"]] = attrs.get("value") or "on"
        elif tag == "textarea":
            self._text = attrs["name"]
            self._form["values"][self._text] = ""
        elif tag == "select":
            self._select = attrs["name"]

    def handle_data(self, data):
        if self._text:
            self._form["values"][self._text] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._text = None
        elif tag == "select":
            self._select = None


def at_once(*actions) -> list:
    """Run the actions in threads released together; their results, in order."""
    start = threading.Barrier(len(actions))
    results = [None] * len(actions)

    def run(index):
        start.wait()
        results[index] = actions[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results
