"""The store's file: a DuckDB database, whole, and a khabar store of this schema version.

A store is opened only after these checks; a new (or empty) file gets the tables of ``schema.sql``
and its version in ``meta``. The checks read; a file that is not a DuckDB database is never written to.
A store written before a column was added (``ADDED_COLUMNS``) gets it, with its default, when opened
for writing; opened read-only it is read as it is (readers do not need the added columns).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

SCHEMA_VERSION = "1"
DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file
DUCKDB_HEADER_BYTES = 3 * 4096  # the file header and two database headers, then the blocks
# (table, column, definition) added to schema.sql since version 1, the default what older rows get
ADDED_COLUMNS = (
    ("mentions", "kind", "VARCHAR NOT NULL DEFAULT 'name'"),
    ("events", "announced_as", "VARCHAR"),
    ("events", "announced_cameo", "VARCHAR"),
)


class StoreError(Exception):
    """A store that cannot be opened or used; the message names the file and the reason."""


@cache
def schema_sql() -> str:
    """The statements that create a store's tables."""
    return resources.files("khabar.store").joinpath("schema.sql").read_text(encoding="utf-8")


def unreadable(path: Path, error: duckdb.Error) -> StoreError:
    """The error for a store DuckDB fails to read (a file cut short or damaged)."""
    return StoreError(f"{path}: cannot read the store (damaged or truncated?): {first_line(error)}")


def check_magic(path: Path) -> None:
    """A file that does not carry DuckDB's magic bytes is no store (and is left untouched)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from None
    if head[8:12] != DUCKDB_MAGIC:
        raise StoreError(f"{path}: not a DuckDB database file")


def check_length(connection: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A file shorter than the blocks its header counts lost its end (a copy cut short, a full disk)."""
    ((blocks, block_size),) = connection.execute(
        "SELECT total_blocks, block_size FROM pragma_database_size()"
    ).fetchall()
    expected = DUCKDB_HEADER_BYTES + blocks * block_size
    if blocks and (length := path.stat().st_size) < expected:
        raise StoreError(f"{path}: truncated: {length} bytes, but its header counts {expected}")


def check_schema(connection: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    """A khabar store of this schema version, or (unless ``read_only``) an empty database given its tables."""
    tables = {row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if tables and "meta" not in tables:
        raise StoreError(
            f"{path}: a DuckDB database, but not a khabar store (tables: {', '.join(sorted(tables))})"
        )
    if "meta" in tables:
        rows = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        found = rows[0][0] if rows else "none"
        if found != SCHEMA_VERSION:
            raise StoreError(f"{path}: store schema version {found}, this khabar needs {SCHEMA_VERSION}")
        if not read_only:
            add_missing_columns(connection)
        return
    if read_only:
        raise StoreError(f"{path}: an empty DuckDB database, not a khabar store")
    connection.execute("BEGIN TRANSACTION")
    connection.execute(schema_sql())
    connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    connection.execute("COMMIT")


def missing_columns(connection: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """The ``ADDED_COLUMNS`` a store written by an older khabar lacks."""
    present = set(connection.execute("SELECT table_name, column_name FROM duckdb_columns()").fetchall())
    return [(t, c, definition) for t, c, definition in ADDED_COLUMNS if (t, c) not in present]


def add_missing_columns(connection: duckdb.DuckDBPyConnection) -> None:
    """Give a store written by an older khabar the columns added since (``ADDED_COLUMNS``)."""
    if not (missing := missing_columns(connection)):
        return
    connection.execute("BEGIN TRANSACTION")
    for table, column, definition in missing:
        connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
    connection.execute("COMMIT")


def first_line(error: Exception) -> str:
    """The first line of an error's message (DuckDB's run on), else its type."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
