"""The README and docs stay true to the code."""

import re
from pathlib import Path

import yaml

from simulator.__main__ import demo_logins

ROOT = Path(__file__).resolve().parents[1]


def test_readme_lists_every_demo_login_as_the_simulator_prints_it():
    readme = (ROOT / "README.md").read_text()
    for system, email, who in demo_logins():
        assert f"| {system} | `{email}` | {who} |" in readme


def test_the_control_api_document_covers_every_control_route(app):
    documented = set(yaml.safe_load((ROOT / "docs/control-api.yaml").read_text())["paths"])
    served = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/_sim"))
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("control.")
    }
    assert served == documented


def test_the_ci_matrix_example_runs_every_shard_once_and_merges_them():
    workflow = yaml.safe_load((ROOT / "docs" / "ci" / "github-actions.yml").read_text())
    shards = workflow["jobs"]["shard"]["strategy"]["matrix"]["shard"]
    runs = [step.get("run", "") for step in workflow["jobs"]["shard"]["steps"]]
    assert any(f"--shard ${{{{ matrix.shard }}}}/{len(shards)}" in run for run in runs)
    assert shards == list(range(1, len(shards) + 1))
    merge = [step.get("run", "") for step in workflow["jobs"]["report"]["steps"]]
    assert any("ats-spec report reports/results/*.json" in run for run in merge)
    assert workflow["jobs"]["report"]["needs"] == "shard"
