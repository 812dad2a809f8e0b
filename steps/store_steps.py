"""The buyer in the store: steps speak the buyer's words and act through the store's pages."""

from datetime import date, timedelta

from behave import then, when
from playwright.sync_api import expect

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent, as_typed, lacks_text
from steps.support.texts import SAYS, text_of_length
from steps.support.world import (
    fixtures,
    mailbox,
    open_store_order,
    outsider,
    placed_order_number,
    sign_in_to_store,
    store,
)

# -- signing in ---------------------------------------------------------------------------


@when("I sign in to the store")
def sign_in(context):
    """Signs the remembered buyer or rep in to the store."""
    sign_in_to_store(context)


def _wrong_passwords(context, form, times: int) -> None:
    """The remembered buyer's email address with a wrong password, that many times on that
    sign-in form (the store's or the mailbox's), each refused before the next is typed."""
    for _ in range(times):
        form.sign_in(context.the.buyer["email"], "not-the-password")
        expect(form.alert()).to_be_visible()


@when("I sign in to my mail with a wrong password {times:d} times in a row")
def mailbox_wrong_password_times(context, times):
    """Tries the buyer's address at the mailbox's sign-in with a wrong password, again and
    again."""
    _wrong_passwords(context, mailbox(context, "buyer's mail").sign_in_page, times)


@when("I then type my own password on the sign-in page")
def type_own_password(context):
    """Signs the remembered buyer in with their right password, whatever the page answers."""
    store(context).sign_in_page.sign_in(
        context.the.buyer["email"], fixtures(context)["demo_password"]
    )


@when("I sign in to the store with a wrong password")
def sign_in_wrong_password(context):
    """Tries to sign the remembered buyer in with a password that is not theirs."""
    store(context).sign_in_page.sign_in(context.the.buyer["email"], "not-the-password")


@when("I sign in to the store with a wrong password {times:d} times in a row")
def sign_in_wrong_password_times(context, times):
    """Tries the buyer's address at the store's sign-in with a wrong password, again and
    again."""
    _wrong_passwords(context, store(context).sign_in_page, times)


@when("I sign in to the store with my email address in capitals")
def sign_in_in_capitals(context):
    """Signs the remembered buyer in with their email address typed in capitals."""
    store(context).sign_in_page.sign_in(
        context.the.buyer["email"].upper(), fixtures(context)["demo_password"]
    )


@when('I sign in to the store as "{email}"')
def sign_in_as(context, email):
    """Signs in to the store with that email address and the demo password."""
    store(context).sign_in_page.sign_in(email, fixtures(context)["demo_password"])


@then("I see my store dashboard")
def see_dashboard(context):
    """Checks the store dashboard is shown."""
    expect(store(context).dashboard.dashboard_heading()).to_be_visible()


OTHER_BUYER = "a buyer of another company"


@when("another buyer signs in to the store with their own password")
def other_buyer_signs_in(context):
    """A buyer of another company, in a browser of their own, signs in on the sign-in page."""
    store(context, OTHER_BUYER).sign_in_page.sign_in(
        outsider(context, OTHER_BUYER)["email"], fixtures(context)["demo_password"]
    )


@then("the other buyer, opening their dashboard, is welcomed by name")
def other_buyer_signed_in(context):
    """In the other buyer's browser, opens the store's home: their dashboard, greeting them,
    not the sign-in page."""
    pages = store(context, OTHER_BUYER)
    pages.layout.go_home()
    expect(pages.dashboard.dashboard_heading()).to_be_visible()
    expect(pages.layout.main_content()).to_contain_text(
        f"Welcome, {outsider(context, OTHER_BUYER)['name']}"
    )


@then("I, opening the store again, am asked to sign in")
def asked_to_sign_in(context):
    """In my browser, opens the store's home: the sign-in page, not my dashboard."""
    pages = store(context)
    pages.layout.go_home()
    expect(pages.sign_in_page.sign_in_form()).to_be_visible()


@then("the company I buy for is named at the upper left")
def company_named(context):
    """Checks the buyer's company is named at the upper left."""
    expect(store(context).layout.acting_company()).to_have_text(context.the.company["name"])


@then("I am still on the sign-in page")
def still_on_sign_in(context):
    """Checks the store still shows its sign-in form."""
    pages = store(context)
    absent(pages.dashboard.dashboard_heading(), once=pages.sign_in_page.sign_in_form())


# -- shopping -----------------------------------------------------------------------------


@when('I search the catalog for "{text}"')
def search_catalog(context, text):
    """Searches the catalog for that text."""
    sign_in_to_store(context).catalog.search(text)


@when('I open "{name}" and add it to my cart')
def open_and_add(context, name):
    """Opens that product from the catalog and presses Add to cart."""
    pages = store(context)
    pages.catalog.open_product(name)
    pages.product.add_to_cart()


@when('I open "{name}" and add {quantity:d} more of it to my cart')
def open_and_add_more(context, name, quantity):
    """Opens that product from the catalog, types the quantity and presses Add to cart."""
    pages = store(context)
    pages.catalog.open_product(name)
    pages.product.add_to_cart(quantity)


@then('the results list "{name}"')
def results_list(context, name):
    """Checks the search results list that product."""
    expect(store(context).catalog.result_link(name)).to_be_visible()


@then('the results do not list "{name}"')
def results_do_not_list(context, name):
    """Checks the search results do not list that product."""
    pages = store(context)
    absent(pages.catalog.result_link(name), once=pages.catalog.results())


@then('the catalog says that no products match "{query}"')
def told_no_match(context, query):
    """Checks the catalog says nothing matches that search."""
    expect(store(context).catalog.no_results_message(query)).to_be_visible()


@when('I change the quantity of "{product}" to {quantity:d}')
def change_quantity(context, product, quantity):
    """Changes that product's quantity in the cart and updates it."""
    pages = sign_in_to_store(context)
    pages.cart.open_cart()
    pages.cart.change_quantity(product, quantity)


@when('I remove "{product}" from my cart')
def remove_from_cart(context, product):
    """Removes that product from the cart."""
    pages = sign_in_to_store(context)
    pages.cart.open_cart()
    pages.cart.remove_from_cart(product)


@then('my cart holds {quantity:d} of "{product}"')
def cart_holds_quantity(context, quantity, product):
    """Checks the cart line's quantity."""
    pages = store(context)
    pages.cart.open_cart()
    expect(pages.cart.cart_quantity(product)).to_have_value(str(quantity))


@then('the cart subtotal is "{amount:Money}"')
def cart_subtotal(context, amount):
    """Checks the cart's subtotal."""
    expect(store(context).cart.cart_subtotal()).to_have_text(amount)


@then("my cart is empty")
def cart_empty(context):
    """Checks the cart says it is empty."""
    pages = store(context)
    pages.cart.open_cart()
    expect(pages.cart.empty_cart_message()).to_be_visible()


@when("I proceed to checkout")
def proceed_to_checkout(context):
    """Opens the cart and presses Proceed to checkout."""
    pages = sign_in_to_store(context)
    if "/cart" not in pages.page.url:
        pages.cart.open_cart()
    pages.cart.proceed_to_checkout()


@then("the customer shown is me")
def customer_is_me(context):
    """Checks the checkout's customer is the signed-in person."""
    expect(store(context).checkout.checkout_customer()).to_contain_text(context.the.buyer["email"])


@when("I ship to the company's {kind} site")
def ship_to_site(context, kind):
    """Chooses the company's FMS or non-FMS site as the shipping address."""
    if kind not in ("FMS", "non-FMS"):
        raise ValueError(f"a site is FMS or non-FMS, not {kind!r}")
    site = next(s for s in context.the.company["sites"] if s["is_fms"] == (kind == "FMS"))
    store(context).checkout.choose_ship_to_site(f"{site['name']} ({kind} site)")
    context.the.site = site


@when("I continue to billing")
def continue_to_billing(context):
    """Presses Continue to Billing."""
    store(context).checkout.continue_to_billing()


@when("I continue to payment")
def continue_to_payment(context):
    """Presses Continue to Payment."""
    store(context).checkout.continue_to_payment()


@when('I enter the PO number "{po_number}"')
def enter_po(context, po_number):
    """Types that number into PO Number/Reference Number."""
    store(context).checkout.enter_po_number(po_number)


@when("I agree to the Terms and Conditions")
def agree_to_terms(context):
    """Ticks the Terms and Conditions box."""
    store(context).checkout.agree_to_terms()


@when("I place the order")
def place_order(context):
    """Presses Place Order."""
    store(context).checkout.place_order()


def _expiry() -> str:
    """An expiry date that is years away."""
    return f"12/{(date.today().year + 3) % 100:02d}"


def _to_payment(context):
    proceed_to_checkout(context)
    store(context).checkout.continue_to_billing()
    store(context).checkout.continue_to_payment()


@when('I check out to the company\'s first site paying with PO number "{po_number}"')
def check_out_with_po(context, po_number):
    """Goes through checkout to the company's first site and places the order paying by that PO
    number."""
    _to_payment(context)
    pages = store(context)
    pages.checkout.enter_po_number(po_number)
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()


@when("I check out to the company's first site without a PO number")
def check_out_without_po(context):
    """Goes through checkout to the company's first site and presses Place Order with no PO
    number."""
    _to_payment(context)
    pages = store(context)
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()


@when(
    'I check out paying with PO number "{po_number}" without agreeing to the Terms and Conditions'
)
def check_out_without_terms(context, po_number):
    """Goes through checkout with that PO number and presses Place Order without ticking the Terms
    and Conditions."""
    _to_payment(context)
    pages = store(context)
    pages.checkout.enter_po_number(po_number)
    pages.checkout.place_order()


@when('I check out paying with the test card "{number}"')
def check_out_with_card(context, number):
    """Goes through checkout and places the order paying with that test card (code 123)."""
    check_out_with_card_and_code(context, number, "123")


@when('I check out with the test card "{number}" and its security code "{code}"')
def check_out_with_card_and_code(context, number, code):
    """Goes through checkout and places the order paying with that test card and code."""
    _to_payment(context)
    pages = store(context)
    pages.checkout.pay_by_card(number, context.the.buyer["name"], _expiry(), code)
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()


@when("I proceed to checkout and continue to billing")
def checkout_to_billing(context):
    """Opens the cart, proceeds to checkout and continues to billing."""
    proceed_to_checkout(context)
    store(context).checkout.continue_to_billing()


@when('I force the billing {part} to "{value}" and continue to payment')
def tamper_billing(context, part, value):
    """Changes that read-only billing field (street address, city, ZIP code) in the page's HTML
    and continues to payment: a crafted request."""
    pages = store(context)
    pages.checkout.tamper_with_billing(part, value)
    pages.checkout.continue_to_payment()


@when(
    'I pay with PO number "{po_number}", force the billing {part} to "{value}" and place the order'
)
def tamper_billing_at_place(context, po_number, part, value):
    """At the payment step: enters the PO number, ticks the terms, adds that billing field to
    the Place Order form (which has none) and places the order: a crafted request."""
    pages = store(context)
    pages.checkout.enter_po_number(po_number)
    pages.checkout.agree_to_terms()
    pages.checkout.tamper_billing_at_place_order(part, value)
    pages.checkout.place_order()


@when('I check out paying with the PayPal account "{email}"')
def check_out_with_paypal(context, email):
    """Goes through checkout and places the order paying with that PayPal account."""
    _to_payment(context)
    pages = store(context)
    pages.checkout.pay_by_paypal(email)
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()


@when('I check out paying with the test card "{number}" expiring {when}')
def check_out_with_expiry(context, number, when):
    """Goes through checkout and places the order paying with that test card, expiring this
    month, last month (by today's date), or in January or December next year."""
    today = date.today()
    months = {
        "this month": today,
        "last month": today.replace(day=1) - timedelta(days=1),
        "in January next year": date(today.year + 1, 1, 1),
        "in December next year": date(today.year + 1, 12, 1),
    }
    if when not in months:
        raise ValueError(f"expiring one of {sorted(months)}, not {when!r}")
    month = months[when]
    _to_payment(context)
    pages = store(context)
    pages.checkout.pay_by_card(number, context.the.buyer["name"], month.strftime("%m/%y"), "123")
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()


@when("I check out paying by {method} without agreeing to the Terms and Conditions")
def check_out_unagreed(context, method):
    """Goes through checkout paying by card (an approved test card) or PayPal and presses Place
    Order without ticking the Terms and Conditions."""
    _to_payment(context)
    pages = store(context)
    if method == "card":
        pages.checkout.pay_by_card(
            "4111 1111 1111 1111", context.the.buyer["name"], _expiry(), "123"
        )
    elif method == "PayPal":
        pages.checkout.pay_by_paypal(context.the.buyer["email"])
    else:
        raise ValueError(f"pay by card or PayPal, not {method!r}")
    pages.checkout.place_order()


@when('I force payment by the test card "{number}" and place the order')
def force_card(context, number):
    """Adds a card payment the page does not offer (the company has Terms) to the form and places
    the order: a crafted request."""
    pages = store(context)
    pages.checkout.tamper_pay_by_card(number, context.the.buyer["name"], _expiry(), "123")
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()


# -- outcomes -----------------------------------------------------------------------------


SECOND_TAB = "buyer, second tab"


@when("I open the same checkout in a second tab")
def checkout_in_second_tab(context):
    """Opens the page the buyer is on in another tab of the same browser."""
    address = store(context).page.url
    context.actors.another_tab("buyer", SECOND_TAB).goto(address)


@when('in the second tab I place the order paying with PO number "{po_number}"')
def place_in_second_tab(context, po_number):
    """In the second tab, still showing the payment step, enters that PO number, ticks the
    Terms and Conditions and presses Place Order."""
    tab = store(context, SECOND_TAB)
    tab.checkout.enter_po_number(po_number)
    tab.checkout.agree_to_terms()
    tab.checkout.place_order()


@then("the second tab tells me the cart was already ordered as that order")
def second_tab_told(context):
    """Checks the second tab says the cart became the order the first tab placed."""
    number = placed_order_number(context)
    expect(store(context, SECOND_TAB).layout.alert()).to_contain_text(
        SAYS["cart ordered"].format(number=number)
    )


@then("I see a confirmation with the new store order number")
def see_confirmation(context):
    """Checks the confirmation shows the new store order number, and remembers it."""
    pages = store(context)
    expect(pages.checkout.confirmation_heading()).to_be_visible()
    number = pages.checkout.confirmed_order_number()
    assert number.isdigit(), f"the confirmation shows {number!r}, not an order number"
    if "order_number" in context.the:
        context.the.earlier_order_number = context.the.order_number
    context.the.order_number = number


@then('my orders list it as "{status}"')
def orders_list_status(context, status):
    """Checks the store's orders list shows the order in that status."""
    pages = store(context)
    number = placed_order_number(context)
    pages.orders.open_my_orders()
    row = pages.orders.order_row(number)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(status)


@then('the PO number "{po_number}" I typed is still there')
def po_kept(context, po_number):
    """Checks the PO number field still holds what was typed."""
    expect(store(context).checkout.po_number_field()).to_have_value(as_typed(po_number))


@then("no order has been placed")
def no_order(context):
    """Checks the store's orders list shows no order but the bystander (when the scenario has
    one), and the control API confirms the store holds no other."""
    pages = store(context)
    pages.orders.open_my_orders()
    if "bystander" not in context.the:
        expect(pages.orders.no_orders_message()).to_be_visible()
        assert context.control.store_orders() == [], "the store holds an order it should not"
        return
    bystander = context.the.bystander["store"]["number"]
    expect(pages.orders.order_row(bystander)).to_be_visible()
    expect(pages.orders.order_rows()).to_have_count(2)  # the heading row and the bystander's
    held = [order["number"] for order in context.control.store_orders()]
    assert held == [bystander], f"the store holds orders it should not: {held}"


@then("the billing address shown is the company's")
def billing_is_companys(context):
    """Checks the billing address shown is the company's."""
    name, street, _ = context.the.company["billing_address"]
    pages = store(context)
    expect(pages.checkout.billing_field("name or attention")).to_have_value(name)
    expect(pages.checkout.billing_field("street address")).to_have_value(street)


@then("the billing address cannot be edited")
def billing_read_only(context):
    """Checks the billing address offers no field that can be edited."""
    for label in ("name or attention", "street address", "city", "state", "ZIP code"):
        expect(store(context).checkout.billing_field(label)).to_be_editable(editable=False)


@then("the buyer sees the order as not yet confirmed, Salesforce not having it yet")
def buyer_sees_not_received(context):
    """As the buyer, checks the store order says it is not yet confirmed, where its ATS order
    number will be once Salesforce has it (the store does not name Salesforce)."""
    pages = open_store_order(context)
    expect(pages.order.salesforce_number()).to_have_text(SAYS["not in salesforce yet"])


@then('in the store, my order shows its Salesforce order number and "{status}"')
def store_shows_salesforce_number(context, status):
    """Checks the store order shows its Salesforce order number and that status."""
    pages = store(context)
    pages.order.open_order(context.the.order_number)
    expect(pages.order.salesforce_number()).to_have_text(context.the.salesforce_number)
    expect(pages.order.order_status()).to_have_text(status)


# -- checkout for a company (QRG 8.6 steps 12-22) -----------------------------------------


@then("the customer shown is me, not the company")
def customer_is_rep(context):
    """Checks the checkout's customer is the rep, not the company."""
    pages = store(context)
    expect(pages.checkout.checkout_customer()).to_contain_text(context.the.buyer["email"])
    lacks_text(
        pages.checkout.checkout_customer(),
        context.the.company["name"],
        once=pages.checkout.checkout_customer(),
    )
    expect(pages.checkout.checkout_customer_note()).to_contain_text(
        SAYS["customer is you"].format(company=context.the.company["name"])
    )


@then("the shipping address is that of the company's first site")
def shipping_defaults(context):
    """Checks the shipping address is the company's first site's."""
    name, street, _ = context.the.company["sites"][0]["address"]
    pages = store(context)
    expect(pages.checkout.shipping_field("Name or attention")).to_have_value(name)
    expect(pages.checkout.shipping_field("Street address")).to_have_value(street)


@when("I clear the shipping street address")
def clear_street(context):
    """Empties the shipping street address."""
    store(context).checkout.shipping_field("Street address").fill("")


@when('I correct the shipping street address to "{street}"')
def correct_street(context, street):
    """Changes the shipping street address to that text."""
    store(context).checkout.shipping_field("Street address").fill(street)


@when('I correct the shipping street address to one {length:d} characters long, ending "{ending}"')
def correct_street_of_length(context, length, ending):
    """Changes the shipping street address to a text of exactly that many characters."""
    store(context).checkout.shipping_field("Street address").fill(text_of_length(length, ending))


@when("I edit shipping")
def edit_shipping(context):
    """Presses Edit shipping, from a later step of checkout."""
    store(context).checkout.edit_shipping()


@then('the shipping form holds the street address "{street}"')
def shipping_street_holds(context, street):
    """Checks checkout shows the shipping form again, its street address as typed before."""
    expect(store(context).checkout.shipping_field("Street address")).to_have_value(street)


@then('the shipping summary shows "{text}"')
def shipping_summary(context, text):
    """Checks the shipping summary shows that text."""
    expect(store(context).checkout.shipping_summary()).to_contain_text(text)


@when("I choose Ship on Company Account")
def ship_on_company_account(context):
    """Chooses Ship on Company Account."""
    store(context).checkout.choose_shipping_method("Ship on Company Account")


@when('I choose "{method}" for shipping')
def choose_shipping(context, method):
    """Chooses that shipping method by its label on the page."""
    store(context).checkout.choose_shipping_method(method)


@when("I clear Other Comments")
def clear_other_comments(context):
    """Empties Other Comments, whatever the page put there."""
    store(context).checkout.other_comments().fill("")


@then("Other Comments holds the company's UPS account number")
def other_comments_hold_ups(context):
    """Checks Other Comments holds the company's UPS account number."""
    ups = context.the.company["ups_account"]
    expect(store(context).checkout.other_comments()).to_have_value(f"UPS account {ups}")


@then('checkout starts on "{method}" with Other Comments {comments}')
def checkout_starts_on(context, method, comments):
    """Checks which shipping method the page has chosen before the person chooses any, and what
    Other Comments holds: "empty", or the text in quotes ({ups account} is the company's UPS
    account on file)."""
    checkout = store(context).checkout
    expect(checkout.shipping_method(method)).to_be_checked()
    ups = context.the.company["ups_account"] or ""
    text = "" if comments == "empty" else comments.strip('"').replace("{ups account}", ups)
    expect(checkout.other_comments()).to_have_value(text)


@then("Other Comments is empty")
def other_comments_empty(context):
    """Checks Other Comments is empty."""
    expect(store(context).checkout.other_comments()).to_have_value("")


@when('I enter "{text}" in Other Comments')
def type_other_comments(context, text):
    """Types that text into Other Comments."""
    store(context).checkout.other_comments().fill(text)


@when('I enter Other Comments {length:d} characters long, ending "{ending}"')
def type_long_other_comments(context, length, ending):
    """Types into Other Comments a text of exactly that many characters, ending so."""
    store(context).checkout.other_comments().fill(text_of_length(length, ending))


@then("I am still at the shipping step")
def still_shipping(context):
    """Checks checkout is still at the shipping step."""
    pages = store(context)
    absent(
        pages.checkout.continue_to_payment_button(),
        once=pages.checkout.continue_to_billing_button(),
    )


@then("I am at the payment step")
def at_payment(context):
    """Checks checkout is at the payment step."""
    expect(store(context).checkout.place_order_button()).to_be_visible()


@when("I proceed to checkout and continue to payment")
def checkout_to_payment(context):
    """Opens the cart, proceeds to checkout and continues through billing to payment."""
    _to_payment(context)


@then("the only way to pay is by PO Number/Reference Number")
def only_po(context):
    """Checks the payment step offers only PO Number/Reference Number."""
    pages = store(context)
    expect(pages.checkout.po_number_field()).to_be_editable()
    absent(
        pages.checkout.payment_choice("Credit card"),
        pages.checkout.payment_choice("PayPal"),
        once=pages.checkout.po_number_field(),
    )


@then("I can pay by credit card or PayPal but not by PO")
def card_or_paypal(context):
    """Checks the payment step offers credit card and PayPal, and no PO."""
    pages = store(context)
    expect(pages.checkout.payment_choice("Credit card")).to_be_visible()
    expect(pages.checkout.payment_choice("PayPal")).to_be_visible()
    absent(pages.checkout.po_number_field(), once=pages.checkout.payment_choice("PayPal"))


@when('I force payment by PO number "{po_number}" and place the order')
def force_po(context, po_number):
    """Adds a PO payment the page does not offer to the form and places the order: a crafted
    request."""
    pages = store(context)
    pages.checkout.tamper_pay_by_po(po_number)
    pages.checkout.agree_to_terms()
    pages.checkout.place_order()
