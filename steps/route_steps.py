"""Each store page that shows an order, opened by the parties who may and may not see it."""

from behave import then, when
from playwright.sync_api import expect

from steps.pages.store import ORDER_ROUTES
from steps.support.world import (
    company_buyer,
    fixtures,
    sign_in_store_actor,
    sign_in_to_store,
)

LISTS = ("order list", "company's order list")


def _outsider(context, party: str) -> dict:
    """A store user with no right to the order: a buyer of another company, or a rep not
    assigned to the order's company."""
    company_id = context.the.company["id"]
    wanted = {
        "a buyer of another company": lambda u: (
            u["persona"] == "buyer" and u["company_id"] != company_id
        ),
        "a rep not assigned to the company": lambda u: (
            bool(u["assigned_company_ids"]) and company_id not in u["assigned_company_ids"]
        ),
    }[party]
    for user in fixtures(context)["store_users"]:
        if wanted(user):
            return user
    raise AssertionError(f"no seeded store user is {party}")


def _pages(context, party: str):
    if party == "the rep":
        return sign_in_to_store(context)
    if party == "the company's buyer":
        return sign_in_store_actor(context, "company buyer", company_buyer(context)["email"])
    return sign_in_store_actor(context, "outsider", _outsider(context, party)["email"])


@when("{party} opens the {route} of the order")
def open_route(context, party, route):
    """That party opens the page (order page, confirmation page, order list, company's order
    list) for the scenario's order and its company, by address."""
    if route not in ORDER_ROUTES:
        raise ValueError(f"{route!r} is none of {sorted(ORDER_ROUTES)}")
    context.the.route_reader = party
    pages = _pages(context, party)
    pages.layout.open_order_route(route, context.the.order_number, context.the.company["id"])


@then("the {route} shows the order")
def route_shows(context, route):
    """Checks the page just opened shows the order: its number with its status, or its row."""
    pages = _pages(context, context.the.route_reader)
    number = context.the.order_number
    if route in LISTS:
        expect(pages.orders.order_row(number)).to_have_count(1)
    else:
        expect(pages.layout.main_content()).to_contain_text(number)
        expect(pages.layout.refusal()).to_have_count(0)


@then("the {route} does not show the order")
def route_hides(context, route):
    """Checks the page just opened refuses, or lists without the order: first the page itself
    (the refusal, or the list's heading), then that the order is not on it."""
    pages = _pages(context, context.the.route_reader)
    number = context.the.order_number
    if route == "order list":
        expect(pages.orders.my_orders_heading()).to_be_visible()
        expect(pages.orders.order_row(number)).to_have_count(0)
    else:
        expect(pages.layout.refusal()).to_be_visible()
        expect(pages.layout.main_content()).not_to_contain_text(context.the.company["name"])
        expect(pages.orders.order_row(number)).to_have_count(0)
