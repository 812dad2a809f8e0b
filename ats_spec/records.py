"""What the hooks write and the tools read: names of run records, shots and evidence."""

import re

RERUN = "-rerun"  # the label suffix of a shard's second try of its failed scenarios


def slug(text: str) -> str:
    """Lower-case words joined by hyphens: file names and HTML anchors."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]
