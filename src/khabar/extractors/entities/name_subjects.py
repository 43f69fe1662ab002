"""A two-word capitalised name that a verb follows is its clause's subject ("Adama Barrow ended ..."):
a person's name, not a place inside a longer name, whatever countries the article names (read by
``place_guards.article_surnames``)."""

from __future__ import annotations

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_subject
from khabar.extractors.entities.geocode import LARGE_FOREIGN_PLACE
from khabar.extractors.entities.place_cue_words import place_cues
from khabar.extractors.entities.words import Words, name_words
from khabar.knowledge import places
from khabar.text.tokens import Token

MIN_VERB = 5  # letters of the shortest word read as a verb by its ending ("ended"; not "bed")


def verb_follows(doc: Doc, words: Words, first: Token, second: Token, hit_starts: frozenset[int]) -> bool:
    """Does a verb follow the two-word name as its subject ("Adama Barrow ended", "Priti Patel
    announced"): a subject's verb of the language or a lower-case word with a verb ending, after one
    space? Then a first word that names no very large place (``LARGE_FOREIGN_PLACE``: "Houston
    Chronicle reported") is no place, whatever countries the article names. Not after a stopword
    ("the Decatur Democrat said"), nor with a second word in capitals ("Nenagh MDC housing"), one the
    gazetteer knows ("Tulsa Mayor said", "Ohio Democrats said"), or one that heads places or bodies
    ("Kabul Airport") or cues a place."""
    following, before = second.index + 1, first.index - 1
    if following >= len(words) or doc.text[second.end : words.tokens[following].start] != " ":
        return False
    if second.start in hit_starts or any(
        p.population >= LARGE_FOREIGN_PLACE for p in places.by_name(first.text)
    ):
        return False
    verb, language = words.tokens[following], words.languages[second.index]
    listed, cues = name_words(language), grammar(language)
    if second.text in listed.place_heads | listed.org_heads or second.text in place_cues(language)[0]:
        return False
    if doc.text[second.start : second.end].isupper() or (
        before >= 0 and words.tokens[before].text in cues.stopwords
    ):
        return False
    ending = len(verb.text) >= MIN_VERB and verb.text.endswith(cues.verb_endings)
    return verb.latin and not verb.capitalised and (ending or is_subject(doc, first.start, second.end))
