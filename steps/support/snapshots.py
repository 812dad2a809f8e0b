"""An order as both systems hold it, read through the control API, and what changed between two
such readings: how a step knows that something the scenario must not change did not change,
every field, line and comment of it (a query that lost its filter changes the record itself,
whichever page shows it)."""


def both_systems(control, number: str) -> dict:
    """The store order and the Salesforce order or quote it became, if it became one."""
    store = control.store_order(number)
    salesforce = store["salesforce_number"]
    if salesforce is None:  # the store never learnt it: what it holds is all there is to keep
        return {"store": store, "salesforce": None}
    if store["salesforce_kind"] == "quote":
        return {"store": store, "salesforce": control.salesforce_quote(salesforce)}
    return {"store": store, "salesforce": control.salesforce_order(salesforce)}


def _flat(value, path: str = "") -> dict:
    if isinstance(value, dict):
        return {k: v for key in value for k, v in _flat(value[key], f"{path}.{key}").items()}
    if isinstance(value, list):
        flat = {f"{path} count": len(value)}
        for i, item in enumerate(value, 1):
            flat.update(_flat(item, f"{path}[{i}]"))
        return flat
    return {path.lstrip("."): value}


def changes(before: dict, after: dict) -> list[str]:
    """One line for each field that differs, with what it was and what it is now."""
    was, now = _flat(before), _flat(after)
    return [
        f"  {field}: was {was.get(field)!r}, now {now.get(field)!r}"
        for field in sorted(set(was) | set(now))
        if was.get(field) != now.get(field)
    ]


def refusal_problems(answers: dict, said: str, before: dict, after: dict) -> list[str]:
    """What went wrong when forms posted by hand must each be refused with `said` (any alert,
    when it is empty) and leave the record as it was: each form not refused so, then each
    field that changed."""
    not_refused = [
        f"  {form}: the page said {answer or 'nothing in an alert'}"
        for form, answer in answers.items()
        if not any(said in alert for alert in answer)
    ]
    told = f"Not refused with {said!r}:" if said else "Not refused:"
    problems = [told, *not_refused] if not_refused else []
    changed = changes(before, after)
    return problems + (["The record changed:", *changed] if changed else [])


def assert_each_refused_and_unchanged(control, scene, said: str) -> None:
    """The scene's forms posted by hand (its crafted_answers) were each refused with `said`,
    and its order (with the quote it became) is in both systems as scene.order_before noted."""
    now = both_systems(control, scene.order_number)
    problems = refusal_problems(scene.crafted_answers, said, scene.order_before, now)
    assert not problems, "\n".join(problems)
