"""``/extract`` in worker processes: a bounded pool with a queue, and a time limit that stops the work.

Extraction is CPU-bound and, on a long article, long. Run in the server's own threads, a request
whose client gave up would keep a core busy to its end, and a few large requests would hold every
thread. Here each request is one job for one of ``workers`` processes:

- at most ``workers + queue`` requests are admitted at a time; the next is refused (``PoolFull``,
  answered 503 with Retry-After);
- an input over ``LARGE_CHARS`` characters never takes the last free worker, so small ones keep one;
- a request is answered within ``timeout_s`` of its arrival, queue included: when the time is up
  (``TimedOut``) or its client disconnects (``Abandoned``), the process working on it is killed, which
  stops the work at once, and a fresh one takes its place.

Workers are forked by multiprocessing's forkserver, which loads the pipeline and its knowledge once
(``khabar.service.preload``), so a replacement is ready in milliseconds and shares those tables
copy-on-write. Jobs and answers cross a socket pair as length-prefixed bytes: the request's JSON in;
an HTTP status and the record's JSON, or the reason for a refusal, out (``khabar.service.extraction``).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import multiprocessing
import os
import signal
import socket
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from multiprocessing.context import ForkServerContext

LARGE_CHARS = 100_000
RETRY_AFTER_S = 5
PRELOAD = "khabar.service.preload"
_JOB = struct.Struct(">Q")  # the job's length
_ANSWER = struct.Struct(">HQ")  # the HTTP status and the body's length

Answer = tuple[int, bytes]


def default_workers() -> int:
    """Half the cores, at least two (a long extraction leaves one for the others), at most four."""
    return max(2, min(4, (os.cpu_count() or 2) // 2))


@dataclass(frozen=True, slots=True)
class PoolSettings:
    """How many extractions run at once, how many more may wait, and how long any may take."""

    workers: int = field(default_factory=default_workers)
    queue: int = 8
    timeout_s: float = 60.0
    job: str = "khabar.service.extraction:answer"  # what a worker runs: bytes in, (status, bytes) out


class PoolFull(Exception):
    """Every worker is busy and the queue is full."""


class TimedOut(Exception):
    """The request was not done within its time limit; its work was stopped."""


class Abandoned(Exception):
    """The client went away before the answer; its work was stopped."""


class _Worker:
    """One worker process and the server's end of its socket."""

    def __init__(self, context: ForkServerContext, job: str) -> None:
        ours, theirs = socket.socketpair()
        self.process = context.Process(target=_serve, args=(theirs, job), daemon=True, name="khabar-extract")
        self.process.start()
        theirs.close()
        self._socket = ours
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def run(self, job: bytes) -> Answer:
        if self._streams is None:
            self._streams = await asyncio.open_connection(sock=self._socket)
        reader, writer = self._streams
        writer.write(_JOB.pack(len(job)))
        writer.write(job)
        await writer.drain()
        status, size = _ANSWER.unpack(await reader.readexactly(_ANSWER.size))
        return status, await reader.readexactly(size)

    def stop(self) -> None:
        """Kill the process (its work stops at once) and close the socket."""
        self.process.kill()
        if self._streams is not None:
            self._streams[1].close()
        else:
            self._socket.close()


class ExtractionPool:
    """Worker processes answering jobs (see the module docstring). Start and close it on one event loop."""

    def __init__(self, settings: PoolSettings) -> None:
        self.settings = settings
        self._context = multiprocessing.get_context("forkserver")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._large = asyncio.Semaphore(max(1, settings.workers - 1))
        self._workers: set[_Worker] = set()
        self._admitted = 0

    async def start(self) -> None:
        """Start the workers (the first start of the forkserver loads the knowledge: seconds)."""
        self._context.set_forkserver_preload([PRELOAD])  # no effect once the forkserver runs
        for _ in range(self.settings.workers):
            self._idle.put_nowait(await asyncio.to_thread(self._spawn))

    async def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        for worker in self._workers:
            await asyncio.to_thread(worker.process.join, 5)
        self._workers.clear()

    async def run(self, job: bytes, *, large: bool, gone: Callable[[], Awaitable[object]]) -> Answer:
        """The answer to ``job``; ``gone()`` completes when the client disconnects. Raises ``PoolFull``,
        ``TimedOut`` or ``Abandoned`` (the work stopped in both)."""
        if self._admitted >= self.settings.workers + self.settings.queue:
            raise PoolFull
        self._admitted += 1
        try:
            watch = asyncio.ensure_future(gone())
            work = asyncio.ensure_future(self._dispatch(job, large))
            try:
                done, _ = await asyncio.wait(
                    {work, watch}, timeout=self.settings.timeout_s, return_when=asyncio.FIRST_COMPLETED
                )
            finally:
                watch.cancel()
                work.cancel()  # a job still waiting leaves the queue; a running one loses its worker
        finally:
            self._admitted -= 1
        if work in done:
            return work.result()
        raise Abandoned if watch in done else TimedOut

    async def _dispatch(self, job: bytes, large: bool) -> Answer:
        async with self._large if large else contextlib.nullcontext():
            worker = await self._idle.get()
            if not worker.process.is_alive():  # killed while idle (out of memory, by hand)
                worker = self._replace(worker)
            try:
                return await worker.run(job)
            except (asyncio.IncompleteReadError, ConnectionError):
                worker = self._replace(worker)
                return 500, json.dumps({"detail": "extraction failed: the worker process died"}).encode()
            except BaseException:  # cancelled: out of time, or the client is gone
                worker = self._replace(worker)
                raise
            finally:
                self._idle.put_nowait(worker)

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        self._workers.discard(worker)
        return self._spawn()

    def _spawn(self) -> _Worker:
        multiprocessing.active_children()  # reaps the workers stopped before
        worker = _Worker(self._context, self.settings.job)
        self._workers.add(worker)
        return worker


def _serve(channel: socket.socket, job: str) -> None:
    """A worker: answer the jobs read from ``channel`` with ``job`` until the server closes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    importlib.import_module(PRELOAD)  # loaded already when forked from the forkserver
    module, name = job.split(":")
    answer = getattr(importlib.import_module(module), name)

    with channel, channel.makefile("rb") as incoming, contextlib.suppress(OSError):
        while len(header := incoming.read(_JOB.size)) == _JOB.size:
            (size,) = _JOB.unpack(header)
            status, body = answer(incoming.read(size))
            channel.sendall(_ANSWER.pack(status, len(body)))
            channel.sendall(body)
