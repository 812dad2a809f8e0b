"""The gate's means of breaking the simulator from outside work, and refuse to pretend."""

import subprocess
import sys

import pytest

from tests.gate.variants import VARIANTS
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
        "from tests.gate.breaking import replace\n"
        "replace('simulator.domain.routing', 'queue_for', lambda original: 'broken')\n"
        "assert service.queue_for == 'broken' and routing.queue_for == 'broken'\n"
    )
    assert result.returncode == 0, result.stderr


def test_a_template_edit_that_no_longer_applies_stops_the_server(tmp_path):
    result = _python(
        "from simulator import create_app\n"
        "from tests.gate.breaking import edit_template\n"
        f"app = create_app({{'INSTANCE_PATH': {str(tmp_path)!r}}})\n"
        "edit_template(app, 'console/order.html', 'text that is not there', 'x')\n"
    )
    assert result.returncode != 0
    assert "no longer contains 'text that is not there'" in result.stderr


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_every_variant_applies_to_the_current_simulator(variant, tmp_path):
    result = _python(
        "from simulator import create_app\n"
        "from tests.gate.variants import BY_NAME\n"
        f"variant = BY_NAME[{variant.name!r}]\n"
        "variant.functions()\n"
        f"variant.app(create_app({{'INSTANCE_PATH': {str(tmp_path)!r}}}))\n"
    )
    assert result.returncode == 0, result.stderr


def test_there_are_at_least_twelve_variants_each_with_a_rule_and_its_features():
    assert len(VARIANTS) >= 12
    assert len({v.name for v in VARIANTS}) == len(VARIANTS)
    for variant in VARIANTS:
        assert variant.rule and variant.trace and variant.features
        for path in variant.features:
            assert (ROOT / path).is_file(), path


def test_the_readme_names_every_variant():
    readme = (ROOT / "README.md").read_text()
    missing = [v.name for v in VARIANTS if f"| `{v.name}` | {v.rule} |" not in readme]
    assert not missing, f"README.md's gate table lacks {missing}"
