"""Full-state checks: each record as one party sees it, compared whole with the scenario's
table (steps/support/records.py says how). Then steps only: they open pages and read."""

from behave import then

from steps.support.records import compare
from steps.support.texts import CSR_TEAM_INBOX
from steps.support.world import (
    company_buyer,
    console,
    console_user,
    log_in_to_console,
    mailbox,
    sign_in_store_actor,
    sign_in_to_store,
    store,
    vocabulary,
)

# Who may be named as a reader of the store, and whose browser they read it in.
STORE_PARTIES = ("the buyer", "the rep", "the company's buyer")


def _store_pages(context, party: str):
    if party not in STORE_PARTIES:
        raise ValueError(f"{party!r} reads no store page; one of {STORE_PARTIES}")
    if party == "the company's buyer":
        return sign_in_store_actor(context, "company buyer", company_buyer(context)["email"])
    return sign_in_to_store(context)


def _email_of(context, party: str) -> str:
    if party in ("the buyer", "the rep"):
        return context.the.buyer["email"]
    if party == "the company's buyer":
        return company_buyer(context)["email"]
    if party == "the CSR team":
        return CSR_TEAM_INBOX
    return console_user(context, party.removeprefix("the "))["email"]


@then("{party} sees {which:Which} store order as:")
def store_order_as(context, party, which):
    """Checks everything the store order's page shows that party (status, both numbers,
    customer, company, ship-to, billing, Other Comments, payment, each comment, each line,
    total, tracking, what it replaced) against the table, field by field. The order is the
    scenario's, its other order or the new one that replaced it."""
    words = vocabulary(context)
    pages = _store_pages(context, party)
    pages.order.open_order(words.value(f"{which}order"))
    pages.order.order_status().wait_for()
    compare(f"The store order as {party} sees it", context.table, pages.order.read_record(), words)


@then("the page of the new amount the buyer is on reads:")
def new_amount_page_reads(context):
    """Checks everything the page an emailed link led the buyer to shows (the order, the company,
    the new amount and the amount it replaces) against the table."""
    pages = store(context)
    pages.layout.page_heading().wait_for()
    compare(
        "The page of the new amount",
        context.table,
        pages.new_amount.read_record(),
        vocabulary(context),
    )


@then("{party}'s store dashboard reads:")
def store_dashboard_reads(context, party):
    """Checks everything that party's store dashboard shows (who they are, for a rep the
    companies assigned and which one is selected, the recent orders or the orders they placed)
    against the table."""
    pages = _store_pages(context, party)
    pages.layout.go_home()
    pages.dashboard.dashboard_heading().wait_for()
    compare(
        f"The store dashboard of {party}",
        context.table,
        pages.dashboard.read_record(),
        vocabulary(context),
    )


@then("{party}'s order list reads:")
def order_list_reads(context, party):
    """Checks every row of that party's order list (number, placed, company, status with what
    replaced what, total) against the table: no row more, none less."""
    pages = _store_pages(context, party)
    pages.orders.open_my_orders()
    pages.orders.my_orders_heading().wait_for()
    compare(
        f"The order list of {party}", context.table, pages.orders.read_record(), vocabulary(context)
    )


@then("{party}'s cart reads:")
def cart_reads(context, party):
    """Checks every line of that party's cart (product, price and its note, the quantity and
    problem description as typed, line total) and its subtotal against the table."""
    pages = _store_pages(context, party)
    pages.cart.open_cart()
    pages.cart.cart_heading().wait_for()
    compare(f"The cart of {party}", context.table, pages.cart.read_record(), vocabulary(context))


def _console_record(context, persona: str, what: str, page, opens, number: str, loaded):
    """Opens a console record's page as that persona and compares it whole with the table."""
    words = vocabulary(context)
    log_in_to_console(context, persona)
    opens(words.value(number))
    loaded().wait_for()
    compare(f"The {what} as the {persona} sees it", context.table, page.read_record(), words)


@then("the {persona} sees {which:Which} console order as:")
def console_order_as(context, persona, which):
    """Checks everything the Salesforce order's page shows that persona (name, numbers, job
    number, status, account, customer, queue, owner, amount, Other Comments, each comment,
    ship-to, addresses, payment, ready to ship, payment captured, tracking, each line with its
    vendor, quantity, price and job number, activation) against the table."""
    order = console(context, persona).order
    _console_record(
        context,
        persona,
        "Salesforce order",
        order,
        order.open_order,
        f"{which}salesforce number",
        order.current_status,
    )


@then("the {persona} sees {which:Which} quote as:")
def quote_as(context, persona, which):
    """Checks everything the quote's page shows that persona (name, status and its history,
    assignment, account, customer, store order, ship-to, addresses, Other Comments, payment,
    amount, each line with its RMA, price, problem and evaluation, each customer reply, the
    order it became) against the table."""
    quote = console(context, persona).quote
    _console_record(
        context, persona, "quote", quote, quote.open_quote, f"{which}quote", quote.quote_status
    )


@then("the checkout's order summary reads:")
def checkout_summary_reads(context):
    """Checks every line of the checkout's Order summary, with its amount, and the total."""
    words = vocabulary(context)
    compare("The order summary", context.table, store(context).checkout.read_order_summary(), words)


@then("the payment step reads:")
def payment_step_reads(context):
    """Checks the checkout's payment step whole: the shipping and billing summaries, then
    every line of the Order summary and the total."""
    words = vocabulary(context)
    compare("The payment step", context.table, store(context).checkout.read_payment_step(), words)


@then("the {persona}'s dashboard reads:")
def dashboard_reads(context, persona):
    """Checks every row of every list on that persona's console home page against the table."""
    pages = log_in_to_console(context, persona)
    pages.layout.open_dashboard()
    pages.layout.log_out_button().wait_for()
    compare(
        f"The {persona}'s dashboard",
        context.table,
        pages.dashboard.read_record(),
        vocabulary(context),
    )


@then("the {persona}'s Open Orders report reads:")
def report_reads(context, persona):
    """Checks every row of the Open Orders report, opened from that persona's menu, against the
    table."""
    pages = log_in_to_console(context, persona)
    pages.layout.open_dashboard()
    pages.report.open_from_menu()
    compare(
        f"The {persona}'s Open Orders report",
        context.table,
        pages.report.read_record(),
        vocabulary(context),
    )


@then('the email "{subject}" to {party} reads:')
def email_reads(context, subject, party):
    """Opens the newest email with that subject in that party's mailbox and checks its sender,
    addressee, subject, every line of its body (each figure in it) and its links."""
    words = vocabulary(context)
    inbox = mailbox(context, "mail reader")
    inbox.inbox.open_for(_email_of(context, party))
    inbox.inbox.open_newest(words.fill(subject))
    inbox.message.message_body().wait_for()
    read = inbox.message.read_record(opens=lambda address: _heading_at(context, party, address))
    compare(f"The email {words.fill(subject)!r}", context.table, read, words)


def _heading_at(context, party: str, address: str) -> str:
    """The heading of the page an email's link opens, in a tab of the party's own browser
    signed in to the system the link belongs to: where a person's click would take them."""
    if address.startswith(context.target.store_url):
        return _store_pages(context, party).layout.heading_at(address)
    if address.startswith(context.target.console_url):
        reader = "CSR" if party == "the CSR team" else party.removeprefix("the ")
        return log_in_to_console(context, reader).layout.heading_at(address)
    return f"elsewhere ({address})"


@then("the mailbox of {party} reads:")
def mailbox_reads(context, party):
    """Checks every email in that party's mailbox (sent, to, subject), newest first: no email
    more, none less."""
    inbox = mailbox(context, "mail reader")
    inbox.inbox.open_for(_email_of(context, party))
    inbox.inbox.inbox_heading().wait_for()
    compare(
        f"The mailbox of {party}", context.table, inbox.inbox.read_record(), vocabulary(context)
    )
