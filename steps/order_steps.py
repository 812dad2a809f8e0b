"""The CSR working a Salesforce order: assignment, job numbers, Order Comments."""

from behave import then, when
from playwright.sync_api import expect

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent, as_typed
from steps.support.snapshots import assert_each_refused_and_unchanged, both_systems
from steps.support.texts import SAYS, SUBJECTS, text_of_length
from steps.support.world import (
    console,
    console_user,
    log_in_to_console,
    mailbox,
    open_store_order,
    sign_in_to_store,
)


def _me(context):
    return console(context, context.the.me)


# -- dashboard and assignment ------------------------------------------------------------


@then("my dashboard does not list the order yet")
def dashboard_not_yet(context):
    """Checks the CSR's dashboard does not list the order yet."""
    pages = _me(context)
    pages.layout.open_dashboard()  # a plain reload, not a Refresh
    absent(
        pages.dashboard.row_for_store_order("Open Order Queue", context.the.order_number),
        once=pages.dashboard.queue_section("Open Order Queue"),
    )


@when("I refresh the CSR Home Page Dashboard")
def refresh(context):
    """Goes to my dashboard and presses Refresh there (npo.1)."""
    pages = _me(context)
    pages.layout.open_dashboard()
    pages.dashboard.refresh()


@when("I refresh the Pricing Analyst Dashboard")
def refresh_pricing(context):
    """The Pricing Analyst team's npo.1: presses Refresh on their dashboard."""
    refresh(context)


@then('the order is in the "{status}" stage')
def order_stage(context, status):
    """Checks the order's stage."""
    expect(_me(context).order.current_status()).to_have_text(status)


@then("the order offers to be assigned to me and nothing on it can be changed")
def read_only_until_assigned(context):
    """Checks the order offers Assign to me and no field or button can change it."""
    pages = _me(context)
    absent(
        pages.order.edit_order_name(),
        pages.comments.add_comment_button(),
        once=pages.order.assign_button(),
    )


@when("I assign the order to myself")
def assign_to_me(context):
    """Presses Assign to me on the order."""
    _me(context).order.assign_to_me()


@then("the order says it is assigned to me")
def assigned_to_me(context):
    """Checks the order says it is assigned to the logged-in CSR."""
    expect(_me(context).order.assignment_note()).to_contain_text(SAYS["assigned to you"])


@then("my dashboard lists it in My Open Orders and no longer in the {queue}")
def in_my_open_orders(context, queue):
    """Checks my dashboard lists the order under My Open Orders and not in the queue it came
    from."""
    pages = _me(context)
    pages.layout.open_dashboard()
    pages.dashboard.refresh()
    number = context.the.order_number
    mine = pages.dashboard.row_for_store_order("My Open Orders", number)
    expect(mine).to_have_count(1)
    absent(pages.dashboard.row_for_store_order(queue, number), once=mine)


@when("I open {which:Which} order by its number")
def open_by_number(context, which):
    """Opens the scenario's Salesforce order, or the one its other store order became, by its
    address."""
    if which == "other ":
        other = context.control.store_order(context.the.other_order_number)
        _me(context).order.open_order(other["salesforce_number"])
    else:
        _me(context).order.open_order(context.the.salesforce_number)


@when("another CSR assigns the order to themself")
def other_csr_assigns(context):
    """A second CSR logs in, opens the order and presses Assign to me on it first."""
    other = console_user(context, "other CSR")
    pages = log_in_to_console(context, "other CSR")
    pages.order.open_order(context.the.salesforce_number)
    pages.order.assign_to_me()
    expect(pages.order.assignment_note()).to_contain_text(SAYS["assigned to you"])
    context.the.other_csr = other


@then("the order says that the other CSR has it")
def told_other_has_it(context):
    """Checks the order names the other CSR who has it."""
    expect(_me(context).order.assignment_note()).to_contain_text(
        SAYS["assigned to"].format(name=context.the.other_csr["name"])
    )


@then("my Assign to me is refused, naming the other CSR")
def told_lost_assignment(context):
    """Checks the refusal of my Assign to me names the CSR who has the order."""
    expect(_me(context).layout.alert()).to_contain_text(
        SAYS["lost the assignment"].format(name=context.the.other_csr["name"])
    )


@then('the order\'s lines can no longer be changed, "{code}" included')
def lines_locked(context, code):
    """Checks the order offers no edit of its name, and that line's pop-up no change and no
    deletion."""
    pages = _me(context)
    expect(pages.order.order_number()).to_have_text(context.the.salesforce_number)
    absent(pages.order.edit_order_name(), once=pages.order.order_number())
    pages.lines.open_tab("Related")
    pages.lines.open_line(code)
    absent(pages.lines.line_changes(), once=pages.lines.line_dialog())


@when('I send the ASTEA job number "{value}" for the order anyway')
def send_job_number_anyway(context, value):
    """A crafted request: posts a job number for the order, whose page offers no edit."""
    _me(context).order.tamper_order_job_number(context.the.salesforce_number, value)


@then('it is refused, as the order is "{status}", and the order keeps "{value}"')
def job_number_refused(context, status, value):
    """Checks the refusal says the order can no longer change, and the order, opened again,
    still has its job number."""
    pages = _me(context)
    expect(pages.layout.alert()).to_contain_text(SAYS["order closed"].format(status=status))
    pages.order.open_order(context.the.salesforce_number)
    expect(pages.order.job_number()).to_have_text(value)


@then("nothing on the order can be changed")
def nothing_can_change(context):
    """Checks the order offers no field or button that would change it."""
    pages = _me(context)
    expect(pages.order.order_number()).to_have_text(context.the.salesforce_number)
    absent(
        pages.order.assign_button(),
        pages.order.edit_order_name(),
        pages.comments.add_comment_button(),
        once=pages.order.order_number(),
    )


# -- ASTEA job numbers --------------------------------------------------------------------


@when('I edit the order name and enter the ASTEA job number "{value}"')
@when('the CSR edits the order name and enters the ASTEA job number "{value}"')
def enter_job_number(context, value):
    """Presses the pencil beside the order name, types the ASTEA job number and saves."""
    context.the.typed_job_number = value
    _me(context).order.enter_order_job_number(value)


@then('the order shows the ASTEA job number "{value}"')
def shows_job_number(context, value):
    """Checks the order shows that ASTEA job number."""
    expect(_me(context).order.job_number()).to_have_text(value)


@then("the job number I typed is kept for me to correct")
def job_number_kept(context):
    """Checks the refused job number is still in the field, for correction."""
    expect(_me(context).order.order_job_number_field()).to_have_value(
        as_typed(context.the.typed_job_number)
    )


@then("the order has no ASTEA job number yet")
def no_job_number(context):
    """Checks the order shows no ASTEA job number."""
    expect(_me(context).order.job_number()).to_have_text(SAYS["no job number"])


@when("I open the order's lines")
@when("the CSR opens the order's lines")
def open_related(context):
    """Opens the order's Related tab."""
    _me(context).lines.open_tab("Related")


@then("I see the order's products")
def see_products(context):
    """Checks the Related tab lists every product of the order."""
    expect(_me(context).lines.products()).to_be_visible()


@when('I open the line "{code}" by its product number')
@when('the CSR opens the line "{code}" by its product number')
def open_line(context, code):
    """Opens the order line by the link on its product number."""
    _me(context).lines.open_line(code)


@when('I enter "{value}" as the line\'s Order Number and save')
@when('the CSR enters "{value}" as the line\'s Order Number and saves')
def save_line(context, value):
    """Types that value into the line's Order Number field and presses Save."""
    _me(context).lines.save_line_job_number(value)


@then('the line "{code}" shows the Order Number "{value}"')
def line_shows(context, code, value):
    """Checks the line's Order Number on the Related tab."""
    expect(_me(context).lines.line_order_number(code)).to_have_text(value)


@then('the line "{code}" has no Order Number yet')
def line_empty(context, code):
    """Checks the line has no Order Number."""
    expect(_me(context).lines.line_order_number(code)).to_have_text("")


# -- Order Comments -----------------------------------------------------------------------


@when('I add the order comment "{text}" confirming the vendor')
def add_vendor_comment(context, text):
    """Adds that order comment with 'confirms the vendor' ticked."""
    _me(context).comments.add_comment(text, confirms_vendor=True)


@when('I add the order comment "{text}"')
def add_comment(context, text):
    """Adds that order comment."""
    _me(context).comments.add_comment(text)


@when('I add an order comment {length:d} characters long, ending "{ending}"')
def add_long_comment(context, length, ending):
    """Adds an order comment of exactly that many characters, ending with that text."""
    _me(context).comments.add_comment(text_of_length(length, ending))


@when('I mark the order "{status}" as current anyway')
def mark_status_anyway(context, status):
    """A crafted request: posts Mark as Current Status with that status for the order, whose
    page offers no status path button."""
    _me(context).order.tamper_mark_as_current_status(context.the.salesforce_number, status)


@when("I post each of these forms of the order by hand, where its page offers none:")
def post_forms_by_hand(context):
    """Crafted requests: posts each form named, one after another, having noted the order as
    both systems held it; keeps what each answering page's alerts said."""
    context.the.order_before = both_systems(context.control, context.the.order_number)
    pages, number = _me(context), context.the.salesforce_number
    line_id = context.control.salesforce_order(number)["lines"][0]["id"]  # known to an insider
    context.the.crafted_answers = {}
    pages.order.open_order(number)  # each answer is the order's page again, refusing or not
    for row in context.table:
        answer = pages.order.post_by_hand(number, row["form"], line_id)
        context.the.crafted_answers[row["form"]] = answer


@then(
    "each is refused, naming the CSR who has the order, "
    "and the order is as it was in the store and in Salesforce"
)
def each_refused_for_colleague(context):
    """Checks every form posted was refused with a message naming the CSR who has the order,
    and neither system's record of the order changed (no line, total, status, comment)."""
    said = SAYS["only the assignee"].format(name=context.the.other_csr["name"])
    assert_each_refused_and_unchanged(context.control, context.the, said)


@then("each is refused, and the Activated order is as it was in the store and in Salesforce")
def each_refused_activated(context):
    """Checks every form posted was answered with a refusal (each form says why in its own
    words: a change, a deletion, a second activation) and neither system's record of the
    order changed after it was activated."""
    any_alert = ""  # "" is in every text
    assert_each_refused_and_unchanged(context.control, context.the, any_alert)


@then(
    "each is refused, as the order is still in the queue, "
    "and the order is as it was in the store and in Salesforce"
)
def each_refused_in_queue(context):
    """Checks every form posted was refused, telling me to assign the order first, and
    neither system's record of the order changed."""
    assert_each_refused_and_unchanged(context.control, context.the, SAYS["in the queue"])


def _refused_and_reopened(context, said: str):
    """Checks the page I am on refused with that message, then opens the order again."""
    pages = _me(context)
    expect(pages.layout.alert()).to_contain_text(said)
    pages.order.open_order(context.the.salesforce_number)
    return pages


@then(
    'my change is refused, naming the CSR who has the order, and the order is still in "{status}"'
)
def status_change_refused(context, status):
    """Checks the refusal names the CSR who has the order, and the order, opened again, is
    still in that status and carries no activation stamp."""
    said = SAYS["only the assignee"].format(name=context.the.other_csr["name"])
    pages = _refused_and_reopened(context, said)
    expect(pages.order.current_status()).to_have_text(status)
    absent(pages.order.activation_stamp(), once=pages.order.current_status())


@then('the Order Comments show "{text}" by me, marked as confirming the vendor')
def comment_by_me(context, text):
    """Checks Order Comments show the text with the CSR's name, marked as confirming the vendor."""
    comment = _me(context).comments.comment(text)
    expect(comment).to_contain_text(console_user(context, "CSR")["name"])
    expect(comment).to_contain_text(SAYS["vendor comment"])


@then('the Order Comments show "{first}" before "{second}"')
def comments_in_order(context, first, second):
    """Checks Order Comments list the first text before the second."""
    items = _me(context).comments.comment_items()
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text(first)
    expect(items.nth(1)).to_contain_text(second)


@then('the Order Comments show only "{text}"')
def only_comment(context, text):
    """Checks Order Comments hold exactly one comment, with that text."""
    items = _me(context).comments.comment_items()
    expect(items).to_have_count(1)
    expect(items.nth(0)).to_contain_text(text)


@then("no comment can be edited or deleted")
def comments_locked(context):
    """Checks no comment offers a way to edit or delete it."""
    comments = _me(context).comments
    absent(
        *(comments.controls_in_comments(r) for r in ("button", "link", "textbox", "checkbox")),
        once=comments.comments(),
    )


@then('the buyer does not see "{text}" on the store order yet')
def buyer_not_yet(context, text):
    """As the buyer, checks the store order does not show that comment yet."""
    pages = open_store_order(context)
    absent(pages.layout.text(text), once=pages.order.no_comments_message())


@then('the buyer does not see "{text}" on their other order')
def buyer_not_on_other(context, text):
    """As the buyer, checks their other store order does not show that comment."""
    pages = sign_in_to_store(context)
    pages.order.open_order(context.the.other_order_number)
    absent(pages.layout.text(text), once=pages.order.order_status())


@then('the buyer sees "{text}" on the store order')
def buyer_sees(context, text):
    """As the buyer, checks the store order shows that comment."""
    pages = open_store_order(context)
    expect(pages.order.order_comments()).to_contain_text(text)


# -- fulfilment and activation ------------------------------------------------------------


@when("the warehouse says the order is ready to ship")
def warehouse_reports_on_page(context):
    """The warehouse user logs in, finds the order among the orders to ship and presses Ready to
    Ship on its row."""
    pages = log_in_to_console(context, "Warehouse")
    pages.layout.open_dashboard()
    pages.warehouse.report_ready_to_ship(context.the.salesforce_number)
    pages.warehouse.orders_to_ship().wait_for()


@then(
    "each is refused, saying work in the {queue} is taken by the {team} team, "
    "and the {record} is as it was in the store and in Salesforce"
)
def each_refused_other_team(context, queue, team, record):
    """Checks every post was refused naming the queue and the team that works it, and neither
    system's record of the order or quote changed (its owner included)."""
    said = f"Work in the {queue} is taken by the {team} team"
    assert_each_refused_and_unchanged(context.control, context.the, said)


@then(
    "each is refused, as only the warehouse reports an order ready to ship, "
    "and the order is as it was in the store and in Salesforce"
)
def each_refused_not_warehouse(context):
    """Checks every post was refused saying only the warehouse reports an order ready to ship,
    and neither system's record of the order changed (its Ready to Ship stamp included)."""
    assert_each_refused_and_unchanged(context.control, context.the, SAYS["only the warehouse"])


def _ready_subject(context):
    return SUBJECTS["ready to ship"].format(number=context.the.salesforce_number)


@then("I am emailed that the order is ready to ship")
def emailed_ready(context):
    """Checks the CSR's mailbox holds the ready-to-ship email for the order."""
    inbox = mailbox(context, "CSR")
    inbox.inbox.open_for(console_user(context, "CSR")["email"])
    expect(inbox.inbox.message_link(_ready_subject(context))).to_be_visible()


@then("another CSR is not emailed that the order is ready to ship")
def other_csr_not_emailed(context):
    """Checks the mailbox of a CSR who does not work the order holds no ready-to-ship email."""
    other = console_user(context, "other CSR")["email"]
    inbox = mailbox(context, "CSR")
    inbox.inbox.open_for(other)
    absent(inbox.inbox.message_link(_ready_subject(context)), once=inbox.inbox.inbox_heading(other))


@when("I open the order from the ready-to-ship email")
@when("the CSR opens the order from the ready-to-ship email")
def open_from_email(context):
    """Opens the order by the link in the ready-to-ship email, in my mailbox."""
    inbox = mailbox(context, context.the.me)
    inbox.inbox.open_for(console_user(context, context.the.me)["email"])
    inbox.inbox.open_newest(_ready_subject(context))
    inbox.message.follow(f"Open order {context.the.salesforce_number}")


@then("Shipping and Billing Information shows the customer paid by PO and needs no payment capture")
def paid_by_po(context):
    """Checks Shipping and Billing Information says the customer paid by PO and no payment capture
    is needed."""
    pages = _me(context)
    expect(pages.order.payment()).to_contain_text("PO")
    expect(pages.order.payment()).to_contain_text(SAYS["po payment"])
    absent(pages.order.payment_captured_box(), once=pages.order.payment())


@when('I enter the tracking number "{tracking}"')
@when('the CSR enters the tracking number "{tracking}"')
def enter_tracking(context, tracking):
    """Enters that tracking number in Shipping and Billing Information and saves."""
    _me(context).order.save_shipping_and_billing(tracking=tracking)


@when("I clear the tracking number and save")
def clear_tracking(context):
    """Empties the Tracking Number in Shipping and Billing Information and saves."""
    _me(context).order.save_shipping_and_billing(tracking="")


@when("I tick Payment Captured and save")
def tick_captured(context):
    """Ticks Payment Captured in Shipping and Billing Information and saves."""
    _me(context).order.save_shipping_and_billing(captured=True)


@when('I move the status to "{status}" and mark it as current')
@when('the CSR moves the status to "{status}" and marks it as current')
def mark_current(context, status):
    """Chooses that status on the path and presses Mark as Current Status."""
    _me(context).order.mark_as_current_status(status)


@when('I move the status to "{status}" and mark it as current with motion allowed')
def mark_current_with_motion(context, status):
    """As mark_current, in a browser that allows motion, so that the confetti plays."""
    _me(context).layout.allow_motion(True)
    _me(context).order.mark_as_current_status(status)


@then("the order shows who activated it and when")
def activation_stamp(context):
    """Checks the order shows who activated it and when."""
    stamp = _me(context).order.activation_stamp()
    expect(stamp).to_contain_text(
        SAYS["activated by"].format(name=console_user(context, "CSR")["name"])
    )


@then("the confetti flies")
def confetti(context):
    """Checks the confetti is shown."""
    expect(_me(context).order.confetti()).to_be_visible()


@when("I reload the order with reduced motion")
def reload_reduced(context):
    """Reloads the order in a browser that asks for reduced motion."""
    pages = _me(context)
    pages.layout.allow_motion(False)
    pages.page.reload()


@then("no confetti is shown")
def no_confetti(context):
    """Checks no confetti is shown."""
    pages = _me(context)
    expect(pages.order.current_status()).to_have_text("Activated")
    expect(pages.order.confetti()).to_be_hidden()


@then('the buyer sees the order "{status}" in the store with no tracking number')
def buyer_sees_without_tracking(context, status):
    """As the buyer, checks the store order shows that status and no tracking number."""
    pages = open_store_order(context)
    expect(pages.order.order_status()).to_have_text(status)
    absent(pages.order.tracking_number(), once=pages.order.order_status())


@then('the buyer sees the order "{status}" in the store with tracking number "{tracking}"')
def buyer_sees_completed(context, status, tracking):
    """As the buyer, checks the store order shows that status and tracking number."""
    pages = open_store_order(context)
    expect(pages.order.order_status()).to_have_text(status)
    expect(pages.order.tracking_number()).to_have_text(tracking)
