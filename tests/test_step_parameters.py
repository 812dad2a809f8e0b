"""The step parameter types read the features' phrases, and refuse what they do not know; the
scenario's record takes only the names it declares."""

import parse
import pytest

from steps.support import parameters
from steps.support.scene import Scene

TYPES = {
    "Products": parameters.products,
    "CompanyTraits": parameters.company_traits,
    "Money": parameters.money,
    "Site": parameters.site,
}


def read(kind: str, text: str):
    found = parse.parse(f"x {{value:{kind}}} y", f"x {text} y", TYPES)
    return found["value"] if found else None


def test_products_are_read_kind_by_kind_with_their_counts():
    assert read("Products", "a Harvard product and two Legacy builds") == [
        ("Harvard product", 1),
        ("Legacy build", 2),
    ]
    assert read("Products", "a Partsco part") == [("Partsco part", 1)]


@pytest.mark.parametrize("text", ["a Harvard", "four Legacy builds", "a Legacy build and", ""])
def test_a_product_phrase_the_type_does_not_know_matches_no_step(text):
    assert read("Products", text) is None


def test_company_traits_after_and_leave_out_with():
    assert read("CompanyTraits", "with Terms and a UPS account on file") == (
        "with Terms",
        "with a UPS account on file",
    )
    assert read("CompanyTraits", "without Terms") == ("without Terms",)
    assert read("CompanyTraits", "with Terms and plenty of money") is None


@pytest.mark.parametrize("text", ["$1,250.00", "1,250.00", "$0.00", "520.00"])
def test_money_in_dollars_and_cents(text):
    assert read("Money", text) == text


@pytest.mark.parametrize("text", ["1250", "$1,25.00", "12.5", "$1.250,00"])
def test_money_that_is_not_dollars_and_cents_is_refused(text):
    assert read("Money", text) is None


def test_sites():
    assert read("Site", "an FMS site") == "FMS"
    assert read("Site", "a non-FMS site") == "non-FMS"
    assert read("Site", "a FMS site") is None


def test_a_scene_refuses_an_undeclared_name_and_says_what_is_not_set_yet():
    scene = Scene()
    with pytest.raises(AttributeError, match="declare it"):
        scene.order_nubmer = "420"
    with pytest.raises(AttributeError, match="no order_number in this scenario yet"):
        _ = scene.order_number
    scene.update(order_number="420", company={"name": "Acme"})
    assert scene.order_number == "420" and "company" in scene and "rma" not in scene
    assert not hasattr(Scene(), "company")  # nothing leaks into the next scenario
    assert scene.store_signed_in == set() and scene.console_logged_in == set()
