"""The simulator as it is started by hand: a real process and a real HTTP server."""

import json
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from simulator.integration.sync import Worker

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tmp_path, *args):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("SIM_TESTING", None)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "simulator",
                "--port",
                str(self.port),
                "--instance-path",
                str(tmp_path),
                *args,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.banner = []
        for line in self.process.stdout:  # the banner is printed once the socket is bound
            self.banner.append(line)
            if "admin@console.example" in line:  # the banner's last line
                break

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

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


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
    assert "3 scenarios passed, 0 failed" in result.stdout


@pytest.fixture
def server_factory(tmp_path):
    started = []

    def start(*args):
        server = Server(tmp_path / str(len(started)), *args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


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
