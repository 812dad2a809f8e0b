"""Browser contexts reused between scenarios come back as new ones would be."""

import zipfile

import pytest
from playwright.sync_api import sync_playwright

from steps.support import browser as browsers
from steps.support.actors import Actors, ContextPool


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = browsers.launch(playwright, {})
        yield launched
        launched.close()


def test_a_context_given_back_has_no_cookies_no_other_tab_and_an_empty_page(browser):
    pool = ContextPool(browser, 5000)
    first = Actors(browser, traces=False, pool=pool)
    page = first.page("buyer")
    page.context.add_cookies([{"name": "store_session", "value": "x", "url": "http://a.test/"}])
    page.goto("data:text/html,<h1>the last scenario</h1>")
    page.emulate_media(reduced_motion="no-preference")
    first.another_tab("buyer", "second tab")
    first_page = first.pages["buyer"]
    first.close()

    second = Actors(browser, traces=False, pool=pool)
    second.page("CSR")
    again = second.pages["CSR"]  # the browser's page, under what the steps hold
    assert again is first_page  # the same context, reused
    assert again.context.cookies() == []
    assert again.context.pages == [again]
    assert again.evaluate("document.documentElement.innerHTML") == ""  # nothing left to read
    assert again.get_by_role("heading").count() == 0
    assert again.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")
    second.close()


def _trace_text(path) -> str:
    with zipfile.ZipFile(path) as kept:
        return "".join(kept.read(name).decode("utf-8", "replace") for name in kept.namelist())


def test_a_traced_context_is_reused_and_each_trace_holds_its_own_scenario(browser, tmp_path):
    pool = ContextPool(browser, 5000)
    first = Actors(browser, traces=True, pool=pool)
    first.page("buyer").goto("data:text/html,<h1>first-scenario</h1>")
    first_page = first.pages["buyer"]
    kept_first = [p for p in first.close(tmp_path / "one", "one") if p.suffix == ".zip"]
    assert pool.idle == [first_page]  # back in the pool, not closed

    second = Actors(browser, traces=True, pool=pool)
    second.page("CSR").goto("data:text/html,<h1>second-scenario</h1>")
    assert second.pages["CSR"] is first_page
    kept_second = [p for p in second.close(tmp_path / "two", "two") if p.suffix == ".zip"]
    assert "first-scenario" in _trace_text(kept_first[0])
    assert "second-scenario" in _trace_text(kept_second[0])
    assert "first-scenario" not in _trace_text(kept_second[0])


DASHBOARD = "data:text/html,<h1>Dashboard</h1>"


def test_a_landing_loads_only_when_a_step_looks_at_the_page(browser):
    actors = Actors(browser, traces=False)
    page = actors.page("buyer")
    heading = actors.pages["buyer"].get_by_role("heading")
    page.land_later(DASHBOARD, lambda: heading)
    assert page.url == DASHBOARD  # where it is about to be, not loaded for asking
    assert actors.pages["buyer"].url == "about:blank"
    page.goto("data:text/html,<h1>Order 420</h1>")  # straight to an address: no landing
    assert heading.inner_text() == "Order 420"

    page.land_later(DASHBOARD, lambda: heading)
    assert page.get_by_role("heading").inner_text() == "Dashboard"  # looked at: landed
    actors.close()
