"""The document's words as the entity steps see them, the words already claimed, and runs of free words.

The words are ``doc.tokens``; what depends on a word's language (its segment's language, whether it
is a stopword there) is computed here once per document. Which words are claimed is a value passed
from step to step (``Taken``), never a mark on the shared tokens.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from functools import cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar, speech_starts
from khabar.extractors.entities.name_breaks import no_name_word
from khabar.extractors.entities.place_cue_words import place_cue_ends, place_cues
from khabar.lang import topic
from khabar.lang.models import Events, Frequent, Names
from khabar.text.normalise import fold
from khabar.text.patterns import expand
from khabar.text.tokens import Token, ends_in

MAX_RUN = 4  # words in a name


@dataclass(frozen=True, slots=True)
class Words:
    """``doc.tokens`` with the language of each word and whether it is a stopword or in no name."""

    tokens: list[Token]
    languages: list[str | None]
    stops: list[bool]
    initialled: list[bool]  # an initial with its full stop, a name going on after it ("जॉर्ज डब्ल्यू. बुश")

    @classmethod
    def of(cls, doc: Doc) -> Words:
        tokens = list(doc.tokens)
        languages = doc.languages_at([token.start for token in tokens])
        stops = [
            token.text in grammar(language).stopwords or no_name_word(token.text, language)
            for token, language in zip(tokens, languages, strict=True)
        ]
        initialled = [
            _initial(token, language)
            and k + 1 < len(tokens)
            and doc.text[token.end : tokens[k + 1].start] == ". "
            and not stops[k + 1]
            for k, (token, language) in enumerate(zip(tokens, languages, strict=True))
        ]
        return cls(tokens, languages, stops, initialled)

    def __len__(self) -> int:
        return len(self.tokens)

    def joined(self, i: int) -> bool:
        """Does a name go on from word ``i`` to the next: only spaces or hyphens between them, or an
        initial's full stop?"""
        return self.tokens[i].joined or self.initialled[i]


def _initial(token: Token, language: str | None) -> bool:
    """Is the word an initial: a letter's name listed as one ("डब्ल्यू"), or one Latin capital?"""
    if token.latin:
        return token.end - token.start == 1 and token.capitalised
    return token.text in name_words(language).initials


@dataclass(frozen=True, slots=True)
class Taken:
    """Words already claimed: those of a title or institution cue (``cue``: a place's name may still
    include them) and those of a mention found so far (``covered``, token indexes). The step that
    links cued runs grows ``covered`` as it links, and the run finder reads it: a name linked earlier
    in the text keeps its words."""

    cue: frozenset[int]
    covered: Set[int]

    def usable(self, words: Words, i: int, latin: bool, cues: bool = False) -> bool:
        token = words.tokens[i]
        return (
            i not in self.covered
            and (cues or i not in self.cue)
            and not words.stops[i]
            and (token.capitalised or not latin)
        )


def indexes_within(doc: Doc, start: int, end: int) -> set[int]:
    """Indexes of the words wholly inside original ``[start, end)``."""
    return {token.index for token in doc.tokens.within(start, end)}


def run_forward(words: Words, taken: Taken, i: int, *, cues: bool = False) -> list[Token]:
    """Free words from ``i`` on, joined, at most ``MAX_RUN`` (``cues``: cue words may be included)."""
    latin = words.tokens[i].latin
    run: list[Token] = []
    for j in range(i, min(i + MAX_RUN, len(words))):
        if not taken.usable(words, j, latin, cues) or (run and not words.joined(run[-1].index)):
            break
        run.append(words.tokens[j])
    return run


def run_backward(words: Words, taken: Taken, i: int) -> list[Token]:
    """Free words up to ``i``, joined, at most ``MAX_RUN``."""
    latin = words.tokens[i].latin
    run: list[Token] = []
    for j in range(i, max(0, i - MAX_RUN + 1) - 1, -1):
        token = words.tokens[j]
        if not taken.usable(words, j, latin) or (run and not words.joined(j)):
            break
        run.insert(0, token)
    return run


def name_prefix(words: Words, i: int) -> bool:
    """A stopword that may still open a longer name ("उत्तर प्रदेश", "New York")."""
    return words.tokens[i].text in grammar(words.languages[i]).name_prefixes


@dataclass(frozen=True, slots=True)
class NameWords:
    """Name words of one language (``lang/<code>/names.yaml``), folded."""

    surnames: frozenset[str]
    given_names: frozenset[str]
    openers: frozenset[str]
    initials: frozenset[str]  # letter names written as initials ("पी", "एस")
    dotted_initials: frozenset[str]  # ... only with a full stop after them ("ए.")
    honorifics: frozenset[str]  # words of respect after a name ("जी", "साहब")
    name_nouns: frozenset[str]  # name words that are also common nouns ("राय": opinion)
    org_heads: frozenset[str]
    place_heads: frozenset[str]  # words that end a place's name ("X Street", "X Hills")
    local_place_heads: frozenset[str]  # ... of a place inside one town ("X Street", not "X River")
    lower_place_heads: frozenset[str]  # ... that name a place in lower case too ("Cauvery river")
    not_orgs: frozenset[str]  # acronyms (Latin capitals) that name no organisation: GDP, FIR
    org_openers: frozenset[str]  # words that open a body's name ("Jaish al-Islam")
    scheme_heads: frozenset[str]  # organisation head words that end a scheme's name ("X मिशन"), too
    place_openers: frozenset[str]  # words that open a place's name ("Deir ez-Zor")
    event_heads: frozenset[str]  # words that end the name of an event, a law or a day ("Cold War")
    event_openers: frozenset[str]  # words that open one ("Operation Olive Branch")
    connectors: frozenset[str]  # join the parts of a body's or place's name ("of", "for")
    particles: frozenset[str]  # join the parts of any name ("al", "bin", "van")
    group_words: frozenset[str]  # peoples, faiths, ideologies ("Sunni Muslims" is no one)
    likeness_words: frozenset[str]  # "जैसी" of "X और Y जैसी फ़िल्में" (``works``)
    work_nouns: frozenset[str]  # "फ़िल्में" there
    person_words: frozenset[str]  # the surnames and given names together: a listed name word


@cache
def name_words(language: str | None) -> NameWords:
    data = topic(language, Names)

    def listed(words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(fold(word).rstrip(".") for word in words)

    return NameWords(
        listed(data.surnames),
        listed(data.given_names),
        listed(data.name_openers),
        listed(data.initials),
        listed(data.dotted_initials),
        listed(data.honorifics),
        listed(data.name_nouns),
        listed(data.org_heads),
        listed(data.place_heads),
        listed(data.local_place_heads),
        listed(data.lower_place_heads),
        frozenset(word.upper() for word in data.not_org_acronyms),
        listed(data.org_openers),
        listed(data.scheme_heads),
        listed(data.place_openers),
        listed(data.event_heads),
        listed(data.event_openers),
        listed(data.name_connectors),
        listed(data.name_particles),
        listed(data.group_words),
        listed(data.likeness_words),
        listed(data.work_nouns),
        listed(data.surnames) | listed(data.given_names),
    )


def trim_edges(words: Words, run: list[Token], kept: Set[int] = frozenset()) -> list[Token]:
    """The run without the frequent ordinary words, function words, words with an ending no name has
    (``endings`` in ``frequent.yaml``: "देख चुकीं विजय कुमारी") and other words that never open or end
    a person's name (``name_edges`` in ``grammar.yaml``) at either end, except frequent words of
    ``kept`` (indexes) and a last word right before a postposition ("नेड प्राइस ने", "अशोक काम्ते की")
    or an honorific, which goes ("महमूद साहब ने" → "महमूद"), and a frequent word right after a listed
    edge word ("मां उज्ज्वला शर्मा"): "जिबाकलम कहते हैं" → "जिबाकलम", "फिर धोनी" → "धोनी"; nothing when
    all are such words."""
    honoured = False
    while run and run[-1].text in name_words(words.languages[run[-1].index]).honorifics:
        run, honoured = run[:-1], True
    first, last = 0, len(run)
    following = run[-1].index + 1 if run else len(words)
    closing = -1  # the index of a last word that a postposition or honorific closes
    if run and (
        honoured
        or (
            following < len(words)
            and words.tokens[following].text in grammar(words.languages[following]).postpositions
        )
    ):
        closing = run[-1].index
    while first < last and _edge_word(words, run[first], kept, closing):
        if run[first].text in grammar(words.languages[run[first].index]).name_edges:
            kept = {*kept, run[first].index + 1}
        first += 1
    while last > first and _edge_word(words, run[last - 1], kept, closing):
        last -= 1
    return run[first:last]


def _edge_word(words: Words, token: Token, kept: Set[int], closing: int) -> bool:
    """A function word or a listed edge word, even one a tagged name holds ("से धोनी": from Dhoni,
    "मृतक चंदन गुप्ता": the deceased Chandan Gupta), a word with a nameless ending, or, unless ``kept``,
    a frequent word; the word ``closing`` (closed by a postposition) is kept but for the first two."""
    language = words.languages[token.index]
    g = grammar(language)
    if words.stops[token.index] and token.text not in g.name_prefixes and not token.text.isdigit():
        return True
    if token.text in g.name_edges:
        return True
    if token.index == closing:
        return False
    return _nameless_ending(token.text, language) or (
        token.index not in kept and token.text in frequent_words(language)
    )


def _nameless_ending(word: str, language: str | None) -> bool:
    """Does the word end as many ordinary words and no name do (``endings`` in ``frequent.yaml``:
    "चुकीं", "दिखेगी"), with at least two letters before the ending?"""
    return ends_in(word, name_endings(language))


@cache
def name_endings(language: str | None) -> tuple[str, ...]:
    """Endings no person's name has (``frequent.yaml``), folded."""
    return tuple(topic(language, Frequent).endings)


@cache
def frequent_words(language: str | None) -> frozenset[str]:
    """Common words of ``language`` that are almost never a name (``frequent.yaml``), folded."""
    return frozenset(topic(language, Frequent).words)


@cache
def common_nouns(language: str | None) -> frozenset[str]:
    """The frequent words of ``language`` and the nouns its grammar lists as ones an agent word modifies
    (``modified_heads``: "थाने", the police station, is no Thane): never a place alone without a cue."""
    return frequent_words(language) | grammar(language).modified_heads


def all_common(words: Words, run: list[Token]) -> bool:
    """Are all the run's words common nouns of their language (``common_nouns``: "दोनों", "बाढ़", "थाने")?"""
    return all(t.text in common_nouns(words.languages[t.index]) for t in run)


@cache
def ordinary_words(language: str | None) -> frozenset[str]:
    """The frequent words of ``language`` and the single words that state an act there (the trigger
    words of ``events.yaml``, folded: "गोलीबारी", "protest"): never a name alone."""
    entries = topic(language, Events).triggers
    surfaces = (s for e in entries for cue in (*e.cue, *e.nouns) for s in expand(cue))
    acts = (fold(s) for s in surfaces if " " not in s.strip() and not s.endswith("*"))
    return frequent_words(language).union(acts)


@cache
def cue_words(language: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that make a word worth the cue checks: as the word before it (complementizers, the last
    word of place cues before a name: "of" of "the town of"), as the word after it (agent and locative
    marker starts, place cues after a name, what opens speech after a speaker), or as the word itself
    (name words)."""
    after_cues = place_cues(language)[0]
    agent, locative = marker_starts(language)
    listed = name_words(language)
    return (
        frozenset(grammar(language).complementizers) | place_cue_ends(language),
        agent | locative | frozenset(after_cues) | speech_starts(language),
        listed.given_names
        | listed.surnames
        | listed.openers
        | listed.initials
        | listed.dotted_initials
        | listed.org_heads,
    )


@cache
def marker_starts(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """First words of the agent markers ("ने") and, in a postpositional language, of the locative
    markers ("में", "से"): set lookups that stand in for the full checks on every word."""
    g = grammar(language)
    locative = frozenset(marker[0] for marker in g.locative_markers) if g.postpositional else frozenset()
    return frozenset(marker[0] for marker in g.agent_markers), locative
