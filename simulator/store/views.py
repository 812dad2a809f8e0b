"""The storefront (BigCommerce B2B Edition look-alike). Views translate HTTP to service calls."""

from functools import wraps

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select

from .. import auth
from ..clock import now
from ..db import session
from ..domain import checkout as checkout_rules
from ..domain.catalogue import SEARCH_LENGTH_MAX, search_error
from ..domain.errors import Forbidden, Refused
from ..domain.personas import REP_PERSONAS, STORE_PERSONAS
from . import acting, cart, checkout, orders
from .models import StoreUser

blueprint = Blueprint("store", __name__, template_folder="templates")
login_required = auth.login_required("store", StoreUser)


@blueprint.before_request
def load_user_and_company():
    """Who is signed in and which company they act for, for every view and template."""
    g.store_user = auth.current_user("store", StoreUser)
    g.store_company = acting.acting_company(session(), g.store_user) if g.store_user else None


@blueprint.url_defaults
def scope_to_acting_company(endpoint, values):
    """url_for() of a company-scoped page means the company being acted for."""
    company = g.get("store_company")
    if (
        company is not None
        and "company_id" not in values
        and current_app.url_map.is_endpoint_expecting(endpoint, "company_id")
    ):
        values["company_id"] = company.id


@blueprint.context_processor
def store_context():
    user, company = g.get("store_user"), g.get("store_company")
    cart_count = (
        sum(line.quantity for line in cart.cart_lines(session(), user, company)) if company else 0
    )
    return {
        "user": user,
        "company": company,
        "masquerading": company is not None and user.persona in REP_PERSONAS,
        "cart_count": cart_count,
        "personas": STORE_PERSONAS,
    }


def _from_this_site() -> bool:
    """Whether the request proves to be the person's own, so that a refusal may be put on their
    record: a POST carried the form's CSRF token; a GET must say, by its Sec-Fetch-Site
    header, that this site or the person (a typed address, a bookmark) sent it. A GET that says
    nothing may have come from a link or redirect on another site (an older browser, another
    client): it is refused all the same, but not recorded against the user."""
    if request.method == "POST":
        return True
    return request.headers.get("Sec-Fetch-Site") in ("same-origin", "none")


def _forbidden(refused: Forbidden):
    return render_template("store/forbidden.html", message=refused.errors["company"]), 403


def company_required(view):
    """Company-scoped views get (user, company) for the company in their URL, once the server
    has checked that the user acts for it: a buyer for their own, a rep while masquerading."""

    @login_required
    @wraps(view)
    def wrapped(user, company_id, *args, **kwargs):
        company = g.store_company  # already checked for this request by load_user_and_company
        what = f"{request.method} {request.path}"
        try:
            if company is None or company.id != company_id:
                company = acting.company_to_act_for(
                    session(), user, company_id, what, now(), logged=_from_this_site()
                )
        except Forbidden as refused:
            return _forbidden(refused)
        except Refused as refused:
            flash(refused.errors["company"], "warning")
            return redirect(url_for(".home"), 303)
        return view(user, company, *args, **kwargs)

    return wrapped


def _to_acting_company(endpoint: str):
    """The unscoped address of a company page leads to the acting company's."""
    company = g.get("store_company")
    if company is None:
        flash("Choose a company to act for before shopping.", "warning")
        return redirect(url_for(".home"))
    return redirect(url_for(endpoint, company_id=company.id, **request.args))


# -- log in -------------------------------------------------------------------------------


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    return auth.sign_in_page(
        "store",
        "store/login.html",
        lambda email: session().scalar(select(StoreUser).where(StoreUser.email == email)),
        home=".home",
    )


@blueprint.post("/logout")
def logout():
    if g.store_user is not None:
        acting.end_masquerade(session(), g.store_user, now(), detail="signed out")
    auth.sign_out("store")
    return redirect(url_for(".login"))


@blueprint.get("/")
@login_required
def home(user):
    db = session()
    is_rep = user.persona in REP_PERSONAS
    # A rep's dashboard lists the orders they placed; a buyer's, the company's.
    recent = orders.orders_for(db, user, None if is_rep else g.store_company)[:5]
    return render_template(
        "store/home.html",
        orders=recent,
        is_rep=is_rep,
        assigned=acting.assigned_companies(db, user) if is_rep else [],
    )


# -- masquerade (qrg86.1-7) ---------------------------------------------------------------


@blueprint.post("/companies/<int:company_id>/masquerade")
@login_required
def start_masquerade(user, company_id):
    try:
        company = acting.start_masquerade(session(), user, company_id, now())
    except Forbidden as refused:
        return _forbidden(refused)
    flash(f"You are now acting as {company.name}. Your cart was emptied.", "success")
    return redirect(url_for(".home"))


@blueprint.post("/masquerade/end")
@login_required
def end_masquerade(user):
    ended = acting.end_masquerade(session(), user, now())
    if ended is not None:
        flash(f"You are no longer acting as {ended.name}.", "success")
    return redirect(url_for(".home"))


# -- catalogue ----------------------------------------------------------------------------


@blueprint.get("/catalog")
def catalog_of_acting_company():
    return _to_acting_company(".catalog")


@blueprint.get("/cart")
def cart_of_acting_company():
    return _to_acting_company(".cart")


@blueprint.get("/checkout")
def checkout_of_acting_company():
    return _to_acting_company(".checkout")


@blueprint.get("/companies/<int:company_id>/catalog")
@company_required
def catalog(user, company):
    query = request.args.get("q", "").strip()
    if message := search_error(query):
        shown = query[:SEARCH_LENGTH_MAX]
        return render_template("store/catalog.html", products=[], query=shown, error=message), 400
    products = cart.search_products(session(), query)
    return render_template("store/catalog.html", products=products, query=query)


@blueprint.get("/companies/<int:company_id>/products/<sku>")
@company_required
def product(user, company, sku):
    item = cart.product_by_sku(session(), sku) or abort(404)
    return render_template("store/product.html", product=item, errors={}, form={})


@blueprint.post("/companies/<int:company_id>/products/<sku>/cart")
@company_required
def add_to_cart(user, company, sku):
    item = cart.product_by_sku(session(), sku) or abort(404)
    try:
        cart.add_to_cart(
            session(),
            user,
            company,
            item,
            request.form.get("quantity", "1"),
            request.form.get("problem_description"),
        )
    except Refused as refused:
        return render_template(
            "store/product.html", product=item, errors=refused.errors, form=request.form
        ), 422
    flash(f"{item.name} was added to your cart.", "success")
    return redirect(url_for(".cart"))


# -- cart ---------------------------------------------------------------------------------


@blueprint.get("/companies/<int:company_id>/cart", endpoint="cart")
@company_required
def show_cart(user, company):
    return _render_cart(user, company)


def _render_cart(user, company, errors=None, edited=None, status=200):
    lines = cart.cart_lines(session(), user, company)
    return render_template(
        "store/cart.html",
        lines=lines,
        total=cart.cart_total(lines),
        errors=errors or {},
        edited=edited,
    ), status


@blueprint.post("/companies/<int:company_id>/cart/lines/<int:line_id>")
@company_required
def update_cart_line(user, company, line_id):
    line = cart.own_cart_line(session(), user, company, line_id) or abort(404)
    try:
        cart.update_cart_line(
            session(), line, request.form.get("quantity"), request.form.get("problem_description")
        )
    except Refused as refused:
        return _render_cart(user, company, refused.errors, {"id": line_id, **request.form}, 422)
    flash("Your cart was updated.", "success")
    return redirect(url_for(".cart"))


@blueprint.post("/companies/<int:company_id>/cart/lines/<int:line_id>/remove")
@company_required
def remove_cart_line(user, company, line_id):
    line = cart.own_cart_line(session(), user, company, line_id) or abort(404)
    cart.remove_cart_line(session(), line)
    flash(f"{line.product.name} was removed from your cart.", "success")
    return redirect(url_for(".cart"))


# -- checkout -----------------------------------------------------------------------------


def _render_checkout(user, company, errors=None, form=None, status=200):
    db = session()
    lines = cart.cart_lines(db, user, company)
    if not lines:
        flash(checkout_rules.EMPTY_CART_MESSAGE, "warning")
        return redirect(url_for(".cart"))
    draft = checkout.draft_for(db, user, company)
    return render_template(
        "store/checkout.html",
        draft=draft,
        lines=lines,
        total=cart.cart_total(lines),
        errors=errors or {},
        form=form or {},
        shipping_methods=checkout_rules.SHIPPING_METHODS,
        payment_methods=checkout_rules.allowed_payment_methods(checkout.company_terms(company)),
        address_labels=checkout_rules.Address.LABELS,
    ), status


def _shipping_form(form) -> checkout.ShippingForm:
    return checkout.ShippingForm(
        site_id=form.get("site_id"),
        address=checkout_rules.Address.from_mapping(form, "ship_"),
        method=form.get("shipping_method", ""),
        other_comments=form.get("other_comments", ""),
    )


def _payment_form(form, method: str) -> checkout_rules.PaymentInput:
    fields = ("po_number", "card_number", "card_name", "card_expiry", "card_cvv", "paypal_email")
    return checkout_rules.PaymentInput(
        method=method, **{name: form.get(name, "") for name in fields}
    )


def _submitted_billing(form) -> checkout_rules.Address | None:
    """The page sends the read-only billing fields back; the server checks them unchanged."""
    if not any(key.startswith("bill_") for key in form):
        return None
    return checkout_rules.Address.from_mapping(form, "bill_")


@blueprint.get("/companies/<int:company_id>/checkout", endpoint="checkout")
@company_required
def show_checkout(user, company):
    return _render_checkout(user, company)


@blueprint.post("/companies/<int:company_id>/checkout/shipping")
@company_required
def checkout_shipping(user, company):
    draft = checkout.draft_for(session(), user, company)
    try:
        checkout.save_shipping(session(), draft, company, _shipping_form(request.form))
    except Refused as refused:
        return _render_checkout(user, company, refused.errors, request.form, 422)
    return redirect(url_for(".checkout", _anchor="billing"))


@blueprint.post("/companies/<int:company_id>/checkout/billing")
@company_required
def checkout_billing(user, company):
    draft = checkout.draft_for(session(), user, company)
    try:
        checkout.confirm_billing(session(), draft, company, _submitted_billing(request.form))
    except Refused as refused:
        return _render_checkout(user, company, refused.errors, request.form, 422)
    return redirect(url_for(".checkout", _anchor="payment"))


@blueprint.post("/companies/<int:company_id>/checkout/edit/<step>")
@company_required
def checkout_edit(user, company, step):
    checkout.reopen_step(session(), checkout.draft_for(session(), user, company), step)
    return redirect(url_for(".checkout", _anchor=step))


@blueprint.post("/companies/<int:company_id>/checkout/place")
@company_required
def place_order(user, company):
    form = request.form
    place = checkout.PlaceOrderRequest(
        payment=_payment_form(form, form.get("payment_method", "")),
        accepted_terms=form.get("accept_terms") == "yes",
        submitted_billing=_submitted_billing(form),
    )
    try:
        order = checkout.place_order(session(), user, company, place, now())
    except Refused as refused:
        if "cart" in refused.errors:  # ordered meanwhile (another tab) or emptied: a conflict
            return _render_cart(user, company, refused.errors, status=409)
        return _render_checkout(user, company, refused.errors, form, 422)
    return redirect(url_for(".confirmation", number=order.number))


# -- orders -------------------------------------------------------------------------------


@blueprint.get("/orders", endpoint="orders")
@login_required
def my_orders(user):
    """A buyer's orders are the company's; a rep's, the ones they placed for any company."""
    company = None if user.persona in REP_PERSONAS else g.store_company
    found = orders.orders_for(session(), user, company)
    return render_template("store/orders.html", orders=found, for_company=company)


@blueprint.get("/companies/<int:company_id>/orders")
@company_required
def company_orders(user, company):
    found = orders.orders_for(session(), user, company)
    return render_template("store/orders.html", orders=found, for_company=company)


def _visible_order(user, number, template):
    try:
        found = orders.visible_order(session(), user, number, now(), _from_this_site())
    except Forbidden as refused:
        return _forbidden(refused)
    return render_template(template, order=found)


@blueprint.get("/orders/<number>")
@login_required
def order(user, number):
    return _visible_order(user, number, "store/order.html")


@blueprint.post("/orders/<number>/approve-quote")
@login_required
def approve_quote(user, number):
    """The buyer or rep agrees to the presented repair quote (qrg86.after.priced)."""
    try:
        found = orders.visible_order(session(), user, number, now())
        orders.approve_quote(session(), user, found, now())
    except Forbidden as refused:
        return _forbidden(refused)
    except Refused as refused:
        return render_template("store/order.html", order=found, errors=refused.errors), 422
    flash(f"Thank you: you approved the repair quote for order {number}.", "success")
    return redirect(url_for(".order", number=number))


@blueprint.get("/orders/<number>/confirmation")
@login_required
def confirmation(user, number):
    return _visible_order(user, number, "store/confirmation.html")


# -- re-authorizing a changed amount ------------------------------------------------------


def _reauthorization(user, number, nonce):
    """The request behind the link, for its own customer only; else the reason it fails."""
    return orders.reauthorization_request(
        session(), user, number, nonce, request.args.get("amount", type=int), now()
    )


def _reauthorization_or_refusal(user, number, nonce):
    try:
        return _reauthorization(user, number, nonce), None
    except Refused as refused:
        page = render_template("store/reauthorize_refused.html", reason=refused.errors["link"])
        return None, (page, 410)


# Two views, not one that tests the method: a HEAD (answered as GET, and never checked for
# CSRF) must not reach the branch that authorizes the amount.
@blueprint.get("/orders/<number>/reauthorize/<nonce>")
@login_required
def reauthorize_page(user, number, nonce):
    found, refusal = _reauthorization_or_refusal(user, number, nonce)
    return refusal or render_template("store/reauthorize.html", found=found, errors={}, form={})


@blueprint.post("/orders/<number>/reauthorize/<nonce>")
@login_required
def reauthorize(user, number, nonce):
    found, refusal = _reauthorization_or_refusal(user, number, nonce)
    if refusal:
        return refusal
    form = request.form
    payment = _payment_form(form, found.order.payment_method)
    try:
        orders.authorize_new_amount(session(), found, payment, now())
    except Refused as refused:
        if "link" in refused.errors:
            return render_template(
                "store/reauthorize_refused.html", reason=refused.errors["link"]
            ), 410
        return render_template(
            "store/reauthorize.html", found=found, errors=refused.errors, form=form
        ), 422
    flash(f"Thank you: the new amount of order {number} is authorized.", "success")
    return redirect(url_for(".order", number=number))
