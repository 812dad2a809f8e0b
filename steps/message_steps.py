"""What a person is told when the system refuses something, in the features' words."""

from behave import then
from playwright.sync_api import expect

from steps.support.world import console, store

# The feature's phrase -> (which system says it, what its message contains).
MESSAGES = {
    "that my email address or password is incorrect": (
        "store",
        "email address or password is incorrect",
    ),
    "that the quantity must be between 1 and 999": ("store", "Quantity must be between 1 and 999"),
    "to enter the PO Number/Reference Number": ("store", "Enter the PO Number/Reference Number"),
    "that I must agree to the Terms and Conditions": (
        "store",
        "must agree to the Terms and Conditions",
    ),
    "that the billing address comes from the company account": (
        "store",
        "billing address comes from the company account",
    ),
    "that my card was declined": ("store", "Your card was declined"),
    "to describe the problem with the part": (
        "store",
        "Describe the problem with the part to be repaired.",
    ),
    "to give a thorough problem description of at least 20 characters": (
        "store",
        "Give a thorough problem description: at least 20 characters",
    ),
    "that shipping on the company account needs its UPS account number": (
        "store",
        "Shipping on the company account needs its UPS account number",
    ),
    "to choose to pay by credit card or PayPal": (
        "store",
        "Choose to pay by credit card or PayPal.",
    ),
    "that the customer has not confirmed the new price yet": (
        "console",
        "The customer has not confirmed the new price yet",
    ),
    "that the ASTEA job number has at most 32 characters": (
        "console",
        "The ASTEA job number has at most 32 characters",
    ),
    "that activation needs the ASTEA job number on the order": (
        "console",
        "The ASTEA job number on the order.",
    ),
    'that activation needs the ASTEA job number on line "HVD-3101"': (
        "console",
        "The ASTEA job number on line HVD-3101.",
    ),
    "that activation needs an order comment confirming the vendor": (
        "console",
        "An order comment confirming the vendor",
    ),
    "that activation needs the ready-to-ship notice": (
        "console",
        "notice that the order is ready to ship",
    ),
    "that activation needs Payment Captured": (
        "console",
        "Payment Captured, ticked in Shipping and Billing Information",
    ),
    "that the PO number has at most 40 characters": (
        "store",
        "The PO Number/Reference Number has at most 40 characters",
    ),
    "that this company pays by PO": ("store", "This company has Terms: it pays by PO."),
    "to enter the email address of my PayPal account": (
        "store",
        "Enter the email address of your PayPal account.",
    ),
    "to enter the street address of the shipping address": (
        "store",
        "Enter the street address of the shipping address.",
    ),
    "to enter the ASTEA job number": ("console", "Enter the ASTEA job number."),
    "that the card has expired": ("store", "This card has expired."),
    "that ATS has not presented the repair quote yet": (
        "store",
        "ATS has not presented the repair quote yet.",
    ),
    'that activation needs the ASTEA job number on line "PCO-2201"': (
        "console",
        "The ASTEA job number on line PCO-2201.",
    ),
    "that only an order in Order Accepted can be activated": (
        "console",
        "only an order in Order Accepted can be activated",
    ),
    "to write the comment before adding it": ("console", "Write the comment before adding it."),
}


@then("I am told {what}")
@then("the rep is told {what}")
def told(context, what):
    """Checks the page shows the message known by that phrase (the MESSAGES table in
    steps/message_steps.py gives each its exact text)."""
    if what not in MESSAGES:
        raise ValueError(f"no message for {what!r}; known: {sorted(MESSAGES)}")
    system, text = MESSAGES[what]
    pages = store(context) if system == "store" else console(context, "CSR")
    expect(pages.alert()).to_contain_text(text)
