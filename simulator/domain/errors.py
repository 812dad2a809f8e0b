"""The one way a rule says no: field -> message, shown on the page and returned by the server."""


class Refused(Exception):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class Forbidden(Refused):
    """Not this person's to see or change (403), as opposed to input that breaks a rule (422)."""


class InvalidTransition(ValueError):
    """A status change the record's state machine does not allow: a defect, never user input."""
