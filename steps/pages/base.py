"""What every page object has: the browser page it reads and the base URL of its system, and
the reading of a whole record off a page (every field, line and comment it shows)."""

from playwright.sync_api import Page, expect

# The page's record, in document order, as (field, value) pairs:
#   h1                         -> ("Title", text)
#   dl                         -> (dt, dd) for each pair
#   [data-field=F]             -> (F, text, the addresses of its links)
#   table[aria-label=T]        -> ("T 1", cells joined " · ") for each body row; tfoot rows
#                                 give (header cell, value)
#   ol/ul[aria-label=L]        -> ("L 1", text) for each item
# Forms, buttons and scripts are what a person does, not what the record says: skipped. A
# hidden tab panel is read too: a person reads it by opening the tab. Inside a value, the lines
# of a multi-line block (an address) are joined with ", ", and spaces are collapsed.
_READ_RECORD = """
(root) => {
  const pairs = [];
  const SKIP = new Set(["SCRIPT", "STYLE", "FORM", "BUTTON", "INPUT", "SELECT", "TEXTAREA",
                        "NAV", "DIALOG", "TEMPLATE"]);
  const text = (node) => {
    const parts = [];
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) { parts.push(n.textContent); return; }
      if (n.nodeType !== Node.ELEMENT_NODE || SKIP.has(n.tagName)) return;
      if (n.getAttribute("aria-hidden") === "true") return;
      if (n.tagName === "BR" || n.tagName === "P" || n.tagName === "LI") parts.push("\\n");
      for (const child of n.childNodes) walk(child);
      if (n.tagName === "P" || n.tagName === "LI") parts.push("\\n");
    };
    walk(node);
    return parts.join("").split("\\n").map((l) => l.replace(/\\s+/g, " ").trim())
      .filter((l) => l).join(", ");
  };
  const visit = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.tagName)) return;
    if (node.getAttribute("aria-hidden") === "true" || node.dataset.record === "skip") return;
    if (node.dataset.field) {
      pairs.push([node.dataset.field, text(node), [...node.querySelectorAll("a[href]")]
        .map((a) => a.href)]);
      return;
    }
    if (node.tagName === "H1") { pairs.push(["Title", text(node)]); return; }
    if (node.tagName === "DL") {
      let field = null;
      for (const child of node.children) {
        if (child.tagName === "DT") field = text(child);
        else if (child.tagName === "DD" && field !== null) pairs.push([field, text(child)]);
      }
      return;
    }
    const label = node.getAttribute("aria-label");
    if (node.tagName === "TABLE" && label) {
      const body = node.tBodies.length ? [...node.tBodies].flatMap((b) => [...b.rows]) : [];
      body.forEach((row, i) => pairs.push(
        [label + " " + (i + 1), [...row.cells].map((c) => text(c) || "—").join(" · ")]));
      if (node.tFoot) for (const row of node.tFoot.rows) {
        const cells = [...row.cells];
        pairs.push([text(cells[0]), cells.slice(1).map(text).join(" · ")]);
      }
      return;
    }
    if ((node.tagName === "OL" || node.tagName === "UL") && label) {
      [...node.children].forEach((item, i) => pairs.push([label + " " + (i + 1), text(item)]));
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return pairs;
}
"""


class PageObject:
    # How a control is clicked. "quick" (the default): once the page has loaded (its style
    # sheet applied, so nothing moves after) and the control is shown and enabled, the mouse
    # clicks it where it is, without Playwright's wait for it to stand still (two animation
    # frames, about a third of a click's time here, on pages that never move once loaded). A
    # control something covers still takes no click: the mouse lands on what covers it.
    # "careful" (-D clicks=careful) keeps every check Playwright makes, for an implementation
    # whose pages animate.
    clicks = "quick"

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url

    @classmethod
    def press(cls, control) -> None:
        """Clicks a button or link; one the page does not show, or shows disabled, is a failed
        expectation (the page is wrong), not an error of the test."""
        cls.usable(control).click(force=cls.clicks == "quick")

    @classmethod
    def tick(cls, box) -> None:
        """Checks a checkbox or chooses a radio button, as press clicks."""
        cls.usable(box).check(force=cls.clicks == "quick")

    @classmethod
    def usable(cls, control):
        """The control, once its page has loaded and it is shown and enabled. Clicked before
        the page's style sheet applies, a button can move under the mouse: the click is lost
        (seen once, on a loaded machine)."""
        # Shown and enabled, asked in one round trip rather than two (a click's every check
        # costs one; the suite clicks about 900 times). A link is never :disabled.
        ready = control.and_(control.page.locator(":not(:disabled):not([aria-disabled=true])"))
        expect(ready, f"{control} is shown and enabled").to_be_visible()
        control.page.wait_for_load_state()
        return control

    def post_as_crafted(self, address: str, fields: dict[str, str]) -> None:
        """What a crafted request does: post these fields to that address with the session's
        CSRF token taken from the page (every signed-in page has one, in Log Out's form), as
        if the page had offered a form for it; then wait for the answer's page."""
        with self.page.expect_navigation():  # the answer's page, loaded
            self.page.evaluate(
                """([address, fields]) => {
                    const form = document.createElement("form");
                    form.method = "post"; form.action = address;
                    const values = {
                        ...fields,
                        csrf_token: document.querySelector("input[name=csrf_token]").value,
                    };
                    for (const [name, value] of Object.entries(values)) {
                        const input = document.createElement("input");
                        input.type = "hidden"; input.name = name; input.value = value;
                        form.appendChild(input);
                    }
                    document.body.appendChild(form); form.submit();
                }""",
                [address, fields],
            )

    def alerts_after_crafted(self, address: str, fields: dict[str, str]) -> list[str]:
        """Posts as crafted, and returns what the answering page's alerts say (none: the
        post went through)."""
        self.post_as_crafted(address, fields)
        return self.page.get_by_role("alert").all_inner_texts()

    @staticmethod
    def paste(field, text: str) -> None:
        """Types into a field the way a paste often leaves it: with a space after. Only fields
        the rules read trimmed are typed so (an email address, a PO, a card, a job or tracking
        number, a price), which tries an implementation's trimming wherever such a field is
        used, not only in the scenarios about spaces. An empty value stays empty."""
        field.fill(f"{text} " if text else text)

    def main_content(self):
        """The page without its header: what the page says about what was asked for."""
        return self.page.locator("main")

    @staticmethod
    def shown(locator):
        """The locator, once the page shows it: a person who cannot find the field or button
        is a failed expectation (the page is wrong), not an error of the test."""
        expect(locator).to_be_visible()
        return locator

    def heading_at(self, address: str) -> str:
        """The first heading of the page at that address, opened in a tab beside this one (the
        same browser, signed in as it is): where a link would take this person. A GET: reading
        it changes nothing."""
        tab = self.page.context.new_page()
        try:
            tab.goto(address)
            heading = tab.get_by_role("heading", level=1).first
            return heading.inner_text().strip() if heading.count() else "a page without a heading"
        finally:
            tab.close()

    def read_record(self, root: str = "main", follow: bool = False) -> list[tuple[str, str]]:
        """Every field, line and comment the page shows, as (field, value) pairs. With follow,
        a field's link reads as its words and where it leads: "... → heading of that page"."""
        pairs = []
        for field, value, *links in self.page.locator(root).evaluate(_READ_RECORD):
            for address in links[0] if links and follow else []:
                value += f" → {self.heading_at(address)}"
            pairs.append((field, value))
        return pairs


class SignInForm(PageObject):
    """The sign-in form the store and the mailbox share: Email Address, Password, Sign in."""

    def sign_in(self, email: str, password: str) -> None:
        self.page.goto(f"{self.base_url}/login")
        self.sign_in_where_asked(email, password)

    def sign_in_where_asked(self, email: str, password: str) -> None:
        """Sign in on the sign-in page this browser is on (one a link led to, say), not one
        opened afresh: where the person was going is the page's to remember."""
        self.paste(self.shown(self.page.get_by_label("Email Address")), email)
        self.page.get_by_label("Password").fill(password)
        self.press(self.sign_in_form())

    def sign_in_form(self):
        return self.page.get_by_role("button", name="Sign in")

    def alert(self):
        return self.page.get_by_role("alert")


class PageHolder:
    """One page object of each page of a system, for one browser page (an actor's). The pages
    are the class's annotations: `cart: CartPage` gives `holder.cart`."""

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url
        for name, page_class in type(self).__annotations__.items():
            setattr(self, name, page_class(page, base_url))
