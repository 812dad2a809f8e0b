"""The test-control API: fast reset, seed helpers, the integration on demand, the clock."""

from simulator import create_app


def place(client, **overrides):
    body = {"customer": "buyer1@store.example", "site_id": 2, "lines": [{"sku": "ATS-LB-1001"}]}
    return client.post("/_sim/store-orders", json={**body, **overrides})


def test_control_api_is_absent_unless_testing(tmp_path, monkeypatch):
    monkeypatch.delenv("SIM_TESTING", raising=False)
    client = create_app({"INSTANCE_PATH": str(tmp_path)}).test_client()
    assert client.post("/_sim/reset").status_code == 404
    assert client.get("/_sim/fixtures").status_code == 404


def test_reset_returns_to_the_seeded_state_and_says_how_long_it_took(client):
    assert place(client).status_code == 201
    client.post("/_sim/integration/run")
    assert client.get("/_sim/store-orders").json != []
    response = client.post("/_sim/reset")  # its time is a benchmark figure, not asserted
    assert response.status_code == 200 and response.json["milliseconds"] >= 0
    assert client.get("/_sim/store-orders").json == []
    assert place(client).json["number"] == "420"  # numbering starts again too


def test_fixtures_are_deterministic(tmp_path):
    first = create_app({"INSTANCE_PATH": str(tmp_path / "a"), "TESTING_API": True})
    second = create_app({"INSTANCE_PATH": str(tmp_path / "b"), "TESTING_API": True})
    a = first.test_client().get("/_sim/fixtures").json
    b = second.test_client().get("/_sim/fixtures").json
    assert a == b


def test_fixtures_cover_what_the_rules_need(client):
    data = client.get("/_sim/fixtures").json
    companies = data["companies"]
    assert {c["has_terms"] for c in companies} == {True, False}
    assert {bool(c["ups_account"]) for c in companies} == {True, False}
    assert {s["is_fms"] for c in companies for s in c["sites"]} == {True, False}
    assert {u["persona"] for u in data["store_users"]} == {
        "buyer",
        "ats_buyer",
        "ips_sales_rep",
        "site_service_rep",
    }
    assert {u["persona"] for u in data["console_users"]} == {
        "csr",
        "pricing_analyst",
        "repair_technician",
        "warehouse",
        "admin",
    }
    products = data["products"]
    assert {(p["kind"], p["product_line"]) for p in products} >= {
        ("new", "Legacy"),
        ("new", "Harvard"),
        ("repair", "Legacy"),
        ("repair", "Harvard"),
    }
    assert any(p["vendor"] == "Partsco" for p in products)
    repairs = [p for p in products if p["kind"] == "repair"]
    assert {p["price_cents"] > 0 for p in repairs} == {True, False}  # priced and EVAL
    reps = [u for u in data["store_users"] if u["persona"] != "buyer"]
    assert all(len(u["assigned_company_ids"]) >= 2 for u in reps)


def test_seeded_order_goes_through_the_store_rules(client):
    refused = place(client, lines=[{"sku": "ATS-LB-1001", "quantity": 0}])
    assert refused.status_code == 422 and "quantity" in refused.json["fields"]
    wrong_site = place(client, site_id=3)  # a site of another company
    assert wrong_site.status_code == 422
    assert client.get("/_sim/store-orders").json == []


def test_integration_runs_on_demand_and_can_be_taken_down(client):
    number = place(client).json["number"]
    assert client.post("/_sim/integration/down").status_code == 200
    down = client.post("/_sim/integration/run")
    assert down.status_code == 503 and down.json["integration_down"]
    assert client.get(f"/_sim/store-orders/{number}").json["salesforce_number"] is None
    client.post("/_sim/integration/up")
    assert client.post("/_sim/integration/run").json["delivered"] == [f"order:{number}"]
    assert client.get(f"/_sim/store-orders/{number}").json["salesforce_number"] == "00000317"


def test_the_clock_can_be_set_and_advanced(client):
    client.post("/_sim/clock", json={"now": "2027-01-15T09:00:00"})
    assert client.get("/_sim/clock").json["now"].startswith("2027-01-15T09:00")
    moved = client.post("/_sim/clock", json={"advance_seconds": 3600}).json["now"]
    assert moved.startswith("2027-01-15T10:00")
    assert client.post("/_sim/clock", json={}).status_code == 400
    client.post("/_sim/reset")
    assert not client.get("/_sim/clock").json["now"].startswith("2027")


def test_a_database_from_an_older_simulator_is_rebuilt_and_seeded(tmp_path):
    import sqlite3

    create_app({"INSTANCE_PATH": str(tmp_path)})
    with sqlite3.connect(tmp_path / "simulator.db") as connection:
        connection.execute("DROP TABLE sf_order_lines")
        connection.execute("CREATE TABLE sf_order_lines (id INTEGER PRIMARY KEY)")
    client = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING_API": True}).test_client()
    assert len(client.get("/_sim/fixtures").json["companies"]) == 6
    response = client.post(
        "/_sim/store-orders",
        json={"customer": "buyer1@store.example", "site_id": 2, "lines": [{"sku": "ATS-LB-1001"}]},
    )
    assert response.status_code == 201
    assert client.post("/_sim/integration/run").json["failed"] == {}


def test_a_session_opened_by_the_control_api_signs_the_browser_in(client):
    opened = client.post(
        "/_sim/sessions", json={"system": "store", "email": "Buyer1@store.example "}
    )
    assert opened.status_code == 201
    (cookie,) = opened.json["cookies"]
    assert (cookie["name"], cookie["path"]) == ("store_session", "/store")
    client.set_cookie(cookie["name"], cookie["value"], path=cookie["path"])
    assert client.get("/store/").status_code == 200  # the dashboard, not the sign-in page
    assert client.get("/console/").status_code == 302  # the console's own session is apart


def test_a_console_session_from_the_control_api_ends_on_log_out(client):
    opened = client.post(
        "/_sim/sessions", json={"system": "console", "email": "csr1@console.example"}
    )
    (cookie,) = opened.json["cookies"]
    client.set_cookie(cookie["name"], cookie["value"], path=cookie["path"])
    page = client.get("/console/")
    assert page.status_code == 200 and b"Log Out" in page.data
    token = page.data.split(b'name="csrf_token" value="')[1].split(b'"')[0].decode()
    client.post("/console/logout", data={"csrf_token": token})
    client.set_cookie(cookie["name"], cookie["value"], path=cookie["path"])  # the copied cookie
    assert client.get("/console/").status_code == 302


def test_a_session_for_no_such_system_or_account_is_refused(client):
    assert (
        client.post("/_sim/sessions", json={"system": "mailbox", "email": "x"}).status_code == 400
    )
    unknown = client.post("/_sim/sessions", json={"system": "store", "email": "nobody@x.example"})
    assert unknown.status_code == 404 and "nobody@x.example" in unknown.json["error"]


def test_the_suite_signs_in_through_the_pages_where_no_session_route_is_offered(
    tmp_path, monkeypatch
):
    """An implementation whose control API lacks POST /sessions: the client says so (None), once,
    and the steps fall back to the sign-in pages."""
    import threading

    from werkzeug.serving import make_server

    from steps.support.control import Control

    monkeypatch.delenv("SIM_TESTING", raising=False)
    app = create_app({"INSTANCE_PATH": str(tmp_path)})  # no test-control API at all
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        control = Control(f"http://127.0.0.1:{server.server_port}/_sim")
        assert control.open_session("store", "buyer1@store.example") is None
        assert control.offers_sessions is False
    finally:
        server.shutdown()


def _without_numbers(order: dict) -> dict:
    return {k: v for k, v in order.items() if k not in ("number",)}


def test_an_order_recorded_unchecked_is_the_order_checkout_would_place(client):
    """An order seeded without the rules (a bystander) is the same record, field by field, as
    one placed through them: a Terms company paying by PO, and one paying by card."""
    for customer in ("buyer1@store.example", "buyer3@store.example"):
        body = {"customer": customer, "lines": [{"sku": "ATS-LB-1001", "quantity": 2}]}
        checked = client.post("/_sim/store-orders", json=body)
        unchecked = client.post("/_sim/store-orders", json={**body, "checked": False})
        assert checked.status_code == unchecked.status_code == 201
        first = client.get(f"/_sim/store-orders/{checked.json['number']}").json
        second = client.get(f"/_sim/store-orders/{unchecked.json['number']}").json
        assert _without_numbers(first) == _without_numbers(second)
        assert first["total_cents"] == 2 * 184500


def test_an_unchecked_order_is_recorded_where_the_rules_would_refuse_it(client):
    """What checked false is for: a scene that a broken rule cannot keep from being set. A PO
    number of spaces is refused through the rules and recorded without them."""
    body = {
        "customer": "buyer1@store.example",
        "lines": [{"sku": "ATS-LB-1001"}],
        "payment": {"method": "po", "po_number": "PO-1"},
    }
    refused = {**body, "payment": {"method": "po", "po_number": "   "}}
    assert client.post("/_sim/store-orders", json=refused).status_code == 422
    assert client.post("/_sim/store-orders", json={**refused, "checked": False}).status_code == 201


def test_a_cart_filled_unchecked_holds_what_the_rules_would_hold(client):
    body = {"customer": "buyer1@store.example", "lines": [{"sku": "ATS-LB-1001", "quantity": 3}]}
    checked = client.post("/_sim/carts", json=body)
    unchecked = client.post("/_sim/carts", json={**body, "checked": False})
    assert checked.status_code == unchecked.status_code == 201
    assert checked.json == unchecked.json == {"lines": 1, "total_cents": 3 * 184500}
    over = {**body, "lines": [{"sku": "ATS-LB-1001", "quantity": 1000}]}
    assert client.post("/_sim/carts", json=over).status_code == 422
    assert client.post("/_sim/carts", json={**over, "checked": False}).status_code == 201
