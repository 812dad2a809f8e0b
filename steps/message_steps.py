"""What a person is told when the system refuses something, in the features' words."""

from behave import then
from playwright.sync_api import expect

from steps.support.texts import REFUSALS
from steps.support.world import console, store


@then("I am told {what}")
@then("the rep is told {what}")
def told(context, what):
    """Checks the page shows the message known by that phrase (the REFUSALS table in
    steps/support/texts.py gives each its exact text)."""
    if what not in REFUSALS:
        raise ValueError(f"no message for {what!r}; known: {sorted(REFUSALS)}")
    system, text = REFUSALS[what]
    pages = store(context) if system == "store" else console(context, "CSR")
    expect(pages.layout.alert()).to_contain_text(text)
