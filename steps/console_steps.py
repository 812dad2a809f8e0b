"""The CSR and the Pricing Analyst in the console."""

from behave import then, when
from playwright.sync_api import expect

from steps.support.expectations import absent, lacks_text
from steps.support.texts import REFUSALS, SAYS
from steps.support.world import (
    QUEUE_OWNERS,
    console,
    console_user,
    fixtures,
    log_in_to_console,
    quote_number,
)


@when("a {persona} logs in to the console")
def log_in(context, persona):
    """Logs in to the console as the seeded person with that persona (CSR, Pricing Analyst, Repair
    Technician, Administrator)."""
    log_in_to_console(context, persona)
    context.the.console_actor = persona


@when("a {persona} logs in to the console with a wrong password")
def log_in_wrong(context, persona):
    """Tries to log in to the console as that persona with a password that is not theirs."""
    console(context, persona).log_in_page.log_in(
        console_user(context, persona)["email"], "wrong-password"
    )
    context.the.console_actor = persona


@when("a {persona} logs in to the console with the email address in capitals")
def log_in_in_capitals(context, persona):
    """Logs in to the console as that persona, the email address typed in capitals."""
    user = console_user(context, persona)
    console(context, persona).log_in_page.log_in(
        user["email"].upper(), fixtures(context)["demo_password"]
    )
    context.the.console_actor = persona


def _record_page(pages, record: str):
    if record not in ("order", "quote"):
        raise ValueError(f"an order or a quote, not {record!r}")
    return pages.order if record == "order" else pages.quote


@when("the {persona} opens that {record} by its number")
def persona_opens(context, persona, record):
    """Logs that console person in (CSR, Pricing Analyst, Repair Technician, Administrator) and
    opens the remembered Salesforce order, or quote, by its address."""
    page = _record_page(log_in_to_console(context, persona), record)
    if record == "order":
        page.open_order(context.the.salesforce_number)
    else:
        page.open_quote(quote_number(context))


@when("the {persona} assigns the order to themself")
def persona_assigns(context, persona):
    """Presses Assign to me on the order that console person has open (a page that offers no
    Assign to me fails the expectation)."""
    order = console(context, persona).order
    order.assign_to_me()


@then("the {persona} cannot assign the {record} to themself")
def cannot_assign(context, persona, record):
    """Checks the order or quote page the person has open is read-only for them and offers no
    Assign to me."""
    page = _record_page(console(context, persona), record)
    expect(page.assignment_note()).to_contain_text(SAYS[f"{record} read-only"])
    absent(page.assign_button(), once=page.assignment_note())


@then('they see the "{heading}"')
def see_dashboard(context, heading):
    """Checks that the console shows the dashboard with that heading."""
    expect(
        console(context, context.the.console_actor).dashboard.dashboard_heading(heading)
    ).to_be_visible()


@then("they are told that the email address or password is incorrect")
def told_bad_login(context):
    """Checks the log-in page says the email address or password is incorrect."""
    pages = console(context, context.the.console_actor)
    expect(pages.layout.alert()).to_contain_text(
        REFUSALS["that my email address or password is incorrect"][1]
    )


@then("they are still on the log-in page")
def still_on_log_in(context):
    """Checks the console is still showing its log-in form."""
    expect(console(context, context.the.console_actor).log_in_page.log_in_form()).to_be_visible()


@when("a CSR refreshes the CSR Home Page Dashboard")
def refresh_dashboard(context):
    """A CSR logs in and presses Refresh on the CSR Home Page Dashboard."""
    pages = log_in_to_console(context, "CSR")
    pages.dashboard.refresh()
    expect(pages.dashboard.refreshed_notice()).to_be_visible()


def _queue_row(context, queue):
    pages = log_in_to_console(context, QUEUE_OWNERS.get(queue, context.the.me))
    pages.dashboard.refresh()
    return pages, pages.dashboard.row_for_store_order(queue, context.the.order_number)


@then("the order is listed in the Open Order Queue")
def order_in_open_queue(context):
    """Checks a CSR's dashboard lists the remembered order in the Open Order Queue."""
    _, row = _queue_row(context, "Open Order Queue")
    expect(row).to_have_count(1)


@then("a CSR does not find the order in the Open Order Queue")
def order_not_in_open_queue(context):
    """Checks a CSR's dashboard does not list the remembered order in the Open Order Queue."""
    pages, row = _queue_row(context, "Open Order Queue")
    absent(row, once=pages.dashboard.queue_section("Open Order Queue"))


@then('the order waits in the {queue} in "{status}"')
def order_waits_in(context, queue, status):
    """Checks the team that works that queue finds the order there, in that status."""
    _, row = _queue_row(context, queue)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(status)


@then("it is not in the {queue}")
def order_not_in(context, queue):
    """Checks the order is not listed in that queue."""
    pages, row = _queue_row(context, queue)
    absent(row, once=pages.dashboard.queue_section(queue))


@when("the CSR opens the order from the Open Order Queue")
@when("I open the order from the Open Order Queue")
def open_from_queue(context, queue: str = "Open Order Queue"):
    """Opens the remembered order by its link in the Open Order Queue."""
    pages, row = _queue_row(context, queue)
    expect(row).to_have_count(1)
    context.the.salesforce_number = pages.dashboard.open_order_from(queue, context.the.order_number)


@when("I open the order from the IPS Pricing Queue")
def open_from_pricing_queue(context):
    """Opens the remembered order by its link in the IPS Pricing Queue."""
    open_from_queue(context, "IPS Pricing Queue")


@when("I open the Open Orders report")
def open_report(context):
    """Opens the Open Orders report from the console's menu."""
    console(context, context.the.me).report.open_from_menu()


@when("I refresh the report")
def refresh_report(context):
    """Presses Refresh on the Open Orders report."""
    console(context, context.the.me).report.refresh()


@when("I open the order from the report by its number")
def open_from_report(context):
    """Clicks the order's number in its row of the Open Orders report (npo.2's best practice)."""
    pages = console(context, context.the.me)
    context.the.salesforce_number = pages.report.open_order(context.the.order_number)


@when("I find the order in My Open Orders and open it by its link")
def open_from_my_open_orders(context):
    """Opens the remembered order by its link in My Open Orders, where npo.2 has the CSR find
    the job already theirs."""
    open_from_queue(context, "My Open Orders")


@then('it is an order in "{status}" that names the store order number')
def order_page_shows(context, status):
    """Checks the Salesforce order page shows that status and the store's order number."""
    pages = console(context, "CSR")
    expect(pages.order.order_number()).to_have_text(context.the.salesforce_number)
    expect(pages.order.current_status()).to_have_text(status)
    expect(pages.order.store_order_number()).to_have_text(context.the.order_number)
    assert context.the.salesforce_number != context.the.order_number


@then("each of these console users opens the audit log by its address and is refused:")
def audit_log_refused(context):
    """For each row, that console person (CSR, Pricing Analyst, Repair Technician, Warehouse)
    opens the audit log's address: the page refuses them, saying only an administrator reads
    it, and shows no entry and no company the log names."""
    for row in context.table:
        pages = log_in_to_console(context, row["person"])
        pages.audit_log.open_by_address()
        expect(pages.layout.alert()).to_have_text(SAYS["administrators only"])
        absent(pages.audit_log.audit_log_table(), once=pages.audit_log.refusal())
        lacks_text(
            pages.layout.main_content(),
            context.the.company["name"],
            once=pages.audit_log.refusal(),
        )
