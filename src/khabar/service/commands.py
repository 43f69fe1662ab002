"""``khabar serve``: the HTTP API and the dashboard over a store, with uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from khabar.service.guards import LOCAL_HOSTS
from khabar.service.pool import PoolSettings

_ANY_ADDRESS = ("0.0.0.0", "::", "")
_DEFAULTS = PoolSettings()


def serve_command(
    db: Annotated[
        Path,
        typer.Option(help="The khabar store (DuckDB file) to serve, as written by `khabar ingest`."),
    ] = Path("khabar.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless behind a proxy.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            help="A name clients may reach the server by (the Host header); repeatable, '*' for any. "
            f"Default: {', '.join(LOCAL_HOSTS)} and the --host address."
        ),
    ] = None,
    extract_workers: Annotated[
        int, typer.Option(min=1, max=64, help="Processes running /extract (default: half the cores).")
    ] = _DEFAULTS.workers,
    extract_queue: Annotated[
        int, typer.Option(min=0, max=10_000, help="/extract requests that may wait for a worker; then 503.")
    ] = _DEFAULTS.queue,
    extract_timeout: Annotated[
        float,
        typer.Option(min=1, max=3600, help="Seconds an /extract may take, queue included; then 504."),
    ] = _DEFAULTS.timeout_s,
) -> None:
    """Serve the API (OpenAPI docs at /docs) and the offline dashboard at / over a store."""
    import uvicorn

    from khabar.service.api import create_app
    from khabar.store.db import StoreError

    listening = [] if host in _ANY_ADDRESS else [_host_name(host)]
    hosts = allowed_host or list(dict.fromkeys([*LOCAL_HOSTS, *listening]))
    pool = PoolSettings(workers=extract_workers, queue=extract_queue, timeout_s=extract_timeout)
    try:
        app = create_app(db, allowed_hosts=hosts, extraction=pool)
    except StoreError as error:
        raise typer.BadParameter(str(error), param_hint="--db") from None
    typer.echo(f"khabar: serving {db} at http://{_host_name(host)}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _host_name(address: str) -> str:
    """An address as a Host header names it (IPv6 in brackets)."""
    return f"[{address}]" if ":" in address else address
