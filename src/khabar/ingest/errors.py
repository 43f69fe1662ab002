"""What an ingest reader yields instead of an article when an input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    """An input (or one line, item or record of it) that gave no article, and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class IngestFailure(Exception):
    """Raised by the single-input functions; readers turn it into a yielded ``IngestError``."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.error = IngestError(origin, reason)

    def __reduce__(self) -> tuple[type[IngestFailure], tuple[str, str]]:  # crosses process pools
        return IngestFailure, (self.error.origin, self.error.reason)
