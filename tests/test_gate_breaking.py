"""The gate's means of breaking the simulator from outside work, and refuse to pretend."""

import json
import subprocess
import sys

from behave.tag_expression import make_tag_expression

from ats_spec import livingdoc, rules
from ats_spec.gate.variants import VARIANTS
from tests.server import ROOT


def _python(code: str) -> subprocess.CompletedProcess:
    """In a process of its own: a breakage must never leak into the other tests."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_a_replaced_function_reaches_the_modules_that_imported_it_by_name():
    result = _python(
        "import simulator.console.service as service\n"
        "from simulator.domain import routing\n"
        "from ats_spec.gate.breaking import replace\n"
        "replace('simulator.domain.routing', 'queue_for', lambda original: 'broken')\n"
        "assert service.queue_for == 'broken' and routing.queue_for == 'broken'\n"
    )
    assert result.returncode == 0, result.stderr


def test_a_template_edit_that_no_longer_applies_stops_the_server(tmp_path):
    result = _python(
        "from simulator import create_app\n"
        "from ats_spec.gate.breaking import edit_template\n"
        f"app = create_app({{'INSTANCE_PATH': {str(tmp_path)!r}}})\n"
        "edit_template(app, 'console/order.html', 'text that is not there', 'x')\n"
    )
    assert result.returncode != 0
    assert "no longer contains 'text that is not there'" in result.stderr


def test_every_variant_applies_to_the_current_simulator(tmp_path):
    """All in one process (the replaced functions chain harmlessly); each template edit on an
    app of its own, since two variants may edit the same lines."""
    result = _python(
        "from simulator import create_app\n"
        "from ats_spec.gate.variants import VARIANTS, Variant\n"
        "for number, variant in enumerate(VARIANTS):\n"
        "    variant.functions()\n"
        "    if variant.app is not Variant.__dataclass_fields__['app'].default:\n"
        f"        variant.app(create_app({{'INSTANCE_PATH': {str(tmp_path)!r} + str(number)}}))\n"
        "print(len(VARIANTS))\n"
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(VARIANTS)


def test_variants_are_named_after_their_case_and_run_its_scenarios():
    """What behave selects with a variant's tags is every scenario tagged for one side of its
    case, and nothing else (not a case whose name merely starts the same)."""
    assert len({v.name for v in VARIANTS}) == len(VARIANTS)
    scenarios = livingdoc.scenarios()
    for variant in VARIANTS:
        assert variant.breaks
        sides = {f"{variant.case}.allows", f"{variant.case}.refuses"}
        selected = make_tag_expression(variant.tags)
        chosen = [s.name for s in scenarios if selected.check(s.tags)]
        tagged = [s.name for s in scenarios if sides & set(s.tags)]
        assert chosen == tagged and chosen, variant.case


def test_the_readme_states_the_gates_figure():
    readme = (ROOT / "README.md").read_text()
    cases = rules.cases()
    figure = f"{len(rules.register())} rules, {len(cases)} cases, {len(VARIANTS)} variants"
    assert figure in readme, f"README.md should state the gate's figure: {figure}"


def test_undoing_a_variant_puts_back_every_function_and_template(tmp_path):
    """A switchable server serves one variant after another: whatever a variant broke must be
    whole again before the next, or the next variant's catches would be the last one's."""
    result = _python(
        "import sys\n"
        "from simulator import create_app\n"
        "from ats_spec.gate.breaking import serve_added_routes, undo_all\n"
        "from ats_spec.gate.serve import apply\n"
        "from ats_spec.gate.variants import VARIANTS, UNBROKEN\n"
        f"app = create_app({{'INSTANCE_PATH': {str(tmp_path)!r}}})\n"
        "serve_added_routes(app)\n"
        "templates = app.jinja_env.list_templates()\n"
        "def everything():\n"
        "    names = {(m.__name__, k): v for m in list(sys.modules.values())\n"
        "             if getattr(m, '__name__', '').startswith('simulator')\n"
        "             for k, v in vars(m).items() if callable(v)}\n"
        "    pages = {t: app.jinja_env.loader.get_source(app.jinja_env, t)[0]\n"
        "             for t in templates}\n"
        "    return names, pages, app.jinja_env.loader\n"
        "whole = everything()\n"
        "for variant in VARIANTS:\n"
        "    apply(variant, app)\n"
        "    assert everything() != whole, variant.name\n"
        "    apply(UNBROKEN, app)\n"
        "    assert everything() == whole, variant.name\n"
        "print(len(VARIANTS))\n"
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(VARIANTS)


def test_a_route_a_variant_adds_is_served_until_undone(tmp_path):
    result = _python(
        "from simulator import create_app\n"
        "from ats_spec.gate.breaking import add_route, serve_added_routes, undo_all\n"
        f"app = create_app({{'INSTANCE_PATH': {str(tmp_path)!r}}})\n"
        "serve_added_routes(app)\n"
        "client = app.test_client()\n"
        "client.get('/store/')\n"  # serving has begun: Flask takes no new route now
        "add_route('/added/<int:n>', 'added', lambda n: f'added {n}', ['GET'])\n"
        "assert client.get('/added/7').get_data(as_text=True) == 'added 7'\n"
        "assert client.get('/added/seven').status_code == 404\n"
        "undo_all()\n"
        "assert client.get('/added/7').status_code == 404\n"
    )
    assert result.returncode == 0, result.stderr


def test_a_switchable_server_takes_only_known_variants_and_says_what_it_served():
    from tests.server import Server

    server = Server(
        "--testing", command=[sys.executable, "-m", "ats_spec.gate.serve", "--switchable"]
    )
    try:
        status, body = server.request("POST", "/_gate/variant", {"name": "no-such-variant"})
        assert status == 400 and "no variant 'no-such-variant'" in body
        name = VARIANTS[0].name
        assert server.request("POST", "/_gate/variant", {"name": name})[0] == 200
        status, body = server.request("POST", "/_gate/variant", {"name": "unbroken"})
        assert status == 200 and json.loads(body) == {"served": name, "server_errors": 0}
    finally:
        server.stop()


def test_the_simulator_itself_has_no_switch(tmp_path):
    """Only a server the gate starts can be switched to a broken variant."""
    from tests.server import Server

    server = Server("--testing")
    try:
        status, _ = server.request("POST", "/_gate/variant", {"name": VARIANTS[0].name})
        assert status in (404, 405)
    finally:
        server.stop()
