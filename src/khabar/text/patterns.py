"""The one pattern syntax of language data, for trigger words, quote cues and count cues.

A pattern is written as the words it matches, with:

- ``{a,b,c}``: one of the alternatives (they may nest, hold spaces, or be empty, which makes the
  group optional: ``kill{,s,ed}``, ``said{, that}``);
- a final ``*`` on a word: the word may go on (a stem: ``माफी मांग*``);
- ``_``: any one word (``told _``);
- ``...``: a gap of a few words, each with the space after it (``ने ...{कहा,बताया}``).

``expand`` lists the phrases a pattern stands for (the event matcher puts them in one
Aho-Corasick automaton, with ``*`` kept as a stem mark); ``to_regex`` writes the same pattern as a
regular expression (quote cues, which need gaps and any-word slots). Written here because brace
expansion and this small regex translation are a few lines, and no library offers both on one syntax.
"""

from __future__ import annotations

import re

GAP = "..."
ANY_WORD = "_"


def expand(pattern: str) -> list[str]:
    """Every phrase of a pattern, in order: ``"arrest{,s,ed}"`` -> ``arrest, arrests, arrested``."""
    _check_braces(pattern)
    return _expand(pattern, 0, "")[0]


def _expand(pattern: str, i: int, stop: str) -> tuple[list[str], int]:
    """The phrases of ``pattern[i:]`` up to a character of ``stop`` (outside braces), and where it ended."""
    forms = [""]
    while i < len(pattern) and pattern[i] not in stop:
        if pattern[i] == "{":
            options: list[str] = []
            while pattern[i] != "}":  # i is at the "{" or a "," of this group
                option, i = _expand(pattern, i + 1, ",}")
                options.extend(option)
            forms = [form + option for form in forms for option in options]
        else:
            forms = [form + pattern[i] for form in forms]
        i += 1
    return forms, i


def _check_braces(pattern: str) -> None:
    depth = 0
    for char in pattern:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            raise ValueError(f"pattern {pattern!r}: '}}' without '{{'")
    if depth:
        raise ValueError(f"pattern {pattern!r}: '{{' without '}}'")


def to_regex(pattern: str, *, gap: str, stem: str = r"\w*") -> str:
    """The pattern as a regular expression: spaces match any white space, ``gap`` stands for
    ``...``, ``stem`` for a final ``*``."""
    _check_braces(pattern)
    return _compile(pattern, 0, "", gap, stem)[0]


def _compile(pattern: str, i: int, stop: str, gap: str, stem: str) -> tuple[str, int]:
    """The regex of ``pattern[i:]`` up to a character of ``stop`` (outside braces), and where it ended."""
    out: list[str] = []
    while i < len(pattern) and pattern[i] not in stop:
        char = pattern[i]
        if char == "{":
            options, i = _options(pattern, i + 1, gap, stem)
            present = [option for option in options if option]
            optional = "?" if len(present) < len(options) else ""  # greedy, like the longest phrase
            out.append(f"(?:{'|'.join(present)}){optional}")
        elif pattern.startswith(GAP, i):
            out.append(gap)
            i += len(GAP)
        elif char.isspace():
            while i < len(pattern) and pattern[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            # ``_`` is lazy: at a pattern's end, one word without the full stop after it
            out.append({"*": stem, ANY_WORD: r"\S+?"}.get(char) or re.escape(char))
            i += 1
    return "".join(out), i


def _options(pattern: str, i: int, gap: str, stem: str) -> tuple[list[str], int]:
    """The alternatives of a brace group starting at ``i`` (after the ``{``), and where it closed."""
    options: list[str] = []
    while True:
        option, i = _compile(pattern, i, ",}", gap, stem)
        options.append(option)
        i += 1
        if pattern[i - 1] == "}":
            return options, i
