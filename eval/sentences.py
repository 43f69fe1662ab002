"""Sentence boundaries in scraped Hindi news: how many unspaced ones ("हमला किया.डीजीपी ने") are missed.

Scraped pages often lose the space after a full stop or danda. A boundary here is a terminator
(``.``, ``?``, ``!``, ``।``) written between two Devanagari letters with no space, not after a
known abbreviation (``डॉ.``); it is missed when no sentence of the record ends at it. Units are the
rows of ``hindi_news_bbc_raw`` (key: the row index), split dev/test by the project's rule.
"""

from __future__ import annotations

import csv

import regex

from eval.common import Report, pct, require, split_of

_UNSPACED = regex.compile(r"(?<=[\p{sc=Deva}--\p{N}])[.?!।](?=[\p{sc=Deva}--\p{N}])", regex.V1)


def _abbreviations() -> frozenset[str]:
    from khabar.lang import merged
    from khabar.lang.models import LanguageRules

    return frozenset(a for d in merged(LanguageRules).values() for a in d.abbreviations)


def _rows() -> list[tuple[str, str]]:
    csv.field_size_limit(1 << 30)
    path = require("eval/hindi_news_bbc_raw/hindi-cleaned-test.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    return [(str(i), row[1]) for i, row in enumerate(rows) if len(row) > 1]


def boundaries(text: str) -> list[int]:
    """Offsets just after each unspaced boundary of ``text``."""
    abbreviations = _abbreviations()
    out = []
    for match in _UNSPACED.finditer(text):
        word_start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if text[word_start : match.end()] not in abbreviations:
            out.append(match.end())
    return out


def run(limit: int | None = None) -> list[Report]:
    from khabar import extract

    report = Report(
        "sentences: unspaced boundaries in BBC Hindi (hindi_news_bbc_raw)",
        ["split", "articles", "boundaries", "missed", "missed %"],
    )
    for split in ("dev", "test"):
        rows = [(key, text) for key, text in _rows() if split_of(key) == split][:limit]
        found = missed = 0
        for _, text in rows:
            ends = {s.end for s in extract(text).sentences}
            for offset in boundaries(text):
                found += 1
                missed += offset not in ends
        rate = pct(missed / found if found else 0)
        report.rows.append([split, str(len(rows)), str(found), str(missed), rate])
    report.notes.append("a boundary: a terminator between two Devanagari letters, not after an abbreviation")
    return [report]
