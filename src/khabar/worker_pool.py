"""``ordered_map``: a function over many items in worker processes, in input order, losing none.

multiprocessing's ``Pool`` waits forever for a task whose worker the system killed (the out-of-memory
killer, ``kill -9``); ``concurrent.futures`` fails every pending task with its pool, not saying which
one was running. Here each worker has pipes of its own, takes its tasks in the order sent and writes
the input index of the one it is on to shared memory, so the parent always knows it:

- a worker that dies is replaced; its task becomes ``lost(item, reason)`` (the reason names the
  signal or exit status) and the other tasks it was sent go to the others;
- a worker on one task past ``time_limit`` seconds (since the parent saw it start) is killed, the same;
- the input is read lazily, at most ``AHEAD`` items per worker past the oldest one not yielded.

In a worker one thread receives tasks and another sends results, so neither side waits on the other
and each worker has ``QUEUED`` tasks at hand while the parent is busy (writing a batch to a
database). The parent runs no threads, so it may fork replacements. The HTTP service has a pool of
its own (``khabar.service.pool``): one request per worker, on an event loop."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

QUEUED = 4  # tasks sent to a worker and not answered, at most
AHEAD = 64  # items read past the oldest one not yielded, per worker
POLL_SECONDS = 1.0  # how often the parent looks at what its busy workers are on
START_FAILURES = 3  # workers dying before they are ready, in a row, before the map gives up
IDLE = -1  # a worker's shared "task it is on" between tasks


class WorkersFailToStart(RuntimeError):
    """Worker processes die before they are ready (a bad initializer, no memory to load it)."""


def ordered_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int,
    lost: Callable[[T, str], R],
    start_method: Callable[[], str],
    initializer: Callable[..., None],
    initargs: tuple[Any, ...] = (),
    time_limit: float,
) -> Iterator[R]:
    """``function`` over ``items`` in ``workers`` processes, in input order (see the module docstring).
    ``start_method()`` picks the multiprocessing start method of each new worker."""
    pool = _Pool(function, lost, time_limit, start_method, (initializer, initargs))
    try:
        pool.start(workers)
        yield from pool.map(iter(enumerate(items)))
    finally:
        pool.close()


class _Worker(Generic[T]):
    """One worker process, the parent's ends of its pipes, and the tasks it was sent."""

    def __init__(self, process: BaseProcess, tasks: Connection, results: Connection, on: Any) -> None:
        self.process, self.tasks, self.results, self.on = process, tasks, results, on
        self.sent: deque[tuple[int, T]] = deque()  # not answered yet, in the order sent
        self.ready = False
        self.seen_on = IDLE  # the task the parent last saw it on, and since when
        self.since = 0.0

    def close(self) -> None:
        self.tasks.close()
        self.results.close()


class _Pool(Generic[T, R]):
    def __init__(
        self,
        function: Callable[[T], R],
        lost: Callable[[T, str], R],
        time_limit: float,
        start_method: Callable[[], str],
        initializer: tuple[Callable[..., None], tuple[Any, ...]],
    ) -> None:
        self.function, self.lost, self.time_limit = function, lost, time_limit
        self.start_method, self.initializer = start_method, initializer
        self.workers: list[_Worker[T]] = []
        self.done: dict[int, R] = {}  # results not yielded yet, by input index
        self.unsent: deque[tuple[int, T]] = deque()  # read, or left by a dead worker, and not sent
        self.failed_starts = 0
        self.suspects: set[int] = set()  # tasks unanswered by a worker that died between tasks

    def start(self, size: int) -> None:
        for _ in range(size):
            self.workers.append(self._spawn())

    def map(self, items: Iterator[tuple[int, T]]) -> Iterator[R]:
        taken = given = 0  # items read from the input, results yielded
        exhausted = False
        while True:
            for worker in self.workers:
                while worker.ready and len(worker.sent) < QUEUED:
                    if not self.unsent and not exhausted and taken - given < AHEAD * len(self.workers):
                        if (item := next(items, None)) is None:
                            exhausted = True
                        else:
                            self.unsent.append(item)
                            taken += 1
                    if not self.unsent or not self._send(worker, self.unsent[0]):
                        break
                    self.unsent.popleft()
            while given in self.done:
                yield self.done.pop(given)
                given += 1
            if exhausted and given == taken:
                return
            self._collect()

    def _send(self, worker: _Worker[T], task: tuple[int, T]) -> bool:
        try:
            worker.tasks.send(task)
        except OSError:  # it died: ``_collect`` sees its sentinel
            return False
        if not worker.sent:
            worker.since = time.monotonic()
        worker.sent.append(task)
        return True

    def _collect(self) -> None:
        """Wait for a result, a death, or a worker's time to run out, and take what came."""
        busy = [w for w in self.workers if w.sent]
        deadlines = [w.since + self.time_limit for w in busy if w.seen_on != IDLE]
        timeout = max(0.0, min([POLL_SECONDS, *(d - time.monotonic() for d in deadlines)])) if busy else None
        ready = set(wait([c for w in self.workers for c in (w.results, w.process.sentinel)], timeout))
        now = time.monotonic()
        for worker in list(self.workers):
            alive = self._receive(worker) if worker.results in ready else True
            if not alive or worker.process.sentinel in ready:
                while alive and worker.results.poll():  # the answers it sent before it died
                    alive = self._receive(worker)
                worker.process.join()
                self._replace(worker, _exit_reason(worker.process))
                continue
            if (on := worker.on.value) != worker.seen_on:
                worker.seen_on, worker.since = on, now
            elif on != IDLE and now - worker.since > self.time_limit:
                worker.process.kill()
                self._replace(
                    worker, f"its worker process was still on it after {self.time_limit:g} s and was stopped"
                )

    def _receive(self, worker: _Worker[T]) -> bool:
        """Take one message from ``worker``; False when it is gone."""
        try:
            message = worker.results.recv()
        except (EOFError, OSError):
            return False
        if not worker.ready:
            worker.ready = True
            self.failed_starts = 0
        else:
            index, _ = worker.sent.popleft()
            self.done[index] = message
        return True

    def _replace(self, worker: _Worker[T], reason: str) -> None:
        """A dead (or killed) worker's task is lost, the others it held are sent again, and a new
        worker takes its place."""
        worker.process.join()
        worker.close()
        self.workers.remove(worker)
        if not worker.ready:
            self.failed_starts += 1
            if self.failed_starts >= START_FAILURES:
                raise WorkersFailToStart(f"{self.failed_starts} worker processes died on start: {reason}")
        blamed = self._blamed(worker)
        for index, item in worker.sent:
            if index == blamed:
                self.done[index] = self.lost(item, reason)
        self.unsent.extendleft(reversed([task for task in worker.sent if task[0] != blamed]))
        self.workers.append(self._spawn())

    def _blamed(self, worker: _Worker[T]) -> int:
        """The task a dead worker was on; between tasks, the first one not answered if a worker
        died with it before (a result that kills its worker while being sent), else none."""
        if (on := worker.on.value) != IDLE or not worker.sent:
            return on
        first = worker.sent[0][0]
        if first in self.suspects:
            return first
        self.suspects.add(first)
        return IDLE

    def _spawn(self) -> _Worker[T]:
        context = multiprocessing.get_context(self.start_method())
        task_reader, task_writer = context.Pipe(duplex=False)
        result_reader, result_writer = context.Pipe(duplex=False)
        on = context.RawValue("q", IDLE)  # no lock: a worker killed holding it would stop the parent
        parents_ends = [c for w in self.workers for c in (w.tasks, w.results)] + [task_writer, result_reader]
        process = context.Process(
            target=_serve,
            args=(task_reader, result_writer, on, self.function, *self.initializer),
            kwargs={"inherited": parents_ends if context.get_start_method() == "fork" else []},
            daemon=True,
            name="khabar-worker",
        )
        process.start()
        task_reader.close()
        result_writer.close()
        return _Worker(process, task_writer, result_reader, on)

    def close(self) -> None:
        """Stop the workers: idle ones when they read the end of their tasks, busy ones at once."""
        for worker in self.workers:
            if worker.sent or not worker.ready:
                worker.process.kill()
            with contextlib.suppress(OSError):
                worker.tasks.send(None)
        for worker in self.workers:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.close()
        self.workers.clear()


def _exit_reason(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        cause = " (by the system: out of memory?)" if -code == signal.SIGKILL else ""
        return f"its worker process was killed by {name}{cause}"
    return f"its worker process died (exit status {code})"


def _serve(
    tasks: Connection,
    results: Connection,
    on: Any,
    function: Callable[[Any], Any],
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    *,
    inherited: list[Connection],
) -> None:
    """A worker: answer the tasks read from ``tasks`` in order until the parent sends ``None``."""
    for end in inherited:  # the parent's ends, forked with it: the parent's death must close the pipes
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent, which stops its workers
    initializer(*initargs)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_receive_tasks, args=(tasks, inbox), daemon=True).start()
    sender = threading.Thread(target=_send_results, args=(outbox, results), daemon=True)
    sender.start()
    outbox.put(True)  # ready
    try:
        while (task := inbox.get()) is not None:
            index, item = task
            on.value = index
            result = function(item)
            on.value = IDLE
            outbox.put(result)
    finally:
        outbox.put(None)
        sender.join()


def _receive_tasks(tasks: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    with _or_die(), contextlib.suppress(EOFError, OSError):  # the parent is gone
        while (task := tasks.recv()) is not None:
            inbox.put(task)
    inbox.put(None)


def _send_results(outbox: queue.SimpleQueue[Any], results: Connection) -> None:
    with _or_die(), contextlib.suppress(OSError):  # the parent is gone
        while (message := outbox.get()) is not None:
            results.send(message)


@contextlib.contextmanager
def _or_die() -> Iterator[None]:
    """A task or result that cannot cross the pipe (it does not pickle) ends the worker, which the
    parent sees, instead of ending the thread and leaving the parent waiting for an answer."""
    try:
        yield
    except Exception:
        traceback.print_exc()
        os._exit(1)
