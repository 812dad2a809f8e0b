"""The storefront (BigCommerce B2B Edition look-alike). Views translate HTTP to service calls."""

from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from .. import auth, now
from ..db import session
from ..domain import checkout as rules
from ..domain.personas import REP_PERSONAS, STORE_PERSONAS
from . import service
from .models import StoreUser

blueprint = Blueprint("store", __name__, template_folder="templates")
login_required = auth.login_required("store", StoreUser)


@blueprint.context_processor
def store_context():
    user = auth.current_user("store", StoreUser)
    company = service.acting_company(user) if user else None
    cart_count = (
        sum(line.quantity for line in service.cart_lines(session(), user, company))
        if company
        else 0
    )
    return {
        "user": user,
        "company": company,
        "cart_count": cart_count,
        "personas": STORE_PERSONAS,
    }


def company_required(view):
    """Views that shop for a company get (user, company); a rep must choose a company first."""

    @login_required
    @wraps(view)
    def wrapped(user, *args, **kwargs):
        company = service.acting_company(user)
        if company is None:
            flash("Choose a company to act for before shopping.", "warning")
            return redirect(url_for(".home"))
        return view(user, company, *args, **kwargs)

    return wrapped


# -- log in -------------------------------------------------------------------------------


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    email = request.form.get("email", "").strip().lower()
    if request.method == "POST":
        user = session().scalar(select(StoreUser).where(StoreUser.email == email))
        if auth.verify(user, request.form.get("password", "")):
            auth.log_in("store", user.id)
            return redirect(auth.safe_next(request.args.get("next"), url_for(".home")))
        flash(auth.BAD_LOGIN_MESSAGE, "error")
        return render_template("store/login.html", email=email), 401
    return render_template("store/login.html", email=email)


@blueprint.post("/logout")
def logout():
    auth.log_out("store")
    return redirect(url_for(".login"))


@blueprint.get("/")
@login_required
def home(user):
    company = service.acting_company(user)
    orders = service.orders_for(session(), user, company)[:5]
    return render_template("store/home.html", orders=orders, is_rep=user.persona in REP_PERSONAS)


# -- catalogue ----------------------------------------------------------------------------


@blueprint.get("/catalog")
@company_required
def catalog(user, company):
    query = request.args.get("q", "").strip()
    products = service.search_products(session(), query)
    return render_template("store/catalog.html", products=products, query=query)


@blueprint.get("/products/<sku>")
@company_required
def product(user, company, sku):
    item = service.product_by_sku(session(), sku) or abort(404)
    return render_template("store/product.html", product=item, errors={}, form={})


@blueprint.post("/products/<sku>/cart")
@company_required
def add_to_cart(user, company, sku):
    item = service.product_by_sku(session(), sku) or abort(404)
    try:
        service.add_to_cart(
            session(),
            user,
            company,
            item,
            request.form.get("quantity", "1"),
            request.form.get("problem_description"),
        )
    except service.Refused as refused:
        return render_template(
            "store/product.html", product=item, errors=refused.errors, form=request.form
        ), 422
    flash(f"{item.name} was added to your cart.", "success")
    return redirect(url_for(".cart"))


# -- cart ---------------------------------------------------------------------------------


@blueprint.get("/cart")
@company_required
def cart(user, company):
    lines = service.cart_lines(session(), user, company)
    return render_template(
        "store/cart.html", lines=lines, total=service.cart_total(lines), errors={}, edited=None
    )


@blueprint.post("/cart/lines/<int:line_id>")
@company_required
def update_cart_line(user, company, line_id):
    line = service.own_cart_line(session(), user, company, line_id) or abort(404)
    try:
        service.update_cart_line(
            session(), line, request.form.get("quantity"), request.form.get("problem_description")
        )
    except service.Refused as refused:
        lines = service.cart_lines(session(), user, company)
        return render_template(
            "store/cart.html",
            lines=lines,
            total=service.cart_total(lines),
            errors=refused.errors,
            edited={"id": line_id, **request.form},
        ), 422
    flash("Your cart was updated.", "success")
    return redirect(url_for(".cart"))


@blueprint.post("/cart/lines/<int:line_id>/remove")
@company_required
def remove_cart_line(user, company, line_id):
    line = service.own_cart_line(session(), user, company, line_id) or abort(404)
    service.remove_cart_line(session(), line)
    flash(f"{line.product.name} was removed from your cart.", "success")
    return redirect(url_for(".cart"))


# -- checkout -----------------------------------------------------------------------------


def _render_checkout(user, company, errors=None, form=None, status=200):
    db = session()
    lines = service.cart_lines(db, user, company)
    if not lines:
        flash("Your cart is empty: add a product before checking out.", "warning")
        return redirect(url_for(".cart"))
    draft = service.draft_for(db, user, company)
    return render_template(
        "store/checkout.html",
        draft=draft,
        lines=lines,
        total=service.cart_total(lines),
        errors=errors or {},
        form=form or {},
        shipping_methods=rules.SHIPPING_METHODS,
        payment_methods=rules.allowed_payment_methods(service.company_terms(company)),
        address_labels=rules.Address.LABELS,
    ), status


def _shipping_form(form) -> service.ShippingForm:
    return service.ShippingForm(
        site_id=form.get("site_id"),
        address=rules.Address.from_mapping(form, "ship_"),
        method=form.get("shipping_method", ""),
        other_comments=form.get("other_comments", ""),
    )


def _payment_form(form, method: str) -> rules.PaymentInput:
    fields = ("po_number", "card_number", "card_name", "card_expiry", "card_cvv", "paypal_email")
    return rules.PaymentInput(method=method, **{name: form.get(name, "") for name in fields})


def _submitted_billing(form) -> rules.Address | None:
    """The page sends the read-only billing fields back; the server checks them unchanged."""
    if not any(key.startswith("bill_") for key in form):
        return None
    return rules.Address.from_mapping(form, "bill_")


@blueprint.get("/checkout")
@company_required
def checkout(user, company):
    return _render_checkout(user, company)


@blueprint.post("/checkout/shipping")
@company_required
def checkout_shipping(user, company):
    draft = service.draft_for(session(), user, company)
    try:
        service.save_shipping(session(), draft, company, _shipping_form(request.form))
    except service.Refused as refused:
        return _render_checkout(user, company, refused.errors, request.form, 422)
    return redirect(url_for(".checkout", _anchor="billing"))


@blueprint.post("/checkout/billing")
@company_required
def checkout_billing(user, company):
    draft = service.draft_for(session(), user, company)
    try:
        service.confirm_billing(session(), draft, company, _submitted_billing(request.form))
    except service.Refused as refused:
        return _render_checkout(user, company, refused.errors, request.form, 422)
    return redirect(url_for(".checkout", _anchor="payment"))


@blueprint.post("/checkout/edit/<step>")
@company_required
def checkout_edit(user, company, step):
    service.reopen_step(session(), service.draft_for(session(), user, company), step)
    return redirect(url_for(".checkout", _anchor=step))


@blueprint.post("/checkout/place")
@company_required
def place_order(user, company):
    form = request.form
    place = service.PlaceOrderRequest(
        payment=_payment_form(form, form.get("payment_method", "")),
        accepted_terms=form.get("accept_terms") == "yes",
        submitted_billing=_submitted_billing(form),
    )
    try:
        order = service.place_order(session(), user, company, place, now())
    except service.Refused as refused:
        return _render_checkout(user, company, refused.errors, form, 422)
    return redirect(url_for(".confirmation", number=order.number))


# -- orders -------------------------------------------------------------------------------


@blueprint.get("/orders")
@login_required
def orders(user):
    company = service.acting_company(user)
    return render_template("store/orders.html", orders=service.orders_for(session(), user, company))


@blueprint.get("/orders/<number>")
@login_required
def order(user, number):
    found = service.visible_order(session(), user, service.acting_company(user), number)
    return render_template("store/order.html", order=found or abort(404))


@blueprint.get("/orders/<number>/confirmation")
@login_required
def confirmation(user, number):
    found = service.visible_order(session(), user, service.acting_company(user), number)
    return render_template("store/confirmation.html", order=found or abort(404))


# -- re-authorizing a changed amount ------------------------------------------------------


def _reauthorization(user, number, nonce):
    """The request behind the link, for its own customer only; else the reason it fails."""
    request_row = service.reauthorization_request(
        session(), number, nonce, request.args.get("amount", type=int), now()
    )
    if request_row.order.customer_id != user.id:
        raise service.Refused({"link": "This link is for another customer."})
    return request_row


@blueprint.route("/orders/<number>/reauthorize/<nonce>", methods=["GET", "POST"])
@login_required
def reauthorize(user, number, nonce):
    try:
        found = _reauthorization(user, number, nonce)
    except service.Refused as refused:
        return render_template("store/reauthorize_refused.html", reason=refused.errors["link"]), 410
    if request.method == "GET":
        return render_template("store/reauthorize.html", found=found, errors={}, form={})
    form = request.form
    payment = _payment_form(form, found.order.payment_method)
    try:
        service.authorize_new_amount(session(), found, payment, now())
    except service.Refused as refused:
        if "link" in refused.errors:
            return render_template(
                "store/reauthorize_refused.html", reason=refused.errors["link"]
            ), 410
        return render_template(
            "store/reauthorize.html", found=found, errors=refused.errors, form=form
        ), 422
    flash(f"Thank you: the new amount of order {number} is authorized.", "success")
    return redirect(url_for(".order", number=number))
