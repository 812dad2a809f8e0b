"""A bystander: another order of the same buyer, or another repair order of the same rep, that
the scenario has no business changing. It was placed before the scenario (the control API
writes it as checkout writes an order that passed every rule, without running them, so that a
broken checkout rule cannot keep the scene from being set) and is delivered to Salesforce
before the scenario acts; at the end both systems must hold it exactly as they did, every
field, line and comment (read through the control API: a query that lost its filter changes
the record itself, whichever page shows it)."""

from behave import given, then

from steps.support.snapshots import both_systems, changes
from steps.support.world import fixtures, products_named, run_integration

REPAIR = "Repair: Servo Drive Controller SD-400"


def _deliver(context, order: dict) -> None:
    run_integration(context)
    context.the.bystander = both_systems(context.control, order["number"])


@given("the buyer has another order with the CSR team that nothing here may change")
def buyer_bystander(context):
    """Places another order of the same buyer (a Partsco part, to the company's first site)
    through the control API, runs the integration, and notes both systems' record of it."""
    order = context.control.place_store_order(
        context.the.buyer["email"],
        context.the.company["sites"][0]["id"],
        products_named(context, [("Partsco part", 1)]),
        checked=False,
    )
    _deliver(context, order)


@given("the rep has another repair order with the CSR team that nothing here may change")
def rep_bystander(context):
    """Places another repair order of the same rep for the same company (a priced repair)
    through the control API, runs the integration, and notes both systems' record of it."""
    sku = next(p["sku"] for p in fixtures(context)["products"] if p["name"] == REPAIR)
    line = {"sku": sku, "quantity": 1, "problem_description": "Spare unit: fan noise at start."}
    order = context.control.place_order_lines(
        context.the.rep["email"], context.the.company["sites"][0]["id"], [line], checked=False
    )
    _deliver(context, order)


@then("the {party}'s other order is as it was, in the store and in Salesforce")
def bystander_unchanged(context, party):
    """Reads the bystander again from both systems and checks nothing of it changed."""
    number = context.the.bystander["store"]["number"]
    changed = changes(context.the.bystander, both_systems(context.control, number))
    assert not changed, f"The {party}'s other order {number} changed:\n" + "\n".join(changed)
