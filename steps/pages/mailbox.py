"""The mailbox page: every email the implementation sent, by recipient."""

from playwright.sync_api import Page


class MailboxPages:
    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url

    def open_for(self, recipient: str) -> None:
        self.page.goto(f"{self.base_url}/?to={recipient}")

    def message_link(self, subject: str):
        return self.page.get_by_role("table", name="Messages").get_by_role(
            "link", name=subject, exact=True
        )

    def follow(self, label: str) -> None:
        self.page.get_by_role("link", name=label, exact=True).click()

    def open_message(self, subject_start: str) -> None:
        """The newest message whose subject starts so."""
        self.page.get_by_role("table", name="Messages").get_by_role(
            "link", name=subject_start
        ).first.click()

    def link_address(self, label: str) -> str:
        return self.page.get_by_role("link", name=label, exact=True).get_attribute("href")

    def message_body(self):
        return self.page.locator(".mail-body")

    def reply(self, text: str) -> None:
        self.page.get_by_role("textbox", name="Your reply to").fill(text)
        self.page.get_by_role("button", name="Send Reply").click()

    def sent_notice(self):
        return self.page.get_by_role("status").filter(has_text="Your reply was sent")
