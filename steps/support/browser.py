"""Finding a Chromium to drive: a configured path, else a system Chromium, else Playwright's own."""

import os
import shutil

SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Quiet flags: this machine has no internet, and Chromium's background calls only make noise.
LAUNCH_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]


def chromium_path(userdata) -> str | None:
    """None means: let Playwright use the browser it installed itself."""
    configured = userdata.get("browser_path") or os.environ.get("BROWSER_PATH")
    if configured:
        if not os.path.exists(configured):
            raise SystemExit(f"BROWSER_PATH {configured} does not exist")
        return configured
    for name in SYSTEM_CHROMIUMS:
        if found := shutil.which(name):
            return found
    return None


def launch(playwright, userdata):
    path = chromium_path(userdata)
    headless = str(userdata.get("headless", os.environ.get("HEADLESS", "1"))) != "0"
    return playwright.chromium.launch(executable_path=path, headless=headless, args=LAUNCH_ARGS)
