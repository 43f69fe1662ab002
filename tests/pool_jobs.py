"""A job for the extraction pool's tests (``PoolSettings.job``), run by its worker processes.

The job is an ``/extract`` request body; its text is a command: ``sleep SECONDS PIDFILE`` writes
the worker's process id to PIDFILE and sleeps, ``exit`` ends the worker, anything else is echoed.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path


def answer(job: bytes) -> tuple[int, bytes]:
    text = json.loads(job)["text"]
    command, *args = text.split()
    if command == "sleep":
        Path(args[1]).write_text(str(os.getpid()))
        time.sleep(float(args[0]))
    elif command == "exit":
        os._exit(3)
    return 200, json.dumps({"pid": os.getpid(), "text": text}).encode()
