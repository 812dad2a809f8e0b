"""The simulator as a separate process with a real HTTP server (waitress), for tests."""

import json
import urllib.error
import urllib.request

from steps.support.served import ROOT, ServedSimulator

__all__ = ["ROOT", "Server"]


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
