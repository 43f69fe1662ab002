"""What every language-data model shares: strict fields, no unknown keys, words as strings."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr

Word = StrictStr  # a word is always written as a string; YAML never turns it into a number or a boolean
Words = tuple[Word, ...]
Flag = StrictBool
Number = StrictInt


class Strict(BaseModel):
    """A part of a topic file: unknown keys and values of the wrong type are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(Strict):
    """One topic file, ``lang/<code>/<FILE>.yaml``; a language without the file gets the defaults."""

    FILE: ClassVar[str]
