"""A client for the test-control API (docs/control-api.yaml). Given steps seed through it."""

import json
import urllib.error
import urllib.request


class ControlError(AssertionError):
    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class Control:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.offers_sessions: bool | None = None  # POST /sessions, known after the first call

    def _call(self, method: str, path: str, body=None, expect=(200, 201)):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        if status not in expect:
            raise ControlError(f"{method} {path} answered {status}: {text}", status)
        return json.loads(text) if text else None

    def open_session(self, system: str, email: str) -> list[dict] | None:
        """The cookies of someone signed in to the store or console (POST /sessions), or None
        when the implementation does not offer that route: then sign in through the pages."""
        if self.offers_sessions is False:
            return None
        try:
            cookies = self._call("POST", "/sessions", {"system": system, "email": email})
        except ControlError as error:
            if error.status in (404, 405):
                self.offers_sessions = False
                return None
            raise
        self.offers_sessions = True
        return cookies["cookies"]

    def reset(self):
        return self._call("POST", "/reset")

    def fixtures(self) -> dict:
        return self._call("GET", "/fixtures")

    def place_store_order(self, customer: str, site_id: int, skus: list[str], **extra) -> dict:
        lines = [{"sku": sku, "quantity": 1} for sku in skus]
        return self._call(
            "POST",
            "/store-orders",
            {"customer": customer, "site_id": site_id, "lines": lines, **extra},
        )

    def place_order_lines(self, customer: str, site_id: int, lines: list[dict], **extra) -> dict:
        body = {"customer": customer, "site_id": site_id, "lines": lines, **extra}
        return self._call("POST", "/store-orders", body)

    def assign_quote(self, number: str, email: str) -> dict:
        return self._call("POST", f"/salesforce-quotes/{number}/assign", {"to": email})

    def present_quote(self, number: str) -> dict:
        return self._call("POST", f"/salesforce-quotes/{number}/present")

    def evaluate_quote(self, number: str, code: str, price: str, notes: str) -> dict:
        line = {"product_code": code, "repair_price": price, "notes": notes}
        return self._call("POST", f"/salesforce-quotes/{number}/evaluation", {"lines": [line]})

    def customer_reply(self, number: str, text: str) -> dict:
        return self._call("POST", f"/salesforce-quotes/{number}/customer-reply", {"body": text})

    def fill_cart(self, customer: str, skus: list[str], problem: str | None = None) -> dict:
        """One of each SKU; a repair line carries the problem description given. The cart is
        one the scenario finds already filled (checked false): the cart's rules are tried by
        what the scenario does, not by the scene it starts from."""
        lines = [{"sku": sku, "quantity": 1, "problem_description": problem} for sku in skus]
        body = {"customer": customer, "lines": lines, "checked": False}
        return self._call("POST", "/carts", body)

    def masquerade(self, rep: str, company_id: int) -> dict:
        return self._call("POST", "/masquerades", {"rep": rep, "company_id": company_id})

    def salesforce_quote(self, number: str) -> dict:
        return self._call("GET", f"/salesforce-quotes/{number}")

    def salesforce_order(self, number: str) -> dict:
        return self._call("GET", f"/salesforce-orders/{number}")

    def store_orders(self) -> list[dict]:
        return self._call("GET", "/store-orders")

    def run_integration(self) -> dict:
        return self._call("POST", "/integration/run")

    def assign(self, salesforce_number: str, email: str) -> dict:
        return self._call("POST", f"/salesforce-orders/{salesforce_number}/assign", {"to": email})

    def set_job_numbers(self, salesforce_number: str, job_number: str) -> dict:
        return self._call(
            "POST",
            f"/salesforce-orders/{salesforce_number}/job-numbers",
            {"job_number": job_number},
        )

    def ready_to_ship(self, salesforce_number: str) -> dict:
        return self._call("POST", f"/salesforce-orders/{salesforce_number}/ready-to-ship")

    def clock(self) -> dict:
        """The implementation's business clock: {"now": ISO time}."""
        return self._call("GET", "/clock")

    def advance_clock(self, seconds: float) -> dict:
        return self._call("POST", "/clock", {"advance_seconds": seconds})

    def store_order(self, number: str) -> dict:
        return self._call("GET", f"/store-orders/{number}")
