"""``khabar serve``: the HTTP API and the dashboard over a store, with uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def serve_command(
    db: Annotated[
        Path,
        typer.Option(help="The khabar store (DuckDB file) to serve, as written by `khabar ingest`."),
    ] = Path("khabar.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless behind a proxy.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the API (OpenAPI docs at /docs) and the offline dashboard at / over a store."""
    import uvicorn

    from khabar.service.api import create_app
    from khabar.store.db import StoreError

    try:
        app = create_app(db)
    except StoreError as error:
        raise typer.BadParameter(str(error), param_hint="--db") from None
    typer.echo(f"khabar: serving {db} at http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
