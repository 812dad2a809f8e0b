"""How a variant breaks the simulator from outside: replace a function everywhere it is
referenced, change a template as it is loaded, or add a route. Each change is journalled, so
that a server the gate switches between variants can undo one before applying the next."""

import functools
import importlib
import sys
from collections.abc import Callable

from flask import request
from jinja2 import BaseLoader, ChoiceLoader, TemplateNotFound
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule

_UNDO: list[Callable[[], None]] = []  # newest last


def undo_all() -> None:
    """Put back everything the variants changed, newest first."""
    while _UNDO:
        _UNDO.pop()()


def replace(module_name: str, name: str, make: Callable[[Callable], Callable]) -> None:
    """Replace module.name by make(original) in that module and in every simulator module that
    imported it by name, so that every caller gets the broken one."""
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    broken = make(original)
    for loaded in list(sys.modules.values()):
        if getattr(loaded, "__name__", "").startswith("simulator") and (
            getattr(loaded, name, None) is original
        ):
            setattr(loaded, name, broken)
            _UNDO.append(functools.partial(setattr, loaded, name, original))


class _EditedTemplates(BaseLoader):
    def __init__(self, app, edits: dict[str, list[tuple[str, str]]]):
        self.app_loader = app.jinja_env.loader
        self.edits = edits

    def get_source(self, environment, template):
        if template not in self.edits:
            raise TemplateNotFound(template)
        source, filename, _ = self.app_loader.get_source(environment, template)
        for old, new in self.edits[template]:
            if old not in source:
                raise RuntimeError(f"{template} no longer contains {old!r}: update the variant")
            source = source.replace(old, new)
        return source, filename, lambda: False


def edit_template(app, template: str, old: str, new: str) -> None:
    """Serve `template` with `old` replaced by `new`. Checked at once: a variant whose edit no
    longer applies must stop the server, not pass for caught through the errors it causes."""
    loader = app.jinja_env.loader
    if isinstance(loader, ChoiceLoader) and isinstance(loader.loaders[0], _EditedTemplates):
        edits = loader.loaders[0].edits.setdefault(template, [])
        edits.append((old, new))
        _UNDO.append(edits.pop)
    else:
        edited = _EditedTemplates(app, {template: [(old, new)]})
        app.jinja_env.loader = ChoiceLoader([edited, loader])
        _UNDO.append(functools.partial(setattr, app.jinja_env, "loader", loader))
    _UNDO.append(lambda: setattr(app.jinja_env, "cache", {}))
    app.jinja_env.loader.get_source(app.jinja_env, template)  # fails now if it no longer applies
    app.jinja_env.cache = {}


def wrap(module_name: str, name: str, body: Callable) -> None:
    """Replace module.name by a function that calls body(original, *args, **kwargs)."""

    def make(original):
        @functools.wraps(original)
        def broken(*args, **kwargs):
            return body(original, *args, **kwargs)

        return broken

    replace(module_name, name, make)


# -- routes a variant adds -------------------------------------------------------------------
# Flask takes no new route once it has served a request, and a switching server serves many
# variants: the routes variants add are matched here, before the app's own.

_ROUTES: list[tuple[Rule, Callable]] = []


def serve_added_routes(app) -> None:
    """Let variants add routes to this app, now or after it has started serving."""

    @app.before_request
    def added_route():
        if not _ROUTES:
            return None
        views = {rule.endpoint: view for rule, view in _ROUTES}
        routes = Map([Rule(r.rule, endpoint=r.endpoint, methods=r.methods) for r, _ in _ROUTES])
        try:
            endpoint, arguments = routes.bind_to_environ(request.environ).match()
        except (NotFound, MethodNotAllowed):
            return None
        return views[endpoint](**arguments)


def add_route(rule: str, endpoint: str, view: Callable, methods: list[str]) -> None:
    entry = (Rule(rule, endpoint=endpoint, methods=methods), view)
    _ROUTES.append(entry)
    _UNDO.append(functools.partial(_ROUTES.remove, entry))
