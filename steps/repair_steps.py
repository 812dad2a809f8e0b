"""A repair in the cart (QRG 8.6 steps 8-11): the product to repair and its problem."""

import re

from behave import given, then, when
from playwright.sync_api import expect

from steps.support import parameters  # noqa: F401  (registers the parameter types)
from steps.support.expectations import absent, lacks_text
from steps.support.texts import SAYS
from steps.support.world import fixtures, sign_in_to_store, store

# a price a person can pay: dollars and cents, and not nothing
NOT_ZERO_DOLLARS = re.compile(r"^\$(?!0\.00$)\d[\d,]*\.\d{2}$")


def _sku_of(context, name: str) -> str:
    return next(p["sku"] for p in fixtures(context)["products"] if p["name"] == name)


@given('I have a repair of "{product}" in my cart described as "{problem}"')
def repair_in_cart(context, product, problem):
    """Puts that repair, with that problem description, in the cart through the control API."""
    sku = _sku_of(context, product)
    context.control.fill_cart(context.the.buyer["email"], [sku], problem)


@when('I open "{name}"')
def open_product(context, name):
    """Searches the catalog for the product and opens its page."""
    store(context).catalog.open_product(name)


@when('I describe the problem as "{text}"')
def describe_problem(context, text):
    """Types the problem description on the product page."""
    store(context).product.describe_problem(text)


@when("I add it to my cart")
def add_it(context):
    """Presses Add to cart on the product page."""
    store(context).product.add_to_cart()


@when('I add "{product}" to my cart describing the problem as "{text}"')
def add_repair(context, product, text):
    """Opens the repair product, describes the problem and adds it to the cart."""
    pages = sign_in_to_store(context)
    pages.catalog.search(product)
    pages.catalog.open_product(product)
    pages.product.describe_problem(text)
    pages.product.add_to_cart()


@when('I change the problem description of "{product}" to "{text}"')
def change_description(context, product, text):
    """Changes the repair line's problem description in the cart and saves it."""
    pages = sign_in_to_store(context)
    pages.cart.open_cart()
    pages.cart.change_problem_description(product, text)


@when("I continue shopping from my cart")
def continue_shopping(context):
    """Presses Continue shopping in the cart."""
    pages = sign_in_to_store(context)
    pages.cart.open_cart()
    pages.cart.continue_shopping()


@then('my cart holds "{product}" described as "{text}"')
def cart_holds_repair(context, product, text):
    """Checks the cart holds that repair with that problem description."""
    pages = store(context)
    pages.cart.open_cart()
    expect(pages.cart.cart_problem_description(product)).to_have_value(text)


@then('the problem description I typed, "{text}", is still there')
def description_kept(context, text):
    """Checks the refused problem description is still in its field."""
    expect(store(context).product.problem_description()).to_have_value(text)


@then('the price shows "{amount:Money}" with no banner')
def price_without_banner(context, amount):
    """Checks the product page shows that price and no Request Quote for Pricing banner."""
    pages = store(context)
    expect(pages.product.price()).to_have_text(amount)
    absent(pages.product.quote_banner(), once=pages.product.price())


@then('the price shows "{amount:Money}" with a banner to Request Quote for Pricing')
def zero_price_with_banner(context, amount):
    """Checks the product page shows that price and the Request Quote for Pricing banner."""
    pages = store(context)
    expect(pages.product.price()).to_have_text(amount)
    expect(pages.product.quote_banner()).to_be_visible()


@then('in my cart "{product}" shows "{amount:Money}" with Request Quote for Pricing')
def cart_zero_with_banner(context, product, amount):
    """Checks the cart line shows that price and Request Quote for Pricing."""
    pages = store(context)
    pages.cart.open_cart()
    line = pages.cart.cart_line(product)
    expect(line).to_contain_text(amount)
    expect(pages.cart.cart_line_note(product)).to_contain_text(SAYS["request quote"])


@then('in my cart "{product}" shows "{amount:Money}" and no Request Quote for Pricing')
def cart_priced_without_banner(context, product, amount):
    """Checks the cart line shows that price and no Request Quote for Pricing note."""
    pages = store(context)
    pages.cart.open_cart()
    line = pages.cart.cart_line(product)
    expect(line).to_contain_text(amount)
    lacks_text(line, SAYS["request quote"], once=line)


@then("I am on the catalog, still acting for the company")
def on_catalog(context):
    """Checks the catalog is shown, still under the acting company."""
    pages = store(context)
    expect(pages.catalog.catalog_heading()).to_be_visible()
    expect(pages.layout.acting_company()).to_have_text(context.the.company["name"])
