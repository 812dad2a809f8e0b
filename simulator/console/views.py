"""The CSR console (Salesforce look-alike). Views translate HTTP to service calls."""

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from sqlalchemy import select

from .. import auth, db
from ..audit import service as audit
from ..clock import now
from ..db import session as db_session
from ..domain import delivery, roles
from ..domain import orders as order_rules
from ..domain import quotes as quote_rules
from ..domain.errors import Forbidden, Refused
from ..domain.numbers import whole_number
from ..domain.personas import CONSOLE_PERSONAS
from ..domain.routing import Queue
from ..domain.statuses import SALESFORCE_ORDER_PATH
from ..integration import sync
from . import quotes, service
from .models import ConsoleUser

blueprint = Blueprint("console", __name__, template_folder="templates")
login_required = auth.login_required("console", ConsoleUser)
REFRESHED_AT = "console_refreshed_at"


@blueprint.context_processor
def console_context():
    user = auth.current_user("console", ConsoleUser)
    return {
        "user": user,
        "personas": CONSOLE_PERSONAS,
        "has_report": bool(user) and roles.order_queue_of(user.persona) is not None,
    }


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    return auth.sign_in_page(
        "console",
        "console/login.html",
        lambda email: db_session().scalar(select(ConsoleUser).where(ConsoleUser.email == email)),
        home=".home",
        field="username",
        on_success=lambda: session.update(values_at_sign_in()),
    )


def values_at_sign_in() -> dict:
    """What a console session starts with: the dashboard as of the moment of signing in."""
    return {REFRESHED_AT: now().isoformat()}


@blueprint.post("/logout")
def logout():
    auth.sign_out("console")
    return redirect(url_for(".login"))


def _refreshed_at() -> datetime:
    """The dashboard shows data as of its last Refresh, like a Salesforce dashboard."""
    stamp = session.get(REFRESHED_AT)
    return datetime.fromisoformat(stamp) if stamp else now()


@blueprint.get("/")
@login_required
def home(user):
    as_of = _refreshed_at()
    db = db_session()
    if user.persona == "pricing_analyst":
        return render_template(
            "console/pricing_dashboard.html",
            as_of=as_of,
            my_orders=service.my_open_orders(db, user, as_of),
            queue=service.queue_orders(db, Queue.IPS_PRICING, as_of),
        )
    if user.persona == "repair_technician":
        return render_template("console/technician_dashboard.html", quotes=quotes.to_evaluate(db))
    if user.persona == "warehouse":
        return _warehouse_dashboard()
    if user.persona != "csr":
        return render_template("console/home.html")
    return render_template(
        "console/csr_dashboard.html",
        as_of=as_of,
        my_orders=service.my_open_orders(db, user, as_of),
        queue=service.queue_orders(db, Queue.OPEN_ORDER_QUEUE, as_of),
        my_quotes=service.my_open_quotes(db, user, as_of),
        quote_queue=service.quote_queue(db, as_of),
    )


def _warehouse_dashboard(errors=None, status=200):
    orders = service.to_ship(db_session())
    return render_template("console/warehouse_dashboard.html", orders=orders, errors=errors), status


@blueprint.post("/refresh")
@login_required
def refresh(user):
    """The dashboard and the report show data as of this moment from now on."""
    session[REFRESHED_AT] = now().isoformat()
    if request.form.get("back") == "report":
        flash("Report refreshed.", "success")
        return redirect(url_for(".open_orders_report"))
    flash("Dashboard refreshed.", "success")
    return redirect(url_for(".home"))


@blueprint.get("/reports/open-orders")
@login_required
def open_orders_report(user):
    """The team's open orders, with their owners: opened from here by their numbers."""
    queue = roles.order_queue_of(user.persona)
    if queue is None:
        return render_template("console/not_allowed.html", reason=roles.REPORT_REFUSAL), 403
    as_of = _refreshed_at()
    orders = service.open_orders_report(db_session(), queue, as_of)
    return render_template(
        "console/open_orders_report.html", as_of=as_of, orders=orders, queue=queue.value
    )


def _render_quote(user, quote, errors=None, form=None, status=200):
    db = db_session()
    return render_template(
        "console/quote.html",
        quote=quote,
        mine=quote.owner_id == user.id,
        may_claim=roles.may_claim(user.persona, service.queue_of(quote)),
        is_technician=user.persona == "repair_technician",
        may_evaluate=quote_rules.may_evaluate(quote.status),
        replies=quotes.customer_replies(db, quote),
        errors=errors or {},
        form=form or {},
    ), status


@blueprint.get("/quotes/<number>")
@login_required
def quote(user, number):
    found = service.quote_by_number(db_session(), number) or abort(404)
    return _render_quote(user, found)


def _act_on_quote(user, number: str, change, done: str):
    found = service.quote_by_number(db_session(), number) or abort(404)
    return _apply(user, found, change, done, _render_quote, ".quote")


@blueprint.post("/quotes/<number>/assign")
@login_required
def assign_quote(user, number):
    return _act_on_quote(
        user,
        number,
        lambda found: service.assign_to(db_session(), found, user, now()),
        "Quote {quote.number} is assigned to you.",
    )


@blueprint.post("/quotes/<number>/lines/<int:line_id>/job-number")
@login_required
def quote_line_job_number(user, number, line_id):
    return _act_on_quote(
        user,
        number,
        lambda found: quotes.set_line_job_number(
            db_session(), found, line_id, user, request.form.get("line_job_number", "")
        ),
        "The line's ASTEA job number is saved.",
    )


@blueprint.post("/quotes/<number>/present")
@login_required
def present_quote(user, number):
    return _act_on_quote(
        user,
        number,
        lambda found: quotes.present(db_session(), found, user, now()),
        "Quote {quote.number} is presented to the customer.",
    )


@blueprint.post("/quotes/<number>/lines/<int:line_id>/evaluation")
@login_required
def evaluate_line(user, number, line_id):
    return _act_on_quote(
        user,
        number,
        lambda found: quotes.record_evaluation(
            db_session(),
            found,
            line_id,
            user,
            request.form.get("repair_price", ""),
            request.form.get("notes", ""),
            now(),
        ),
        "The evaluation is recorded.",
    )


@blueprint.post("/quotes/<number>/convert")
@login_required
def convert_quote(user, number):
    return _act_on_quote(
        user,
        number,
        lambda found: quotes.convert(db_session(), found, user, now()),
        "Quote {quote.number} is now order {quote.order_number}.",
    )


@blueprint.get("/audit-log")
@login_required
def audit_log(user):
    """Who acted for which company in the store: for administrators only."""
    if user.persona != "admin":
        return render_template("console/not_allowed.html"), 403
    actor = request.args.get("actor") or None
    typed = request.args.get("page", "1")
    page = whole_number(typed, max_digits=6)
    if not page:
        message = "A page of the audit log is a whole number from 1, such as 2."
        return render_template("console/audit_log.html", entries=[], error=message), 400
    shown = audit.page_of(db_session(), actor, page)
    if page > shown.count:
        message = f"The audit log has {shown.count} page(s): there is no page {page}."
        return render_template("console/audit_log.html", entries=[], error=message), 404
    return render_template(
        "console/audit_log.html",
        entries=shown.entries,
        shown=(shown.first, shown.last, shown.total),
        newer=url_for(".audit_log", actor=actor, page=page - 1) if page > 1 else None,
        older=url_for(".audit_log", actor=actor, page=page + 1) if page < shown.count else None,
    )


@blueprint.post("/orders/<number>/ready-to-ship")
@login_required
def ready_to_ship(user, number):
    """The warehouse reports an order ready to ship (decision 8)."""
    found = _order(number)
    db.lock(db_session(), found)
    try:
        service.mark_ready_to_ship(db_session(), found, user, now())
    except Forbidden as refused:
        return render_template("console/not_allowed.html", reason=refused.errors["owner"]), 403
    except Refused as refused:
        return _warehouse_dashboard(refused.errors, 409)
    flash(f"Order {found.number} is reported ready to ship.", "success")
    return redirect(url_for(".home"))


@blueprint.get("/integration")
@login_required
def integration(user):
    """Messages the relay gave up on (dead letters): for administrators only."""
    if user.persona != "admin":
        return render_template("console/not_allowed.html"), 403
    return render_template(
        "console/integration.html",
        dead=sync.dead_letters(db_session()),
        max_attempts=delivery.MAX_ATTEMPTS,
    )


@blueprint.post("/integration/messages/<int:message_id>/retry")
@login_required
def retry_message(user, message_id):
    if user.persona != "admin":
        return render_template("console/not_allowed.html"), 403
    message = sync.retry(db_session(), message_id) or abort(404)
    flash(f"{message.key} will be sent again.", "success")
    return redirect(url_for(".integration"))


def _order(number: str):
    return service.order_by_number(db_session(), number) or abort(404)


def _render_order(user, order, errors=None, form=None, status=200):
    tab = request.args.get("tab", "details")
    line_id = request.args.get("line", type=int)
    open_line = next((line for line in order.lines if line.id == line_id), None)
    if form is not None and form.get("line_id"):  # a refused line edit reopens its pop-up
        open_line = next((line for line in order.lines if str(line.id) == form["line_id"]), None)
        tab = "related"
    return render_template(
        "console/order.html",
        order=order,
        path=SALESFORCE_ORDER_PATH,
        mine=order.owner_id == user.id,
        may_claim=roles.may_claim(user.persona, service.queue_of(order)),
        open_for_edits=order_rules.editable_lines(order.status),
        editing_name=request.args.get("edit") == "name" or "job_number" in (errors or {}),
        tab="related" if open_line else tab,
        chosen_step=request.args.get("step") or (form or {}).get("status") or order.status,
        celebrate=request.args.get("celebrate") == "1",
        open_line=open_line,
        errors=errors or {},
        activation_refused=any(key.startswith("activation_") for key in errors or {}),
        form=form or {},
    ), status


@blueprint.get("/orders/<number>")
@login_required
def order(user, number):
    return _render_order(user, _order(number))


def _act(user, number: str, change, done: str, **where):
    return _apply(user, _order(number), change, done, _render_order, ".order", **where)


def _apply(user, found, change, done: str, render, endpoint: str, **where):
    """Apply one change to an order or quote; refused, its page comes back with why and what
    was typed (403 when it is not this user's to change). Changes to one record are made one
    at a time, each seeing the last one's result."""
    db.lock(db_session(), found)
    try:
        change(found)
    except Forbidden as refused:
        return render(user, found, refused.errors, request.form, 403)
    except Refused as refused:
        return render(user, found, refused.errors, request.form, 422)
    flash(done.format(**{found.record_label: found}), "success")
    return redirect(url_for(endpoint, number=found.number, **where))


@blueprint.post("/orders/<number>/assign")
@login_required
def assign(user, number):
    return _act(
        user,
        number,
        lambda order: service.assign_to(db_session(), order, user, now()),
        "Order {order.number} is assigned to you.",
    )


@blueprint.post("/orders/<number>/job-number")
@login_required
def job_number(user, number):
    return _act(
        user,
        number,
        lambda order: service.set_job_number(
            db_session(), order, user, request.form.get("job_number")
        ),
        "The ASTEA job number was saved.",
    )


@blueprint.post("/orders/<number>/lines/<int:line_id>/job-number")
@login_required
def line_job_number(user, number, line_id):
    return _act(
        user,
        number,
        lambda order: service.set_line_job_number(
            db_session(), order, line_id, user, request.form.get("line_job_number")
        ),
        "The line's ASTEA job number was saved.",
        tab="related",
    )


@blueprint.post("/orders/<number>/comments")
@login_required
def add_comment(user, number):
    return _act(
        user,
        number,
        lambda order: service.add_comment(
            db_session(),
            order,
            user,
            request.form.get("comment", ""),
            request.form.get("confirms_vendor") == "yes",
            now(),
        ),
        "Your comment was added to the Order Comments.",
        _anchor="comments",
    )


@blueprint.post("/orders/<number>/shipping-and-billing")
@login_required
def shipping_and_billing(user, number):
    return _act(
        user,
        number,
        lambda order: service.save_shipping_and_billing(
            db_session(),
            order,
            user,
            request.form.get("payment_captured") == "yes",
            request.form.get("tracking_number", ""),
        ),
        "Shipping and Billing Information saved.",
        _anchor="shipbill",
    )


@blueprint.post("/orders/<number>/status")
@login_required
def mark_as_current_status(user, number):
    return _act(
        user,
        number,
        lambda order: service.mark_as_current_status(
            db_session(), order, user, request.form.get("status", ""), now()
        ),
        "Status changed to {order.status}.",
        celebrate=1,
    )


@blueprint.post("/orders/<number>/lines/<int:line_id>/change")
@login_required
def change_line(user, number, line_id):
    return _act(
        user,
        number,
        lambda order: service.change_line(
            db_session(),
            order,
            user,
            line_id,
            request.form.get("quantity"),
            request.form.get("unit_price"),
            now(),
        ),
        "The line was changed. Order status: {order.status}.",
        tab="related",
    )


@blueprint.post("/orders/<number>/lines/<int:line_id>/delete")
@login_required
def delete_line(user, number, line_id):
    return _act(
        user,
        number,
        lambda order: service.delete_line(db_session(), order, user, line_id, now()),
        "The line was deleted. Order status: {order.status}.",
        tab="related",
    )
