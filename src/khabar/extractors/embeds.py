"""Social posts embedded in plain text: a tweet or Instagram post with its signature line, or a
line of nothing but links to a platform (YouTube, Facebook, TikTok, ...).

Platforms, signature formats and link patterns are data (``data/embeds.yaml``); month names for
the signature date come from every ``lang/<code>/dates.yaml`` (shared with khabar.extractors.dates).
No library reads embeds out of text that has lost its HTML, so this is written here: a few
regexes over the lines, and Python only for the lines that hold an "@" or a link.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from khabar.knowledge.data import load_yaml
from khabar.lang import merged
from khabar.lang.models import Dates
from khabar.schema import Embed, Segment
from khabar.text.langid import dominant_script
from khabar.text.normalise import fold
from khabar.text.segment import line_spans

_DATE_TOKEN = re.compile(r"\d+|[^\s\d.,:;/-]+")


@dataclass(frozen=True, slots=True)
class _Platform:
    name: str
    signature: re.Pattern[str] | None
    body_marker: re.Pattern[str] | None
    body_max_chars: int
    links: tuple[re.Pattern[str], ...]


@cache
def _platforms() -> tuple[_Platform, ...]:
    def compiled(pattern: str | None) -> re.Pattern[str] | None:
        return re.compile(pattern) if pattern else None

    return tuple(
        _Platform(
            name=name,
            signature=compiled(spec.get("signature")),
            body_marker=compiled(spec.get("body_marker")),
            body_max_chars=spec.get("body_max_chars", 0),
            links=tuple(re.compile(link) for link in spec.get("links", [])),
        )
        for name, spec in load_yaml("embeds.yaml")["platforms"].items()
    )


@cache
def _url() -> re.Pattern[str]:
    return re.compile(load_yaml("embeds.yaml")["url"])


@cache
def _months() -> dict[str, int]:
    """Folded month name or abbreviation → month number, over every ``lang/<code>/dates.yaml``."""
    return {
        fold(name): number
        for data in merged(Dates).values()
        for table in (data.months, data.month_abbreviations)
        for number, names in table.items()
        for name in names
    }


def signature_date(text: str) -> str | None:
    """ISO date of a signature's date text ("January 7, 2022", "7 जनवरी 2022"), else None."""
    month = day = year = None
    for token in _DATE_TOKEN.findall(text):
        if token.isdigit():
            if len(token) == 4 and year is None:
                year = int(token)
            elif len(token) <= 2 and day is None:
                day = int(token)
        elif month is None:
            month = _months().get(fold(token))
    if not (month and day and year):
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _link_platform(url: str) -> tuple[str, str | None] | None:
    """``(platform, "@author" or None)`` of a link to a known platform."""
    for platform in _platforms():
        for pattern in platform.links:
            if match := pattern.match(url):
                author = match.groupdict().get("author")
                return platform.name, f"@{author}" if author else None
    return None


def _body_start(text: str, lines: list[tuple[int, int]], index: int, platform: _Platform, floor: int) -> int:
    """Start of the post body before signature line ``index`` (its own start when there is none)."""
    start = lines[index][0]
    if platform.body_marker:
        if index and lines[index - 1][0] >= floor and platform.body_marker.fullmatch(text, *lines[index - 1]):
            return lines[index - 1][0]
        return start
    script, used = None, 0
    for count, (line_start, line_end) in enumerate(reversed(lines[:index])):
        line = text[line_start:line_end]
        if line_start < floor or line.endswith(":"):
            break
        length = len(_url().sub("", line).strip())
        line_script = dominant_script(line) or script  # a line of links only has no script
        changed = script is not None and line_script != script
        if count and (changed or used + length > platform.body_max_chars):
            break
        script, used, start = line_script, used + length, line_start
    return start


def _signed_posts(text: str, lines: list[tuple[int, int]]) -> list[Embed]:
    """Posts found by their signature line."""
    embeds: list[Embed] = []
    signed = [(p, p.signature) for p in _platforms() if p.signature]
    for index, (line_start, line_end) in enumerate(lines):
        if "@" not in text[line_start:line_end]:
            continue
        for platform, signature in signed:
            match = signature.search(text, line_start, line_end)
            if match is None or (match.start() > line_start and not match.group("date")):
                continue
            floor = embeds[-1].end if embeds else 0
            start = line_start
            if match.start() == line_start:
                start = _body_start(text, lines, index, platform, floor)
            embeds.append(
                Embed(
                    start=start,
                    end=line_end,
                    platform=platform.name,
                    author=f"@{match.group('handle')}",
                    date=signature_date(match.group("date") or ""),
                    urls=_url().findall(text, start, line_end),
                )
            )
            break
    return embeds


def _link_lines(text: str, lines: list[tuple[int, int]], taken: list[Embed]) -> list[Embed]:
    """Lines of nothing but links, one of them to a platform, outside the posts already found."""
    embeds: list[Embed] = []
    line_starts = [start for start, _ in lines]
    taken_starts = [e.start for e in taken]
    seen: set[int] = set()
    for match in _url().finditer(text):
        index = bisect_right(line_starts, match.start()) - 1
        if index in seen:
            continue
        seen.add(index)
        line_start, line_end = lines[index]
        before = bisect_right(taken_starts, line_start) - 1
        if before >= 0 and taken[before].end > line_start:
            continue
        if _url().sub("", text[line_start:line_end]).strip():
            continue
        urls = _url().findall(text, line_start, line_end)
        found = [hit for url in urls if (hit := _link_platform(url))]
        if found:
            author = next((a for _, a in found if a), None)
            embeds.append(
                Embed(start=line_start, end=line_end, platform=found[0][0], author=author, urls=urls)
            )
    return embeds


def find_embeds(text: str) -> list[Embed]:
    """Embedded social posts in ``text``, in order, with exact offsets; ``language`` is left None."""
    if "@" not in text and _url().search(text) is None:
        return []
    lines = line_spans(text)
    signed = _signed_posts(text, lines)
    return sorted(signed + _link_lines(text, lines, signed), key=lambda e: e.start)


def merge_embeds(text: str, html_embeds: Sequence[Embed]) -> list[Embed]:
    """Posts from markup and from ``text``, in order, without the same post twice (overlapping
    spans: the markup's is kept)."""
    merged = [e.model_copy() for e in html_embeds]
    for embed in find_embeds(text):
        if not any(embed.start < kept.end and kept.start < embed.end for kept in merged):
            merged.append(embed.model_copy())
    return sorted(merged, key=lambda e: e.start)


def with_language(embed: Embed, segments: Sequence[Segment]) -> Embed:
    """The embed with a language: its own, else the one covering most of it."""
    if embed.language:
        return embed
    weights: dict[str, int] = {}
    for seg in segments:
        overlap = min(embed.end, seg.end) - max(embed.start, seg.start)
        if overlap > 0 and seg.language:
            weights[seg.language] = weights.get(seg.language, 0) + overlap
    language = max(weights, key=weights.__getitem__) if weights else None
    return embed.model_copy(update={"language": language})
