"""A two-word capitalised name that a verb follows is its clause's subject ("Adama Barrow ended ..."):
a person's name, not a town inside a longer name that the article's countries would keep (read by
``place_guards.article_surnames``)."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.doc import Doc
from khabar.extractors.cues import HYPHENS, grammar, is_subject
from khabar.extractors.entities.geocode import LARGE_FOREIGN_PLACE
from khabar.extractors.entities.place_cue_words import place_cues
from khabar.extractors.entities.words import Words, name_words
from khabar.knowledge import places
from khabar.knowledge.base import CountryWord
from khabar.text.tokens import Token

MIN_VERB = 5  # letters of the shortest word read as a verb by its ending ("ended"; not "bed")


@dataclass(frozen=True, slots=True)
class Subjects:
    """What the gazetteer found in the article: where its hits start, and the countries it names;
    and the capitalised words that stand alone somewhere in it, no neighbour a capitalised word."""

    doc: Doc
    hit_starts: frozenset[int]
    named: frozenset[str]
    alone: frozenset[str]

    @classmethod
    def of(cls, doc: Doc, words: Words) -> Subjects:
        hits = doc.gazetteer_hits
        named = frozenset(h.hit.referent.iso3 for h in hits if isinstance(h.hit.referent, CountryWord))
        return cls(doc, frozenset(h.start for h in hits), named, _alone(words))

    def verb_follows(self, words: Words, first: Token, second: Token) -> bool:
        """Does a verb follow the two-word name as its subject ("Adama Barrow ended", "Priti Patel
        announced"): a subject's verb of the language or a lower-case word with a verb ending, after
        one space, where the first word names a town of a country the article names, none very large
        (``LARGE_FOREIGN_PLACE``)? Not after a stopword ("the Decatur Democrat said") or a hyphen
        ("sub-Saharan Africa being"), nor with a second word in capitals ("Nenagh MDC housing"), one
        the gazetteer knows ("Tulsa Mayor said", "Ohio Democrats said"), or one that heads places or
        bodies ("Kabul Airport") or cues a place; nor when the first word stands alone elsewhere in
        the article, as a town's name does and a given name seldom ("Athens Tech offered classes ...
        in Athens")."""
        doc, following, before = self.doc, second.index + 1, first.index - 1
        if following >= len(words) or doc.text[second.end : words.tokens[following].start] != " ":
            return False
        if (first.start > 0 and doc.text[first.start - 1] in HYPHENS) or second.start in self.hit_starts:
            return False
        if first.text in self.alone:
            return False
        candidates = places.by_name(first.text)
        if not any(p.country in self.named for p in candidates) or any(
            p.population >= LARGE_FOREIGN_PLACE for p in candidates
        ):
            return False
        verb, language = words.tokens[following], words.languages[second.index]
        listed, cues = name_words(language), grammar(language)
        if (
            second.text in listed.place_heads
            or second.text in listed.org_heads
            or second.text in place_cues(language)[0]
        ):
            return False
        if doc.text[second.start : second.end].isupper() or (
            before >= 0 and words.tokens[before].text in cues.stopwords
        ):
            return False
        ending = len(verb.text) >= MIN_VERB and verb.text.endswith(cues.verb_endings)
        return verb.latin and not verb.capitalised and (ending or is_subject(doc, first.start, second.end))


def _alone(words: Words) -> frozenset[str]:
    """The capitalised Latin words that stand somewhere with no capitalised word joined before or
    after them ("in Athens, the ...")."""
    tokens = words.tokens

    def named(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].capitalised

    return frozenset(
        t.text
        for t in tokens
        if t.latin
        and t.capitalised
        and not (named(t.index - 1) and tokens[t.index - 1].joined)
        and not (t.joined and named(t.index + 1))
    )
