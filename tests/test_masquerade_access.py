"""A rep acts only for assigned companies; every store route that takes a company says so
(DOMAIN.md decision 10). Masquerades, orders for a company and refusals are audited."""

import re

import pytest
from sqlalchemy import func, select

from simulator.audit.models import AuditEntry
from simulator.db import Base
from simulator.store.models import RepAssignment

REP = "ips.rep@store.example"  # assigned to companies 1 (Lyons PLC), 5 and 6
ASSIGNED, OTHER_ASSIGNED, NOT_ASSIGNED = 1, 5, 2
ARGUMENTS = {"sku": "ATS-LB-1001", "line_id": "1", "step": "shipping"}


def company_routes(app, company_id):
    """Every store route that takes a company, for that company, with each of its methods."""
    routes = []
    for rule in app.url_map.iter_rules():
        if "company_id" not in rule.arguments:
            continue
        url = re.sub(r"<(?:[^:>]+:)?company_id>", str(company_id), rule.rule)
        for name, value in ARGUMENTS.items():
            url = re.sub(rf"<(?:[^:>]+:)?{name}>", value, url)
        routes += [(method, url) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return routes


def row_counts(app) -> dict[str, int]:
    """How many rows each table holds, but for the audit log, which refusals add to."""
    with app.extensions["database"].Session() as db:
        return {
            table.name: db.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
            if table.name != "audit_entries"
        }


def audit(app) -> list[AuditEntry]:
    with app.extensions["database"].Session() as db:
        return list(db.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def send(browser, method, url):
    if method == "GET":
        return browser.get(url)
    return browser.post(url, {"quantity": "1", "problem_description": "x" * 30})


def masquerade(browser, company_id):
    return browser.post(f"/store/companies/{company_id}/masquerade")


def fill_cart(client, email, sku="ATS-LB-1001", **line):
    response = client.post("/_sim/carts", json={"customer": email, "lines": [{"sku": sku, **line}]})
    assert response.status_code == 201, response.json


def test_the_walk_finds_every_company_route(app):
    urls = {url for _, url in company_routes(app, 7)}
    assert {
        "/store/companies/7/masquerade",
        "/store/companies/7/catalog",
        "/store/companies/7/cart",
        "/store/companies/7/checkout/place",
        "/store/companies/7/orders",
    } <= urls
    assert len(company_routes(app, 7)) >= 13


@pytest.mark.parametrize("masquerading", [False, True])
def test_an_unassigned_company_is_refused_on_every_route_and_each_attempt_logged(
    app, browser, masquerading
):
    browser.store_sign_in(REP)
    if masquerading:
        masquerade(browser, ASSIGNED)
    before, logged = row_counts(app), len(audit(app))
    routes = company_routes(app, NOT_ASSIGNED)
    for method, url in routes:
        response = send(browser, method, url)
        assert response.status_code == 403, f"{method} {url}"
        page = response.get_data(as_text=True)
        assert "You are not assigned to this company" in page
        assert "Garcia" not in page, "the refusal told the rep the company's name"
    assert row_counts(app) == before, "a refused request changed something"
    refusals = audit(app)[logged:]
    assert len(refusals) == len(routes)
    assert {(e.actor_email, e.company_name, e.action) for e in refusals} == {
        (REP, "Garcia, Moore and Kennedy", "Refused: not assigned to the company")
    }
    assert {e.detail for e in refusals} == {
        f"{m} {u}" for m, u in routes if "masquerade" not in u
    } | {"start a masquerade"}


def test_a_buyer_is_refused_every_route_of_another_company(app, browser):
    browser.store_sign_in("buyer1@store.example")
    before = row_counts(app)
    for method, url in company_routes(app, 2):
        assert send(browser, method, url).status_code == 403, f"{method} {url}"
    assert row_counts(app) == before


def test_an_assigned_company_the_rep_is_not_acting_for_is_redirected_unchanged(app, browser):
    browser.store_sign_in(REP)
    masquerade(browser, ASSIGNED)
    before = row_counts(app)
    for method, url in company_routes(app, OTHER_ASSIGNED):
        if url.endswith("/masquerade"):
            continue
        response = send(browser, method, url)
        assert response.status_code in (302, 303), f"{method} {url}"
        assert response.location == "/store/"
    assert row_counts(app) == before
    page = browser.get("/store/").get_data(as_text=True)
    assert "You are acting for Lyons PLC. Use Log In beside Morris Group" in page


def test_a_rep_who_is_not_masquerading_acts_for_no_company(browser):
    browser.store_sign_in(REP)
    assert browser.get("/store/cart").location == "/store/"
    page = browser.get("/store/").get_data(as_text=True)
    assert "Company accounts assigned to you" in page and 'data-testid="assigned-count">3<' in page
    assert page.count(">Log In</button>") == 3
    assert "selected" not in page


def test_log_in_marks_the_company_selected_and_empties_the_cart(app, browser):
    browser.store_sign_in(REP)
    masquerade(browser, ASSIGNED)
    fill_cart(browser.client, REP)
    assert row_counts(app)["store_cart_lines"] == 1
    response = masquerade(browser, OTHER_ASSIGNED)
    assert response.status_code == 302
    assert row_counts(app)["store_cart_lines"] == 0
    page = browser.get("/store/").get_data(as_text=True)
    assert '<span class="company-name" data-testid="acting-company">Morris Group</span>' in page
    assert page.count(">Log In</button>") == 2 and '<span class="selected">selected</span>' in page
    assert "You are acting as <strong>Morris Group</strong>" in page


def test_masquerade_start_end_and_sign_out_are_audited_with_who_what_and_when(app, browser):
    browser.store_sign_in(REP)
    masquerade(browser, ASSIGNED)
    browser.post("/store/masquerade/end")
    masquerade(browser, OTHER_ASSIGNED)
    browser.post("/store/logout")
    entries = [(e.actor_email, e.company_name, e.action, e.detail) for e in audit(app)]
    assert entries == [
        (REP, "Lyons PLC", "Masquerade started", ""),
        (REP, "Lyons PLC", "Masquerade ended", ""),
        (REP, "Morris Group", "Masquerade started", ""),
        (REP, "Morris Group", "Masquerade ended", "signed out"),
    ]
    assert all(e.at is not None and e.actor_name for e in audit(app))


def test_a_withdrawn_assignment_ends_what_the_rep_may_do(app, browser):
    browser.store_sign_in(REP)
    masquerade(browser, ASSIGNED)
    with app.extensions["database"].Session() as db:
        db.query(RepAssignment).filter_by(company_id=ASSIGNED).delete()
        db.commit()
    assert browser.get(f"/store/companies/{ASSIGNED}/cart").status_code == 403
    assert 'data-testid="acting-company"' not in browser.get("/store/").get_data(as_text=True)


def test_a_buyer_cannot_masquerade_even_as_their_own_company(app, browser):
    browser.store_sign_in("buyer1@store.example")
    assert masquerade(browser, 1).status_code == 403
    assert row_counts(app)["store_masquerades"] == 0


def test_an_order_of_an_unassigned_company_is_refused_and_logged(app, browser):
    placed = browser.client.post(
        "/_sim/store-orders",
        json={"customer": "buyer2@store.example", "lines": [{"sku": "ATS-LB-1001"}]},
    ).json
    browser.store_sign_in(REP)
    for url in (
        f"/store/orders/{placed['number']}",
        f"/store/orders/{placed['number']}/confirmation",
    ):
        assert browser.get(url).status_code == 403
    assert [e.detail for e in audit(app)] == [f"see store order {placed['number']}"] * 2


def _without_tokens(response) -> str:
    return re.sub(r'(csrf_token" value|nonce)="[^"]*"', "", response.get_data(as_text=True))


def test_an_order_of_another_company_and_no_order_at_all_are_refused_alike(app, browser):
    """Nothing tells a probe whether an order number exists."""
    number = browser.client.post(
        "/_sim/store-orders",
        json={"customer": "buyer2@store.example", "lines": [{"sku": "ATS-LB-1001"}]},
    ).json["number"]
    browser.store_sign_in(REP)
    unknown = str(int(number) + 1000)
    for page in ("", "/confirmation"):
        foreign = browser.get(f"/store/orders/{number}{page}")
        missing = browser.get(f"/store/orders/{unknown}{page}")
        assert foreign.status_code == missing.status_code == 403
        # the session's random tokens may happen to contain the order number: leave them out
        assert _without_tokens(foreign).replace(number, "N") == _without_tokens(missing).replace(
            unknown, "N"
        )


def test_a_refused_page_another_site_sent_the_browser_to_is_not_put_on_the_record(app, browser):
    """A link or redirect on another site can make a signed-in rep's browser ask for a company
    page; the refusal stands, but the audit log does not blame the rep for it."""
    number = browser.client.post(
        "/_sim/store-orders",
        json={"customer": "buyer2@store.example", "lines": [{"sku": "ATS-LB-1001"}]},
    ).json["number"]
    browser.store_sign_in(REP)
    cross_site = {"Sec-Fetch-Site": "cross-site"}
    for url in ("/store/companies/2/catalog", f"/store/orders/{number}"):
        assert browser.get(url, headers=cross_site).status_code == 403
    assert audit(app) == []
    # a GET that does not say where it comes from (an older browser, another client) proves
    # nothing either: refused, not recorded
    assert browser.get("/store/companies/2/catalog", headers={}).status_code == 403
    assert audit(app) == []
    assert browser.get("/store/companies/2/catalog", headers={"Sec-Fetch-Site": "same-origin"})
    assert browser.get("/store/companies/2/catalog", headers={"Sec-Fetch-Site": "none"})
    assert len(audit(app)) == 2


def test_the_administrator_reads_the_audit_log_and_no_one_else(browser):
    browser.store_sign_in(REP)
    masquerade(browser, ASSIGNED)
    masquerade(browser, NOT_ASSIGNED)
    browser.console_log_in("csr1@console.example")
    assert browser.get("/console/audit-log").status_code == 403
    browser.console_log_in("admin@console.example")
    page = browser.get("/console/audit-log").get_data(as_text=True)
    assert page.index("Refused: not assigned to the company") < page.index("Masquerade started")
    assert "Garcia, Moore and Kennedy" in page and "Lyons PLC" in page and REP in page
