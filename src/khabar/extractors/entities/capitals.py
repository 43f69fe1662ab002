"""Names in capitalised runs of a cased script (Latin): where each starts and ends, and what it may be.
What one word of a run is (an acronym, an ordinary word, an initial, at an opening, after a hyphen) is
told by ``capital_words``.

``cued`` asks for the name that opens at each free capitalised word (``capitalised_run``):

- an ordinary word (``frequent_words``) that opens a sentence, a quotation or a bracket, or follows a
  hyphen, opens no name unless a head word ends it ("Main Street"): "Like Isis" names Isis, "Send the
  Hummer" no one, "US-Led" only the US;
- lower-case connectors (``name_connectors`` in ``names.yaml``: "of", "for", "the") join capitalised
  parts when the part before them holds an organisation or place head word ("Syrian Observatory for
  Human Rights", "Bank of England", "Gulf of Mexico"), a conjunction only after another connector
  ("Department of Health and Social Care"; not "Red Crescent and the UN"); the part after may be a
  country, place or body already found ("Department for Exiting the European Union"), but no place after
  a body's name ("Laboratory on Long Island"); particles (``name_particles``: "al", "bin", "van") join
  the parts of any name ("Abu Bakr al-Baghdadi", "Hamza bin Laden"), and an initial's full stop
  joins it to the next word ("P. Chidambaram");
- a word in capitals is an acronym, and so is a word in mixed case whose capitals are a known acronym
  ("Isis", "Nato"): alone it is linked as an acronym, and a run it opens ends after it unless a head word
  ends the run ("OPCW Executive Council"; not "OPCW Salisbury");
- a body's name takes the country or place word right before it ("Syrian Observatory ...", "Delhi
  University", which stays a mention of the place too), and a known name the particle hyphened before
  it ("al-Qaida": ``particle_before``).

``link`` asks what a new name is: a body or a place by the word that opens it or the head word before
its connector (``kind_by_words``), and a person only when it holds no ordinary word, connector, acronym
or word of an event's name (``person_like``: "Chemical Weapons", "Cold War" are no one).
"""

from __future__ import annotations

from typing import Literal

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.capital_words import acronym, after_hyphen, initial, opens, ordinary
from khabar.extractors.entities.found import Found, Seen
from khabar.extractors.entities.words import (
    MAX_RUN,
    NameWords,
    Taken,
    Words,
    name_prefix,
    name_words,
)
from khabar.text.tokens import Token

MAX_NAME = 10  # words in a name with connectors ("Organisation for the Prohibition of Chemical Weapons")
MAX_CONNECTORS = 2  # connector words in a row ("for the")
NAMED_TYPES = frozenset({"COUNTRY", "PLACE", "ORG"})  # found names that may end a longer name
LEADING_TYPES = frozenset({"COUNTRY", "PLACE"})  # found names that may open a body's name


def capitalised_run(
    doc: Doc, words: Words, taken: Taken, seen: Seen, i: int
) -> tuple[list[Token], bool] | None:
    """The name that opens at free capitalised Latin word ``i``, and whether it is one acronym alone;
    None when an ordinary word there opens no name."""
    listed = name_words(words.languages[i])
    if not taken.usable(words, i, latin=True):
        return None
    run = _extend(doc, words, taken, seen, i, listed)
    headed = len(run) >= 2 and _is_head(run[-1], listed)  # "Main Street will be closed"
    if (
        ordinary(words, i)
        and words.tokens[i].text not in listed.given_names
        and (after_hyphen(doc, words, i) or (opens(doc, words, i) and not headed))
    ):
        return None
    if acronym(doc, words, i) and not headed:
        return [run[0]], True
    if _org_headed(run, listed):  # "Syrian American Medical Society" takes both country words
        while len(run) < MAX_NAME and (named := named_before(doc, words, seen, run[0].index, LEADING_TYPES)):
            run = [*doc.tokens.within(named.start, named.end), *run]
    return run, False


def prefixed_place(doc: Doc, words: Words, taken: Taken, seen: Seen, i: int) -> list[Token]:
    """A place's name that a capitalised name prefix, a stopword, opens and a capitalised place head word
    ends ("New Road", "North Street"; not "New Delhi", which the gazetteer names), or []."""
    token = words.tokens[i]
    if not (token.latin and token.capitalised and token.joined and name_prefix(words, i)):
        return []
    if i + 1 >= len(words) or i in taken.covered or not taken.usable(words, i + 1, latin=True):
        return []
    run = _extend(doc, words, taken, seen, i + 1, name_words(words.languages[i]))
    return [token, *run] if run[-1].text in name_words(words.languages[i]).place_heads else []


def kind_by_words(words: Words, run: list[Token]) -> Literal["ORG", "PLACE"] | None:
    """What a run names by its words: a body or a place by the word that opens it ("Jaish al-Islam",
    "Deir Azzour"; not when a body's or an event's head word ends it: "River Water Disputes Act") or by
    the head word before its connector ("Bank of England"); None if they do not say."""
    listed = name_words(words.languages[run[0].index])
    if len(run) >= 2 and run[0].text in listed.org_openers:
        return "ORG"
    if len(run) >= 2 and run[0].text in listed.place_openers and not _other_head(run[-1], listed):
        return "PLACE"
    first = _first_connector(run, listed)
    if first is None:
        return None
    before = {t.text for t in run[:first]}
    return "ORG" if before & listed.org_heads else "PLACE" if before & listed.place_heads else None


def person_like(doc: Doc, words: Words, run: list[Token]) -> bool:
    """May a capitalised run be a person's name: two name words or more, none an ordinary word (but a
    given name first), no initial last ("U. S."), no connector, no acronym, no word of an event's name
    ("Cold War") nor of a people, faith or creed ("Sunni Muslims", "Bin Ladenism")?"""
    listed = name_words(words.languages[run[0].index])
    named = [t for t in run if t.capitalised]
    first = named[0].text in listed.given_names
    return (
        len(named) >= 2
        and len(named[-1].text) > 1
        and not any(ordinary(words, t.index) for t in named[first:])
        and _first_connector(run, listed) is None
        and named[-1].text not in listed.event_heads
        and named[0].text not in listed.event_openers
        and not any(acronym(doc, words, t.index) for t in named)
        and not any(t.text in listed.group_words for t in named)
    )


def leading_country(seen: Seen, run: list[Token]) -> str | None:
    """The country of a country or place word opening the run ("Syrian Observatory ...", "Tehran
    University")."""
    return next((f.country for f in seen.opening(run[0].start) if f.type in LEADING_TYPES), None)


def particle_before(doc: Doc, words: Words, run: list[Token]) -> Token | None:
    """The lower-case particle hyphened to the run's first word ("al" of "al-Qaida"), if any: a known
    name may hold it, while a surname is matched without it ("al-Assad" is Assad)."""
    i = run[0].index
    if i == 0 or not after_hyphen(doc, words, i):
        return None
    before = words.tokens[i - 1]
    listed = name_words(words.languages[i])
    return before if not before.capitalised and before.text in listed.particles else None


def _extend(doc: Doc, words: Words, taken: Taken, seen: Seen, i: int, listed: NameWords) -> list[Token]:
    """The capitalised words from ``i`` on, joined, through connectors and particles."""
    run = [words.tokens[i]]
    connected = False
    while (run[-1].joined or initial(doc, run[-1])) and len(run) < MAX_NAME:
        k = run[-1].index + 1
        if k >= len(words):
            break
        if _name_word(words, taken, k):
            if (len(run) >= MAX_RUN and not connected) or (
                ordinary(words, k) and after_hyphen(doc, words, k)
            ):
                break
            run.append(words.tokens[k])
            continue
        joined = _connection(words, taken, seen, k, listed, run)
        if not joined:
            break
        connected = True
        run.extend(joined)
    return _without_location(run, listed) if connected else run


def _without_location(run: list[Token], listed: NameWords) -> list[Token]:
    """A body's name without the place after its last connector ("Brookhaven National Laboratory" of
    "... Laboratory on Long Island"; "Gulf of Mexico" stays whole)."""
    first = _first_connector(run, listed)
    if first is None or run[-1].text not in listed.place_heads:
        return run
    if not any(t.text in listed.org_heads for t in run[:first]):
        return run
    last = max(k for k, t in enumerate(run) if not t.capitalised)
    while not run[last - 1].capitalised:
        last -= 1
    return run[:last]


def _connection(
    words: Words, taken: Taken, seen: Seen, k: int, listed: NameWords, run: list[Token]
) -> list[Token]:
    """The connector or particle words from ``k`` on and the name part they join to ``run``, or []."""
    j = k
    while (
        j < len(words)
        and j - k < MAX_CONNECTORS
        and not words.tokens[j].capitalised
        and (words.tokens[j].text in listed.connectors or words.tokens[j].text in listed.particles)
        and words.tokens[j].joined
    ):
        j += 1
    if j == k or j >= len(words) or not words.tokens[j].capitalised:
        return []
    between = words.tokens[k:j]
    if any(t.text not in listed.particles for t in between) and not any(_is_head(t, listed) for t in run):
        return []
    # "and" goes on a name after "of" ("Department of Health and Social Care"), or starts another ("and the")
    if between[0].text in grammar(words.languages[k]).conjunctions and (
        len(between) > 1 or _first_connector(run, listed) is None
    ):
        return []
    if _name_word(words, taken, j):
        return [*between, words.tokens[j]]
    named = _named_at(seen, words.tokens[j])
    if named is None or all(t.text in listed.particles for t in between):
        return []
    return [*between, *_words_until(words, j, named.end)]


def _words_until(words: Words, j: int, end: int) -> list[Token]:
    """The words from ``j`` on that end by original ``end``."""
    out = []
    while j < len(words) and words.tokens[j].end <= end:
        out.append(words.tokens[j])
        j += 1
    return out


def _name_word(words: Words, taken: Taken, k: int) -> bool:
    """Can word ``k`` go on a capitalised run: free and capitalised, or a capitalised name prefix
    ("East") before one?"""
    if taken.usable(words, k, latin=True):
        return True
    return (
        words.tokens[k].capitalised
        and name_prefix(words, k)
        and k not in taken.covered
        and words.tokens[k].joined
        and k + 1 < len(words)
        and taken.usable(words, k + 1, latin=True)
    )


def _named_at(seen: Seen, token: Token) -> Found | None:
    """The country, place or body found that opens at ``token``."""
    return next((f for f in seen.opening(token.start) if f.type in NAMED_TYPES), None)


def named_before(doc: Doc, words: Words, seen: Seen, i: int, types: frozenset[str]) -> Found | None:
    """The country or place mention (of ``types``) one space before word ``i``, capitalised where its
    script has case: the body named after it ("Syrian Observatory", "Delhi University") takes it in."""
    if i == 0 or doc.text[words.tokens[i - 1].end : words.tokens[i].start] != " ":
        return None
    cased = words.tokens[i - 1].latin
    return next(
        (
            f
            for f in seen.closing(words.tokens[i - 1].end)
            if f.type in types and (not cased or doc.text[f.start : f.start + 1].isupper())
        ),
        None,
    )


def _other_head(token: Token, listed: NameWords) -> bool:
    """Does the word end a body's or an event's name ("Act", "Board")?"""
    return token.text in listed.org_heads or token.text in listed.event_heads


def _is_head(token: Token, listed: NameWords) -> bool:
    return token.text in listed.org_heads or token.text in listed.place_heads


def _org_headed(run: list[Token], listed: NameWords) -> bool:
    """Does the run name a body by its head word: its last word, or one before its first connector?"""
    if run[-1].text in listed.org_heads:
        return True
    first = _first_connector(run, listed)
    return first is not None and any(t.text in listed.org_heads for t in run[:first])


def _first_connector(run: list[Token], listed: NameWords) -> int | None:
    """Position of the run's first lower-case connector ("of", "for"), if any."""
    return next((k for k, t in enumerate(run) if t.text in listed.connectors and not t.capitalised), None)
