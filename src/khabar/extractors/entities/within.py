"""A cued run cut to the tagger's names (``within_names``): where a language has a name tagger, the runs
that cues point at lie within its names, and a cue pointing at a name the tagger leans to as a person's
makes it one."""

from __future__ import annotations

from collections import Counter

from khabar.extractors.entities.cue_kinds import (
    LEANING_CUES,
    PERSON_CUES,
    STANDALONE_CUES,
    TAGGED,
    Cue,
    CuedRun,
)
from khabar.extractors.entities.initials import opens_initials
from khabar.extractors.entities.place_cue_words import named_as_place
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.words import Words, frequent_words, name_words, ordinary_words
from khabar.text.tokens import Token

OPENED_WORDS = 3  # words between a word that opens a body's name and its head word ("राष्ट्रीय जल जीवन कोष")


def within_names(run: CuedRun, mask: NameMask, words: Words) -> CuedRun:
    """The run cut to the tagged name it shares most words with, and to the names of that type right
    next to it (the tagger may split a name the run reads whole: "नूर | सुल्तान"), and to the head word
    ending an organisation's name when the tagger left it out of every sure name; a name that only sounds
    foreign (``foreign``) is none where the tagger is sure of a place's or body's name. A run wholly
    outside the tagger's names stands under a cue strong enough alone (``STANDALONE_CUES``; an
    organisation's head word that ends a body's name (``_body_name``): "नेशनल हॉकी लीग",
    "राष्ट्रीय नमूना सर्वेक्षण कार्यालय", not "जल आयोग"; a known surname
    or given name in two or more words that are no ordinary words: "लीना यादव", not "यौन दास"), and
    otherwise may only name a referent the knowledge base knows well (``known_only``)."""
    shared = Counter(n for t in run.tokens if (n := mask.name_of.get(t.index)) is not None)
    if shared:
        best = shared.most_common(1)[0][0]
        kind = mask.names[best].type
        if run.cue in (Cue.FOREIGN, Cue.LISTED) and kind != "PERSON":  # surely a place's or body's name
            return CuedRun([], run.cue)
        keep = [
            (n := mask.name_of.get(t.index)) is not None and mask.names[n].type == kind for t in run.tokens
        ]
        at = next(k for k, t in enumerate(run.tokens) if mask.name_of.get(t.index) == best)
        first, last = at, at
        while first > 0 and keep[first - 1]:
            first -= 1
        while last + 1 < len(keep) and keep[last + 1]:
            last += 1
        if run.cue is Cue.ORG and last == len(keep) - 2 and run.tokens[-1].index not in mask.name_of:
            last += 1  # the head word the tagger left out still ends the body's name ("तेहरान | यूनिवर्सिटी")
        cue = run.cue
        if cue is Cue.SPEAKER and kind != "PERSON":  # a body the tagger is sure of speaks as one; a
            cue = TAGGED[kind] if kind == "ORG" else Cue.AGENT  # place's name speaks as an actor of that name
        return CuedRun(run.tokens[first : last + 1], cue, run.feature)
    if (
        run.cue in LEANING_CUES
        and (leaning := _leaning_person(run, mask))
        and not _initials_only(leaning, words)
    ):
        return CuedRun(leaning, run.cue if run.cue in PERSON_CUES else Cue.LEANING_PERSON)
    if run.cue in STANDALONE_CUES or not all(t.index in mask.outside for t in run.tokens):
        return run
    if run.cue in (Cue.SURNAME, Cue.GIVEN) and _plain_name(run.tokens, words):
        return run
    if run.cue is Cue.PLACE and named_as_place(words, run.tokens):
        return run
    if run.cue is Cue.ORG and (body := _body_name(run.tokens, words)):
        return CuedRun(body, run.cue, run.feature)
    return CuedRun(run.tokens, run.cue, run.feature, known_only=True)


def _body_name(run: list[Token], words: Words) -> list[Token]:
    """The words of a body's name that an organisation head word ends, in a run the tagger left out of
    every name: from a word that opens a body's name (``org_openers``; it may be a stopword right before
    the run) where one to ``OPENED_WORDS`` words stand between it and the head ("अंतरराष्ट्रीय श्रम
    संगठन", "राष्ट्रीय जल जीवन कोष"), unless the head ends a scheme's name as well (``scheme_heads``:
    "राष्ट्रीय स्वास्थ्य मिशन"); else the whole run where no word before the head is a frequent word
    ("नेशनल हॉकी लीग"); none otherwise ("जल आयोग": common words alone)."""
    j = run[0].index - 1
    body = [words.tokens[j], *run] if j >= 0 and words.joined(j) else run  # the opener may be a stopword
    listed = name_words(words.languages[run[-1].index])
    opened = run[-1].text not in listed.scheme_heads
    for k, token in enumerate(body[:-2]):
        if opened and len(body) - k - 2 <= OPENED_WORDS and token.text in listed.org_openers:
            return body[k:]
    if any(t.text in frequent_words(words.languages[t.index]) for t in run[:-1]):
        return []
    return run


def _leaning_person(run: CuedRun, mask: NameMask) -> list[Token]:
    """The run's words in the first person's name the tagger leans to (``NameMask.person_of``) that
    it shares a word with (not a title the tagger took in: "अधीक्षक राकेश वर्मा")."""
    leaning = next((n for t in run.tokens if (n := mask.person_of.get(t.index)) is not None), None)
    return [t for t in run.tokens if leaning is not None and mask.person_of.get(t.index) == leaning]


def _initials_only(run: list[Token], words: Words) -> bool:
    """Are the words all initials? The tagger may lean to a person's name in the letters alone and read
    the surname after them apart, at a sentence's start ("पी. | चिदंबरम"); the initials' run stands."""
    return all(opens_initials(words, t.index) for t in run)


def _plain_name(run: list[Token], words: Words) -> bool:
    """Are two or more of the run's words, between the ordinary words at its ends (which a person's
    run loses: ``words.trim_edges``), all no ordinary word of their language ("लीना यादव", "बेटे
    अनुराग ठाकुर"; not "यौन दास")?"""
    plain = [t.text not in ordinary_words(words.languages[t.index]) for t in run]
    if True not in plain:
        return False
    first, last = plain.index(True), len(plain) - 1 - plain[::-1].index(True)
    return last > first and all(plain[first : last + 1])
