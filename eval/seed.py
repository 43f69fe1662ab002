"""Score khabar on the founding example: ``shared/seed/kazakhstan-2022-hi.txt`` against the analyst's coding.

Recall is reported per kind (entities, alias mentions, geocodes, quotes, counts, dates, embeds, segment
languages, flags), every miss is listed, and every span in the output is checked against the text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eval.common import Extractor, Report, khabar_extract, overlaps, pct, require
from khabar.rules import distance_km
from khabar.schema import Article, Entity

SEED_TEXT = "seed/kazakhstan-2022-hi.txt"
SEED_CODING = "seed/expected.json"
GEOCODE_KM = 50.0
QUOTE_MARKS = "\"'“”‘’«»„ \t"

_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1000}


def acled_value(described: str) -> int:
    """ACLED reading of a number: dozens -> 12, about 20 -> 20, more than 2000 -> 2000, thousands -> 1000."""
    digits = re.search(r"\d[\d,]*", described)
    if digits:
        return int(digits.group().replace(",", ""))
    return _VAGUE[described.strip().lower()]


@dataclass
class KindScore:
    """Found over expected for one kind, with a line for every miss."""

    found: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.found += ok
        if not ok:
            self.misses.append(miss)


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def alias_occurrences(text: str, aliases: list[str]) -> list[tuple[int, int, str]]:
    """Standalone occurrences of the aliases, longest first, none inside a longer one already taken."""
    taken: list[tuple[int, int, str]] = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        for match in re.finditer(re.escape(alias), text):
            start, end = match.span()
            standalone = (start == 0 or not _is_word_char(text[start - 1])) and (
                end == len(text) or not _is_word_char(text[end])
            )
            if standalone and not any(overlaps((start, end), t[:2]) for t in taken):
                taken.append((start, end, alias))
    return sorted(taken)


def _same_referent(expected: dict[str, Any], entity: Entity) -> bool:
    """Same canonical name (case-insensitive), or same type and country (both may be unknown)."""
    if entity.name.casefold() == expected["name"].casefold():
        return True
    return entity.type == expected["type"] and entity.country == expected.get("country")


def _covers(entity: Entity, spans: list[tuple[int, int, str]]) -> bool:
    return any(overlaps((m.start, m.end), s[:2]) for m in entity.mentions for s in spans)


def match_entities(article: Article, expected: list[dict[str, Any]]) -> dict[str, list[Entity]]:
    """Expected canonical name -> extracted entities judged to be it (the first is the best)."""
    matched: dict[str, list[Entity]] = {}
    for exp in expected:
        occurrences = alias_occurrences(article.text, exp["aliases"])
        by_name = [e for e in article.entities if e.name.casefold() == exp["name"].casefold()]
        by_kind = [e for e in article.entities if _same_referent(exp, e) and _covers(e, occurrences)]
        matched[exp["name"]] = by_name + [e for e in by_kind if e not in by_name]
    return matched


def span_errors(article: Article) -> list[str]:
    """Every span in the record that is out of bounds or does not quote the text exactly."""
    text, errors = article.text, []
    quoted = [("mention", m) for e in article.entities for m in e.mentions]
    quoted += [("date", d) for d in article.dates] + [("count", c) for c in article.counts]
    quoted += [("quote", q) for q in article.quotes]
    for kind, span in quoted:
        if text[span.start : span.end] != span.text:
            errors.append(f"{kind} {span.start}-{span.end}: {span.text!r} != {text[span.start : span.end]!r}")
    bounded = [("embed", e) for e in article.embeds] + [("flag", f) for f in article.flags]
    bounded += [("segment", s) for s in article.segments] + [("sentence", s) for s in article.sentences]
    for kind, item in bounded:
        if not 0 <= item.start < item.end <= len(text):
            errors.append(f"{kind} {item.start}-{item.end} out of bounds (text has {len(text)} chars)")
    return errors


def score_seed(text: str, coding: dict[str, Any], extract: Extractor = khabar_extract) -> Report:
    """Recall per kind of the analyst's coding, the misses, and the span check."""
    article = extract(text, date.fromisoformat(coding["published"]))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = text.split("\n")

    def para(offset: int) -> int:
        return bisect_right(line_starts, offset) - 1

    matched = match_entities(article, coding["entities"])
    kinds = {name: KindScore() for name in ("entities", "alias mentions", "geocodes", "quotes (text)")}
    kinds |= {name: KindScore() for name in ("quotes (speaker)", "counts", "dates", "embeds", "languages")}
    kinds["flags"] = KindScore()

    for exp in coding["entities"]:
        found = matched[exp["name"]]
        kinds["entities"].check(bool(found), f"{exp['type']} {exp['name']}")
        mentions = [(m.start, m.end) for e in found for m in e.mentions]
        for start, end, alias in alias_occurrences(text, exp["aliases"]):
            hit = any(overlaps((start, end), m) for m in mentions)
            kinds["alias mentions"].check(hit, f"{alias} @{start} (line {para(start)}) for {exp['name']}")
        if exp.get("lat") is not None:
            best = found[0] if found else None
            km = (
                distance_km(exp["lat"], exp["lon"], best.lat, best.lon)
                if best and best.lat is not None and best.lon is not None
                else None
            )
            got = "not found" if best is None else ("no coordinates" if km is None else f"{km:.0f} km off")
            kinds["geocodes"].check(km is not None and km <= GEOCODE_KM, f"{exp['name']}: {got}")

    names = {e.id: e.name for e in article.entities}
    for exp in coding["quotes"]:
        in_para = [q for q in article.quotes if para(q.start) == exp["para"]]
        starting = [q for q in in_para if q.text.strip(QUOTE_MARKS).startswith(exp["starts"])]
        right = {e.id for e in matched[exp["speaker"]]}
        kinds["quotes (text)"].check(bool(starting), f"line {exp['para']}: {exp['starts']}…")
        speakers = [names.get(q.speaker or "", q.speaker) for q in starting]
        kinds["quotes (speaker)"].check(
            any(q.speaker in right for q in starting),
            f"line {exp['para']}: {exp['speaker']} (got {speakers})",
        )

    for exp in coding["counts"]:
        want = acled_value(exp["value"])
        hits = [c for c in article.counts if para(c.start) == exp["para"] and c.what == exp["what"]]
        got = [(c.what, c.value, c.text) for c in article.counts if para(c.start) == exp["para"]]
        kinds["counts"].check(
            any(c.value == want for c in hits), f"line {exp['para']}: {exp['what']}={want} (got {got})"
        )

    for exp in coding["dates"]:
        line = exp["para"]
        at = lines[line].find(exp["surface"])
        surface = (line_starts[line] + at, line_starts[line] + at + len(exp["surface"]))
        near = [d for d in article.dates if at >= 0 and overlaps((d.start, d.end), surface)]
        kinds["dates"].check(
            any(d.value == exp["value"] for d in near),
            f"line {line}: {exp['surface']} = {exp['value']} (got {[(d.text, d.value) for d in near]})",
        )

    for exp in coding["embeds"]:
        wanted = {key: exp[key] for key in ("platform", "author", "date", "language")}
        there = [e for e in article.embeds if para(e.start) <= exp["para"] <= para(max(e.start, e.end - 1))]
        got = [{key: getattr(e, key) for key in wanted} for e in there]
        kinds["embeds"].check(wanted in got, f"line {exp['para']}: {wanted} (got {got})")

    english = set(coding["languages"]["en"])
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        start = line_starts[index] + len(line) - len(line.lstrip())
        langs = [s.language for s in article.segments if s.start <= start < s.end]
        want = "en" if index in english else "hi"
        kinds["languages"].check(want in langs, f"line {index}: want {want}, got {langs}")

    for surface in coding["flags"]:
        spans = alias_occurrences(text, [surface])
        flagged = any(overlaps((f.start, f.end), s[:2]) for f in article.flags for s in spans)
        kinds["flags"].check(flagged, f"{surface} not flagged")

    errors = span_errors(article)
    report = Report(
        "seed: kazakhstan-2022-hi.txt against expected.json", ["kind", "found", "expected", "recall%"]
    )
    for name, score in kinds.items():
        report.rows.append(
            [name, str(score.found), str(score.total), pct(score.found / score.total if score.total else 0)]
        )
        report.notes += [f"miss {name}: {miss}" for miss in score.misses]
    report.rows.append(["span check errors", str(len(errors)), "0", ""])
    report.notes += [f"span error: {error}" for error in errors]
    return report


def load_seed() -> tuple[str, dict[str, Any]]:
    """The founding article and the analyst's coding of it (``MissingData`` without ../shared)."""
    text = require(SEED_TEXT).read_text(encoding="utf-8")
    return text, json.loads(require(SEED_CODING).read_text(encoding="utf-8"))


def run(extract: Extractor = khabar_extract) -> list[Report]:
    return [score_seed(*load_seed(), extract)]
