"""What steps share: the page objects of each actor, and the seeded fixtures."""

import time
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from steps.pages.console import ConsolePages
from steps.pages.mailbox import MailboxPages
from steps.pages.store import StorePages
from steps.support.records import Vocabulary, Window

_fixtures_cache: dict[str, dict] = {}

# The console persona that works each queue.
# Whose dashboard shows each list of orders (My Open Orders: the CSR's own work).
QUEUE_OWNERS = {  # the team's queues; My Open Orders is whoever "I" am
    "Open Order Queue": "CSR",
    "IPS Pricing Queue": "Pricing Analyst",
}
CONSOLE_PERSONAS = {
    "CSR": "csr",
    "Pricing Analyst": "pricing_analyst",
    "Administrator": "admin",
    "Repair Technician": "repair_technician",
    "Warehouse": "warehouse",
}
REP_KINDS = {
    "ATS Buyer": "ats_buyer",
    "IPS Sales Rep": "ips_sales_rep",
    "Site Service Rep": "site_service_rep",
}


def fixtures(context) -> dict:
    """The seeded data never changes between resets, so it is read once per run."""
    url = context.target.control_url
    if url not in _fixtures_cache:
        _fixtures_cache[url] = context.control.fixtures()
    return _fixtures_cache[url]


def store(context, actor: str = "buyer") -> StorePages:
    return StorePages(context.actors.page(actor), context.target.store_url)


def console(context, actor: str = "CSR") -> ConsolePages:
    return ConsolePages(context.actors.page(actor), context.target.console_url)


def mailbox(context, actor: str) -> MailboxPages:
    return MailboxPages(context.actors.page(actor), context.target.mailbox_url)


def pick_buyer(context, terms: bool | None = None, site: str | None = None) -> dict:
    """The first seeded buyer whose company has the traits asked for; remembered as 'buyer'."""
    data = fixtures(context)
    for company in data["companies"]:
        if terms is not None and company["has_terms"] != terms:
            continue
        sites = [s for s in company["sites"] if site is None or s["is_fms"] == (site == "FMS")]
        if not sites:
            continue
        buyer = next(
            u
            for u in data["store_users"]
            if u["persona"] == "buyer" and u["company_id"] == company["id"]
        )
        context.the.update(buyer=buyer, company=company, site=sites[0])
        return buyer
    raise AssertionError(f"no seeded buyer with terms={terms} and a {site} site")


def outsider(context, party: str) -> dict:
    """A store user with no right to the scenario's company and its orders: a buyer of another
    company, or a rep not assigned to the company."""
    company_id = context.the.company["id"]
    wanted = {
        "a buyer of another company": lambda u: (
            u["persona"] == "buyer" and u["company_id"] != company_id
        ),
        "a rep not assigned to the company": lambda u: (
            bool(u["assigned_company_ids"]) and company_id not in u["assigned_company_ids"]
        ),
    }[party]
    return next(user for user in fixtures(context)["store_users"] if wanted(user))


def company_by_id(context, company_id: int) -> dict:
    return next(c for c in fixtures(context)["companies"] if c["id"] == company_id)


COMPANY_TRAITS = {
    "with Terms": lambda c: c["has_terms"],
    "without Terms": lambda c: not c["has_terms"],
    "with a UPS account on file": lambda c: bool(c["ups_account"]),
    "with no UPS account on file": lambda c: not c["ups_account"],
}


def company_has(company: dict, traits: tuple[str, ...]) -> bool:
    """Whether the company has every trait (the CompanyTraits parameter type names them)."""
    return all(COMPANY_TRAITS[trait](company) for trait in traits)


def pick_rep(context, kind: str | None = None, traits: tuple[str, ...] = ()) -> dict:
    """The first seeded rep of that kind (any kind if None) with an assigned company of those
    traits (and a company they are not assigned to); remembered as the store user."""
    data = fixtures(context)
    for user in data["store_users"]:
        if user["persona"] not in REP_KINDS.values():
            continue
        if kind is not None and user["persona"] != REP_KINDS[kind]:
            continue
        assigned = [company_by_id(context, i) for i in user["assigned_company_ids"]]
        matching = [c for c in assigned if company_has(c, traits)]
        if matching:
            context.the.update(
                buyer=user,
                rep=user,
                assigned=assigned,
                company=matching[0],
                site=matching[0]["sites"][0],  # where checkout ships by default
            )
            context.actors.call("buyer", "rep")  # the store's browser is the rep's
            return user
    raise AssertionError(f"no seeded {kind or 'rep'} with a company {' and '.join(traits)}")


def unassigned_company(context) -> dict:
    ids = set(context.the.rep["assigned_company_ids"])
    return next(c for c in fixtures(context)["companies"] if c["id"] not in ids)


def console_user(context, persona_label: str) -> dict:
    """The seeded console user of that persona; "other CSR" is the team's second CSR."""
    users = fixtures(context)["console_users"]
    if persona_label == "other CSR":
        mine = console_user(context, "CSR")["email"]
        return next(u for u in users if u["persona"] == "csr" and u["email"] != mine)
    persona = CONSOLE_PERSONAS[persona_label]
    return next(u for u in users if u["persona"] == persona)


# The scenarios about signing in and masquerading sign in through the pages; elsewhere a Given
# step that only needs someone signed in gets the cookies from the control API (POST /sessions),
# Playwright's way of reusing authentication, unless -D sign_in=pages.
SIGN_IN_THROUGH_PAGES = (
    "features/store/account/",
    "features/console/account/",
    "features/store/masquerade/acting_for_a_company.feature",
    "features/store/masquerade/walkthrough_repair_order.feature",
)


def signs_in_through_pages(scenario, userdata) -> bool:
    return userdata.get("sign_in") == "pages" or any(
        part in Path(scenario.filename).as_posix() for part in SIGN_IN_THROUGH_PAGES
    )


def _signed_in_by_cookies(context, pages, system: str, email: str) -> bool:
    """Signs in with the control API's cookies when the scenario allows it and the implementation
    offers them; False to sign in through the pages."""
    if context.sign_in_through_pages:
        return False
    cookies = context.control.open_session(system, email)
    if cookies is None:
        return False
    host = urlsplit(pages.base_url).hostname
    pages.page.context.add_cookies(
        [
            {"name": c["name"], "value": c["value"], "domain": host, "path": c["path"]}
            for c in cookies
        ]
    )
    return True


def sign_in_to_store(context) -> StorePages:
    """The scenario's buyer or rep, signed in to the store once."""
    return sign_in_store_actor(context, "buyer", context.the.buyer["email"])


def _once(context, done: set, actor: str, pages, system: str, email: str, through_pages, landing):
    """An actor's browser signed in once per scenario: by the control API's cookies where the
    scenario allows it, else through the sign-in page; `landing` is what shows it worked."""
    if actor not in done:
        if _signed_in_by_cookies(context, pages, system, email):
            pages.page.land_later(pages.base_url + "/", landing)
        else:
            through_pages(email, fixtures(context)["demo_password"])
            landing().wait_for()
        done.add(actor)
    return pages


def sign_in_store_actor(context, actor: str, email: str) -> StorePages:
    """A store user's browser ("buyer": the scenario's buyer or rep; or the company's own
    buyer, say), signed in once."""
    pages = store(context, actor)
    return _once(
        context,
        context.the.store_signed_in,
        actor,
        pages,
        "store",
        email,
        pages.sign_in_page.sign_in,
        pages.dashboard.dashboard_heading,
    )


def company_buyer(context) -> dict:
    """The company's own buyer (not the rep who acts for it)."""
    company_id = context.the.company["id"]
    return next(
        u
        for u in fixtures(context)["store_users"]
        if u["persona"] == "buyer" and u["company_id"] == company_id
    )


def placed_order_number(context) -> str:
    """The order this scenario placed: known from a setup step, or read off the confirmation
    page the store showed after Place Order."""
    if "order_number" not in context.the:
        context.the.order_number = store(context).checkout.confirmed_order_number()
    return context.the.order_number


def open_store_order(context) -> StorePages:
    """The remembered store order's page, as the scenario's buyer or rep (signed in if need be)."""
    pages = sign_in_to_store(context)
    pages.order.open_order(context.the.order_number)
    return pages


def log_in_to_console(context, persona_label: str) -> ConsolePages:
    """That persona's console browser ("CSR", "other CSR", "Warehouse" …), logged in once."""
    pages = console(context, persona_label)
    return _once(
        context,
        context.the.console_logged_in,
        persona_label,
        pages,
        "console",
        console_user(context, persona_label)["email"],
        pages.log_in_page.log_in,
        pages.layout.log_out_button,
    )


_PRODUCT_KINDS = {
    "Harvard product": lambda p: p["product_line"] == "Harvard",
    "Legacy build": lambda p: p["product_line"] == "Legacy" and p["vendor"] == "ATS",
    "Partsco part": lambda p: p["vendor"] == "Partsco",
}


def products_named(context, wanted: list[tuple[str, int]]) -> list[str]:
    """[('Harvard product', 1), ...] (the Products parameter type) -> SKUs of NEW products."""
    skus = []
    for kind, count in wanted:
        matching = [
            p["sku"]
            for p in fixtures(context)["products"]
            if p["kind"] == "new" and _PRODUCT_KINDS[kind](p)
        ]
        skus += matching[:count]
    return skus


def run_integration(context) -> dict:
    report = context.control.run_integration()
    assert not report["failed"], f"the integration failed to deliver: {report['failed']}"
    return report


def vocabulary(context) -> Vocabulary:
    """The placeholders a scenario's table may use ({order}, {rep}, {today} ...), as of the
    simulator's clock."""
    today = datetime.fromisoformat(context.control.clock()["now"])
    the, read_at = context.the, time.monotonic()
    # The clock runs in real time and moves only when a step moves it: its reading when the
    # scenario began and when it last moved follow from the time since (a second's slack for
    # the two processes' clocks).
    slack = timedelta(seconds=1)
    moved = sum(seconds for _, seconds in the.clock_moves)
    began = today - timedelta(seconds=read_at - the.began + moved) - slack
    last = the.clock_moves[-1][0] if the.clock_moves else None
    since = today - timedelta(seconds=read_at - last) - slack if last else began
    return Vocabulary(
        context.the, fixtures(context), today, context.control, Window(began, since, today)
    )


def quote_number(context) -> str:
    """The Salesforce quote the scenario's store order became (asked of the control API once)."""
    if "quote_number" not in context.the:
        store_order = context.control.store_order(context.the.order_number)
        context.the.quote_number = store_order["salesforce_number"]
    return context.the.quote_number
