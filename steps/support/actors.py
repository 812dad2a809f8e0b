"""The people in a scenario, each with a browser context of their own (cookies apart).

A buyer and a CSR in one scenario are two contexts of the one browser of the run. The
contexts come from a pool and go back to it emptied (a new context costs about 120 ms, and a
scenario has one or two). Where traces are on (plain behave, and the second try of a failed
scenario under the runner), each context records a Playwright trace for the scenario, kept
as evidence when it fails.
"""

from pathlib import Path

from ats_spec.records import slug

VIEWPORT = {"width": 1280, "height": 900}


def new_page(browser, timeout_ms: int):
    context = browser.new_context(viewport=VIEWPORT, reduced_motion="reduce")
    context.set_default_timeout(timeout_ms)
    return context.new_page()


class ActorPage:
    """An actor's browser page as the steps hold it. After a back-door sign-in the landing page
    (the dashboard) loads only when a step first looks at the page: a step that goes straight to
    an address skips a page load nobody would read (about a tenth of a second, once in most
    scenarios). Everything else is the Playwright page's own."""

    _NO_LANDING = frozenset({"context", "is_closed", "close"})  # the browser, not the page

    def __init__(self, page):
        self._page = page
        self._landing = None  # (address, the locator that shows the sign-in worked)

    def land_later(self, address: str, landmark) -> None:
        self._landing = (address, landmark)

    def goto(self, url: str, **options):
        self._landing = None  # nobody read it: the address replaces it
        return self._page.goto(url, **options)

    @property
    def url(self) -> str:
        """Where the page is, or is about to be: asking does not load it."""
        return self._landing[0] if self._landing else self._page.url

    def __getattr__(self, name: str):
        if self._landing is not None and name not in self._NO_LANDING:
            (address, landmark), self._landing = self._landing, None
            self._page.goto(address)
            landmark().wait_for()
        return getattr(self._page, name)


class ContextPool:
    """Browser contexts kept between scenarios. One comes back as a new one would be: no cookies
    (so no session of the last scenario), no other tab, an empty page, motion reduced."""

    def __init__(self, browser, timeout_ms: int):
        self.browser, self.timeout_ms = browser, timeout_ms
        self.idle = []

    def take(self):
        return self.idle.pop() if self.idle else new_page(self.browser, self.timeout_ms)

    def give_back(self, page) -> None:
        context = page.context
        try:
            for other in context.pages:
                if other is not page:
                    other.close()
            context.clear_cookies()
            context.clear_permissions()
            # Emptied where it stands: nothing of the last scenario's page is left to read, for
            # a round trip rather than the 25 ms of a navigation to about:blank.
            page.evaluate("() => { window.stop(); document.documentElement.replaceChildren(); }")
            page.emulate_media(reduced_motion="reduce")
        except Exception:  # a context in a bad state is not reused
            context.close()
            return
        self.idle.append(page)


class Actors:
    def __init__(self, browser, timeout_ms: int = 10_000, traces: bool = True, pool=None):
        self.browser = browser
        self.timeout_ms = timeout_ms
        self.traces = traces  # off on a first pass: a failed scenario is traced when rerun
        self.pool = pool  # a traced context is taken from it too: tracing starts and stops
        self.pages = {}
        self.fronts = {}  # actor -> the ActorPage the steps hold
        self.tabs = {}  # more tabs of an actor's browser: closed with its context
        # Who an actor is in this scenario when the key does not say: the store's browser is
        # "buyer" to the steps, but a rep signs in with it; captions and evidence say "rep".
        self.names = {}

    def call(self, actor: str, name: str) -> None:
        self.names[actor] = name

    def named_pages(self) -> list[tuple[str, object]]:
        """(who, their page) for each actor with a browser open: what captions name."""
        return [(self.names.get(actor, actor), page) for actor, page in self.pages.items()]

    def page(self, actor: str):
        if actor in self.tabs:
            return self.tabs[actor]
        if actor not in self.fronts:
            self.fronts[actor] = ActorPage(self._browser_page(actor))
        return self.fronts[actor]

    def _browser_page(self, actor: str):
        if actor not in self.pages:
            if self.pool is not None:
                page = self.pool.take()
            else:
                page = new_page(self.browser, self.timeout_ms)
            if self.traces:  # per scenario, so a kept trace holds this scenario only
                if page.url != "about:blank":  # not even the last scenario's address
                    page.goto("about:blank")
                page.context.tracing.start(screenshots=False, snapshots=True, sources=False)
            self.pages[actor] = page
        return self.pages[actor]

    def another_tab(self, actor: str, tab: str):
        """A second tab of the actor's browser, named `tab`: the same cookies and session."""
        if tab not in self.tabs:
            self.tabs[tab] = self._browser_page(actor).context.new_page()
        return self.tabs[tab]

    def close(self, evidence_dir: Path | None = None, name: str = "") -> list[Path]:
        """Close every context; with evidence_dir, keep a screenshot and a trace of each."""
        kept = []
        for actor, page in self.named_pages():
            context = page.context
            if evidence_dir is not None:
                evidence_dir.mkdir(parents=True, exist_ok=True)
                stem = evidence_dir / f"{slug(name)}--{slug(actor)}"
                try:
                    page.screenshot(path=f"{stem}.png", full_page=True)
                    kept.append(Path(f"{stem}.png"))
                except Exception:  # a crashed page still leaves its trace
                    pass
                if self.traces:
                    context.tracing.stop(path=f"{stem}.trace.zip")
                    kept.append(Path(f"{stem}.trace.zip"))
            elif self.traces:
                context.tracing.stop()
            if self.pool is not None:
                self.pool.give_back(page)
            else:
                context.close()
        self.pages, self.fronts, self.tabs, self.names = {}, {}, {}, {}
        return kept
