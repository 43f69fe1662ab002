"""Datelines: the town a story was filed from, opening a paragraph before a full stop or a colon
("ग्वालियर. एएसआई आरएस गौतम ...", "काबुल: क्रिकेट स्टेडियम ...": a language's ``dateline_marks``). In a
script without letter case nothing else marks it (a capitalised Latin one is found by ``capitals``), so
its words are a run a place cue points at: a place the gazetteer has or one it sounds like."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.cue_kinds import Cue, CuedRun
from khabar.extractors.entities.words import Taken, Words, frequent_words
from khabar.text.tokens import Token

MAX_WORDS = 2  # words of a dateline ("नई दिल्ली.")


def dateline_runs(doc: Doc, words: Words, taken: Taken) -> Iterator[CuedRun]:
    """The free words that open a paragraph, at most ``MAX_WORDS`` of them, joined, right before one of
    their language's ``dateline_marks`` and a space, in a script without letter case."""
    for segment in doc.segments:
        first = doc.tokens.first_at(segment.start)
        if first >= len(words) or not (marks := grammar(words.languages[first]).dateline_marks):
            continue
        closers = tuple(f"{mark} " for mark in marks)
        run = []
        for i in range(first, min(first + MAX_WORDS, len(words))):
            token = words.tokens[i]
            if token.latin or words.stops[i] or words.initialled[i] or not taken.usable(words, i, False):
                break  # (an initial's full stop: "पी. चिदंबरम ने कहा")
            if token.text not in frequent_words(words.languages[i]) and (
                inside := _mark_inside(doc, token, marks)
            ):
                yield CuedRun([*run, inside], Cue.PLACE)  # "पलवलः ...": a visarga written for a colon
                break
            run.append(token)
            if doc.text.startswith(closers, token.end):
                yield CuedRun(run, Cue.PLACE)
                break
            if not words.joined(i):
                break


def _mark_inside(doc: Doc, token: Token, marks: Sequence[str]) -> Token | None:
    """The word less a mark that the word itself ends in before a space (a sign of its script, as the
    visarga "ः" typed for a colon: "पलवलः"; ordinary words ending in it, "पुनः", are left to the caller),
    when the word is longer than the mark; else None."""
    for mark in marks:
        if doc.text.startswith(mark, token.end - len(mark)) and doc.text.startswith(" ", token.end):
            if token.end - token.start <= len(mark) or not token.text.endswith(mark):
                return None
            return token._replace(
                end=token.end - len(mark), fend=token.fend - len(mark), text=token.text[: -len(mark)]
            )
    return None
