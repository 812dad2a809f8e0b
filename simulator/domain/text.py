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


# Characters no one types into a form: C0 controls other than tab and line breaks, DEL, and the
# explicit direction embeddings and overrides, which can show a comment reversed to its reader.
_FORBIDDEN = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\x7f"}
_FORBIDDEN |= {chr(c) for c in range(0x202A, 0x202F)}


def forbidden_character(text: str) -> str | None:
    """Why this text cannot be taken (the first character no one types, named), or None."""
    for char in text:
        if char in _FORBIDDEN:
            name = unicodedata.name(char, f"control character U+{ord(char):04X}")
            return f"The text holds a character that cannot be typed ({name.lower()}): remove it."
    return None
