"""Names alone: a later bare word that is a word of a person or known organisation named in full, or
the whole one-word name of a known actor named before ("हमास ने ... . हमास इससे इनकार करता है").

After "सईद जलीली" (or "Saeed Jalili") the bare "जलीली" ("Jalili") names the same person, with or
without a cue next to it (a place of that one word too, unless a cue or a locative marker says it is
one: "Mustafa Bali ... Bali said"); after "मुलायम सिंह यादव" the bare "मुलायम" does too, and after "राजस्थान
रॉयल्स" (an organisation the knowledge base knows) the bare "रॉयल्स". News in Hindi and English names
people by their surname after the first mention, so the last word of a person's name recurs; where a
language's news also names people by their first name and organisations by a distinctive word
(``grammar.yaml``: Hindi), the first word and the distinctive word of a known organisation do too. One
pass over the words, with an index of the words of the names so far (linear in the article's length).
A word is left alone when it is claimed, a stopword, a title or a frequent ordinary word of its
language (``frequent.yaml``: "कहते" ending a badly cut name is no surname), uncapitalised in a cased
script, part of a longer name the tagger is sure of, or a word of two different names ("सिंह" after
"धनंजय सिंह" and "जागृति सिंह": neither).
"""

from __future__ import annotations

from collections.abc import Set
from functools import cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_locative
from khabar.extractors.entities.context import same_referent
from khabar.extractors.entities.found import ActorKey, Found, Key, NameKey
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.words import Words, frequent_words, name_words
from khabar.knowledge.base import titles
from khabar.text.normalise import fold


def with_names_alone(
    doc: Doc, words: Words, found: list[Found], covered: Set[int], mask: NameMask
) -> list[Found]:
    """``found`` with the mentions of people and known organisations named in full earlier by a bare
    word of their name (``_name_words``), unless that word is in the names of two different ones
    anywhere in the article; a one-word person the knowledge base lacks, so named, is that person
    ("मुलायम सिंह यादव ... मुलायम ने"), and such a person's word names them anywhere else
    (``_one_word_people``), and a one-word person found before a full name that it opens is that
    person (``_named_in_full_later``); bare words of one name next to each other are one mention of it (the
    full name again: "जिम्मी किमल")."""
    full = sorted((f for f in found if _repeats(f)), key=lambda f: f.start)
    words_of = [_name_words(doc, words, item) for item in full]
    owners: dict[str, set[Key]] = {}  # a name word, the people and organisations it names
    for item, own in zip(full, words_of, strict=True):
        for word in own:
            owners.setdefault(word, set()).add(item.key)
    named: dict[str, Found] = {}  # a word of one name only, that name's first full mention
    single = {f.start: i for i, f in enumerate(found) if _one_word_unknown(doc, f) or _uncued_place(doc, f)}
    alone = _one_word_people(doc, found, owners)
    out = _named_in_full_later(doc, found, full, words_of, owners)
    added: list[Found] = []
    known = 0  # the names of ``full`` given before the current word are in ``named``
    for token in words.tokens:
        while known < len(full) and full[known].end <= token.start:
            for word in words_of[known]:
                if len(owners[word]) == 1:
                    named.setdefault(word, full[known])
            known += 1
        item = named.get(token.text) or alone.get(token.text)
        if item is None or item.start == token.start:
            continue
        if (at := single.get(token.start)) is not None and item.type == "PERSON":
            out[at] = same_referent(item, token.start, token.end)
        elif _bare(words, token.index, covered, mask, item.type):
            added.append(same_referent(item, token.start, token.end))
    return _spelled_whole(doc, [*out, *added], full)


def _spelled_whole(doc: Doc, found: list[Found], full: list[Found]) -> list[Found]:
    """``found`` where a person's mention and the mention of a word of another name right after it
    (spaces between) spell that other person's name as first given in full: one mention of that person
    ("जिम्मी | किमल" after "जिम्मी किमल"; "दलबीर सिंह | सुहाग", the tagger's name cut short, after
    "दलबीर सिंह सुहाग")."""
    spelled: dict[Key, str] = {}  # a person's name as first given in full, folded
    for item in full:
        if item.type == "PERSON":
            spelled.setdefault(item.key, " ".join(fold(doc.text[item.start : item.end]).split()))
    by_end = {f.end: at for at, f in enumerate(found) if f.type == "PERSON"}
    out: list[Found | None] = list(found)
    for at, item in enumerate(found):
        if item.type != "PERSON" or (whole := spelled.get(item.key)) is None:
            continue
        gap = item.start
        while gap > 0 and doc.text[gap - 1].isspace():
            gap -= 1
        before = by_end.get(gap) if gap < item.start else None
        if before is None or out[before] is None:
            continue
        if " ".join(fold(doc.text[found[before].start : item.end]).split()) == whole:
            out[at], out[before] = same_referent(item, found[before].start, item.end), None
    return [f for f in out if f is not None]


def _named_in_full_later(
    doc: Doc,
    found: list[Found],
    full: list[Found],
    words_of: list[tuple[str, ...]],
    owners: dict[str, set[Key]],
) -> list[Found]:
    """``found`` with each one-word person the knowledge base lacks that is the first word of one
    person's name only (``_name_words``) given in full later in the article made that person ("कमल ने
    कहा ... कमल हासन ने बताया": a feature names the star by the first name before the full name); not a
    surname ("अनिरुद्ध कुमार" cut short is not the "नीतिश कुमार" named later), nor a word hyphened to the
    one before it ("जैश-ए-मोहम्मद" holds no "मोहम्मद अफजल")."""
    first: dict[str, Found] = {}  # a first word of one person's name only, that name's first full mention
    for item, own in zip(full, words_of, strict=True):
        opening = own[0] if own and own[0] == doc.tokens.within(item.start, item.end)[0].text else None
        if item.type == "PERSON" and opening is not None and len(owners[opening]) == 1:
            first.setdefault(opening, item)
    out = list(found)
    for at, item in enumerate(found):
        if not _one_word_unknown(doc, item):
            continue
        token = doc.tokens.within(item.start, item.end)[0]
        named = first.get(token.text)
        hyphened = token.index > 0 and "-" in doc.text[doc.tokens[token.index - 1].end : token.start]
        if named is not None and named.start > item.start and not hyphened:
            out[at] = same_referent(named, item.start, item.end)
    return out


def _one_word_people(doc: Doc, found: list[Found], owners: dict[str, set[Key]]) -> dict[str, Found]:
    """The first mention of each one-word person the knowledge base lacks, by its word, where no
    longer name has that word: it names the same one anywhere in the article, before its cue too
    ("ब्लैकबर्न बिना दर्द के ... ब्लैकबर्न ने कहा")."""
    people: dict[str, Found] = {}
    for item in sorted(found, key=lambda f: f.start):
        if _one_word_unknown(doc, item):
            word = doc.tokens.within(item.start, item.end)[0].text
            if word not in owners:
                people.setdefault(word, item)
    return people


def _one_word_unknown(doc: Doc, item: Found) -> bool:
    """Is ``item`` a person of one word that the knowledge base lacks?"""
    return (
        item.type == "PERSON"
        and isinstance(item.key, NameKey)
        and len(doc.tokens.within(item.start, item.end)) == 1
    )


def _uncued_place(doc: Doc, item: Found) -> bool:
    """Is ``item`` a place of one word with no cue word nor locative marker next to it ("Bali said"
    after "Mustafa Bali": the person; not "in Bali")?"""
    return (
        item.type == "PLACE"
        and item.cue is None
        and len(doc.tokens.within(item.start, item.end)) == 1
        and not is_locative(doc, item.start, item.end)
    )


def _repeats(item: Found) -> bool:
    """Is ``item`` a name whose words may recur alone: a person's, or a known organisation's?"""
    return item.type == "PERSON" or (item.type == "ORG" and isinstance(item.key, ActorKey))


def _name_words(doc: Doc, words: Words, item: Found) -> tuple[str, ...]:
    """The words of a mention that may name it alone, as its language has it (``grammar``): a
    person's last (and first), a known organisation's last but its head words ("तृणमूल" of "तृणमूल
    कांग्रेस"; or none), the one word of a known actor ("हमास" again); no stopword, frequent ordinary
    word, nor title unless a listed given name too ("युवराज" of "युवराज सिंह")."""
    inside = doc.tokens.within(item.start, item.end)
    if not inside or (len(inside) < 2 and not isinstance(item.key, ActorKey)):
        return ()
    cues, listed = grammar(words.languages[inside[-1].index]), name_words(words.languages[inside[-1].index])
    if len(inside) == 1:
        chosen = tuple(inside)
    elif item.type == "PERSON":
        chosen = (inside[0], inside[-1]) if cues.first_names_alone else (inside[-1],)
    else:  # the last that is no head word: "पार्टी" alone is any party, "तृणमूल" the one
        heads = name_words(words.languages[inside[-1].index]).org_heads
        chosen = tuple(w for w in inside if w.text not in heads)[-1:] if cues.organisation_words_alone else ()
    return tuple(
        dict.fromkeys(
            w.text
            for w in chosen
            if w.text not in frequent_words(words.languages[w.index])
            and not words.stops[w.index]
            and (w.text not in _title_words(words.languages[w.index]) or w.text in listed.given_names)
        )
    )


@cache
def _title_words(language: str | None) -> frozenset[str]:
    """The folded words of the title cues and honorifics of ``language``."""
    return frozenset(word for title in titles(language or "") for word in fold(title.surface).split())


def _bare(words: Words, i: int, covered: Set[int], mask: NameMask, kind: str) -> bool:
    """Is word ``i`` free to be a name alone: unclaimed, no stopword or frequent word, capitalised
    where its script has case, and in no name the tagger is sure of but a one-word name of ``kind``?"""
    token = words.tokens[i]
    if i in covered or words.stops[i] or token.text in frequent_words(words.languages[i]):
        return False
    if token.latin and not token.capitalised:
        return False
    name = mask.name_of.get(i)
    if name is None:
        return True
    tagged = mask.names[name]
    return tagged.type == kind and tagged.first == tagged.last
