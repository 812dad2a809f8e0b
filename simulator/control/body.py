"""A control-API request's JSON body, read field by field with the type docs/control-api.yaml
gives each: a test tool's mistake (a list for an object, a number for an email, a line without
a SKU) is answered 400 with what is wrong, never a server error."""

from flask import request

LARGEST = 2**53  # the largest whole number every JSON reader keeps exactly


class BadBody(Exception):
    """The body is not what the operation takes; the message says which field and why."""


class Body:
    def __init__(self, values: dict, where: str = ""):
        self.values = values
        self.where = where  # "lines[1]." for a line, so the message names the field in full

    @classmethod
    def of_request(cls) -> "Body":
        values = request.get_json(force=True, silent=True)
        if values is None and not request.get_data():
            values = {}  # no body: every field takes its default
        if not isinstance(values, dict):
            raise BadBody("The body must be a JSON object.")
        return cls(values)

    def __contains__(self, name: str) -> bool:
        return name in self.values

    def _typed(self, name: str, kinds: tuple, what: str, default):
        if name not in self.values:
            return default
        value = self.values[name]
        if not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool)):
            raise BadBody(f"{self.where}{name} must be {what}.")
        return value

    def text(self, name: str, default: str | None = "", nullable: bool = False) -> str | None:
        if nullable and self.values.get(name) is None:
            return default
        return self._typed(name, (str,), "a string", default)

    def required_text(self, name: str) -> str:
        if name not in self.values:
            raise BadBody(f"{self.where}{name} is required.")
        return self.text(name)

    def whole(self, name: str, default: int | None = None) -> int | None:
        value = self._typed(name, (int,), "a whole number", default)
        if name in self.values and abs(value) > LARGEST:
            raise BadBody(f"{self.where}{name} must be at most {LARGEST} either way.")
        return value

    def number(self, name: str, default: float | None = None) -> float | None:
        value = self._typed(name, (int, float), "a number", default)
        if name in self.values and abs(value) > LARGEST:
            raise BadBody(f"{self.where}{name} must be at most {LARGEST} either way.")
        return value

    def flag(self, name: str, default: bool) -> bool:
        return self._typed(name, (bool,), "true or false", default)

    def texts(self, name: str) -> dict[str, str] | None:
        """An object whose fields are all strings (a payment's details), or None."""
        value = self._typed(name, (dict,), "an object", None)
        if value:
            for key, item in value.items():
                if not isinstance(item, str):
                    raise BadBody(f"{self.where}{name}.{key} must be a string.")
        return value

    def objects(self, name: str) -> list["Body"]:
        """A list of objects (the lines of an order), each read the same way."""
        value = self._typed(name, (list,), "a list", [])
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise BadBody(f"{self.where}{name}[{index}] must be an object.")
        return [Body(item, f"{self.where}{name}[{index}].") for index, item in enumerate(value)]
