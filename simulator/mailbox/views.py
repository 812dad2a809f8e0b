"""The mailbox: the email the simulator sent, with working links and replies.

Outside testing mode it stands in for each person's own email (DOMAIN.md decision 14): one
signs in with their store or console account and reads and answers only mail addressed to
them. In testing mode (OPEN_MAILBOX) it is a fixture that shows anyone's mail."""

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select

from .. import auth
from ..clock import now
from ..console.models import ConsoleUser
from ..db import session
from ..domain.errors import Refused
from ..store.models import StoreUser
from . import service
from .models import Mail

blueprint = Blueprint("mailbox", __name__, template_folder="templates")


def _is_open() -> bool:
    return current_app.config["OPEN_MAILBOX"]


@blueprint.context_processor
def mailbox_context():
    return {"reader": auth.signed_in_subject("mailbox"), "open_mailbox": _is_open()}


def reader_required(view):
    """The signed-in reader's address as the first argument (None in an open mailbox)."""

    def wrapped(*args, **kwargs):
        reader = auth.signed_in_subject("mailbox")
        if reader is None and not _is_open():
            return redirect(url_for(".login", next=request.full_path))
        return view(reader, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _account(email: str):
    """Anyone with a store or console account has a mailbox at that address."""
    db = session()
    return db.scalar(select(StoreUser).where(StoreUser.email == email)) or db.scalar(
        select(ConsoleUser).where(ConsoleUser.email == email)
    )


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    return auth.sign_in_page(
        "mailbox",
        "mailbox/login.html",
        _account,
        home=".inbox",
        subject_of=lambda account, email: email,
    )


@blueprint.post("/logout")
def logout():
    auth.sign_out("mailbox")
    return redirect(url_for(".login"))


def _readable(reader: str | None, mail_id: int) -> Mail:
    """The email, if this reader may read it: their own, or anyone's in an open mailbox. Other
    people's mail is not found, so its existence is not revealed."""
    mail = session().get(Mail, mail_id)
    if mail is None or (reader is not None and mail.to_address != reader):
        abort(404)
    if reader is None and not _is_open():
        abort(404)
    return mail


@blueprint.get("/")
@reader_required
def inbox(reader):
    to = reader or request.args.get("to", "").strip()
    return render_template("mailbox/inbox.html", mails=service.inbox(session(), to), to=to)


@blueprint.get("/<int:mail_id>")
@reader_required
def message(reader, mail_id):
    return render_template(
        "mailbox/message.html", mail=_readable(reader, mail_id), errors={}, form={}
    )


@blueprint.post("/<int:mail_id>/reply")
@reader_required
def reply(reader, mail_id):
    mail = _readable(reader, mail_id)
    try:
        sent = service.reply(session(), mail, request.form.get("body", ""), now())
    except Refused as refused:
        return render_template(
            "mailbox/message.html", mail=mail, errors=refused.errors, form=request.form
        ), 422
    flash(f"Your reply was sent to {sent.to_address}.", "success")
    return redirect(url_for(".message", mail_id=mail.id))
