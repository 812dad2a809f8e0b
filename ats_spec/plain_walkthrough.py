"""The NEW-product walkthrough (features/console/orders/walkthrough_new_product_order.feature)
written as a plain Playwright script: no behave, no page objects, no scene. It does what the
scenario does, with the same checks, so that the benchmark can price what the suite's layers
add: the suite's scenario time divided by this one's.
"""

import json
import urllib.request

from playwright.sync_api import expect

JOB, TRACKING = "A-77001", "1Z999AA10123456784"
COMMENT = "Vendors confirmed: Harvard and Partsco."


def _control(base: str, method: str, path: str, body=None):
    request = urllib.request.Request(
        f"{base}/_sim{path}",
        data=json.dumps(body).encode() if body is not None else None,
        method=method,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
    return json.loads(text) if text else None


def walk(browser, base: str) -> None:
    """One walk from a reset simulator at `base` (its origin) to the order Completed."""
    _control(base, "POST", "/reset")
    seeded = _control(base, "GET", "/fixtures")
    company = next(c for c in seeded["companies"] if any(s["is_fms"] for s in c["sites"]))
    site = next(s for s in company["sites"] if s["is_fms"])
    buyer = next(
        u
        for u in seeded["store_users"]
        if u["persona"] == "buyer" and u["company_id"] == company["id"]
    )
    csr = next(u for u in seeded["console_users"] if u["persona"] == "csr")
    new = [p for p in seeded["products"] if p["kind"] == "new"]
    skus = [
        next(p["sku"] for p in new if p["product_line"] == "Harvard"),
        next(p["sku"] for p in new if p["vendor"] == "Partsco"),
    ]
    placed = _control(
        base,
        "POST",
        "/store-orders",
        {
            "customer": buyer["email"],
            "site_id": site["id"],
            "lines": [{"sku": s, "quantity": 1} for s in skus],
        },
    )
    _control(base, "POST", "/integration/run")

    console = browser.new_context(viewport={"width": 1280, "height": 900})
    page = console.new_page()
    page.goto(f"{base}/console/login")
    page.get_by_label("Username").fill(csr["email"])
    page.get_by_label("Password").fill(seeded["demo_password"])
    page.get_by_role("button", name="Log In").click()
    page.get_by_role("button", name="Log Out").wait_for()

    page.get_by_role("button", name="Refresh").click()
    page.get_by_role("status").filter(has_text="Dashboard refreshed.").wait_for()
    row = (
        page.get_by_role("table", name="Open Order Queue", exact=True)
        .get_by_role("row")
        .filter(has=page.get_by_role("cell", name=placed["number"], exact=True))
    )
    expect(row).to_have_count(1)
    link = row.get_by_role("link")
    salesforce_number = link.inner_text().strip()
    link.click()
    page.get_by_role("button", name="Assign to me").click()
    status = page.get_by_role("list", name="Status path").locator("[aria-current=step]")
    expect(status).to_have_text("Order Accepted")

    page.get_by_role("link", name="Edit Order Name").click()
    page.get_by_label("ASTEA Job Number").fill(JOB)
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_label("New comment").fill(COMMENT)
    page.get_by_role("checkbox", name="This comment confirms the vendor").check()
    page.get_by_role("button", name="Add Comment").click()

    page.get_by_role("tab", name="Related").click()
    lines = page.get_by_role("table", name="Order Products")
    for code in ("HVD-3101", "PCO-2201"):
        lines.get_by_role("link", name=code, exact=True).click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Order Number").fill(JOB)
        dialog.get_by_role("button", name="Save", exact=True).click()
    for code in ("HVD-3101", "PCO-2201"):
        row = lines.get_by_role("row").filter(has=page.get_by_role("cell", name=code, exact=True))
        expect(row.get_by_role("cell").last).to_have_text(JOB)

    _control(base, "POST", f"/salesforce-orders/{salesforce_number}/ready-to-ship")
    page.goto(f"{base}/mailbox/?to={csr['email']}")
    page.get_by_role("table", name="Messages").get_by_role(
        "link", name=f"Order {salesforce_number} is ready to ship", exact=True
    ).click()
    page.get_by_role("link", name=f"Open order {salesforce_number}", exact=True).click()
    expect(page.get_by_test_id("payment")).to_contain_text("no payment capture needed")
    expect(page.get_by_role("checkbox", name="Payment Captured")).to_have_count(0)
    page.get_by_label("Tracking Number").fill(TRACKING)
    page.get_by_role("button", name="Save Shipping and Billing").click()
    path = page.get_by_role("list", name="Status path")
    path.get_by_role("link", name="Activated").click()
    page.get_by_role("button", name="Mark as Current Status").click()
    expect(path.locator("[aria-current=step]")).to_have_text("Activated")
    _control(base, "POST", "/integration/run")

    store = browser.new_context(viewport={"width": 1280, "height": 900})
    shop = store.new_page()
    shop.goto(f"{base}/store/login")
    shop.get_by_label("Email Address").fill(buyer["email"])
    shop.get_by_label("Password").fill(seeded["demo_password"])
    shop.get_by_role("button", name="Sign in").click()
    shop.get_by_role("heading", name="Dashboard", exact=True).wait_for()
    shop.goto(f"{base}/store/orders/{placed['number']}")
    expect(shop.get_by_test_id("order-status")).to_have_text("Completed")
    expect(shop.get_by_test_id("tracking-number")).to_have_text(TRACKING)
    expect(shop.get_by_role("list", name="Order Comments")).to_contain_text(COMMENT)
    console.close()
    store.close()
