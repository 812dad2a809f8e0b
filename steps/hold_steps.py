"""Order Hold: the CSR changes the total, the buyer authorizes the new amount from an email."""

from datetime import date

from behave import given, then, when
from playwright.sync_api import expect

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent
from steps.support.texts import REFUSALS, SAYS, SUBJECTS
from steps.support.world import (
    company_buyer,
    console,
    fixtures,
    log_in_to_console,
    mailbox,
    run_integration,
    sign_in_store_actor,
    sign_in_to_store,
    store,
    vocabulary,
)


def _subjects(context, number: str | None = None) -> dict[str, str]:
    number = number or context.the.order_number
    return {
        "po": SUBJECTS["po price change"].format(number=number),
        "card": SUBJECTS["card price change"].format(number=number),
    }


@when('I change the quantity of line "{code}" to {quantity:d}')
def change_quantity(context, code, quantity):
    """On the order's Related tab, changes the quantity of the line with that product code and
    saves."""
    console(context, "CSR").lines.change_line_quantity(code, quantity)


@when('I change the unit price of line "{code}" to "{price:Money}"')
def change_price(context, code, price):
    """On the order's Related tab, changes the unit price of the line with that product code and
    saves."""
    console(context, "CSR").lines.change_line_price(code, price)


@when('I type "{price:TypedAmount}" as the unit price of line "{code}"')
def type_price(context, price, code):
    """On the order's Related tab, types the unit price of that line as a person may write it
    (no cents, one decimal: "1900.5") and saves."""
    console(context, "CSR").lines.change_line_price(code, price)


@when('I delete the line "{code}"')
def delete_line(context, code):
    """On the order's Related tab, opens the line with that product code and deletes it."""
    console(context, "CSR").lines.delete_line(code)


@given('I changed the quantity of line "{code}" to {quantity:d} and the integration has run')
def changed_and_delivered(context, code, quantity):
    """Changes a line's quantity through the page, then runs the integration so the store hears of
    it."""
    change_quantity(context, code, quantity)
    run_integration(context)


@then('the order\'s amount is "{amount:Money}"')
def order_amount(context, amount):
    """Checks the amount shown on the Salesforce order."""
    expect(console(context, "CSR").order.order_amount()).to_have_text(amount)


@then('the order is back in "{status}" with the amount "{amount:Money}"')
def back_in(context, status, amount, number: str | None = None):
    """Checks the order returned to that status with that amount."""
    pages = console(context, "CSR")
    pages.order.open_order(number or context.the.salesforce_number)
    expect(pages.order.current_status()).to_have_text(status)
    expect(pages.order.order_amount()).to_have_text(amount)


@then('the other order is back in "{status}" with the amount "{amount:Money}"')
def other_back_in(context, status, amount):
    """Checks the buyer's other order returned to that status with that amount."""
    back_in(context, status, amount, vocabulary(context).fill("{other salesforce number}"))


@then('the order is still in "{status}"')
def still_in(context, status):
    """Checks the order's status has not moved."""
    pages = console(context, "CSR")
    pages.order.open_order(context.the.salesforce_number)
    expect(pages.order.current_status()).to_have_text(status)


def _no_email(context, kind: str):
    inbox = mailbox(context, "buyer")
    inbox.inbox.open_for(context.the.buyer["email"])
    other = "po" if kind == "card" else "card"
    absent(
        inbox.inbox.message_link(_subjects(context)[kind]),
        once=inbox.inbox.message_link(_subjects(context)[other]),
    )


def _open_email(context, kind: str, number: str | None = None):
    """The buyer's newest email of that kind about the order (or the order numbered so)."""
    sign_in_to_store(context)
    inbox = mailbox(context, "buyer")
    inbox.inbox.open_for(context.the.buyer["email"])
    link = inbox.inbox.message_link(_subjects(context, number)[kind]).first  # newest first
    expect(link).to_be_visible()
    return inbox, link


@then("the buyer is emailed the price change of the order")
def emailed_price_change(context):
    """Checks the buyer's mailbox holds an email about the order's new price."""
    _open_email(context, "po")


@then("the buyer is emailed a link to a second cart")
def emailed_second_cart(context):
    """Checks the buyer's mailbox holds an email with a link to a second cart."""
    _open_email(context, "card")


@then("the buyer is not sent to a second cart")
def no_second_cart(context):
    """Checks the buyer's mailbox holds no email with a link to a second cart for the order."""
    _no_email(context, "card")


@then("the buyer is not asked to confirm a PO number")
def no_po_email(context):
    """Checks the buyer's mailbox holds no email asking to confirm a PO for the new amount."""
    _no_email(context, "po")


@given("the buyer has kept the link of that email")
def keep_link(context):
    """As the buyer, opens the newest price-change email and notes the address of its link."""
    kind = "po" if context.the.company["has_terms"] else "card"
    inbox, link = _open_email(context, kind)
    inbox.inbox.press(link)
    label = "Authorize the new amount" if kind == "po" else "Go to your second cart"
    context.the.kept_link = inbox.message.link_address(label)


@when("the buyer opens the link they kept")
def open_kept_link(context):
    """As the buyer, opens the address noted from an earlier email."""
    store(context).layout.open_address(context.the.kept_link)


@when('a CSR assigns the order and changes the quantity of line "{code}" to {quantity:d}')
def csr_assigns_and_changes(context, code, quantity):
    """A CSR logs in, opens the Salesforce order the store order became, assigns it to themself
    and changes that line's quantity, through the pages."""
    number = context.control.store_order(context.the.order_number)["salesforce_number"]
    context.the.salesforce_number = number
    pages = log_in_to_console(context, "CSR")
    pages.order.open_order(number)
    pages.order.assign_to_me()
    pages.lines.change_line_quantity(code, quantity)


@when("the company's buyer opens the link of that email")
def company_buyer_opens_link(context):
    """The company's own buyer, signed in to the store, opens the address of the link the
    order's customer was emailed."""
    keep_link(context)
    pages = sign_in_store_actor(context, "company buyer", company_buyer(context)["email"])
    pages.layout.open_address(context.the.kept_link)


@then("the company's buyer is told that the link {reason}")
def company_buyer_told_link(context, reason):
    """Checks the page the link led the company's buyer to says why they cannot use it."""
    pages = sign_in_store_actor(context, "company buyer", company_buyer(context)["email"])
    expect(pages.layout.alert()).to_contain_text(SAYS["link refused"].format(reason=reason))


@when("the buyer opens the link of that email for their other order")
def open_link_for_other_order(context):
    """As the buyer, opens the email's link with the order number changed to their other order:
    a crafted request."""
    keep_link(context)
    number, other = context.the.order_number, context.the.other_order_number
    store(context).layout.open_address(
        context.the.kept_link.replace(f"/orders/{number}/", f"/orders/{other}/")
    )


@when("the buyer follows the link in that email")
def follow_link(context):
    """As the buyer, opens the link in the newest price-change or second-cart email."""
    kind = "po" if context.the.company["has_terms"] else "card"
    inbox, link = _open_email(context, kind)
    inbox.inbox.press(link)
    inbox.message.follow("Authorize the new amount" if kind == "po" else "Go to your second cart")


@when("the buyer, signed out, follows the link in that email and signs in where asked")
def follow_link_signed_out(context):
    """In a browser not signed in to the store, the buyer opens the newest price-change email,
    follows its link, and signs in on the sign-in page it leads to."""
    pages = store(context, "buyer signed out")
    inbox = mailbox(context, "buyer signed out")
    inbox.inbox.open_for(context.the.buyer["email"])
    link = inbox.inbox.message_link(_subjects(context)["po"]).first
    inbox.inbox.press(link)
    inbox.message.follow("Authorize the new amount")
    password = fixtures(context)["demo_password"]
    pages.sign_in_page.sign_in_where_asked(context.the.buyer["email"], password)


@when('the buyer confirms there the PO number "{po_number}"')
def confirm_po_where_signed_in(context, po_number):
    """On the page the signed-out buyer reached by signing in: confirms the new amount."""
    pages = store(context, "buyer signed out")
    pages.new_amount.confirm_po_for_new_amount(po_number)
    expect(pages.order.order_status()).to_be_visible()  # back on the order page


@when(
    "the buyer follows the link in the other order's email"
    ' and confirms the PO number "{po_number}"'
)
def confirm_po_of_other_order(context, po_number):
    """As the buyer, follows the price-change link emailed for their other order and confirms
    its new amount with that PO number."""
    inbox, link = _open_email(context, "po", context.the.other_order_number)
    inbox.inbox.press(link)
    inbox.message.follow("Authorize the new amount")
    store(context).new_amount.confirm_po_for_new_amount(po_number)
    expect(store(context).order.order_status()).to_be_visible()  # back on the order page


@when('the buyer follows the link in that email and confirms the PO number "{po_number}"')
@when('the rep follows the link in that email and confirms the PO number "{po_number}"')
@given('the buyer has authorized the new amount with the PO number "{po_number}"')
def confirm_po(context, po_number):
    """As the buyer, follows the price-change link and confirms the new amount with that PO
    number."""
    try_confirm_po(context, po_number)
    expect(store(context).order.order_status()).to_be_visible()  # back on the order page


@when('the buyer follows the link in that email and tries to confirm the PO number "{po_number}"')
def try_confirm_po(context, po_number):
    """As the buyer, follows the price-change link and submits that PO number (None: the one
    the page offers), whatever the page answers."""
    follow_link(context)
    store(context).new_amount.confirm_po_for_new_amount(po_number)


@then("the buyer is asked again for the PO Number/Reference Number")
def asked_again_for_po(context):
    """Checks the buyer's page refuses the confirmation and asks for the PO number."""
    expect(store(context).layout.alert()).to_contain_text(
        REFUSALS["to enter the PO Number/Reference Number"][1]
    )


@when("the buyer follows the link in that email and confirms the PO number it offers")
def confirm_offered_po(context):
    """As the buyer, follows the price-change link and authorizes the new amount with the PO
    number the page fills in, untouched."""
    confirm_po(context, None)


@when('the buyer pays the second cart with the test card "{number}"')
def pay_second_cart(context, number):
    """As the buyer, pays the second cart with that test card."""
    try_second_cart(context, number)
    expect(store(context).order.order_status()).to_be_visible()


@when('the buyer tries to pay the second cart with the test card "{number}"')
def try_second_cart(context, number):
    """As the buyer, follows the link and submits the second cart with that test card, whatever
    the gateway answers."""
    follow_link(context)
    expiry = f"12/{(date.today().year + 3) % 100:02d}"
    store(context).new_amount.pay_second_cart(number, context.the.buyer["name"], expiry, "123")


@then("the buyer is told that the link {reason}")
def told_link(context, reason):
    """Checks the page the link leads to says why it cannot be used (e.g. used already, expired)."""
    expect(store(context).layout.alert()).to_contain_text(
        SAYS["link refused"].format(reason=reason)
    )


@when("the buyer pays the second cart with PayPal")
def pay_second_cart_with_paypal(context):
    """As the buyer, pays the second cart with PayPal."""
    follow_link(context)
    store(context).new_amount.pay_second_cart_with_paypal(context.the.buyer["email"])
    expect(store(context).order.order_status()).to_be_visible()
