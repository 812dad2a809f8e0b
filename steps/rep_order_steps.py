"""An order placed for a company, as the rep, the company and Salesforce see it."""

from behave import then
from playwright.sync_api import expect

from steps.support.expectations import absent
from steps.support.world import log_in_to_console, placed_order_number, store


def _open_the_order(context):
    pages = store(context)
    pages.order.open_order(placed_order_number(context))
    return pages


@then("the order shows me under Customer information, placed for the company")
def customer_information(context):
    """Checks the placed order names the rep under Customer information and the company it was
    placed for."""
    pages = _open_the_order(context)
    expect(pages.order.order_customer()).to_contain_text(context.the.buyer["email"])
    expect(pages.order.order_company()).to_have_text(context.the.company["name"])


@then("the company's order list includes the order")
def company_list_includes(context):
    """Checks the company's order list (as the rep masquerading) includes the order."""
    number = placed_order_number(context)
    pages = store(context)
    pages.dashboard.open_company_orders(context.the.company["name"])
    expect(pages.orders.order_row(number)).to_have_count(1)


@then("the company's order list does not include the order")
def company_list_excludes(context):
    """Checks the order list of the company the rep now acts for does not include the order
    placed for another company."""
    number = placed_order_number(context)
    pages = store(context)
    pages.dashboard.open_company_orders(context.the.company["name"])
    heading = pages.orders.orders_heading(context.the.company["name"])
    absent(pages.orders.order_row(number), once=heading)


@then("my own order list includes the order, with the company's name")
def own_list_includes(context):
    """Checks the rep's own order list includes the order, with the company's name."""
    pages = store(context)
    pages.orders.open_my_orders()
    row = pages.orders.order_row(placed_order_number(context))
    expect(row).to_have_count(1)
    expect(row).to_contain_text(context.the.company["name"])


@then('Salesforce holds it as a quote in "{status}" for the company, with me as the customer')
def salesforce_quote(context, status):
    """Checks, through the control API, Salesforce made a quote of the order, and that the CSR's
    Open Quotes in Queue lists it for the company, in that status, with the rep as customer."""
    store_order = context.control.store_order(placed_order_number(context))
    assert store_order["salesforce_kind"] == "quote", f"Salesforce made {store_order}"
    number = store_order["salesforce_number"]
    context.the.quote_number = number
    pages = log_in_to_console(context, "CSR")
    pages.dashboard.refresh()
    row = pages.dashboard.quote_row("Open Quotes in Queue", number)
    expect(row).to_contain_text(context.the.company["name"])
    pages.dashboard.open_quote_from("Open Quotes in Queue", number)
    expect(pages.quote.quote_status()).to_have_text(status)
    expect(pages.quote.quote_field("account")).to_have_text(context.the.company["name"])
    expect(pages.quote.quote_field("customer")).to_contain_text(context.the.buyer["email"])
    expect(pages.quote.quote_field("store-order")).to_have_text(placed_order_number(context))


@then("in the store, the order shows its Salesforce quote number")
def store_shows_quote(context):
    """Checks the store order shows its Salesforce quote number."""
    pages = _open_the_order(context)
    expect(pages.order.salesforce_number()).to_have_text(context.the.quote_number)
    expect(pages.order.quote_number_label()).to_be_visible()
