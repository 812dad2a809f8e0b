"""Every blind bug still applies to today's simulator: a patch the code moved away from is a
bug no run can measure any more, found here rather than when `ats-spec blind` refuses it."""

import subprocess

import pytest

from ats_spec import blind


@pytest.mark.parametrize("patch", blind.bugs(), ids=lambda patch: patch.stem)
def test_the_blind_bug_applies_to_the_simulator(patch):
    checked = subprocess.run(
        ["git", "apply", "--check", str(patch)], cwd=blind.ROOT, capture_output=True, text=True
    )
    assert checked.returncode == 0, (
        f"{patch.name} no longer applies: make the same slip in today's code "
        f"(tests/blind/README.md)\n{checked.stderr}"
    )


def test_each_blind_bug_has_its_note():
    notes = {path.stem for path in blind.BUGS.glob("*.md")} - {"README"}
    assert {patch.stem for patch in blind.bugs()} == notes
