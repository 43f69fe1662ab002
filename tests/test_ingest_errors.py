"""The error record readers yield, and the exception that carries it."""

from __future__ import annotations

import dataclasses

import pytest

from khabar.ingest import IngestError, IngestFailure


def test_error_reads_as_origin_and_reason() -> None:
    assert str(IngestError("feed.xml#3", "item has no content or description")) == (
        "feed.xml#3: item has no content or description"
    )


def test_error_is_frozen() -> None:
    error = IngestError("a.txt", "empty")
    with pytest.raises(dataclasses.FrozenInstanceError):
        error.reason = "other"  # type: ignore[misc]


def test_failure_carries_the_error() -> None:
    failure = IngestFailure("a.txt", "binary file")
    assert failure.error == IngestError("a.txt", "binary file")
    assert str(failure) == "a.txt: binary file"
