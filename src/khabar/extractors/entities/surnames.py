"""Surnames alone: a later bare word that is the last word of a person already named in full.

After "सईद जलीली" (or "Saeed Jalili") the bare "जलीली" ("Jalili") names the same person, with or
without a cue next to it. News in Hindi and English names people by their surname after the first
mention, so the last word of a name is the part that recurs. One pass over the words, with an index
of the last words of the people named so far (linear in the article's length). A word is left
alone when it is claimed, a stopword or a frequent ordinary word of its language (``frequent.yaml``:
"कहते" ending a badly cut name is no surname), uncapitalised in a cased script, part of a longer
name the tagger is sure of, or the last word of two different people ("सिंह" after "धनंजय सिंह" and
"जागृति सिंह": neither).
"""

from __future__ import annotations

from collections.abc import Set

from khabar.doc import Doc
from khabar.extractors.entities.context import same_referent
from khabar.extractors.entities.found import Found, Key
from khabar.extractors.entities.tagger import NameMask
from khabar.extractors.entities.words import Words, frequent_words


def surname_mentions(
    doc: Doc, words: Words, found: list[Found], covered: Set[int], mask: NameMask
) -> list[Found]:
    """Mentions of people named in full earlier in ``found`` by a bare word equal to their last word,
    unless that word ends the names of two different people anywhere in the article."""
    full = sorted((f for f in found if f.type == "PERSON"), key=lambda f: f.start)
    ending = [_last_word(doc, words, person) for person in full]
    people: dict[str, set[Key]] = {}  # a last word, the people whose names it ends
    for person, last in zip(full, ending, strict=True):
        if last is not None:
            people.setdefault(last, set()).add(person.key)
    named: dict[str, Found] = {}  # a last word of one person only, that person's first full mention
    added: list[Found] = []
    known = 0  # the people of ``full`` named before the current word are in ``named``
    for token in words.tokens:
        while known < len(full) and full[known].end <= token.start:
            last = ending[known]
            if last is not None and len(people[last]) == 1:
                named.setdefault(last, full[known])
            known += 1
        if (person := named.get(token.text)) is not None and _bare(words, token.index, covered, mask):
            added.append(same_referent(person, token.start, token.end))
    return added


def _last_word(doc: Doc, words: Words, person: Found) -> str | None:
    """The last word of a person's mention of two or more words, unless it is a stopword or a
    frequent ordinary word."""
    inside = doc.tokens.within(person.start, person.end)
    if len(inside) < 2:
        return None
    last = inside[-1]
    if last.text in frequent_words(words.languages[last.index]) or words.stops[last.index]:
        return None
    return last.text


def _bare(words: Words, i: int, covered: Set[int], mask: NameMask) -> bool:
    """Is word ``i`` free to be a surname alone: unclaimed, no stopword or frequent word, capitalised
    where its script has case, and in no name the tagger is sure of but a person's of one word?"""
    token = words.tokens[i]
    if i in covered or words.stops[i] or token.text in frequent_words(words.languages[i]):
        return False
    if token.latin and not token.capitalised:
        return False
    name = mask.name_of.get(i)
    if name is None:
        return True
    tagged = mask.names[name]
    return tagged.type == "PERSON" and tagged.first == tagged.last
