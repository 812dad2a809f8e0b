"""Given steps: they set the scene through the test-control API, never through the pages."""

from behave import given

from steps.support.world import pick_buyer, products_named, sign_in_to_store


@given("I am a buyer at a company with Terms")
def buyer_with_terms(context):
    pick_buyer(context, terms=True)


@given("I am a buyer at a company with Terms and a non-FMS site")
def buyer_with_terms_and_non_fms_site(context):
    pick_buyer(context, terms=True, site="non-FMS")


@given("I am signed in as a buyer at a company with Terms")
def signed_in_buyer_with_terms(context):
    pick_buyer(context, terms=True)
    sign_in_to_store(context)


@given("I am signed in as a buyer at a company without Terms")
def signed_in_buyer_without_terms(context):
    pick_buyer(context, terms=False)
    sign_in_to_store(context)


@given("I have {products} in my cart")
def cart_holds(context, products):
    context.control.fill_cart(context.the["buyer"]["email"], products_named(context, products))


@given("a buyer has placed an order for {products} shipped to a {site} site")
def buyer_placed_order(context, products, site):
    buyer = pick_buyer(context, site=site)
    order = context.control.place_store_order(
        buyer["email"], context.the["site"]["id"], products_named(context, products)
    )
    context.the["order_number"] = order["number"]
