"""What "the buyer", "this order", "it" refer to within one scenario: a typed record, fresh for
each scenario, instead of a dict of string keys. A name not declared here cannot be set (a typo
fails at once), and one read before a step has set it says which."""

import time


class Scene:
    # Who
    buyer: dict  # the store user of the scenario: a buyer, or the rep signed in to the store
    rep: dict  # the rep, when the store user is one
    company: dict  # the company the buyer belongs to, or the rep acts for
    site: dict  # the company's site the order ships to
    assigned: list  # the companies assigned to the rep
    refused_company: dict | None = None  # a company the rep is not assigned to, when tried
    previous_company: dict  # the company the rep acted for before logging in as another
    console_actor: str  # the console persona the last console step was about
    me: str = "CSR"  # the console persona "I" am in the console steps that say "I"
    other_csr: dict  # a second CSR, who has the order
    console_logged_in: set  # the console personas who have logged in through the pages
    store_signed_in: set  # store browsers signed in ("buyer", "company buyer", ...)

    # What
    order_number: str  # the store order of the scenario
    other_order_number: str  # a second store order of the same buyer
    earlier_order_number: str  # the order the buyer confirmed before this one, in the scenario
    salesforce_number: str  # the Salesforce order or quote the store order became
    quote_number: str  # the Salesforce quote of a repair order
    old_order_number: str  # the $0 store order a priced one replaced
    new_order_number: str  # the store order that replaced it
    products: list  # the products of a repair order placed through the control API
    rma: str  # the RMA number Salesforce gave the repair
    reply: str  # the customer's email reply
    typed_job_number: str  # a job number the CSR typed and the console refused
    kept_link: str  # the address of an emailed link, kept to follow later
    bystander: dict  # another order of the same customer, as both systems held it at the start
    order_before: dict  # the scenario's order as both systems held it before a crafted request
    crafted_answers: dict  # form posted by hand -> the alerts of the page that answered
    page_before: list  # what the page showed before a crafted request: (field, value) pairs

    # When (time.monotonic() here, so that the implementation's clock is read only once a
    # table is compared): the scenario began, and each time a step moved the clock (seconds)
    began: float
    clock_moves: list  # (when, seconds moved)

    def __init__(self) -> None:
        self.console_logged_in = set()
        self.store_signed_in = set()
        self.began = time.monotonic()
        self.clock_moves = []

    def __setattr__(self, name, value) -> None:
        if name not in type(self).__annotations__:
            raise AttributeError(f"a scene has no {name!r}: declare it in steps/support/scene.py")
        super().__setattr__(name, value)

    def __getattr__(self, name):  # only called for a name not set yet
        if name in type(self).__annotations__:
            raise AttributeError(f"no {name} in this scenario yet: which Given step sets it?")
        raise AttributeError(f"a scene has no {name!r}")

    def __contains__(self, name: str) -> bool:
        """'order_number' in scene: whether a step has set it."""
        return name in self.__dict__

    def update(self, **values) -> None:
        for name, value in values.items():
            setattr(self, name, value)
