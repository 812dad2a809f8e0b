"""The step parameter types, registered once. A step module that uses one imports this module,
so the types exist before behave reads that module's patterns, whoever loads it (behave, or the
glossary reading the step registry)."""

import parse
from behave import register_type

from steps.support.world import REP_KINDS


@parse.with_pattern("|".join(REP_KINDS))
def rep_kind(text: str) -> str:
    return text


register_type(RepKind=rep_kind)


@parse.with_pattern(r"an FMS site|a non-FMS site")
def site(text: str) -> str:
    """'an FMS site' -> 'FMS'; 'a non-FMS site' -> 'non-FMS'."""
    return text.split(" ")[1]


register_type(Site=site)
