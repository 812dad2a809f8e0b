"""Given steps: they set the scene through the test-control API, never through the pages."""

import time

from behave import given, when

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.world import (
    company_buyer,
    console_user,
    log_in_to_console,
    pick_buyer,
    products_named,
    run_integration,
    sign_in_to_store,
)


@given("I am a buyer at a company with Terms")
def buyer_with_terms(context):
    """Picks a seeded buyer whose company has Terms; nothing is opened yet."""
    pick_buyer(context, terms=True)


@given("I am a buyer at a company with Terms and a non-FMS site")
def buyer_with_terms_and_non_fms_site(context):
    """Picks a seeded buyer whose company has Terms and a non-FMS site."""
    pick_buyer(context, terms=True, site="non-FMS")


@given("I am signed in as a buyer at a company with Terms")
def signed_in_buyer_with_terms(context):
    """Picks a buyer whose company has Terms and signs them in to the store."""
    pick_buyer(context, terms=True)
    sign_in_to_store(context)


@given("I am signed in as a buyer at a company without Terms")
def signed_in_buyer_without_terms(context):
    """Picks a buyer whose company has no Terms (pays by card or PayPal) and signs them in."""
    pick_buyer(context, terms=False)
    sign_in_to_store(context)


@given("I have {products:Products} in my cart")
def cart_holds(context, products):
    """Fills the signed-in buyer's cart with those products (e.g. '2 Servo Drive Controller SD-400
    and 1 …') through the control API."""
    context.control.fill_cart(context.the.buyer["email"], products_named(context, products))


@given("the company's buyer has {products:Products} in their cart")
def company_buyer_cart_holds(context, products):
    """Fills the cart of the company's own buyer (not the rep) through the control API."""
    context.control.fill_cart(company_buyer(context)["email"], products_named(context, products))


@given("a buyer has placed an order for {products:Products} shipped to {site:Site}")
@given(
    "a buyer paying by {payment} has placed an order for {products:Products} shipped to {site:Site}"
)
def buyer_placed_order(context, products, site, payment=None):
    """Places, through the control API, an order for those products shipped to an FMS or non-FMS
    site, by a buyer whose company pays by PO (Terms), or by card or PayPal as named; remembered
    as 'the order'."""
    terms = {None: None, "PO": True, "card": False, "PayPal": False}[payment]
    buyer = pick_buyer(context, terms=terms, site=site)
    extra = {}
    if payment == "PayPal":
        extra["payment"] = {"method": "paypal", "paypal_email": buyer["email"]}
    order = context.control.place_store_order(
        buyer["email"], context.the.site["id"], products_named(context, products), **extra
    )
    context.the.order_number = order["number"]


@given("the buyer has placed another order for {products:Products}")
def buyer_placed_another(context, products):
    """Places, through the control API, a second order of the same buyer to the same site;
    remembered as 'the other order' (the order of the scenario stays the same)."""
    order = context.control.place_store_order(
        context.the.buyer["email"],
        context.the.site["id"],
        products_named(context, products),
    )
    context.the.other_order_number = order["number"]


@given("the company's buyer has placed an order for {products:Products}")
def company_buyer_placed(context, products):
    """Places, through the control API, an order of the company's own buyer (not the rep) to the
    company's first site; remembered as 'the other order'."""
    order = context.control.place_store_order(
        company_buyer(context)["email"],
        context.the.company["sites"][0]["id"],
        products_named(context, products),
    )
    context.the.other_order_number = order["number"]


@given("the integration has run")
def integration_has_run(context):
    """Runs the integration job once, through the control API."""
    run_integration(context)
    store_order = context.control.store_order(context.the.order_number)
    context.the.salesforce_number = store_order["salesforce_number"]


@given("I am logged in to the console as a CSR")
def logged_in_csr(context):
    """Logs the first CSR in to the console."""
    log_in_to_console(context, "CSR")


@given("I am logged in to the console as the Pricing Analyst")
def logged_in_pricing_analyst(context):
    """Logs the Pricing Analyst in to the console: the console steps that say "I" are theirs."""
    context.the.me = "Pricing Analyst"
    log_in_to_console(context, "Pricing Analyst")


@given("the order is assigned to another CSR")
def assigned_to_other(context):
    """Assigns the remembered order to the other CSR through the control API."""
    other = console_user(context, "other CSR")
    context.control.assign(context.the.salesforce_number, other["email"])
    context.the.other_csr = other


@given("I am logged in to the console as a CSR working that order")
def csr_working_order(context):
    """Assigns the remembered order to the first CSR through the control API, logs them in and opens
    it."""
    me = console_user(context, "CSR")
    context.control.assign(context.the.salesforce_number, me["email"])
    pages = log_in_to_console(context, "CSR")
    pages.order.open_order(context.the.salesforce_number)


@given('the order and its lines carry the ASTEA job number "{value}"')
def job_numbers_entered(context, value):
    """Records the ASTEA job number on the order and each of its lines through the control API."""
    context.control.set_job_numbers(context.the.salesforce_number, value)


@given("the warehouse has said the order is ready to ship")
def ready_to_ship_given(context):
    """The warehouse reports the order ready to ship, through the control API."""
    context.control.ready_to_ship(context.the.salesforce_number)


@given("{hours:d} hours have passed")
@when("{hours:d} hours pass")
def hours_pass(context, hours):
    """Moves the simulator's clock forward by that many hours (remembered, so that {now} in a
    table means after this)."""
    context.control.advance_clock(hours * 3600)
    context.the.clock_moves.append((time.monotonic(), hours * 3600))


@given("another order, paid by {payment}, is the one I am working")
def another_order_worked(context, payment):
    """A Legacy build for a company without Terms, paid by card (the store's default test
    card) or PayPal, delivered to Salesforce and assigned to me."""
    buyer = pick_buyer(context, terms=False, site="FMS")
    methods = {"card": None, "PayPal": {"method": "paypal", "paypal_email": buyer["email"]}}
    extra = {"payment": methods[payment]} if methods[payment] else {}
    order = context.control.place_store_order(
        buyer["email"],
        context.the.site["id"],
        products_named(context, [("Legacy build", 1)]),
        **extra,
    )
    context.the.order_number = order["number"]
    integration_has_run(context)
    context.control.assign(context.the.salesforce_number, console_user(context, "CSR")["email"])
    log_in_to_console(context, "CSR").order.open_order(context.the.salesforce_number)
