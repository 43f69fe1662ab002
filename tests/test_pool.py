"""The /extract worker pool (khabar.service.pool): bounded, queued, timed, and stopping abandoned work."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import uvicorn

from khabar.service.api import create_app
from khabar.service.pool import (
    Abandoned,
    ExtractionPool,
    PoolFull,
    PoolSettings,
    TimedOut,
)
from khabar.store.db import open_store

JOB = "pool_jobs:answer"


def request(text: str) -> bytes:
    return json.dumps({"text": text}).encode()


async def never() -> None:
    await asyncio.Event().wait()


def with_pool(settings: PoolSettings, test: Callable[[ExtractionPool], Awaitable[None]]) -> None:
    async def run() -> None:
        pool = ExtractionPool(settings)
        await pool.start()
        try:
            await test(pool)
        finally:
            await pool.close()

    asyncio.run(run())


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())


def wait_for_pid(path: Path) -> int:
    deadline = time.monotonic() + 30
    while not (path.exists() and path.read_text()):
        assert time.monotonic() < deadline, "the job never started"
        time.sleep(0.02)
    return int(path.read_text())


def test_a_job_is_answered_by_a_worker_process() -> None:
    async def test(pool: ExtractionPool) -> None:
        status, body = await pool.run(request("hello"), large=False, gone=never)
        assert status == 200
        answer = json.loads(body)
        assert answer["text"] == "hello" and answer["pid"] != os.getpid()

    with_pool(PoolSettings(workers=1, queue=0, timeout_s=30, job=JOB), test)


def test_a_full_queue_is_refused_at_once(tmp_path: Path) -> None:
    async def test(pool: ExtractionPool) -> None:
        slow = [
            asyncio.ensure_future(pool.run(request(f"sleep 1 {tmp_path / str(i)}"), large=False, gone=never))
            for i in range(2)  # one running, one waiting
        ]
        await asyncio.sleep(0)
        with pytest.raises(PoolFull):
            await pool.run(request("hello"), large=False, gone=never)
        assert not any(job.done() for job in slow)  # refused while both still run, not after them
        assert [status for status, _ in await asyncio.gather(*slow)] == [200, 200]
        assert (await pool.run(request("hello"), large=False, gone=never))[0] == 200

    with_pool(PoolSettings(workers=1, queue=1, timeout_s=30, job=JOB), test)


def test_a_request_over_its_time_kills_its_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"

    async def test(pool: ExtractionPool) -> None:
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await pool.run(request(f"sleep 60 {pid_file}"), large=False, gone=never)
        assert time.monotonic() - started < 5
        pid = int(pid_file.read_text())
        await asyncio.sleep(0.5)
        assert not alive(pid)
        status, body = await pool.run(request("next"), large=False, gone=never)
        assert status == 200 and json.loads(body)["pid"] != pid

    with_pool(PoolSettings(workers=1, queue=0, timeout_s=2, job=JOB), test)


def test_an_abandoned_request_frees_its_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"

    async def test(pool: ExtractionPool) -> None:
        client_gone = asyncio.Event()
        work = asyncio.ensure_future(
            pool.run(request(f"sleep 60 {pid_file}"), large=False, gone=client_gone.wait)
        )
        pid = await asyncio.to_thread(wait_for_pid, pid_file)
        client_gone.set()
        with pytest.raises(Abandoned):
            await work
        await asyncio.sleep(0.5)
        assert not alive(pid)
        assert (await pool.run(request("next"), large=False, gone=never))[0] == 200

    with_pool(PoolSettings(workers=1, queue=0, timeout_s=120, job=JOB), test)


def test_a_dead_worker_fails_its_request_only() -> None:
    async def test(pool: ExtractionPool) -> None:
        status, body = await pool.run(request("exit"), large=False, gone=never)
        assert status == 500 and b"worker process died" in body
        assert (await pool.run(request("next"), large=False, gone=never))[0] == 200

    with_pool(PoolSettings(workers=1, queue=0, timeout_s=30, job=JOB), test)


def test_a_worker_killed_while_idle_is_replaced_before_the_next_request() -> None:
    async def test(pool: ExtractionPool) -> None:
        status, body = await pool.run(request("first"), large=False, gone=never)
        first = json.loads(body)["pid"]
        os.kill(first, signal.SIGKILL)
        await asyncio.sleep(0.2)
        status, body = await pool.run(request("second"), large=False, gone=never)
        assert status == 200 and json.loads(body)["pid"] != first

    with_pool(PoolSettings(workers=1, queue=0, timeout_s=30, job=JOB), test)


def test_large_requests_leave_a_worker_to_small_ones(tmp_path: Path) -> None:
    async def test(pool: ExtractionPool) -> None:
        large = [
            asyncio.ensure_future(pool.run(request(f"sleep 2 {tmp_path / str(i)}"), large=True, gone=never))
            for i in range(2)
        ]
        await asyncio.to_thread(wait_for_pid, tmp_path / "0")
        assert (await pool.run(request("small"), large=False, gone=never))[0] == 200
        assert not large[0].done()  # answered while the first large one runs, not behind the second
        assert not (tmp_path / "1").exists()  # the second large one waits for the first
        assert [status for status, _ in await asyncio.gather(*large)] == [200, 200]

    with_pool(PoolSettings(workers=2, queue=4, timeout_s=30, job=JOB), test)


# ---------- over HTTP, with uvicorn on 127.0.0.1 ----------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """``khabar serve`` on an empty store, one worker, no queue, a 3 s limit; yields the port."""
    path = tmp_path_factory.mktemp("pool") / "store.duckdb"
    open_store(path).close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = PoolSettings(workers=1, queue=0, timeout_s=3, job=JOB)
    config = uvicorn.Config(
        create_app(path, extraction=settings), host="127.0.0.1", port=port, log_level="error"
    )
    served = uvicorn.Server(config)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not served.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    yield port
    served.should_exit = True
    thread.join(timeout=10)


def post(port: int, text: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/extract", json.dumps({"text": text}), {"Content-Type": "application/json"})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def test_over_http_a_client_that_hangs_up_frees_its_worker(server: int, tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    body = json.dumps({"text": f"sleep 60 {pid_file}"}).encode()
    head = (
        "POST /extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server)) as client:
        client.sendall(head.encode() + body)
        pid = wait_for_pid(pid_file)
    hung_up = time.monotonic()
    while alive(pid):
        assert time.monotonic() - hung_up < 1.0, "the abandoned work still runs"
        time.sleep(0.02)
    assert post(server, "next")[0] == 200


def test_over_http_the_time_limit_is_504_and_a_full_pool_503(server: int, tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    slow = ThreadPoolExecutor(1).submit(post, server, f"sleep 60 {pid_file}")
    pid = wait_for_pid(pid_file)
    status, headers, body = post(server, "hello")  # the one worker is busy and no request may wait
    assert status == 503 and headers["retry-after"].isdigit() and b"busy" in body
    status, _, body = slow.result()
    assert status == 504 and b"limit (3 s)" in body
    time.sleep(0.5)
    assert not alive(pid)
