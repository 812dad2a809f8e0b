"""One gate worker: runs behave again and again in this process, against one switchable
server (ats_spec/gate/serve.py --switchable), with one browser kept open. Starting a behave
process, a simulator and a browser for every variant cost more than most variants' scenarios.

    python -m ats_spec.gate.driver --server URL   # then one job per line on standard input

A job is a JSON object: the variant to serve, the runs to make in turn (each a behave tag
expression and the feature files or scenarios, path:line, to run; the side the variant breaks
first), the reports folder and a label for its records there, and whether to stop at the first
failing scenario. For each job the
worker switches the server to the variant, runs the scenarios, runs each failed one once more
(records.needs_rerun), switches back and writes what the server counted as server errors; then
it prints `done VARIANT`.
"""

import argparse
import json
import sys
import urllib.request
from pathlib import Path

from behave.configuration import Configuration
from behave.runner import Runner
from playwright.sync_api import sync_playwright

from ats_spec import records
from ats_spec.gate.serve import SWITCH
from ats_spec.gate.variants import UNBROKEN
from ats_spec.records import STOP_AT_A_CATCH
from ats_spec.suite import failing_places
from steps.support import browser as browsers

DONE = "done "  # the line a worker prints when a job's records are written


def switch(server: str, name: str) -> int:
    """Serve `name`; the server errors counted while the previous variant was served."""
    request = urllib.request.Request(
        server + SWITCH,
        data=json.dumps({"name": name}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)["server_errors"]


def behave(arguments: list[str]) -> None:
    Runner(Configuration(command_args=arguments, load_config=False)).run()


def run_job(job: dict, server: str, waits: list[str]) -> None:
    reports = Path(job["reports"])  # the control's parts share one: labels keep them apart
    (reports / "results").mkdir(parents=True, exist_ok=True)
    urls = ["-D", f"store_url={server}/store", "-D", f"console_url={server}/console"]
    common = ["--no-junit", "-f", "null", "--no-summary", "-D", "traces=off", *urls, *waits]
    # no pictures: a catch is read from the records, and each picture costs the browser work
    common += ["-D", f"reports_dir={reports}", "-D", "screenshots=none"]
    switch(server, job["variant"])
    for index, run in enumerate(job["runs"]):
        label = f"{job['label']}-{index + 1}"
        results = reports / "results" / f"{label}.json"
        behave(
            [
                *common,
                f"--tags={run['tags']}",
                *(["-D", f"stop={STOP_AT_A_CATCH}"] if job["first"] else []),
            ]
            + ["-D", f"run_label={label}", "-D", f"results={results}"]
            + run["paths"]
        )
        failing = failing_places(results)
        if failing:  # the second try; untraced: a trace costs more than the catch it shows
            again = reports / "results" / f"{label}{records.RERUN}.json"
            behave(
                [*common, "-D", f"run_label={label}{records.RERUN}", "-D", f"results={again}"]
                + failing
            )
            if job["first"]:
                break
    errors = switch(server, UNBROKEN.name)
    served = reports / f"served-{job['label']}.json"
    served.write_text(json.dumps({"server_errors": errors}))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m ats_spec.gate.driver", description=__doc__)
    parser.add_argument("--server", required=True, help="the switchable server's base URL")
    parser.add_argument("waits", nargs="*", help="behave -D options for the waits")
    args = parser.parse_args(argv)
    playwright = sync_playwright().start()
    browsers.KEPT["browser"] = browsers.launch(playwright, {})
    try:
        for line in sys.stdin:
            job = json.loads(line)
            run_job(job, args.server.rstrip("/"), args.waits)
            print(DONE + job["variant"], flush=True)
    finally:
        browsers.KEPT["browser"].close()
        playwright.stop()


if __name__ == "__main__":
    main()
