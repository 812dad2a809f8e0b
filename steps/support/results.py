"""What a run did, written as JSON for the report: every scenario's steps, their results, and the
screenshots taken along the way.

Screenshots: in the documentation build ("all") one after every step that changed what an actor
sees (the address, the text, or a form's values), so the report reads as the procedure with
today's screens; in the quick build ("failures") only the evidence of a failing scenario.
Several processes of one run (shards) each write their own file; the report merges them.
"""

import hashlib
import json
import subprocess
import time
from pathlib import Path

from ats_spec.records import STOPPED, slug, unmet_expectation

SCREENSHOT_MODES = ("all", "failures", "none")  # none: the gate, which reads only records

# What a reader would notice changing: where the page is, its text, and what is typed in forms.
_FINGERPRINT_JS = """() => location.href + '\\n' + document.body.innerText + '\\n' +
  Array.from(document.querySelectorAll('input, select, textarea'))
       .map(e => e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value)
       .join('\\u241f')"""


def _relative(path: Path, root: Path) -> str:
    return str(path.resolve().relative_to(root.resolve()))


def _rule_node(scenario):
    node = scenario.parent
    while node is not None and node is not scenario.feature:
        if type(node).__name__ == "Rule":
            return node
        node = getattr(node, "parent", None)
    return None


def _rule_of(scenario) -> str | None:
    rule = _rule_node(scenario)
    return rule.name if rule is not None else None


def _commit(root: Path) -> str:
    """The commit the run tested, with "+ changes" when the tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:  # no git here
        return "unknown"
    return f"{head} + changes" if head and dirty else head or "unknown"


def _step_error(step) -> str | None:
    if step.status.name == "undefined":
        return f"No step definition matches “{step.keyword} {step.name}”."
    return step.error_message if step.status.has_failed() else None


def _scenario_status(scenario) -> str:
    """passed, failed, skipped, or error: a scenario that could not run to its end because a
    step is undefined or a hook failed is an error, not a silent non-result."""
    name = scenario.status.name
    if name in ("undefined", "hook_error", "error") or getattr(scenario, "hook_failed", False):
        return "error"
    return name


def _description(node) -> str:
    """A scenario's, an outline's or a rule's free text under its title, as written."""
    return "\n".join(getattr(node, "description", None) or [])


class RunRecord:
    def __init__(
        self,
        root: Path,
        reports: Path,
        label: str,
        screenshots: str,
        target: str,
        browser: str = "",
    ):
        if screenshots not in SCREENSHOT_MODES:
            raise SystemExit(f"screenshots must be one of {SCREENSHOT_MODES}, not {screenshots!r}")
        self.root = root
        self.reports = reports
        self.label = label
        self.screenshots = screenshots
        self.shots_dir = reports / "shots" / slug(label)
        self.run = {
            "label": label,
            "target": target,
            "browser": browser,
            "commit": _commit(root),
            "screenshots": screenshots,
            "started": time.time(),
            "scenarios": [],
        }
        self._seen: dict[str, str] = {}  # actor -> fingerprint of what was last shot
        self._shots: list[list[dict]] = []  # per step of the current scenario

    # -- during a scenario -------------------------------------------------------------------

    def start_scenario(self) -> None:
        self._started = time.time()  # for the report's timeline; the reset is part of it
        self._seen = {}
        self._shots = []
        self._hook_error = None

    @property
    def keeps_evidence(self) -> bool:
        """Whether a failing step and scenario leave pictures and traces."""
        return self.screenshots != "none"

    def hook_failed(self, hook: str, error: BaseException) -> None:
        """A hook's error, kept so the scenario shows it (behave only prints it)."""
        self._hook_error = f"{hook}: {type(error).__name__}: {error}"

    def step_done(self, scenario, actors) -> None:
        """After a step: a screenshot of each actor's page that changed (documentation build)."""
        shots = []
        if self.screenshots == "all":
            for actor, page in actors.named_pages():
                shot = self._shot_if_changed(scenario, actor, page)
                if shot:
                    shots.append(shot)
        self._shots.append(shots)

    def _shot_if_changed(self, scenario, actor: str, page) -> dict | None:
        try:
            page.wait_for_load_state()
            fingerprint = hashlib.sha1(page.evaluate(_FINGERPRINT_JS).encode()).hexdigest()
            if self._seen.get(actor) == fingerprint:
                return None
            folder = self.shots_dir / f"{slug(Path(scenario.filename).stem)}-{scenario.line}"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{len(self._shots) + 1:02d}-{slug(actor)}.jpg"
            page.screenshot(path=str(path), type="jpeg", quality=60)
        except Exception:  # a page mid-navigation or closed: no picture of this step
            return None
        self._seen[actor] = fingerprint
        return {"actor": actor, "file": _relative(path, self.reports)}

    def scenario_done(self, scenario, evidence: list[Path]) -> None:
        steps = []
        all_steps = list(scenario.all_steps)
        for index, step in enumerate(all_steps):
            steps.append(
                {
                    "keyword": step.keyword,
                    "type": step.step_type,  # given, when or then, also for And and But
                    "name": step.name,
                    "line": step.line,
                    "status": step.status.name,
                    "duration": round(step.duration or 0, 3),
                    "error": _step_error(step),
                    "table": [list(step.table.headings)] + [list(r.cells) for r in step.table]
                    if step.table
                    else None,
                    "text": step.text,
                    "shots": self._shots[index] if index < len(self._shots) else [],
                    "background": index < len(scenario.background_steps or []),
                }
            )
        generated = getattr(scenario, "_row", None) is not None  # one example of an outline
        self.run["scenarios"].append(
            {
                "path": _relative(Path(scenario.filename), self.root),
                "line": scenario.line,
                "outline_line": scenario.parent.line if generated else scenario.line,
                "feature": scenario.feature.name,
                "rule": _rule_of(scenario),
                "rule_description": _description(_rule_node(scenario)),
                "description": _description(scenario.parent if generated else scenario),
                "name": scenario.name,
                "tags": sorted(scenario.effective_tags),
                "status": "error" if self._hook_error else _scenario_status(scenario),
                "error": self._hook_error,
                "duration": round(scenario.duration or 0, 3),
                "started": self._started,
                "finished": time.time(),
                "steps": steps,
                "evidence": [_relative(p, self.reports) for p in evidence],
            }
        )

    def last_met_a_wrong_answer(self) -> bool:
        """Whether the scenario just recorded failed at a When or Then step's expectation:
        what could be a catch, as opposed to a Given that never set the scene, or an error."""
        scenarios = self.run["scenarios"]
        return bool(scenarios) and unmet_expectation(scenarios[-1])[0] is not None

    # -- at the end ----------------------------------------------------------------------------

    @staticmethod
    def stopped(reports: Path, sentence: str) -> None:
        """Why the run ended before any scenario, for the report."""
        reports.mkdir(parents=True, exist_ok=True)
        (reports / STOPPED).write_text(sentence + "\n")

    def write(self, path: Path) -> None:
        self.run["finished"] = time.time()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.run, indent=1))
