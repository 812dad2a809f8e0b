"""Cucumber-compatible JSON of a run, for CI tools that read it (Jenkins, GitLab, Azure, the
cucumber-html-reporter family): written from the same run records as the report.

One element per scenario run (an outline's example rows each), steps with their result and
duration in nanoseconds, the failing step's screenshots embedded.
"""

import base64
import json
from collections import defaultdict
from pathlib import Path

from ats_spec.records import slug

STATUS = {"passed": "passed", "failed": "failed", "error": "failed", "undefined": "undefined"}


def _status(status: str) -> str:
    return STATUS.get(status, "skipped")  # untested, skipped


def _step(step: dict, base: Path, evidence: list[str]) -> dict:
    result = {"status": _status(step["status"]), "duration": int(step["duration"] * 1e9)}
    if step["error"]:
        result["error_message"] = step["error"]
    found = {
        "keyword": step["keyword"] + " ",
        "name": step["name"],
        "line": step.get("line", 0),
        "result": result,
    }
    if step["status"] in ("failed", "error"):
        pictures = [base / file for file in evidence if file.endswith(".png")]
        found["embeddings"] = [
            {"mime_type": "image/png", "data": base64.b64encode(path.read_bytes()).decode()}
            for path in pictures
            if path.exists()
        ]
    return found


def _element(scenario: dict, base: Path) -> dict:
    return {
        "id": f"{slug(scenario['feature'])};{slug(scenario['name'])};{scenario['line']}",
        "keyword": "Scenario",
        "type": "scenario",
        "name": scenario["name"],
        "line": scenario["line"],
        "description": scenario.get("description", ""),
        "tags": [{"name": f"@{tag}", "line": scenario["line"] - 1} for tag in scenario["tags"]],
        "steps": [_step(step, base, scenario["evidence"]) for step in scenario["steps"]],
    }


def document(runs: list[dict], base: Path) -> list[dict]:
    features: dict[str, dict] = {}
    elements: dict[str, list] = defaultdict(list)
    for run in runs:
        for scenario in run["scenarios"]:
            path = scenario["path"]
            features.setdefault(
                path,
                {
                    "uri": path,
                    "id": slug(scenario["feature"]),
                    "keyword": "Feature",
                    "name": scenario["feature"],
                    "line": 1,
                    "description": "",
                    "tags": [],
                },
            )
            elements[path].append(_element(scenario, base))
    return [
        {**feature, "elements": sorted(elements[path], key=lambda e: e["line"])}
        for path, feature in sorted(features.items())
    ]


def write(runs: list[dict], output: Path) -> None:
    output.write_text(json.dumps(document(runs, output.parent), indent=1))
