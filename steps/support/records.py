"""Full-state checks: a record as a page shows it to one party, compared whole with a table an
analyst can read (field | value).

Every field the page shows must be in the table with that value, and every field of the table
on the page; a field the table leaves blank must be blank or absent. Values may name what the
scenario knows in braces ({order}, {buyer}, {site address}, {today} ...): PLACEHOLDERS below.
{today} matches a day shown, and a time shown with it must fall within the scenario (on the
simulator's clock, which runs in real time and moves when a step says hours have passed);
{now} matches a time since the clock last moved (or the scenario began): the moment a step
after "N hours have passed" did something."""

import re
from datetime import datetime, timedelta

# "Dec 06, 2026 19:08:34 UTC" (a stamp) and "2026-12-06 19:08" (a quote's status history)
_STAMP = re.compile(r"\b([A-Z][a-z]{2} \d{2}, \d{4}) \d{2}:\d{2}:\d{2} UTC\b")
_ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}\b")


# A day or a moment as a page shows it: "Dec 06, 2026", "Dec 06, 2026 19:08:34 UTC",
# "2026-12-06" or "2026-12-06 19:08".
_MOMENT = (
    r"(?:(?P<day{n}>[A-Z][a-z]{{2}} \d{{2}}, \d{{4}})(?: (?P<time{n}>\d{{2}}:\d{{2}}:\d{{2}}) UTC)?"
    r"|(?P<iso{n}>\d{{4}}-\d{{2}}-\d{{2}})(?: (?P<isotime{n}>\d{{2}}:\d{{2}}))?)"
)
# What {today} and {now} stand for in a filled value, until compare() reads the moment shown.
TODAY, NOW = "\ue000today\ue000", "\ue000now\ue000"
_WHEN = re.compile(f"({TODAY}|{NOW})")


def _day(moment: datetime) -> str:
    return moment.strftime("%b %d, %Y")


def _spaces(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def normalise(value: str) -> str:
    value = _STAMP.sub(r"\1", value)
    value = _ISO.sub(lambda m: _day(datetime.fromisoformat(m.group(1))), value)
    return _spaces(value)


def _moment(match: re.Match, n: int) -> tuple[datetime, timedelta | None]:
    """(the moment shown, how coarse its time is: None when only the day is shown)."""
    if match.group(f"day{n}"):
        day = datetime.strptime(match.group(f"day{n}"), "%b %d, %Y")
        time, step = match.group(f"time{n}"), timedelta(seconds=1)
    else:
        day = datetime.strptime(match.group(f"iso{n}"), "%Y-%m-%d")
        time, step = match.group(f"isotime{n}"), timedelta(minutes=1)
    if time is None:
        return day, None
    hours, minutes, *seconds = (int(part) for part in time.split(":"))
    return day.replace(hour=hours, minute=minutes, second=(seconds or [0])[0]), step


class Window:
    """When the scenario's events happened, on the implementation's clock: since it began
    ({today}), and since the clock last moved ({now}), up to the moment of reading."""

    def __init__(self, began: datetime, moved: datetime, read: datetime):
        self.began, self.moved, self.read = began, moved, read

    def problem(self, shown: str, expected: str) -> str | None:
        """Why `shown` is not `expected` (with TODAY/NOW in it), or None when it is."""
        parts = _WHEN.split(expected)
        pattern, marks = "", []
        for part in parts:
            if part in (TODAY, NOW):
                pattern += _MOMENT.format(n=len(marks))
                marks.append(part)
            else:
                pattern += re.escape(part)
        match = re.fullmatch(pattern, shown)
        if match is None:
            return "a different text"
        for n, mark in enumerate(marks):
            moment, step = _moment(match, n)
            earliest = (self.began if mark == TODAY else self.moved).replace(tzinfo=None)
            latest = self.read.replace(tzinfo=None)
            since = "the scenario began" if mark == TODAY else "the clock last moved"
            if step is None:  # a day: the day of something that happened since then
                if not earliest.date() <= moment.date() <= latest.date():
                    return f"{_day(moment)} is not a day since {since} ({_day(earliest)})"
            # a time shown to the minute or the second is the moment rounded down
            elif not earliest - step <= moment <= latest:
                return (
                    f"{moment:%b %d %H:%M:%S} is not between when {since} "
                    f"({earliest:%b %d %H:%M:%S}) and now ({latest:%b %d %H:%M:%S})"
                )
        return None

    @staticmethod
    def readable(expected: str) -> str:
        return expected.replace(TODAY, "{today}").replace(NOW, "{now}")


def _person(user: dict) -> str:
    return f"{user['name']} ({user['email']})"


def _address(lines: list[str]) -> str:
    return ", ".join(lines)


class Vocabulary:
    """What a table's {placeholders} stand for, from the scene, the fixtures and the clock."""

    def __init__(self, scene, fixtures: dict, today: datetime, control=None, window=None):
        self.scene = scene
        self.fixtures = fixtures
        self.today = today
        self.control = control  # asked for what the scene has not been told, by number
        self.window = window  # when the scenario's events happened; None: days only
        self._orders: dict[str, dict] = {}  # one answer per store order and table

    def _store_order(self, number: str) -> dict:
        if number not in self._orders:
            self._orders[number] = self.control.store_order(number)
        return self._orders[number]

    def _salesforce_number(self, order: str = "order_number") -> str:
        if order == "order_number" and "salesforce_number" in self.scene:
            return self.scene.salesforce_number
        number = getattr(self.scene, order)
        return self._store_order(number)["salesforce_number"] or "(none yet)"

    def _console(self, persona: str) -> dict:
        return next(u for u in self.fixtures["console_users"] if u["persona"] == persona)

    def _company_buyer(self) -> dict:
        company_id = self.scene.company["id"]
        return next(
            u
            for u in self.fixtures["store_users"]
            if u["persona"] == "buyer" and u["company_id"] == company_id
        )

    def _new_order(self) -> str:
        """The order that replaced the scenario's zero-dollar one."""
        if "new_order_number" in self.scene:
            return self.scene.new_order_number
        return self._store_order(self.scene.order_number)["replaced_by"] or "(none)"

    def _quote_number(self) -> str:
        if "quote_number" in self.scene:
            return self.scene.quote_number
        return self._store_order(self.scene.order_number)["salesforce_number"]

    def _rma_of(self, sku: str, order: str = "order_number", nth: int = 1) -> str:
        """The RMA number the implementation gave the nth repair line of that part (by the
        control API); a line that does not exist has none, which no page shows."""
        order = self._store_order(getattr(self.scene, order))
        numbers = [line["rma_number"] for line in order["lines"] if line["sku"] == sku]
        if len(numbers) < nth:
            return f"(no line {nth} of {sku})"
        if numbers[nth - 1] in numbers[: nth - 1]:  # each part sent in has its own RMA
            return f"(an RMA of its own, not {numbers[nth - 1]} again)"
        return numbers[nth - 1]

    def value(self, name: str) -> str:
        the = self.scene
        if name.startswith("assigned company "):  # the rep's companies, as a list sorts them
            names = sorted(company["name"] for company in the.assigned)
            return names[int(name.removeprefix("assigned company ")) - 1]
        if name.startswith("rma of "):
            return self._rma_of(name.removeprefix("rma of "))
        if name.startswith("second rma of "):
            return self._rma_of(name.removeprefix("second rma of "), nth=2)
        if name.startswith("other rma of "):
            return self._rma_of(name.removeprefix("other rma of "), "other_order_number")
        known = {
            "order": lambda: the.order_number,
            "other order": lambda: the.other_order_number,
            "old order": lambda: the.old_order_number,
            "earlier order": lambda: the.earlier_order_number,
            "bystander order": lambda: the.bystander["store"]["number"],
            "bystander quote": lambda: the.bystander["store"]["salesforce_number"],
            "bystander salesforce number": lambda: the.bystander["store"]["salesforce_number"],
            "new order": self._new_order,
            "salesforce number": self._salesforce_number,
            "other salesforce number": lambda: self._salesforce_number("other_order_number"),
            "earlier salesforce number": lambda: self._salesforce_number("earlier_order_number"),
            "new salesforce number": lambda: self._store_order(self._new_order())[
                "salesforce_number"
            ],
            "quote": self._quote_number,
            "other quote": lambda: self._salesforce_number("other_order_number"),
            "rep": lambda: _person(the.rep),
            "rep email": lambda: the.rep["email"],
            "rep name": lambda: the.rep["name"],
            "rma": lambda: the.rma,
            "buyer": lambda: _person(the.buyer),
            "buyer name": lambda: the.buyer["name"],
            "buyer email": lambda: the.buyer["email"],
            "company's buyer": lambda: _person(self._company_buyer()),
            "company's buyer email": lambda: self._company_buyer()["email"],
            "company's buyer name": lambda: self._company_buyer()["name"],
            "company": lambda: the.company["name"],
            "previous company": lambda: the.previous_company["name"],
            "company not assigned": lambda: the.refused_company["name"],
            "site": lambda: the.site["name"],
            "site address": lambda: _address(the.site["address"]),
            "site attention": lambda: the.site["address"][0],
            "site city": lambda: the.site["address"][-1],
            "first site": lambda: the.company["sites"][0]["name"],
            "first site address": lambda: _address(the.company["sites"][0]["address"]),
            "billing address": lambda: _address(the.company["billing_address"]),
            "ups account": lambda: the.company["ups_account"],
            "CSR": lambda: self._console("csr")["name"],
            "CSR email": lambda: self._console("csr")["email"],
            "other CSR": lambda: the.other_csr["name"],
            "Pricing Analyst": lambda: self._console("pricing_analyst")["name"],
            "technician": lambda: self._console("repair_technician")["name"],
            "today": lambda: TODAY if self.window else _day(self.today),
            "now": lambda: NOW if self.window else _day(self.today),
            "tomorrow": lambda: _day(self.today + timedelta(days=1)),
        }
        if name not in known:
            raise ValueError(f"{{{name}}} names nothing a table may use; known: {sorted(known)}")
        return str(known[name]())

    def fill(self, text: str) -> str:
        return re.sub(r"\{([^{}]+)\}", lambda m: self.value(m.group(1)), text)


def compare(what: str, table, shown: list[tuple[str, str]], words: Vocabulary) -> None:
    """Fails, listing every difference, unless the page shows exactly what the table says."""
    expected = {}
    for row in table:
        field = words.fill(row["field"])
        if field in expected:
            raise ValueError(f"the table names {field!r} twice")
        expected[field] = _spaces(words.fill(row["value"]))
    actual = {}
    for field, value in shown:
        name = field
        count = 2
        while name in actual:  # a field a page shows twice is numbered by the reader's order
            name = f"{field} ({count})"
            count += 1
        actual[name] = _spaces(value)
    problems = []
    for field, value in expected.items():
        seen = actual.get(field, "")
        if _WHEN.search(value):
            why = words.window.problem(seen, value)
            if why:
                problems.append(
                    f"  {field}: expected {Window.readable(value)!r}, the page shows {seen!r} "
                    f"({why})"
                )
        elif normalise(seen) != normalise(value):
            problems.append(f"  {field}: expected {value!r}, the page shows {seen!r}")
    for field, value in actual.items():
        if field not in expected and value:
            problems.append(f"  {field}: the page shows {value!r}, the table does not say it")
    if problems:
        page = "\n".join(f"  | {f} | {v} |" for f, v in actual.items())
        raise AssertionError(
            f"{what} differs from the table:\n" + "\n".join(problems) + f"\nThe page:\n{page}"
        )
