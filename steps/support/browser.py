"""The browser to drive: Chromium launched here (a configured path, else a system Chromium, else
Playwright's own), or a Playwright browser server elsewhere (-D browser_ws=ws://host:port/,
started with `playwright run-server`), so the browsers of several CI machines' shards can live
on one browser host.
"""

import json
import os
import shutil

SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Headless, Chromium's headless shell (Debian's chromium-headless-shell, what Playwright itself
# runs headless) draws the same pages for about 40% less CPU than the full browser started
# headless (README, Benchmarks): preferred when it is there.
HEADLESS_SHELLS = ("chromium-headless-shell",)
# Quiet flags: this machine has no internet, and Chromium's background calls only make noise.
LAUNCH_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]


def chromium_path(userdata, headless: bool = True) -> str | None:
    """None means: let Playwright use the browser it installed itself."""
    configured = userdata.get("browser_path") or os.environ.get("BROWSER_PATH")
    if configured:
        if not os.path.exists(configured):
            raise SystemExit(f"BROWSER_PATH {configured} does not exist")
        return configured
    for name in (HEADLESS_SHELLS if headless else ()) + SYSTEM_CHROMIUMS:
        if found := shutil.which(name):
            return found
    return None


# A process that runs behave many times (the gate's driver) launches one browser and leaves it
# here: each run uses it, and its contexts, instead of launching Chromium again.
KEPT: dict = {}  # "browser", and the runs' "pool" of contexts


def server_of(userdata) -> str | None:
    """The browser server to use, if one is given."""
    return userdata.get("browser_ws") or os.environ.get("BROWSER_WS")


def launch(playwright, userdata):
    headless = str(userdata.get("headless", os.environ.get("HEADLESS", "1"))) != "0"
    if server := server_of(userdata):
        return connect(playwright, server, headless, userdata)
    path = chromium_path(userdata, headless)
    return playwright.chromium.launch(executable_path=path, headless=headless, args=LAUNCH_ARGS)


def connect(playwright, server: str, headless: bool, userdata):
    """A browser of a Playwright browser server. The server launches it; a server started with
    `--unsafe` also takes the executable and flags we would launch with (the server's host
    must have that path: -D browser_path=... names it there)."""
    options = {"headless": headless}
    if path := userdata.get("browser_path") or os.environ.get("BROWSER_PATH"):
        options |= {"executablePath": path, "args": LAUNCH_ARGS}
    return playwright.chromium.connect(
        server, headers={"x-playwright-launch-options": json.dumps(options)}
    )
