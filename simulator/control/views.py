"""The test-control API (/_sim/...): only mounted when the simulator runs for testing.

Given steps seed through it; it is documented in docs/control-api.yaml.
"""

import time
from datetime import datetime

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import select

from fixtures import DEMO_PASSWORD, test_payment

from .. import auth, seeding
from ..clock import now
from ..console.models import ConsoleUser, SfOrder
from ..console.views import values_at_sign_in
from ..db import session
from ..domain.checkout import PaymentInput, allowed_payment_methods, reference_of
from ..domain.errors import Forbidden, Refused
from ..domain.personas import CONSOLE_PERSONAS
from ..store import acting, cart, checkout
from ..store.models import CartLine, Site, StoreOrder, StoreUser
from . import serializers
from .body import BadBody, Body

blueprint = Blueprint("control", __name__)
TEN_YEARS = 10 * 365 * 24 * 3600  # seconds: as far as one call may move the clock


def _problem(status: int, message: str, **extra):
    return jsonify({"error": message, **extra}), status


@blueprint.errorhandler(BadBody)
def bad_body(error: BadBody):
    return _problem(400, str(error))


def _payment(body: Body) -> PaymentInput | None:
    """The payment a body gives (the fields of PaymentInput, all strings), or None."""
    given = body.texts("payment")
    if not given:
        return None
    unknown = sorted(set(given) - set(PaymentInput.__dataclass_fields__))
    if unknown:
        raise BadBody(f"payment has no field {', '.join(unknown)}.")
    return PaymentInput(**given)


@blueprint.post("/reset")
def reset():
    started = time.perf_counter()  # a duration, not a moment: no clock involved
    seeding.reset(current_app.extensions["database"])
    current_app.extensions["clock"].reset()
    current_app.extensions["integration"].up = True
    elapsed = (time.perf_counter() - started) * 1000
    return jsonify({"reset": True, "milliseconds": round(elapsed, 1)})


@blueprint.post("/sessions")
def open_session():
    """Someone signed in to the store or the console without the sign-in page: the cookie to give
    their browser. Given steps that only need someone signed in use it; the scenarios about
    signing in use the pages."""
    body = Body.of_request()
    system, email = body.text("system", None), (body.text("email") or "").strip().lower()
    accounts = {"store": (StoreUser, dict), "console": (ConsoleUser, values_at_sign_in)}
    if system not in accounts:
        return _problem(400, "system must be store or console")
    model, values = accounts[system]
    account = session().scalar(select(model).where(model.email == email))
    if account is None:
        return _problem(404, f"no {system} account {email!r}")
    token = auth.start_session(system, str(account.id))
    cookie = auth.session_cookie(current_app, system, token, values())
    return jsonify({"cookies": [cookie]}), 201


@blueprint.get("/fixtures")
def fixtures():
    """The seeded companies, people and catalogue, so that steps can pick by trait."""
    db = session()
    return jsonify(serializers.fixtures(db, DEMO_PASSWORD))


def _customer_and_company(db, email):
    user = db.scalar(select(StoreUser).where(StoreUser.email == email))
    if user is None:
        return None, None, _problem(404, "no store user with that email")
    company = acting.acting_company(db, user)
    if company is None:
        return None, None, _problem(422, "that user acts for no company")
    return user, company, None


def _items(db, lines) -> list[tuple]:
    """(product, quantity, problem description) for each line of a request body."""
    items = []
    for line in lines:
        sku = line.required_text("sku")
        product = cart.product_by_sku(db, sku)
        if product is None:
            raise Refused({"sku": f"no product {sku}"})
        items.append(
            (
                product,
                line.whole("quantity", 1),
                line.text("problem_description", None, nullable=True),
            )
        )
    return items


def _fill_cart(db, user, company, lines, checked: bool = True) -> None:
    """Empty the user's cart, then add the lines: through the store's own rules, or (checked
    false) written as they are, a cart the scenario finds already filled."""
    for line in cart.cart_lines(db, user, company):
        cart.remove_cart_line(db, line)
    for product, quantity, problem in _items(db, lines):
        if checked:
            cart.add_to_cart(db, user, company, product, quantity, problem)
        else:
            db.add(
                CartLine(
                    user_id=user.id,
                    company_id=company.id,
                    product_id=product.id,
                    quantity=int(quantity),
                    problem_description=problem,
                )
            )
    db.commit()


@blueprint.post("/carts")
def fill_cart():
    """Body: {"customer": email, "lines": [{"sku", "quantity", "problem_description"}],
    "checked": false to write the lines without the cart's rules}."""
    body = Body.of_request()
    db = session()
    user, company, problem = _customer_and_company(db, body.text("customer"))
    if problem:
        return problem
    try:
        _fill_cart(db, user, company, body.objects("lines"), body.flag("checked", True))
    except Refused as refused:
        return _problem(422, "the store refused the cart", fields=refused.errors)
    lines = cart.cart_lines(db, user, company)
    return jsonify({"lines": len(lines), "total_cents": cart.cart_total(lines)}), 201


@blueprint.post("/store-orders")
def place_store_order():
    """Place an order as a buyer would at checkout, through the same rules, without the UI.

    Body: {"customer": email, "site_id": int, "lines": [{"sku", "quantity",
    "problem_description"}], "payment": {...PaymentInput fields}} (payment defaults to PO
    for a Terms company and the approved Visa test card otherwise).
    """
    body = Body.of_request()
    db = session()
    user, company, problem = _customer_and_company(db, body.text("customer"))
    if problem:
        return problem
    site = db.get(Site, body.whole("site_id") or company.sites[0].id)
    if site is None or site.company_id != company.id:
        return _problem(422, "that site is not one of the company's")
    lines, other_comments, payment = (
        body.objects("lines"),
        body.text("other_comments", None),
        _payment(body),
    )
    if not body.flag("checked", True):
        return _record_order(db, user, company, site, lines, other_comments, payment)
    try:
        _fill_cart(db, user, company, lines)
        draft = checkout.draft_for(db, user, company)
        shipping = checkout.ShippingForm(
            site.id,
            site.address,
            draft.shipping_method,
            draft.other_comments if other_comments is None else other_comments,
        )
        # The first way the company may pay, with approved test details (fixtures).
        method = allowed_payment_methods(checkout.company_terms(company))[0]
        default_payment = test_payment(method, user.name, now().year)
        order = checkout.place_order(
            db,
            user,
            company,
            checkout.PlaceOrderRequest(
                payment=payment or PaymentInput(**default_payment),
                accepted_terms=True,
                shipping=shipping,
            ),
            now(),
        )
    except Refused as refused:
        return _problem(422, "the store refused the order", fields=refused.errors)
    return jsonify(
        {"number": order.number, "status": order.status, "total_cents": order.total_cents}
    ), 201


def _record_order(db, user, company, site, lines, other_comments, payment):
    """An order placed before the scenario (checked false): written as place_order writes one
    that passed every rule, without running them, so that no broken checkout rule keeps a
    scenario from finding it there."""
    try:
        items = _items(db, lines)
    except Refused as refused:
        return _problem(404, "no such product", fields=refused.errors)
    paying = allowed_payment_methods(checkout.company_terms(company))[0]
    payment = payment or PaymentInput(**test_payment(paying, user.name, now().year))
    shipping_method, default_comments = checkout.default_shipping(company)
    shipping = checkout.ShippingForm(
        site.id,
        site.address,
        shipping_method,
        default_comments if other_comments is None else other_comments,
    )
    order = checkout.record_order(
        db,
        user,
        company,
        items,
        shipping,
        payment,
        reference_of(payment),
        cart.items_total(items),
        now(),
    )
    db.commit()
    return jsonify(
        {"number": order.number, "status": order.status, "total_cents": order.total_cents}
    ), 201


@blueprint.get("/store-orders/<number>")
def store_order(number):
    order = session().scalar(select(StoreOrder).where(StoreOrder.number == number))
    if order is None:
        return _problem(404, "no such store order")
    return jsonify(serializers.store_order(order))


@blueprint.get("/store-orders")
def store_orders():
    orders = session().scalars(select(StoreOrder).order_by(StoreOrder.id)).all()
    return jsonify([serializers.store_order(order) for order in orders])


@blueprint.post("/masquerades")
def start_masquerade():
    """Body: {"rep": email, "company_id": int}: the rep logs in as that company, as the
    dashboard's Log In would (the same rule: only an assigned company)."""
    body = Body.of_request()
    db = session()
    rep = db.scalar(select(StoreUser).where(StoreUser.email == body.text("rep")))
    if rep is None:
        return _problem(404, "no store user with that email")
    try:
        company = acting.start_masquerade(db, rep, body.whole("company_id") or 0, now())
    except Refused as refused:
        return _problem(403, "refused", fields=refused.errors)
    return jsonify({"rep": rep.email, "company_id": company.id, "company": company.name}), 201


@blueprint.get("/salesforce-quotes/<number>")
def salesforce_quote(number):
    from ..console import service as console

    quote = console.quote_by_number(session(), number)
    if quote is None:
        return _problem(404, "no such Salesforce quote")
    return jsonify(serializers.salesforce_quote(quote))


def _quote_event(number, act):
    """Run one quote operation as the console would; 404 / 403 / 422 as its rules say."""
    from ..console import service as console

    db = session()
    quote = console.quote_by_number(db, number)
    if quote is None:
        return _problem(404, "no such Salesforce quote")
    try:
        act(db, quote)
    except Refused as refused:
        status = 403 if isinstance(refused, Forbidden) else 422
        return _problem(status, "refused", fields=refused.errors)
    return salesforce_quote(number)


def _console_user(db, email):
    return db.scalar(select(ConsoleUser).where(ConsoleUser.email == email))


@blueprint.post("/salesforce-quotes/<number>/assign")
def assign_salesforce_quote(number):
    """Body: {"to": console user email}; the same rule as the "Assign to me" button."""
    from ..console import service as console

    email = Body.of_request().text("to")

    def assign(db, quote):
        user = _console_user(db, email)
        if user is None:
            raise Refused({"to": f"no console user {email!r}"})
        console.assign_to(db, quote, user, now())

    return _quote_event(number, assign)


@blueprint.post("/salesforce-quotes/<number>/present")
def present_salesforce_quote(number):
    """The quote's owner presents it (Present Quote)."""
    from ..console import quotes

    return _quote_event(number, lambda db, quote: quotes.present(db, quote, quote.owner, now()))


@blueprint.post("/salesforce-quotes/<number>/evaluation")
def evaluate_salesforce_quote(number):
    """The technician's evaluation. Body: {"technician": email (default: the first repair
    technician), "lines": [{"product_code", "repair_price" ("1,250.00"), "notes"}]}."""
    from ..console import quotes

    body = Body.of_request()
    technician_email, evaluations = body.text("technician"), body.objects("lines")
    for given in evaluations:  # every line's fields read before anything is recorded
        for name in ("product_code", "repair_price", "notes"):
            given.required_text(name)

    def evaluate(db, quote):
        technician = _console_user(db, technician_email) or db.scalar(
            select(ConsoleUser).where(ConsoleUser.persona == "repair_technician")
        )
        for given in evaluations:
            code = given.text("product_code")
            line = next((x for x in quote.lines if x.product_code == code), None)
            if line is None:
                raise Refused({"line": f"no line {code} on the quote"})
            price, notes = given.text("repair_price"), given.text("notes")
            quotes.record_evaluation(db, quote, line.id, technician, price, notes, now())

    return _quote_event(number, evaluate)


@blueprint.post("/salesforce-quotes/<number>/customer-reply")
def customer_reply(number):
    """The customer answers the quote's new-price email, as from the mailbox. Body: {"body"}."""
    from ..mailbox import service as mailbox
    from ..mailbox.models import Mail

    text = Body.of_request().text("body")

    def reply(db, quote):
        email = db.scalar(
            select(Mail)
            .where(Mail.thread == quote.thread, Mail.in_reply_to.is_(None))
            .order_by(Mail.id.desc())
        )
        if email is None:
            raise Refused({"mail": "the customer has no email about this quote to reply to"})
        mailbox.reply(db, email, text, now())

    return _quote_event(number, reply)


@blueprint.post("/salesforce-quotes/<number>/convert")
def convert_salesforce_quote(number):
    """The quote's owner moves it to an order (Move to Order)."""
    from ..console import quotes

    return _quote_event(number, lambda db, quote: quotes.convert(db, quote, quote.owner, now()))


@blueprint.get("/salesforce-orders/<number>")
def salesforce_order(number):
    order = session().scalar(select(SfOrder).where(SfOrder.number == number))
    if order is None:
        return _problem(404, "no such Salesforce order")
    return jsonify(serializers.salesforce_order(order))


@blueprint.post("/salesforce-orders/<number>/assign")
def assign_salesforce_order(number):
    """Body: {"to": console user email}; the same rule as the "Assign to me" button."""
    from ..console import service as console

    db = session()
    email = Body.of_request().text("to")
    order = console.order_by_number(db, number)
    user = db.scalar(select(ConsoleUser).where(ConsoleUser.email == email))
    if order is None or user is None:
        return _problem(404, "no such Salesforce order or console user")
    try:
        console.assign_to(db, order, user, now())
    except Refused as refused:
        return _problem(409, "already assigned", fields=refused.errors)
    return jsonify({"number": order.number, "owner": user.email})


@blueprint.post("/salesforce-orders/<number>/job-numbers")
def set_job_numbers(number):
    """Body: {"job_number"}: on the order and every line, as its owner would enter them."""
    from ..console import service as console

    db = session()
    order = console.order_by_number(db, number)
    if order is None or order.owner is None:
        return _problem(404, "no such Salesforce order, or it has no owner yet")
    value = Body.of_request().text("job_number")
    try:
        console.set_job_number(db, order, order.owner, value)
        for line in order.lines:
            console.set_line_job_number(db, order, line.id, order.owner, value)
    except Refused as refused:
        return _problem(422, "refused", fields=refused.errors)
    return jsonify({"number": order.number, "job_number": order.job_number})


@blueprint.post("/salesforce-orders/<number>/ready-to-ship")
def ready_to_ship(number):
    """The warehouse's "ready to ship" notice for an order."""
    from ..console import service as console

    db = session()
    order = console.order_by_number(db, number)
    if order is None:
        return _problem(404, "no such Salesforce order")
    warehouse = db.scalar(select(ConsoleUser).where(ConsoleUser.persona == "warehouse"))
    if warehouse is None:
        return _problem(422, "no warehouse user to send the notice")
    try:
        console.mark_ready_to_ship(db, order, warehouse, now())
    except Refused as refused:
        return _problem(422, "refused", fields=refused.errors)
    return jsonify({"number": order.number, "ready_to_ship_at": order.ready_to_ship_at.isoformat()})


@blueprint.post("/console-users")
def add_console_user():
    """Body: {"email", "name", "persona"}; the password is the demo password."""
    body = Body.of_request()
    email, name, persona = body.text("email"), body.text("name"), body.text("persona")
    if persona not in CONSOLE_PERSONAS or not email:
        return _problem(422, f"give an email and a persona among {sorted(CONSOLE_PERSONAS)}")
    db = session()
    if db.scalar(select(ConsoleUser).where(ConsoleUser.email == email)):
        return _problem(409, "that console user exists")
    user = seeding.add_console_user(db, email, name or email, persona)
    return jsonify(serializers.console_user(user)), 201


@blueprint.post("/integration/run")
def run_integration():
    report = current_app.extensions["integration"].run_once()
    return jsonify(report.as_dict()), 503 if report.skipped_because_down else 200


@blueprint.post("/integration/<state>")
def integration_state(state):
    if state not in ("up", "down"):
        return _problem(404, "say up or down")
    current_app.extensions["integration"].up = state == "up"
    return jsonify({"integration": state})


@blueprint.route("/clock", methods=["GET", "POST"])
def clock():
    """POST {"now": ISO time} sets it; {"advance_seconds": n} moves it on."""
    the_clock = current_app.extensions["clock"]
    if request.method == "POST":
        body = Body.of_request()
        if "now" in body:
            typed = body.text("now")
            try:
                moment = datetime.fromisoformat(typed)
            except ValueError:
                raise BadBody(f"now must be an ISO 8601 time, not {typed[:40]!r}.") from None
            the_clock.set(moment)
        elif "advance_seconds" in body:
            seconds = body.number("advance_seconds")
            if abs(seconds) > TEN_YEARS:  # further would leave the dates a calendar can hold
                raise BadBody(f"advance_seconds must be at most {TEN_YEARS} either way.")
            the_clock.advance(seconds)
        else:
            return _problem(400, "give now or advance_seconds")
    return jsonify({"now": the_clock.now().isoformat()})
