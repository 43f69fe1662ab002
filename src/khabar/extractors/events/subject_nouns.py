"""A bare noun that opens its sentence as the subject of a verb in the past tells a happening, though
nothing else anchors it ("A general strike paralysed the capital", "Heavy shelling hit Sarajevo
overnight", "Mass arrests followed the coup attempt"): the verb after it ends as a past participle does
(``participle_suffixes``) or is one of the language's ``subject_past`` verbs, and is none of its
``subject_not_past`` words, which tell of an act to come or of the noun's own doer ("Protests planned for
Friday", "a rally held by ..."). Only a few words of its own phrase stand before it, and no marker."""

from __future__ import annotations

from functools import cache

from khabar.doc import Doc
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Mention
from khabar.extractors.events.syntax import arg_cues
from khabar.knowledge.crosswalk import actor_required
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.text.normalise import fold_words

SUBJECT_WORDS = 3  # words of the noun's own phrase before it ("A general strike")


@cache
def _verbs(language: str) -> tuple[frozenset[str], frozenset[str]]:
    g = topic(language, Events).grammar
    return fold_words(g.subject_past), fold_words(g.subject_not_past)


def told_as_subject(doc: Doc, m: Mention) -> bool:
    """Is the bare noun the subject, at the start of its sentence, of a verb in the past (see the module)?"""
    language = m.hit.language
    if not language or m.predicate.verbal or m.predicate.negated or m.modality != "asserted":
        return False
    past, not_past = _verbs(language)
    cues = arg_cues(language)
    if not past or cues.postpositional or m.coding.type in actor_required():
        return False
    start = m.clause.sentence[0]
    if m.clause.start != start:
        return False
    before = doc.tokens.between(start, m.hit.start)
    if len(before) > SUBJECT_WORDS or cues.marker_words.intersection(before):
        return False
    after = doc.tokens.after(m.hit.end, 1, limit=m.clause.end, stops=word_stops())
    if not after or after[0] in not_past:
        return False
    return after[0] in past or (after[0].endswith(cues.participle_suffixes) and after[0] not in cues.passive)
