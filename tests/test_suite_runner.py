"""The runner splits the suite into shards that together run exactly what a serial run runs,
and the report it builds reads the run records."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import junitparser
import pytest
from behave.parser import parse_file

from ats_spec import livingdoc, records, report, suite

SMALL = ["features/store/account", "features/console/account/logging_in.feature"]


def test_shards_cover_every_feature_once_with_balanced_work():
    weights = suite.feature_weights([])
    shards = suite.split(weights, 3)
    placed = [path for shard in shards for path in shard.paths]
    assert sorted(placed) == sorted(weights)
    assert sum(shard.weight for shard in shards) == pytest.approx(sum(weights.values()))
    heaviest = max(weights.values())
    assert max(s.weight for s in shards) - min(s.weight for s in shards) <= heaviest


def test_the_split_is_the_same_on_every_machine():
    weights = suite.feature_weights([])
    assert [s.paths for s in suite.split(weights, 4)] == [s.paths for s in suite.split(weights, 4)]


def _run(*args):
    result = subprocess.run(
        [sys.executable, "-m", "ats_spec.suite", *args],
        cwd=suite.ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _outcomes(reports):
    return sorted(
        (s["path"], s["line"], s["status"])
        for path in (reports / "results").glob("*.json")
        for s in json.loads(path.read_text())["scenarios"]
    )


@pytest.mark.server
def test_parallel_and_sharded_runs_give_the_serial_results(tmp_path):
    serial, parallel, sharded = tmp_path / "serial", tmp_path / "parallel", tmp_path / "sharded"
    alone = _run(*SMALL, "--processes", "1", "--reports", str(serial))
    assert "USING RUNNER" not in alone and "Took 0min" not in alone  # behave's noise
    assert 'HTTP/1.1" 200' not in alone  # nor a line per request of the embedded server
    assert "11 scenarios passed" in alone  # behave's own summary still shows
    out = _run(*SMALL, "--reports", str(parallel))  # by default one shard per core, up to 4
    cores = min(os.cpu_count() or 1, 4)
    _run(*SMALL, "--shard", "1/2", "--reports", str(sharded))  # two CI machines, one folder
    _run(*SMALL, "--shard", "2/2", "--reports", str(sharded))
    assert len(_outcomes(serial)) == 11
    assert {status for _, _, status in _outcomes(serial)} == {"passed"}
    assert _outcomes(parallel) == _outcomes(serial) == _outcomes(sharded)
    assert len(list((parallel / "results").glob("*.json"))) == cores
    assert f"in {cores} process(es)" in out
    assert "11 scenarios: 11 passed" in out


def _record(status, error=None, shots=(), evidence=()):
    return {
        "label": "shard-1",
        "target": "embedded simulator: store http://x/store",
        "screenshots": "all",
        "started": 0.0,
        "finished": 12.0,
        "scenarios": [
            {
                "path": "features/store/account/signing_in.feature",
                "line": 9,
                "outline_line": 9,
                "feature": "Signing in to the store",
                "rule": None,
                "name": "A buyer signs in",
                "tags": ["npo.1"],
                "status": status,
                "duration": 1.0,
                "steps": [
                    {
                        "keyword": "When",
                        "name": "I sign in to the store",
                        "status": status,
                        "duration": 0.5,
                        "error": error,
                        "table": None,
                        "text": None,
                        "shots": list(shots),
                        "background": False,
                    }
                ],
                "evidence": list(evidence),
            }
        ],
    }


def test_the_report_shows_steps_screenshots_and_the_matrix(tmp_path):
    (tmp_path / "shots").mkdir()
    (tmp_path / "shots" / "a.jpg").write_bytes(b"\xff\xd8fake-jpeg")
    html = report.render(
        [_record("passed", shots=[{"actor": "buyer", "file": "shots/a.jpg"}])], tmp_path
    )
    assert "I sign in to the store" in html
    assert "data:image/jpeg;base64," in html and "buyer sees" in html
    assert 'id="traceability"' in html and 'id="assumptions"' in html
    assert "Documentation build" in html
    assert '<a class="tag" href="#t-npo-1"' in html and "<tr id='t-npo-1'>" in html
    for trace_id in livingdoc.trace_ids():
        assert f"<code>{trace_id}</code>" in html
    anchors = set(re.findall(r"id=[\"']([^\"']+)[\"']", html))
    links = set(re.findall(r"href=[\"']#([^\"']+)[\"']", html))
    assert links and links <= anchors, f"links to nowhere: {links - anchors}"


def test_a_failing_scenario_opens_with_its_error_and_trace(tmp_path):
    html = report.render(
        [
            _record(
                "failed", error="AssertionError: no dashboard", evidence=["failures/x.trace.zip"]
            )
        ],
        tmp_path,
    )
    assert '<details class="scenario failed"' in html and " open>" in html
    assert "AssertionError: no dashboard" in html
    assert 'href="failures/x.trace.zip"' in html


def test_against_a_url_where_nothing_answers_the_run_stops_in_one_sentence(tmp_path):
    dead = "http://127.0.0.1:9"
    (tmp_path / "cucumber.json").write_text("[]")  # an earlier run's, which must not stay
    result = subprocess.run(
        [sys.executable, "-m", "ats_spec.suite", "--reports", str(tmp_path)]
        + ["features/store/account", "-D", f"store_url={dead}/store"]
        + ["-D", f"console_url={dead}/console"],
        cwd=suite.ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"Nothing answers at the store at {dead}/store" in output
    assert "AttributeError" not in output and "Traceback" not in output
    assert "HOOK-ERROR in after_all" not in output  # nothing half-started is left to close
    html = (tmp_path / "acceptance.html").read_text()  # what CI publishes says why, too
    assert "No scenario ran" in html and f"Nothing answers at the store at {dead}/store" in html
    # A CI system that reads the files rather than the exit code is told nothing passed.
    assert not (tmp_path / "cucumber.json").exists()
    cases = [
        case
        for path in sorted((tmp_path / "junit").glob("*.xml"))
        for suite_ in junitparser.JUnitXml.fromfile(str(path))
        for case in suite_
    ]
    assert len(cases) == 7  # features/store/account holds 7 scenarios, none of them run
    assert sum(1 for case in cases if case.is_passed) == 0
    assert all(case.is_skipped for case in cases)


def test_failure_screenshots_are_counted_with_the_screenshots():
    failing = _record(
        "failed", error="AssertionError", evidence=["failures/x--buyer.png", "failures/x.trace.zip"]
    )
    assert report._counts([failing])["screenshots"] == 1
    assert report._counts([_record("passed")])["screenshots"] == 0


def test_descriptions_show_and_an_assumption_links_to_its_register_row(tmp_path):
    assumed = next(s for s in livingdoc.scenarios() if s.assumption)
    record = _record("passed")
    record["scenarios"][0].update(
        path=assumed.path,
        line=assumed.line,
        outline_line=assumed.line,
        tags=["assumption"],
        rule="One cart makes one order",
        rule_description="Why the rule holds.",
        description="Assumption: the articles do not say.",
    )
    html = report.render([record], tmp_path)
    assert "Why the rule holds." in html and "Assumption: the articles do not say." in html
    row = re.search(r'href="#(a-[^"]+)" title="In the assumption register"', html).group(1)
    assert f"<tr id='{row}'>" in html


def test_an_errored_scenario_is_counted_and_shown_as_an_error_with_its_message(tmp_path):
    errored = _record("error")
    errored["scenarios"][0]["error"] = "before_scenario: URLError: connection refused"
    errored["scenarios"][0]["steps"][0].update(status="untested", error=None)
    html = report.render([errored], tmp_path)
    assert report._counts([errored])["errors"] == 1
    assert "<b>1</b>errors" in html
    assert "before_scenario: URLError: connection refused" in html
    assert 'class="scenario error"' in html and "open>" in html


def test_the_matrix_takes_each_examples_block_by_its_own_tags(tmp_path):
    """One outline, two example rows tagged with different article steps: breaking one row
    fails only its step, and each step links to its own row."""
    path = "features/console/queues/new_order_routing.feature"
    rows_of = {}  # tag -> (line of its first example row, line of the outline)
    for scenario in parse_file(str(suite.ROOT / path)).walk_scenarios():
        for tag in ("npo.route.mixed", "npo.route.non-fms"):
            if tag in scenario.effective_tags and tag not in rows_of:
                rows_of[tag] = (scenario.line, scenario.parent.line)
    run = _record("passed")
    template = run["scenarios"][0]
    (mixed_line, outline), (non_fms_line, _) = (
        rows_of["npo.route.mixed"],
        rows_of["npo.route.non-fms"],
    )
    mixed = {**template, "line": mixed_line, "outline_line": outline, "tags": ["npo.route.mixed"]}
    non_fms = {
        **template,
        "line": non_fms_line,
        "outline_line": outline,
        "tags": ["npo.route.non-fms"],
    }
    mixed["status"] = "failed"
    run["scenarios"] = [{**mixed, "path": path}, {**non_fms, "path": path}]
    html = report.render([run], tmp_path)
    rows = {
        tag: re.search(rf"<tr id='t-{tag.replace('.', '-')}'>.*?</tr>", html, re.S).group(0)
        for tag in ("npo.route.mixed", "npo.route.non-fms")
    }
    assert "s-failed" in rows["npo.route.mixed"] and f"-{mixed_line}'" in rows["npo.route.mixed"]
    assert "s-passed" in rows["npo.route.non-fms"]
    assert f"-{non_fms_line}'" in rows["npo.route.non-fms"]


def test_the_run_is_written_as_cucumber_json_too(tmp_path):
    (tmp_path / "failures").mkdir()
    (tmp_path / "failures" / "x--buyer.png").write_bytes(b"\x89PNG fake")
    failing = _record(
        "failed", error="AssertionError: no dashboard", evidence=["failures/x--buyer.png"]
    )
    from ats_spec import cucumber

    [feature] = cucumber.document([failing, _record("passed")], tmp_path)
    assert feature["keyword"] == "Feature" and feature["uri"].endswith("signing_in.feature")
    first, second = feature["elements"]
    assert first["type"] == "scenario" and first["tags"][0]["name"] == "@npo.1"
    [step] = first["steps"]
    assert step["result"]["status"] == "failed" and step["result"]["duration"] == 500_000_000
    assert step["result"]["error_message"] == "AssertionError: no dashboard"
    assert step["embeddings"][0]["mime_type"] == "image/png"
    assert second["steps"][0]["result"] == {"status": "passed", "duration": 500_000_000}


def test_the_report_opens_with_article_step_and_assumption_coverage(tmp_path):
    written = livingdoc.scenarios()
    traced = next(s for s in written if s.trace_ids and s.assumption is None)

    def run_of(status):
        run = _record(status)
        run["scenarios"][0].update(
            path=traced.path, line=traced.line, outline_line=traced.line, tags=sorted(traced.tags)
        )
        return run

    passing = report.coverage(written, [run_of("passed")])
    assert passing["steps"] == len(livingdoc.trace_ids())
    assert passing["steps_run"] == passing["steps_passing"] == len(traced.trace_ids)
    assert passing["assumptions"] == sum(1 for s in written if s.assumption)
    failing = report.coverage(written, [run_of("failed")])
    assert (failing["steps_run"], failing["steps_passing"]) == (len(traced.trace_ids), 0)
    html = report.render([run_of("passed")], tmp_path)
    assert f"of {passing['steps']} passing" in html and "<b>Assumptions:</b>" in html


def test_the_report_names_the_browser_the_commit_and_each_process_time(tmp_path):
    run = {**_record("passed"), "browser": "chromium 140.0", "commit": "abc1234"}
    html = report.render([run], tmp_path)
    assert "Browser chromium 140.0" in html and "commit abc1234" in html
    assert "shard-1 12 s" in html


def test_the_report_filters_by_status_tag_folder_and_words_in_a_browser(tmp_path):
    from playwright.sync_api import sync_playwright

    from steps.support import browser as browsers

    passed, failed = _record("passed"), _record("failed", error="AssertionError")
    failed["scenarios"][0].update(
        path="features/console/orders/order_hold.feature", line=20, name="A price change holds"
    )
    run = {**passed, "scenarios": passed["scenarios"] + failed["scenarios"]}
    page_file = tmp_path / "acceptance.html"
    page_file.write_text(report.render([run], tmp_path))
    with sync_playwright() as playwright:
        chromium = browsers.launch(playwright, {})
        page = chromium.new_page()
        page.goto(page_file.as_uri())
        shown = page.locator("details.scenario:visible")
        assert shown.count() == 2
        page.get_by_label("Status").select_option("failed")
        assert shown.count() == 1 and "A price change holds" in shown.inner_text()
        page.get_by_label("Status").select_option("")
        page.get_by_label("Tag or article step").fill("npo")
        assert shown.count() == 2  # both carry npo.1: a prefix matches a family of steps
        page.get_by_label("Tag or article step").fill("")
        page.get_by_label("Folder").select_option("store/account")
        assert shown.count() == 1 and "A buyer signs in" in shown.inner_text()
        page.get_by_label("Folder").select_option("")
        page.get_by_label("Search").fill("price change")
        assert shown.count() == 1
        chromium.close()


def test_a_failure_that_passes_when_run_again_is_flaky_and_one_that_fails_again_failed():
    first = _record("failed", error="AssertionError: slow page", evidence=["failures/a.png"])
    passed_again = {**_record("passed"), "label": "shard-1-rerun"}
    [run] = records.merge_reruns([first, passed_again])
    assert run["scenarios"][0]["status"] == "flaky"
    assert run["scenarios"][0]["steps"][0]["error"] == "AssertionError: slow page"
    assert report._counts([run])["flaky"] == 1 and report._counts([run]).get("failed", 0) == 0
    failed_again = {
        **_record("failed", error="AssertionError", evidence=["failures/a.trace.zip"]),
        "label": "shard-1-rerun",
    }
    [run] = records.merge_reruns([first, failed_again])
    assert run["scenarios"][0]["status"] == "failed"
    assert run["scenarios"][0]["evidence"] == ["failures/a.trace.zip"]  # the second try's


PROBE = suite.ROOT / "features" / "zz_rerun_probe"


def test_a_failed_scenario_is_run_once_more_and_only_that_try_is_traced(tmp_path):
    PROBE.mkdir()
    try:
        (PROBE / "always_fails.feature").write_text(
            "Feature: A probe of the runner\n"
            "  Rule: Allure must see the scenarios of a Rule too\n"
            "    Scenario: A signed-in buyer is not on the sign-in page\n"
            "      Given I am signed in as a buyer at a company with Terms\n"
            "      Then I am still on the sign-in page\n"
        )
        code = suite.run([str(PROBE.relative_to(suite.ROOT))], [], reports=tmp_path, quiet=True)
    finally:
        shutil.rmtree(PROBE)
    assert code == 1
    first = json.loads((tmp_path / "results" / "shard-1.json").read_text())
    again = json.loads((tmp_path / "results" / "shard-1-rerun.json").read_text())
    assert [s["status"] for s in first["scenarios"]] == ["failed"]
    assert [s["status"] for s in again["scenarios"]] == ["failed"]
    assert not any(f.endswith(".zip") for f in first["scenarios"][0]["evidence"])
    assert any(f.endswith(".zip") for f in again["scenarios"][0]["evidence"])
    allure = [
        json.loads(f.read_text()) for f in (tmp_path / "allure-results").glob("*-result.json")
    ]
    assert [r["status"] for r in allure] == ["failed", "failed"]  # the try and the second try
    attached = [
        a["name"] for r in allure for step in r["steps"] for a in step.get("attachments", [])
    ]
    assert "buyer sees" in attached


@pytest.mark.server
def test_the_documentation_build_captions_a_reps_screens_as_the_rep(tmp_path):
    _run(
        "features/store/masquerade/acting_for_a_company.feature",
        "--docs",
        "--reports",
        str(tmp_path),
        "--name",
        "Logging in as a company marks it selected",
    )
    shots = [
        shot["actor"]
        for path in (tmp_path / "results").glob("*.json")
        for scenario in json.loads(path.read_text())["scenarios"]
        for step in scenario["steps"]
        for shot in step.get("shots", [])
    ]
    assert shots and set(shots) == {"rep"}
    assert "(passed)" in (tmp_path / "docs" / "traceability.md").read_text()  # beside its report


def test_the_timeline_has_a_lane_per_process_and_a_bar_per_scenario_where_it_ran():
    first, second = _record("passed"), _record("failed", error="AssertionError: no")
    second["label"] = "shard-2"
    first["scenarios"][0] |= {"started": 0.0, "finished": 3.0}
    second["scenarios"][0] |= {"started": 6.0, "finished": 12.0}
    html = report.timeline([first, second])
    assert html.count("class='lane'") == 2
    assert "shard-1 12 s" in html and "shard-2 12 s" in html
    assert "left:0.00%;width:25.00%" in html  # 0-3 s of 12 s
    assert "class='failed'" in html and "left:50.00%;width:50.00%" in html
    assert "href='#s-features-store-account-signing-in-feature-9'" in html


def test_the_built_report_draws_a_rerun_in_a_lane_of_its_own_after_its_shard(tmp_path):
    (tmp_path / "results").mkdir()
    first, again = _record("failed", error="AssertionError: no"), _record("failed")
    again["label"], again["started"], again["finished"] = "shard-1-rerun", 12.0, 15.0
    first["scenarios"][0] |= {"started": 1.0, "finished": 4.0}
    again["scenarios"][0] |= {"started": 12.5, "finished": 14.5}
    for run in (first, again):
        (tmp_path / "results" / f"{run['label']}.json").write_text(json.dumps(run))
    report.build(sorted((tmp_path / "results").glob("*.json")), tmp_path / "acceptance.html")
    html = (tmp_path / "acceptance.html").read_text()
    lanes = re.findall(r"<div class='lane'><span>([\w-]+) ", html)
    assert lanes == ["shard-1", "shard-1-rerun"]


def test_records_without_times_have_no_timeline():
    assert report.timeline([_record("passed")]) == ""


def test_shards_are_balanced_by_recorded_times_where_there_are_some():
    steps = suite.feature_steps([])
    slow, *others = sorted(steps)
    timings = {path: 1.0 for path in others} | {slow: 1000.0}
    weights = suite.feature_weights([], timings)
    assert weights[slow] == 1000.0
    (alone,) = [s for s in suite.split(weights, 2) if slow in s.paths]
    assert alone.paths == [slow]  # its time, not its step count, decides: it runs by itself
    # a feature with no recorded time is weighed at the recorded seconds per step
    fresh = {path: 2.0 for path in others}
    per_step = sum(fresh.values()) / sum(steps[p] for p in others)
    assert suite.feature_weights([], fresh)[slow] == round(steps[slow] * per_step, 2)
    assert suite.feature_weights([], {}) == steps  # nothing recorded: step counts


def test_a_run_records_each_features_time_from_its_first_tries(tmp_path):
    (tmp_path / "results").mkdir()
    first, again = _record("failed"), _record("passed")
    first["scenarios"][0] |= {"started": 10.0, "finished": 13.5}
    again["label"] = "shard-1-rerun"
    again["scenarios"][0] |= {"started": 20.0, "finished": 40.0}
    (tmp_path / "results" / "shard-1.json").write_text(json.dumps(first))
    (tmp_path / "results" / "shard-1-rerun.json").write_text(json.dumps(again))
    saved = suite.save_timings(tmp_path, tmp_path / "timings.json")
    assert saved == {"features/store/account/signing_in.feature": 3.5}
    assert json.loads((tmp_path / "timings.json").read_text()) == saved


@pytest.mark.server
def test_two_shards_at_once_on_one_browser_server_match_a_serial_run(tmp_path):
    """Two CI machines' shards, here two processes at once, drive the browsers of one
    Playwright browser server (`playwright run-server`) and find what a serial run finds."""
    from steps.support import browser as browsers

    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "playwright"), "run-server", "--port", "0", "--unsafe"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the wrapper and the node it starts
    )
    try:
        endpoint = server.stdout.readline().split()[-1]  # "Listening on ws://127.0.0.1:N/"
        assert endpoint.startswith("ws://"), endpoint
        serial, sharded = tmp_path / "serial", tmp_path / "sharded"
        _run(*SMALL, "--reports", str(serial))
        on_server = ["-D", f"browser_ws={endpoint}"]
        on_server += ["-D", f"browser_path={browsers.chromium_path({})}"]
        shards = [
            subprocess.Popen(
                [sys.executable, "-m", "ats_spec.suite", *SMALL, "--shard", f"{k}/2"]
                + ["--reports", str(sharded), *on_server],
                cwd=suite.ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for k in (1, 2)
        ]
        assert [shard.wait(timeout=600) for shard in shards] == [0, 0]
        assert _outcomes(sharded) == _outcomes(serial)
        browsers_used = {
            json.loads(path.read_text())["browser"] for path in (sharded / "results").glob("*.json")
        }
        assert browsers_used and all(b.endswith(f" at {endpoint}") for b in browsers_used)
    finally:
        # The `playwright` wrapper is Python running node as a child: ending the wrapper alone
        # left node serving browsers after the tests.
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
