"""Each store page that shows an order, opened by the parties who may and may not see it."""

from behave import then, when
from playwright.sync_api import expect

from steps.pages.store import ORDER_ROUTES
from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent, lacks_text
from steps.support.texts import SAYS
from steps.support.world import (
    company_buyer,
    log_in_to_console,
    outsider,
    sign_in_store_actor,
    sign_in_to_store,
    store,
    vocabulary,
)

LISTS = ("order list", "company's order list")


def _open(context, party: str, route: str, number: str | None = None):
    """That party's store pages, on the route for the scenario's order (or that one) and its
    company."""
    if route not in ORDER_ROUTES:
        raise ValueError(f"{route!r} is none of {sorted(ORDER_ROUTES)}")
    if party == "the rep":
        pages = sign_in_to_store(context)
    elif party == "the company's buyer":
        pages = sign_in_store_actor(context, "company buyer", company_buyer(context)["email"])
    else:
        pages = sign_in_store_actor(context, party, outsider(context, party)["email"])
    number = number or context.the.order_number
    pages.layout.open_order_route(route, number, context.the.company["id"])
    return pages


@then("each of these opens the page and sees {which:Which} order on it")
def each_sees(context, which):
    """For each row, that party (the rep, the company's buyer) opens that page (order page,
    confirmation page, order list, company's order list) by its address and finds the order
    (the scenario's, or the other one: the company buyer's own): its number on the page, or its
    row in the list, and no refusal."""
    number = vocabulary(context).value(f"{which}order")
    for row in context.table:
        pages = _open(context, row["party"], row["route"], number)
        if row["route"] in LISTS:
            expect(pages.orders.order_row(number)).to_have_count(1)
        else:
            expect(pages.layout.main_content()).to_contain_text(number)
            absent(pages.layout.refusal(), once=pages.layout.page_heading())


@then("each of these opens the page and does not see the order on it")
def each_is_refused(context):
    """For each row, that party (a buyer of another company, a rep not assigned to the
    company) opens that page by its address: the page itself first (the refusal, or the list's
    heading), then neither the order's row or lines nor the company's name is on it."""
    number = context.the.order_number
    for row in context.table:
        pages = _open(context, row["party"], row["route"])
        if row["route"] == "order list":
            landmark = pages.orders.my_orders_heading()
        else:
            landmark = pages.layout.refusal()
            lacks_text(pages.layout.main_content(), context.the.company["name"], once=landmark)
        # neither its row nor any of its contents
        absent(pages.orders.order_row(number), pages.order.order_lines(), once=landmark)


@then("the audit log's newest entry is \"{what}\" by {party} for the order's company")
def outsider_logged(context, what, party):
    """The administrator's audit log, newest row: that outsider, the company whose order they
    asked for (not their own), and what happened."""
    pages = log_in_to_console(context, "Administrator")
    pages.layout.open_audit_log()
    rows = pages.audit_log.audit_log_rows()
    expect(rows.first).to_be_visible()
    cells = pages.audit_log.cells(rows.first)
    expect(cells.nth(1)).to_contain_text(outsider(context, party)["email"])
    expect(cells.nth(2)).to_have_text(context.the.company["name"])
    expect(cells.nth(3)).to_have_text(what)


@when("a buyer of another company sends an approval of the rep's repair quote anyway")
def outsider_approves(context):
    """That outsider, signed in to the store on their own dashboard, posts Approve Repair Quote
    for the rep's order, which no page of theirs offers: a crafted request."""
    party = "a buyer of another company"
    pages = sign_in_store_actor(context, party, outsider(context, party)["email"])
    pages.layout.go_home()
    pages.order.tamper_approve_quote(context.the.order_number)


@then("the buyer of another company is told the order is not one of a company they act for")
def outsider_refused(context):
    """Checks the outsider's browser shows the refusal naming the order, and neither the
    order's company nor any word of an approval."""
    pages = store(context, "a buyer of another company")
    expect(pages.layout.alert()).to_contain_text(
        SAYS["order refused"].format(number=context.the.order_number)
    )
    for text in (context.the.company["name"], "approved"):
        lacks_text(pages.layout.main_content(), text, once=pages.layout.alert())
