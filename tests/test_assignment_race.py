"""Twenty CSRs press "Assign to me" on one queue order at the same moment, on a real server."""

import http.cookiejar
import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from fixtures import DEMO_PASSWORD

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
RACERS = 20


class Session:
    """One CSR's browser session: cookies and the page's CSRF token."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.token = None

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            page = response.read().decode()
        if match := CSRF.search(page):
            self.token = match.group(1)
        return page

    def post(self, path: str, form: dict) -> tuple[int, str]:
        data = urllib.parse.urlencode({"csrf_token": self.token, **form}).encode()
        try:
            with self.opener.open(self.base + path, data=data, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


@pytest.mark.server
def test_exactly_one_of_twenty_concurrent_csrs_gets_the_order(server_factory):
    server = server_factory("--testing", "--threads", str(RACERS))
    emails = [f"racer{n}@console.example" for n in range(RACERS)]
    for n, email in enumerate(emails):
        status, _ = server.request(
            "POST", "/_sim/console-users", {"email": email, "name": f"Racer {n}", "persona": "csr"}
        )
        assert status == 201
    status, _ = server.request(
        "POST",
        "/_sim/store-orders",
        {"customer": "buyer1@store.example", "site_id": 2, "lines": [{"sku": "ATS-LB-1001"}]},
    )
    assert status == 201
    assert server.request("POST", "/_sim/integration/run")[0] == 200

    sessions = []
    for email in emails:  # everyone logged in and looking at the order before the start
        session = Session(server.base)
        session.get("/console/login")
        session.post("/console/login", {"username": email, "password": DEMO_PASSWORD})
        assert "Assign to me" in session.get("/console/orders/00000317")
        sessions.append(session)

    start = threading.Barrier(RACERS)
    results = [None] * RACERS

    def race(index):
        start.wait()
        results[index] = sessions[index].post("/console/orders/00000317/assign", {})

    threads = [threading.Thread(target=race, args=(i,)) for i in range(RACERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    winners = [i for i, (status, page) in enumerate(results) if status == 200]
    assert len(winners) == 1, [status for status, _ in results]
    winner_name = f"Racer {winners[0]}"
    assert "Assigned to you." in results[winners[0]][1]
    for index, (status, page) in enumerate(results):
        if index != winners[0]:
            assert status == 403
            assert f"This order is already assigned to {winner_name}." in page
    _, body = server.request("GET", "/_sim/salesforce-orders/00000317")
    assert json.loads(body)["owner"] == emails[winners[0]]
