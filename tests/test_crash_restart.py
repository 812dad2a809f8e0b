"""kill -9 in the middle of checkouts loses no acknowledged order: every order the server
answered 201 for is there after a restart on the same database."""

import json
import threading

import pytest

from tests.server import Server

pytestmark = pytest.mark.server
BUYERS = ["buyer1@store.example", "buyer2@store.example", "buyer3@store.example"]
PER_ROUND = 25  # acknowledged orders before each crash
ORDER = {"lines": [{"sku": "ATS-LB-1001"}]}


class Acknowledged:
    """The order numbers the server answered 201 for, and a signal once there are enough."""

    def __init__(self):
        self.numbers, self.lock, self.enough, self.target = [], threading.Lock(), None, 0

    def expect(self, more: int) -> threading.Event:
        with self.lock:
            self.target, self.enough = len(self.numbers) + more, threading.Event()
        return self.enough

    def add(self, number: str) -> None:
        with self.lock:
            self.numbers.append(number)
            if len(self.numbers) >= self.target:
                self.enough.set()


def _place_until_it_dies(server: Server, buyer: str, acknowledged: Acknowledged) -> None:
    while server.process.poll() is None:
        try:
            status, body = server.request(
                "POST", "/_sim/store-orders", {"customer": buyer, **ORDER}
            )
        except OSError:  # the connection died with the server
            return
        if status == 201:
            acknowledged.add(json.loads(body)["number"])


def _crash_during_checkouts(database_url: str, acknowledged: Acknowledged) -> None:
    server = Server("--testing", "--database-url", database_url)
    enough = acknowledged.expect(PER_ROUND)
    threads = [
        threading.Thread(target=_place_until_it_dies, args=(server, buyer, acknowledged))
        for buyer in BUYERS
    ]
    for thread in threads:
        thread.start()
    try:
        assert enough.wait(timeout=120), "the server never acknowledged enough orders"
    finally:
        server.process.kill()  # SIGKILL: no shutdown, nothing flushed on the way out
        server.process.wait(timeout=10)
        for thread in threads:
            thread.join(timeout=30)
        server.folder.cleanup()


def test_no_acknowledged_order_is_lost_across_two_crashes(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'orders.db'}"
    acknowledged = Acknowledged()
    for _ in range(2):
        _crash_during_checkouts(database_url, acknowledged)
    survivor = Server("--testing", "--database-url", database_url)
    try:
        status, body = survivor.request("GET", "/_sim/store-orders")
    finally:
        survivor.stop()
    assert status == 200
    kept = {order["number"] for order in json.loads(body)}
    missing = sorted(set(acknowledged.numbers) - kept)
    assert not missing, f"{len(missing)} acknowledged orders lost: {missing[:10]}"
    assert len(acknowledged.numbers) >= 2 * PER_ROUND
