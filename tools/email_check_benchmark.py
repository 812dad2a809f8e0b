"""How the PayPal email check's time grows with the input: python -m tools.email_check_benchmark

The input that once made a backtracking pattern take seconds ("a@" followed by dots and an
@) is checked at growing sizes. A check that is linear, or capped, grows at most tenfold per
tenfold input; the figures are medians of several runs, as ratios taken in the same run, so a
noisy machine does not make them lie. Not a test: nothing here passes or fails on time.
"""

import statistics
import sys
import time

from simulator.domain.payments import is_email

SIZES = (1_000, 10_000, 100_000, 1_000_000)


def hostile(size: int) -> str:
    return "a@" + "." * size + "@"


def median_seconds(text: str, runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        is_email(text)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def measure(sizes=SIZES, runs: int = 7) -> list[tuple[int, float]]:
    return [(size, median_seconds(hostile(size), runs)) for size in sizes]


def main() -> None:
    figures = measure()
    print(f"{'input':>10}  {'median':>12}  growth vs the size before (x10 input)")
    for index, (size, seconds) in enumerate(figures):
        growth = "" if index == 0 else f"x{seconds / figures[index - 1][1]:.1f}"
        print(f"{size:>10,}  {seconds * 1e6:>10.1f} µs  {growth}")
    worst = max(b / a for (_, a), (_, b) in zip(figures, figures[1:], strict=False))
    print(f"worst growth per tenfold input: x{worst:.1f} (quadratic would be x100)")
    sys.exit(0)


if __name__ == "__main__":
    main()
