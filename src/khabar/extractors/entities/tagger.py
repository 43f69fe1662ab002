"""The name tagger: a linear-chain CRF (python-crfsuite) per language, which marks the words that
are a person's, a place's or an organisation's name.

The model of a language is ``lang/<code>/ner.crfsuite``, trained here by ``python -m train ner``
(its card, ``lang/<code>/ner.md``, gives data, licence, command and scores). A language without a
model has no tagger: its names come from knowledge and cues alone. Knowledge stays for linking,
canonical names and geocoding; where a tagger exists, it decides which words are names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import pycrfsuite

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.features import hit_labels, sentence_features
from khabar.extractors.entities.place_cue_words import place_cues
from khabar.extractors.entities.place_descriptors import without_descriptors
from khabar.extractors.entities.tagged_cuts import cut_name, join_izafat, named_after_given_name
from khabar.extractors.entities.tagger_knowledge import place_size
from khabar.extractors.entities.words import name_words
from khabar.lang import LANG_ROOT
from khabar.text.tokens import Token

NameType = Literal["PERSON", "PLACE", "ORG"]
MODEL_FILE = "ner.crfsuite"
SURE = 0.5  # least marginal probability of a name's labels for the tagger to decide (tuned on dev)
LIST_ITEMS = 4  # items of a list of places read before a tagged place
ITEM_WORDS = 3  # words of one such item
CUED_ITEM_WORDS = 3  # words of a list item that a place cue word ends, the cue word included
LEANING = 0.4  # ... for an unsure person's name to be one where a cue points at it (tuned on dev)
LEANING_PLACE = 0.3  # ... for an unsure place's name to be one where no cue read its words otherwise (dev)
LISTED_TYPES = frozenset({"ORG", "PERSON"})  # types of names listed before a place that are read as places
CITY_SIZE = 6  # order of magnitude of the population of a city: its name ends no person's name, ends a list


@dataclass(frozen=True, slots=True)
class TaggedName:
    """A run of words the tagger marked as one name, in original offsets, with word indexes."""

    start: int
    end: int
    type: NameType
    first: int  # index of its first word in ``doc.tokens``
    last: int  # index of its last word
    confidence: float = 1.0  # least marginal probability of its words' labels

    @property
    def sure(self) -> bool:
        """Sure enough for the tagger to decide; an unsure name's words are left to knowledge and
        cues, as in a language without a tagger."""
        return self.confidence >= SURE

    @property
    def leaning_place(self) -> bool:
        """An unsure place's name, a place where nothing else reads its words (a village the gazetteer
        lacks, mostly)."""
        return self.type == "PLACE" and LEANING_PLACE <= self.confidence < SURE


@cache
def _tagger(language: str | None) -> pycrfsuite.Tagger | None:
    path = LANG_ROOT / (language or "_") / MODEL_FILE
    if not language or not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@dataclass(frozen=True, slots=True)
class NameMask:
    """Which words the tagger surely put in which name (``name_of``: word index to name index), which
    it put, unsure but leaning, in a person's name (``person_of``), and which words of a tagged language
    it left out of every name, sure or not (``outside``)."""

    names: list[TaggedName]
    name_of: dict[int, int]
    outside: frozenset[int]
    person_of: dict[int, int]

    @classmethod
    def of(cls, doc: Doc, languages: list[str | None]) -> NameMask:
        name_of = {
            i: n for n, name in enumerate(doc.names) if name.sure for i in range(name.first, name.last + 1)
        }
        named = {i for name in doc.names for i in range(name.first, name.last + 1)}
        tagged = {language: has_tagger(language) for language in set(languages)}
        outside = frozenset(i for i, language in enumerate(languages) if tagged[language] and i not in named)
        persons = frozenset(i for i, n in name_of.items() if doc.names[n].type == "PERSON")
        places = [n for n in doc.names if n.sure and n.type == "PLACE"]
        listed = _listed_with_places(doc, places, outside | persons)
        unsure = {
            name_of[i] for i in listed & persons
        }  # a person's name listed with places: knowledge reads it
        name_of = {i: n for i, n in name_of.items() if n not in unsure}
        outside -= listed | _named_elsewhere(doc, outside)
        person_of = {
            i: n
            for n, name in enumerate(doc.names)
            if not name.sure and name.type == "PERSON" and name.confidence >= LEANING
            for i in range(name.first, name.last + 1)
        }
        return cls(doc.names, name_of, outside, person_of)

    def not_places(self) -> frozenset[int]:
        """Words in a name the tagger did not mark as a place."""
        return frozenset(i for i, n in self.name_of.items() if self.names[n].type != "PLACE")


def _named_elsewhere(doc: Doc, outside: frozenset[int]) -> frozenset[int]:
    """Words left out of every name that the tagger surely made a one-word name of elsewhere in the
    text ("अल्माटी में" after "अल्माटी" was a place): one sense per text, so knowledge may read them."""
    named = {doc.tokens[n.first].text for n in doc.names if n.sure and n.first == n.last}
    return frozenset(i for i in outside if doc.tokens[i].text in named)


def _listed_with_places(doc: Doc, places: list[TaggedName], outside: frozenset[int]) -> frozenset[int]:
    """Words left out of every name or put in a person's (``outside``) that stand in one list with a
    place the tagger marked, before it ("अल्माटी, नूर सुल्तान और मंगिस्टाऊ प्रांत में"): each item may be
    a place by knowledge, as in a language without a tagger. Items are parted by a comma or a
    conjunction of the language."""
    tokens, listed = doc.tokens, set[int]()
    for place in places:
        words = grammar(doc.language_at(place.start))
        no_item = words.conjunctions | words.stopwords
        end = place.first  # the item after the separator looked for
        for _ in range(LIST_ITEMS):
            before = end - 1
            if before < 0:
                break
            if tokens[before].text in words.conjunctions:
                before -= 1
            elif "," not in doc.text[tokens[before].end : tokens[end].start]:
                break
            item: list[int] = []
            while (
                before >= 0
                and before in outside
                and len(item) < ITEM_WORDS
                and tokens[before].text not in no_item
            ):
                item.append(before)
                if before == 0 or doc.text[tokens[before - 1].end : tokens[before].start].strip():
                    break
                before -= 1
            if not item:
                break
            listed.update(item)
            end = item[-1]
    return frozenset(listed)


def has_tagger(language: str | None) -> bool:
    """Does ``language`` ship a name tagger?"""
    return _tagger(language) is not None


def tag_names(doc: Doc) -> list[TaggedName]:
    """Names in every sentence whose language has a tagger, in text order."""
    names: list[TaggedName] = []
    hits: dict[str | None, list[str | None]] = {}
    every = doc.languages_at([t.start for t in doc.tokens])  # each word's language, in one pass
    for sentence in doc.sentences:
        tokens = doc.tokens.within(sentence.start, sentence.end)
        if not tokens:
            continue
        languages = every[tokens[0].index : tokens[-1].index + 1]
        tagger = _tagger(languages[0])
        if tagger is None:
            continue
        if languages[0] not in hits:
            hits[languages[0]] = hit_labels(doc, languages[0])
        words = hits[languages[0]][tokens[0].index : tokens[-1].index + 1]
        labels = tagger.tag(sentence_features(doc, tokens, languages, words))
        sure = [1.0 if label == "O" else tagger.marginal(label, i) for i, label in enumerate(labels)]
        spans = [cut for span in spans_of(tokens, labels, sure) for cut in cut_name(doc, span, languages[0])]
        spans = without_descriptors(doc, join_izafat(doc, spans, languages[0]), languages[0])
        spans = named_after_given_name(doc, spans, languages[0])
        for name in _listed_as_places(doc, spans, languages[0]):
            names.extend(_city_apart(doc, name, languages[0]))
    return names


def _listed_as_places(doc: Doc, names: list[TaggedName], language: str | None) -> list[TaggedName]:
    """A sentence's names, where a name of ``LISTED_TYPES`` stands in one list with a place's right
    after it (``_a_place``), as a place's: the items of a list are of one kind ("नगला भीका , फ़र्रूख़ाबाद ,
    उत्तर प्रदेश स्थित"). Items are parted by a comma or a conjunction of the language; a place before a
    genitive marker qualifies the next item, it lists none ("बादशाह अकबर, असम के अहोम राजा"), and a
    body's name that ends in an organisation head word stays one ("... विश्वविद्यालय, भारत")."""
    words, heads = grammar(language), name_words(language).org_heads
    tokens, kept = doc.tokens, list(names)
    for k in range(len(kept) - 1, -1, -1):
        name = kept[k]
        if name.type not in LISTED_TYPES or not name.sure or tokens[name.last].text in heads:
            continue
        after = kept[k + 1] if k + 1 < len(kept) else None
        gap = doc.text[name.end : after.start if after else name.end].strip()
        if (
            after is not None
            and _a_place(doc, after)
            and (gap == "," or gap in words.conjunctions)
            and (after.last + 1 >= len(tokens) or tokens[after.last + 1].text not in words.genitive_markers)
        ) or _cued_place_next(doc, name, language):
            kept[k] = replace(name, type="PLACE")
    return kept


def _cued_place_next(doc: Doc, name: TaggedName, language: str | None) -> bool:
    """Is the next list item past a comma a word or two and a place cue word after them, and so a
    place ("जपकोट-कोलागाड-२, सतपुली तहसील में": the tagger named no place there)?"""
    tokens, after = doc.tokens, place_cues(language)[0]
    following = name.last + 1
    while following < len(tokens) and not any(c.isspace() or c == "," for c in _gap(doc, following)):
        following += 1  # the rest of a word the tagger cut ("-२")
    if following >= len(tokens) or _gap(doc, following).strip() != ",":
        return False
    end = min(following + CUED_ITEM_WORDS, len(tokens))
    return any(tokens[j].text in after for j in range(following + 1, end))


def _gap(doc: Doc, i: int) -> str:
    """The text between word ``i`` and the word before it."""
    return doc.text[doc.tokens[i - 1].end : doc.tokens[i].start]


def _a_place(doc: Doc, name: TaggedName) -> bool:
    """Is ``name`` surely a place's, by the tagger or, whatever it tagged, as the exact name of a
    city of a million people or more ("मुंगेर , बिहार" both tagged as bodies)?"""
    if name.type == "PLACE" and name.sure:
        return True
    words = " ".join(t.text for t in doc.tokens[name.first : name.last + 1])
    return (place_size(words) or 0) >= CITY_SIZE


def _city_apart(doc: Doc, name: TaggedName, language: str | None) -> tuple[TaggedName, ...]:
    """A person's name whose last word names a city of a million people or more and is no listed name
    word, as the person's name and the place's ("विजय कुमारी | लखनऊ की रसोई"); other names as they are."""
    last = doc.tokens[name.last]
    if name.type != "PERSON" or name.first == name.last or (place_size(last.text) or 0) < CITY_SIZE:
        return (name,)
    listed = name_words(language)
    if last.text in listed.given_names or last.text in listed.surnames:
        return (name,)
    end = doc.tokens[name.last - 1].end
    return (
        TaggedName(name.start, end, name.type, name.first, name.last - 1, name.confidence),
        TaggedName(last.start, last.end, "PLACE", name.last, name.last, name.confidence),
    )


def spans_of(tokens: list[Token], labels: list[str], sure: list[float] | None = None) -> list[TaggedName]:
    """BIO labels to names: an I- label after another type (or after O, or after punctuation) opens
    a name; ``sure``: each label's marginal probability (the name keeps the least)."""
    names: list[TaggedName] = []
    for k, (token, label) in enumerate(zip(tokens, labels, strict=True)):
        prefix, _, kind = label.partition("-")
        if not kind:
            continue
        p = 1.0 if sure is None else sure[k]
        last = names[-1] if names else None
        if (
            prefix == "I"
            and last is not None
            and last.type == kind
            and last.last == token.index - 1
            and tokens[k - 1].joined
        ):
            names[-1] = TaggedName(
                last.start, token.end, last.type, last.first, token.index, min(last.confidence, p)
            )
        else:
            names.append(TaggedName(token.start, token.end, kind, token.index, token.index, p))  # type: ignore[arg-type]
    return names
