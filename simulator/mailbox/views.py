"""The mailbox page: what every recipient was sent, newest first, with working links."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from .. import now
from ..db import session
from ..domain.errors import Refused
from . import service
from .models import Mail

blueprint = Blueprint("mailbox", __name__, template_folder="templates")


@blueprint.get("/")
def inbox():
    to = request.args.get("to", "").strip()
    return render_template("mailbox/inbox.html", mails=service.inbox(session(), to), to=to)


@blueprint.get("/<int:mail_id>")
def message(mail_id):
    mail = session().get(Mail, mail_id) or abort(404)
    return render_template("mailbox/message.html", mail=mail, errors={}, form={})


@blueprint.post("/<int:mail_id>/reply")
def reply(mail_id):
    mail = session().get(Mail, mail_id) or abort(404)
    try:
        sent = service.reply(session(), mail, request.form.get("body", ""), now())
    except Refused as refused:
        return render_template(
            "mailbox/message.html", mail=mail, errors=refused.errors, form=request.form
        ), 422
    flash(f"Your reply was sent to {sent.to_address}.", "success")
    return redirect(url_for(".message", mail_id=mail.id))
