"""The store's pages as a person sees them: roles and accessible names. Selectors live here only.

One class per page (shared widgets apart, in the layout); StorePages holds one
of each for an actor's browser, so steps say which page they act on:
`store(context).cart.change_quantity(...)`.
"""

import re

from steps.pages.base import PageHolder, PageObject, SignInForm

# Every store page that shows an order, by the name the features give it (tests/test_routes.py
# keeps this list equal to the store's routes, and each route tried from both sides).
ORDER_ROUTES = {
    "order page": "/orders/{number}",
    "confirmation page": "/orders/{number}/confirmation",
    "order list": "/orders",
    "company's order list": "/companies/{company_id}/orders",
}


class StoreLayout(PageObject):
    """What every store page has: the header (acting company, cart), the masquerade banner,
    alerts and refusals; and going to an address."""

    def acting_company(self):
        return self.page.get_by_test_id("acting-company")

    def alert(self):
        return self.page.get_by_role("alert")

    def masquerade_banner(self):
        return self.page.get_by_role("region", name="Masquerade")

    def end_masquerade_button(self):
        return self.masquerade_banner().get_by_role("button", name="End masquerade")

    def end_masquerade(self) -> None:
        self.press(self.end_masquerade_button())

    def sign_out(self) -> None:
        self.press(self.page.get_by_role("button", name="Sign out"))

    def open_cart_from_header(self) -> None:
        self.press(self.page.get_by_role("link", name="Cart"))

    def refusal(self):
        return self.page.get_by_role("heading", name="Not allowed")

    def text(self, text: str):
        return self.page.get_by_text(text)

    def page_heading(self):
        """The page's own heading: once it is there, the page has loaded."""
        return self.page.get_by_role("heading", level=1)

    def go_home(self) -> None:
        self.page.goto(f"{self.base_url}/")

    def open_address(self, address: str) -> None:
        """An address as a link gives it (absolute, or relative to the simulator's root)."""
        root = self.base_url.rsplit("/store", 1)[0]
        self.page.goto(address if address.startswith("http") else root + address)

    def open_order_route(self, route: str, number: str, company_id: int) -> None:
        """One of ORDER_ROUTES, for that order and company, by its address."""
        path = ORDER_ROUTES[route].format(number=number, company_id=company_id)
        self.page.goto(f"{self.base_url}{path}")

    def open_company_page(self, company_id: int, page: str) -> None:
        """A company's page by its address (docs/contract.md), as a crafted request would."""
        self.page.goto(f"{self.base_url}/companies/{company_id}/{page}")


class SignInPage(SignInForm):
    """The store's sign-in page."""


class DashboardPage(PageObject):
    """The dashboard: for a rep, the assigned companies and their Log In buttons."""

    def dashboard_heading(self):
        return self.page.get_by_role("heading", name="Dashboard", exact=True)

    def assigned_count(self):
        return self.page.get_by_test_id("assigned-count")

    def assigned_companies(self):
        return self.page.get_by_role("table", name="Assigned companies")

    def assigned_company_rows(self):
        return self.assigned_companies().locator("tbody").get_by_role("row")

    def company_row(self, name: str):
        return (
            self.assigned_companies()
            .get_by_role("row")
            .filter(has=self.page.get_by_role("rowheader", name=name, exact=True))
        )

    def log_in_button(self, company: str):
        return self.company_row(company).get_by_role("button", name="Log In")

    def selected_mark(self, company: str):
        return self.company_row(company).get_by_text("selected", exact=True)

    def any_log_in_button(self):
        return self.page.get_by_role("button", name="Log In")

    def any_selected_mark(self):
        return self.page.get_by_text("selected", exact=True)

    def log_in_as(self, company: str) -> None:
        self.press(self.log_in_button(company))

    def tamper_with_log_in(self, assigned: str, other_company_id: int) -> None:
        """What a crafted request does: point an assigned company's Log In at another company."""
        form = self.page.get_by_role("form", name=f"Log in as {assigned}")
        retarget = (
            "(form, id) => form.action = form.action.replace(/companies\\/\\d+/, 'companies/' + id)"
        )
        form.evaluate(retarget, other_company_id)
        self.press(form.get_by_role("button", name="Log In"))

    def open_company_orders(self, company: str) -> None:
        self.press(self.page.get_by_role("link", name=f"Orders of {company}"))


class CatalogPage(PageObject):
    """The catalogue and its search."""

    def catalog_heading(self):
        return self.page.get_by_role("heading", name="Catalog", exact=True)

    def search(self, text: str) -> None:
        self.paste(self.page.get_by_role("searchbox", name="Search the catalog"), text)
        self.press(self.page.get_by_role("button", name="Search"))

    def results(self):
        return self.page.get_by_role("table", name="Products")

    def result_link(self, name: str):
        return self.page.get_by_role("link", name=name, exact=True)

    def no_results_message(self, query: str):
        return self.page.get_by_text(f'No products match "{query}".')

    def open_product(self, name: str) -> None:
        self.press(self.page.get_by_role("link", name=name, exact=True))


class ProductPage(PageObject):
    """A product's page: price, the quote banner, the problem description of a repair."""

    def add_to_cart(self, quantity: int | None = None) -> None:
        if quantity is not None:
            self.page.get_by_label("Quantity").fill(str(quantity))
        self.press(self.page.get_by_role("button", name="Add to cart"))

    def problem_description(self):
        return self.page.get_by_role("textbox", name="Problem description")

    def describe_problem(self, text: str) -> None:
        self.problem_description().fill(text)

    def price(self):
        return self.page.get_by_test_id("price")

    def quote_banner(self):
        return self.page.get_by_role("note").filter(has_text="Request Quote for Pricing")


# The cart's lines: the cells' text, except that a cell holding the line's form reads as the
# values in its fields (what the buyer typed), and the Remove column is left out.
_READ_CART = """
(root) => {
  const clean = (t) => t.split("\\n").map((l) => l.replace(/\\s+/g, " ").trim())
    .filter((l) => l).join(", ");
  const pairs = [["Title", clean(root.querySelector("h1").innerText)]];
  const table = root.querySelector("table[aria-label=Cart]");
  if (!table) {
    const empty = root.querySelector(".empty");
    if (empty) pairs.push(["Cart", clean(empty.innerText)]);
    return pairs;
  }
  [...table.tBodies[0].rows].forEach((row, i) => {
    const cells = [...row.cells]
      .filter((cell) => !cell.querySelector("button[aria-label^=Remove]"));
    const values = cells.map((cell) => {
      const form = cell.querySelector("form");
      if (!form) return clean(cell.innerText);
      return [...form.querySelectorAll("input:not([type=hidden]), textarea")]
        .map((field) => clean(field.value)).join(" · ");
    });
    pairs.push(["Cart " + (i + 1), values.join(" · ")]);
  });
  for (const row of table.tFoot.rows) {
    pairs.push([clean(row.cells[0].innerText), clean(row.cells[1].innerText)]);
  }
  return pairs;
}
"""


class CartPage(PageObject):
    """The cart."""

    def open_cart(self) -> None:
        self.page.goto(f"{self.base_url}/cart")

    def cart_heading(self):
        return self.page.get_by_role("heading", name="Your cart", level=1)

    def read_record(self, root: str = "main") -> list[tuple[str, str]]:
        """The cart as its buyer sees it: each line (product, price with its note, the quantity
        and problem description in its fields, line total) and the subtotal. The quantity and
        description are form fields here, which the generic reader leaves out."""
        return [tuple(pair) for pair in self.page.locator(root).evaluate(_READ_CART)]

    def cart_problem_description(self, product: str):
        return self.page.get_by_label(f"Problem description for {product}", exact=True)

    def change_problem_description(self, product: str, text: str) -> None:
        self.cart_problem_description(product).fill(text)
        self.press(
            self.page.get_by_role("form", name=f"Change {product}").get_by_role(
                "button", name="Update"
            )
        )

    def cart_line(self, product: str):
        return (
            self.page.get_by_role("table", name="Cart")
            .get_by_role("row")
            .filter(has=self.page.get_by_role("link", name=product, exact=True))
        )

    def cart_line_note(self, product: str):
        """A note on a cart line, such as Request Quote for Pricing."""
        return self.cart_line(product).get_by_role("note")

    def continue_shopping(self) -> None:
        self.press(self.page.get_by_role("link", name="Continue shopping"))

    def cart_quantity(self, product: str):
        return self.page.get_by_label(f"Quantity of {product}", exact=True)

    def change_quantity(self, product: str, quantity: int) -> None:
        self.cart_quantity(product).fill(str(quantity))
        self.press(
            self.page.get_by_role("form", name=f"Change {product}").get_by_role(
                "button", name="Update"
            )
        )

    def first_line_address(self) -> str:
        """Where the cart's first line's Update posts: the line as the server names it."""
        form = self.page.get_by_role("table", name="Cart").locator("form").first
        return form.evaluate("form => form.action")

    def tamper_with_line(self, address: str) -> None:
        """What a crafted request does: post an Update and then a Remove of the cart line at
        that address (another person's, say), each from this cart, as its forms would."""
        for action, fields in ((address, {"quantity": "5"}), (f"{address}/remove", {})):
            self.open_cart()
            self.post_as_crafted(action, fields)

    def remove_from_cart(self, product: str) -> None:
        self.press(self.page.get_by_role("button", name=f"Remove {product}"))

    def cart_subtotal(self):
        return self.page.get_by_test_id("cart-total")

    def empty_cart_message(self):
        return self.page.get_by_text("Your cart is empty.")

    def proceed_to_checkout(self) -> None:
        self.press(self.page.get_by_role("link", name="Proceed to checkout"))


class CheckoutPage(PageObject):
    """Checkout: customer, shipping, billing, payment, Place Order, and the confirmation."""

    def checkout_customer(self):
        return self.page.get_by_test_id("checkout-customer")

    def read_order_summary(self) -> list[tuple[str, str]]:
        """The Order summary beside the steps: each line as "Line N", and the total."""
        summary = self.shown(self.page.get_by_role("complementary", name="Order summary"))
        lines = summary.get_by_role("listitem").all_inner_texts()
        total = summary.get_by_test_id("checkout-total").inner_text()
        return [(f"Line {n}", text) for n, text in enumerate(lines, 1)] + [("Total", total)]

    def read_payment_step(self) -> list[tuple[str, str]]:
        """The payment step before paying: where the order ships and how (the shipping
        summary), whom it bills (the billing summary), then the Order summary."""
        shipping = self.shown(self.shipping_summary()).inner_text().splitlines()
        billing = self.page.get_by_test_id("billing-summary").inner_text().splitlines()
        return [
            ("Ship to", ", ".join(line.strip() for line in shipping if line.strip())),
            ("Bill to", ", ".join(line.strip() for line in billing if line.strip())),
            *self.read_order_summary(),
        ]

    def checkout_customer_note(self):
        return self.page.get_by_test_id("customer-note")

    def payment_choice(self, label: str):
        return self.page.get_by_role("radio", name=label)

    def choose_ship_to_site(self, site_label: str) -> None:
        # The page fills the site's address in on change, by a script that runs once the page
        # has been parsed: choosing earlier (a busy machine, a click that only committed the
        # navigation) would keep the old site's address, which no person waiting for the page
        # would see.
        self.page.wait_for_load_state("domcontentloaded")
        self.page.get_by_label("Ship to site").select_option(label=site_label)

    def shipping_field(self, label: str):
        """A required field's accessible name ends with its asterisk: match the start."""
        return self.page.get_by_role("textbox", name=re.compile(f"^{re.escape(label)}"))

    def choose_shipping_method(self, label: str) -> None:
        self.page.wait_for_load_state("domcontentloaded")  # its script fills Other Comments
        self.tick(self.page.get_by_role("radio", name=label))

    def other_comments(self):
        return self.page.get_by_label("Other Comments")

    def shipping_method(self, label: str):
        return self.page.get_by_role("radio", name=label)

    def shipping_summary(self):
        return self.page.get_by_test_id("shipping-summary")

    def continue_to_billing_button(self):
        return self.page.get_by_role("button", name="Continue to Billing")

    def edit_shipping(self) -> None:
        self.press(self.page.get_by_role("button", name="Edit shipping"))

    def continue_to_billing(self) -> None:
        self.press(self.continue_to_billing_button())

    def billing_field(self, label: str):
        return self.page.get_by_label(f"Billing {label}", exact=True)

    def tamper_with_billing(self, label: str, value: str) -> None:
        """What a crafted request does: lift the read-only lock in the page and type over it."""
        field = self.billing_field(label)
        field.evaluate("element => element.removeAttribute('readonly')")
        field.fill(value)

    def tamper_billing_at_place_order(self, label: str, value: str) -> None:
        """What a crafted request does: add a billing field to the Place Order form, which has
        none, as if the billing address came with the order."""
        names = {
            "street address": "bill_line1",
            "city": "bill_city",
            "ZIP code": "bill_postal_code",
        }
        self.place_order_button().evaluate(
            """(button, field) => {
                const input = document.createElement("input");
                input.type = "hidden"; input.name = field.name; input.value = field.value;
                button.form.appendChild(input);
            }""",
            {"name": names[label], "value": value},
        )

    def continue_to_payment_button(self):
        return self.page.get_by_role("button", name="Continue to Payment")

    def continue_to_payment(self) -> None:
        self.press(self.continue_to_payment_button())

    def enter_po_number(self, number: str) -> None:
        self.paste(self.page.get_by_label("PO Number/Reference Number"), number)

    def po_number_field(self):
        return self.page.get_by_label("PO Number/Reference Number")

    def pay_by_card(self, number: str, name: str, expiry: str, cvv: str) -> None:
        self.tick(self.page.get_by_role("radio", name="Credit card"))
        self.paste(self.page.get_by_label("Card number"), number)
        self.page.get_by_label("Name on card").fill(name)
        self.paste(self.page.get_by_label("Expiry (MM/YY)"), expiry)
        self.paste(self.page.get_by_label("Security code"), cvv)

    def pay_by_paypal(self, email: str) -> None:
        self.tick(self.page.get_by_role("radio", name="PayPal"))
        self.paste(self.page.get_by_label("PayPal email"), email)

    def tamper_pay_by_card(self, number: str, name: str, expiry: str, cvv: str) -> None:
        """What a crafted request does: turn the PO payment into a card payment."""
        self.po_number_field().evaluate(
            """(field, card) => {
                const form = field.form;
                form.querySelector("input[name=payment_method]").value = "card";
                for (const [name, value] of Object.entries(card)) {
                    const input = document.createElement("input");
                    input.type = "hidden"; input.name = name; input.value = value;
                    form.appendChild(input);
                }
            }""",
            {"card_number": number, "card_name": name, "card_expiry": expiry, "card_cvv": cvv},
        )

    def tamper_pay_by_po(self, po_number: str) -> None:
        """What a crafted request does: turn the card choice into a PO payment."""
        self.payment_choice("Credit card").evaluate(
            """(radio, po) => {
                radio.value = "po";
                const field = document.createElement("input");
                field.type = "hidden"; field.name = "po_number"; field.value = po;
                radio.form.appendChild(field);
            }""",
            po_number,
        )

    def agree_to_terms(self) -> None:
        self.tick(self.page.get_by_role("checkbox", name="I agree to the Terms and Conditions"))

    def place_order_button(self):
        return self.page.get_by_role("button", name="Place Order")

    def place_order(self) -> None:
        self.press(self.place_order_button())

    def confirmation_heading(self):
        return self.page.get_by_role("heading", name="Thank you for your order")

    def confirmed_order_number(self) -> str:
        return self.page.get_by_test_id("order-number").inner_text().strip()


class OrdersPage(PageObject):
    """A list of orders: mine, or a company's."""

    def open_my_orders(self) -> None:
        self.page.goto(f"{self.base_url}/orders")

    def my_orders_heading(self):
        return self.page.get_by_role("heading", name="My Orders")

    def orders_heading(self, company: str):
        return self.page.get_by_role("heading", name=f"Orders of {company}")

    def orders_table(self):
        return self.page.get_by_role("table", name="Orders")

    def order_rows(self):
        """Every row of the orders table, its heading row included."""
        return self.orders_table().get_by_role("row")

    def order_row(self, number: str):
        return (
            self.orders_table()
            .get_by_role("row")
            .filter(has=self.page.get_by_role("link", name=number, exact=True))
        )

    def no_orders_message(self):
        return self.page.get_by_text("No orders yet.")


class OrderPage(PageObject):
    """One store order: its status, lines, comments, quote approval and what replaced it."""

    def open_order(self, number: str) -> None:
        self.page.goto(f"{self.base_url}/orders/{number}")

    def read_record(self, root: str = "main", follow: bool = True) -> list[tuple[str, str]]:
        """The order whole; the order it replaced or that replaced it read with where its link
        leads, as a person who follows it would see."""
        return super().read_record(root, follow)

    def order_customer(self):
        return self.page.get_by_test_id("order-customer")

    def order_company(self):
        return self.page.get_by_test_id("order-company")

    def approve_repair_quote_button(self):
        return self.page.get_by_role("button", name="Approve Repair Quote")

    def approve_repair_quote(self) -> None:
        self.press(self.approve_repair_quote_button())

    def tamper_approve_quote(self, order_number: str) -> None:
        """What a crafted request does: post Approve Repair Quote for an order whose page does
        not offer it, with the session's CSRF token taken from the page."""
        self.post_as_crafted(f"{self.base_url}/orders/{order_number}/approve-quote", {})

    def quote_number_label(self):
        """Before Salesforce's number: 'ATS quote:' for a repair, 'ATS order:' otherwise (the
        customer is not told the name of the seller's back office)."""
        return self.page.get_by_text("ATS quote:")

    def quote_approval(self):
        return self.page.get_by_test_id("quote-approval")

    def replaced_by(self):
        return self.page.get_by_test_id("replaced-by")

    def replaces(self):
        return self.page.get_by_test_id("replaces")

    def order_lines(self):
        return self.page.get_by_role("table", name="Order lines")

    def order_status(self):
        return self.page.get_by_test_id("order-status")

    def salesforce_number(self):
        return self.page.get_by_test_id("salesforce-number")

    def order_comments(self):
        return self.page.get_by_role("list", name="Order Comments")

    def no_comments_message(self):
        return self.page.get_by_text("No comments from ATS yet.")

    def tracking_number(self):
        return self.page.get_by_test_id("tracking-number")


class NewAmountPage(PageObject):
    """Where an emailed link leads after a price change: confirm the PO, or pay the second cart."""

    def confirm_po_for_new_amount(self, po_number: str | None) -> None:
        """Authorizes with that PO number typed in, or with the one the page offers (None)."""
        field = self.shown(self.page.get_by_label("PO Number/Reference Number"))
        if po_number is not None:
            self.paste(field, po_number)
        self.press(self.page.get_by_role("button", name="Authorize New Amount"))

    def pay_second_cart_with_paypal(self, email: str) -> None:
        self.paste(self.shown(self.page.get_by_label("PayPal email")), email)
        self.press(self.page.get_by_role("button", name="Pay New Amount"))

    def pay_second_cart(self, number: str, name: str, expiry: str, cvv: str) -> None:
        self.paste(self.shown(self.page.get_by_label("Card number")), number)
        self.page.get_by_label("Name on card").fill(name)
        self.paste(self.page.get_by_label("Expiry (MM/YY)"), expiry)
        self.paste(self.page.get_by_label("Security code"), cvv)
        self.press(self.page.get_by_role("button", name="Pay New Amount"))


class StorePages(PageHolder):
    """The store's page objects for one browser page (an actor's)."""

    layout: StoreLayout
    sign_in_page: SignInPage
    dashboard: DashboardPage
    catalog: CatalogPage
    product: ProductPage
    cart: CartPage
    checkout: CheckoutPage
    orders: OrdersPage
    order: OrderPage
    new_amount: NewAmountPage
