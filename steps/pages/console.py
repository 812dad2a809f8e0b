"""The console's pages as a CSR sees them: roles and accessible names. Selectors live here only.

One class per page (shared widgets apart, in the layout); ConsolePages holds one
of each for an actor's browser, so steps say which page they act on:
`store(context).cart.change_quantity(...)`.
"""

from steps.pages.base import PageHolder, PageObject


class ConsoleLayout(PageObject):
    """What every console page has: alerts, Log Out, the navigation, and motion."""

    def alert(self):
        return self.page.get_by_role("alert")

    def log_out_button(self):
        return self.page.get_by_role("button", name="Log Out")

    def open_dashboard(self) -> None:
        self.page.goto(f"{self.base_url}/")

    def open_audit_log(self) -> None:
        self.press(self.page.get_by_role("link", name="Audit Log"))

    def allow_motion(self, allowed: bool) -> None:
        self.page.emulate_media(reduced_motion="no-preference" if allowed else "reduce")


class LogInPage(PageObject):
    """The console's log-in page."""

    def log_in(self, email: str, password: str) -> None:
        self.page.goto(f"{self.base_url}/login")
        self.paste(self.page.get_by_label("Username"), email)
        self.page.get_by_label("Password").fill(password)
        self.press(self.page.get_by_role("button", name="Log In"))

    def log_in_form(self):
        return self.page.get_by_role("button", name="Log In")


class DashboardPage(PageObject):
    """A persona's dashboard: the queues and lists of orders and quotes."""

    def dashboard_heading(self, name: str):
        return self.page.get_by_role("heading", name=name, exact=True)

    def refresh_button(self):
        return self.page.get_by_role("button", name="Refresh")

    def refresh(self) -> None:
        """Refresh, and wait for the refreshed page so no check reads the old one."""
        self.press(self.refresh_button())
        self.refreshed_notice().wait_for()

    def refreshed_notice(self):
        return self.page.get_by_role("status").filter(has_text="Dashboard refreshed.")

    def queue(self, name: str):
        """A list on the dashboard: My Open Orders, Open Order Queue, IPS Pricing Queue."""
        return self.page.get_by_role("table", name=name, exact=True)

    def queue_section(self, name: str):
        return self.page.get_by_role("region", name=name, exact=True)

    def row_for_store_order(self, queue_name: str, store_number: str):
        return (
            self.queue(queue_name)
            .get_by_role("row")
            .filter(has=self.page.get_by_role("cell", name=store_number, exact=True))
        )

    def open_order_from(self, queue_name: str, store_number: str) -> str:
        """Click the order's link in the list; returns the Salesforce order number."""
        link = self.shown(self.row_for_store_order(queue_name, store_number).get_by_role("link"))
        number = link.inner_text().strip()
        self.press(link)
        return number

    def quote_row(self, table: str, quote_number: str):
        return (
            self.queue(table)
            .get_by_role("row")
            .filter(has=self.page.get_by_role("link", name=quote_number, exact=True))
        )

    def open_quote_from(self, table: str, quote_number: str) -> None:
        self.press(self.quote_row(table, quote_number).get_by_role("link", name=quote_number))


# Each form of an order's page that only the CSR who has the order may post: its address
# under /orders/{number}/ ({line}: a line's id) and what a person would have typed.
ORDER_FORMS = {
    "the order's ASTEA job number": ("job-number", {"job_number": "J-9001"}),
    "a line's Order Number": ("lines/{line}/job-number", {"line_job_number": "J-9002"}),
    "an order comment": ("comments", {"comment": "Posted by hand."}),
    "Shipping and Billing Information": (
        "shipping-and-billing",
        {"tracking_number": "1Z999AA10190001", "payment_captured": "yes"},
    ),
    "Mark as Current Status": ("status", {"status": "Activated"}),
    "a line's change": ("lines/{line}/change", {"quantity": "3", "unit_price": "1.00"}),
    "a line's deletion": ("lines/{line}/delete", {}),
}


# Each form of a quote's page that only the CSR who has the quote may post, while it is open:
# its address under /quotes/{number}/ and what a person would have typed.
QUOTE_FORMS = {
    "a line's ASTEA job number": ("lines/{line}/job-number", {"line_job_number": "R-4499"}),
    "Present Quote": ("present", {}),
    "Move to Order": ("convert", {}),
}


# The forms one role alone posts, whoever else's browser has the page: the warehouse's notice
# (decision 8) and the technician's evaluation (decision 12).
ORDER_ROLE_FORMS = {"the warehouse's Ready to Ship": ("ready-to-ship", {})}
QUOTE_ROLE_FORMS = {
    "the technician's Save Evaluation": (
        "lines/{line}/evaluation",
        {"repair_price": "99.00", "notes": "Posted by hand."},
    )
}


# Taking an order or quote from its queue: only the team that works the queue may (decision 13).
QUEUE_FORMS = {"Assign to me": ("assign", {})}


def _form_address(base_url: str, record: str, forms: dict, form: str, line_id=None) -> str:
    """Where that form of the order or quote (record: "orders/N" or "quotes/N") posts."""
    path, _ = forms[form]
    return f"{base_url}/{record}/{path.format(line=line_id)}"


class OrderPage(PageObject):
    """A Salesforce order's record page: details, assignment, job number, status path,
    shipping and billing."""

    def open_order(self, number: str) -> None:
        self.page.goto(f"{self.base_url}/orders/{number}")

    def current_status(self):
        return self.page.get_by_role("list", name="Status path").locator("[aria-current=step]")

    def order_number(self):
        return self.page.get_by_test_id("order-number")

    def store_order_number(self):
        return self.page.get_by_test_id("store-order-number")

    def order_queue(self):
        return self.page.get_by_test_id("order-queue")

    def assign_button(self):
        return self.page.get_by_role("button", name="Assign to me")

    def assign_to_me(self) -> None:
        self.press(self.assign_button())

    def assignment_note(self):
        return self.page.get_by_test_id("assignment")

    def edit_order_name(self):
        return self.page.get_by_role("link", name="Edit Order Name")

    def enter_order_job_number(self, value: str) -> None:
        self.press(self.edit_order_name())
        self.paste(self.page.get_by_label("ASTEA Job Number"), value)
        self.press(self.page.get_by_role("button", name="Save", exact=True))

    def order_job_number_field(self):
        return self.page.get_by_label("ASTEA Job Number")

    def post_by_hand(self, order_number: str, form: str, line_id: int) -> list[str]:
        """What a crafted request does: post that form of the order (ORDER_FORMS,
        ORDER_ROLE_FORMS or QUEUE_FORMS; a line's form for that line) whether or not the page
        offers it; the alerts of the page answering."""
        forms = ORDER_FORMS | ORDER_ROLE_FORMS | QUEUE_FORMS
        address = _form_address(self.base_url, f"orders/{order_number}", forms, form, line_id)
        return self.alerts_after_crafted(address, forms[form][1])

    def tamper_order_job_number(self, order_number: str, value: str) -> None:
        """What a crafted request does: post the order's job number where the page offers no
        way to change it."""
        form = "the order's ASTEA job number"
        address = _form_address(self.base_url, f"orders/{order_number}", ORDER_FORMS, form)
        self.post_as_crafted(address, {"job_number": value})

    def tamper_mark_as_current_status(self, order_number: str, status: str) -> None:
        """What a crafted request does: post Mark as Current Status on an order whose page
        offers no status path button."""
        form = "Mark as Current Status"
        address = _form_address(self.base_url, f"orders/{order_number}", ORDER_FORMS, form)
        self.post_as_crafted(address, {"status": status})

    def job_number(self):
        return self.page.get_by_test_id("job-number")

    def mark_as_current_status(self, status: str) -> None:
        path = self.page.get_by_role("list", name="Status path")
        self.press(path.get_by_role("link", name=status))
        self.press(self.page.get_by_role("button", name="Mark as Current Status"))

    def payment(self):
        return self.page.get_by_test_id("payment")

    def payment_captured_box(self):
        return self.page.get_by_role("checkbox", name="Payment Captured")

    def save_shipping_and_billing(self, tracking: str | None = None, captured: bool = False):
        if tracking is not None:
            self.paste(self.shown(self.page.get_by_label("Tracking Number")), tracking)
        if captured:
            self.tick(self.payment_captured_box())
        self.press(self.page.get_by_role("button", name="Save Shipping and Billing"))

    def activation_stamp(self):
        return self.page.get_by_test_id("activation-stamp")

    def confetti(self):
        return self.page.get_by_test_id("confetti")

    def order_amount(self):
        return self.page.get_by_test_id("order-amount")


class OrderLinesTab(PageObject):
    """The order's Related tab: its lines and each line's pop-up."""

    def open_tab(self, name: str) -> None:
        self.page.wait_for_load_state("domcontentloaded")  # the tabs work once their script ran
        self.press(self.page.get_by_role("tab", name=name))

    def products(self):
        return self.page.get_by_role("table", name="Order Products")

    def open_line(self, product_code: str) -> None:
        self.press(self.products().get_by_role("link", name=product_code, exact=True))

    def line_dialog(self):
        return self.page.get_by_role("dialog")

    def line_changes(self):
        """The buttons of the line pop-up that change or delete the line."""
        dialog = self.line_dialog()
        return dialog.get_by_role("button", name="Save Changes").or_(
            dialog.get_by_role("button", name="Delete Line")
        )

    def line_row(self, product_code: str):
        return self.products().get_by_role("row").filter(has_text=product_code)

    def save_line_job_number(self, value: str) -> None:
        dialog = self.line_dialog()
        self.paste(dialog.get_by_label("Order Number"), value)
        self.press(dialog.get_by_role("button", name="Save", exact=True))

    def line_order_number(self, product_code: str):
        row = (
            self.products()
            .get_by_role("row")
            .filter(has=self.page.get_by_role("cell", name=product_code, exact=True))
        )
        return row.get_by_role("cell").last

    def change_line_quantity(self, product_code: str, quantity: int) -> None:
        self.open_tab("Related")
        self.open_line(product_code)
        dialog = self.line_dialog()
        dialog.get_by_label("Quantity").fill(str(quantity))
        self.press(dialog.get_by_role("button", name="Save Changes"))

    def change_line_price(self, product_code: str, price: str) -> None:
        self.open_tab("Related")
        self.open_line(product_code)
        dialog = self.line_dialog()
        self.paste(dialog.get_by_label("Unit Price"), price)
        self.press(dialog.get_by_role("button", name="Save Changes"))

    def delete_line(self, product_code: str) -> None:
        self.open_tab("Related")
        self.open_line(product_code)
        self.press(self.line_dialog().get_by_role("button", name="Delete Line"))


class OrderComments(PageObject):
    """The order's comments."""

    def add_comment(self, text: str, confirms_vendor: bool = False) -> None:
        self.shown(self.page.get_by_label("New comment")).fill(text)
        if confirms_vendor:
            self.tick(self.page.get_by_role("checkbox", name="This comment confirms the vendor"))
        self.press(self.page.get_by_role("button", name="Add Comment"))

    def add_comment_button(self):
        return self.page.get_by_role("button", name="Add Comment")

    def comments(self):
        return self.page.get_by_role("list", name="Order Comments")

    def comment_items(self):
        return self.comments().get_by_role("listitem")

    def controls_in_comments(self, role: str):
        """Anything of that role (button, link, textbox…) inside the comments list."""
        return self.comments().get_by_role(role)

    def comment(self, text: str):
        return self.comments().get_by_role("listitem").filter(has_text=text)


class QuotePage(PageObject):
    """A quote's record page: status and its history, lines, RMAs, evaluation, replies, and
    what it became."""

    def open_quote(self, number: str) -> None:
        self.page.goto(f"{self.base_url}/quotes/{number}")

    def quote_status(self):
        return self.page.get_by_test_id("quote-status")

    def quote_status_history(self):
        return self.page.get_by_role("list", name="Status history").get_by_role("listitem")

    def quote_field(self, name: str):
        """account, customer, store-order, other-comments."""
        return self.page.get_by_test_id(f"quote-{name}")

    def quote_lines(self):
        return self.page.get_by_role("table", name="Quote Line Items")

    def assign_to_me(self) -> None:
        self.press(self.assign_button())

    def assignment_note(self):
        return self.page.get_by_test_id("assignment")

    def assign_button(self):
        return self.page.get_by_role("button", name="Assign to me")

    def present_quote_button(self):
        return self.page.get_by_role("button", name="Present Quote")

    def present_quote(self) -> None:
        self.press(self.present_quote_button())

    def save_line_job_number(self, code: str, value: str) -> None:
        """Types a job number into the quote line's own field and saves that line."""
        form = self.page.get_by_role("form", name=f"Job number for {code}")
        self.paste(self.shown(form.get_by_label(f"ASTEA Job Number for {code}")), value)
        self.press(form.get_by_role("button", name="Save"))

    def post_by_hand(self, quote_number: str, form: str, line_id: int) -> list[str]:
        """What a crafted request does: post that form of the quote (QUOTE_FORMS,
        QUOTE_ROLE_FORMS or QUEUE_FORMS; a line's form for that line) whether or not the page
        offers it; the answering page's alerts."""
        forms = QUOTE_FORMS | QUOTE_ROLE_FORMS | QUEUE_FORMS
        address = _form_address(self.base_url, f"quotes/{quote_number}", forms, form, line_id)
        return self.alerts_after_crafted(address, forms[form][1])

    def move_to_order_button(self):
        return self.page.get_by_role("button", name="Move to Order")

    def move_to_order(self) -> None:
        self.press(self.move_to_order_button())

    def rma_number(self, product_code: str):
        return self.page.get_by_test_id(f"rma-{product_code}")

    def quote_order_link(self):
        return self.page.get_by_test_id("quote-order")

    def evaluation_form(self, product_code: str):
        return self.page.get_by_role("form", name=f"Evaluate {product_code}")

    def evaluate(self, product_code: str, price: str, notes: str) -> None:
        form = self.evaluation_form(product_code)
        self.paste(self.shown(form.get_by_role("textbox", name="Repair Price")), price)
        form.get_by_role("textbox", name="Evaluation Notes").fill(notes)
        self.press(form.get_by_role("button", name="Save Evaluation"))

    def customer_replies(self):
        return self.page.get_by_role("list", name="Customer Replies")

    def quote_line_items(self):
        return self.page.get_by_role("table", name="Quote Line Items")


class WarehousePage(PageObject):
    """The warehouse's home page: the orders to ship, each with Ready to Ship."""

    def orders_to_ship(self):
        return self.page.get_by_role("heading", name="Orders to ship")

    def report_ready_to_ship(self, salesforce_number: str) -> None:
        self.press(self.page.get_by_role("button", name=f"Ready to Ship {salesforce_number}"))


class OpenOrdersReport(PageObject):
    """The Open Orders report: the team's open orders, whoever has them, each opened by its
    number."""

    def open_from_menu(self) -> None:
        self.press(self.page.get_by_role("link", name="Open Orders report"))
        self.report_heading().wait_for()

    def report_heading(self):
        return self.page.get_by_role("heading", name="Open Orders report", exact=True)

    def refresh(self) -> None:
        self.press(self.page.get_by_role("button", name="Refresh"))
        self.page.get_by_role("status").filter(has_text="Report refreshed.").wait_for()

    def row_for_store_order(self, store_number: str):
        return (
            self.page.get_by_role("table", name="Open Orders", exact=True)
            .get_by_role("row")
            .filter(has=self.page.get_by_role("cell", name=store_number, exact=True))
        )

    def open_order(self, store_number: str) -> str:
        """Click the order's number in its row; returns that (the Salesforce order number)."""
        link = self.shown(self.row_for_store_order(store_number).get_by_role("link"))
        number = link.inner_text().strip()
        self.press(link)
        return number


class AuditLogPage(PageObject):
    """The administrator's audit log."""

    def open_by_address(self) -> None:
        """The audit log's own address, typed or bookmarked: not the menu's link, which only
        the administrator is offered."""
        self.page.goto(f"{self.base_url}/audit-log")

    def refusal(self):
        return self.page.get_by_role("heading", name="Not allowed", exact=True)

    def audit_log_rows(self):
        return self.page.get_by_role("table", name="Audit Log").locator("tbody").get_by_role("row")

    def audit_log_heading(self):
        return self.page.get_by_role("heading", name="Audit Log", exact=True)

    def audit_log_table(self):
        return self.page.get_by_role("table", name="Audit Log")

    @staticmethod
    def cells(row):
        """A row's cells in the page's order: When, Who, As company, What, Details."""
        return row.get_by_role("cell")


class ConsolePages(PageHolder):
    """The console's page objects for one browser page (an actor's)."""

    layout: ConsoleLayout
    log_in_page: LogInPage
    dashboard: DashboardPage
    order: OrderPage
    lines: OrderLinesTab
    comments: OrderComments
    quote: QuotePage
    warehouse: WarehousePage
    report: OpenOrdersReport
    audit_log: AuditLogPage
