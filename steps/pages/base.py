"""What every page object has: the browser page it reads and the base URL of its system."""

from playwright.sync_api import Page


class PageObject:
    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url


class PageHolder:
    """One page object of each page of a system, for one browser page (an actor's). The pages
    are the class's annotations: `cart: CartPage` gives `holder.cart`."""

    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url
        for name, page_class in type(self).__annotations__.items():
            setattr(self, name, page_class(page, base_url))
