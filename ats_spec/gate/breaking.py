"""How a variant breaks the simulator from outside: replace a function everywhere it is
referenced, change a template as it is loaded, or add a route."""

import functools
import importlib
import sys
from collections.abc import Callable

from jinja2 import BaseLoader, ChoiceLoader, TemplateNotFound


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
        loader.loaders[0].edits.setdefault(template, []).append((old, new))
    else:
        edited = _EditedTemplates(app, {template: [(old, new)]})
        app.jinja_env.loader = ChoiceLoader([edited, loader])
    app.jinja_env.loader.get_source(app.jinja_env, template)
    app.jinja_env.cache = {}


def wrap(module_name: str, name: str, body: Callable) -> None:
    """Replace module.name by a function that calls body(original, *args, **kwargs)."""

    def make(original):
        @functools.wraps(original)
        def broken(*args, **kwargs):
            return body(original, *args, **kwargs)

        return broken

    replace(module_name, name, make)
