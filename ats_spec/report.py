"""The report of a run: one self-contained HTML file (images inlined, no script, opens offline).

    .venv/bin/python -m ats_spec.report [RESULTS.json ...] [--docs]

Built from the run records (reports/results/*.json by default; one per shard of a parallel
run): features grouped as the features/ folders are, each scenario's steps with their results
and screenshots, a failing scenario's evidence and Playwright trace; then the traceability
matrix with the run's results, and the assumption register. --docs also rewrites
docs/traceability.md and docs/assumptions.md with these results.
"""

import argparse
import base64
import html
import os
import time
from collections import defaultdict
from pathlib import Path

from behave.parser import parse_file

from ats_spec import cucumber, livingdoc
from ats_spec.records import merge_reruns, read_runs, slug

ROOT = livingdoc.ROOT
REPORTS = ROOT / "reports"
OUTPUT = REPORTS / "acceptance.html"
TITLE = "ATS order flows: acceptance report"

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:20px}
h1{font-size:26px;margin:0 0 6px} h2{margin-top:34px;border-bottom:2px solid #cfd6de}
h3{margin:24px 0 6px} .feature-description{white-space:pre-line;color:#4a5560;margin:0 0 10px}
.summary{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.summary div{background:#fff;border:1px solid #d9dee4;border-radius:6px;padding:8px 12px}
.summary b{display:block;font-size:20px}
nav ul{columns:2;padding-left:18px} nav li{break-inside:avoid}
details.scenario{background:#fff;border:1px solid #d9dee4;border-left:6px solid #8a96a3;
  border-radius:6px;margin:8px 0;padding:6px 12px}
details.passed{border-left-color:#2e8540} details.failed{border-left-color:#c62828}
details.skipped,details.untested{border-left-color:#b0b8c1}
summary{cursor:pointer;font-weight:600} .rule{font-style:italic;color:#4a5560}
.description{white-space:pre-line;color:#4a5560;margin:4px 0}
.tag{font:12px monospace;background:#eef1f4;border-radius:4px;padding:1px 5px;margin-left:4px;
  color:#35414d;font-weight:normal}
ol.steps{padding-left:22px} ol.steps li{margin:6px 0}
.kw{font-weight:700} .status{font:12px monospace;margin-left:6px}
.s-passed{color:#2e8540} .s-failed,.s-error{color:#c62828} .s-flaky{color:#b26a00}
.s-skipped,.s-untested{color:#8a96a3}
.bg{color:#4a5560}
pre.error{background:#fff2f2;border:1px solid #f0c4c4;padding:8px;white-space:pre-wrap;
  font-size:12px;overflow:auto}
table{border-collapse:collapse;background:#fff;margin:6px 0}
td,th{border:1px solid #d9dee4;padding:4px 8px;text-align:left;vertical-align:top}
figure{margin:8px 0}
figure img{max-width:min(100%,760px);border:1px solid #cfd6de;border-radius:4px}
figcaption{font-size:12px;color:#4a5560}
.timeline{background:#fff;border:1px solid #d9dee4;border-radius:6px;padding:8px 12px}
.lane{display:flex;align-items:center;gap:8px;margin:4px 0}
.lane span{width:120px;font:12px monospace;flex:none}
.bars{position:relative;height:18px;flex:1;background:#eef1f4;border-radius:3px}
.bars a{position:absolute;top:0;height:18px;min-width:3px;background:#2e8540;box-sizing:border-box;
  border-right:2px solid #fff}
.bars a.failed,.bars a.error{background:#c62828} .bars a.flaky{background:#b26a00}
.bars a.skipped{background:#b0b8c1}
"""

STATUS_ORDER = ("failed", "error", "flaky", "untested", "skipped", "passed")


def outline_results(runs: list[dict]) -> dict[tuple[str, int], str]:
    """(path, line) of each scenario as written -> its result; an outline passes when all of its
    examples did."""
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    for run in runs:
        for scenario in run["scenarios"]:
            found[(scenario["path"], scenario["outline_line"])].append(scenario["status"])
    return {key: _worst(statuses) for key, statuses in found.items()}


def tagged_results(runs: list[dict]) -> tuple[dict, dict]:
    """Per tag, as an Examples block may carry its own: (path, line as written, tag) -> the
    result of only the rows with that tag, and -> the line of the first such row."""
    found: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    first: dict[tuple[str, int, str], int] = {}
    for run in runs:
        for scenario in run["scenarios"]:
            for tag in scenario["tags"]:
                key = (scenario["path"], scenario["outline_line"], tag)
                found[key].append(scenario["status"])
                first[key] = min(first.get(key, scenario["line"]), scenario["line"])
    return {key: _worst(statuses) for key, statuses in found.items()}, first


def _worst(statuses: list[str]) -> str:
    for status in STATUS_ORDER:
        if status in statuses:
            return "failed" if status == "error" else status
    return "untested"


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _anchor(path: str, line: int) -> str:
    return "s-" + slug(f"{path}-{line}")


def _image(path: Path, caption: str, mime: str) -> str:
    if not path.exists():
        return f"<p>(missing screenshot {_e(path.name)})</p>"
    data = base64.b64encode(path.read_bytes()).decode()
    return (
        f'<figure><img alt="{_e(caption)}" src="data:{mime};base64,{data}">'
        f"<figcaption>{_e(caption)}</figcaption></figure>"
    )


def _table(rows: list[list[str]]) -> str:
    head, *body = rows
    cells = "".join(f"<th>{_e(c)}</th>" for c in head)
    lines = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in body)
    return f"<table><tr>{cells}</tr>{lines}</table>"


def _step(step: dict, base: Path) -> str:
    status = step["status"]
    timing = f" {step['duration']:.2f}s" if status in ("passed", "failed", "error") else ""
    parts = [
        f"<li class='{'bg' if step['background'] else ''}'><span class='kw'>"
        f"{_e(step['keyword'])}</span> {_e(step['name'])}"
        f"<span class='status s-{status}'>{status}{timing}</span>"
    ]
    if step["table"]:
        parts.append(_table(step["table"]))
    if step["text"]:
        parts.append(f"<pre>{_e(step['text'])}</pre>")
    if step["error"]:
        parts.append(f'<pre class="error">{_e(step["error"])}</pre>')
    for shot in step["shots"]:
        parts.append(_image(base / shot["file"], f"{shot['actor']} sees", "image/jpeg"))
    return "".join(parts) + "</li>"


def _from_root(path: Path) -> str:
    """A path as typed from the repository's root, where it is inside it."""
    return os.path.relpath(path, ROOT) if path.resolve().is_relative_to(ROOT) else str(path)


def _tag(tag: str) -> str:
    """An article step's tag links to its row of the matrix and says what the step is."""
    what = livingdoc.trace_id_descriptions().get(tag)
    if what is None:
        return f'<span class="tag">@{_e(tag)}</span>'
    return f'<a class="tag" href="#t-{slug(tag)}" title="{_e(what)}">@{_e(tag)}</a>'


def _assumption_row(path: str, line: int) -> str:
    return f"a-{slug(path)}-{line}"


def _prose(text: str | None) -> str:
    return f"<p class='description'>{_e(text)}</p>" if text else ""


def _scenario(scenario: dict, base: Path) -> str:
    status = scenario["status"]  # passed, failed, error (could not run: hook, undefined step)
    row = _assumption_row(scenario["path"], scenario.get("outline_line", scenario["line"]))
    tags = "".join(
        f'<a class="tag" href="#{row}" title="In the assumption register">@assumption</a>'
        if t == "assumption"
        else _tag(t)
        for t in scenario["tags"]
    )
    rule = (
        f'<div class="rule">Rule: {_e(scenario["rule"])}'
        f"{_prose(scenario.get('rule_description'))}</div>"
        if scenario["rule"]
        else ""
    )
    rule += _prose(scenario.get("description"))
    if scenario.get("error"):
        rule += f'<pre class="error">{_e(scenario["error"])}</pre>'
    if scenario.get("rerun") == "passed":
        rule += "<p class='description'>Flaky: failed on the first try, passed when run again.</p>"
    elif scenario.get("rerun"):
        rule += "<p class='description'>Failed again when run a second time.</p>"
    steps = "".join(_step(step, base) for step in scenario["steps"])
    evidence = []
    for file in scenario["evidence"]:
        if file.endswith(".png"):
            evidence.append(_image(base / file, "When it failed", "image/png"))
        elif file.endswith(".zip"):
            evidence.append(
                f'<p>Playwright trace: <a href="{_e(file)}">{_e(Path(file).name)}</a> '
                f"(<code>.venv/bin/playwright show-trace {_e(_from_root(base / file))}</code>)</p>"
            )
    where = f"{scenario['path']}:{scenario['line']}"
    searchable = " ".join([scenario["name"], *(step["name"] for step in scenario["steps"])])
    filters = (
        f' data-status="{_e(status)}" data-tags="{_e(" ".join(scenario["tags"]))}"'
        f' data-folder="{_e(_folder(scenario["path"]))}" data-text="{_e(searchable.lower())}"'
    )
    return (
        f'<details class="scenario {status}" id="{_anchor(scenario["path"], scenario["line"])}"'
        f"{filters}"
        f"{' open' if status in ('failed', 'error') else ''}><summary>{_e(scenario['name'])} "
        f'<span class="status s-{status}">{status}</span>{tags}</summary>{rule}'
        f"<div class='tag'>{_e(where)}</div><ol class='steps'>{steps}</ol>{''.join(evidence)}"
        "</details>"
    )


def _folder(path: str) -> str:
    return str(Path(path).parent.relative_to("features"))


FILTER_SCRIPT = """
const form = document.getElementById('filters');
function apply() {
  const status = form.status.value, folder = form.folder.value;
  const tag = form.tag.value.trim().replace(/^@/, ''), words = form.search.value.toLowerCase();
  let shown = 0;
  document.querySelectorAll('details.scenario').forEach(function (s) {
    const tags = s.dataset.tags.split(' ');
    const keep = (!status || s.dataset.status === status)
      && (!folder || s.dataset.folder === folder)
      && (!tag || tags.some(function (t) { return t === tag || t.startsWith(tag + '.'); }))
      && (!words || s.dataset.text.includes(words));
    s.hidden = !keep;
    if (keep) { shown += 1; }
  });
  document.getElementById('shown').textContent = shown + ' shown';
}
form.addEventListener('input', apply);
form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
"""


def _filter_form(folders: list[str], statuses: list[str]) -> str:
    """Status, article step or tag, feature folder and free text: offline, in the one file."""
    options = "".join(f"<option>{_e(status)}</option>" for status in statuses)
    places = "".join(f"<option>{_e(folder)}</option>" for folder in folders)
    return (
        "<form id='filters' role='search' aria-label='Filter scenarios'>"
        f"<label>Status <select name='status'><option value=''>any</option>{options}"
        "</select></label> "
        "<label>Tag or article step <input name='tag' placeholder='npo.route or "
        "masquerade-scope'></label> "
        f"<label>Folder <select name='folder'><option value=''>any</option>{places}"
        "</select></label> "
        "<label>Search <input name='search' type='search' placeholder='words in a scenario or "
        "its steps'></label> <output id='shown'></output></form>"
    )


def _features_by_folder(runs: list[dict]) -> dict[str, dict[str, list[dict]]]:
    """folder -> feature path -> scenarios, in the order the features/ tree lists them."""
    grouped: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for run in runs:
        for scenario in run["scenarios"]:
            grouped[_folder(scenario["path"])][scenario["path"]].append(scenario)
    return {
        folder: {
            path: sorted(scenarios, key=lambda s: s["line"])
            for path, scenarios in sorted(features.items())
        }
        for folder, features in sorted(grouped.items())
    }


def _counts(runs: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for run in runs:
        for scenario in run["scenarios"]:
            counts["scenarios"] += 1
            counts["errors" if scenario["status"] == "error" else scenario["status"]] += 1
            counts["steps"] += len(scenario["steps"])
            counts["screenshots"] += sum(len(step["shots"]) for step in scenario["steps"])
            # a failing scenario's evidence: one screenshot per actor beside its trace
            counts["screenshots"] += sum(
                1 for path in scenario.get("evidence", []) if path.endswith(".png")
            )
    counts["features"] = len({s["path"] for run in runs for s in run["scenarios"]})
    return counts


def _first_runs(runs: list[dict]) -> dict[tuple[str, int], int]:
    """(path, line as written) -> the line of its first run: an outline's first example."""
    first: dict[tuple[str, int], int] = {}
    for run in runs:
        for scenario in run["scenarios"]:
            key = (scenario["path"], scenario["outline_line"])
            first[key] = min(first.get(key, scenario["line"]), scenario["line"])
    return first


def _link_to(s: livingdoc.Scenario, first: dict[tuple[str, int], int]) -> str:
    """A link to the scenario in this report, if this run ran it."""
    if (s.path, s.line) not in first:
        return _e(s.name)
    return f"<a href='#{_anchor(s.path, first[(s.path, s.line)])}'>{_e(s.name)}</a>"


def coverage(written, runs: list[dict]) -> dict[str, int]:
    """The figures at the top: article steps with a scenario that ran and with all passing;
    assumption scenarios that ran and passed."""
    tagged, _ = tagged_results(runs)
    results = outline_results(runs)
    steps = livingdoc.trace_ids()
    ran, passing = set(), set()
    for trace_id in steps:
        found = [
            tagged[(s.path, s.line, trace_id)]
            for s in written
            if (s.path, s.line, trace_id) in tagged
        ]
        if found:
            ran.add(trace_id)
            if all(status == "passed" for status in found):
                passing.add(trace_id)
    assumed = [s for s in written if s.assumption is not None]
    assumed_results = [results.get((s.path, s.line)) for s in assumed]
    return {
        "steps": len(steps),
        "steps_run": len(ran),
        "steps_passing": len(passing),
        "assumptions": len(assumed),
        "assumptions_run": sum(status is not None for status in assumed_results),
        "assumptions_passing": sum(status == "passed" for status in assumed_results),
    }


def _coverage_line(figures: dict[str, int]) -> str:
    return (
        f"<p class='coverage'><b>Article steps:</b> {figures['steps_passing']} of "
        f"{figures['steps']} passing ({figures['steps_run']} exercised in this run). "
        f"<b>Assumptions:</b> {figures['assumptions_passing']} of {figures['assumptions']} "
        f"scenarios passing ({figures['assumptions_run']} run). "
        "<a href='#traceability'>Matrix</a> · <a href='#assumptions'>register</a></p>"
    )


def _matrix(written, runs: list[dict]) -> str:
    """Each article step's scenarios, counting of an outline only the example rows that carry
    the step's tag, and linking to the first of them."""
    results, first = tagged_results(runs)
    rows = []
    for trace_id, what in livingdoc.trace_id_descriptions().items():
        covering = [s for s in written if trace_id in s.tags]
        cells = []
        for s in covering:
            key = (s.path, s.line, trace_id)
            status = results.get(key, "not run")
            name = (
                f"<a href='#{_anchor(s.path, first[key])}'>{_e(s.name)}</a>"
                if key in first
                else _e(s.name)
            )
            cells.append(f'{name} <span class="status s-{slug(status)}">{status}</span>')
        rows.append(
            f"<tr id='t-{slug(trace_id)}'><td><code>{_e(trace_id)}</code></td><td>{_e(what)}</td>"
            f"<td>{'<br>'.join(cells) or '<b>no scenario</b>'}</td></tr>"
        )
    return (
        '<h2 id="traceability">Traceability: article steps, scenarios, last-run results</h2>'
        "<table><tr><th>trace id</th><th>the article step</th><th>scenarios</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _assumptions(
    written, results: dict[tuple[str, int], str], first: dict[tuple[str, int], int]
) -> str:
    rows = []
    for s in written:
        if s.assumption is None:
            continue
        status = results.get((s.path, s.line), "not run")
        rows.append(
            f"<tr id='{_assumption_row(s.path, s.line)}'><td>{_e(s.feature)}</td>"
            f"<td>{_link_to(s, first)}"
            f" <span class='status s-{slug(status)}'>{status}</span></td>"
            f"<td>{_e(s.assumption)}</td></tr>"
        )
    return (
        '<h2 id="assumptions">Assumptions: scenarios resting on a product-owner decision</h2>'
        "<table><tr><th>feature</th><th>scenario</th><th>assumption</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def render(runs: list[dict], base: Path = REPORTS, tries: list[dict] | None = None) -> str:
    """The report; screenshots and traces are found relative to base, the report's folder.
    tries: the records as the processes wrote them, reruns apart (for the timeline)."""
    results = outline_results(runs)
    first = _first_runs(runs)
    written = livingdoc.scenarios()  # every scenario as written, run or not
    counts = _counts(runs)
    started = min(run["started"] for run in runs)
    finished = max(run["finished"] for run in runs)
    build = "documentation" if any(r["screenshots"] == "all" for r in runs) else "quick"
    feature_docs = {}
    contents, sections = [], []
    grouped = _features_by_folder(runs)
    for folder, features in grouped.items():
        contents.append(f"<li><a href='#{slug(folder)}'>{_e(folder)}</a><ul>")
        sections.append(f"<h2 id='{slug(folder)}'>{_e(folder.replace('/', ' › '))}</h2>")
        for path, scenarios in features.items():
            feature = feature_docs.setdefault(path, parse_file(str(ROOT / path)))
            contents.append(f"<li><a href='#{slug(path)}'>{_e(feature.name)}</a></li>")
            description = "\n".join(feature.description or [])
            sections.append(
                f"<h3 id='{slug(path)}'>{_e(feature.name)}</h3>"
                f"<p class='feature-description'>{_e(description)}</p>"
                + "".join(_scenario(s, base) for s in scenarios)
            )
        contents.append("</ul></li>")
    folders = list(grouped)
    statuses = sorted({s["status"] for run in runs for s in run["scenarios"]})
    summary = "".join(
        f"<div><b>{counts.get(key, 0)}</b>{label}</div>"
        for key, label in (
            ("features", "features"),
            ("scenarios", "scenarios"),
            ("passed", "passed"),
            ("failed", "failed"),
            ("errors", "errors"),
            ("flaky", "flaky"),
            ("skipped", "skipped"),
            ("steps", "steps"),
            ("screenshots", "screenshots"),
        )
    )
    targets = sorted({run["target"] for run in runs})
    browsers = ", ".join(sorted({run.get("browser") or "unknown" for run in runs}))
    commits = ", ".join(sorted({run.get("commit") or "unknown" for run in runs}))
    shards = "; ".join(f"{run['label']} {run['finished'] - run['started']:.0f} s" for run in runs)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title>"
        f"<style>{STYLE}</style></head><body><header><h1>{TITLE}</h1>"
        f"<p>{build.capitalize()} build, run "
        f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(started))} in "
        f"{finished - started:.0f} s over {len(runs)} process(es), against "
        f"{_e('; '.join(targets))}.</p><p class='environment'>Browser {_e(browsers)}; "
        f"commit {_e(commits)}; each process: {_e(shards)}.</p>"
        f"<div class='summary'>{summary}</div>"
        f"{_filter_form(folders, statuses)}"
        f"{_coverage_line(coverage(written, runs))}{timeline(tries or runs)}"
        "<nav><p><a href='#traceability'>Traceability matrix</a> · "
        "<a href='#assumptions'>Assumption register</a></p>"
        f"<ul>{''.join(contents)}</ul></nav></header><main>{''.join(sections)}"
        f"{_matrix(written, runs)}{_assumptions(written, results, first)}"
        f"</main><script>{FILTER_SCRIPT}</script></body></html>"
    )


def nothing_ran(why: str) -> str:
    """The report of a run that ended before its first scenario: why, and nothing else."""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title>"
        f"<style>{STYLE}</style></head><body><header><h1>{TITLE}</h1>"
        "<div class='summary'><div><b>0</b>scenarios ran</div></div>"
        f"<p>No scenario ran: the run stopped before the first one.</p>"
        f"<pre class='error' role='alert'>{_e(why)}</pre></header></body></html>"
    )


def timeline(runs: list[dict]) -> str:
    """One lane per process (shard, rerun): each scenario a bar where and as long as it ran,
    coloured by its result, linked to it. Shows idle time, slow scenarios and unequal shards."""
    timed = [run for run in runs if any("started" in s for s in run["scenarios"])]
    if not timed:
        return ""
    start = min(run["started"] for run in timed)
    span = max(run["finished"] for run in timed) - start or 1
    lanes = []
    for run in sorted(timed, key=lambda run: run["started"]):
        bars = "".join(
            f"<a class='{_e(s['status'])}' href='#{_anchor(s['path'], s['line'])}' "
            f"style='left:{100 * (s['started'] - start) / span:.2f}%;"
            f"width:{100 * (s['finished'] - s['started']) / span:.2f}%' "
            f"title='{_e(s['name'])}: {s['finished'] - s['started']:.1f} s, {_e(s['status'])}'>"
            "</a>"
            for s in run["scenarios"]
            if "started" in s
        )
        lanes.append(
            f"<div class='lane'><span>{_e(run['label'])} "
            f"{run['finished'] - run['started']:.0f} s</span><div class='bars'>{bars}</div></div>"
        )
    return (
        f"<details class='timeline' id='timeline'><summary>Timeline: {len(lanes)} process(es) "
        f"over {span:.0f} s (a bar per scenario; hover for its name and time)</summary>"
        f"{''.join(lanes)}</details>"
    )


def build(paths: list[Path], output: Path = OUTPUT, docs: bool = False) -> dict[str, int]:
    tries = read_runs(paths)
    runs = merge_reruns(tries)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(runs, output.parent, tries))
    cucumber.write(runs, output.parent / "cucumber.json")
    counts = _counts(runs)
    if docs:
        results = outline_results(runs)
        started = time.strftime("%Y-%m-%d %H:%M", time.localtime(min(r["started"] for r in runs)))
        described = (
            f"documentation build of {started}: {counts.get('passed', 0)} of "
            f"{counts['scenarios']} scenario runs passed"
        )
        by_place = {f"{path}:{line}": status for (path, line), status in results.items()}
        by_place |= {
            f"{path}:{line}@{tag}": status
            for (path, line, tag), status in tagged_results(runs)[0].items()
        }
        livingdoc.write_documents(livingdoc.LastRun(described, by_place), output.parent / "docs")
    return counts


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m ats_spec.report", description=__doc__)
    parser.add_argument("results", nargs="*", type=Path)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--docs", action="store_true", help="also rewrite docs/ with the results")
    args = parser.parse_args(argv)
    paths = args.results or sorted((REPORTS / "results").glob("*.json"))
    counts = build(paths, args.output, args.docs)
    size = args.output.stat().st_size / 1e6
    print(
        f"wrote {_from_root(args.output)} ({size:.1f} MB): {counts['scenarios']} scenarios, "
        f"{counts.get('failed', 0)} failed, {counts.get('screenshots', 0)} screenshots"
    )


if __name__ == "__main__":
    main()
