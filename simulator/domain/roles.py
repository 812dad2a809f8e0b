"""Who works which queue in the console (DOMAIN.md decision 13).

CSRs take orders from the Open Order Queue and quotes from Open Quotes in Queue; the Pricing
Analyst team takes orders from the IPS Pricing Queue; neither takes the other's. The repair
technician records evaluations, the warehouse reports orders ready to ship (decision 8) and
the administrator reads the audit log: none of them takes work from a queue.
"""

from .personas import CONSOLE_PERSONAS
from .routing import Queue

QUOTES = "Open Quotes in Queue"

WORKS = {
    "csr": frozenset({Queue.OPEN_ORDER_QUEUE.value, QUOTES}),
    "pricing_analyst": frozenset({Queue.IPS_PRICING.value}),
}


# The orders queue each team works: its Open Orders report lists that queue's open orders.
ORDER_QUEUES = {"csr": Queue.OPEN_ORDER_QUEUE, "pricing_analyst": Queue.IPS_PRICING}

REPORT_REFUSAL = "The Open Orders report is for the CSR and Pricing Analyst teams."


def order_queue_of(persona: str) -> Queue | None:
    """The orders queue this persona's team works, if any."""
    return ORDER_QUEUES.get(persona)


def may_claim(persona: str, queue: str) -> bool:
    """May someone of this persona take work from that queue?"""
    return str(queue) in WORKS.get(persona, frozenset())


def claim_refusal(persona: str, queue: str) -> str:
    team = "the Pricing Analyst team" if str(queue) == Queue.IPS_PRICING else "the CSR team"
    return (
        f"Work in the {queue} is taken by {team}; a {CONSOLE_PERSONAS.get(persona, persona)} "
        "cannot assign it to themself."
    )


def ownership_problem(label: str, owner: str | None, is_owner: bool) -> str | None:
    """Only the assignee changes an order or quote; one in a queue is read-only until
    assigned."""
    if owner is None:
        return f"This {label} is in the queue: assign it to yourself to work it."
    if not is_owner:
        return f"This {label} is assigned to {owner}: only they can change it."
    return None


def may_evaluate(persona: str) -> bool:
    """Only a repair technician records an evaluation (decision 12)."""
    return persona == "repair_technician"


EVALUATION_REFUSAL = "Only a repair technician records an evaluation."


def may_report_ready_to_ship(persona: str) -> bool:
    """Only the warehouse sends the "ready to ship" notice (decision 8)."""
    return persona == "warehouse"


READY_TO_SHIP_REFUSAL = "Only the warehouse reports an order ready to ship."
