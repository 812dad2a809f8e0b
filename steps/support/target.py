"""Which store and console the suite drives: given URLs, or the embedded simulator.

Given STORE_URL and CONSOLE_URL (behave -D store_url=... -D console_url=..., or environment
variables), the suite drives that implementation and starts nothing. CONTROL_URL and
MAILBOX_URL default to the store's origin + /_sim and /mailbox. Without them, the simulator
starts in this process on a free port.
"""

import os
import sys
import tempfile
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Target:
    store_url: str
    console_url: str
    control_url: str
    mailbox_url: str
    embedded: bool

    def describe(self) -> str:
        kind = "embedded simulator" if self.embedded else "external implementation"
        return f"{kind}: store {self.store_url}, console {self.console_url}"

    def unanswered(self, timeout: float = 5) -> list[str]:
        """The parts that do not answer HTTP at all (any status is an answer)."""
        parts = {"store": self.store_url, "console": self.console_url}
        parts["control API"] = self.control_url + "/fixtures"
        return [f"the {name} at {url}" for name, url in parts.items() if not _answers(url, timeout)]


def _answers(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except urllib.error.HTTPError:  # an HTTP error is still an answer
        return True
    except (OSError, ValueError):
        return False


def preflight(target: Target) -> None:
    """Stop before the first scenario, in one sentence, when the target is not there."""
    if missing := target.unanswered():
        stop(
            f"Nothing answers at {' or '.join(missing)}: start the implementation, or correct "
            "STORE_URL, CONSOLE_URL and CONTROL_URL (-D store_url=... and so on)."
        )


class Stopped(SystemExit):
    """The run ends before any scenario, for the reason given (the report shows it)."""

    def __init__(self, sentence: str):
        super().__init__(2)
        self.sentence = sentence


def stop(sentence: str) -> None:
    """End the run before any scenario. behave reports a hook's SystemExit without its text,
    so the sentence is printed first."""
    print(sentence, file=sys.stderr, flush=True)
    raise Stopped(sentence)


def _setting(userdata, name: str) -> str | None:
    value = userdata.get(name) or os.environ.get(name.upper())
    return value.rstrip("/") if value else None


class EmbeddedSimulator:
    """The simulator served by a real HTTP server in a background thread of this process."""

    def __init__(self):
        from werkzeug.serving import WSGIRequestHandler, make_server

        from simulator import create_app

        class Unlogged(WSGIRequestHandler):
            """No line per request in the run's output (errors are still logged)."""

            def log_request(self, *args, **kwargs) -> None:
                pass

        self.folder = tempfile.TemporaryDirectory(prefix="ats-sim-")
        self.app = create_app({"INSTANCE_PATH": self.folder.name, "TESTING_API": True})
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True, request_handler=Unlogged)
        # A short poll: stopping waits for the server loop to notice, 0.5 s by default.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)
        self.folder.cleanup()


def resolve(userdata) -> tuple[Target, EmbeddedSimulator | None]:
    store_url = _setting(userdata, "store_url")
    console_url = _setting(userdata, "console_url")
    if bool(store_url) != bool(console_url):
        stop("Give both STORE_URL and CONSOLE_URL, or neither (embedded simulator).")
    if store_url:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(store_url))
        control_url = _setting(userdata, "control_url") or f"{origin}/_sim"
        mailbox_url = _setting(userdata, "mailbox_url") or f"{origin}/mailbox"
        return Target(store_url, console_url, control_url, mailbox_url, embedded=False), None
    simulator = EmbeddedSimulator()
    base = simulator.base_url
    target = Target(
        f"{base}/store", f"{base}/console", f"{base}/_sim", f"{base}/mailbox", embedded=True
    )
    return target, simulator
