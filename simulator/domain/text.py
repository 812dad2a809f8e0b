"""What a reader sees of a text a person typed: the rules that count characters or refuse a
blank field count these, so that zero-width spaces, NULs or other invisible characters cannot
make a description "thorough" or a comment "written"."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def visible(text: str | None) -> str:
    """The text without control and format characters (zero-width spaces and joiners,
    direction marks, NUL...), its runs of white space as one space, trimmed."""
    kept = "".join(
        " " if char in "\t\n\r" else char
        for char in (text or "")
        if char in "\t\n\r" or unicodedata.category(char) not in ("Cc", "Cf")
    )
    return _SPACES.sub(" ", kept).strip()


def is_blank(text: str | None) -> bool:
    """Nothing a reader would see."""
    return not visible(text)
