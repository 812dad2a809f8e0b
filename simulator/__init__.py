"""The reference simulator of the ATS store (BigCommerce B2B Edition) and CSR console (Salesforce).

create_app() builds one Flask application that serves both systems under separate
prefixes (/store and /console), with their own tables, joined only by the integration.
"""

import os
import secrets
from pathlib import Path

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.routing import IntegerConverter

from . import auth, db, seeding
from .clock import Clock
from .domain.money import format_money
from .domain.text import forbidden_character
from .integration.sync import Integration

csrf = CSRFProtect()


def _secret_key(instance_path: Path) -> str:
    """SIM_SECRET_KEY if given, else a key generated once and kept in the instance folder."""
    if key := os.environ.get("SIM_SECRET_KEY"):
        return key
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _truthy(value) -> bool:
    return str(value).lower() in {"1", "true", "yes", "on"}


class DatabaseId(IntegerConverter):
    """<int:...> in every route: a number too large for a database integer matches no route
    (404) instead of failing in the database (500)."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", 2**63 - 1)
        super().__init__(url_map, *args, **kwargs)


def create_app(config: dict | None = None) -> Flask:
    """Settings, in order of precedence: `config`, then SIM_* environment variables.

    DATABASE_URL  any SQLAlchemy URL (SIM_DATABASE_URL); SQLite in the instance folder by default
    TESTING_API   mount the test-control API at /_sim (SIM_TESTING=1)
    OPEN_MAILBOX  anyone may read any mailbox (default: as TESTING_API)
    """
    config = dict(config or {})
    app = Flask(__name__, instance_path=config.pop("INSTANCE_PATH", None))
    app.url_map.converters["int"] = DatabaseId
    instance = Path(app.instance_path)
    app.config.update(
        SECRET_KEY=_secret_key(instance),
        DATABASE_URL=os.environ.get("SIM_DATABASE_URL") or f"sqlite:///{instance / 'simulator.db'}",
        TESTING_API=_truthy(os.environ.get("SIM_TESTING", "")),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # Served over HTTPS (behind a proxy that terminates TLS), the cookie must say Secure.
        SESSION_COOKIE_SECURE=_truthy(os.environ.get("SIM_SECURE_COOKIES", "")),
        WTF_CSRF_TIME_LIMIT=None,  # a form left open over lunch still submits
        # No form of either system comes near these: anything larger is refused (413) before
        # it is read, so no request can tie the server up with megabytes of text.
        MAX_CONTENT_LENGTH=256 * 1024,
        MAX_FORM_MEMORY_SIZE=64 * 1024,
        # The style sheets are asked for again only after an hour, not on every page: a page
        # then costs the server and the browser one request, not two.
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.config.update(config)
    # Testing mode shows every mailbox (a fixture); otherwise each person reads their own.
    app.config.setdefault("OPEN_MAILBOX", app.config["TESTING_API"])
    instance.mkdir(parents=True, exist_ok=True)

    database = db.Database(app.config["DATABASE_URL"])
    if not database.schema_is_current():
        app.logger.warning("The database was made by an older simulator: rebuilding it.")
        database.rebuild()
    if not seeding.is_seeded(database):
        seeding.reset(database)
    clock = Clock()
    app.extensions["database"] = database
    app.extensions["clock"] = clock
    app.extensions["integration"] = Integration(database, clock)
    app.teardown_appcontext(db.close_session)

    app.session_interface = auth.CookiePerSystem()
    csrf.init_app(app)
    app.jinja_env.filters["money"] = format_money
    app.jinja_env.filters["stamp"] = lambda moment: moment.strftime("%b %d, %Y %H:%M:%S UTC")

    from .console.views import blueprint as console_blueprint
    from .mailbox.views import blueprint as mailbox_blueprint
    from .store.views import blueprint as store_blueprint

    app.register_blueprint(store_blueprint, url_prefix="/store")
    app.register_blueprint(console_blueprint, url_prefix="/console")
    app.register_blueprint(mailbox_blueprint, url_prefix="/mailbox")
    if app.config["TESTING_API"]:
        from .control.views import blueprint as control_blueprint

        csrf.exempt(control_blueprint)  # a JSON API for test harnesses, never mounted in production
        app.register_blueprint(control_blueprint, url_prefix="/_sim")

    @app.before_request
    def refuse_untypeable_text():
        """No form takes a character no one types (a NUL, a direction override): refused
        before any view reads the form, so no field of any form can store or show one."""
        if request.method == "POST" and request.mimetype != "application/json":
            for name, value in request.form.items(multi=True):
                if name != "csrf_token" and (problem := forbidden_character(value)):
                    return render_template("refused.html", message=problem), 400
        return None

    @app.after_request
    def security_headers(response):
        """No page may be framed (clickjacking), sniffed as another type, or leak its address
        to other sites."""
        response.headers.setdefault("Content-Security-Policy", "frame-ancestors 'none'")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.get("/")
    def index():
        return render_template("index.html")

    return app
