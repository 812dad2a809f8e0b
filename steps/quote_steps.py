"""After a repair order (QRG 8.6, what happens next): RMA, the quote worked by the CSR, the
technician's evaluation, the customer's approval or reply, and the order it becomes."""

import re

from behave import given, then, when
from playwright.sync_api import expect

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent, lacks_text
from steps.support.snapshots import assert_each_refused_and_unchanged, both_systems, changes
from steps.support.texts import CSR_TEAM_INBOX, SAYS, SUBJECTS
from steps.support.world import (
    company_buyer,
    console,
    console_user,
    fixtures,
    log_in_to_console,
    mailbox,
    open_store_order,
    pick_rep,
    quote_number,
    run_integration,
    sign_in_to_store,
    store,
)

PROBLEM = "Fails under load after ten minutes; returned for repair"


def _product(context, name: str) -> dict:
    return next(p for p in fixtures(context)["products"] if p["name"] == name)


# -- setting the scene (control API) ------------------------------------------------------


def _repair_lines(context, names: str) -> tuple[list[dict], list[dict]]:
    """(products, order lines) for 'Repair: A and 2 × Repair: B': one line per product named,
    of one unit unless a count and '×' come first."""
    products, lines = [], []
    for name in names.split(" and "):
        count, _, product_name = name.rpartition(" × ")
        product = _product(context, product_name)
        products.append(product)
        quantity = int(count) if count else 1
        lines.append({"sku": product["sku"], "quantity": quantity, "problem_description": PROBLEM})
    return products, lines


@given('a rep has placed a repair order for "{names}"')
def rep_placed_repair(context, names, traits=("with Terms",)):
    """One repair line per product named (joined by ' and '; '2 × ' before a name for two
    units), for a company with Terms (paying by PO) unless other traits are asked for."""
    pick_rep(context, traits=traits)
    rep, company = context.the.rep, context.the.company
    context.control.masquerade(rep["email"], company["id"])
    products, lines = _repair_lines(context, names)
    order = context.control.place_order_lines(rep["email"], company["sites"][0]["id"], lines)
    context.the.update(order_number=order["number"], products=products)


@given('a rep has placed a repair order for "{names}" and the integration has run')
def rep_placed_and_delivered(context, names):
    """Seeds a repair order as for 'a rep has placed a repair order', then runs the integration so
    Salesforce holds the quote."""
    rep_placed_repair(context, names)
    run_integration(context)


@given('a rep has placed a repair order for "{names}" paid by card and the integration has run')
def rep_placed_paid_by_card(context, names):
    """As 'a rep has placed a repair order', for a company without Terms, so the control API
    pays it with the store's default test card; then the integration runs."""
    rep_placed_repair(context, names, traits=("without Terms",))
    run_integration(context)


@given(
    'the rep has placed another repair order for "{names}" for the same company and the '
    "integration has run"
)
def rep_placed_another(context, names):
    """A second repair order of the same rep and company (one line per product, through the
    control API), remembered as 'the other order'; then the integration runs."""
    rep, company = context.the.rep, context.the.company
    _products, lines = _repair_lines(context, names)
    order = context.control.place_order_lines(rep["email"], company["sites"][0]["id"], lines)
    context.the.other_order_number = order["number"]
    run_integration(context)


@given("both quotes have been presented and the integration has run")
def both_presented(context):
    """Assigns and presents the quote of the order and of the other order (control API), then
    runs the integration."""
    other = context.control.store_order(context.the.other_order_number)["salesforce_number"]
    for number in (quote_number(context), other):
        context.control.assign_quote(number, console_user(context, "CSR")["email"])
        context.control.present_quote(number)
    run_integration(context)


@given('the repair technician has evaluated "{code}" on both quotes at "{price:Money}"')
def evaluated_both(context, code, price):
    """Records the same evaluation on the quote of the order and of the other order (control
    API), then runs the integration."""
    other = context.control.store_order(context.the.other_order_number)["salesforce_number"]
    for number in (quote_number(context), other):
        context.control.evaluate_quote(number, code, price, "Evaluated on the bench")
    run_integration(context)


@given("I am logged in to the console as a CSR working that quote")
def csr_working_quote(context):
    """Assigns the remembered quote to the first CSR through the control API, logs them in and opens
    it."""
    context.control.assign_quote(quote_number(context), console_user(context, "CSR")["email"])
    log_in_to_console(context, "CSR").quote.open_quote(quote_number(context))


@given("the quote is assigned to another CSR")
def quote_assigned_to_other(context):
    """Assigns the remembered quote to the other CSR through the control API."""
    other = console_user(context, "other CSR")
    context.control.assign_quote(quote_number(context), other["email"])
    context.the.other_csr = other


@given("the quote has been presented and the integration has run")
def quote_presented(context):
    """Presents the quote through the control API and runs the integration."""
    number = quote_number(context)
    context.control.assign_quote(number, console_user(context, "CSR")["email"])
    context.control.present_quote(number)
    run_integration(context)


@given(
    'the repair technician has evaluated "{code}" at "{price:Money}" and the integration has run'
)
def evaluated(context, code, price):
    """Records the technician's evaluation of that line at that price through the control API, then
    runs the integration. The control API gets the price plainly (1250.00): what a person may
    type into the page is for the When steps to try."""
    plain = price.replace("$", "").replace(",", "")
    context.control.evaluate_quote(quote_number(context), code, plain, "Evaluated on the bench")
    run_integration(context)


@given('the rep has replied to confirm the new price with "{text}"')
def rep_replied(context, text):
    """Sends the rep's reply to the new-price email through the control API."""
    context.control.customer_reply(quote_number(context), text)


# -- the CSR -------------------------------------------------------------------------------


@when("I open the quote from Open Quotes in Queue")
@when("the CSR opens the quote from Open Quotes in Queue")
def open_from_queue(context):
    """Opens the remembered quote by its link in Open Quotes in Queue."""
    pages = log_in_to_console(context, "CSR")
    pages.layout.open_dashboard()
    pages.dashboard.refresh()
    pages.dashboard.open_quote_from("Open Quotes in Queue", quote_number(context))


@when("I assign the quote to myself")
@when("the CSR assigns the quote to themself")
def assign_quote(context):
    """Presses Assign to me on the quote."""
    console(context, "CSR").quote.assign_to_me()


@when('I enter the ASTEA job number "{value}" on the quote\'s line "{code}"')
def quote_line_job_number(context, value, code):
    """On the quote's page, types that job number into the line's field and saves it."""
    console(context, "CSR").quote.save_line_job_number(code, value)


@when("I post each of these forms of the quote by hand, where its page offers none:")
def post_quote_forms_by_hand(context):
    """Crafted requests: opens the quote and notes all its page shows, then posts each form
    named (a line's form for its first line, whose id the control API knows), keeping what
    each answering page's alerts said."""
    pages, number = console(context, "CSR"), quote_number(context)
    pages.quote.open_quote(number)
    context.the.page_before = pages.quote.read_record()
    context.the.order_before = both_systems(context.control, context.the.order_number)
    line_id = context.control.salesforce_quote(number)["lines"][0]["id"]
    context.the.crafted_answers = {}
    for row in context.table:  # each answer is the quote's page again, refusing or not
        answer = pages.quote.post_by_hand(number, row["form"], line_id)
        context.the.crafted_answers[row["form"]] = answer


@then("each is refused, the job number as the quote is locked, and the quote reads as it did")
def quote_forms_refused(context):
    """Checks every form posted was answered with a refusal (the job number's saying an
    accepted quote is locked), and the quote, opened again, shows every field, line and
    comment as it did before."""
    answers = context.the.crafted_answers
    not_refused = [form for form, answer in answers.items() if not answer]
    assert not not_refused, f"Not refused: {', '.join(not_refused)}"
    said = answers.get("a line's ASTEA job number", [SAYS["quote locked"]])
    assert any(SAYS["quote locked"] in alert for alert in said), f"The job number: {said}"
    pages = console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    changed = changes(context.the.page_before, pages.quote.read_record())
    assert not changed, "The quote's page changed:\n" + "\n".join(changed)


@then(
    "each is refused, naming the CSR who has the quote, "
    "and the quote is as it was in the store and in Salesforce"
)
def quote_forms_refused_for_colleague(context):
    """Checks every form posted was refused with a message naming the CSR who has the quote,
    and neither the store order nor the quote changed (status, lines, history, replies)."""
    said = SAYS["only the quote's assignee"].format(name=context.the.other_csr["name"])
    assert_each_refused_and_unchanged(context.control, context.the, said)


@when('each of these console users posts "{form}" for the {record} by hand:')
def others_post_form(context, form, record):
    """Crafted requests: each console user in the table (a persona: CSR, other CSR, Pricing
    Analyst ...) posts that form for the order or the quote (its first line, for a line's
    form) from their own browser; both systems' record is noted first and each answering
    page's alerts kept."""
    context.the.order_before = both_systems(context.control, context.the.order_number)
    if record == "quote":
        number = quote_number(context)
        line_id = context.control.salesforce_quote(number)["lines"][0]["id"]
    else:
        number = context.the.salesforce_number
        line_id = context.control.salesforce_order(number)["lines"][0]["id"]
    context.the.crafted_answers = {}
    for row in context.table:
        record_page = getattr(log_in_to_console(context, row["who"]), record)
        context.the.crafted_answers[row["who"]] = record_page.post_by_hand(number, form, line_id)


@then(
    "each is refused, as only a repair technician records an evaluation, "
    "and the quote is as it was in the store and in Salesforce"
)
def each_refused_not_technician(context):
    """Checks every post was refused saying only a repair technician records an evaluation,
    and neither the store order nor the quote changed (its lines, status and history)."""
    assert_each_refused_and_unchanged(context.control, context.the, SAYS["only a technician"])


@when("I present the quote")
def present(context):
    """Presses Present Quote."""
    console(context, "CSR").quote.present_quote()


@when("I move the quote to an order")
@when("the CSR moves the quote to an order")
def move_to_order(context):
    """Presses Move to Order."""
    console(context, "CSR").quote.move_to_order()


@when("another CSR opens the quote")
def other_csr_opens(context):
    """A second CSR logs in and opens the quote."""
    pages = log_in_to_console(context, "other CSR")
    pages.quote.open_quote(quote_number(context))


@then("my dashboard does not list the quote yet")
def dashboard_not_yet_quote(context):
    """Checks the CSR's dashboard, reloaded but not refreshed, does not list the quote yet."""
    pages = log_in_to_console(context, "CSR")
    pages.layout.open_dashboard()  # a plain reload, not a Refresh
    absent(
        pages.dashboard.quote_row("Open Quotes in Queue", quote_number(context)),
        once=pages.dashboard.queue_section("Open Quotes in Queue"),
    )


@then('the quote is listed in Open Quotes in Queue in "{status}"')
def listed_in_queue(context, status):
    """Checks a CSR's dashboard lists the quote in Open Quotes in Queue with that status."""
    pages = log_in_to_console(context, "CSR")
    pages.layout.open_dashboard()
    pages.dashboard.refresh()
    row = pages.dashboard.quote_row("Open Quotes in Queue", quote_number(context))
    expect(row).to_contain_text(status)
    expect(row).to_contain_text(context.the.company["name"])


@then("the quote offers to be assigned to me and cannot be presented")
def read_only_quote(context):
    """Checks the quote offers Assign to me and no Present Quote."""
    pages = console(context, "CSR")
    expect(pages.quote.assignment_note()).to_contain_text(SAYS["quote read-only"])
    absent(pages.quote.present_quote_button(), once=pages.quote.assignment_note())


@then("the quote is mine and listed in My Open Quotes")
def quote_is_mine(context):
    """Checks the quote is assigned to the CSR and listed in My Open Quotes."""
    pages = console(context, "CSR")
    expect(pages.quote.assignment_note()).to_have_text(SAYS["assigned to you"])
    pages.layout.open_dashboard()
    expect(pages.dashboard.quote_row("My Open Quotes", quote_number(context))).to_have_count(1)
    expect(pages.dashboard.quote_row("Open Quotes in Queue", quote_number(context))).to_have_count(
        0
    )


@then("the other CSR is told that I have the quote and cannot present it")
def other_told(context):
    """Checks the other CSR is told who has the quote and is offered no Present Quote."""
    pages = console(context, "other CSR")
    me = console_user(context, "CSR")["name"]
    expect(pages.quote.assignment_note()).to_contain_text(
        SAYS["quote someone else's"].format(name=me)
    )
    absent(pages.quote.present_quote_button(), once=pages.quote.assignment_note())


@then('the quote is in "{status}"')
def quote_status(context, status):
    """Checks the quote's status."""
    pages = log_in_to_console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    expect(pages.quote.quote_status()).to_have_text(status)


@then("the quote's status history is {statuses}")
def quote_history(context, statuses):
    """Checks the quote's status history lists exactly those statuses ("A", "B" and "C"), in
    that order."""
    expected = re.findall(r'"([^"]+)"', statuses)
    pages = log_in_to_console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    history = pages.quote.quote_status_history()
    expect(history).to_have_count(len(expected))
    expect(history).to_contain_text(expected)


@then('the quote amounts to "{amount:Money}" in "{status}"')
def quote_status_amount(context, amount, status):
    """Checks the quote's total and status."""
    quote_status(context, status)
    expect(console(context, "CSR").quote.quote_field("amount")).to_have_text(amount)


@then('the quote became an order in "{status}" with the line "{code}" at "{price:Money}"')
def became_order(context, status, code, price):
    """Checks the quote links to a Salesforce order in that status with that line at that price."""
    pages = log_in_to_console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    expect(pages.quote.quote_status()).to_have_text("Accepted")
    link = pages.quote.quote_order_link()
    context.the.salesforce_number = link.inner_text().strip()
    pages.quote.press(link)
    expect(pages.order.current_status()).to_have_text(status)
    pages.lines.open_tab("Related")
    row = pages.lines.line_row(code)
    expect(row).to_contain_text(price)


@then("the quote offers no way to move it to an order again")
def no_second_move(context):
    """Checks the quote offers no Move to Order."""
    pages = log_in_to_console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    absent(pages.quote.move_to_order_button(), once=pages.quote.quote_order_link())


@then("the reply shows on the quote for the CSR")
def reply_on_quote(context):
    """Checks the customer's reply is shown on the quote."""
    pages = log_in_to_console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    expect(pages.quote.customer_replies()).to_contain_text(context.the.reply)


# -- the technician ------------------------------------------------------------------------


@when('the repair technician prices "{code}" at "{price:Money}", noting "{notes}"')
def technician_evaluates(context, price, code, notes):
    """The repair technician logs in, opens the quote's line and records the repair price and
    notes."""
    pages = log_in_to_console(context, "Repair Technician")
    pages.dashboard.open_quote_from("Quotes to evaluate", quote_number(context))
    pages.quote.evaluate(code, price, notes)


@when(
    'the repair technician types "{price:TypedAmount}" as the repair price of "{code}", '
    'noting "{notes}"'
)
def technician_types_price(context, price, code, notes):
    """The repair technician logs in, opens the quote from Quotes to evaluate and records that
    line's evaluation, typing the price as written (no cents, one decimal, ...)."""
    pages = log_in_to_console(context, "Repair Technician")
    pages.layout.open_dashboard()
    pages.dashboard.open_quote_from("Quotes to evaluate", quote_number(context))
    pages.quote.evaluate(code, price, notes)


@then('the technician is told "{text}"')
def technician_told(context, text):
    """Checks the technician's page shows that message."""
    expect(console(context, "Repair Technician").layout.alert()).to_contain_text(text)


# -- the rep (the customer) ------------------------------------------------------------------


def _rep_inbox(context):
    inbox = mailbox(context, "buyer")
    inbox.inbox.open_for(context.the.rep["email"])
    return inbox


@then('the rep is emailed the RMA number of "{code}"')
def emailed_rma(context, code):
    """Checks the rep's mailbox holds an email with the RMA number of that line."""
    context.the.rma = context.control.salesforce_quote(quote_number(context))["lines"][0][
        "rma_number"
    ]
    inbox = _rep_inbox(context)
    inbox.inbox.open_message(SUBJECTS["rma"].format(number=context.the.order_number))
    expect(inbox.message.message_body()).to_contain_text(context.the.rma)


@then('the quote shows a different RMA number for "{first}" and for "{second}"')
def distinct_rma_numbers(context, first, second):
    """Checks both repair lines of the quote show an RMA number, and not the same one."""
    pages = log_in_to_console(context, "CSR")
    pages.quote.open_quote(quote_number(context))
    numbers = []
    for code in (first, second):
        expect(pages.quote.rma_number(code)).to_have_text(re.compile(r"\S+"))
        numbers.append(pages.quote.rma_number(code).inner_text().strip())
    assert numbers[0] != numbers[1], f"{first} and {second} share the RMA number {numbers[0]}"


@then("the rep has not been emailed a repair quote")
def not_emailed_quote(context):
    """Checks the rep's mailbox holds no repair quote email for the quote."""
    inbox = _rep_inbox(context)
    absent(
        inbox.inbox.message_link(re.compile(f"^Repair quote {quote_number(context)}")),
        once=inbox.inbox.inbox_heading(context.the.rep["email"]),
    )


@then("the store order shows no RMA number yet")
def no_rma_yet(context):
    """Checks the rep's store order shows no RMA number."""
    pages = open_store_order(context)
    lacks_text(pages.order.order_lines(), "RMA", once=pages.order.order_lines())


@then('the rep\'s store order shows "{status}"')
def rep_sees_status(context, status):
    """Checks the status of the rep's store order."""
    pages = open_store_order(context)
    expect(pages.order.order_status()).to_have_text(status)


@then('the rep is emailed the new price of "{amount:Money}"')
def emailed_new_price(context, amount):
    """Checks the rep's mailbox holds the email with the repair's new price."""
    inbox = _rep_inbox(context)
    inbox.inbox.open_message(SUBJECTS["new price"].format(number=context.the.order_number))
    expect(inbox.message.message_body()).to_contain_text(SAYS["new total"].format(amount=amount))


@when("the rep approves the repair quote in the store")
def rep_approves(context):
    """As the rep, presses Approve Repair Quote on the store order."""
    pages = open_store_order(context)
    pages.order.approve_repair_quote()
    expect(pages.order.quote_approval()).to_be_visible()


@when("the rep sends an approval of the repair quote anyway")
def crafted_approval(context):
    """On the rep's store order page, posts Approve Repair Quote though the page does not offer
    it: a crafted request."""
    pages = open_store_order(context)
    pages.order.tamper_approve_quote(context.the.order_number)


@then("the store offers no repair quote to approve yet")
def nothing_to_approve(context):
    """Checks the rep's store order offers no Approve Repair Quote."""
    pages = open_store_order(context)
    expect(pages.order.order_status()).to_have_text(SAYS["awaiting approval"])
    absent(pages.order.approve_repair_quote_button(), once=pages.order.order_status())


@when('the rep replies to the new-price email with "{text}"')
def rep_replies(context, text):
    """As the rep, replies to the new-price email from the mailbox page with that text."""
    inbox = _rep_inbox(context)
    inbox.inbox.open_message(SUBJECTS["new price"].format(number=context.the.order_number))
    inbox.message.reply(text)
    # the page says where the reply went: the CSR team's inbox, not back to the rep
    sent = SAYS["reply sent"].format(address=CSR_TEAM_INBOX)
    expect(inbox.message.sent_notice()).to_contain_text(sent)
    context.the.reply = text


@then("the rep's $0 store order is Canceled and points to the new order")
def old_order_canceled(context):
    """Checks the rep's $0 store order is Canceled and links to the order that replaced it."""
    old = context.control.store_order(context.the.order_number)
    new_number = old["replaced_by"]
    context.the.update(old_order_number=context.the.order_number, new_order_number=new_number)
    pages = sign_in_to_store(context)
    pages.order.open_order(context.the.old_order_number)
    expect(pages.order.order_status()).to_have_text("Canceled")
    expect(pages.order.replaced_by()).to_contain_text(new_number)


# What "carries over" means, in the words of the feature's table -> how the two orders compare.
CARRIED_OVER = {
    "customer": lambda order: order["customer"],
    "company": lambda order: order["company"],
    "PO number": lambda order: order["po_number"],
    "payment": lambda order: order["payment_reference"],
    "shipping address": lambda order: order["shipping_address"],
    "billing address": lambda order: order["billing_address"],
    "Other Comments": lambda order: order["other_comments"],
    "site": lambda order: order["site_id"],
    "lines": lambda order: [(line["sku"], line["quantity"]) for line in order["lines"]],
    "RMA numbers": lambda order: [line["rma_number"] for line in order["lines"]],
    "problem descriptions": lambda order: [line["problem_description"] for line in order["lines"]],
}


@then('the new store order is in process at "{amount:Money}" and carries over from the old one')
def new_order_carries_over(context, amount):
    """Checks the replacing store order is In Process at the new amount, names the order it
    replaces, and has the same value as the old one for each thing the table lists (customer,
    company, PO number, payment, addresses, Other Comments, site, lines, RMA numbers, problem
    descriptions)."""
    old = context.control.store_order(context.the.old_order_number)
    new = context.control.store_order(context.the.new_order_number)
    for row in context.table:
        what = row["what"]
        if what not in CARRIED_OVER:
            raise ValueError(f"cannot compare {what!r}; known: {sorted(CARRIED_OVER)}")
        was, now = CARRIED_OVER[what](old), CARRIED_OVER[what](new)
        assert now == was, f"{what} was not carried over: {now!r} instead of {was!r}"
        assert was not in (None, "", []), f"{what} of the old order is empty: nothing to compare"
    pages = store(context)
    pages.order.open_order(context.the.new_order_number)
    expect(pages.order.order_status()).to_have_text(SAYS["in process"])
    expect(pages.order.replaces()).to_contain_text(context.the.old_order_number)
    expect(pages.order.order_lines()).to_contain_text(amount)
    expect(pages.order.order_lines()).to_contain_text(
        f"Problem: {old['lines'][0]['problem_description']}"
    )
    context.the.order_number = context.the.new_order_number  # "the order" from now on


@then("the rep's order list shows both orders, each pointing to the other")
def list_shows_both(context):
    """Checks the rep's order list shows both orders, each naming the other."""
    pages = store(context)
    pages.orders.open_my_orders()
    old, new = context.the.old_order_number, context.the.new_order_number
    expect(pages.orders.order_row(old)).to_contain_text(SAYS["replaced by"].format(number=new))
    expect(pages.orders.order_row(new)).to_contain_text(SAYS["replaces"].format(number=old))


@when("the company's buyer, signed in to the mailbox, opens the address of the rep's RMA email")
def company_buyer_opens_rep_mail(context):
    """Finds where the rep's RMA email is read; the company's buyer signs in to the mailbox with
    their own account and opens that address, as a guessed or shared link would."""
    subject = SUBJECTS["rma"].format(number=context.the.order_number)
    finder = mailbox(context, "mail finder")
    finder.inbox.open_for(context.the.rep["email"])
    context.the.kept_link = finder.inbox.message_address(subject)
    buyer = mailbox(context, "company buyer")
    email = company_buyer(context)["email"]
    buyer.sign_in_page.sign_in(email, fixtures(context)["demo_password"])
    expect(buyer.inbox.inbox_heading(email)).to_be_visible()
    buyer.message.open_address(context.the.kept_link)


@then("the company's buyer finds no such email, and their inbox lists none of the rep's mail")
def company_buyer_finds_no_email(context):
    """Checks the address shows no message to the company's buyer, and their own inbox holds
    none of the rep's mail."""
    buyer = mailbox(context, "company buyer")
    absent(buyer.message.message_body(), once=buyer.message.not_found_heading())
    buyer.inbox.open_own()
    email = company_buyer(context)["email"]
    absent(
        buyer.inbox.message_link(SUBJECTS["rma"].format(number=context.the.order_number)),
        once=buyer.inbox.inbox_heading(email),
    )


@then("the rep, signed in to the mailbox, reads the RMA email at that address")
def rep_reads_own_mail(context):
    """Checks the rep, signed in to the mailbox with their own account, reads the RMA email at
    the address the company's buyer was refused."""
    rep = mailbox(context, "rep's mailbox")
    rep.sign_in_page.sign_in(context.the.rep["email"], fixtures(context)["demo_password"])
    expect(rep.inbox.inbox_heading(context.the.rep["email"])).to_be_visible()
    rep.message.open_address(context.the.kept_link)
    expect(rep.message.message_body()).to_contain_text("RMA")


@then('the repair technician, opening the quote, is offered no evaluation of "{code}"')
def no_evaluation_offered(context, code):
    """Checks the quote's page, opened by the repair technician, has no form to price that
    line: a presented quote is the customer's to approve, not the technician's to re-price."""
    pages = log_in_to_console(context, "Repair Technician")
    pages.quote.open_quote(quote_number(context))
    absent(pages.quote.evaluation_form(code), once=pages.quote.quote_status())
