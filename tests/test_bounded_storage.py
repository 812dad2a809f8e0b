"""What a request can make the simulator keep is bounded: an address too long to be one is
refused before anything is counted, a refused address of any length leaves a short line in the
audit log, and the administrator's audit log is read a page at a time."""

import re

from sqlalchemy import func, select

from simulator.audit.models import AuditEntry
from simulator.auth.models import FailedSignIns
from tests.test_masquerade_access import REP

HUGE = 200_000  # within the 256 kB a request may carry


def _stored(app, column) -> int:
    with app.extensions["database"].Session() as db:
        return db.scalar(select(func.coalesce(func.sum(func.length(column)), 0)))


def test_a_sign_in_with_an_address_too_long_to_be_one_is_refused_and_keeps_nothing(app, browser):
    for system, field in (("/store", "email"), ("/console", "username"), ("/mailbox", "email")):
        browser.get(f"{system}/login")
        typed = {field: "x" * HUGE + "@example.com", "password": "no"}
        answer = browser.post(f"{system}/login", typed)
        assert answer.status_code == 400, system
        assert "at most 254 characters" in answer.get_data(as_text=True)
    assert _stored(app, FailedSignIns.email) == 0
    # an address of the longest length there can be is still counted, as any other
    longest = "x" * 242 + "@example.com"
    browser.get("/store/login")
    assert browser.post("/store/login", {"email": longest, "password": "no"}).status_code == 401
    assert _stored(app, FailedSignIns.email) == 254


def test_a_refused_address_of_any_length_leaves_a_short_line_in_the_audit_log(app, browser):
    browser.store_sign_in(REP)
    for _ in range(5):
        assert browser.get("/store/companies/2/products/" + "y" * 20_000).status_code == 403
    with app.extensions["database"].Session() as db:
        details = list(db.scalars(select(AuditEntry.detail)))
    assert len(details) == 5
    assert all(len(detail) <= 200 for detail in details), [len(d) for d in details]
    assert all(detail.startswith("GET /store/companies/2/products/yyy") for detail in details)
    assert all(detail.endswith("…") for detail in details)


def _entries_shown(page: str) -> int:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in page else ""
    return body.count("<tr>")


def test_the_audit_log_is_read_fifty_entries_at_a_time_newest_first(app, browser):
    browser.store_sign_in(REP)
    for index in range(1, 121):  # 120 refusals, each naming its own page
        browser.get(f"/store/companies/2/products/SKU-{index}")
    browser.console_log_in("admin@console.example")
    first = browser.get("/console/audit-log").get_data(as_text=True)
    assert _entries_shown(first) == 50
    assert "Entries 1–50 of 120" in first
    assert "products/SKU-120<" in first and "products/SKU-71<" in first
    assert "products/SKU-70<" not in first
    assert 'href="/console/audit-log?page=2"' in first and "Newer entries" not in first
    last = browser.get("/console/audit-log?page=3").get_data(as_text=True)
    assert _entries_shown(last) == 20 and "Entries 101–120 of 120" in last
    assert "products/SKU-20<" in last and "products/SKU-1<" in last
    assert 'href="/console/audit-log?page=2"' in last and "Older entries" not in last
    # one person's entries are paged the same way, and a page past the end says so
    mine = browser.get(f"/console/audit-log?actor={REP}&page=2").get_data(as_text=True)
    assert _entries_shown(mine) == 50
    older = r'href="/console/audit-log\?actor=ips.rep(@|%40)store.example&amp;page=3"'
    assert re.search(older, mine)
    past = browser.get("/console/audit-log?page=9")
    assert past.status_code == 404
    for bad in ("0", "-1", "two", "1.5"):
        assert browser.get(f"/console/audit-log?page={bad}").status_code == 400, bad
