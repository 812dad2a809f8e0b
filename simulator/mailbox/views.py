"""The mailbox page: what every recipient was sent, newest first, with working links."""

from flask import Blueprint, abort, render_template, request

from ..db import session
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
    return render_template("mailbox/message.html", mail=mail)
