"""The gate's means of breaking the simulator from outside work, and refuse to pretend."""

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
