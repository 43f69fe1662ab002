"""When a word that names a place is no place here: the shapes of persons, acronyms, ordinary words
and longer names around exact place names (read by ``places``).

- A common noun of the language (``words.common_nouns``: a frequent word, or a noun an agent word
  modifies, "थाने") alone is no place without a cue.
- A word that ends a two-word name elsewhere in the article ("Anna Campbell") is that person there,
  and no place at all after a verb of saying or before an apposition ("said Mustafa Bali, a spokesman",
  "Shiraz Maher, director at").
- Initials before a word ("पी चिदंबरम"), a name and a particle before one ("Marigny de Mandeville"),
  or a given name before or opening a capitalised word
  ("Daniel Sakai", "Mary Smith") mark a person; so does a common given name before a common
  surname (US Census lists, ``data/latin_names.yaml``: "Brandon Lewis", "Paris Hilton"), and a
  capitalised word and an initial before a word ("George W Bush").
- A two-word name that a verb follows ("Adama Barrow ended") is its clause's subject, no town of
  the article's countries, unless very large or the gazetteer knows its second word (``name_subjects``).
- A one-word name right before a verb of saying ("Kaya said") is a speaker, unless a capital or a
  region may stand for its government, or it follows a genitive marker ("a resident of Tabriz told").
- A short word all in capitals ("WA") is an acronym.
- A place word before a capitalised place head word ("Hampton Avenue") names the street or river.
- A place word inside a longer capitalised name ("Webster Theatre", "Summit of the Americas") is
  taken only when the place is large, or when it opens a body's name ("Torrington Fire Department")
  and the article's places put it in their area (``geocode``).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from khabar.doc import Doc
from khabar.extractors.cues import grammar, is_locative
from khabar.extractors.entities.context import capital_of
from khabar.extractors.entities.foreign import common_latin_names
from khabar.extractors.entities.initials import opens_initials
from khabar.extractors.entities.name_subjects import Subjects
from khabar.extractors.entities.words import Words, all_common, frequent_words, name_words
from khabar.knowledge import places
from khabar.knowledge.place_names import place_words
from khabar.knowledge.places import Place
from khabar.lang import topic
from khabar.lang.models import Quotes
from khabar.text.patterns import expand
from khabar.text.tokens import Token

MAX_ACRONYM = 3  # letters of an all-capital word taken as an acronym
MAX_BODY_WORDS = 3  # words after a place name within which a body's head word may end the name
MAX_ROLE_WORDS = 3  # lower-case words of a role in an apposition ("the deputy director of")


def article_surnames(doc: Doc, words: Words) -> tuple[set[str], set[int]]:
    """Latin words that end a two-word name after a capitalised word that is no frequent word ("Anna
    Campbell"): in that article the word alone is more likely the person ("Campbell is believed
    ...", "came to Campbell") than a place, so it is taken as one only when large or cued. Also the
    starts of both words of those that a verb of saying precedes or an apposition follows ("said
    Mustafa Bali, a spokesman", "Shiraz Maher, director at", "said Vladimir Shamanov"): a person's
    name, no place."""
    tokens, found, apposed = words.tokens, set(), set()
    subjects = Subjects.of(doc, words)
    for first, second in pairwise(tokens):
        if (
            second.latin
            and doc.text[first.end : second.start] == " "
            and name_word(words, first.index)
            and name_word(words, second.index)
            and first.text not in frequent_words(words.languages[first.index])
            and (second.index + 1 == len(tokens) or not name_word(words, second.index + 1))
            and not places.by_name(f"{first.text} {second.text}")
        ):
            found.add(second.text)
            if (
                _apposition_follows(doc, words, second)
                or _after_saying(doc, words, first)
                or subjects.verb_follows(words, first, second)
            ):
                apposed |= {first.start, second.start}
    return found, apposed


def _after_saying(doc: Doc, words: Words, token: Token) -> bool:
    """Does a verb of saying stand right before the word ("said Nash Riad")?"""
    before = token.index - 1
    return (
        before >= 0
        and words.tokens[before].text in _saying(words.languages[before])
        and doc.text[words.tokens[before].end : token.start] == " "
    )


def _apposition_follows(doc: Doc, words: Words, token: Token) -> bool:
    """Does ", a" or ", an" (``apposition_openers``) follow the word, or a role tied to its body:
    ", director at", ", the deputy director of" (a few lower-case words, then a ``role_links`` word)?"""
    following = token.index + 1
    if following >= len(words) or doc.text[token.end : words.tokens[following].start] != ", ":
        return False
    cues = grammar(words.languages[following])
    if words.tokens[following].text in cues.apposition_openers:
        return True
    for i in range(following, min(following + MAX_ROLE_WORDS + 1, len(words))):
        current = words.tokens[i]
        if i > following and current.text in cues.role_links:
            return True
        if not (current.latin and not current.capitalised and current.joined):
            return False
    return False


def inside_longer_name(words: Words, run: list[Token]) -> bool:
    """Does the Latin run lie inside a longer capitalised name: joined to a capitalised word that is
    no stopword before or after it, or followed by a connector and one ("Summit of the Americas"), or
    owning a body's name ("King's College London")?"""
    if not run[0].latin:
        return False
    if _possessive(words, run) and opens_body(words, run):
        return True
    before, after = run[0].index - 1, run[-1].index + 1
    if before >= 0 and name_word(words, before) and words.tokens[before].joined:
        return True
    connectors = place_words("connectors")
    while after < len(words) and words.tokens[after].text in connectors and words.tokens[after - 1].joined:
        after += 1
    return after < len(words) and name_word(words, after) and words.tokens[after - 1].joined


def opens_body(words: Words, run: list[Token]) -> bool:
    """Does the Latin run open a capitalised name that ends in an organisation's head word within a
    few words ("Torrington Fire Department", "Paris Public Library", "King's College"; not "Nate
    Raymond")?"""
    before, after = run[0].index - 1, run[-1].index + 1 + _possessive(words, run)
    if before >= 0 and name_word(words, before) and words.tokens[before].joined:
        return False
    heads = name_words(words.languages[run[0].index]).org_heads
    last = after - 1 + MAX_BODY_WORDS
    while after < len(words) and after <= last and words.tokens[after - 1].joined:
        if not name_word(words, after):
            return False
        if words.tokens[after].text in heads:
            return True
        after += 1
    return False


def _possessive(words: Words, run: list[Token]) -> bool:
    """Is the run followed by a possessive clitic joined to it ("King's")?"""
    following = run[-1].index + 1
    return (
        following < len(words)
        and words.tokens[following].start == run[-1].end
        and words.tokens[following].text in grammar(words.languages[following]).genitive_markers
        and words.tokens[following].joined
    )


def name_word(words: Words, i: int) -> bool:
    return words.tokens[i].capitalised and not words.stops[i]


def person_word(words: Words, run: list[Token]) -> bool:
    """A one-word run right after initials ("पी चिदंबरम"), or a Latin one that opens a person's name
    ("Mary Smith") or follows a given name (a surname: "Daniel Sakai")."""
    if len(run) != 1:
        return False
    token, listed = run[0], name_words(words.languages[run[0].index])
    before = token.index - 1  # an initial, joined by a space or its full stop ("पी. चिदंबरम", "ए. राजा")
    if before >= 0 and (
        (words.tokens[before].joined and words.tokens[before].text in listed.initials)
        or (words.initialled[before] and opens_initials(words, before))
    ):
        return True
    if not token.latin:
        return False
    given = listed.given_names
    following = words.tokens[token.index + 1] if token.index + 1 < len(words) else None
    if (
        token.joined
        and following is not None
        and following.capitalised
        and (token.text in given or _common_name(words, token, following))
    ):
        return True
    before = words.tokens[token.index - 1] if token.index > 0 else None
    if before is None:
        return False
    after_given = before.text in given or _common_name(words, before, token)
    return (
        (before.joined and before.capitalised and after_given)
        or _after_initial(words, token)
        or _after_particle(words, token)
    )


def _after_particle(words: Words, token: Token) -> bool:
    """Is a Latin word right after a lower-case name particle that follows a capitalised word: the
    surname of "Marigny de Mandeville", "Ludwig van Beethoven"?"""
    if token.index < 2:
        return False
    first, particle = words.tokens[token.index - 2], words.tokens[token.index - 1]
    return (
        particle.joined
        and particle.text in name_words(words.languages[particle.index]).particles
        and not particle.capitalised
        and first.capitalised
        and first.joined
    )


def _after_initial(words: Words, token: Token) -> bool:
    """Is a Latin word right after a capital initial that follows a capitalised word: the surname of
    "George W Bush", "John F. Kennedy"?"""
    if token.index < 2:
        return False
    first, initial = words.tokens[token.index - 2], words.tokens[token.index - 1]
    return (
        initial.latin
        and initial.capitalised
        and len(initial.text) == 1
        and token.start - initial.end <= len(". ")
        and first.latin
        and first.capitalised
        and first.joined
    )


def _common_name(words: Words, given: Token, surname: Token) -> bool:
    """Are two Latin words a common given name and a common surname ("Brandon Lewis"), neither a
    frequent ordinary word of the language nor the surname a head word of a place or a body?"""
    common = common_latin_names()
    listed = name_words(words.languages[given.index])
    frequent = frequent_words(words.languages[given.index])
    return (
        given.latin
        and given.text in common["given"]
        and surname.text in common["surname"]
        and not {given.text, surname.text} & frequent
        and not any(surname.text in heads for heads in (listed.place_heads, listed.org_heads))
        and surname.text not in listed.event_heads
    )


def acronym(doc: Doc, run: list[Token]) -> bool:
    """A short word all in capitals ("WA"): an acronym, not the place "Wa" (all-capital place names
    are not indexed; a longer capitalised word may be a dateline's town, "PLEASANTON")."""
    surface = doc.text[run[0].start : run[-1].end]
    return len(run) == 1 and len(surface) <= MAX_ACRONYM and surface.isupper()


def headed(words: Words, run: list[Token]) -> bool:
    """Is the run followed by a capitalised place head word ("Hampton Avenue", "Mississippi River"),
    or by a connector and a capitalised word ("Bay of Bengal", "Gulf of Mexico")? Then the longer name
    is the place (a street, a river, a sea), left to the cued runs (its caller keeps the place where the
    longer name is a body's named after it, ``opens_body``: "Texas Forest Service")."""
    following = run[-1].index + 1
    if not (run[-1].latin and run[-1].joined and following < len(words)):
        return False
    listed, after = name_words(words.languages[following]), words.tokens[following]
    if after.capitalised:
        return after.text in listed.place_heads
    return connector(words, following)


def connector(words: Words, i: int) -> bool:
    """Is word ``i`` a connector of place names joined to a capitalised word ("Rio de Janeiro")?"""
    return (
        words.tokens[i].text in place_words("connectors")
        and words.tokens[i].joined
        and i + 1 < len(words)
        and words.tokens[i + 1].capitalised
    )


def speaks(doc: Doc, words: Words, run: list[Token], candidates: list[Place]) -> bool:
    """A one-word name right before a verb of saying ("Kaya said"), not used as a location, is a
    speaker: a person, unless a capital or a region may stand for its government ("Moscow said"), or
    a genitive marker ties it to the speaker before it ("a resident of Tabriz told")."""
    following, before = run[-1].index + 1, run[0].index - 1
    return (
        len(run) == 1
        and not (
            before >= 0 and words.tokens[before].text in grammar(words.languages[before]).genitive_markers
        )
        and following < len(words)
        and words.tokens[following].text in _saying(words.languages[following])
        and doc.text[run[-1].end : words.tokens[following].start] == " "
        and not is_locative(doc, run[0].start, run[-1].end)
        and not any(p.feature == "admin1" or capital_of(p) for p in candidates)
    )


@cache
def _saying(language: str | None) -> frozenset[str]:
    """First words of the cues after which a quotation's speaker stands (``quotes.yaml``: "said")."""
    return frozenset(
        phrase.split()[0]
        for cue in topic(language, Quotes).cues
        if cue.speaker in ("before", "either")
        for phrase in expand(cue.pattern)
        if phrase.split() and phrase.split()[0].isalpha()
    )


def ordinary(words: Words, run: list[Token]) -> bool:
    """A single common noun of its language (``common_nouns``: "Reading", बाढ़, थाने)."""
    return len(run) == 1 and all_common(words, run)
