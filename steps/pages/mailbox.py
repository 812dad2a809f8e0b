"""The mailbox: every email the implementation sent, by recipient.

One class per page (shared widgets apart, in the layout); MailboxPages holds one
of each for an actor's browser, so steps say which page they act on:
`store(context).cart.change_quantity(...)`.
"""

from urllib.parse import urljoin

from steps.pages.base import PageHolder, PageObject, SignInForm


class MailboxSignInPage(SignInForm):
    """Where a person signs in to read their own mail."""


class InboxPage(PageObject):
    """A person's list of emails."""

    def open_for(self, recipient: str) -> None:
        self.page.goto(f"{self.base_url}/?to={recipient}")

    def open_own(self) -> None:
        """The inbox of whoever is signed in: no recipient asked for."""
        self.page.goto(f"{self.base_url}/")

    def message_address(self, subject: str) -> str:
        """Where the newest message with exactly that subject is read (a full address)."""
        link = self.shown(self.message_link(subject).first)
        return urljoin(self.page.url, link.get_attribute("href"))

    def inbox_heading(self, recipient: str = ""):
        return self.page.get_by_role("heading", name=f"Mail for {recipient}".strip())

    def message_link(self, subject: str):
        return self.page.get_by_role("table", name="Messages").get_by_role(
            "link", name=subject, exact=True
        )

    def open_newest(self, subject: str) -> None:
        """The newest message with exactly that subject; a mailbox without it fails here."""
        self.press(self.message_link(subject).first)

    def open_message(self, subject_start: str) -> None:
        """The newest message whose subject starts so."""
        messages = self.page.get_by_role("table", name="Messages")
        self.press(messages.get_by_role("link", name=subject_start).first)


class MessagePage(PageObject):
    """One email: its body, its links, and a reply."""

    def follow(self, label: str) -> None:
        self.press(self.page.get_by_role("link", name=label, exact=True))

    def link_address(self, label: str) -> str:
        return self.page.get_by_role("link", name=label, exact=True).get_attribute("href")

    def message_body(self):
        return self.page.locator(".mail-body")

    def open_address(self, address: str) -> None:
        self.page.goto(address)

    def not_found_heading(self):
        """What a message that is not the reader's shows: that there is no such page."""
        return self.page.get_by_role("heading", name="Not Found")

    def reply(self, text: str) -> None:
        self.shown(self.page.get_by_role("textbox", name="Your reply to")).fill(text)
        self.press(self.page.get_by_role("button", name="Send Reply"))

    def read_record(self, opens=None, root: str = "main") -> list[tuple[str, str]]:
        """Subject, From, To, Sent, then every line of the body ("Line 1" ...) and every link;
        given `opens` (address -> what the page there shows), each link as "its words → that"."""
        pairs = super().read_record(root)
        body = self.message_body().inner_text().splitlines()
        pairs += [
            (f"Line {i}", line) for i, line in enumerate(filter(None, map(str.strip, body)), 1)
        ]
        links = self.page.locator("article a")
        for i in range(links.count()):
            words = links.nth(i).inner_text()
            if opens:
                words += " → " + opens(urljoin(self.page.url, links.nth(i).get_attribute("href")))
            pairs.append((f"Link {i + 1}", words))
        return pairs

    def sent_notice(self):
        return self.page.get_by_role("status").filter(has_text="Your reply was sent")


class MailboxPages(PageHolder):
    """The mailbox's page objects for one browser page (an actor's)."""

    sign_in_page: MailboxSignInPage
    inbox: InboxPage
    message: MessagePage
