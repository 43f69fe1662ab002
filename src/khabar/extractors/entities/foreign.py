"""Foreign people's names written in another script, known by how they sound.

Hindi news names foreign people in Devanagari ("ब्रैड पिट", "टाइसन ने"), and few of their names are in
the language's name words or the tagger's training data. A word is romanised (``khabar.text.translit``)
and compared with common Latin given names and surnames (``data/latin_names.yaml``, from US Census
lists: ``python -m train latin-names``) filed under their phonetic key, so a look-up reads one short
list. A word that sounds like a common given name opens a person's name when the words after it, a
space apart, sound like common surnames ("ब्रैड पिट"), and one that sounds like a common surname is a
person where an agent marker follows ("टाइसन ने"): a Hindi word sounds like some name now and then,
two in a row seldom. Latin words are left to ``capitals``. Stopwords, ordinary
words (``ordinary_words``; ``name_sounds.yaml``, those that sound like names: पत्ते is no Patty), words
of bodies' and places' names (पार्टी, स्टेशन), acronyms (सीबीआई), the exact names of places (पेरिस),
and short words ("रन", "बेटे": they sound like too many names) are none, and so is a run next to a
place cue word. These runs come after the tagger's sure names ("अमिताभ बच्चन ने" stays whole), and a
sure name of a place or body is none (``within.within_names``).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Literal

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_agent
from khabar.extractors.entities.found import Found, named_found
from khabar.extractors.entities.gazetteer import GazetteerHit
from khabar.extractors.entities.place_cue_words import place_cue_next
from khabar.extractors.entities.words import MAX_RUN, Taken, Words, frequent_words, name_words, ordinary_words
from khabar.knowledge import places
from khabar.knowledge.base import CountryWord
from khabar.knowledge.data import load_yaml
from khabar.knowledge.place_sounds import sound_key
from khabar.lang import topic
from khabar.lang.models import NameForms, NameSounds
from khabar.text.normalise import fold
from khabar.text.tokens import Token
from khabar.text.translit import acronym, display_name, romanise
from khabar.text.translit.names import similarity

NamePart = Literal["given", "surname"]
SOUNDS_ALIKE = {"given": 0.8, "surname": 0.7}  # least similarity of a romanised word to a Latin name
# of its key (टाइसन, tyson: 0.74; ब्रैड, brad: 0.92; रेलवे, ralph: 0.70)
ALONE_SOUNDS = 3  # least consonants of the key of a surname alone (टाइसन "tsn"; not बेटे "bt", वन "vn")
DISPLAY_ALIKE = 0.88  # ... to be written as that name ("ब्रैड": Brad, 0.92; "शेन": not Shaun, 0.81)
PAIR_SOUNDS = 5  # ... of the keys of a given name and the surnames after it (ब्रैड पिट "brd pt"; not रन "rn")


@cache
def common_latin_names() -> dict[NamePart, frozenset[str]]:
    """The common Latin given names and surnames (``data/latin_names.yaml``), lower case."""
    data = load_yaml("latin_names.yaml")
    return {"given": frozenset(data["given_names"]), "surname": frozenset(data["surnames"])}


@cache
def _by_key() -> dict[NamePart, dict[str, list[str]]]:
    """The Latin given names and surnames under their phonetic keys."""
    filed: dict[NamePart, dict[str, list[str]]] = {"given": {}, "surname": {}}
    for part, listed in common_latin_names().items():
        for name in listed:
            filed[part].setdefault(sound_key(name), []).append(name)  # type: ignore[index]
    return filed


@lru_cache(maxsize=65_536)
def sounds_like(word: str) -> tuple[frozenset[NamePart], int]:
    """Which parts of a Latin name the (folded, non-Latin) word sounds like, and the length of its key."""
    parts = frozenset(part for part in _by_key() if _closest(word, part) is not None)
    return parts, len(sound_key(romanise(word).lower()))


@lru_cache(maxsize=65_536)
def _closest(word: str, part: NamePart) -> tuple[str, float] | None:
    """The common Latin name of ``part`` that the (folded, non-Latin) word sounds most like, and how
    much, if any sounds like it enough."""
    latin = romanise(word).lower()
    scored = [(name, similarity(latin, name)) for name in _by_key()[part].get(sound_key(latin), ())]
    best = max(scored, key=lambda item: (item[1], item[0]), default=None)
    return best if best is not None and best[1] >= SOUNDS_ALIKE[part] else None


def spelled_as_latin_name(word: str) -> bool:
    """Is the (folded, non-Latin) word spelled as a common Latin given name or surname (टेलर:
    Taylor, रोयल: Royal)?"""
    return any((best := _closest(word, part)) is not None and best[1] >= 1.0 for part in _by_key())


def latin_spelling(words: list[str], language: str | None, acting: bool, opened: bool = False) -> str | None:
    """How English readers write a foreign person's name given in another script: each word as the
    common Latin name it sounds most like, where it sounds very like one (``DISPLAY_ALIKE``), else as
    romanised ("ब्रैड पिट": Brad Pitt; "टाइसन ने", ``acting``: Tyson). Only for a name that sounds like
    a given name and surnames with keys long enough, or like one surname that acts (``foreign_person``'s
    rules; ``opened``: the first word may sound like no given name, "बिवरैन हेनड्रिक्स ने": Bivrain
    Hendricks), and holds no name word of its language (करण सिंह is no Karen Singh); else None."""
    local = _local_names(language)
    if not words or any(w.isascii() or fold(w) in local for w in words) or (len(words) == 1 and not acting):
        return None
    parts: list[NamePart] = ["given", *["surname"] * (len(words) - 1)] if len(words) > 1 else ["surname"]
    matched = [_closest(fold(w), part) for w, part in zip(words, parts, strict=True)]
    sounds = sum(sounds_like(fold(w))[1] for w in words)
    if any(m is None for m in matched[1:]) or (matched[0] is None and not opened):
        return None
    if sounds < (PAIR_SOUNDS if len(words) > 1 else ALONE_SOUNDS):
        return None
    romanised = [display_name(w) for w in words]
    spelt = [
        match[0].capitalize() if match is not None and match[1] >= DISPLAY_ALIKE else shown
        for shown, match in zip(romanised, matched, strict=True)
    ]
    return " ".join(spelt) if spelt != romanised else None


def _name_part(words: Words, taken: Taken, i: int) -> tuple[frozenset[NamePart], int]:
    """What the free non-Latin word ``i`` of a language with known ordinary words sounds like, and the
    length of its key (``_word_sounds``)."""
    if words.tokens[i].latin or not taken.usable(words, i, latin=False):
        return frozenset(), 0
    return _word_sounds(words.tokens[i].text, words.languages[i])


@lru_cache(maxsize=65_536)
def _word_sounds(word: str, language: str | None) -> tuple[frozenset[NamePart], int]:
    """What the (folded, non-Latin) word of ``language`` sounds like, and the length of its key, unless
    it is no foreign name word (``_no_name_word``; keyed on the word and its language: a word recurs on
    every page)."""
    return (frozenset(), 0) if _no_name_word(word, language) else sounds_like(word)


def _no_name_word(word: str, language: str | None) -> bool:
    """Is the (folded, non-Latin) word of ``language`` surely no word of a foreign person's name: an
    ordinary word (``ordinary_words``), a plural ("विमानों"), a name word of its language ("पार्टी",
    "स्टेशन", "रोड"), an acronym ("सीबीआई") or a place's name; or is the language's ordinary words
    unknown?"""
    return bool(
        not frequent_words(language)  # a language whose ordinary words are unknown (or none)
        or word in ordinary_words(language)
        or word.endswith(grammar(language).plural_endings)  # "विमानों", "धाराओं"
        or word in _name_sounds(language)
        or word in _name_words(language)
        or acronym(word)
        or places.by_name(word)
    )


@cache
def _local_names(language: str | None) -> frozenset[str]:
    """The language's own given names and surnames, and the names of its common name forms."""
    listed = name_words(language)
    forms = frozenset(fold(name) for person in topic(language, NameForms).people for name in person.split())
    return listed.given_names | listed.surnames | forms


@cache
def _name_sounds(language: str | None) -> frozenset[str]:
    """Ordinary words of the language that sound like Latin names (``name_sounds.yaml``)."""
    return frozenset(topic(language, NameSounds).words)


@cache
def _name_words(language: str | None) -> frozenset[str]:
    """Words that head or open names of the language, and the words of places' and bodies' names
    (``name_forms.yaml``: नेशनल, स्टेशन): no foreign person's name."""
    listed = name_words(language)
    forms = topic(language, NameForms)
    other = frozenset(fold(word) for word in (*forms.places, *forms.organisations))
    return (
        listed.org_heads | listed.place_heads | listed.openers | listed.initials | listed.event_heads | other
    )


def foreign_person(doc: Doc, words: Words, taken: Taken, i: int) -> list[Token]:
    """The foreign person's name word ``i`` opens ("ब्रैड पिट") or is ("टाइसन ने"), or nothing."""
    parts, sounds = _name_part(words, taken, i)
    if not parts:
        return []  # most words sound like no name at all
    token = words.tokens[i]
    run = [token]
    while "given" in parts and len(run) < MAX_RUN and (j := run[-1].index + 1) < len(words):
        following, length = _name_part(words, taken, j)
        if "surname" not in following or not doc.text[run[-1].end : words.tokens[j].start].isspace():
            break  # "जोशो-खरोश" is no name
        run.append(words.tokens[j])
        sounds += length
    if place_cue_next(words, run):
        return []  # "सूराय पालॆं गांव"
    if len(run) > 1:
        return run if sounds >= PAIR_SOUNDS else []
    if "surname" in parts and sounds >= ALONE_SOUNDS and is_agent(doc, token.start, token.end):
        return _with_given_name(doc, words, taken, run)
    return []


def _with_given_name(doc: Doc, words: Words, taken: Taken, run: list[Token]) -> list[Token]:
    """The surname that acts, with the word right before it (spaces between) when that one could be a
    given name: free, no stopword and no word that is surely no foreign name's (``_no_name_word``):
    "फ़वाद आलम ने", "बिवरैन हेनड्रिक्स ने" (not "के लिए हेनड्रिक्स ने", "साथ दिया आलम ने")."""
    i = run[0].index - 1
    if i < 0 or not taken.usable(words, i, latin=False) or words.stops[i]:
        return run
    before = words.tokens[i]
    if before.latin or not doc.text[before.end : run[0].start].isspace():
        return run
    return run if _no_name_word(before.text, words.languages[i]) else [before, *run]


def people_named_as_countries(doc: Doc, words: Words, hits: list[GazetteerHit]) -> list[Found]:
    """The people whose name a country's name opens (``opens_foreign_name``), as new people."""
    people = []
    for h in hits:
        referent = h.hit.referent
        country = isinstance(referent, CountryWord) and not referent.demonym and not h.nested
        if country and (end := _foreign_name_end(doc, words, h.start, h.end)) is not None:
            surface = doc.text[h.start : end]
            spelt = latin_spelling(surface.split(), words.languages[doc.tokens.first_at(h.start)], True)
            people.append(named_found(h.start, end, "PERSON", spelt or display_name(surface)))
    return people


def _foreign_name_end(doc: Doc, words: Words, start: int, end: int) -> int | None:
    """Where the person's name ends that the one non-Latin word at ``start``..``end`` (a country's name:
    कैमरून) opens, if it sounds like a common Latin name and a word that sounds like a common surname (no
    ordinary or name word) follows a space apart, and an agent marker follows them ("कैमरून वाइट ने":
    Cameron White, no Cameroon); else None."""
    i = doc.tokens.first_at(start)
    if i < 0 or i + 1 >= len(words) or words.tokens[i].end != end or words.tokens[i].latin:
        return None
    named, length = sounds_like(words.tokens[i].text)
    following, more = _name_part(words, Taken(frozenset(), frozenset()), i + 1)
    after = words.tokens[i + 1]
    if (
        named
        and "surname" in following
        and doc.text[end : after.start].isspace()
        and length + more >= PAIR_SOUNDS
        and is_agent(doc, start, after.end)
    ):
        return after.end
    return None
