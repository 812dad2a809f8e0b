"""The CSR and the Pricing Analyst in the console."""

from behave import then, when
from playwright.sync_api import expect

from steps.support.world import QUEUE_OWNERS, console, console_user, log_in_to_console


@when("a {persona} logs in to the console")
def log_in(context, persona):
    log_in_to_console(context, persona)
    context.the["console_actor"] = persona


@when("a {persona} logs in to the console with a wrong password")
def log_in_wrong(context, persona):
    console(context, persona).log_in(console_user(context, persona)["email"], "wrong-password")
    context.the["console_actor"] = persona


@then('they see the "{heading}"')
def see_dashboard(context, heading):
    expect(
        console(context, context.the["console_actor"]).dashboard_heading(heading)
    ).to_be_visible()


@then("they are told that the email address or password is incorrect")
def told_bad_login(context):
    pages = console(context, context.the["console_actor"])
    expect(pages.alert()).to_contain_text("email address or password is incorrect")


@then("they are still on the log-in page")
def still_on_log_in(context):
    expect(console(context, context.the["console_actor"]).log_in_form()).to_be_visible()


@when("a CSR refreshes the CSR Home Page Dashboard")
def refresh_dashboard(context):
    pages = log_in_to_console(context, "CSR")
    pages.refresh()
    expect(pages.refreshed_notice()).to_be_visible()


def _queue_row(context, queue):
    pages = log_in_to_console(context, QUEUE_OWNERS[queue])
    pages.refresh()
    return pages, pages.row_for_store_order(queue, context.the["order_number"])


@then("a CSR finds the order in the Open Order Queue")
@then("the order is listed in the Open Order Queue")
def order_in_open_queue(context):
    _, row = _queue_row(context, "Open Order Queue")
    expect(row).to_have_count(1)


@then("a CSR does not find the order in the Open Order Queue")
def order_not_in_open_queue(context):
    pages, row = _queue_row(context, "Open Order Queue")
    expect(pages.queue_section("Open Order Queue")).to_be_visible()
    expect(row).to_have_count(0)


@then('the order waits in the {queue} in "{status}"')
def order_waits_in(context, queue, status):
    _, row = _queue_row(context, queue)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(status)


@then("it is not in the {queue}")
def order_not_in(context, queue):
    pages, row = _queue_row(context, queue)
    expect(pages.queue_section(queue)).to_be_visible()
    expect(row).to_have_count(0)


@when("a CSR opens the order from the Open Order Queue")
@when("the CSR opens the order from the Open Order Queue")
@when("I open the order from the Open Order Queue")
def open_from_queue(context):
    pages, row = _queue_row(context, "Open Order Queue")
    expect(row).to_have_count(1)
    context.the["salesforce_number"] = pages.open_order_from(
        "Open Order Queue", context.the["order_number"]
    )


@then('it is an order in "{status}" that names the store order number')
def order_page_shows(context, status):
    pages = console(context, "CSR")
    expect(pages.order_number()).to_have_text(context.the["salesforce_number"])
    expect(pages.current_status()).to_have_text(status)
    expect(pages.store_order_number()).to_have_text(context.the["order_number"])
    assert context.the["salesforce_number"] != context.the["order_number"]
