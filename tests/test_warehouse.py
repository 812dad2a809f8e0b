"""The warehouse's own page (DOMAIN.md decision 8): it reports orders ready to ship, the CSR
working the order is emailed, and nobody else can send the notice."""

from sqlalchemy import select

from simulator.mailbox.models import Mail
from tests.test_activation import CSR, prepare

WAREHOUSE = "warehouse@console.example"
ORDER = "00000317"


def _mails_to(app, address):
    with app.extensions["database"].Session() as db:
        return [mail.subject for mail in db.scalars(select(Mail).where(Mail.to_address == address))]


def test_the_warehouse_reports_an_order_ready_to_ship_and_its_csr_is_emailed(app, browser):
    prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    browser.console_log_in(WAREHOUSE)
    page = browser.get("/console/").get_data(as_text=True)
    assert "Orders to ship" in page and f"Ready to Ship {ORDER}" in page
    response = browser.post(f"/console/orders/{ORDER}/ready-to-ship")
    assert response.status_code == 302
    page = browser.get("/console/").get_data(as_text=True)
    assert f"Order {ORDER} is reported ready to ship." in page
    assert f"Ready to Ship {ORDER}" not in page
    assert _mails_to(app, CSR) == [f"Order {ORDER} is ready to ship"]


def test_a_second_report_is_refused_and_sends_no_second_email(app, browser):
    prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    browser.console_log_in(WAREHOUSE)
    browser.post(f"/console/orders/{ORDER}/ready-to-ship")
    response = browser.post(f"/console/orders/{ORDER}/ready-to-ship")
    assert response.status_code == 409
    assert "already reported ready to ship" in response.get_data(as_text=True)
    assert len(_mails_to(app, CSR)) == 1


def test_nobody_but_the_warehouse_sends_the_notice(app, browser):
    prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])  # the CSR owns the order
    for email in (CSR, "admin@console.example", "tech@console.example"):
        browser.console_log_in(email)
        response = browser.post(f"/console/orders/{ORDER}/ready-to-ship")
        assert response.status_code == 403, email
        assert "Only the warehouse" in response.get_data(as_text=True)
    assert _mails_to(app, CSR) == []
