"""Working a Salesforce order: assignment, ASTEA job numbers, append-only Order Comments."""

import re

import pytest

CSR1, CSR2 = "csr1@console.example", "csr2@console.example"


@pytest.fixture
def order_number(client):
    """A Harvard + Partsco order for company 1's non-FMS site, in the Open Order Queue."""
    placed = client.post(
        "/_sim/store-orders",
        json={
            "customer": "buyer1@store.example",
            "site_id": 2,
            "lines": [{"sku": "HVD-3101"}, {"sku": "PCO-2201"}],
        },
    )
    assert placed.status_code == 201
    client.post("/_sim/integration/run")
    return "00000317"


def as_csr(browser, email, number):
    browser.console_log_in(email)
    return browser.get(f"/console/orders/{number}").get_data(as_text=True)


def test_a_queue_order_is_read_only_until_assigned(browser, order_number):
    page = as_csr(browser, CSR1, order_number)
    assert "Assign to me" in page and "Edit Order Name" not in page and "Add Comment" not in page
    for url, form in [
        (f"/console/orders/{order_number}/job-number", {"job_number": "J-1"}),
        (f"/console/orders/{order_number}/comments", {"comment": "hello"}),
        (f"/console/orders/{order_number}/lines/1/job-number", {"line_job_number": "J-1"}),
    ]:
        response = browser.post(url, form)
        assert response.status_code == 403
        assert "assign it to yourself" in response.get_data(as_text=True)
    page = browser.get(f"/console/orders/{order_number}").get_data(as_text=True)
    assert "J-1" not in page and "hello" not in page


def test_assigning_makes_it_mine_and_takes_it_off_the_queue(browser, order_number):
    as_csr(browser, CSR1, order_number)
    response = browser.post(f"/console/orders/{order_number}/assign")
    assert response.status_code == 302
    page = browser.get(f"/console/orders/{order_number}").get_data(as_text=True)
    assert "Assigned to you." in page and "Edit Order Name" in page
    browser.post("/console/refresh")
    dashboard = browser.get("/console/").get_data(as_text=True)
    my_orders, queue = dashboard.split('id="queue"')
    assert order_number in my_orders and order_number not in queue


def test_a_second_csr_is_told_who_has_it_and_cannot_change_it(app, order_number):
    from tests.conftest import Browser

    first, second = Browser(app.test_client()), Browser(app.test_client())
    as_csr(first, CSR1, order_number)
    first.post(f"/console/orders/{order_number}/assign")
    as_csr(second, CSR2, order_number)
    refused = second.post(f"/console/orders/{order_number}/assign")
    csr1_name = first.client.get("/_sim/fixtures").json["console_users"][0]["name"]
    assert refused.status_code == 403
    assert f"already assigned to {csr1_name}" in refused.get_data(as_text=True)
    refused = second.post(f"/console/orders/{order_number}/job-number", {"job_number": "J-9"})
    assert refused.status_code == 403 and "only they can change it" in refused.get_data(
        as_text=True
    )


@pytest.mark.parametrize("raw, ok", [("  A-12345  ", True), ("", False), ("x" * 33, False)])
def test_the_job_number_is_validated_and_kept_when_refused(browser, order_number, raw, ok):
    as_csr(browser, CSR1, order_number)
    browser.post(f"/console/orders/{order_number}/assign")
    response = browser.post(f"/console/orders/{order_number}/job-number", {"job_number": raw})
    page = browser.get(f"/console/orders/{order_number}").get_data(as_text=True)
    if ok:
        assert response.status_code == 302
        assert 'data-testid="job-number">A-12345<' in page
    else:
        assert response.status_code == 422
        assert f'value="{raw}"' in response.get_data(as_text=True)  # nothing typed is lost
        assert 'data-testid="job-number">None yet<' in page


def test_each_line_takes_its_job_number(browser, order_number):
    as_csr(browser, CSR1, order_number)
    browser.post(f"/console/orders/{order_number}/assign")
    assert (
        browser.post(
            f"/console/orders/{order_number}/lines/2/job-number", {"line_job_number": "A-77"}
        ).status_code
        == 302
    )
    page = browser.get(f"/console/orders/{order_number}?tab=related").get_data(as_text=True)
    assert "<td>A-77</td>" in page
    assert (
        browser.post(
            f"/console/orders/{order_number}/lines/99/job-number", {"line_job_number": "A-77"}
        ).status_code
        == 422
    )


def test_comments_are_append_only_and_reach_the_store_after_the_integration(browser, order_number):
    as_csr(browser, CSR1, order_number)
    browser.post(f"/console/orders/{order_number}/assign")
    browser.post(
        f"/console/orders/{order_number}/comments",
        {"comment": "Vendor confirmed: Harvard and Partsco.", "confirms_vendor": "yes"},
    )
    browser.post(f"/console/orders/{order_number}/comments", {"comment": "Second note."})
    # Crafted requests: there is no route that edits or deletes a comment.
    for method in ("PUT", "PATCH", "DELETE"):
        response = browser.client.open(
            f"/console/orders/{order_number}/comments",
            method=method,
            data={"csrf_token": browser.token},
        )
        assert response.status_code == 405
    for url in (
        f"/console/orders/{order_number}/comments/1",
        f"/console/orders/{order_number}/comments/1/delete",
    ):
        assert browser.post(url, {"comment": "overwritten"}).status_code == 404
    page = browser.get(f"/console/orders/{order_number}").get_data(as_text=True)
    assert page.index("Vendor confirmed") < page.index("Second note.")
    assert "confirms the vendor</strong>" in page

    browser.store_sign_in("buyer1@store.example")
    store_page = browser.get("/store/orders/420").get_data(as_text=True)
    assert "Vendor confirmed" not in store_page  # not before the integration runs
    browser.client.post("/_sim/integration/run")
    store_page = browser.get("/store/orders/420").get_data(as_text=True)
    assert "Vendor confirmed: Harvard and Partsco." in store_page and "Second note." in store_page


def test_an_empty_comment_is_refused(browser, order_number):
    as_csr(browser, CSR1, order_number)
    browser.post(f"/console/orders/{order_number}/assign")
    response = browser.post(f"/console/orders/{order_number}/comments", {"comment": "   "})
    assert response.status_code == 422
    assert "Write the comment" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "email", ["pricing@console.example", "tech@console.example", "admin@console.example"]
)
def test_only_the_csr_team_takes_an_open_order_queue_order(browser, order_number, email):
    """Decision 13: the page offers no Assign to me, and a crafted request is refused with 403
    and assigns nothing."""
    page = as_csr(browser, email, order_number)
    assert "Assign to me" not in page and "read-only" in page
    response = browser.post(f"/console/orders/{order_number}/assign")
    assert response.status_code == 403
    assert "cannot assign it to themself" in response.get_data(as_text=True)
    browser.console_log_in(CSR1)
    assert "Assign to me" in browser.get(f"/console/orders/{order_number}").get_data(as_text=True)


def test_a_csr_does_not_take_an_ips_pricing_order(browser, client):
    data = client.get("/_sim/fixtures").get_json()
    company = next(c for c in data["companies"] if any(s["is_fms"] for s in c["sites"]))
    site = next(s for s in company["sites"] if s["is_fms"])
    buyer = next(u for u in data["store_users"] if u["company_id"] == company["id"])
    placed = client.post(
        "/_sim/store-orders",
        json={"customer": buyer["email"], "site_id": site["id"], "lines": [{"sku": "HVD-3101"}]},
    ).get_json()
    client.post("/_sim/integration/run")
    number = client.get(f"/_sim/store-orders/{placed['number']}").get_json()["salesforce_number"]
    page = as_csr(browser, CSR1, number)
    assert "IPS Pricing" in page and "Assign to me" not in page
    assert browser.post(f"/console/orders/{number}/assign").status_code == 403
    browser.console_log_in("pricing@console.example")
    assert browser.post(f"/console/orders/{number}/assign").status_code == 302


def test_the_open_orders_report_lists_the_teams_open_orders_with_their_owners(
    browser, client, order_number
):
    """npo.2's report: every open order of the CSR team's queue, assigned or not, with its
    owner and a link to open it; not the IPS Pricing team's, not an Activated one."""
    ips = client.post(
        "/_sim/store-orders",
        json={"customer": "buyer3@store.example", "site_id": 4, "lines": [{"sku": "HVD-3101"}]},
    )
    assert ips.status_code == 201
    client.post("/_sim/integration/run")
    header = as_csr(browser, CSR2, order_number)
    owner = re.search(r"<span>([^<]+) \(CSR\)</span>", header).group(1)
    assert browser.post(f"/console/orders/{order_number}/assign").status_code == 302
    browser.console_log_in(CSR1)
    report = browser.get("/console/reports/open-orders")
    page = report.get_data(as_text=True)
    assert report.status_code == 200
    row = re.search(rf"<tr>\s*<td><a href=\"/console/orders/{order_number}\">.*?</tr>", page, re.S)
    assert row and f"<td>{owner}</td>" in row.group(0)
    assert ips.json["number"] not in page
    assert "00000318" not in page  # the IPS order's Salesforce number
    # Once Activated by its owner, the order leaves the report
    client.post(f"/_sim/salesforce-orders/{order_number}/job-numbers", json={"job_number": "J-5"})
    client.post(f"/_sim/salesforce-orders/{order_number}/ready-to-ship")
    as_csr(browser, CSR2, order_number)
    captured = {"tracking_number": "", "payment_captured": "yes"}
    browser.post(f"/console/orders/{order_number}/shipping-and-billing", captured)
    confirmed = {"comment": "Vendors confirmed.", "confirms_vendor": "yes"}
    browser.post(f"/console/orders/{order_number}/comments", confirmed)
    done = browser.post(f"/console/orders/{order_number}/status", {"status": "Activated"})
    assert done.status_code == 302
    browser.console_log_in(CSR1)
    browser.post("/console/refresh", {"back": "report"})
    page = browser.get("/console/reports/open-orders").get_data(as_text=True)
    assert f"/console/orders/{order_number}" not in page and "No records to display." in page


def test_the_report_is_refused_to_those_who_work_no_orders_queue(browser):
    for email in ("tech@console.example", "warehouse@console.example", "admin@console.example"):
        browser.console_log_in(email)
        answer = browser.get("/console/reports/open-orders")
        assert answer.status_code == 403
        assert "CSR and Pricing Analyst teams" in answer.get_data(as_text=True)


def test_refreshing_the_report_brings_back_the_report(browser, order_number):
    browser.console_log_in(CSR1)
    browser.get("/console/reports/open-orders")
    answer = browser.post("/console/refresh", {"back": "report"})
    assert answer.location.endswith("/console/reports/open-orders")
    assert "Report refreshed." in browser.get(answer.location).get_data(as_text=True)
