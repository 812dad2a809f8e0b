"""The simulator as it is started by hand: a real process and a real HTTP server."""

import json
import subprocess
import sys

import pytest

from simulator.integration.sync import Worker
from tests.server import ROOT


@pytest.mark.server
def test_the_suite_drives_an_implementation_given_by_url(server_factory, tmp_path):
    """With store and console URLs the suite starts no simulator of its own."""
    server = server_factory("--testing")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "behave",
            "--no-junit",
            "-f",
            "plain",
            "--no-capture",
            "-D",
            f"store_url={server.base}/store",
            "-D",
            f"console_url={server.base}/console",
            "features/store/account/signing_in.feature",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Driving the external implementation: store {server.base}/store" in result.stdout
    assert "7 scenarios passed, 0 failed" in result.stdout


@pytest.mark.server
def test_serving_by_hand_prints_urls_and_demo_logins_and_hides_the_control_api(server_factory):
    server = server_factory()
    banner = "".join(server.banner)
    assert f"Store:   {server.base}/store/" in banner
    assert f"Console: {server.base}/console/" in banner
    assert "buyer1@store.example" in banner and "csr1@console.example" in banner
    assert "Integration: every 5 s" in banner
    assert server.request("GET", "/store/login")[0] == 200
    assert server.request("GET", "/console/login")[0] == 200
    assert server.request("POST", "/_sim/reset")[0] == 404


@pytest.mark.server
def test_testing_mode_mounts_the_control_api(server_factory):
    server = server_factory("--testing")
    assert "Control:" in "".join(server.banner)
    status, body = server.request("POST", "/_sim/reset")
    assert status == 200 and json.loads(body)["reset"] is True
    status, body = server.request(
        "POST",
        "/_sim/store-orders",
        {"customer": "buyer1@store.example", "site_id": 2, "lines": [{"sku": "ATS-LB-1001"}]},
    )
    assert status == 201 and json.loads(body)["number"] == "420"


def test_the_worker_runs_the_integration_by_itself(app, client):
    client.post(
        "/_sim/store-orders",
        json={"customer": "buyer1@store.example", "site_id": 2, "lines": [{"sku": "ATS-LB-1001"}]},
    )
    worker = Worker(app.extensions["integration"], interval=0.05)
    worker.start()
    try:
        assert worker.completed_run.wait(timeout=10), "the worker never ran"
    finally:
        worker.stop()
        worker.join(timeout=5)
    assert client.get("/_sim/store-orders/420").json["salesforce_number"] == "00000317"
