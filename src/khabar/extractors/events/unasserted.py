"""Where a trigger word states no event: a question ("Why are we bombed by planes?"), a conditional
clause ("if they attack", "अगर ... हमला किया तो") and a noun of what would follow it ("If ..., it would be
the most lethal clash"), or an embedded question ("whether they attack"), the
headline of another story after a related-links cue ("Read more: ...", "पढ़िए- ..."), a participle
used as an adjective ("the detained activists"), a noun that qualifies the noun after it ("attack
helicopters"), a capitalised noun inside a name ("the Chemical Weapons Convention") and a noun that
names any act of its kind rather than one that happened ("any attack against Syria would be
reckless"). Every cue is data of the language's ``events.yaml`` (``grammar``);
a language without them has none of these checks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from khabar.doc import Doc
from khabar.extractors.dates import in_written_date
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.syntax import arg_cues
from khabar.extractors.events.triggers import Hit, HitKind
from khabar.extractors.numbers import find_numbers
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.text.normalise import fold_words
from khabar.text.tokens import words

_CLAUSE_END = re.compile(r"[,;:]")
_CLOSERS = " \t\"'”’»)]"  # characters after a sentence's last word and before its terminator
_LINK_MARKS = ":-–—•|"  # what may follow a related-links cue ("Read more:", "पढ़िए-")
LINK_LINES = 6  # lines of headlines read after a cue that stands alone on its line


@dataclass(frozen=True, slots=True)
class _Cues:
    questions: frozenset[str]
    adjective_before: frozenset[str]
    compound_heads: frozenset[str]
    hypothetical_before: frozenset[str]
    consequences: frozenset[str]
    opens_predicate: frozenset[str]  # words that, after a participle, make it a verb: markers, clause words


@cache
def _cues(language: str) -> _Cues:
    g = topic(language, Events).grammar
    return _Cues(
        frozenset(g.questions),
        fold_words(g.adjective_before),
        fold_words(g.compound_heads),
        fold_words(g.hypothetical_before),
        fold_words(g.consequences),
        _predicate_openers(language, g.adjective_before),
    )


def _predicate_openers(language: str, adjective_before: list[str]) -> frozenset[str]:
    """Words after which a participle is a verb, not an adjective: the language's markers,
    clause breaks, relatives, coordinators, determiners and auxiliaries."""
    syntax = arg_cues(language)
    coordinated = {word for phrase in syntax.coordinators for word in words(phrase)}
    return frozenset(
        syntax.marker_words
        | syntax.clause_breaks
        | syntax.relatives
        | syntax.determiners
        | syntax.passive
        | syntax.verb_before
        | fold_words(adjective_before)
        | coordinated
    )


class Unasserted:
    """The spans of one document that assert nothing (conditional clauses, related-links lines), found
    once from its cue hits, and the checks on each trigger."""

    __slots__ = ("_condition_starts", "_conditioned", "_conditions", "_doc", "_ends", "_starts")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        conditions = _clause_spans(doc, "conditional")
        self._conditions = sorted(conditions)
        self._condition_starts = [start for start, _ in self._conditions]
        self._conditioned = {sentence_bounds(doc, start) for start, _ in conditions}
        merged: list[tuple[int, int]] = []
        for start, end in sorted(conditions + _clause_spans(doc, "embedded_question") + _link_spans(doc)):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def states_no_event(self, hit: Hit) -> bool:
        return (
            self._covered(hit.start)
            or self._question(hit)
            or self._not_a_predicate(hit)
            or self._in_name(hit)
            or self._consequence(hit)
        )

    def conditioned(self, sentence: tuple[int, int]) -> bool:
        """Does the sentence set a condition ("... may halt mediation if ...", "अगर ... तो ...")? An act it
        makes possible is then a threat or a promise."""
        return sentence in self._conditioned

    def _consequence(self, hit: Hit) -> bool:
        """A noun after a conditional clause of its sentence, with one of the ``consequences`` words
        between them, names what would follow, no act ("If the estimates are confirmed, it would be
        the most lethal clash")."""
        words = _cues(hit.language).consequences
        if not hit.trigger.noun or not words:
            return False
        first = sentence_bounds(self._doc, hit.start)[0]
        lo = bisect_left(self._condition_starts, first)
        hi = bisect_left(self._condition_starts, hit.start)
        ends = [end for _, end in self._conditions[lo:hi] if end <= hit.start]
        return bool(ends) and not words.isdisjoint(self._doc.tokens.between(max(ends), hit.start))

    def _covered(self, offset: int) -> bool:
        at = bisect_right(self._starts, offset) - 1
        return at >= 0 and offset < self._ends[at]

    def _question(self, hit: Hit) -> bool:
        questions = _cues(hit.language).questions
        if not questions:
            return False
        start, end = sentence_bounds(self._doc, hit.start)
        last = self._doc.text[start:end].rstrip(_CLOSERS + "\r\n")
        return bool(last) and last[-1] in questions

    def _not_a_predicate(self, hit: Hit) -> bool:
        """A participle after a determiner ("the injured"), a noun before the noun it qualifies (a verb's
        form too, after a determiner: "the torture cell"), or one after a word that makes it any act
        of its kind ("any attack")."""
        cues, tokens = _cues(hit.language), self._doc.tokens
        own = tokens.between(hit.start, hit.end)
        if not own:
            return False
        before = tokens.before(hit.start, 1, stops=word_stops())
        determined = bool(before) and before[0] in cues.adjective_before
        if hit.trigger.noun or determined:
            after = tokens.after(hit.end, 1, stops=word_stops())
            if after and after[0] in cues.compound_heads:
                return True
        if hit.trigger.noun:
            return bool(before) and before[0] in cues.hypothetical_before
        suffixes = arg_cues(hit.language).participle_suffixes
        if len(own) != 1 or not suffixes or not own[0].endswith(suffixes):
            return False
        return determined or self._counted_adjective(hit)

    def _counted_adjective(self, hit: Hit) -> bool:
        """A participle between a number and the word it qualifies ("800 captured Isis fighters",
        "three detained activists"), not one that opens a predicate or a reduced clause ("12 killed in
        Kabul", "dozens detained by police", "12 killed and 30 injured", "5 arrested Friday")."""
        tokens = self._doc.tokens
        at = tokens.first_at(hit.start)
        if at == 0 or at + 1 >= len(tokens):
            return False
        before, word, after = tokens[at - 1], tokens[at], tokens[at + 1]
        if not (before.joined and word.joined and after.script):
            return False
        folded = self._doc.folded.text
        if not find_numbers(folded, hit.language, before.fstart, before.fend):
            return False  # no quantity ("some agitated members demanded")
        if in_written_date(self._doc, before.start, before.end):
            return False  # a year or a day: "in 2018 invaded Afrin"
        if after.text in _cues(hit.language).opens_predicate:
            return False
        # a time after it opens a predicate too ("5 arrested Friday after clashes")
        return not in_written_date(self._doc, after.start, after.end)

    def _in_name(self, hit: Hit) -> bool:
        """A capitalised noun joined to the capitalised word after it, in a sentence not written in
        title case, is part of a name ("the Chemical Weapons Convention"): no act."""
        if not hit.trigger.noun:
            return False
        tokens = self._doc.tokens
        own = tokens.within(hit.start, hit.end)
        at = own[-1].index + 1 if own else len(tokens)
        if at >= len(tokens) or not all(t.capitalised for t in own) or not own[-1].joined:
            return False
        if not tokens[at].capitalised:
            return False
        start, end = sentence_bounds(self._doc, hit.start)
        words = [t for t in tokens.within(start, end) if t.script]
        return 2 * sum(t.capitalised for t in words) < len(words)


def _clause_spans(doc: Doc, kind: HitKind) -> list[tuple[int, int]]:
    """From each cue of ``kind`` (a conditional, an embedded question) to the end of its clause: the
    first closing cue ("तो", "then"), clause punctuation or the end of its sentence."""
    spans: list[tuple[int, int]] = []
    ends = [h.start for h in doc.event_hits if h.kind == "conditional_end"]
    for hit in doc.event_hits:
        if hit.kind != kind:
            continue
        sentence_end = sentence_bounds(doc, hit.start)[1]
        end = sentence_end
        if (mark := _CLAUSE_END.search(doc.text, hit.end, sentence_end)) is not None:
            end = mark.start()
        at = bisect_right(ends, hit.end)
        if at < len(ends):
            end = min(end, ends[at])
        spans.append((hit.end, end))
    return spans


def _link_spans(doc: Doc) -> list[tuple[int, int]]:
    """The headlines after a related-links cue that opens its line or sentence: the rest of its line
    (within its sentence), or, when the cue stands alone, the unpunctuated lines after it."""
    text, spans = doc.text, []
    for hit in doc.event_hits:
        if hit.kind != "related_links" or not _opens(doc, hit):
            continue
        line_end = text.find("\n", hit.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[hit.end : line_end].strip(" \t\r" + _LINK_MARKS)
        if rest:
            if text[hit.end : line_end].lstrip(" \t")[:1] not in _LINK_MARKS:
                continue  # "Read more about ..." in running text
            spans.append((hit.end, min(line_end, sentence_bounds(doc, hit.end)[1])))
            continue
        end = line_end
        for _ in range(LINK_LINES):
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            line = text[end + 1 : following].strip()
            if line and line[-1] in ".!?।…\"”'’":
                break
            end = following
        spans.append((hit.end, end))
    return spans


def _opens(doc: Doc, hit: Hit) -> bool:
    """Does the cue stand at the start of a line or right after the end of a sentence?"""
    before = doc.text[max(0, hit.start - 40) : hit.start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in "\n\r.!?।…\"”'’)"
