"""The test-control API fed what its OpenAPI file allows and what it does not (schemathesis, in
both modes, against a served simulator): a test tool's mistake gets a 4xx that says what is
wrong, never a server error."""

import subprocess
import sys
from pathlib import Path

from tests.server import ROOT

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_no_body_the_schema_allows_or_refuses_gets_a_server_error(server_factory, tmp_path):
    server = server_factory("--testing")
    run = subprocess.run(
        [
            str(SCHEMATHESIS),
            "run",
            str(ROOT / "docs" / "control-api.yaml"),
            "--url",
            f"{server.base}/_sim",
            "--checks",
            "not_a_server_error",
            "--mode",
            "all",
            "--max-examples",
            "40",
            "--seed",
            "20261208",  # the same cases every run: a failure here is one to reproduce
            "--generation-database",
            "none",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    print(run.stdout[-4000:])
    assert "generated" in run.stdout  # it ran cases, not only read the file
    assert "Server error" not in run.stdout
    assert run.returncode == 0, run.stdout[-2000:]


def test_a_body_that_is_not_an_object_is_answered_with_what_is_wrong(client):
    for path in ("/_sim/carts", "/_sim/store-orders", "/_sim/masquerades", "/_sim/clock"):
        for body in ("[null, null]", '"text"', "null", "12"):
            answer = client.post(path, data=body, content_type="application/json")
            assert answer.status_code == 400, (path, body)
            assert answer.json == {"error": "The body must be a JSON object."}
    wrong = {
        "/_sim/carts": ({"customer": {}, "lines": []}, "customer must be a string."),
        "/_sim/store-orders": (
            {"customer": "buyer1@store.example", "lines": [{"quantity": 1}]},
            "lines[0].sku is required.",
        ),
        "/_sim/masquerades": (
            {"rep": "ips.rep@store.example", "company_id": "2"},
            "company_id must be a whole number.",
        ),
        "/_sim/clock": ({"advance_seconds": 2.0**53}, "advance_seconds must be at most"),
        "/_sim/salesforce-orders/00000317/assign": ({"to": 7}, "to must be a string."),
    }
    for path, (body, message) in wrong.items():
        answer = client.post(path, json=body)
        assert answer.status_code == 400, (path, answer.json)
        assert answer.json["error"].startswith(message), answer.json
    assert client.get("/_sim/store-orders").json == []  # nothing was placed
