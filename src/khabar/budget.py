"""The work one article may take: how many characters are read and how long the stages may run.

Every stage is linear in the text's length, so the character budget bounds each stage's time; the
time budget bounds the whole (no stage starts once it is spent, and the long loops of a stage
stop). What a budget cuts off is said in
the record, by a ``truncated`` flag (``unread_flag``, ``out_of_time_flag``): nothing is dropped
silently and nothing raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from khabar.schema import Flag

TRUNCATED = "truncated"  # the kind of the flag that says what a budget cut off
MAX_CHARS = 1_000_000
MAX_SECONDS = 20.0


class OutOfTime(Exception):
    """The article's time budget is spent: raised between stages, and inside the long loops of a
    stage (``Doc.check_time``); the pipeline stops there and flags the stages not done."""


@dataclass(frozen=True, slots=True)
class Budget:
    """Read at most ``chars`` characters of an article (up to a paragraph break where there is one)
    and start no stage after ``seconds``."""

    chars: int = MAX_CHARS
    seconds: float = MAX_SECONDS

    def __post_init__(self) -> None:
        if not (isinstance(self.chars, int) and self.chars > 0):
            raise ValueError(f"budget chars must be a positive whole number, not {self.chars!r}")
        if not self.seconds > 0:
            raise ValueError(f"budget seconds must be positive, not {self.seconds!r}")

    def cut(self, text: str) -> int:
        """Where reading ``text`` stops: its end when it fits, else after the last line break (the
        end of a paragraph) within the first ``chars`` characters, else after the last space, else
        at ``chars``."""
        if len(text) <= self.chars:
            return len(text)
        head = text[: self.chars]
        lines = head.splitlines(keepends=True)
        if lines[-1].splitlines() != [lines[-1]]:  # it ends with a line break
            return len(head)
        if len(lines) > 1:
            return len(head) - len(lines[-1])
        words = head.rsplit(None, 1)
        return len(head) - len(words[-1]) if len(words) == 2 else self.chars

    def unread_flag(self, cut: int, length: int) -> Flag:
        """The flag of a text of ``length`` characters read only up to ``cut``."""
        return Flag(
            start=cut,
            end=length,
            kind=TRUNCATED,
            message=f"only the first {cut:,} of {length:,} characters were read (budget {self.chars:,}); "
            "nothing after them was extracted",
        )

    def out_of_time_flag(self, cut: int, skipped: Sequence[str]) -> Flag:
        """The flag of the stages (``skipped``) not run because the time budget was spent."""
        return Flag(
            start=0,
            end=cut,
            kind=TRUNCATED,
            message=f"the time budget ({self.seconds:g} s) was spent before these stages were done: "
            + ", ".join(skipped),
        )
