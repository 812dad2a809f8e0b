"""What the hooks write and the tools read: names of run records, shots and evidence."""

import re
from pathlib import Path

RERUN = "-rerun"  # the label suffix of a shard's second try of its failed scenarios
STOPPED = "stopped.txt"  # in the reports folder: why a run ended before any scenario


def slug(text: str) -> str:
    """Lower-case words joined by hyphens: file names and HTML anchors."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def server_errors(reports: Path) -> int:
    """Requests a served simulator failed with an unhandled error (its log's tracebacks)."""
    return sum(
        path.read_text(errors="replace").count("Traceback")
        for path in (reports / "logs").glob("simulator-*.txt")
    )
