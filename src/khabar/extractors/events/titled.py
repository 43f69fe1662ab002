"""A title after a demonstrative that names no one after it ("the president", "the Syrian foreign
minister", "the minister") stands for the last person named before it who holds that role (a role of
one word also ends a longer one: "the minister" after "the foreign minister, Sergei Lavrov"), of the
country the phrase names where it names one: an argument candidate of that person. A title followed
by its holder's name ("the president, Bashar al-Assad"), by a capitalised word or by a genitive ("the
president of Turkey") names its own holder, and stands for no one named before."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from khabar.doc import Doc
from khabar.extractors.events.syntax import arg_cues
from khabar.knowledge.base import titles
from khabar.text.normalise import fold
from khabar.text.tokens import Phrase, Token, words

if TYPE_CHECKING:  # the candidates module reads this one
    from khabar.extractors.events.candidates import Candidate

LONGEST = 4  # words of the longest title looked up ("deputy prime minister", "minister of foreign affairs")


@cache
def _roles(language: str) -> dict[Phrase, str]:
    """A language's title phrases (folded words) with a role -> that role."""
    return {tuple(words(fold(t.surface))): t.role for t in titles(language) if t.role}


def titled(doc: Doc, mentions: Sequence[Candidate], roles: dict[str, str | None]) -> list[Candidate]:
    """A candidate for each title after a demonstrative that stands for a person named before it
    (``mentions`` in text order; ``roles``: each entity's role). A person holds a title's role when
    their own role is it, or ends in it where it is one word ("foreign minister": "the minister")."""
    people = [m for m in mentions if m.entity_type == "PERSON" and roles.get(m.entity or "")]
    if not people:
        return []
    by_start = {m.start: m for m in mentions}
    holders: dict[str, list[Candidate]] = {}  # people, in text order, by each role they hold
    for p in people:
        own = roles[p.entity or ""] or ""
        for role in {own, own.rsplit(" ", 1)[-1]}:
            holders.setdefault(role, []).append(p)
    starts = {role: [p.start for p in them] for role, them in holders.items()}
    tokens, out = doc.tokens, []
    for i, token in enumerate(tokens):
        language = doc.language_at(token.start)
        if language is None or token.text not in arg_cues(language).demonstratives:
            continue
        j, country = i + 1, None
        named = by_start.get(tokens[j].start) if j < len(tokens) else None
        if named is not None and named.entity_type == "COUNTRY":  # "the Syrian president"
            country, j = named.country, tokens.first_at(named.end)
        end = _title_end(doc, tokens, j, language)
        if end is None:
            continue
        role, last = end
        them, last_before = holders.get(role, []), bisect_right(starts.get(role, []), token.start) - 1
        held = (them[k] for k in range(last_before, -1, -1) if them[k].end <= token.start)
        person = next((p for p in held if country is None or p.country == country), None)
        if person is not None and not _named_after(doc, tokens, last, by_start):
            out.append(replace(person, start=token.start, end=tokens[last].end, mark=None, role=None))
    return out


def _title_end(doc: Doc, tokens: Sequence[Token], j: int, language: str) -> tuple[str, int] | None:
    """The role of the longest title whose words start at word ``j``, and the index of its last word."""
    known = _roles(language)
    for size in range(min(LONGEST, len(tokens) - j), 0, -1):
        phrase = tuple(t.text for t in tokens[j : j + size])
        if phrase in known and all(tokens[k].joined for k in range(j, j + size - 1)):
            return known[phrase], j + size - 1
    return None


def _named_after(doc: Doc, tokens: Sequence[Token], last: int, by_start: dict[int, Candidate]) -> bool:
    """Does a name (a person's mention, a capitalised word) or a genitive follow the title's last word?"""
    if last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    gap = doc.text[tokens[last].end : after.start]
    if gap.strip(" ,") or "\n" in gap:
        return False
    mention = by_start.get(after.start)
    if mention is not None and mention.entity_type == "PERSON":
        return True
    language = doc.language_at(after.start)
    genitive = language is not None and (after.text,) in arg_cues(language).genitive
    return gap.strip() == "" and (after.capitalised or genitive)
