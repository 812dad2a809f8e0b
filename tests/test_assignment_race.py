"""Twenty CSRs press "Assign to me" on one queue order at the same moment, on a real server."""

import json

import pytest

from tests.server import Visitor, at_once

RACERS = 20


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
        session = Visitor(server.base)
        session.console_sign_in(email)
        assert "Assign to me" in session.get("/console/orders/00000317")
        sessions.append(session)

    results = at_once(
        *(lambda s=session: s.post("/console/orders/00000317/assign") for session in sessions)
    )

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
