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
