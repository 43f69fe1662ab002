"""Light grammar cues read from ``lang/<code>/grammar.yaml``: what precedes or follows a span.

There is no parser offline, so stages ask small questions of the folded text around a span:
is the next word an agent marker (Hindi ने) or a verb of acting or saying (English), does the span
name who speaks (X ने कहा, X का कहना है), does it own what only a state has (Washington's support),
is the span used as a location (X में, in X), is the previous word a complementizer (कि, that)? The
words are data; this is the code that asks, the same for every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.doc import Doc
from khabar.lang import topic
from khabar.lang.models import Grammar as GrammarTopic
from khabar.text.normalise import fold, fold_words
from khabar.text.tokens import phrases

SUBJECT_REACH = 5  # words read after a span for its verb: auxiliaries ("has also") and a verb phrase
SPEECH_REACH = 4  # words after an agent marker within which a verb of saying makes the agent a speaker
HYPHENS = frozenset("-\u2010\u2011")  # join two words ("US-Led", "Sligo-based")
POSSESSION_REACH = 3  # words after a genitive for what it owns ("Ankara's long-term approach")


@dataclass(frozen=True, slots=True)
class Grammar:
    stopwords: frozenset[str]
    agent_markers: tuple[tuple[str, ...], ...]
    subject_verbs: tuple[tuple[str, ...], ...]
    subject_auxiliaries: frozenset[str]
    state_possessions: frozenset[str]
    locative_markers: tuple[tuple[str, ...], ...]
    apposed_locatives: frozenset[str]  # "X, in Uganda,": X is a place there; "in X": X is one
    locative_suffixes: frozenset[str]  # hyphened after a place used as a location ("Sligo-based")
    complementizers: frozenset[str]
    genitive_markers: frozenset[str]
    conjunctions: frozenset[str]
    name_prefixes: frozenset[str]  # stopwords that may still open a longer name ("उत्तर प्रदेश", "New York")
    dateline_marks: tuple[str, ...]  # close a dateline opening a paragraph ("ग्वालियर. ...")
    name_edges: frozenset[str]  # words that never open or end a person's name ("नें", "बोले")
    postpositions: frozenset[str]  # close a noun phrase ("ने", "को"): the word before one may end a name
    postpositional: bool  # markers follow the noun (Hindi) rather than precede it (English)
    first_names_alone: bool  # a person named in full is named again by the first word alone
    organisation_words_alone: bool  # ... and a known organisation by its last word but a head word
    modifiers: frozenset[str]  # generic actor words, see the ``Grammar`` topic model
    noun_followers: frozenset[str]
    modified_heads: frozenset[str]
    acts: frozenset[str]
    predicatives: frozenset[str]
    verb_endings: tuple[str, ...]
    collectives: frozenset[str]
    apposition_openers: frozenset[str]
    role_links: frozenset[str]
    deployed_before: tuple[tuple[str, ...], ...]
    foreign: frozenset[str]
    deployed_after: tuple[tuple[str, ...], ...]
    speech_verbs: frozenset[str]
    unmarked_speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    plural_endings: tuple[str, ...]
    noun_determiners: frozenset[str]
    naming_markers: frozenset[str]


@cache
def grammar(language: str | None) -> Grammar:
    data = topic(language, GrammarTopic)
    return Grammar(
        stopwords=fold_words(data.stopwords),
        agent_markers=phrases(data.agent_markers),
        subject_verbs=phrases(data.subject_verbs),
        subject_auxiliaries=fold_words(data.subject_auxiliaries),
        state_possessions=fold_words(data.state_possessions),
        locative_markers=phrases(data.locative_markers),
        apposed_locatives=fold_words(data.apposed_locatives),
        locative_suffixes=fold_words(data.locative_suffixes),
        complementizers=fold_words(data.complementizers),
        genitive_markers=fold_words(data.genitive_markers),
        conjunctions=fold_words(data.conjunctions),
        name_prefixes=fold_words(data.name_prefixes),
        dateline_marks=tuple(data.dateline_marks),
        name_edges=fold_words(data.name_edges),
        postpositions=fold_words(data.postpositions),
        postpositional=bool(data.agent_markers) if data.postpositional is None else data.postpositional,
        first_names_alone=data.first_names_alone,
        organisation_words_alone=data.organisation_words_alone,
        modifiers=fold_words(data.modifiers),
        noun_followers=fold_words(data.noun_followers),
        modified_heads=fold_words(data.modified_heads),
        acts=fold_words(data.acts),
        predicatives=fold_words(data.predicatives),
        verb_endings=tuple(fold(w) for w in data.verb_endings),
        collectives=fold_words(data.collectives),
        apposition_openers=fold_words(data.apposition_openers),
        role_links=fold_words(data.role_links),
        deployed_before=phrases(data.deployed_before),
        foreign=fold_words(data.foreign),
        deployed_after=phrases(data.deployed_after),
        speech_verbs=fold_words(data.speech_verbs),
        unmarked_speech_verbs=fold_words(data.unmarked_speech_verbs),
        speech_nouns=fold_words(data.speech_nouns),
        plural_endings=tuple(fold(w) for w in data.plural_endings),
        noun_determiners=fold_words(data.noun_determiners),
        naming_markers=fold_words(data.naming_markers),
    )


def _words_after(doc: Doc, end: int, count: int = 3) -> list[str]:
    """The next ``count`` folded words after original offset ``end``, within its sentence and
    not past a quotation mark."""
    sentence = doc.sentence_at(max(end - 1, 0))
    return doc.tokens.after(end, count, limit=sentence.end if sentence else None)


def _words_before(doc: Doc, start: int, count: int = 3) -> list[str]:
    """The previous ``count`` folded words before original offset ``start``, nearest last, within
    its sentence and not before a quotation mark."""
    sentence = doc.sentence_at(start)
    return doc.tokens.before(start, count, floor=sentence.start if sentence else None)


def _starts_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(words) >= len(p) and tuple(words[-len(p) :]) == p for p in phrases)


def after_containing(doc: Doc, start: int) -> bool:
    """Does a preposition that puts a thing inside a place (``apposed_locatives``) stand right before
    original offset ``start`` ("in Tega Cay"), in a language whose markers precede the noun?"""
    g = grammar(doc.language_at(start))
    before = _words_before(doc, start, 1)
    return not g.postpositional and bool(before) and before[-1] in g.apposed_locatives


def after_preposition(doc: Doc, start: int) -> bool:
    """Does a locative preposition stand right before original offset ``start`` ("in London"), in a
    language whose markers precede the noun?"""
    g = grammar(doc.language_at(start))
    return not g.postpositional and _ends_with(_words_before(doc, start, 3), g.locative_markers)


def is_locative(doc: Doc, start: int, end: int) -> bool:
    """Is the span used as a location: "X में" (postpositions), "in X" (prepositions) or "X-based"?"""
    g = grammar(doc.language_at(start))
    if g.postpositional:
        return _starts_with(_words_after(doc, end), g.locative_markers)
    if doc.text[end : end + 1] in HYPHENS and set(_words_after(doc, end, 1)) & g.locative_suffixes:
        return True
    before = _words_before(doc, start, 3)
    return _ends_with(before, g.locative_markers) or _ends_with(before[:-1], g.locative_markers)


def is_agent(doc: Doc, start: int, end: int) -> bool:
    """Is the span marked as the agent of its clause ("X ने", Hindi), where the language marks it?"""
    g = grammar(doc.language_at(start))
    return bool(g.agent_markers) and _starts_with(_words_after(doc, end), g.agent_markers)


def is_subject(doc: Doc, start: int, end: int) -> bool:
    """Is the span the agent of its clause, marked ("X ने") or, where no marker shows it, right before
    a verb that acts or speaks, auxiliaries aside ("Ankara pledged", "Damascus had threatened"), or
    the first of two such subjects ("Moscow and Damascus seek")?"""
    g = grammar(doc.language_at(start))
    if is_agent(doc, start, end):
        return True
    after = _words_after(doc, end, SUBJECT_REACH + 2)
    if len(after) > 1 and after[0] in g.conjunctions:
        after = after[2:]
    while after and after[0] in g.subject_auxiliaries:
        after = after[1:]
    return _starts_with(after, g.subject_verbs)


def is_speaker(doc: Doc, start: int, end: int) -> bool:
    """Does the span name who speaks: an agent marker and a verb of saying within ``SPEECH_REACH`` words
    after it ("सोनम ने इस मौके पर कहा"), an unmarked one right after it ("युवराज कहते हैं"), or a genitive
    and a noun of saying ("ब्लैटर का कहना है")?"""
    g = grammar(doc.language_at(start))
    if not g.speech_verbs:
        return False
    after = _words_after(doc, end, SPEECH_REACH + 1)
    if not after:
        return False
    if after[0] in g.unmarked_speech_verbs or (
        after[0] in g.genitive_markers and after[1:] and after[1] in g.speech_nouns
    ):
        return True
    return _starts_with(after, g.agent_markers) and any(w in g.speech_verbs for w in after[1:])


@cache
def speech_starts(language: str | None) -> frozenset[str]:
    """Words that may open what follows a speaker's name without an agent marker (``is_speaker``)."""
    g = grammar(language)
    return g.unmarked_speech_verbs | g.genitive_markers if g.speech_verbs else frozenset()


def owns_for_a_state(doc: Doc, start: int, end: int) -> bool:
    """Is the span the owner (its genitive marker right after it) of what only a state has, within
    ``POSSESSION_REACH`` words ("Washington's support", "Ankara's long-term approach")?"""
    g = grammar(doc.language_at(start))
    after = _words_after(doc, end, POSSESSION_REACH + 1)
    return bool(after) and after[0] in g.genitive_markers and not g.state_possessions.isdisjoint(after[1:])


def after_complementizer(doc: Doc, start: int) -> bool:
    """Does the span open a reported clause ("... कहा कि X", "... said that X")?"""
    before = _words_before(doc, start, 1)
    return bool(before) and before[-1] in grammar(doc.language_at(start)).complementizers
