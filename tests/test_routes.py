"""Every store page that shows an order is tried by the parties who may see it and by those who
may not, and every console form that changes an order is posted by hand by CSRs who may not:
a guard on one page or form and not on its twin is a way in the features would miss."""

import re
from pathlib import Path

from behave.parser import parse_file

from steps.pages.console import ORDER_FORMS, ORDER_ROLE_FORMS, QUOTE_FORMS, QUOTE_ROLE_FORMS
from steps.pages.store import ORDER_ROUTES

ROOT = Path(__file__).resolve().parents[1]
WHO_SEES = ROOT / "features" / "store" / "masquerade" / "who_sees_an_order.feature"
# A link-bound page: its own case of the rule register tries it from both sides.
BY_RULE = {"/orders/<number>/reauthorize/<nonce>": "reauthorization-link.own-order"}


def _order_pages(app) -> set[str]:
    """The store's GET routes that show an order or a list of them."""
    rules = set()
    for rule in app.url_map.iter_rules():
        path = rule.rule.removeprefix("/store")
        if rule.endpoint.startswith("store.") and "GET" in rule.methods and "/orders" in path:
            rules.add(re.sub(r"<(?:int:)?(\w+)>", r"<\1>", path))
    return rules


def _routes_tried(step_text: str) -> set[str]:
    """The routes in the tables of the steps with that text."""
    routes = set()
    for scenario in parse_file(str(WHO_SEES)).walk_scenarios():
        for step in scenario.steps:
            if step.name == step_text and step.table:
                routes |= {row["route"] for row in step.table}
    return routes


def _tags() -> set[str]:
    tags = set()
    for path in (ROOT / "features").rglob("*.feature"):
        for scenario in parse_file(str(path)).walk_scenarios():
            tags |= set(scenario.effective_tags)
    return tags


def test_every_store_page_of_an_order_has_a_name_the_features_use(app):
    named = {re.sub(r"\{(\w+)\}", r"<\1>", path) for path in ORDER_ROUTES.values()}
    unnamed = _order_pages(app) - named - set(BY_RULE)
    assert not unnamed, f"store pages of orders no feature names: {sorted(unnamed)}"


def test_every_named_page_is_tried_by_those_who_may_and_those_who_may_not():
    allowed = _routes_tried("each of these opens the page and sees the order on it")
    refused = _routes_tried("each of these opens the page and does not see the order on it")
    assert set(ORDER_ROUTES) <= allowed, (
        f"never opened by someone who may: {set(ORDER_ROUTES) - allowed}"
    )
    assert set(ORDER_ROUTES) <= refused, (
        f"never opened by someone who may not: {set(ORDER_ROUTES) - refused}"
    )


def test_a_link_bound_page_is_tried_from_both_sides_by_its_rule():
    tags = _tags()
    for case in BY_RULE.values():
        assert {f"{case}.allows", f"{case}.refuses"} <= tags, case


# The console's order forms that are not the assignee's alone: anyone takes a queue order, and
# the warehouse says an order is ready to ship.
NOT_THE_ASSIGNEES = {"assign"} | {path for path, _ in ORDER_ROLE_FORMS.values()}
ASSIGNMENT = ROOT / "features" / "console" / "orders" / "dashboard_and_assignment.feature"
POSTED_BY_HAND = "I post each of these forms of the order by hand, where its page offers none:"


def _forms(app, record: str) -> set[str]:
    """The console's POST routes under /orders/<number>/ or /quotes/<number>/, as paths after
    it."""
    forms = set()
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:int:)?(\w+)>", r"<\1>", rule.rule.removeprefix("/console"))
        console_post = rule.endpoint.startswith("console.") and "POST" in rule.methods
        if console_post and path.startswith(f"/{record}/<number>/"):
            forms.add(path.removeprefix(f"/{record}/<number>/").replace("<line_id>", "{line}"))
    return forms


def test_every_form_of_an_order_is_posted_by_hand_by_those_who_may_not():
    """Each is posted by a CSR who does not have the order and by one who has not taken it
    from the queue: a guard on one form and not on its twin is a way in."""
    tables = [
        {row["form"] for row in step.table}
        for scenario in parse_file(str(ASSIGNMENT)).walk_scenarios()
        for step in scenario.steps
        if step.name == POSTED_BY_HAND
    ]
    assert len(tables) >= 2, "the other CSR's order and the queue order each post the forms"
    for table in tables:
        assert table == set(ORDER_FORMS), f"forms not posted: {set(ORDER_FORMS) - table}"


def test_every_form_of_an_order_has_a_name_the_features_use(app):
    named = {path for path, _ in ORDER_FORMS.values()}
    forms = _forms(app, "orders") - NOT_THE_ASSIGNEES
    assert forms == named, f"console order forms no feature posts by hand: {forms - named}"


# A quote's forms that are not its assignee's alone: anyone takes a queue quote, and the
# technician evaluates its lines.
NOT_THE_QUOTE_ASSIGNEES = {"assign"} | {path for path, _ in QUOTE_ROLE_FORMS.values()}
APPROVAL = ROOT / "features" / "console" / "quotes" / "priced_repair_approval.feature"
QUOTE_POSTED_BY_HAND = POSTED_BY_HAND.replace("of the order", "of the quote")


def test_every_form_of_a_quote_is_posted_by_hand_once_it_is_accepted(app):
    named = {path for path, _ in QUOTE_FORMS.values()}
    forms = _forms(app, "quotes") - NOT_THE_QUOTE_ASSIGNEES
    assert forms == named, f"console quote forms no feature posts by hand: {forms - named}"
    tables = [
        {row["form"] for row in step.table}
        for scenario in parse_file(str(APPROVAL)).walk_scenarios()
        for step in scenario.steps
        if step.name == QUOTE_POSTED_BY_HAND
    ]
    assert tables and all(table == set(QUOTE_FORMS) for table in tables), tables


OTHER_CSRS_QUOTE = "the quote is assigned to another CSR"


def test_every_form_of_a_quote_is_posted_by_hand_by_a_csr_who_does_not_have_it():
    """Across the features, a CSR posts each quote form by hand to a quote another CSR has;
    Move to Order on a confirmed quote, where its owner would be let through."""
    posted = set()
    for path in (ROOT / "features").rglob("*.feature"):
        for scenario in parse_file(str(path)).walk_scenarios(with_outlines=True):
            steps = [*scenario.background_steps, *scenario.steps]
            if any(step.name == OTHER_CSRS_QUOTE for step in steps):
                for step in steps:
                    if step.name == QUOTE_POSTED_BY_HAND:
                        posted |= {row["form"] for row in step.table}
    assert posted == set(QUOTE_FORMS), (
        f"never posted to another CSR's quote: {set(QUOTE_FORMS) - posted}"
    )


ROLE_POSTED = re.compile(r'each of these console users posts "(.+)" for the (order|quote) by hand:')


def test_every_form_of_one_role_is_posted_by_hand_by_the_other_roles():
    """The warehouse's notice and the technician's evaluation, each posted by every other
    console role (the CSR who has the record first): a role guard on one form is a way in."""
    others = {
        "the warehouse's Ready to Ship": {
            "CSR",
            "other CSR",
            "Pricing Analyst",
            "Repair Technician",
            "Administrator",
        },
        "the technician's Save Evaluation": {
            "CSR",
            "other CSR",
            "Pricing Analyst",
            "Warehouse",
            "Administrator",
        },
    }
    posted: dict[str, set] = {}
    for path in (ROOT / "features").rglob("*.feature"):
        for scenario in parse_file(str(path)).walk_scenarios():
            for step in scenario.steps:
                if match := ROLE_POSTED.fullmatch(step.name):
                    posted.setdefault(match.group(1), set()).update(r["who"] for r in step.table)
    assert set(others) == set(ORDER_ROLE_FORMS) | set(QUOTE_ROLE_FORMS)
    for form, who in others.items():
        assert who <= posted.get(form, set()), (
            f"{form}: never posted by {who - posted.get(form, set())}"
        )
