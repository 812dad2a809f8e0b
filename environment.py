"""behave hooks: one browser per run, a fresh browser context per actor and scenario,
state reset through the control API before each scenario, evidence kept only for failures, and
a record of the run (reports/results/*.json) that ats_spec.report turns into the report.

Run against another implementation with -D store_url=... -D console_url=... (or the
STORE_URL / CONSOLE_URL environment variables): docs/contract.md.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from ats_spec.records import STOP_AT_A_CATCH
from steps.pages.base import PageObject
from steps.support import allure_evidence
from steps.support import browser as browsers
from steps.support import target as targets
from steps.support.actors import Actors, ContextPool
from steps.support.control import Control
from steps.support.expectations import missing_controls_fail
from steps.support.results import RunRecord
from steps.support.scene import Scene
from steps.support.world import signs_in_through_pages

ROOT = Path(__file__).resolve().parent
REPORTS = ROOT / "reports"  # -D reports_dir=... elsewhere


def before_all(context):
    userdata = context.config.userdata
    PageObject.clicks = userdata.get("clicks", "quick")
    if PageObject.clicks not in ("quick", "careful"):
        raise SystemExit(f"-D clicks={PageObject.clicks}: quick (the default) or careful")
    # The embedded simulator starts (imports, seeding) while Playwright and the browser start:
    # the two take about half a second each, and the second mostly waits on other processes.
    with ThreadPoolExecutor(max_workers=1) as starting:
        target = starting.submit(targets.resolve, userdata)
        context.playwright = None if browsers.KEPT else sync_playwright().start()
        try:
            context.browser = browsers.KEPT.get("browser") or browsers.launch(
                context.playwright, userdata
            )
            context.target, context.simulator = target.result()
            targets.preflight(context.target)
        except BaseException as error:  # stop what started: after_all finds nothing to close
            if context.playwright:
                context.playwright.stop()
            context.playwright = context.browser = None
            if isinstance(error, targets.Stopped):  # the report says why no scenario ran
                RunRecord.stopped(Path(userdata.get("reports_dir", REPORTS)), error.sentence)
            raise
    print(f"Driving the {context.target.describe()}")
    context.control = Control(context.target.control_url)
    context.action_timeout_ms = int(userdata.get("action_timeout_ms", 10_000))
    context.contexts = ContextPool(context.browser, context.action_timeout_ms)
    if browsers.KEPT:
        context.contexts = browsers.KEPT.setdefault("pool", context.contexts)
    expect.set_options(timeout=int(userdata.get("expect_timeout_ms", 5000)))
    context.reports = Path(userdata.get("reports_dir", REPORTS))
    context.record = RunRecord(
        ROOT,
        context.reports,
        label=userdata.get("run_label", "run"),
        screenshots=userdata.get("screenshots", "failures"),
        target=context.target.describe(),
        browser=f"{context.browser.browser_type.name} {context.browser.version}"
        + (f" at {server}" if (server := browsers.server_of(userdata)) else ""),
    )


def before_feature(context, feature):
    missing_controls_fail(context._runner.step_registry)  # the run's own step definitions


def before_scenario(context, scenario):
    # Record keeping first, so that after_scenario can report even a failed reset.
    context.the = Scene()  # what "this order", "it", "the buyer" refer to in the scenario
    context.sign_in_through_pages = signs_in_through_pages(scenario, context.config.userdata)
    userdata = context.config.userdata
    context.actors = Actors(
        context.browser,
        timeout_ms=context.action_timeout_ms,
        traces=userdata.get("traces") != "off",
        pool=context.contexts,
    )
    context.record.start_scenario()
    try:
        context.control.reset()
    except Exception as error:
        context.record.hook_failed("before_scenario (reset through the control API)", error)
        raise


def after_step(context, step):
    context.record.step_done(context.scenario, context.actors)
    if step.status.has_failed() and context.record.keeps_evidence:
        allure_evidence.failing_step(context.actors)


def after_scenario(context, scenario):
    failed = scenario.status.has_failed()  # a Playwright timeout is an error, not a failure
    keep = failed and context.record.keeps_evidence
    evidence = context.reports / "failures" if keep else None
    kept = context.actors.close(evidence, f"{scenario.feature.name}--{scenario.name}")
    for path in kept:
        print(f"  kept {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    allure_evidence.traces(kept)
    context.record.scenario_done(scenario, kept)
    # The gate and the blind runner look for one catch: they stop at the first When or Then
    # whose expectation failed, and go on past a Given that could not set the scene (a broken
    # implementation may break the seeding too) so that a later scenario can still catch it.
    stops = context.config.userdata.get("stop") == STOP_AT_A_CATCH
    if stops and context.record.last_met_a_wrong_answer():
        context.abort(reason="stopped at the first unmet expectation of a When or Then")


def after_all(context):
    if getattr(context, "record", None):
        default = context.reports / "results" / "run.json"  # what the report is built from
        context.record.write(Path(context.config.userdata.get("results", default)))
    browser = getattr(context, "browser", None)
    if browser and not browsers.KEPT:
        browser.close()
    if getattr(context, "playwright", None):
        context.playwright.stop()
    if getattr(context, "simulator", None):
        context.simulator.stop()
