from datetime import datetime, timedelta

from simulator.domain.delivery import MAX_ATTEMPTS, next_attempt_at

NOW = datetime(2026, 11, 23, 12, 0)


def test_each_wait_is_twice_the_last():
    waits = [next_attempt_at(attempts, NOW) - NOW for attempts in range(1, MAX_ATTEMPTS)]
    assert waits[0] == timedelta(seconds=10)
    assert all(later == 2 * earlier for earlier, later in zip(waits, waits[1:], strict=False))


def test_the_last_attempt_makes_a_dead_letter():
    assert next_attempt_at(MAX_ATTEMPTS - 1, NOW) is not None
    assert next_attempt_at(MAX_ATTEMPTS, NOW) is None
