"""The simulator as a separate process behind waitress (its production server), for runs that
drive it by URL exactly as they would drive another implementation.

The command that starts it is a parameter, so the gate can start a deliberately broken variant
the same way (ats_spec/gate/).
"""

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIMULATOR = [sys.executable, "-m", "simulator"]


class ServedSimulator:
    """Starts `command --port 0 --instance-path <own folder> *args` (a free port, a database of
    its own) and reads the addresses it prints; its later output goes to log, or is dropped."""

    def __init__(
        self,
        *args: str,
        command: list[str] | None = None,
        log: Path | None = None,
        cwd: Path = ROOT,
    ):
        self.folder = tempfile.TemporaryDirectory(prefix="ats-served-")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("SIM_TESTING", None)
        self.process = subprocess.Popen(
            [
                *(command or SIMULATOR),
                "--port",
                "0",
                "--instance-path",
                self.folder.name,
                *args,
            ],
            cwd=cwd,  # `python -m simulator` imports the simulator found here
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.banner: list[str] = []
        self.base_url = None
        for line in self.process.stdout:  # printed once the socket is bound
            self.banner.append(line)
            if line.startswith("Store:"):
                self.base_url = line.split()[1].removesuffix("/store/")
            if "admin@console.example" in line:  # the banner's last line
                break
        if self.base_url is None:
            self.stop()
            raise RuntimeError("The simulator did not start:\n" + "".join(self.banner))
        self._drain = threading.Thread(target=self._copy_output, args=(log,), daemon=True)
        self._drain.start()

    def _copy_output(self, log: Path | None) -> None:
        """Keep reading, so that a full pipe never stalls the server."""
        sink = open(log, "a") if log else None  # noqa: SIM115 - open for the process's life
        try:
            for line in self.process.stdout:
                if sink:
                    sink.write(line)
        finally:
            if sink:
                sink.close()

    @property
    def store_url(self) -> str:
        return f"{self.base_url}/store"

    @property
    def console_url(self) -> str:
        return f"{self.base_url}/console"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.folder.cleanup()
