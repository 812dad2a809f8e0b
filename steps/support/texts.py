"""Every text the steps expect an implementation to show or send, in one place: what a person
is told when something is refused, what some pages say, and the subjects of the emails.
docs/contract.md lists each one (tests/test_contract.py checks). In a text with {braces}, the
braces stand for the scenario's data; the rest is what the implementation must say.
"""

import re

# A refusal as the features phrase it -> (which system says it, what its message contains).
REFUSALS = {
    "that my email address or password is incorrect": (
        "store",
        "email address or password is incorrect",
    ),
    "that too many wrong passwords have locked signing in": (
        "store",
        "Too many wrong passwords for this account",
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
    "that a tracking number has at most 60 characters": (
        "console",
        "A tracking number has at most 60 characters.",
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
    "that the street address of the shipping address has at most 100 characters": (
        "store",
        "The street address of the shipping address has at most 100 characters.",
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

# What a page says, beyond its accessible names.
SAYS = {
    "administrators only": "Only an administrator can read this page.",
    "not assigned": "You are not assigned to this company",
    "order refused": "Order {number} is not an order of a company you act for",
    "cart ordered": "This cart was just ordered as order {number}",
    "reply sent": "Your reply was sent to {address}",
    "link refused": "This link {reason}",
    "assigned to": "Assigned to {name}",
    "acting for another": (
        "You are acting for {acting}. Use Log In beside {requested} on your dashboard "
        "to act for it."
    ),
    "lost the assignment": "This order is already assigned to {name}.",
    "only the assignee": "This order is assigned to {name}: only they can change it.",
    "only the warehouse": "Only the warehouse reports an order ready to ship.",
    "only a technician": "Only a repair technician records an evaluation.",
    "only the quote's assignee": "This quote is assigned to {name}: only they can change it.",
    "in the queue": "This order is in the queue: assign it to yourself to work it.",
    "order closed": "The order is {status}: it can no longer change.",
    "quote locked": "An accepted quote is locked: work its order instead.",
    "assigned to you": "Assigned to you.",
    "quote read-only": "read-only until you assign it",
    "quote someone else's": "Assigned to {name}. Read-only",
    "order read-only": "read-only",
    "no job number": "None yet",
    "vendor comment": "confirms the vendor",
    "po payment": "no payment capture needed",
    "activated by": "Activated by {name} on ",
    "request quote": "Request Quote for Pricing",
    "not in salesforce yet": "not yet confirmed",
    "new total": "New total: {amount}",
    "replaced by": "replaced by {number}",
    "replaces": "replaces {number}",
    "acting as": "You are acting as {company}",
    "customer is you": "The customer of this order is you, not {company}",
    "awaiting approval": "Awaiting Customer Approval",
    "in process": "In Process",
}

# The subjects of the emails the steps open.
SUBJECTS = {
    "po price change": "Price change on order {number}",
    "card price change": "Authorize the new amount for order {number}",
    "ready to ship": "Order {number} is ready to ship",
    "rma": "RMA for your repair order {number}",
    "repair quote": "Repair quote {quote}",
    "new price": "New price for your repair order {number}",
}


def fixed_parts(text: str) -> list[str]:
    """The parts of a text that are the same in every scenario (around its {braces})."""
    return [part.strip() for part in re.split(r"\{\w+\}", text) if part.strip()]


# Where the CSR team reads the customers' replies about repair prices: the simulator's quotes
# inbox, its stand-in for the team's shared mailbox (DOMAIN.md, decision 14).
CSR_TEAM_INBOX = "quotes@console.example"


def text_of_length(length: int, ending: str) -> str:
    """A long text as a person writes one (sentences, spaces), exactly `length` characters,
    ending with `ending` so that a step can find it again."""
    filler = "Checked with the vendor and the warehouse; details follow. "
    body = (filler * (length // len(filler) + 1))[: length - len(ending)]
    return body + ending
