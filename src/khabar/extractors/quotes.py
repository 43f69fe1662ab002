"""Quotations and their speakers.

A quote is found from its marks, then attributed with the cues of its segment's language
(``lang/<code>/quotes.yaml``). A ``Quote`` span is the quoted content **without** its marks,
with surrounding whitespace (and a trailing comma) trimmed, so ``text[start:end] == quote.text``.

Marks: the pairs in ``_CLOSERS`` (typography, shared by every language), mixed pairs included
(“… closed by "). Straight and curly single marks are apostrophes when they stand inside a word
(it's, don’t); they open only before a word and never stay open. Any other quote left open runs
to the end of its paragraph (segment); no quote crosses a segment.

Attribution, in this order: a cue that ends at most ``max_words_between`` words before the
opening mark (``X ने कहा कि “…”``, ``according to X, “…”``); else a cue right after the closing
mark that no later quote claims (``“…”, X ने कहा``, ``“…,” said X``); else, with no cue at all,
the previous quote's speaker when the two quotes are contiguous. The speaker next to a cue is an
entity whose mention touches the cue (title or skip words may stand between), a title alone
(the latest person whose role matches the title, else the last person in this or the previous
paragraph), or a pronoun (the later of the last speaker and the last person subject in this or
the previous paragraph). Anything else gives ``None``: a speaker is never guessed from far away.
Quoted text shorter than ``min_words`` words is kept only when a cue is attached to it.

Hand-written: no offline library attributes quotes, least of all in Hindi. Cues are matched
with regular expressions on the folded text, only in short windows around each quote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from khabar.doc import Doc
from khabar.lang import topic
from khabar.lang.models import Quotes
from khabar.lang.models.quantities import Side
from khabar.schema import Entity, Quote
from khabar.text.normalise import fold, fold_table

# Opening mark -> the marks that close it.
_CLOSERS: dict[str, str] = {
    "\u201c": '\u201d"',  # “ … ” or "
    '"': '"\u201d',  # " … " or ”
    "\u201e": '\u201c\u201d"',  # „ … “ ” "
    "\u2018": "\u2019'",  # ‘ … ’ or '
    "'": "'\u2019",  # ' … '
    "\u201a": "\u2018\u2019'",  # ‚ … ‘ ’
    "\u00ab": '\u00bb"',  # « … »
    "\u00bb": "\u00ab",  # » … «
    "\u300c": "\u300d",  # 「 … 」
    "\u300e": "\u300f",  # 『 … 』
}
_APOSTROPHES = "'\u2019"  # marks that may be apostrophes: checked against the letters around them
_STRAIGHT = "\"'"  # openers only when no letter stands before them
_SINGLE = "'\u2018\u201a"  # single openers: never left open
_MARK = re.compile("[" + re.escape("".join(set(_CLOSERS) | set("".join(_CLOSERS.values())))) + "]")
_PUNCT = ",.:;!?\"'“”‘’«»„‚()[]{}—–-/"  # stops a word; the language adds its own sentence ends
_REACH = 200  # folded characters searched for a cue on each side of a quote
_GAP_WORDS = 4  # words that ``{gap}`` may stand for in a cue pattern
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class _Cue:
    pattern: re.Pattern[str]
    speaker: Side


@dataclass(frozen=True, slots=True)
class _Config:
    """One language's quote knowledge, compiled."""

    cues: tuple[_Cue, ...] = ()
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pronouns: frozenset[str] = frozenset()
    title_run: re.Pattern[str] | None = None  # titles and skip words, one after another
    title_tail: re.Pattern[str] | None = None  # such a run at the end of a string
    title_word: re.Pattern[str] | None = None
    subject_marker: re.Pattern[str] | None = None
    min_words: int = 3
    max_words_between: int = 4
    sentence_end: str = ".!?"


TITLE_MODIFIERS = 2  # words that may qualify a title between a quote and its speaker


def _alternation(words: Sequence[str]) -> str:
    """Regex alternation of folded words, longest first, any run of spaces between words."""
    ordered = sorted({" ".join(w.split()) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


@cache
def _config(language: str | None) -> _Config:
    """Compiled ``quotes.yaml`` of ``language`` (defaults when it has none)."""
    data = topic(language, Quotes)
    if not data.cues and not data.titles:
        return _Config()
    ends = data.sentence_end
    boundary = "(?=[\\s" + re.escape(_PUNCT + ends) + "]|$)"
    gap = "(?:[^\\s" + re.escape(ends) + "]+\\s+){0," + str(_GAP_WORDS) + "}?"
    table = fold_table()
    cues = tuple(
        _Cue(re.compile(c.pattern.translate(table).replace("{gap}", gap) + boundary), c.speaker)
        for c in data.cues
    )
    titles = {
        " ".join(fold(t).split()): tuple(fold(r) for r in [t, *roles]) for t, roles in data.titles.items()
    }
    skip = [fold(w) for w in data.skip]
    title_run = title_tail = title_word = None
    if titles or skip:
        item = "(?:" + _alternation([*titles, *skip]) + ")"
        title_run = re.compile(f"{item}(?:[\\s,]+{item})*{boundary}")
        title_tail = re.compile(f"(?<![^\\s,]){title_run.pattern}$")
    if titles:
        title_word = re.compile(f"(?<![^\\s,])(?:{_alternation(list(titles))})(?![^\\s,])")
    markers = [fold(w) for w in data.subject_markers]
    return _Config(
        cues=cues,
        titles=titles,
        pronouns=frozenset(fold(w) for w in data.pronouns),
        title_run=title_run,
        title_tail=title_tail,
        title_word=title_word,
        subject_marker=re.compile(f"\\s*(?:{_alternation(markers)}){boundary}") if markers else None,
        min_words=data.min_words,
        max_words_between=data.max_words_between,
        sentence_end=ends,
    )


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _opens(mark: str, before: str, after: str) -> bool:
    if after.isspace():
        return False
    if mark in _STRAIGHT and _is_word_char(before):
        return False
    return mark not in _APOSTROPHES or _is_word_char(after)


def _closes(mark: str, before: str, after: str) -> bool:
    if mark not in _APOSTROPHES:
        return True
    return not before.isspace() and not (_is_word_char(before) and _is_word_char(after))


@dataclass(slots=True)
class _Candidate:
    """A quoted stretch: original offsets of its marks and content, folded offsets of its edges."""

    start: int  # content, trimmed
    end: int
    open_f: int  # folded index of the opening mark
    close_f: int  # folded index right after the closing mark (segment end when left open)
    segment: int  # index into the segment list
    words: int
    speaker: str | None = None
    cued: bool = False
    attribution_end: int | None = None  # folded end of a cue (and speaker) placed after the quote
    lo: int = 0  # folded window searched for cues before and after the quote
    hi: int = 0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _scan(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(opening mark, content end, close end)`` of each quote in ``text[start:end]``."""
    found: list[tuple[int, int, int]] = []
    pos = start
    while pos < end:
        pos = _scan_from(text, pos, start, end, found)
    return found


def _scan_from(text: str, pos: int, start: int, end: int, found: list[tuple[int, int, int]]) -> int:
    """Add the quotes found from ``pos`` on to ``found``; return where scanning must resume.

    A single mark that is never closed is no quote: scanning resumes after it. A single mark
    that could be a plural possessive (farmers' land) closes only when no better close follows.
    """
    opener = ""
    opened = maybe = -1
    for match in _MARK.finditer(text, pos, end):
        i = match.start()
        mark = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if not opener:
            if mark in _CLOSERS and _opens(mark, before, after):
                opener, opened = mark, i
        elif mark in _CLOSERS[opener] and _closes(mark, before, after):
            if mark in _APOSTROPHES and after.isspace() and text[i + 2 : i + 3].islower():
                maybe = i if maybe < 0 else maybe
                continue
            found.append((opened, i, i + 1))
            opener, maybe = "", -1
    if not opener:
        return end
    if maybe >= 0:
        found.append((opened, maybe, maybe + 1))
        return maybe + 1
    if opener in _SINGLE:
        return opened + 1
    found.append((opened, end, end))
    return end


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # folded
    end: int
    entity: Entity


class _Attributor:
    """Speaker resolution over one document: mentions by folded position, speakers so far."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], bounds: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.f = doc.folded.text
        self.segment_starts = [start for start, _ in bounds]
        index = doc.folded.folded_index
        mentions = sorted(
            (_Mention(index(m.start), index(m.end), e) for e in entities for m in e.mentions),
            key=lambda m: (m.end, m.start),
        )
        self.ends_at = {m.end: m for m in reversed(mentions)}  # the longest mention wins a tie
        self.starts_at = {m.start: m for m in sorted(mentions, key=lambda m: m.end - m.start)}
        self.persons = [m for m in mentions if m.entity.type == "PERSON"]
        self.person_ends = [m.end for m in self.persons]
        self.roles = {e.id: fold(e.role) for e in entities if e.role}
        self.speakers: list[tuple[int, str]] = []  # (folded position of the attribution, entity id)

    def window_start(self, pos: int) -> int:
        """Start of the paragraph before the one holding ``pos``: how far back a reference looks."""
        i = bisect_right(self.segment_starts, pos) - 1
        return self.segment_starts[max(i - 1, 0)] if self.segment_starts else 0

    def _persons_before(self, pos: int) -> Iterator[_Mention]:
        return reversed(self.persons[: bisect_right(self.person_ends, pos)])

    def _last_person(self, pos: int, subject: bool) -> _Mention | None:
        floor = self.window_start(pos)
        for mention in self._persons_before(pos):
            if mention.start < floor:
                return None
            if not subject:
                return mention
            marker = _config(self.doc.language_at(self.doc.folded.offset(mention.start))).subject_marker
            if marker is None or marker.match(self.f, mention.end):
                return mention
        return None

    def by_title(self, title: str, pos: int, config: _Config) -> str | None:
        keys = config.titles[" ".join(title.split())]
        for mention in self._persons_before(pos):
            role = self.roles.get(mention.entity.id)
            if role and any(key in role for key in keys):
                return mention.entity.id
        last = self._last_person(pos, subject=False)
        return last.entity.id if last else None

    def by_pronoun(self, pos: int) -> str | None:
        floor = self.window_start(pos)
        speaker = next(((p, s) for p, s in reversed(self.speakers) if p < pos), None)
        if speaker and speaker[0] < floor:
            speaker = None
        person = self._last_person(pos, subject=True)
        if person and (speaker is None or person.start > speaker[0]):
            return person.entity.id
        return speaker[1] if speaker else None

    def _last_title(self, run: str, config: _Config) -> str | None:
        if config.title_word is None:
            return None
        titles = config.title_word.findall(run)
        return titles[-1] if titles else None

    def _rstrip(self, lo: int, pos: int) -> int:
        while pos > lo and (self.f[pos - 1].isspace() or self.f[pos - 1] == ","):
            pos -= 1
        return pos

    def _lstrip(self, pos: int, hi: int) -> int:
        while pos < hi and (self.f[pos].isspace() or self.f[pos] in ",:"):
            pos += 1
        return pos

    def before(self, cue: int, lo: int, config: _Config) -> tuple[str | None, int] | None:
        """Speaker whose subject phrase ends at ``cue`` (not before ``lo``), and where that phrase starts."""
        end = self._rstrip(lo, cue)
        if mention := self.ends_at.get(end):
            return (mention.entity.id, mention.start) if mention.start >= lo else None
        tail = config.title_tail.search(self.f[lo:end]) if config.title_tail else None
        if tail:
            run_start = lo + tail.start()
            if (mention := self.ends_at.get(self._rstrip(lo, run_start))) and mention.start >= lo:
                return mention.entity.id, mention.start
            if title := self._last_title(tail.group(), config):
                return self.by_title(title, cue, config), run_start
            end = self._rstrip(lo, run_start)
        word_end = end
        if end == cue:  # the cue starts inside a word: a fused pronoun such as उन्होंने
            while word_end < len(self.f) and not self.f[word_end].isspace():
                word_end += 1
        word_start = end
        while word_start > lo and not self.f[word_start - 1].isspace():
            word_start -= 1
        if self.f[word_start:word_end].strip(_PUNCT) in config.pronouns:
            return self.by_pronoun(word_start), word_start
        return None

    def after(self, cue_end: int, hi: int, config: _Config) -> tuple[str | None, int] | None:
        """Speaker whose subject phrase starts at ``cue_end`` (before ``hi``), and where that phrase ends."""
        start = self._lstrip(cue_end, hi)
        if (mention := self.starts_at.get(start)) and mention.end <= hi:
            return mention.entity.id, mention.end
        run = config.title_run.match(self.f, start, hi) if config.title_run else None
        if run:
            after_run = self._lstrip(run.end(), hi)
            if (mention := self.starts_at.get(after_run)) and mention.end <= hi:
                return mention.entity.id, mention.end
            if title := self._last_title(run.group(), config):
                return self.by_title(title, start, config), run.end()
        word_end = start
        while word_end < hi and not self.f[word_end].isspace() and self.f[word_end] not in _PUNCT:
            word_end += 1
        if self.f[start:word_end] in config.pronouns:
            return self.by_pronoun(start), word_end
        return None

    def heard(self, pos: int, speaker: str | None) -> None:
        if speaker:
            self.speakers.append((pos, speaker))


def _word_count(text: str) -> int:
    return sum(1 for token in text.split() if _HAS_WORD.search(token))


def _segments(doc: Doc) -> list[tuple[int, int, str | None]]:
    if doc.segments:
        return [(s.start, s.end, s.language or doc.language) for s in doc.segments]
    return [(0, len(doc.text), doc.language)]


def _candidates(doc: Doc, segments: list[tuple[int, int, str | None]]) -> list[_Candidate]:
    index = doc.folded.folded_index
    found = []
    for number, (seg_start, seg_end, _) in enumerate(segments):
        for opened, content_end, closed in _scan(doc.text, seg_start, seg_end):
            start, end = _trimmed(doc.text, opened + 1, content_end)
            if start < end:
                words = _word_count(doc.text[start:end])
                found.append(_Candidate(start, end, index(opened), index(closed), number, words))
    return found


def _set_windows(candidates: list[_Candidate], bounds: list[tuple[int, int]]) -> None:
    """Where cues are looked for: within the segment, up to the neighbouring quotes, ``_REACH`` at most."""
    for i, quote in enumerate(candidates):
        seg_start, seg_end = bounds[quote.segment]
        prev = candidates[i - 1] if i else None
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        quote.lo = max(seg_start, quote.open_f - _REACH)
        if prev and prev.segment == quote.segment:
            quote.lo = max(quote.lo, prev.close_f)
        quote.hi = min(seg_end, quote.close_f + _REACH)
        if nxt and nxt.segment == quote.segment:
            quote.hi = min(quote.hi, nxt.open_f)


def _preposed(f: str, quote: _Candidate, config: _Config) -> list[tuple[re.Match[str], _Cue]]:
    """Cues that end close enough before the opening mark, nearest first."""
    limit = config.max_words_between if quote.words >= config.min_words else 0
    anchored = []
    for cue in config.cues:
        for match in cue.pattern.finditer(f, quote.lo, quote.open_f):
            between = f[match.end() : quote.open_f]
            if not any(c in between for c in config.sentence_end) and _word_count(between) <= limit:
                anchored.append((match, cue))
    return sorted(anchored, key=lambda pair: -pair[0].end())


def find_quotes(doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """Quotations in ``doc`` with their speakers (entity ids from ``entities``, or ``None``)."""
    segments = _segments(doc)
    candidates = _candidates(doc, segments)
    if not candidates:
        return []
    index = doc.folded.folded_index
    bounds = [(index(start), index(end)) for start, end, _ in segments]
    _set_windows(candidates, bounds)
    f = doc.folded.text
    configs = [_config(segments[quote.segment][2]) for quote in candidates]
    preposed = [_preposed(f, quote, config) for quote, config in zip(candidates, configs, strict=True)]
    claimed = {match.span() for cues in preposed for match, _ in cues}  # they introduce a later quote
    attributor = _Attributor(doc, entities, bounds)
    quotes = []
    prev: _Candidate | None = None
    for quote, config, cues in zip(candidates, configs, preposed, strict=True):
        _attribute_preposed(attributor, quote, cues, config)
        if quote.speaker is None:
            _attribute_postposed(attributor, quote, claimed, config)
        if not quote.cued and prev and prev.segment == quote.segment and _contiguous(f, prev, quote):
            quote.speaker = prev.speaker
            attributor.heard(quote.open_f, quote.speaker)
        if quote.cued or quote.words >= config.min_words:
            text = doc.text[quote.start : quote.end]
            quotes.append(Quote(start=quote.start, end=quote.end, text=text, speaker=quote.speaker))
        prev = quote
    return quotes


def _attribute_preposed(
    attributor: _Attributor, quote: _Candidate, cues: list[tuple[re.Match[str], _Cue]], config: _Config
) -> None:
    for match, cue in cues:
        quote.cued = True
        found = attributor.before(match.start(), quote.lo, config) if cue.speaker != "after" else None
        if found is None and cue.speaker != "before":
            found = attributor.after(match.end(), quote.open_f, config)
        if found is not None:
            quote.speaker = found[0]
            attributor.heard(match.start(), quote.speaker)
            return


def _attribute_postposed(
    attributor: _Attributor, quote: _Candidate, claimed: set[tuple[int, int]], config: _Config
) -> None:
    f = attributor.f
    start, hi = quote.close_f, quote.hi
    matches = sorted(
        ((match, cue) for cue in config.cues for match in cue.pattern.finditer(f, start, hi)),
        key=lambda pair: pair[0].start(),
    )
    for match, cue in matches:
        if match.span() not in claimed:
            if cue.speaker != "after":
                found = attributor.before(match.start(), start, config)
                if found and _only_titles(f[start : found[1]], config):
                    quote.speaker, quote.cued, quote.attribution_end = found[0], True, match.end()
                    attributor.heard(match.start(), quote.speaker)
                    return
            if cue.speaker != "before" and not _HAS_WORD.search(f[start : match.start()]):
                found = attributor.after(match.end(), hi, config)
                if found:
                    quote.speaker, quote.cued, quote.attribution_end = found[0], True, found[1]
                    attributor.heard(match.start(), quote.speaker)
                    return


def _only_titles(text: str, config: _Config) -> bool:
    """Whether ``text`` holds nothing but punctuation, titles and skip words, after at most
    ``TITLE_MODIFIERS`` words that qualify the title ("union secretary", "senior party leader")."""
    text = text.strip(_PUNCT + " \t\n")
    if not text:
        return True
    if config.title_run is None:
        return False
    words = text.split()
    return any(
        config.title_run.fullmatch(" ".join(words[skip:]))
        for skip in range(min(TITLE_MODIFIERS, len(words) - 1) + 1)
    )


def _contiguous(f: str, prev: _Candidate, quote: _Candidate) -> bool:
    """Whether only punctuation (or the previous quote's own attribution) stands between two quotes."""
    if not _HAS_WORD.search(f[prev.close_f : quote.open_f]):
        return True
    return prev.attribution_end is not None and not _HAS_WORD.search(f[prev.attribution_end : quote.open_f])
