"""``ordered_map``: results in input order from worker processes, none lost when a worker dies."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable

import pytest

from helpers import within
from khabar import worker_pool
from khabar.worker_pool import WorkersFailToStart, ordered_map

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="the test functions reach workers by fork"
)


def square(n: int) -> int:
    """n², slowly for some, and the end of its process for 13 (as the out-of-memory killer would)."""
    if n == 13:
        os.kill(os.getpid(), signal.SIGKILL)
    if n == 21:
        raise ValueError("twenty-one")
    time.sleep(0.001 * (n % 4))
    return n * n


class KillsWhenSent:
    """A result that kills its worker when the worker pickles it to send it back."""

    def __reduce__(self) -> tuple[Callable[[], object], tuple[()]]:
        os.kill(os.getpid(), signal.SIGKILL)
        return object, ()


def sends_a_bomb(n: int) -> object:
    return KillsWhenSent() if n == 5 else n


def sends_a_lambda(n: int) -> object:
    return (lambda: n) if n == 3 else n


def nothing() -> None:
    pass


def failing_start() -> None:
    raise OSError("no memory to load the knowledge")


def run(
    function: Callable[[int], object], items: Iterable[int], workers: int = 3, method: str = "fork"
) -> list[object]:
    """The results, or a failure when they do not come within a minute (a map waiting forever)."""
    results = ordered_map(
        function,
        items,
        workers=workers,
        lost=lambda n, reason: f"lost {n}: {reason}",
        start_method=lambda: method,
        initializer=nothing,
        time_limit=60,
    )
    return within(60, lambda: list(results))


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_results_come_in_input_order_and_a_dead_workers_task_alone_is_lost(method: str) -> None:
    results = run(square, [n for n in range(40) if n != 21], method=method)
    assert results[13] == "lost 13: its worker process was killed by SIGKILL (by the system: out of memory?)"
    assert results[:13] + results[14:] == [n * n for n in range(40) if n not in (13, 21)]
    assert not multiprocessing.active_children()


def test_a_task_that_raises_ends_its_worker_with_a_status() -> None:
    assert run(square, [20, 21, 22]) == [400, "lost 21: its worker process died (exit status 1)", 484]


def test_a_result_that_kills_its_worker_while_sent_is_lost_on_its_second_try() -> None:
    results = run(sends_a_bomb, range(10), workers=2)
    assert results[5] == "lost 5: its worker process was killed by SIGKILL (by the system: out of memory?)"
    assert results[:5] + results[6:] == [0, 1, 2, 3, 4, 6, 7, 8, 9]


def test_a_result_that_cannot_be_sent_is_lost_not_waited_for() -> None:
    results = run(sends_a_lambda, range(6), workers=2)
    assert results == [0, 1, 2, "lost 3: its worker process died (exit status 1)", 4, 5]


def test_workers_that_die_on_start_stop_the_map_instead_of_restarting_forever() -> None:
    with pytest.raises(WorkersFailToStart, match="died on start: its worker process died"):
        list(
            ordered_map(
                square,
                range(5),
                workers=2,
                lost=lambda n, reason: reason,
                start_method=lambda: "fork",
                initializer=failing_start,
                time_limit=60,
            )
        )
    assert not multiprocessing.active_children()


def test_the_input_is_read_lazily_and_a_closed_map_stops_its_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_pool, "AHEAD", 2)
    read: list[int] = []

    def counted() -> Iterable[int]:
        for n in itertools.count():
            read.append(n)
            yield n

    results = ordered_map(
        square,
        counted(),
        workers=2,
        lost=lambda n, reason: reason,
        start_method=lambda: "fork",
        initializer=nothing,
        time_limit=60,
    )
    assert list(itertools.islice(results, 3)) == [0, 1, 4]
    assert len(read) <= 3 + 2 * 2 + 1
    results.close()
    assert not multiprocessing.active_children()
