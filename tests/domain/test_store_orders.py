"""The store order's state machine: every pair of statuses, allowed or refused."""

from itertools import product

import pytest

from simulator.domain.errors import InvalidTransition
from simulator.domain.statuses import StoreOrderStatus as S
from simulator.domain.store_orders import check_transition

ALLOWED = {
    (S.ORDER_PLACED, S.IN_PROCESS),
    (S.AWAITING_PAYMENT, S.IN_PROCESS),
    (S.AWAITING_EVALUATION, S.AWAITING_CUSTOMER_APPROVAL),
    (S.AWAITING_CUSTOMER_APPROVAL, S.IN_PROCESS),
    (S.AWAITING_CUSTOMER_APPROVAL, S.CANCELED),
    (S.IN_PROCESS, S.COMPLETED),
}


@pytest.mark.parametrize("current, target", sorted(product(S, S)))
def test_only_the_listed_moves_are_allowed(current, target):
    if (current, target) in ALLOWED:
        check_transition(current, target)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(current, target)


def test_completion_comes_only_from_in_process():
    assert [s for s in S if (s, S.COMPLETED) in ALLOWED] == [S.IN_PROCESS]
