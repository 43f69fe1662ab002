"""The country of a generic actor, or none where the text does not make it clear: an empty country
is better than a wrong one.

1. The country named in the actor's phrase: a demonym, country, place or organisation right before
   its words, or with a genitive between ("Turkish forces", "रूसी सेना", "Russia's army", "पाकिस्तान
   की सेना", "दिल्ली पुलिस"; the mention then covers a country or organisation), and for the sectors
   that act for a state, a person ("the Assad regime", "Putin's army", "मोदी सरकार"). An organisation
   of no country gives none ("Islamic State militants"). Where genitives precede their noun, a name
   right after the words and a genitive counts as well ("the army of Pakistan").
2. Only for the sectors that act for a state (``state_sectors`` of ``data/plover.yaml``: police,
   army, government, courts), and only where no other word qualifies the actor ("Kurdish forces",
   "US-backed forces", "foreign troops"): the one country of the sentence's places, when they are all
   of one country and at least one is a place inside it rather than a country's name ("police at a Sydney
   stadium"; not for armed forces, which serve abroad: "advancing forces" at a town); else, when
   the sentence's countries and places are the article's own country or there are none, the
   article's own country (that of two thirds or more of its country and place mentions, of its
   place mentions alone: a match in Sydney between Syria's fans is not in Syria, and of the first
   of them, the lead's). A sentence that
   says where forces serve ("troops serving in Afghanistan", "अफ़ग़ानिस्तान में तैनात सैनिक": the
   grammar's ``deployed_before`` and ``deployed_after``) says nothing of whose they are.

3. Armed groups of no state (``rebel_sectors``: militants, Maoists, उग्रवादी), unqualified, take the
   story's country where every country and place mention of the article (two or more) is of that
   one country.

Other actors (protesters, refugees, doctors) take a country only from their phrase: where people are
is not whose they are.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.found import Found
from khabar.knowledge.crosswalk import rebel_sectors, state_sectors

_NOT_BEFORE = ("GROUP",)  # mentions that say nothing of the actor right after them
_COVERING = ("COUNTRY", "ORG")  # a country or organisation before the words is part of the mention
_CONTEXT = ("COUNTRY", "PLACE")  # the mentions whose countries make the context (not the BBC's)
_OWN_SHARE = 2 / 3  # of the article's country and place mentions, for its own country
_OWN_LEAST = 1  # ... and at least this many of them
_STORY_LEAST = 2  # country and place mentions that make a one-country story ("in Kabul" alone: none)
_SERVE_ABROAD = "MIL"  # the sector whose actors are often where they are sent, not at home


class GroupCountry:
    """The mentions found so far, for the country in a generic actor's phrase or around it."""

    def __init__(self, doc: Doc, found: list[Found]) -> None:
        self.doc = doc
        named = sorted((f for f in found if f.type not in _NOT_BEFORE), key=lambda f: f.start)
        self.located = [f for f in named if f.country and f.type in _CONTEXT]
        self.starts = [f.start for f in self.located]
        self.by_end: dict[int, Found] = {}
        self.by_start: dict[int, Found] = {}
        for item in named:  # the longest mention ending, and starting, at an offset
            if item.end not in self.by_end or item.start < self.by_end[item.end].start:
                self.by_end[item.end] = item
            if item.start not in self.by_start or item.end > self.by_start[item.start].end:
                self.by_start[item.start] = item
        self.own = _own_country(self.located)
        one = len({f.country for f in self.located}) == 1 and len(self.located) >= _STORY_LEAST
        self.only = self.own if one else None  # the country of a one-country story
        self.sentences: dict[tuple[int, int, bool], str | None] = {}  # each sentence's country, once

    def named_before(self, start: int, sector: str | None) -> tuple[int, str | None, Found | None]:
        """Where the mention starts, the country named right before ``start`` (see the module), and
        the name that stands there, if any (an organisation of no country: "Islamic State militants")."""
        tokens = self.doc.tokens
        i = tokens.first_at(start)
        genitives = grammar(self.doc.language_at(start)).genitive_markers
        for back in (1, 2):
            if i - back < 0 or not all(tokens[j].joined for j in range(i - back, i)):
                break
            if back == 2 and tokens[i - 1].text not in genitives:
                break
            item = self.by_end.get(tokens[i - back].end)
            if item is not None and (item.type != "PERSON" or sector in state_sectors()):
                return (item.start if item.type in _COVERING else start), item.country, item
        return start, None, None

    def named_after(self, end: int, sector: str | None) -> tuple[str | None, bool]:
        """Where genitives precede their noun, the country named right after the words and a
        genitive ("the army of Pakistan", "the government of Bashar al-Assad"), and whether a name
        stands there at all."""
        tokens = self.doc.tokens
        i = tokens.first_at(end)
        cues = grammar(self.doc.language_at(end))
        if cues.postpositional or i + 1 >= len(tokens) or not tokens[i - 1].joined or not tokens[i].joined:
            return None, False
        if tokens[i].text not in cues.genitive_markers or not tokens[i].text.isalpha():  # "of", not "'s"
            return None, False
        item = self.by_start.get(tokens[i + 1].start)
        if item is None or (item.type == "PERSON" and sector not in state_sectors()):
            return None, False
        return item.country, True

    def around(self, start: int, sector: str | None, occupied: bytearray) -> str | None:
        """The country of a state actor's sentence or article, or of a rebel group's one-country
        article (see the module), else none."""
        if self._qualified(start, occupied):
            return None
        if sector in rebel_sectors():
            return self.only
        if sector not in state_sectors():
            return None
        return self._in_sentence(start, sector == _SERVE_ABROAD)

    def story(self, start: int) -> str | None:
        """The article's own country, where the sentence at ``start`` names no other: for a bare
        institution ("गृह मंत्रालय", "the Interior Ministry"), which its sentence's places do not place."""
        return self._in_sentence(start, True)

    def _in_sentence(self, start: int, abroad: bool) -> str | None:
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return None
        key = (sentence.start, sentence.end, abroad)
        if key not in self.sentences:
            self.sentences[key] = self._sentence_country(*key)
        return self.sentences[key]

    def _sentence_country(self, start: int, end: int, abroad: bool) -> str | None:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        mentions = self.located[lo:hi]
        if any(self._deployed(f) for f in mentions):
            return None
        countries = {f.country for f in mentions}
        if not abroad and len(countries) == 1 and any(f.type == "PLACE" for f in mentions):
            return countries.pop()
        return self.own if countries <= {self.own} else None

    def _deployed(self, place: Found) -> bool:
        """Is the place where forces serve ("serving in X", "X में तैनात")?"""
        cues = grammar(self.doc.language_at(place.start))
        tokens = self.doc.tokens
        width = max((len(p) for p in (*cues.deployed_before, *cues.deployed_after)), default=0)
        if not width:
            return False
        before, after = tuple(tokens.before(place.start, width)), tuple(tokens.after(place.end, width))
        return any(before[len(before) - len(p) :] == p for p in cues.deployed_before) or any(
            after[: len(p)] == p for p in cues.deployed_after
        )

    def _qualified(self, start: int, occupied: bytearray) -> bool:
        """Does a word that is no mention qualify the actor: a capitalised Latin word ("Kurdish
        forces"), the end of a hyphenated compound ("US-backed forces") or a word of the foreign
        ("विदेशी सैनिक", "foreign troops")?"""
        tokens, text = self.doc.tokens, self.doc.text
        i = tokens.first_at(start)
        if i and tokens[i - 1].text in grammar(self.doc.language_at(start)).foreign:
            return True
        if i == 0 or not tokens[i - 1].joined or occupied[tokens[i - 1].start]:
            return False
        before = tokens[i - 1]
        if text[before.start - 1 : before.start] == "-":
            return True
        stopwords = grammar(self.doc.language_at(start)).stopwords
        return before.latin and before.capitalised and before.text not in stopwords


def _own_country(located: list[Found]) -> str | None:
    """The article's own country: that of two thirds or more of its country and place mentions, of
    its place mentions alone where it has any, and of the first of them (the lead says where the
    story is: a Venezuelan story that recalls Colombia three times is no Colombian one)."""
    country = _dominant(located)
    places = [f for f in located if f.type == "PLACE"]
    if country is None or (places and _dominant(places) != country):
        return None
    return country if located[0].country == country else None


def _dominant(located: list[Found]) -> str | None:
    if len(located) < _OWN_LEAST:
        return None
    country, count = Counter(f.country for f in located).most_common(1)[0]
    return country if count >= _OWN_SHARE * len(located) else None
