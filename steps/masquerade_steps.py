"""A rep acting for a company (QRG 8.6 steps 1-7): the dashboard, Log In, and its limits."""

from behave import given, then, when
from playwright.sync_api import expect

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent, lacks_text
from steps.support.texts import SAYS
from steps.support.world import (
    company_buyer,
    company_has,
    fixtures,
    log_in_to_console,
    open_store_order,
    pick_rep,
    sign_in_store_actor,
    sign_in_to_store,
    store,
    unassigned_company,
    vocabulary,
)


@given("I am an {kind:RepKind}")
def a_rep(context, kind):
    """Picks the seeded rep of that kind (ATS Buyer, IPS Sales Rep, Site Service Rep); nothing is
    opened yet."""
    pick_rep(context, kind)


@given("I am signed in as an {kind:RepKind}")
def signed_in_rep(context, kind):
    """Picks the seeded rep of that kind and signs them in to the store."""
    pick_rep(context, kind)
    sign_in_to_store(context)


@given("I am signed in as a rep masquerading as a company {traits:CompanyTraits}")
def masquerading_rep(context, traits=()):
    """Signs in a rep who has a company with those traits and starts a masquerade as it through the
    control API."""
    pick_rep(context, traits=traits)
    context.control.masquerade(context.the.rep["email"], context.the.company["id"])
    sign_in_to_store(context)


@given("I am signed in as a rep masquerading as one of my companies")
def masquerading_as_any(context):
    """Signs in a rep and starts a masquerade as their first assigned company through the control
    API."""
    masquerading_rep(context)


@when("I log in as one of my companies")
def log_in_as_first(context):
    """Presses Log In on the first company listed on the rep's dashboard."""
    pages = sign_in_to_store(context)
    pages.layout.go_home()
    pages.dashboard.log_in_as(context.the.company["name"])


@when("I log in as my company {traits:CompanyTraits}")
def log_in_as_company_with(context, traits):
    """Presses Log In on the rep's company that has those traits."""
    context.the.company = next(c for c in context.the.assigned if company_has(c, traits))
    log_in_as_first(context)


@when("I log in as another of my companies")
def log_in_as_another(context):
    """Presses Log In on a second assigned company, while still acting for the first."""
    other = next(c for c in context.the.assigned if c["id"] != context.the.company["id"])
    context.the.update(previous_company=context.the.company, company=other)
    log_in_as_first(context)


@when("I log in again as the company I acted for before")
def log_in_as_previous(context):
    """Presses Log In on the company the rep acted for before the last switch."""
    back = context.the.previous_company
    context.the.update(previous_company=context.the.company, company=back)
    log_in_as_first(context)


@when("I open the catalog of the company I acted for before, as an old tab would")
def open_previous_company_catalog(context):
    """Opens the catalog of the company the rep acted for before the switch, by its address."""
    store(context).layout.open_company_page(context.the.previous_company["id"], "catalog")


@then("I am sent to my dashboard and told which company I act for, and how to act for that one")
def told_acting_for_other(context):
    """Checks the dashboard says which company the rep acts for now and offers Log In for the
    one asked for."""
    pages = store(context)
    expect(pages.dashboard.dashboard_heading()).to_be_visible()
    expect(pages.layout.alert()).to_have_text(
        SAYS["acting for another"].format(
            acting=context.the.company["name"], requested=context.the.previous_company["name"]
        )
    )


@when("I end the masquerade")
def end_masquerade(context):
    """Presses End masquerade in the banner."""
    store(context).layout.end_masquerade()


@when("I sign out of the store")
def sign_out(context):
    """Signs out from the store's header; the next sign-in goes through the sign-in page."""
    pages = store(context)
    pages.layout.sign_out()
    pages.sign_in_page.sign_in_form().wait_for()
    context.the.store_signed_in.discard("buyer")
    context.sign_in_through_pages = True  # a new session, as the person would start it


@when("I send a Log In request for a company not assigned to me")
def crafted_log_in(context):
    """Sends the Log In request for a company the rep is not assigned to, as a crafted form post."""
    pages = sign_in_to_store(context)
    pages.layout.go_home()
    target = unassigned_company(context)
    context.the.refused_company = target
    first_assigned = next(c for c in context.the.assigned if c["id"] != target["id"])
    pages.dashboard.tamper_with_log_in(first_assigned["name"], target["id"])


@when("I open the {page} of a company not assigned to me")
def open_unassigned_page(context, page):
    """Opens that company page (catalog, cart, checkout, orders) of a company the rep is not
    assigned to, by its address."""
    target = unassigned_company(context)
    context.the.refused_company = target
    sign_in_to_store(context).layout.open_company_page(target["id"], page)


@when("I open the {page} of my company")
def open_own_company_page(context, page):
    """Opens that page (catalog, cart, orders) of the company the person buys or acts for, by
    its address."""
    sign_in_to_store(context).layout.open_company_page(context.the.company["id"], page)


@then('the store page is headed "{heading}"')
def store_page_headed(context, heading):
    """Checks the store page shown has that heading (and so is not a refusal)."""
    expect(store(context).layout.page_heading()).to_have_text(heading)


@when("I open the catalog of another company")
def open_other_company_catalog(context):
    """As a buyer, opens the catalog page of a company other than their own, by its address."""
    target = next(c for c in fixtures(context)["companies"] if c["id"] != context.the.company["id"])
    context.the.refused_company = target
    store(context).layout.open_company_page(target["id"], "catalog")


@when("I open that order")
def open_that_order(context):
    """Opens the remembered store order's page by its address."""
    open_store_order(context)


@given("a buyer of a company not assigned to me has placed an order")
def unassigned_company_order(context):
    """Seeds, through the control API, an order placed by a buyer of a company the rep is not
    assigned to."""
    target = unassigned_company(context)
    context.the.refused_company = target
    buyer = next(
        u
        for u in fixtures(context)["store_users"]
        if u["persona"] == "buyer" and u["company_id"] == target["id"]
    )
    order = context.control.place_store_order(
        buyer["email"], target["sites"][0]["id"], ["ATS-LB-1001"]
    )
    context.the.order_number = order["number"]


# -- outcomes -----------------------------------------------------------------------------


@then("my dashboard shows how many company accounts are assigned to me")
def shows_count(context):
    """Checks the dashboard's count of assigned companies equals how many the rep has."""
    count = len(context.the.rep["assigned_company_ids"])
    expect(store(context).dashboard.assigned_count()).to_have_text(str(count))


@then("each company assigned to me is listed with Log In")
def each_listed(context):
    """Checks every assigned company is listed, each with a Log In button."""
    pages = store(context)
    for company in context.the.assigned:
        expect(pages.dashboard.log_in_button(company["name"])).to_be_visible()
    # no empty row stands in for a company
    absent(pages.dashboard.company_row(""), once=pages.dashboard.assigned_companies())
    rows = pages.dashboard.assigned_company_rows()
    expect(rows).to_have_count(len(context.the.assigned))


@then("I see no list of assigned companies")
def no_company_list(context):
    """Checks the dashboard shows no list of assigned companies."""
    pages = store(context)
    absent(
        pages.dashboard.assigned_companies(),
        pages.dashboard.any_log_in_button(),
        once=pages.dashboard.dashboard_heading(),
    )


@then("no masquerade banner is shown")
def no_banner(context):
    """Checks no masquerade banner is shown."""
    pages = store(context)
    absent(pages.layout.masquerade_banner(), once=pages.layout.page_heading())


@then('the company shows "selected" instead of Log In')
def selected_shown(context):
    """Checks the company the rep logged in as shows 'selected' instead of a Log In button."""
    pages = store(context)
    name = context.the.company["name"]
    absent(pages.dashboard.log_in_button(name), once=pages.dashboard.selected_mark(name))


@then("the company I act for is named at the upper left")
def acting_company_named(context):
    """Checks the name of the company the rep acts for is at the upper left."""
    expect(store(context).layout.acting_company()).to_have_text(context.the.company["name"])


@then("a banner names the company and offers to end the masquerade")
def banner_shown(context):
    """Checks the masquerade banner names the company and offers End masquerade."""
    banner = store(context).layout.masquerade_banner()
    expect(banner).to_contain_text(SAYS["acting as"].format(company=context.the.company["name"]))
    expect(store(context).layout.end_masquerade_button()).to_be_visible()


@then("the company I act for is named at the upper left of the {page} page")
def named_on_page(context, page):
    """Opens that store page and checks the acting company is named at its upper left."""
    pages = store(context)
    {
        "catalog": lambda: pages.catalog.search(""),
        "cart": pages.cart.open_cart,
        "orders": pages.orders.open_my_orders,
    }[page]()
    acting_company_named(context)


@then("I am not acting for any company")
def not_acting(context):
    """Checks the store says the rep acts for no company."""
    pages = store(context)
    pages.layout.go_home()
    absent(
        pages.layout.acting_company(),
        pages.layout.masquerade_banner(),
        pages.dashboard.any_selected_mark(),
        once=pages.dashboard.dashboard_heading(),
    )


@then("every company assigned to me shows Log In again")
def log_in_again(context):
    """Checks every assigned company offers Log In again."""
    for company in context.the.assigned:
        expect(store(context).dashboard.log_in_button(company["name"])).to_be_visible()


@then("every other company assigned to me still shows Log In")
def others_still_log_in(context):
    """Checks that only the chosen company is marked selected: every other one offers Log In."""
    pages = store(context)
    others = [c for c in context.the.assigned if c["id"] != context.the.company["id"]]
    assert others, "the rep needs more than one company for this check"
    for company in others:
        expect(pages.dashboard.log_in_button(company["name"])).to_be_visible()
    expect(pages.dashboard.any_selected_mark()).to_have_count(1)


@then("I am told that I am not assigned to that company")
def told_not_assigned(context):
    """Checks the page refuses because the rep is not assigned to the company, without
    telling them the company's name."""
    pages = store(context)
    expect(pages.layout.alert()).to_contain_text(SAYS["not assigned"])
    lacks_text(
        pages.layout.main_content(),
        context.the.refused_company["name"],
        once=pages.layout.refusal(),
    )


@then("I am told that I cannot see that order")
def told_cannot_see_order(context):
    """Checks the order page is refused, without the order's company or contents."""
    pages = store(context)
    number = context.the.order_number
    expect(pages.layout.alert()).to_contain_text(SAYS["order refused"].format(number=number))
    lacks_text(
        pages.layout.main_content(),
        context.the.refused_company["name"],
        once=pages.layout.refusal(),
    )


@given("an order number that no store order has")
def no_such_order(context):
    """Remembers an order number far beyond any the store has placed."""
    context.the.order_number = "999999"
    context.the.refused_company = {"name": "no company"}


@then("I am still acting for my company")
def still_acting(context):
    """Checks the rep is still acting for the company they logged in as."""
    pages = store(context)
    pages.layout.go_home()
    acting_company_named(context)
    expect(pages.dashboard.selected_mark(context.the.company["name"])).to_be_visible()


@then('the audit log\'s newest entry is "{what}" by me for "{company}"')
def newest_audit_entry(context, what, company):
    """The newest row of the audit log: the rep, that company (a placeholder such as
    {company not assigned}) and what happened; its details are the implementation's own."""
    pages = log_in_to_console(context, "Administrator")
    pages.layout.open_audit_log()
    rows = pages.audit_log.audit_log_rows()
    expect(rows.first).to_be_visible()
    cells = pages.audit_log.cells(rows.first)
    expect(cells.nth(1)).to_contain_text(context.the.rep["email"])
    expect(cells.nth(2)).to_have_text(vocabulary(context).fill(company))
    expect(cells.nth(3)).to_have_text(what)


@then("the audit log holds no entries")
def audit_log_empty(context):
    """The administrator's audit log, once its page is open, lists nothing at all."""
    pages = log_in_to_console(context, "Administrator")
    pages.layout.open_audit_log()
    absent(pages.audit_log.audit_log_table(), once=pages.audit_log.audit_log_heading())


@then("the audit log, newest first, reads")
def audit_log_reads(context):
    """Every row whole: who (the rep), as which company, what, and its details, exactly (an
    empty details cell is empty on the page too)."""
    pages = log_in_to_console(context, "Administrator")
    pages.layout.open_audit_log()
    rows = pages.audit_log.audit_log_rows()
    expect(rows).to_have_count(len(context.table.rows))
    fill = vocabulary(context).fill
    for index, expected in enumerate(context.table):
        cells = pages.audit_log.cells(rows.nth(index))
        expect(cells.nth(1)).to_contain_text(context.the.rep["email"])
        expect(cells.nth(2)).to_have_text(fill(expected["company"]))
        expect(cells.nth(3)).to_have_text(expected["what"])
        expect(cells.nth(4)).to_have_text(fill(expected["details"]))


@when("I post a change and a removal of the company's buyer's cart line by hand")
def tamper_with_company_buyer_cart(context):
    """Crafted requests: the company's buyer's first cart line (its address read off their
    cart, as a guessed number would give it) changed and then removed from my browser, as my
    cart's forms would post them."""
    theirs = sign_in_store_actor(context, "company buyer", company_buyer(context)["email"])
    theirs.cart.open_cart()
    address = theirs.cart.first_line_address()
    sign_in_to_store(context).cart.tamper_with_line(address)
