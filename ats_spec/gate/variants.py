"""The broken variants: one for each case of the rule register (docs/rules.yaml), each breaking
that case the way a real implementation might get it wrong: a boundary off by one, a check
that forgets one payment method, vendor or role, state that leaks into the next company.

A variant is named after its case (`<rule>.<case>`); the gate runs it against the scenarios
tagged for that case (`--tags=@<rule>.<case>.*`, both sides). Its `functions` runs before the
app is made (it replaces functions); its `app` runs on the made app (templates, routes).
Neither touches the simulator's files.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from dataclasses import replace as with_fields
from datetime import datetime, timedelta

from flask import redirect, request
from sqlalchemy import select

from ats_spec.gate.breaking import add_route, edit_template, wrap


@dataclass(frozen=True)
class Variant:
    case: str  # <rule>.<case> of the register
    breaks: str  # what this variant gets wrong
    functions: Callable[[], None] = lambda: None
    app: Callable[[object], None] = field(default=lambda app: None)
    # The side of the case it breaks: "refuses" lets through what the case refuses, "allows"
    # refuses or spoils what the case lets through (a one-sided case has only this side).
    side: str = "refuses"

    @property
    def name(self) -> str:
        """<rule>.<case>.<side>: also the tag of the scenarios that should catch it."""
        return ".".join(part for part in (self.case, self.side) if part)

    @property
    def rule(self) -> str:
        return self.case.split(".")[0]

    @property
    def tags(self) -> str:
        """The behave tag expression of the focused run: the scenarios of its case, on both
        sides. A variant only another case's scenario catches is a case left uncovered."""
        return f"@{self.case}.*"

    @property
    def other_side(self) -> str:
        return "allows" if self.side == "refuses" else "refuses"


# -- helpers -------------------------------------------------------------------------------


def _domain(name: str) -> str:
    return f"simulator.domain.{name}"


def _kind(line) -> str:
    return str(line.kind)


def _harvard(line) -> bool:
    return str(line.product_line) == "Harvard" and _kind(line) == "new"


def _vendor_as_harvard(vendor: str):
    """console line facts in which `vendor`'s lines count as Harvard when a Harvard line is
    there: routing that forgets to look past the first vendor."""

    def body(original, payload):
        facts = original(payload)
        if not any(_harvard(fact) for fact in facts):
            return facts
        from simulator.domain.catalogue import ProductLine

        return [
            with_fields(fact, product_line=ProductLine.HARVARD)
            if line["vendor"] == vendor and line["kind"] == "new"
            else fact
            for fact, line in zip(facts, payload["lines"], strict=True)
        ]

    wrap("simulator.console.service", "line_facts", body)


def _link_seen_as(change):
    """link_problem that judges a link with some of its facts changed: the check forgets one
    thing it should look at."""
    wrap(
        _domain("reauthorization"),
        "link_problem",
        lambda original, link, number, amount, now: original(
            link and change(link, number), number, amount, now
        ),
    )


def _fms_always_to_pricing():
    from simulator.domain.routing import Queue

    def body(original, lines, fms):
        lines = list(lines)
        if fms and not any(_harvard(line) for line in lines):
            return Queue.IPS_PRICING
        return original(lines, fms)

    wrap(_domain("routing"), "queue_for", body)


def _stage_when(predicate):
    """stage_for with a wrong idea of which lines make a quote."""
    from simulator.domain.routing import Stage

    wrap(
        _domain("routing"),
        "stage_for",
        lambda original, lines: Stage.QUOTE if predicate(list(lines)) else Stage.ORDER,
    )


def _is_repair(line) -> bool:
    return _kind(line) == "repair"


def _job_number_check(function: str, limit: int | None = None, blank_ok: bool = False):
    """A console service that checks the job number its own, wrong way."""
    from simulator.console import service
    from simulator.domain import orders

    def body(original, *args):
        raw = args[-1]
        value = raw or ""
        if blank_ok and value and not value.strip():
            bypass = True
        else:
            trimmed = value.strip()
            bypass = limit is not None and orders.JOB_NUMBER_MAX < len(trimmed) <= limit
        if not bypass:
            return original(*args)
        db, order = args[0], args[1]
        target = order
        if function == "set_line_job_number":
            target = next(line for line in order.lines if line.id == args[2])
        service.require_owner(order, args[-2])
        target.job_number = value if blank_ok else value.strip()
        db.commit()
        return target

    wrap("simulator.console.service", function, body)


def _without_blocker(text: str, only_when=None):
    """activation_blockers that forgets one thing (for some orders only)."""

    def body(original, facts):
        blockers = original(facts)
        if only_when is not None and not only_when(facts):
            return blockers
        return [blocker for blocker in blockers if text not in blocker]

    wrap(_domain("orders"), "activation_blockers", body)


def _vendors_ignored(vendor: str):
    def body(original, facts):
        kept = tuple(v for v in facts.vendors if v != vendor)
        return original(with_fields(facts, vendors=kept))

    wrap(_domain("orders"), "activation_blockers", body)


def _hold_skipped_when(changed):
    """change_line that keeps the order in Order Accepted for one kind of change."""
    from simulator.console import service
    from simulator.domain.catalogue import quantity_error
    from simulator.domain.money import parse_price

    def body(original, db, order, user, line_id, quantity, price, now):
        line = next((line for line in order.lines if line.id == line_id), None)
        cents = parse_price(price)
        if line is None or quantity_error(quantity) or cents is None:
            return original(db, order, user, line_id, quantity, price, now)
        if not changed(line, int(quantity), cents):
            return original(db, order, user, line_id, quantity, price, now)
        service.require_owner(order, user)
        line.quantity, line.unit_price_cents = int(quantity), cents
        order.total_cents = sum(item.quantity * item.unit_price_cents for item in order.lines)
        db.commit()

    wrap("simulator.console.service", "change_line", body)


def _holds_after(function: str):
    """A console change that leaves the total alone and still puts the order on hold."""
    from simulator.domain.statuses import SalesforceOrderStatus

    def body(original, db, order, *args):
        result = original(db, order, *args)
        order.status = SalesforceOrderStatus.ORDER_HOLD
        db.commit()
        return result

    wrap("simulator.console.service", function, body)


def _email_as_if(method: str, paid_by: str):
    wrap(
        _domain("reauthorization"),
        "email_for",
        lambda original, payment, number, amount: original(
            paid_by if payment == method else payment, number, amount
        ),
    )


def _reps_of(persona: str):
    def body(original, actor, company_id):
        if actor.persona == persona:
            return True
        return original(actor, company_id)

    wrap(_domain("masquerade"), "may_represent", body)


def _assigned_list_grows(persona: str):
    from simulator.store.models import Company

    def body(original, db, user):
        if user.persona != persona:
            return original(db, user)
        return list(db.scalars(select(Company).order_by(Company.name)))

    wrap("simulator.store.acting", "assigned_companies", body)


def _billing_compares_only(*names: str):
    def body(original, submitted, company):
        if submitted is None:
            return original(submitted, company)
        kept = {
            f.name: getattr(submitted if f.name in names else company.billing, f.name)
            for f in fields(submitted)
        }
        return original(type(submitted)(**kept), company)

    wrap(_domain("checkout"), "billing_errors", body)


def _terms_ignored_for(method: str):
    """The Terms and Conditions checked for every payment method but one."""

    def body(original, db, user, company, request_, now):
        if request_.payment.method == method:
            request_ = with_fields(request_, accepted_terms=True)
        return original(db, user, company, request_, now)

    wrap("simulator.store.checkout", "place_order", body)


def _cart_kept_after_ordering():
    """The cart is not emptied once ordered, so another tab's Place Order orders it again."""

    def body(original, db, user, company, request_, now):
        from simulator.store.cart import add_to_cart, cart_lines

        kept = [
            (line.product, line.quantity, line.problem_description)
            for line in cart_lines(db, user, company)
        ]
        order = original(db, user, company, request_, now)
        for product, quantity, description in kept:
            add_to_cart(db, user, company, product, quantity, description)
        return order

    wrap("simulator.store.checkout", "place_order", body)


def _initial_status(method: str, status: str):
    wrap(
        _domain("statuses"),
        "initial_store_status",
        lambda original, payment: status if payment == method else original(payment),
    )


def _store_waits_as(predicate, status: str):
    def body(original, method, lines):
        lines = list(lines)
        if predicate(lines):
            return status
        return original(method, lines)

    wrap(_domain("quotes"), "store_status_on_placing", body)


def _problem_description(check):
    wrap(_domain("catalogue"), "problem_description_error", check)


def _comment_route(app, name: str, path: str, view, form_html: str):
    """Show a form beside each Order Comment and serve the route it posts to."""
    edit_template(
        app,
        "console/order.html",
        '<p class="comment-body">{{ comment.body }}</p>',
        '<p class="comment-body">{{ comment.body }}</p>' + form_html,
    )
    add_route(path, name, view, methods=["POST"])


def _csrf() -> str:
    return '<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">'


def _comments_deletable(app):
    from simulator.console.models import SfOrderComment
    from simulator.db import session

    def delete_comment(number, comment_id):
        db = session()
        db.delete(db.get(SfOrderComment, comment_id))
        db.commit()
        return redirect(f"/console/orders/{number}")

    _comment_route(
        app,
        "gate_delete_comment",
        "/console/orders/<number>/comments/<int:comment_id>/delete",
        delete_comment,
        '<form method="post" action="/console/orders/{{ order.number }}/comments/'
        '{{ comment.id }}/delete">' + _csrf() + '<button type="submit">Delete</button></form>',
    )


def _comments_editable(app):
    from simulator.console.models import SfOrderComment
    from simulator.db import session

    def edit_comment(number, comment_id):
        db = session()
        db.get(SfOrderComment, comment_id).body = request.form.get("body", "")
        db.commit()
        return redirect(f"/console/orders/{number}")

    _comment_route(
        app,
        "gate_edit_comment",
        "/console/orders/<number>/comments/<int:comment_id>/edit",
        edit_comment,
        '<form method="post" action="/console/orders/{{ order.number }}/comments/'
        '{{ comment.id }}/edit">' + _csrf() + '<label>Comment text <input name="body" '
        'value="{{ comment.body }}"></label><button type="submit">Edit</button></form>',
    )


def _blank_comments_taken():
    from simulator.console import service
    from simulator.console.models import SfOrderComment

    def body(original, db, order, user, text, confirms_vendor, now):
        if text and not text.strip():
            service.require_owner(order, user)
            db.add(
                SfOrderComment(
                    order_id=order.id,
                    author_id=user.id,
                    body=text,
                    confirms_vendor=confirms_vendor,
                    created_at=now,
                )
            )
            db.commit()
            return None
        return original(db, order, user, text, confirms_vendor, now)

    wrap("simulator.console.service", "add_comment", body)


def _comments_to_newest_order():
    from simulator.store.models import StoreOrder

    def body(original, db, payload):
        order = db.scalar(
            select(StoreOrder).where(StoreOrder.number == payload["store_order_number"])
        )
        if order is not None:
            newest = db.scalar(
                select(StoreOrder)
                .where(StoreOrder.customer_id == order.customer_id)
                .order_by(StoreOrder.id.desc())
            )
            payload = payload | {"store_order_number": newest.number}
        return original(db, payload)

    wrap("simulator.store.from_salesforce", "record_order_comment", body)


def _owner_check_relaxed(template: str, edits: list[tuple[str, str]], model_name: str, when):
    """The page offers the work, and the server lets it through, to someone it should not."""

    def functions():
        def body(original, record, user):
            if type(record).__name__ == model_name and when(record, user):
                return None
            return original(record, user)

        wrap("simulator.console.service", "require_owner", body)

    def app(app):
        for old, new in edits:
            edit_template(app, template, old, new)

    return functions, app


def _unassigned(record, user) -> bool:
    return record.owner_id is None


def _someone_elses(record, user) -> bool:
    return record.owner_id is not None and record.owner_id != user.id


def _order_relaxed(condition: str, when):
    return _owner_check_relaxed(
        "console/order.html",
        [
            (
                "{% set can_edit = mine and open_for_edits %}",
                "{% set can_edit = (mine or " + condition + ") and open_for_edits %}",
            )
        ],
        "SfOrder",
        when,
    )


def _quote_relaxed(condition: str, when):
    new = "{% if (mine or " + condition + ") and open %}"
    return _owner_check_relaxed(
        "console/quote.html", [("{% if mine and open %}", new)], "SfQuote", when
    )


def _claims_also(persona: str, queue: str):
    """One more persona may take work from that queue (decision 13 forgotten for one role)."""
    wrap(
        _domain("roles"),
        "may_claim",
        lambda original, who, where: (
            (who == persona and str(where) == queue) or original(who, where)
        ),
    )


def _every_csr_emailed():
    from simulator.console.models import ConsoleUser
    from simulator.mailbox import service as mailbox

    def body(original, db, order, user, now):
        original(db, order, user, now)
        for csr in db.scalars(select(ConsoleUser).where(ConsoleUser.persona == "csr")):
            if order.owner_id != csr.id:
                mailbox.send(
                    db,
                    csr.email,
                    f"Order {order.number} is ready to ship",
                    f"The warehouse reports that order {order.number} is ready to ship.",
                    now,
                )
        db.commit()

    wrap("simulator.console.service", "mark_ready_to_ship", body)


def _any_order_opens():
    """Any existing order opens for anyone signed in (an unknown number is still refused)."""
    from simulator.store.models import StoreOrder

    def body(original, db, user, number, now, *logged):
        found = db.scalar(select(StoreOrder).where(StoreOrder.number == number))
        return found or original(db, user, number, now, *logged)

    wrap("simulator.store.orders", "visible_order", body)


def _password_ignored(model_name: str):
    wrap(
        "simulator.auth",
        "verify",
        lambda original, user, password: (
            True if type(user).__name__ == model_name else original(user, password)
        ),
    )


def _cards_expire_a_month_late():
    def body(original, number, name, expiry, cvv, today):
        match = re.fullmatch(r"\s*(\d{2})\s*/\s*(\d{2})\s*", expiry or "")
        if match:
            month, year = int(match.group(1)), 2000 + int(match.group(2))
            if (year, month) == (
                (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
            ):
                today = today.replace(day=1) - timedelta(days=1)
        return original(number, name, expiry, cvv, today)

    wrap(_domain("payments"), "card_errors", body)


def _paypal_takes_any_at():
    wrap(
        _domain("payments"),
        "paypal_errors",
        lambda original, email: {} if "@" in (email or "") else original(email),
    )


def _po_number(check):
    def body(original, payment, company, today):
        if payment.method == "po" and (verdict := check(payment.po_number)) is not None:
            return verdict
        return original(payment, company, today)

    wrap(_domain("checkout"), "payment_errors", body)


def _methods(with_terms: tuple[str, ...], without_terms: tuple[str, ...]):
    wrap(
        _domain("checkout"),
        "allowed_payment_methods",
        lambda original, company: with_terms if company.has_terms else without_terms,
    )


def _audit_skips(action: str):
    def body(original, db, user, company_name, what, now, detail=""):
        if str(what) == action:
            return None
        return original(db, user, company_name, what, now, detail)

    wrap("simulator.audit.service", "record", body)


def _rma_only_where(keep):
    """The store keeps RMA numbers for some repair lines only (by whether the line is priced)."""

    def body(
        original, db, store_number, salesforce_number, kind="order", rma_numbers=None, now=None
    ):
        if rma_numbers:
            from simulator.store.models import StoreOrder

            order = db.scalar(select(StoreOrder).where(StoreOrder.number == store_number))
            rma_numbers = [
                rma if keep(line.unit_price_cents > 0) else ""
                for line, rma in zip(order.lines, rma_numbers, strict=True)
            ]
        return original(db, store_number, salesforce_number, kind, rma_numbers, now)

    wrap("simulator.store.from_salesforce", "record_salesforce_receipt", body)


def _one_rma_per_quote(app):
    """The quote page shows the first line's RMA number on every line."""
    edit_template(
        app,
        "console/quote.html",
        "{{ line.rma_number }}</td>",
        "{{ quote.lines[0].rma_number }}</td>",
    )


def _quote_status(function):
    from simulator.domain.statuses import SalesforceQuoteStatus as Q

    wrap(_domain("quotes"), "quote_status_for", lambda original, lines: function(Q, list(lines)))


def _not_presented_still_approvable():
    wrap(
        _domain("quotes"),
        "store_approval_problem",
        lambda original, presented, approved, status: original(True, approved, status),
    )


def _quote_email_skipped():
    wrap("simulator.store.from_salesforce", "record_quote_presented", lambda original, *a: None)


def _quote_emailed_on_arrival():
    """The repair quote is emailed as soon as Salesforce has the quote, before any CSR
    presented it (the email sent from the wrong integration message)."""

    def body(original, db, store_number, salesforce_number, kind="order", rmas=None, now=None):
        original(db, store_number, salesforce_number, kind, rmas, now)
        if kind != "quote":
            return
        from simulator.store import from_salesforce

        numbers = {"store_order_number": store_number, "quote_number": salesforce_number}
        from_salesforce.record_quote_presented(db, numbers | {"total_cents": 0}, now)
        order = from_salesforce._order_numbered(db, store_number)
        order.quote_presented_at = None  # emailed, but still not presented

    wrap("simulator.store.from_salesforce", "record_salesforce_receipt", body)


def _buyers_orders_audited():
    """Every order is written to the audit log as placed while masquerading, a buyer's own
    order for their own company too (the rep check forgotten)."""
    from simulator.audit import service as audit
    from simulator.domain.masquerade import AuditAction
    from simulator.domain.money import format_money
    from simulator.domain.personas import REP_PERSONAS

    def body(original, db, user, company, items, shipping, payment, reference, total, now):
        order = original(db, user, company, items, shipping, payment, reference, total, now)
        if user.persona not in REP_PERSONAS:
            detail = f"Store order {order.number}, {format_money(order.total_cents)}"
            audit.record(db, user, company.name, AuditAction.ORDER_PLACED, now, detail)
        return order

    wrap("simulator.store.checkout", "record_order", body)


def _new_cart_taken_for_the_last_order():
    """The just-ordered check looks at the buyer's orders, not at the cart: a new cart's Place
    Order within minutes of the buyer's last order is refused as that order again."""
    from simulator.domain import checkout as checkout_rules
    from simulator.domain.errors import Refused
    from simulator.store import checkout

    def body(original, db, user, company, request_, now):
        just = checkout._just_ordered(db, user, company, now)
        if just:
            raise Refused({"cart": checkout_rules.empty_cart_message(just)})
        return original(db, user, company, request_, now)

    wrap("simulator.store.checkout", "place_order", body)


def _evaluation_takes_zero():
    def body(original, raw_price, notes):
        errors = original(raw_price, notes)
        if (raw_price or "").strip() in ("0", "0.00", "0.0"):
            errors.pop("repair_price", None)
        return errors

    wrap(_domain("quotes"), "evaluation_errors", body)


def _evaluation_complete_skipped():
    from simulator.domain.statuses import SalesforceQuoteStatus as Q

    wrap(
        _domain("quotes"),
        "status_after_evaluation",
        lambda original, waiting: [] if waiting else [Q.QUOTE_HOLD],
    )
    # the quote's own transitions must let it skip the step, or the server refuses the move
    from simulator.domain import quotes

    quotes.TRANSITIONS[Q.EVALUATION_PENDING] = frozenset({Q.EVALUATION_COMPLETE, Q.QUOTE_HOLD})


def _no_new_price_email():
    def body(original, db, payload, now):
        return original(db, payload | {"repriced": False}, now)

    wrap("simulator.store.from_salesforce", "record_quote_evaluated", body)


def _priced_repairs_never_repriced():
    """A priced repair whose evaluation changed its price is treated as still priced."""
    wrap(
        _domain("quotes"),
        "is_repriced",
        lambda original, placed, current: (
            original(placed, current) if all(price == 0 for price in placed) else False
        ),
    )


def _replacement_drops(field_name: str, empty):
    wrap(
        _domain("conversion"),
        "replacement",
        lambda original, old, prices: with_fields(original(old, prices), **{field_name: empty}),
    )


def _move_to_order_offered_again(app):
    edit_template(app, "console/quote.html", "{% if mine and open %}", "{% if mine %}")


def _zero_dollar_order_stays_open():
    def body(original, db, payload, now):
        from simulator.store.models import StoreOrder

        old = db.scalar(
            select(StoreOrder).where(StoreOrder.number == payload["store_order_number"])
        )
        status = old.status
        new = original(db, payload, now)
        old.status = status  # the $0 order is not canceled
        return new

    wrap("simulator.store.from_salesforce", "replace_repriced_order", body)


def _activation_from_hold():
    from simulator.domain.statuses import SalesforceOrderStatus as Status

    def body(original, db, order, user, target, now):
        if order.status == Status.ORDER_HOLD:
            order.status = Status.ORDER_ACCEPTED
            db.flush()
        return original(db, order, user, target, now)

    wrap("simulator.console.service", "mark_as_current_status", body)


def _store_never_completes():
    def body(original, db, payload):
        from simulator.store.models import StoreOrder

        order = db.scalar(
            select(StoreOrder).where(StoreOrder.number == payload["store_order_number"])
        )
        if order is not None:
            order.tracking_number = payload.get("tracking_number")  # status left as it was

    wrap("simulator.store.from_salesforce", "record_completion", body)


def _tracking_not_sent():
    wrap(
        "simulator.store.from_salesforce",
        "record_completion",
        lambda original, db, payload: original(db, payload | {"tracking_number": None}),
    )


def _numbers_not_shown(kind: str):
    def body(original, db, store_number, salesforce_number, kind_="order", *rest, **kw):
        original(db, store_number, salesforce_number, kind_, *rest, **kw)
        if kind_ == kind:
            from simulator.store.models import StoreOrder

            order = db.scalar(select(StoreOrder).where(StoreOrder.number == store_number))
            order.salesforce_number = None

    wrap("simulator.store.from_salesforce", "record_salesforce_receipt", body)


def _dashboard_live():
    wrap(
        "simulator.console.service",
        "queue_orders",
        lambda original, db, queue, as_of: original(db, queue, datetime(9999, 1, 1)),
    )


def _cart_follows_the_rep():
    """Starting a masquerade moves the cart to the new company instead of emptying it."""
    from simulator.store.models import CartLine

    def body(original, db, user, company_id, now):
        lines = list(db.scalars(select(CartLine).where(CartLine.user_id == user.id)))
        kept = [(line.product_id, line.quantity, line.problem_description) for line in lines]
        company = original(db, user, company_id, now)
        for product_id, quantity, description in kept:
            db.add(
                CartLine(
                    user_id=user.id,
                    company_id=company.id,
                    product_id=product_id,
                    quantity=quantity,
                    problem_description=description,
                )
            )
        db.commit()
        return company

    wrap("simulator.store.acting", "start_masquerade", body)


def _rep_orders_everywhere():
    from simulator.domain.personas import REP_PERSONAS

    def body(original, db, user, company):
        if user.persona in REP_PERSONAS and company is not None:
            return original(db, user, None)
        return original(db, user, company)

    wrap("simulator.store.orders", "orders_for", body)


def _masquerade_never_ends():
    wrap(
        "simulator.store.acting",
        "end_masquerade",
        lambda original, db, user, now, detail="": None,
    )


def _company_orders_without_reps():
    from simulator.domain.personas import REP_PERSONAS

    def body(original, db, user, company):
        return [
            order
            for order in original(db, user, company)
            if company is None or order.customer.persona not in REP_PERSONAS
        ]

    wrap("simulator.store.orders", "orders_for", body)


def _checkout_customer_is_company(app):
    edit_template(app, "store/checkout.html", "{{ user.name }}", "{{ company.name }}")


def _shipping_defaults_to_last_site():
    def body(original, db, user, company):
        draft = original(db, user, company)
        if len(company.sites) > 1 and draft.site_id == company.sites[0].id and not draft.po_number:
            site = company.sites[-1]
            draft.site_id = site.id
            draft.address_to(draft, "ship_", site.address)
            db.commit()
        return draft

    wrap("simulator.store.checkout", "draft_for", body)


def _shipping_correction_ignored():
    def body(original, db, draft, company, form):
        site = next((s for s in company.sites if str(s.id) == str(form.site_id)), None)
        if site is not None:
            form.address = with_fields(form.address, line1=site.address.line1)
        return original(db, draft, company, form)

    wrap("simulator.store.checkout", "save_shipping", body)


def _ups_account(check):
    def body(original, address, method, other_comments, company):
        errors = original(address, method, other_comments, company)
        if method == "company_account" and check(other_comments):
            errors.pop("other_comments", None)
        return errors

    wrap(_domain("checkout"), "shipping_errors", body)


def _quantity_range(low: int, high: int):
    def body(original, raw):
        try:
            quantity = int(str(raw).strip())
        except (TypeError, ValueError):
            return original(raw)
        return None if low <= quantity <= high else original(raw)

    wrap(_domain("catalogue"), "quantity_error", body)


def _selected_not_shown(app):
    edit_template(app, "store/home.html", '<span class="selected">selected</span>', "")


def _readonly_billing(app):
    edit_template(app, "store/checkout.html", "errors, readonly=true) }}", "errors) }}")


# -- the list: one variant for each case of the register --------------------------------------


# -- helpers of the allowing sides: what a case lets through, refused or spoilt -----------------


def _refusing(function: str, field_name: str, message: str, when) -> None:
    """A console service that refuses, in its own words, what the case lets through."""
    from simulator.domain.errors import Refused

    def body(original, *args, **kwargs):
        if when(*args, **kwargs):
            raise Refused({field_name: message})
        return original(*args, **kwargs)

    wrap("simulator.console.service", function, body)


def _stage_as_quote(when) -> None:
    from simulator.domain.routing import Stage

    def body(original, lines):
        lines = list(lines)
        return Stage.QUOTE if when(lines) else original(lines)

    wrap(_domain("routing"), "stage_for", body)


def _queue_as_open(when) -> None:
    from simulator.domain.routing import Queue

    def body(original, lines, site_is_fms):
        lines = list(lines)
        if when(lines, site_is_fms):
            return Queue.OPEN_ORDER_QUEUE
        return original(lines, site_is_fms)

    wrap(_domain("routing"), "queue_for", body)


def _activation_blocked(message: str, when) -> None:
    """Activation finds something missing that is there."""

    def body(original, facts):
        blockers = original(facts)
        if facts.status == "Order Accepted" and when(facts) and message not in blockers:
            blockers = [*blockers, message]
        return blockers

    wrap(_domain("orders"), "activation_blockers", body)


def _activation_facts_read_as(**wrong) -> None:
    """Activation reads a fact of the order wrong."""

    def body(original, facts):
        changed = {name: value(facts) for name, value in wrong.items()}
        return original(with_fields(facts, **changed))

    wrap(_domain("orders"), "activation_blockers", body)


def _always_held() -> None:
    """Any save of the lines counts as a new total."""

    def body(original, db, order, now):
        order.total_cents = -1
        return original(db, order, now)

    wrap("simulator.console.service", "_total_may_have_changed", body)


def _not_held_when(when) -> None:
    """A new total is taken without Order Hold when `when(order)`."""

    def body(original, db, order, now):
        if not when(order):
            return original(db, order, now)
        order.total_cents = sum(line.quantity * line.unit_price_cents for line in order.lines)
        db.commit()

    wrap("simulator.console.service", "_total_may_have_changed", body)


def _quantity_refused(value: int) -> None:
    def body(original, raw):
        if str(raw).strip() == str(value):
            return "Quantity must be between 1 and 999."
        return original(raw)

    wrap(_domain("catalogue"), "quantity_error", body)


def _comment_replaces_earlier(delete: bool) -> None:
    """A new comment takes the earlier ones' place: they are deleted, or the last one is
    overwritten with it."""
    from simulator.console import service
    from simulator.domain import orders

    def body(original, db, order, user, text, confirms_vendor, now):
        earlier = list(order.comments)
        if earlier and not delete and not orders.comment_error(text or ""):
            service.require_owner(order, user)
            earlier[-1].body = text.strip()
            db.commit()
            return earlier[-1]
        comment = original(db, order, user, text, confirms_vendor, now)
        for old in earlier if delete else []:
            db.delete(old)
        db.commit()
        return comment

    wrap("simulator.console.service", "add_comment", body)


def _cents(raw: str | None) -> int | None:
    from simulator.domain.money import parse_price

    return parse_price(raw)


def _lists_nothing(function: str) -> None:
    """A console list whose query lost its filter's right-hand side: it finds nothing."""
    wrap("simulator.console.service", function, lambda original, *args: [])


def _po_refused(when) -> None:
    def body(original, payment, company, today):
        po = payment.po_number.strip()
        if payment.method == "po" and po and when(po):
            return {"po_number": "Enter a valid PO Number/Reference Number."}
        return original(payment, company, today)

    wrap(_domain("checkout"), "payment_errors", body)


def _no_masquerade_for(persona: str) -> None:
    wrap(
        _domain("masquerade"),
        "may_start_masquerade",
        lambda original, actor, company_id: (
            actor.persona != persona and original(actor, company_id)
        ),
    )


def _rep_sees_own_orders_only() -> None:
    from simulator.domain import masquerade
    from simulator.domain.errors import Forbidden

    def body(original, db, user, number, now, logged=True):
        order = original(db, user, number, now, logged)
        if user.persona in masquerade.REP_PERSONAS and order.customer_id != user.id:
            raise Forbidden({"company": masquerade.order_refusal(number)})
        return order

    wrap("simulator.store.orders", "visible_order", body)


def _may_not_claim(persona: str, queue: str) -> None:
    wrap(
        _domain("roles"),
        "may_claim",
        lambda original, who, where: (
            not (who == persona and str(where) == queue) and original(who, where)
        ),
    )


def _page_refused_to(is_rep: bool, path_end: str):
    """access_to that refuses one page of the company the person acts for: a check of that
    page compares the wrong company."""

    def body(original, actor, company_id):
        from flask import has_request_context, request

        from simulator.domain.masquerade import Access

        if has_request_context() and request.path.endswith(path_end) and actor.is_rep == is_rep:
            return Access.FORBIDDEN
        return original(actor, company_id)

    wrap(_domain("masquerade"), "access_to", body)


def _ready_to_ship_to_queue():
    """The ready-to-ship email goes to the queue's address even when a CSR has the order."""
    from simulator.console.service import OPEN_ORDER_QUEUE_MAIL

    wrap(
        "simulator.mailbox.service",
        "send",
        lambda original, db, to, subject, *args, **kwargs: original(
            db,
            OPEN_ORDER_QUEUE_MAIL if subject.endswith("is ready to ship") else to,
            subject,
            *args,
            **kwargs,
        ),
    )


def _rma_made_up_for(priced: bool):
    """The store order shows an RMA number of its own making for a repair line Salesforce has
    not numbered yet (priced lines, or non-priced ones)."""

    def body(app):
        edit_template(
            app,
            "store/order.html",
            "{% if line.rma_number %}<br>RMA: ",
            "{% if line.rma_number or (line.problem_description and ((line.unit_price_cents > 0)"
            f" == {priced})) %}}<br>RMA: ",
        )
        edit_template(
            app,
            "store/order.html",
            "{{ line.rma_number }}</span>",
            '{{ line.rma_number or "RMA-" ~ order.number }}</span>',
        )

    return body


def _cart_emptied_on_catalog():
    """Opening the catalog empties the cart of whoever opens it: the clean-up meant for the
    start of a masquerade runs on every visit to the catalog."""
    from flask import g
    from sqlalchemy import delete

    from simulator.store.models import CartLine

    def body(original, db, query):
        user, company = g.get("store_user"), g.get("store_company")
        if user is not None and company is not None:
            db.execute(
                delete(CartLine).where(
                    CartLine.user_id == user.id, CartLine.company_id == company.id
                )
            )
            db.commit()
        return original(db, query)

    wrap("simulator.store.cart", "search_products", body)


def _delivered_at_once(topic: str, only_when=lambda payload: True):
    """One message is handed to the other system as it is written, rather than when the
    integration runs: the other system learns of it before it should."""
    from simulator.integration import sync

    def body(original, db, kind, key, payload, now):
        original(db, kind, key, payload, now)
        if kind == topic and only_when(payload):
            db.flush()
            sync.HANDLERS[topic](db, payload, now)

    wrap("simulator.integration.outbox", "enqueue", body)


def _still_awaiting_evaluation():
    """The store order of an evaluated quote keeps waiting for evaluation: the status it
    moves from is compared with the wrong one, so it never moves."""
    from simulator.domain.statuses import StoreOrderStatus
    from simulator.store import from_salesforce

    def body(original, db, payload, now):
        order = from_salesforce._order_numbered(db, payload["store_order_number"])
        waiting = order is not None and order.status == StoreOrderStatus.AWAITING_EVALUATION
        original(db, payload, now)
        if waiting:
            order.status = StoreOrderStatus.AWAITING_EVALUATION

    wrap("simulator.store.from_salesforce", "record_quote_evaluated", body)


def _assignee_refused(label: str):
    """The server refuses the assignee's own changes to an order or a quote: the ownership
    check compares the owner with the wrong user for that kind of record."""
    wrap(
        _domain("roles"),
        "ownership_problem",
        lambda original, kind, owner, is_owner: original(kind, owner, is_owner and kind != label),
    )


def _sign_in_refused(realm: str) -> None:
    from simulator.auth import SignInRefused
    from simulator.domain import signin

    wrap(
        "simulator.auth",
        "sign_in",
        lambda original, where, *args: (
            SignInRefused(signin.BAD_SIGN_IN, 401) if where == realm else original(where, *args)
        ),
    )


def _terms_unread_for(method: str) -> None:
    from simulator.domain.checkout import TERMS_MESSAGE
    from simulator.domain.errors import Refused

    def body(original, db, user, company, request, now):
        if request.payment.method == method:
            raise Refused({"accept_terms": TERMS_MESSAGE})
        return original(db, user, company, request, now)

    wrap("simulator.store.checkout", "place_order", body)


def _corrected_description_dropped() -> None:
    def body(original, db, line, quantity, description):
        kept = line.problem_description
        original(db, line, quantity, description)
        line.problem_description = kept
        db.commit()

    wrap("simulator.store.cart", "update_cart_line", body)


def _typed_ups_account_replaced() -> None:
    from simulator.domain import checkout

    def body(original, db, draft, company, form):
        on_file = checkout.default_other_comments(form.method, company)
        return original(db, draft, company, with_fields(form, other_comments=on_file))

    wrap("simulator.store.checkout", "save_shipping", body)


def _shipping_error_dropped(name: str) -> None:
    def body(original, address, method, other_comments, company):
        errors = original(address, method, other_comments, company)
        return {key: text for key, text in errors.items() if key != name}

    wrap(_domain("checkout"), "shipping_errors", body)


def _company_orders_where(keep) -> None:
    def body(original, db, user, company):
        found = original(db, user, company)
        if company is None:
            return found
        from simulator.store.models import StoreOrder

        extra = db.scalars(select(StoreOrder).where(StoreOrder.customer_id == user.id))
        every = sorted({*found, *extra}, key=lambda order: -order.id)  # newest first
        return [order for order in every if keep(order, user, company)]

    wrap("simulator.store.orders", "orders_for", body)


def _company_list_with_own_orders() -> None:
    _company_orders_where(
        lambda order, user, company: order.company_id == company.id or order.customer_id == user.id
    )


def _company_list_without_rep_orders() -> None:
    from simulator.domain.personas import REP_PERSONAS

    _company_orders_where(
        lambda order, user, company: (
            order.company_id == company.id and order.customer.persona not in REP_PERSONAS
        )
    )


def _billing_refused(when) -> None:
    from simulator.domain.checkout import BILLING_LOCKED_MESSAGE

    def body(original, submitted, company):
        if submitted is not None and when(submitted, company.billing):
            return {"billing": BILLING_LOCKED_MESSAGE}
        return original(submitted, company)

    wrap(_domain("checkout"), "billing_errors", body)


VARIANTS = [
    # stage
    Variant(
        "stage.priced-repair",
        "only a non-priced repair makes a quote; a priced one becomes an order",
        functions=lambda: _stage_when(
            lambda lines: any(_is_repair(line) and not line.priced for line in lines)
        ),
    ),
    Variant(
        "stage.non-priced-repair",
        "only a priced repair makes a quote; a non-priced one becomes an order",
        functions=lambda: _stage_when(
            lambda lines: any(_is_repair(line) and line.priced for line in lines)
        ),
    ),
    Variant(
        "stage.new-and-repair",
        "a quote only when every line is a repair",
        functions=lambda: _stage_when(lambda lines: all(_is_repair(line) for line in lines)),
    ),
    # ips-routing
    Variant(
        "ips-routing.site",
        "routing ignores the site: all-Harvard goes to IPS Pricing wherever it ships",
        functions=lambda: wrap(
            _domain("routing"),
            "queue_for",
            lambda original, lines, site_is_fms: original(lines, True),
        ),
    ),
    Variant(
        "ips-routing.with-legacy",
        "a Legacy build beside a Harvard product counts as Harvard",
        functions=lambda: _vendor_as_harvard("ATS"),
    ),
    Variant(
        "ips-routing.with-partsco",
        "a Partsco part beside a Harvard product counts as Harvard",
        functions=lambda: _vendor_as_harvard("Partsco"),
    ),
    Variant(
        "ips-routing.no-harvard",
        "every order for an FMS site goes to IPS Pricing, Harvard or not",
        functions=_fms_always_to_pricing,
    ),
    Variant(
        "ips-routing.several-harvard",
        "an order of several Harvard lines goes to IPS Pricing wherever it ships",
        functions=lambda: wrap(
            _domain("routing"),
            "queue_for",
            lambda original, lines, fms: original((lines := list(lines)), fms or len(lines) > 1),
        ),
    ),
    # numbers
    Variant(
        "numbers.order",
        "the store never shows the Salesforce order number",
        side="allows",
        functions=lambda: _numbers_not_shown("order"),
    ),
    Variant(
        "numbers.quote",
        "the store never shows the Salesforce quote number",
        side="allows",
        functions=lambda: _numbers_not_shown("quote"),
    ),
    # refresh
    Variant(
        "refresh.new-order",
        "the dashboard is live: new orders show before Refresh",
        functions=_dashboard_live,
    ),
    Variant(
        "refresh.new-quote",
        "Open Quotes in Queue is live: new quotes show before Refresh",
        functions=lambda: wrap(
            "simulator.console.service",
            "quote_queue",
            lambda original, db, as_of: original(db, datetime(9999, 1, 1)),
        ),
    ),
    # assignment
    Variant(
        "assignment.order-unassigned",
        "an order still in the queue can be worked before anyone assigns it",
        *_order_relaxed("order.owner is none", _unassigned),
    ),
    Variant(
        "assignment.order-other-csr",
        "another CSR's order can be worked by anyone",
        *_order_relaxed("order.owner is not none", _someone_elses),
    ),
    Variant(
        "assignment.quote-unassigned",
        "a quote still in the queue can be presented before anyone assigns it",
        *_quote_relaxed("quote.owner is none", _unassigned),
    ),
    Variant(
        "assignment.quote-other-csr",
        "another CSR's quote can be presented by anyone",
        *_quote_relaxed("quote.owner is not none", _someone_elses),
    ),
    # console-roles
    Variant(
        "console-roles.pricing-analyst",
        "the Pricing Analyst takes orders from the Open Order Queue",
        functions=lambda: _claims_also("pricing_analyst", "Open Order Queue"),
    ),
    Variant(
        "console-roles.csr",
        "a CSR takes orders from the IPS Pricing Queue",
        functions=lambda: _claims_also("csr", "IPS Pricing Queue"),
    ),
    Variant(
        "console-roles.technician",
        "the repair technician takes orders from the Open Order Queue",
        functions=lambda: _claims_also("repair_technician", "Open Order Queue"),
    ),
    Variant(
        "console-roles.administrator",
        "the administrator takes orders from the Open Order Queue",
        functions=lambda: _claims_also("admin", "Open Order Queue"),
    ),
    # job-number
    Variant(
        "job-number.order-length",
        "the order's job number takes 33 characters (off by one)",
        functions=lambda: _job_number_check("set_job_number", limit=33),
    ),
    Variant(
        "job-number.order-blank",
        "the order's job number is not trimmed: spaces only pass",
        functions=lambda: _job_number_check("set_job_number", blank_ok=True),
    ),
    Variant(
        "job-number.line-length",
        "a line's job number takes 33 characters (off by one)",
        functions=lambda: _job_number_check("set_line_job_number", limit=33),
    ),
    Variant(
        "job-number.line-blank",
        "a line's job number is not trimmed: spaces only pass",
        functions=lambda: _job_number_check("set_line_job_number", blank_ok=True),
    ),
    # comments-append-only
    Variant(
        "comments-append-only.remove",
        "each comment has Delete",
        app=_comments_deletable,
    ),
    Variant(
        "comments-append-only.change",
        "each comment can be edited",
        app=_comments_editable,
    ),
    Variant(
        "comments-append-only.blank",
        "a comment of spaces only is added",
        functions=_blank_comments_taken,
    ),
    # vendor-confirmation
    Variant(
        "vendor-confirmation.harvard",
        "a Harvard line needs no vendor confirmation",
        functions=lambda: _vendors_ignored("Harvard"),
    ),
    Variant(
        "vendor-confirmation.partsco",
        "a Partsco line needs no vendor confirmation",
        functions=lambda: _vendors_ignored("Partsco"),
    ),
    Variant(
        "vendor-confirmation.plain-comment",
        "any comment counts as the vendor confirmation",
        functions=lambda: wrap(
            "simulator.console.service",
            "activation_facts",
            lambda original, order: with_fields(
                original(order), vendor_confirmed=bool(order.comments)
            ),
        ),
    ),
    Variant(
        "vendor-confirmation.legacy",
        "every order needs a vendor confirmation, Legacy builds too",
        side="allows",
        functions=lambda: wrap(
            "simulator.console.service",
            "activation_facts",
            lambda original, order: with_fields(
                original(order), vendors=tuple(original(order).vendors) + ("Harvard",)
            ),
        ),
    ),
    # comments-to-store
    Variant(
        "comments-to-store.sync",
        "comments never reach the store",
        side="allows",
        functions=lambda: wrap(
            "simulator.store.from_salesforce",
            "record_order_comment",
            lambda original, db, payload: None,
        ),
    ),
    Variant(
        "comments-to-store.own-order",
        "a comment lands on the buyer's newest order, not its own",
        functions=_comments_to_newest_order,
    ),
    # hold
    Variant(
        "hold.quantity",
        "a changed quantity does not hold the order",
        functions=lambda: _hold_skipped_when(
            lambda line, quantity, cents: (
                quantity != line.quantity and cents == line.unit_price_cents
            )
        ),
    ),
    Variant(
        "hold.price",
        "a changed unit price does not hold the order",
        functions=lambda: _hold_skipped_when(
            lambda line, quantity, cents: (
                cents != line.unit_price_cents and quantity == line.quantity
            )
        ),
    ),
    Variant(
        "hold.line-removed",
        "removing a line does not hold the order",
        functions=lambda: wrap(
            "simulator.console.service",
            "_total_may_have_changed",
            lambda original, db, order, now: (
                original(db, order, now)
                if sum(line.quantity * line.unit_price_cents for line in order.lines)
                >= order.total_cents
                else db.commit()
            ),
        ),
    ),
    Variant(
        "hold.job-and-comment",
        "entering the order's job number holds the order",
        side="allows",
        functions=lambda: _holds_after("set_job_number"),
    ),
    Variant(
        "hold.tracking",
        "saving Shipping and Billing Information holds the order",
        side="allows",
        functions=lambda: _holds_after("save_shipping_and_billing"),
    ),
    # reauthorization
    Variant(
        "reauthorization.po",
        "a PO payer is sent to a second cart",
        side="allows",
        functions=lambda: _email_as_if("po", "card"),
    ),
    Variant(
        "reauthorization.card",
        "a card payer gets the PO email",
        side="allows",
        functions=lambda: _email_as_if("card", "po"),
    ),
    Variant(
        "reauthorization.paypal",
        "a PayPal payer gets the PO email",
        side="allows",
        functions=lambda: _email_as_if("paypal", "po"),
    ),
    # reauthorization-link
    Variant(
        "reauthorization-link.once",
        "the link works again and again",
        functions=lambda: _link_seen_as(lambda link, _: with_fields(link, used_at=None)),
    ),
    Variant(
        "reauthorization-link.expiry",
        "the link expires after 22 hours, not 24",
        side="allows",
        functions=lambda: _link_seen_as(
            lambda link, _: with_fields(link, expires_at=link.expires_at - timedelta(hours=2))
        ),
    ),
    Variant(
        "reauthorization-link.own-order",
        "a link authorizes whichever order its address names",
        functions=lambda: _link_seen_as(
            lambda link, number: with_fields(link, order_number=number)
        ),
    ),
    Variant(
        "reauthorization-link.newest",
        "an earlier email's link still works after a newer change",
        functions=lambda: _link_seen_as(lambda link, _: with_fields(link, superseded=False)),
    ),
    Variant(
        "reauthorization-link.own-customer",
        "anyone signed in to the store may use a customer's link",
        functions=lambda: _link_seen_as(lambda link, _: with_fields(link, for_customer=True)),
    ),
    # activated-locked
    Variant(
        "activated-locked.lines",
        "an Activated order's lines can still be changed",
        functions=lambda: wrap(_domain("orders"), "editable_lines", lambda original, status: True),
    ),
    # activation
    Variant(
        "activation.order-job-number",
        "an order is activated without its own job number",
        functions=lambda: _without_blocker("job number on the order"),
    ),
    Variant(
        "activation.line-job-number",
        "only the first line's job number is checked",
        functions=lambda: wrap(
            _domain("orders"),
            "activation_blockers",
            lambda original, facts: original(with_fields(facts, lines=facts.lines[:1])),
        ),
    ),
    Variant(
        "activation.ready-to-ship",
        "an order is activated before the ready-to-ship notice",
        functions=lambda: _without_blocker("ready to ship"),
    ),
    Variant(
        "activation.card-capture",
        "a card order is activated without Payment Captured",
        functions=lambda: _without_blocker(
            "Payment Captured", lambda facts: facts.payment_method == "card"
        ),
    ),
    Variant(
        "activation.paypal-capture",
        "a PayPal order is activated without Payment Captured",
        functions=lambda: _without_blocker(
            "Payment Captured", lambda facts: facts.payment_method == "paypal"
        ),
    ),
    Variant(
        "activation.po",
        "a PO order needs Payment Captured too",
        side="allows",
        functions=lambda: wrap(
            _domain("orders"),
            "activation_blockers",
            lambda original, facts: original(
                with_fields(facts, payment_method="card") if facts.payment_method == "po" else facts
            ),
        ),
    ),
    Variant(
        "activation.on-hold",
        "an order on Order Hold is activated",
        functions=_activation_from_hold,
    ),
    # completion
    Variant(
        "completion.status",
        "the store never shows Completed",
        side="allows",
        functions=_store_never_completes,
    ),
    Variant(
        "completion.tracking",
        "the tracking number never reaches the store",
        side="allows",
        functions=_tracking_not_sent,
    ),
    # ready-to-ship-email
    Variant(
        "ready-to-ship-email.assignee",
        "every CSR is emailed every ready-to-ship notice",
        functions=_every_csr_emailed,
    ),
    # sign-in
    Variant(
        "sign-in.store",
        "the store takes any password",
        functions=lambda: _password_ignored("StoreUser"),
    ),
    Variant(
        "sign-in.console",
        "the console takes any password",
        functions=lambda: _password_ignored("ConsoleUser"),
    ),
    # quantity
    Variant("quantity.lower", "0 is taken", functions=lambda: _quantity_range(0, 999)),
    Variant("quantity.upper", "1000 is taken", functions=lambda: _quantity_range(1, 1000)),
    # problem-description
    Variant(
        "problem-description.empty",
        "a repair is added with no description",
        functions=lambda: _problem_description(
            lambda original, text: None if not (text or "").strip() else original(text)
        ),
    ),
    Variant(
        "problem-description.blank",
        "spaces only count as a description",
        functions=lambda: _problem_description(
            lambda original, text: None if text and not text.strip() else original(text)
        ),
    ),
    Variant(
        "problem-description.boundary",
        "19 characters are enough (off by one)",
        functions=lambda: _problem_description(
            lambda original, text: None if len((text or "").strip()) == 19 else original(text)
        ),
    ),
    Variant(
        "problem-description.padded",
        "the length is counted before spaces are trimmed",
        functions=lambda: _problem_description(
            lambda original, text: (
                None if (text or "").strip() and len(text or "") >= 20 else original(text)
            )
        ),
    ),
    Variant(
        "problem-description.in-cart",
        "the cart takes any corrected description",
        functions=lambda: wrap(
            "simulator.store.cart",
            "update_cart_line",
            lambda original, db, line, quantity, description: (
                setattr(line, "problem_description", description) or db.commit()
                if line.product.is_repair
                else original(db, line, quantity, description)
            ),
        ),
    ),
    # non-priced-repair
    Variant(
        "non-priced-repair.product-page",
        "the product page shows $0.00 with no banner",
        app=lambda app: edit_template(
            app,
            "store/product.html",
            '<p class="banner-quote" role="note">',
            '<p class="banner-quote" role="note" hidden>',
        ),
    ),
    Variant(
        "non-priced-repair.cart",
        "the cart shows $0.00 with no banner",
        app=lambda app: edit_template(
            app,
            "store/cart.html",
            "{% if line.product.needs_quote_for_pricing %}",
            "{% if false %}",
        ),
    ),
    # masquerade-scope
    Variant(
        "masquerade-scope.ats-buyer",
        "an ATS Buyer acts for any company",
        functions=lambda: _reps_of("ats_buyer"),
    ),
    Variant(
        "masquerade-scope.ips-sales-rep",
        "an IPS Sales Rep acts for any company",
        functions=lambda: _reps_of("ips_sales_rep"),
    ),
    Variant(
        "masquerade-scope.site-service-rep",
        "a Site Service Rep acts for any company",
        functions=lambda: _reps_of("site_service_rep"),
    ),
    Variant(
        "masquerade-scope.pages",
        "the checkout of any company opens for a rep",
        functions=lambda: wrap(
            "simulator.store.acting",
            "company_to_act_for",
            lambda original, db, user, company_id, what, now, **kw: (
                db.get(__import__("simulator.store.models").store.models.Company, company_id)
                if "checkout" in what
                else original(db, user, company_id, what, now, **kw)
            ),
        ),
    ),
    Variant(
        "masquerade-scope.order",
        "any order opens for anyone signed in",
        functions=_any_order_opens,
    ),
    Variant(
        "masquerade-scope.buyer",
        "a buyer may open any company's pages",
        functions=lambda: wrap(
            _domain("masquerade"),
            "may_represent",
            lambda original, actor, company_id: (
                True if not actor.is_rep else original(actor, company_id)
            ),
        ),
    ),
    # masquerade-one-company
    Variant(
        "masquerade-one-company.cart",
        "the cart follows the rep into the next company",
        functions=_cart_follows_the_rep,
    ),
    Variant(
        "masquerade-one-company.orders",
        "a rep's company order list shows every order the rep placed, for any company",
        functions=_rep_orders_everywhere,
    ),
    Variant(
        "masquerade-one-company.end",
        "ending the masquerade does nothing",
        functions=_masquerade_never_ends,
    ),
    # masquerade-dashboard
    Variant(
        "masquerade-dashboard.ats-buyer",
        "an ATS Buyer's dashboard lists every company",
        side="allows",
        functions=lambda: _assigned_list_grows("ats_buyer"),
    ),
    Variant(
        "masquerade-dashboard.ips-sales-rep",
        "an IPS Sales Rep's dashboard lists every company",
        side="allows",
        functions=lambda: _assigned_list_grows("ips_sales_rep"),
    ),
    Variant(
        "masquerade-dashboard.site-service-rep",
        "a Site Service Rep's dashboard lists every company",
        side="allows",
        functions=lambda: _assigned_list_grows("site_service_rep"),
    ),
    Variant(
        "masquerade-dashboard.selected",
        "the chosen company is not marked selected",
        side="allows",
        app=_selected_not_shown,
    ),
    # customer-is-rep
    Variant(
        "customer-is-rep.checkout",
        "checkout shows the company as the customer",
        side="allows",
        app=_checkout_customer_is_company,
    ),
    Variant(
        "customer-is-rep.order-lists",
        "the company's order list leaves out orders reps placed",
        side="allows",
        functions=_company_orders_without_reps,
    ),
    # shipping-address
    Variant(
        "shipping-address.default",
        "the shipping address defaults to the company's last site",
        side="allows",
        functions=_shipping_defaults_to_last_site,
    ),
    Variant(
        "shipping-address.corrected",
        "a corrected street address is dropped for the site's",
        side="allows",
        functions=_shipping_correction_ignored,
    ),
    # ups-account
    Variant(
        "ups-account.on-file",
        "the UPS account on file is not filled in",
        side="allows",
        functions=lambda: wrap(
            _domain("checkout"), "default_other_comments", lambda original, method, company: ""
        ),
    ),
    Variant(
        "ups-account.empty",
        "shipping on the company account needs nothing in Other Comments",
        functions=lambda: _ups_account(lambda text: True),
    ),
    Variant(
        "ups-account.blank",
        "spaces only in Other Comments pass for a UPS account",
        functions=lambda: _ups_account(lambda text: bool(text)),
    ),
    # billing-locked
    Variant(
        "billing-locked.street",
        "only the city and ZIP code are compared",
        functions=lambda: _billing_compares_only("city", "postal_code", "name", "state"),
    ),
    Variant(
        "billing-locked.city",
        "the city is not compared",
        functions=lambda: _billing_compares_only("line1", "postal_code", "name", "state"),
    ),
    Variant(
        "billing-locked.postal-code",
        "the ZIP code is not compared",
        functions=lambda: _billing_compares_only("line1", "city", "name", "state"),
    ),
    Variant(
        "billing-locked.read-only",
        "the billing address can be edited on the page",
        app=_readonly_billing,
    ),
    # payment-method
    Variant(
        "payment-method.terms",
        "a company with Terms may pay by card too",
        functions=lambda: _methods(("po", "card"), ("card", "paypal")),
    ),
    Variant(
        "payment-method.card",
        "a company without Terms may pay by PO",
        functions=lambda: _methods(("po",), ("card", "paypal", "po")),
    ),
    Variant(
        "payment-method.paypal",
        "PayPal is not offered",
        side="allows",
        functions=lambda: _methods(("po",), ("card",)),
    ),
    # po-number
    Variant(
        "po-number.empty",
        "no PO number is needed",
        functions=lambda: _po_number(lambda po: {} if not po else None),
    ),
    Variant(
        "po-number.blank",
        "spaces only pass for a PO number",
        functions=lambda: _po_number(lambda po: {} if po and not po.strip() else None),
    ),
    Variant(
        "po-number.length",
        "41 characters pass (off by one)",
        functions=lambda: _po_number(lambda po: {} if len(po.strip()) == 41 else None),
    ),
    # one-cart-one-order
    Variant(
        "one-cart-one-order.second-press",
        "the cart is not emptied once ordered: another tab orders it again",
        functions=_cart_kept_after_ordering,
    ),
    Variant(
        "one-cart-one-order.second-press",
        "a new cart ordered minutes after the last order is refused as that order",
        side="allows",
        functions=_new_cart_taken_for_the_last_order,
    ),
    # terms-and-conditions
    Variant(
        "terms-and-conditions.po",
        "a PO order needs no Terms and Conditions",
        functions=lambda: _terms_ignored_for("po"),
    ),
    Variant(
        "terms-and-conditions.card",
        "a card order needs no Terms and Conditions",
        functions=lambda: _terms_ignored_for("card"),
    ),
    Variant(
        "terms-and-conditions.paypal",
        "a PayPal order needs no Terms and Conditions",
        functions=lambda: _terms_ignored_for("paypal"),
    ),
    # card-payment
    Variant(
        "card-payment.declined",
        "the declined test card is approved",
        functions=lambda: wrap(
            _domain("payments"),
            "authorize_card",
            lambda original, number: original("4111111111111111"),
        ),
    ),
    Variant(
        "card-payment.expiry",
        "a card that expired last month is taken",
        functions=_cards_expire_a_month_late,
    ),
    Variant(
        "card-payment.paypal-address",
        "any text with an @ passes for a PayPal account",
        functions=_paypal_takes_any_at,
    ),
    # store-status
    Variant(
        "store-status.po",
        "a PO order starts as Order Placed",
        side="allows",
        functions=lambda: _initial_status("po", "Order Placed"),
    ),
    Variant(
        "store-status.card",
        "a card order starts as Awaiting Payment",
        side="allows",
        functions=lambda: _initial_status("card", "Awaiting Payment"),
    ),
    Variant(
        "store-status.paypal",
        "a PayPal order starts as Awaiting Payment",
        side="allows",
        functions=lambda: _initial_status("paypal", "Awaiting Payment"),
    ),
    Variant(
        "store-status.priced-repair",
        "a priced repair order waits as Awaiting Evaluation",
        side="allows",
        functions=lambda: _store_waits_as(
            lambda lines: (
                any(_is_repair(line) for line in lines) and all(line.priced for line in lines)
            ),
            "Awaiting Evaluation",
        ),
    ),
    Variant(
        "store-status.non-priced-repair",
        "a non-priced repair order waits as Awaiting Customer Approval",
        side="allows",
        functions=lambda: _store_waits_as(
            lambda lines: any(_is_repair(line) and not line.priced for line in lines),
            "Awaiting Customer Approval",
        ),
    ),
    # audit-log
    Variant(
        "audit-log.masquerade",
        "ending a masquerade is not logged",
        side="allows",
        functions=lambda: _audit_skips("Masquerade ended"),
    ),
    Variant(
        "audit-log.order",
        "orders placed while masquerading are not logged",
        side="allows",
        functions=lambda: _audit_skips("Order placed while masquerading"),
    ),
    Variant(
        "audit-log.order",
        "a buyer's own order is logged as placed while masquerading",
        functions=_buyers_orders_audited,
    ),
    # rma
    Variant(
        "rma.priced",
        "a priced repair gets no RMA number",
        side="allows",
        functions=lambda: _rma_only_where(lambda priced: not priced),
    ),
    Variant(
        "rma.non-priced",
        "a non-priced repair gets no RMA number",
        side="allows",
        functions=lambda: _rma_only_where(lambda priced: priced),
    ),
    Variant(
        "rma.each-line",
        "every line of a quote shows one RMA number",
        side="allows",
        app=_one_rma_per_quote,
    ),
    # quote-status
    Variant(
        "quote-status.priced",
        "a priced quote waits in Evaluation Pending",
        side="allows",
        functions=lambda: _quote_status(lambda Q, lines: Q.EVALUATION_PENDING),
    ),
    Variant(
        "quote-status.mixed",
        "only a quote of nothing but non-priced repairs waits for evaluation",
        side="allows",
        functions=lambda: _quote_status(
            lambda Q, lines: (
                Q.EVALUATION_PENDING
                if all(_is_repair(line) and not line.priced for line in lines)
                else Q.QUOTE_HOLD
            )
        ),
    ),
    # priced-approval
    Variant(
        "priced-approval.presented",
        "a quote can be approved in the store before it is presented",
        functions=_not_presented_still_approvable,
    ),
    Variant(
        "priced-approval.emailed",
        "the presented repair quote is not emailed",
        side="allows",
        functions=_quote_email_skipped,
    ),
    Variant(
        "priced-approval.emailed",
        "the repair quote is emailed when Salesforce has it, before it is presented",
        functions=_quote_emailed_on_arrival,
    ),
    # evaluation
    Variant(
        "evaluation.price",
        "an evaluation at $0.00 is taken",
        functions=_evaluation_takes_zero,
    ),
    Variant(
        "evaluation.evaluation-complete",
        "the quote goes straight back to Quote Hold, never marked Evaluation Complete",
        side="allows",
        functions=_evaluation_complete_skipped,
    ),
    Variant(
        "evaluation.new-price-email",
        "no email with the new price",
        side="allows",
        functions=_no_new_price_email,
    ),
    Variant(
        "evaluation.changed-price",
        "a priced repair whose evaluation changed its price is treated as unchanged",
        functions=_priced_repairs_never_repriced,
    ),
    # move-to-order
    Variant(
        "move-to-order.reply",
        "the quote moves to an order before the customer's reply",
        functions=lambda: wrap(
            _domain("quotes"),
            "conversion_problem",
            lambda original, status, repriced, confirmed: original(status, repriced, True),
        ),
    ),
    Variant(
        "move-to-order.cancel",
        "the $0 order stays open",
        functions=_zero_dollar_order_stays_open,
    ),
    Variant(
        "move-to-order.carry-over",
        "the new order leaves the PO number behind",
        side="allows",
        functions=lambda: _replacement_drops("po_number", ""),
    ),
    Variant(
        "move-to-order.once",
        "an accepted quote still offers Move to Order",
        app=_move_to_order_offered_again,
    ),
    # -- the allowing sides: what each case lets through, refused or spoilt -------------------
    Variant(
        "stage.priced-repair",
        "a Legacy build is taken for a repair: alone it arrives as a quote",
        functions=lambda: _stage_as_quote(
            lambda lines: any(str(line.product_line) == "Legacy" for line in lines)
        ),
        side="allows",
    ),
    Variant(
        "stage.non-priced-repair",
        "an order of one line arrives as a quote",
        functions=lambda: _stage_as_quote(lambda lines: len(lines) == 1),
        side="allows",
    ),
    Variant(
        "stage.new-and-repair",
        "every order arrives as a quote, NEW products too",
        functions=lambda: _stage_as_quote(lambda lines: True),
        side="allows",
    ),
    Variant(
        "ips-routing.site",
        "the site's FMS flag is read upside down",
        functions=lambda: wrap(
            _domain("routing"),
            "queue_for",
            lambda original, lines, site_is_fms: original(lines, not site_is_fms),
        ),
        side="allows",
    ),
    Variant(
        "ips-routing.with-legacy",
        "the IPS Pricing route is forgotten: every order goes to the Open Order Queue",
        functions=lambda: _queue_as_open(lambda lines, fms: True),
        side="allows",
    ),
    Variant(
        "ips-routing.with-partsco",
        "the IPS Pricing route wants two Harvard lines",
        functions=lambda: _queue_as_open(lambda lines, fms: len(lines) < 2),
        side="allows",
    ),
    Variant(
        "ips-routing.no-harvard",
        "every order for an FMS site goes to the Open Order Queue",
        functions=lambda: _queue_as_open(lambda lines, fms: fms),
        side="allows",
    ),
    Variant(
        "ips-routing.several-harvard",
        "a second Harvard line makes the order mixed: it goes to the Open Order Queue",
        functions=lambda: _queue_as_open(lambda lines, fms: len(lines) > 1),
        side="allows",
    ),
    Variant(
        "job-number.order-length",
        "the order's job number refuses 32 characters (off by one)",
        functions=lambda: _refusing(
            "set_job_number",
            "job_number",
            "The ASTEA job number has at most 31 characters.",
            lambda *args: len((args[-1] or "").strip()) >= 32,
        ),
        side="allows",
    ),
    Variant(
        "job-number.order-blank",
        "the order's job number is refused with spaces around it instead of trimmed",
        functions=lambda: _refusing(
            "set_job_number",
            "job_number",
            "Enter the ASTEA job number without spaces.",
            lambda *args: (args[-1] or "") != (args[-1] or "").strip(),
        ),
        side="allows",
    ),
    Variant(
        "job-number.line-length",
        "a line's job number refuses 32 characters (off by one)",
        functions=lambda: _refusing(
            "set_line_job_number",
            "line_job_number",
            "The ASTEA job number has at most 31 characters.",
            lambda *args: len((args[-1] or "").strip()) >= 32,
        ),
        side="allows",
    ),
    Variant(
        "job-number.line-blank",
        "a line's job number is refused until the order has its own",
        functions=lambda: _refusing(
            "set_line_job_number",
            "line_job_number",
            "Enter the order's ASTEA job number first.",
            lambda db, order, *args: not order.job_number,
        ),
        side="allows",
    ),
    Variant(
        "comments-append-only.remove",
        "a new comment replaces the earlier ones",
        functions=lambda: _comment_replaces_earlier(delete=True),
        side="allows",
    ),
    Variant(
        "comments-append-only.change",
        "a new comment overwrites the last one",
        functions=lambda: _comment_replaces_earlier(delete=False),
        side="allows",
    ),
    Variant(
        "comments-append-only.blank",
        "a comment needs 20 characters, as a problem description does",
        functions=lambda: wrap(
            _domain("orders"),
            "comment_error",
            lambda original, body: (
                "Write at least 20 characters." if len(body.strip()) < 20 else original(body)
            ),
        ),
        side="allows",
    ),
    Variant(
        "vendor-confirmation.harvard",
        "a Harvard order always lacks its vendor confirmation",
        functions=lambda: _activation_blocked(
            "An order comment confirming the vendor (Harvard).",
            lambda facts: "Harvard" in facts.vendors,
        ),
        side="allows",
    ),
    Variant(
        "vendor-confirmation.partsco",
        "an order of two vendors needs a confirming comment per vendor, which none gives",
        functions=lambda: _activation_blocked(
            "An order comment confirming each vendor (Harvard, Partsco).",
            lambda facts: {"Harvard", "Partsco"} <= set(facts.vendors),
        ),
        side="allows",
    ),
    Variant(
        "vendor-confirmation.plain-comment",
        "the comment's vendor mark is not read: no comment confirms the vendor",
        functions=lambda: _activation_facts_read_as(vendor_confirmed=lambda facts: False),
        side="allows",
    ),
    Variant(
        "vendor-confirmation.legacy",
        "only Partsco needs a vendor confirmation: a Harvard order is activated without one",
        functions=lambda: wrap(
            _domain("orders"),
            "needs_vendor_confirmation",
            lambda original, vendors: "Partsco" in vendors,
        ),
    ),
    Variant(
        "hold.quantity",
        "saving a line holds the order, even with its quantity unchanged",
        functions=_always_held,
        side="allows",
    ),
    Variant(
        "hold.price",
        "saving a line's price holds the order, even unchanged",
        functions=_always_held,
        side="allows",
    ),
    Variant(
        "hold.line-removed",
        "every save of the lines counts as a new total and holds the order",
        functions=_always_held,
        side="allows",
    ),
    Variant(
        "hold.job-and-comment",
        "a changed quantity does not hold an order that has its job number",
        functions=lambda: _not_held_when(lambda order: bool(order.job_number)),
    ),
    Variant(
        "hold.tracking",
        "a changed quantity does not hold an order whose tracking was entered",
        functions=lambda: _not_held_when(lambda order: bool(order.tracking_number)),
    ),
    Variant(
        "activation.order-job-number",
        "activation wants the order's job number in digits only",
        functions=lambda: _activation_blocked(
            "The ASTEA job number on the order.",
            lambda facts: not (facts.job_number or "").isdigit(),
        ),
        side="allows",
    ),
    Variant(
        "activation.line-job-number",
        "activation wants each line's job number to differ from the order's",
        functions=lambda: _activation_blocked(
            "The ASTEA job number on each line.",
            lambda facts: any(line.job_number == facts.job_number for line in facts.lines),
        ),
        side="allows",
    ),
    Variant(
        "activation.ready-to-ship",
        "the ready-to-ship notice is looked for in the wrong place: never found",
        functions=lambda: _activation_facts_read_as(ready_to_ship=lambda facts: False),
        side="allows",
    ),
    Variant(
        "activation.card-capture",
        "Payment Captured is never read for a card order",
        functions=lambda: _activation_facts_read_as(
            payment_captured=lambda facts: facts.payment_captured and facts.payment_method != "card"
        ),
        side="allows",
    ),
    Variant(
        "activation.paypal-capture",
        "Payment Captured is never read for a PayPal order",
        functions=lambda: _activation_facts_read_as(
            payment_captured=lambda facts: (
                facts.payment_captured and facts.payment_method != "paypal"
            )
        ),
        side="allows",
    ),
    Variant(
        "activation.po",
        "Payment Captured is asked of PO orders only: a card order is activated without it",
        functions=lambda: _activation_facts_read_as(
            payment_method=lambda facts: "po" if facts.payment_method != "po" else "card"
        ),
    ),
    Variant(
        "activation.on-hold",
        "activation wants an order that was on Order Hold first",
        functions=lambda: _activation_blocked(
            "The order is in Order Accepted: only an order in Order Accepted can be activated.",
            lambda facts: True,
        ),
        side="allows",
    ),
    Variant(
        "activated-locked.lines",
        "a line is locked as soon as the order has its job number",
        functions=lambda: _refusing(
            "change_line",
            "line",
            "The order is Activated: its lines cannot be changed.",
            lambda db, order, *args: bool(order.job_number),
        ),
        side="allows",
    ),
    Variant(
        "quantity.lower",
        "a quantity of 1 is refused (the lower bound off by one)",
        functions=lambda: _quantity_refused(1),
        side="allows",
    ),
    Variant(
        "quantity.upper",
        "999 is refused (the upper bound off by one)",
        functions=lambda: _quantity_refused(999),
        side="allows",
    ),
    Variant(
        "problem-description.empty",
        "a description of more than 50 characters is refused (the maximum set too low)",
        functions=lambda: _problem_description(
            lambda original, text: (
                "A problem description has at most 50 characters."
                if len((text or "").strip()) > 50
                else original(text)
            )
        ),
        side="allows",
    ),
    Variant(
        "problem-description.boundary",
        "exactly 20 characters are refused (off by one)",
        functions=lambda: _problem_description(
            lambda original, text: (
                "Give a thorough problem description: at least 20 characters (you entered 20)."
                if len((text or "").strip()) == 20
                else original(text)
            )
        ),
        side="allows",
    ),
    Variant(
        "problem-description.padded",
        "the length is counted without the spaces between words",
        functions=lambda: _problem_description(
            lambda original, text: original("".join((text or "").split()) or text)
        ),
        side="allows",
    ),
    Variant(
        "reauthorization-link.expiry",
        "the link lasts 26 hours, not 24",
        functions=lambda: _link_seen_as(
            lambda link, _: with_fields(link, expires_at=link.expires_at + timedelta(hours=2))
        ),
    ),
    Variant(
        "reauthorization-link.once",
        "every link counts as used already",
        functions=lambda: _link_seen_as(
            lambda link, _: with_fields(link, used_at=link.used_at or link.expires_at)
        ),
        side="allows",
    ),
    Variant(
        "reauthorization-link.own-order",
        "the link is checked against the Salesforce number: no link is valid",
        functions=lambda: _link_seen_as(
            lambda link, number: with_fields(link, order_number="SF-" + link.order_number)
        ),
        side="allows",
    ),
    Variant(
        "reauthorization-link.newest",
        "every link counts as replaced by a newer one",
        functions=lambda: _link_seen_as(lambda link, _: with_fields(link, superseded=True)),
        side="allows",
    ),
    Variant(
        "reauthorization-link.own-customer",
        "the customer check compares the wrong ids: every link is for another customer",
        functions=lambda: _link_seen_as(lambda link, _: with_fields(link, for_customer=False)),
        side="allows",
    ),
    Variant(
        "card-payment.declined",
        "every Visa card is declined",
        functions=lambda: wrap(
            _domain("payments"),
            "authorize_card",
            lambda original, number: (
                original("4000000000000002")
                if re.sub(r"[\s-]", "", number).startswith("4")
                else original(number)
            ),
        ),
        side="allows",
    ),
    Variant(
        "card-payment.expiry",
        "a card expiring this month is refused (off by one)",
        functions=lambda: wrap(
            _domain("payments"),
            "card_errors",
            lambda original, number, name, expiry, cvv, today: (
                original(number, name, expiry, cvv, today)
                | (
                    {"card_expiry": "This card has expired."}
                    if (expiry or "").replace(" ", "") == today.strftime("%m/%y")
                    else {}
                )
            ),
        ),
        side="allows",
    ),
    Variant(
        "card-payment.paypal-address",
        "a PayPal address is refused unless it ends in .com",
        functions=lambda: wrap(
            _domain("payments"),
            "paypal_errors",
            lambda original, email: (
                original(email)
                or (
                    {}
                    if (email or "").strip().endswith(".com")
                    else {"paypal_email": "Enter the email address of your PayPal account."}
                )
            ),
        ),
        side="allows",
    ),
    Variant(
        "payment-method.card",
        "a company without Terms is offered PayPal only",
        functions=lambda: wrap(
            _domain("checkout"),
            "allowed_payment_methods",
            lambda original, company: ("po",) if company.has_terms else ("paypal",),
        ),
        side="allows",
    ),
    Variant(
        "payment-method.terms",
        "a company with Terms is offered a card and PayPal, not PO",
        functions=lambda: wrap(
            _domain("checkout"),
            "allowed_payment_methods",
            lambda original, company: ("card", "paypal"),
        ),
        side="allows",
    ),
    Variant(
        "po-number.empty",
        "a PO number must be digits only",
        functions=lambda: _po_refused(lambda po: not po.isdigit()),
        side="allows",
    ),
    Variant(
        "po-number.blank",
        "a PO number with a hyphen is refused",
        functions=lambda: _po_refused(lambda po: "-" in po),
        side="allows",
    ),
    Variant(
        "po-number.length",
        "40 characters are refused (off by one)",
        functions=lambda: _po_refused(lambda po: len(po) >= 40),
        side="allows",
    ),
    Variant(
        "masquerade-scope.ats-buyer",
        "an ATS Buyer may not masquerade",
        functions=lambda: _no_masquerade_for("ats_buyer"),
        side="allows",
    ),
    Variant(
        "masquerade-scope.ips-sales-rep",
        "an IPS Sales Rep may not masquerade",
        functions=lambda: _no_masquerade_for("ips_sales_rep"),
        side="allows",
    ),
    Variant(
        "masquerade-scope.site-service-rep",
        "a Site Service Rep may not masquerade",
        functions=lambda: _no_masquerade_for("site_service_rep"),
        side="allows",
    ),
    Variant(
        "masquerade-scope.order",
        "a rep may open only the orders they placed, not the company's others",
        functions=_rep_sees_own_orders_only,
        side="allows",
    ),
    Variant(
        "console-roles.csr",
        "a CSR cannot take orders from the Open Order Queue",
        functions=lambda: _may_not_claim("csr", "Open Order Queue"),
        side="allows",
    ),
    Variant(
        "console-roles.pricing-analyst",
        "the Pricing Analyst cannot take orders from the IPS Pricing Queue",
        functions=lambda: _may_not_claim("pricing_analyst", "IPS Pricing Queue"),
        side="allows",
    ),
    Variant(
        "console-roles.technician",
        "the repair technician may not record an evaluation",
        functions=lambda: wrap(_domain("roles"), "may_evaluate", lambda original, persona: False),
        side="allows",
    ),
    Variant(
        "assignment.order-unassigned",
        "My Open Orders lists nothing: its filter compares the owner with the wrong id",
        functions=lambda: _lists_nothing("my_open_orders"),
        side="allows",
    ),
    Variant(
        "assignment.quote-unassigned",
        "My Open Quotes lists nothing: its filter compares the owner with the wrong id",
        functions=lambda: _lists_nothing("my_open_quotes"),
        side="allows",
    ),
    Variant(
        "evaluation.price",
        "a repair price of $1,000.00 or more is refused (the field's limit set too low)",
        functions=lambda: wrap(
            _domain("quotes"),
            "evaluation_errors",
            lambda original, raw_price, notes: (
                original(raw_price, notes)
                | (
                    {"repair_price": "Enter the repair price in dollars, at most $999.99."}
                    if (_cents(raw_price) or 0) >= 100_000
                    else {}
                )
            ),
        ),
        side="allows",
    ),
    Variant(
        "sign-in.store",
        "the store refuses a right password (checked against the console's users)",
        functions=lambda: _sign_in_refused("store"),
        side="allows",
    ),
    Variant(
        "sign-in.console",
        "the console refuses a right password (checked against the store's users)",
        functions=lambda: _sign_in_refused("console"),
        side="allows",
    ),
    Variant(
        "terms-and-conditions.po",
        "the ticked Terms and Conditions box is not read for a PO order",
        functions=lambda: _terms_unread_for("po"),
        side="allows",
    ),
    Variant(
        "terms-and-conditions.card",
        "the ticked Terms and Conditions box is not read for a card order",
        functions=lambda: _terms_unread_for("card"),
        side="allows",
    ),
    Variant(
        "terms-and-conditions.paypal",
        "the ticked Terms and Conditions box is not read for a PayPal order",
        functions=lambda: _terms_unread_for("paypal"),
        side="allows",
    ),
    Variant(
        "problem-description.in-cart",
        "a corrected description is checked but not saved: the old one stays",
        functions=_corrected_description_dropped,
        side="allows",
    ),
    Variant(
        "problem-description.blank",
        "a description with digits in it is refused",
        functions=lambda: _problem_description(
            lambda original, text: (
                "Describe the problem in words."
                if any(character.isdigit() for character in text or "")
                else original(text)
            )
        ),
        side="allows",
    ),
    Variant(
        "payment-method.paypal",
        "PO is taken from any company: the server takes the method the page sends",
        functions=lambda: wrap(
            _domain("checkout"),
            "allowed_payment_methods",
            lambda original, company: ("po", "card", "paypal"),
        ),
    ),
    Variant(
        "ups-account.on-file",
        "every checkout starts on Ship on Company Account, a company without a UPS account on "
        'file with "UPS account None"',
        functions=lambda: wrap(
            "simulator.store.checkout",
            "default_shipping",
            lambda original, company: ("company_account", f"UPS account {company.ups_account}"),
        ),
    ),
    Variant(
        "ups-account.empty",
        "a typed UPS account is replaced by the one on file",
        functions=_typed_ups_account_replaced,
        side="allows",
    ),
    Variant(
        "ups-account.blank",
        'Other Comments must start with "UPS account" when shipping on the company account',
        functions=lambda: wrap(
            _domain("checkout"),
            "shipping_errors",
            lambda original, address, method, other_comments, company: (
                original(address, method, other_comments, company)
                | (
                    {"other_comments": 'Enter the UPS account as "UPS account NUMBER".'}
                    if method == "company_account"
                    and not other_comments.strip().startswith("UPS account")
                    else {}
                )
            ),
        ),
        side="allows",
    ),
    Variant(
        "shipping-address.default",
        "a shipping address without its street passes",
        functions=lambda: _shipping_error_dropped("ship_line1"),
    ),
    Variant(
        "shipping-address.corrected",
        "only the street's length is checked, not that there is one",
        functions=lambda: _shipping_error_dropped("ship_line1"),
    ),
    Variant(
        "customer-is-rep.order-lists",
        "a company's order list also shows the orders its viewer placed for other companies",
        functions=_company_list_with_own_orders,
    ),
    Variant(
        "masquerade-one-company.orders",
        "a company's order list shows only the orders its buyers placed",
        functions=_company_list_without_rep_orders,
        side="allows",
    ),
    Variant(
        "evaluation.evaluation-complete",
        "the quote is marked Evaluation Complete after the first of its lines",
        functions=lambda: wrap(
            _domain("quotes"),
            "status_after_evaluation",
            lambda original, still_unevaluated: original(0),
        ),
    ),
    Variant(
        "move-to-order.reply",
        "the customer's reply is looked for on the wrong quote: never found",
        functions=lambda: wrap(
            _domain("quotes"),
            "conversion_problem",
            lambda original, status, repriced, confirmed: original(status, repriced, False),
        ),
        side="allows",
    ),
    Variant(
        "move-to-order.once",
        "Move to Order says the quote was already moved, the first time too",
        functions=lambda: wrap(
            _domain("quotes"),
            "conversion_problem",
            lambda original, status, repriced, confirmed: (
                original(status, repriced, confirmed) or "This quote was already moved to an order."
            ),
        ),
        side="allows",
    ),
    Variant(
        "move-to-order.cancel",
        "the new store order copies the $0 order's prices",
        functions=lambda: wrap(
            _domain("conversion"),
            "replacement",
            lambda original, old, new_prices: original(old, {}),
        ),
        side="allows",
    ),
    Variant(
        "priced-approval.presented",
        "the store says the quote is not presented yet, after it was",
        functions=lambda: wrap(
            _domain("quotes"),
            "store_approval_problem",
            lambda original, presented, approved, store_status: original(
                False, approved, store_status
            ),
        ),
        side="allows",
    ),
    Variant(
        "refresh.new-order",
        "the queue lists no order received since the console started",
        functions=lambda: _lists_nothing("queue_orders"),
        side="allows",
    ),
    Variant(
        "refresh.new-quote",
        "Open Quotes in Queue lists nothing, refreshed or not",
        functions=lambda: _lists_nothing("quote_queue"),
        side="allows",
    ),
    Variant(
        "audit-log.masquerade",
        "a refused Log In is not logged",
        functions=lambda: wrap(
            "simulator.store.acting",
            "refuse_company",
            lambda original, db, user, company_id, what, now, *args, **kwargs: original(
                db, user, company_id, what, now, *args[:1], logged=False
            ),
        ),
    ),
    Variant(
        "comments-to-store.own-order",
        "the store looks the order up by its Salesforce number: comments are dropped",
        functions=lambda: wrap(
            "simulator.store.from_salesforce",
            "record_order_comment",
            lambda original, db, payload: None,
        ),
        side="allows",
    ),
    Variant(
        "completion.tracking",
        "an order activated without tracking shows its own number as the tracking number",
        functions=lambda: wrap(
            "simulator.store.from_salesforce",
            "record_completion",
            lambda original, db, payload: original(
                db,
                {
                    **payload,
                    "tracking_number": payload.get("tracking_number")
                    or payload["store_order_number"],
                },
            ),
        ),
    ),
    Variant(
        "billing-locked.street",
        "any billing address the page sends back counts as altered",
        functions=lambda: _billing_refused(lambda submitted, billing: True),
        side="allows",
    ),
    Variant(
        "billing-locked.city",
        "the city is compared with an upper-cased copy",
        functions=lambda: _billing_refused(
            lambda submitted, billing: submitted.city != billing.city.upper()
        ),
        side="allows",
    ),
    Variant(
        "billing-locked.postal-code",
        "the ZIP code is compared with the ZIP+4 form",
        functions=lambda: _billing_refused(
            lambda submitted, billing: submitted.postal_code != billing.postal_code + "-0000"
        ),
        side="allows",
    ),
    Variant(
        "non-priced-repair.product-page",
        "every repair's page shows the Request Quote for Pricing banner, priced or not",
        app=lambda app: edit_template(
            app,
            "store/product.html",
            "{% if product.needs_quote_for_pricing %}",
            "{% if product.is_repair %}",
        ),
        side="allows",
    ),
    Variant(
        "non-priced-repair.cart",
        "every repair in the cart shows the Request Quote for Pricing banner, priced or not",
        app=lambda app: edit_template(
            app,
            "store/cart.html",
            "{% if line.product.needs_quote_for_pricing %}",
            "{% if line.product.is_repair %}",
        ),
        side="allows",
    ),
    Variant(
        "console-roles.administrator",
        "the audit log lists nothing: its query filters on an actor nobody is",
        functions=lambda: wrap(
            "simulator.audit.service",
            "page_of",
            lambda original, db, actor_email=None, number=1: original(
                db, "nobody@nowhere.example", number
            ),
        ),
        side="allows",
    ),
    Variant(
        "ready-to-ship-email.assignee",
        "the ready-to-ship email goes to the queue's address, not to the CSR working the order",
        functions=_ready_to_ship_to_queue,
        side="allows",
    ),
    Variant(
        "masquerade-scope.pages",
        "the order list of the company a rep acts for is refused",
        functions=lambda: _page_refused_to(is_rep=True, path_end="/orders"),
        side="allows",
    ),
    Variant(
        "masquerade-scope.buyer",
        "a buyer's own company's catalog is refused",
        functions=lambda: _page_refused_to(is_rep=False, path_end="/catalog"),
        side="allows",
    ),
    Variant(
        "numbers.order",
        "before Salesforce has the order, the store shows its own number as the Salesforce one",
        app=lambda app: edit_template(
            app,
            "store/order.html",
            '{{ order.salesforce_number or "not yet confirmed" }}',
            "{{ order.salesforce_number or order.number }}",
        ),
    ),
    Variant(
        "rma.priced",
        "a priced repair line shows an RMA number the store made up before Salesforce's",
        app=_rma_made_up_for(priced=True),
    ),
    Variant(
        "rma.non-priced",
        "a non-priced repair line shows an RMA number the store made up before Salesforce's",
        app=_rma_made_up_for(priced=False),
    ),
    Variant(
        "billing-locked.read-only",
        "the billing fields show the shipping address rather than the company's billing address",
        app=lambda app: edit_template(
            app,
            "store/checkout.html",
            'value("bill_" ~ name, company["bill_" ~ name])',
            'value("bill_" ~ name, draft["ship_" ~ name])',
        ),
        side="allows",
    ),
    Variant(
        "assignment.order-other-csr",
        "the server refuses the assignee's own changes to an order: it checks the owner's name "
        "against the wrong user",
        functions=lambda: _assignee_refused("order"),
        side="allows",
    ),
    Variant(
        "assignment.quote-other-csr",
        "the server refuses the assignee's own work on a quote: it checks the owner's name "
        "against the wrong user",
        functions=lambda: _assignee_refused("quote"),
        side="allows",
    ),
    Variant(
        "masquerade-one-company.cart",
        "opening the catalog empties the cart, as if a new masquerade had started",
        functions=_cart_emptied_on_catalog,
        side="allows",
    ),
    Variant(
        "masquerade-one-company.end",
        "the orders page no longer names the company the rep acts for",
        app=lambda app: edit_template(
            app,
            "store/base.html",
            '{% if company %}<span class="company-name"',
            '{% if company and not request.path.endswith("/orders") %}<span class="company-name"',
        ),
        side="allows",
    ),
    Variant(
        "evaluation.changed-price",
        "only a zero-dollar repair counts as repriced: a priced repair's changed price is not "
        "emailed",
        functions=lambda: wrap(
            _domain("quotes"),
            "is_repriced",
            lambda original, placed, current: 0 in list(placed) and original(placed, current),
        ),
        side="allows",
    ),
    Variant(
        "comments-to-store.sync",
        "a CSR's comment is written to the store order at once, not by the integration",
        functions=lambda: _delivered_at_once("console.comment_added"),
    ),
    Variant(
        "completion.status",
        "activation completes the store order at once, not by the integration",
        functions=lambda: _delivered_at_once("console.order_activated"),
    ),
    Variant(
        "numbers.quote",
        "a repair order reaches Salesforce as it is placed, so the store shows its quote and "
        "RMA numbers before the integration has run",
        functions=lambda: _delivered_at_once(
            "store.order_placed",
            lambda payload: any(line.get("kind") == "repair" for line in payload["lines"]),
        ),
    ),
    Variant(
        "evaluation.new-price-email",
        "the store order of an evaluated repair still waits for evaluation",
        functions=_still_awaiting_evaluation,
    ),
]

BY_NAME = {variant.name: variant for variant in VARIANTS}

# The control: the same launcher with nothing broken must pass every scenario the variants run,
# so that no catch is an artifact of serving a variant.
UNBROKEN = Variant("unbroken", "nothing is broken", side="")
LAUNCHABLE = BY_NAME | {UNBROKEN.name: UNBROKEN}
