"""behave hooks: one browser per run, a fresh browser context per actor and scenario,
state reset through the control API before each scenario, evidence kept only for failures.

Run against another implementation with -D store_url=... -D console_url=... (or the
STORE_URL / CONSOLE_URL environment variables); docs/running-against-another-implementation.md.
"""

import base64
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:  # steps/ and simulator/ import from the repository root
    sys.path.insert(0, str(ROOT))

import parse  # noqa: E402
from behave import register_type  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from steps.support import browser as browsers  # noqa: E402
from steps.support import target as targets  # noqa: E402
from steps.support.actors import Actors  # noqa: E402
from steps.support.control import Control  # noqa: E402
from steps.support.world import REP_KINDS  # noqa: E402

REPORTS = ROOT / "reports"


@parse.with_pattern("|".join(REP_KINDS))
def _rep_kind(text: str) -> str:
    return text


# Step parameter types; behave needs them registered before it loads steps/.
register_type(RepKind=_rep_kind)


def before_all(context):
    userdata = context.config.userdata
    context.target, context.simulator = targets.resolve(userdata)
    print(f"Driving the {context.target.describe()}")
    context.control = Control(context.target.control_url)
    context.playwright = sync_playwright().start()
    context.browser = browsers.launch(context.playwright, userdata)
    expect.set_options(timeout=int(userdata.get("expect_timeout_ms", 5000)))


def before_scenario(context, scenario):
    context.control.reset()
    context.the = {}  # what "this order", "it", "the buyer" refer to within the scenario
    context.actors = Actors(context.browser)


def after_scenario(context, scenario):
    failed = scenario.status.has_failed()  # a Playwright timeout is an error, not a failure
    evidence = REPORTS / "failures" if failed else None
    kept = context.actors.close(evidence, f"{scenario.feature.name}--{scenario.name}")
    for path in kept:
        print(f"  kept {path.relative_to(ROOT)}")
    _attach_to_html_report(context, kept)


def _attach_to_html_report(context, paths):
    """Put a failure's screenshots into the HTML report, with links to its traces."""
    report = next(
        (f for f in context._runner.formatters if getattr(f, "name", "") == "html-pretty"), None
    )
    if report is None or not paths:
        return
    for path in paths:
        if path.suffix == ".png":
            data = base64.b64encode(path.read_bytes()).decode()
            report.embed("image/png", data, caption=f"Screenshot: {path.stem}")
    traces = [[str(p.relative_to(REPORTS)), p.name] for p in paths if p.name.endswith(".zip")]
    report.embed("link", traces, caption="Playwright traces (npx playwright show-trace FILE)")


def after_all(context):
    browser = getattr(context, "browser", None)
    if browser:
        browser.close()
    if getattr(context, "playwright", None):
        context.playwright.stop()
    if getattr(context, "simulator", None):
        context.simulator.stop()
