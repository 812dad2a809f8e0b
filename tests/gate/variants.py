"""The broken variants: each breaks one business rule the articles state, the way a real
implementation might get it wrong, and names the features that exercise that rule.

A variant's `functions` runs before the app is made (it replaces functions); its `app` runs on
the made app (templates, routes). Neither touches the simulator's files.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from flask import redirect
from sqlalchemy import select

from tests.gate.breaking import edit_template, replace

FEATURES = "features"


@dataclass(frozen=True)
class Variant:
    name: str
    rule: str  # the rule it breaks, in the articles' terms
    trace: str  # the article step that states it
    features: tuple[str, ...]  # the features that exercise the rule (the focused run)
    functions: Callable[[], None] = lambda: None
    app: Callable[[object], None] = field(default=lambda app: None)


# -- the breakages ---------------------------------------------------------------------------


def _routing_ignores_site_type():
    replace(
        "simulator.domain.routing",
        "queue_for",
        lambda original: lambda lines, site_is_fms: original(lines, True),
    )


def _billing_accepts_any_address():
    replace("simulator.domain.checkout", "billing_errors", lambda original: lambda *a, **k: {})


def _billing_fields_editable(app):
    edit_template(
        app,
        "store/checkout.html",
        "errors, readonly=true) }}",
        "errors) }}",
    )


def _comments_deletable(app):
    from simulator.console.models import SfOrderComment
    from simulator.db import session

    edit_template(
        app,
        "console/order.html",
        '<p class="comment-body">{{ comment.body }}</p>',
        '<p class="comment-body">{{ comment.body }}</p>'
        '<form method="post" action="/console/orders/{{ order.number }}/comments/'
        '{{ comment.id }}/delete"><input type="hidden" name="csrf_token" '
        'value="{{ csrf_token() }}"><button type="submit">Delete</button></form>',
    )

    def delete_comment(number, comment_id):
        db = session()
        db.delete(db.scalar(select(SfOrderComment).where(SfOrderComment.id == comment_id)))
        db.commit()
        return redirect(f"/console/orders/{number}")

    app.add_url_rule(
        "/console/orders/<number>/comments/<int:comment_id>/delete",
        "gate_delete_comment",
        delete_comment,
        methods=["POST"],
    )


def _activation_needs_no_job_number():
    replace(
        "simulator.domain.orders",
        "activation_blockers",
        lambda original: (
            lambda facts: [
                blocker for blocker in original(facts) if "job number" not in blocker.lower()
            ]
        ),
    )


def _zero_dollar_order_stays_open():
    def make(original):
        def replace_repriced_order(db, payload, now):
            from simulator.store.models import StoreOrder

            old = db.scalar(
                select(StoreOrder).where(StoreOrder.number == payload["store_order_number"])
            )
            status = old.status
            new = original(db, payload, now)
            old.status = status  # the $0 order is not canceled
            return new

        return replace_repriced_order

    replace("simulator.store.service", "replace_repriced_order", make)


def _reps_represent_any_company():
    def make(original):
        return lambda actor, company_id: True if actor.is_rep else original(actor, company_id)

    replace("simulator.domain.masquerade", "may_represent", make)


def _terms_not_required():
    replace("simulator.domain.checkout", "terms_errors", lambda original: lambda accepted: {})


def _price_change_holds_nothing():
    def make(original):
        def total_may_have_changed(db, order, now):
            order.total_cents = sum(line.quantity * line.unit_price_cents for line in order.lines)
            db.commit()

        return total_may_have_changed

    replace("simulator.console.service", "_total_may_have_changed", make)


def _everyone_gets_the_po_email():
    replace(
        "simulator.domain.reauthorization",
        "email_for",
        lambda original: lambda method, number, amount: original("po", number, amount),
    )


def _reauthorization_link_reusable():
    from dataclasses import replace as with_fields

    def make(original):
        def link_problem(link, order_number, amount_cents, now):
            if link is not None:
                link = with_fields(link, used_at=None)
            return original(link, order_number, amount_cents, now)

        return link_problem

    replace("simulator.domain.reauthorization", "link_problem", make)


def _repairs_skip_the_quote():
    from simulator.domain.routing import Stage

    replace("simulator.domain.routing", "stage_for", lambda original: lambda lines: Stage.ORDER)


def _ups_account_not_defaulted():
    replace(
        "simulator.domain.checkout",
        "default_other_comments",
        lambda original: lambda method, company: "",
    )


def _moved_without_the_customers_reply():
    replace(
        "simulator.domain.quotes",
        "conversion_problem",
        lambda original: lambda status, repriced, confirmed: original(status, repriced, True),
    )


def _no_rma_numbers():
    def make(original):
        def record_salesforce_receipt(
            db, store_number, salesforce_number, kind="order", rma_numbers=None, now=None
        ):
            return original(db, store_number, salesforce_number, kind, None, now)

        return record_salesforce_receipt

    replace("simulator.store.service", "record_salesforce_receipt", make)


def _store_never_completes():
    def make(original):
        def record_completion(db, payload):
            from simulator.store.models import StoreOrder

            order = db.scalar(
                select(StoreOrder).where(StoreOrder.number == payload["store_order_number"])
            )
            if order is not None:
                order.tracking_number = payload.get("tracking_number")  # status left as it was

        return record_completion

    replace("simulator.store.service", "record_completion", make)


def _job_number_length_unchecked():
    def make(original):
        return lambda raw: None if (raw or "").strip() else original(raw)

    replace("simulator.domain.orders", "job_number_error", make)


# -- the list ---------------------------------------------------------------------------------

QUEUES = f"{FEATURES}/console/queues/new_order_routing.feature"
CHECKOUT = f"{FEATURES}/store/checkout/placing_an_order.feature"
SHIPPING = f"{FEATURES}/store/masquerade/shipping_on_the_company_account.feature"
ACTING = f"{FEATURES}/store/masquerade/acting_for_a_company.feature"
TERMS = f"{FEATURES}/store/masquerade/paying_on_terms.feature"
REPAIR_ORDER = f"{FEATURES}/store/masquerade/placing_a_repair_order.feature"
COMMENTS = f"{FEATURES}/console/orders/order_comments.feature"
ACTIVATION = f"{FEATURES}/console/orders/fulfilment_and_activation.feature"
HOLD = f"{FEATURES}/console/orders/order_hold.feature"
JOB_NUMBERS = f"{FEATURES}/console/orders/astea_job_numbers.feature"
QUOTES = f"{FEATURES}/console/quotes/working_repair_quotes.feature"
RMA = f"{FEATURES}/console/quotes/rma.feature"
MOVING = f"{FEATURES}/console/quotes/moving_a_quote_to_an_order.feature"

VARIANTS = [
    Variant(
        "routing-ignores-site-type",
        "Only an all-Harvard order for an FMS site goes to IPS Pricing; routing ignores the site",
        "npo.route.non-fms",
        (QUEUES,),
        functions=_routing_ignores_site_type,
    ),
    Variant(
        "billing-address-changeable",
        "The billing address is the company's and cannot be changed; here it can",
        "qrg86.19",
        (CHECKOUT, SHIPPING),
        functions=_billing_accepts_any_address,
        app=_billing_fields_editable,
    ),
    Variant(
        "comments-deletable",
        "Text already in Order Comments is never deleted; here each comment has Delete",
        "npo.5",
        (COMMENTS,),
        app=_comments_deletable,
    ),
    Variant(
        "activation-without-job-number",
        "An order is Activated only with its ASTEA job numbers; here without",
        "npo.16",
        (ACTIVATION,),
        functions=_activation_needs_no_job_number,
    ),
    Variant(
        "zero-dollar-order-not-canceled",
        "Moving a repriced quote to an order cancels the $0 order; here it stays open",
        "qrg86.after.zero",
        (MOVING,),
        functions=_zero_dollar_order_stays_open,
    ),
    Variant(
        "masquerade-as-unassigned-company",
        "A rep acts only for the companies assigned to them; here for any",
        "qrg86.who",
        (ACTING,),
        functions=_reps_represent_any_company,
    ),
    Variant(
        "terms-and-conditions-not-required",
        "The Terms and Conditions box must be ticked to place an order; here it need not be",
        "qrg86.22",
        (CHECKOUT, TERMS),
        functions=_terms_not_required,
    ),
    Variant(
        "price-change-does-not-hold",
        "A change to the total puts the order on Order Hold until re-authorized; here it does not",
        "npo.hold",
        (HOLD,),
        functions=_price_change_holds_nothing,
    ),
    Variant(
        "card-payer-gets-the-po-email",
        "A card or PayPal payer gets a link to a second cart; here the PO email",
        "npo.hold.card",
        (HOLD,),
        functions=_everyone_gets_the_po_email,
    ),
    Variant(
        "reauthorization-link-reusable",
        "A re-authorization link works once; here again and again",
        "npo.hold",
        (HOLD,),
        functions=_reauthorization_link_reusable,
    ),
    Variant(
        "repair-order-skips-the-quote",
        "An order with a repair becomes a quote, not an order; here an order",
        "npo.route.bypass-quote",
        (REPAIR_ORDER, QUOTES),
        functions=_repairs_skip_the_quote,
    ),
    Variant(
        "ups-account-not-defaulted",
        "Ship on Company Account defaults the company's UPS account into Other Comments; here not",
        "qrg86.ship-account",
        (SHIPPING,),
        functions=_ups_account_not_defaulted,
    ),
    Variant(
        "quote-moved-without-customer-reply",
        "A repriced quote becomes an order only once the customer confirmed by reply; here before",
        "qrg86.after.zero",
        (MOVING,),
        functions=_moved_without_the_customers_reply,
    ),
    Variant(
        "no-rma-number",
        "The customer gets an RMA number for each repair; here none",
        "qrg86.after.rma",
        (RMA,),
        functions=_no_rma_numbers,
    ),
    Variant(
        "store-never-shows-completed",
        "An Activated order shows Completed in the store; here it stays In Process",
        "npo.17",
        (ACTIVATION,),
        functions=_store_never_completes,
    ),
    Variant(
        "job-number-length-unchecked",
        "An ASTEA job number is 1 to 32 characters (decision 4); here any length",
        "npo.4",
        (JOB_NUMBERS,),
        functions=_job_number_length_unchecked,
    ),
]

BY_NAME = {variant.name: variant for variant in VARIANTS}

# The control: the same launcher with nothing broken must pass every feature the variants use,
# so that no catch is an artifact of serving a variant.
UNBROKEN = Variant(
    "unbroken",
    "nothing is broken",
    "",
    tuple(sorted({path for variant in VARIANTS for path in variant.features})),
)
LAUNCHABLE = BY_NAME | {UNBROKEN.name: UNBROKEN}
