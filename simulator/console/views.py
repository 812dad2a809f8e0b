"""The CSR console (Salesforce look-alike). Views translate HTTP to service calls."""

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from sqlalchemy import select

from .. import auth, now
from ..db import session as db_session
from ..domain.personas import CONSOLE_PERSONAS
from ..domain.routing import Queue
from ..domain.statuses import SALESFORCE_ORDER_PATH
from . import service
from .models import ConsoleUser

blueprint = Blueprint("console", __name__, template_folder="templates")
login_required = auth.login_required("console", ConsoleUser)
REFRESHED_AT = "console_refreshed_at"


@blueprint.context_processor
def console_context():
    return {"user": auth.current_user("console", ConsoleUser), "personas": CONSOLE_PERSONAS}


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    email = request.form.get("username", "").strip().lower()
    if request.method == "POST":
        user = db_session().scalar(select(ConsoleUser).where(ConsoleUser.email == email))
        if auth.verify(user, request.form.get("password", "")):
            auth.log_in("console", user.id)
            session[REFRESHED_AT] = now().isoformat()
            return redirect(auth.safe_next(request.args.get("next"), url_for(".home")))
        flash(auth.BAD_LOGIN_MESSAGE, "error")
        return render_template("console/login.html", email=email), 401
    return render_template("console/login.html", email=email)


@blueprint.post("/logout")
def logout():
    auth.log_out("console")
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
    if user.persona != "csr":
        return render_template("console/home.html")
    return render_template(
        "console/csr_dashboard.html",
        as_of=as_of,
        my_orders=service.my_open_orders(db, user, as_of),
        queue=service.queue_orders(db, Queue.OPEN_ORDER_QUEUE, as_of),
    )


@blueprint.post("/refresh")
@login_required
def refresh(user):
    session[REFRESHED_AT] = now().isoformat()
    flash("Dashboard refreshed.", "success")
    return redirect(url_for(".home"))


@blueprint.get("/orders/<number>")
@login_required
def order(user, number):
    found = service.order_by_number(db_session(), number) or abort(404)
    return render_template("console/order.html", order=found, path=SALESFORCE_ORDER_PATH)
