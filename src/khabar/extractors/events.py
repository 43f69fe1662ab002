"""The event coder: PLOVER events (who did what to whom, where, when, how many) with evidence.

1. One Aho-Corasick pass over the folded text finds every trigger word of ``lang/<code>/events.yaml``
   and every cue the coder reads (clause breaks, claims, uncertainty, group phrases, pronouns);
   a hit counts only in a segment of the language whose data it came from.
2. Each trigger is read in its clause (``events_args``): is it a predicate (a verb, or a noun with a
   light verb) or a bare noun; finite or an infinitive; active or passive; negated; future,
   intended or possible. Its source and target come from the markers next to the actors of the
   clause, its place, date and counts from the records of the clause (else the sentence); the speaker of a
   claim verb ("police said ...") is neither source nor target of what it reports.
3. Conservative filters: infinitives and the content of requests and threats are not events; a
   bare noun needs something that anchors it (an actor, place, date or count); a death with no
   agent adds its counts to a violent event of the same sentence.
4. Mentions of one happening (same type and mode, compatible actors, place and date, and the same
   actor or the same sentence) are merged into one event with every evidence span; a rally and the
   riot it turned into, told in one sentence, are one riot; an unanchored "this attack" adds its
   clause to the last attack.
5. ``refine`` rules of the language data sharpen the mode, CAMEO code and ACLED sub-event type from
   the words of the clause (warplanes: an air strike; a town captured: territory; shooting at
   protesters: excessive force); a future or intended event is coded as the announcement PLOVER
   codes for it (AGREE or THREATEN), one event.

CAMEO codes come from the trigger (or the crosswalk's default), ACLED types from the crosswalk.
The code knows no language: words, markers and which side they stand on are data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import ahocorasick_rs

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.events_args import (
    TOKEN,
    Actor,
    ArgCues,
    Clause,
    arg_cues,
    clause_at,
    contains,
    entity_actors,
    group_actors,
    mark_actor,
    phrases,
    sentence_bounds,
    starts_with,
    words_after,
    words_before,
    words_between,
)
from khabar.knowledge.base import institutions
from khabar.knowledge.crosswalk import (
    acled_for,
    acled_sub_events,
    cameo_for,
    cameo_to_plover,
    escalations,
    intent_for,
)
from khabar.lang import languages, topic
from khabar.lang.models import Events
from khabar.lang.models.events import Coding as CodingData
from khabar.lang.models.events import TriggerEntry
from khabar.schema import Count, DateMention, Entity, Event, Quote, Span
from khabar.text.normalise import fold

VIOLENT = frozenset({"PROTEST", "ASSAULT", "COERCE"})  # types a death with no agent can belong to
VIOLENT_BEFORE = frozenset({"PROTEST", "ASSAULT"})  # ... when told in the sentence before it
_WORD_CHAR = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]")
_WORD_REST = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]*")
_BRACES = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Coding:
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One entry of ``events.yaml``'s ``triggers`` (see the file for what each field means)."""

    coding: Coding
    noun: bool = False
    intransitive: bool = False
    casualty: bool = False
    embeds: bool = False
    specific: bool = False
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    abroad: Coding | None = None
    acled: str | None = None  # the ACLED sub-event type the word names itself ("grenade")


@dataclass(frozen=True, slots=True)
class Refinement:
    """One entry of ``events.yaml``'s ``refine``: an event of ``type`` (with one of ``modes``) whose
    clause holds one of ``words`` takes this mode, CAMEO code or ACLED sub-event type ("attacked"
    with "warplanes" is an air strike, "seized" with "town" an occupation of territory)."""

    type: str
    modes: tuple[str | None, ...] | None
    words: tuple[str, ...]  # padded
    cameos: tuple[str, ...]  # CAMEO prefixes the event's code must start with (none: any)
    sources: frozenset[str]  # sectors the source must have (none: any source, or none)
    mode: str | None
    cameo: str | None
    acled: str | None


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # original offsets
    end: int
    kind: str  # trigger | group | break | claim | according | uncertain | pronoun | anaphor
    value: object
    language: str


def expand(surface: str) -> list[str]:
    """Brace expansion: ``"arrest{,s,ed}"`` -> ``["arrest", "arrests", "arrested"]``."""
    match = _BRACES.search(surface)
    if not match:
        return [surface]
    head, tail = surface[: match.start()], surface[match.end() :]
    return [form for option in match.group(1).split(",") for form in expand(head + option + tail)]


def _coding(entry: CodingData) -> Coding:
    return Coding(entry.type, entry.mode, entry.cameo, entry.context)


def _joined(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(" ".join(p) for p in phrases(list(words)))


def _trigger(entry: TriggerEntry) -> Trigger:
    return Trigger(
        coding=_coding(entry),
        intransitive=entry.intransitive,
        casualty=entry.casualty,
        embeds=entry.embeds,
        specific=entry.specific,
        needs=_joined(entry.needs),
        unless=_joined(entry.unless),
        abroad=_coding(entry.abroad) if entry.abroad else None,
        acled=entry.acled,
    )


@cache
def refinements(language: str) -> tuple[Refinement, ...]:
    """The ``refine`` rules of a language, in the file's order (the first that applies wins)."""
    return tuple(
        Refinement(
            rule.type,
            rule.modes,
            tuple(f" {w} " for w in _joined(rule.words)),
            rule.cameos,
            frozenset(rule.sources),
            rule.mode,
            rule.cameo,
            rule.acled,
        )
        for rule in topic(language, Events).refine
    )


_CUE_LISTS = {
    "clause_breaks": "break",
    "claims": "claim",
    "according": "according",
    "uncertainty": "uncertain",
}


@cache
def _matcher() -> tuple[ahocorasick_rs.AhoCorasick | None, list[list[tuple[str, str, object, bool]]]]:
    """The automaton over every language's triggers and cues, and each pattern's payloads
    ``(language, kind, value, is_stem)``."""
    table: dict[str, list[tuple[str, str, object, bool]]] = {}

    def add(surface: str, language: str, kind: str, value: object) -> None:
        stem = surface.endswith("*")
        key = " ".join(fold(surface.rstrip("*")).split())
        if key:
            table.setdefault(key, []).append((language, kind, value, stem))

    for code in languages():
        data = topic(code, Events)
        cues = data.grammar
        for entry in data.triggers:
            trigger = _trigger(entry)
            for cues_of, form in ((entry.cue, trigger), (entry.nouns, replace(trigger, noun=True))):
                for cue in cues_of:
                    for surface in expand(cue):
                        add(surface, code, "trigger", form)
        for institution in institutions(code):
            add(institution.surface, code, "group", (institution.name, institution.sector))
        for key, kind in _CUE_LISTS.items():
            for word in getattr(cues, key):
                add(word, code, kind, fold(word))
        for word, role in cues.pronouns.items():
            add(word, code, "pronoun", role)
        for word, entity_type in cues.anaphors.items():
            add(word, code, "anaphor", entity_type)
    patterns = list(table)
    automaton = ahocorasick_rs.AhoCorasick(patterns) if patterns else None
    return automaton, [table[p] for p in patterns]


def _hits(doc: Doc) -> list[_Hit]:
    """Whole-word hits of the current language, the longest where triggers (or groups) overlap."""
    automaton, payloads = _matcher()
    if automaton is None:
        return []
    folded = doc.folded.text
    found: list[_Hit] = []
    for index, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):
        # whole words only (a cue that starts or ends with punctuation, ", and", bounds itself)
        if start > 0 and _WORD_CHAR.match(folded[start]) and _WORD_CHAR.match(folded[start - 1]):
            continue
        whole = (
            end >= len(folded) or not _WORD_CHAR.match(folded[end - 1]) or not _WORD_CHAR.match(folded[end])
        )
        o_start, o_end = doc.folded.span(start, end)
        language = doc.language_at(o_start) or "en"
        # a verb joined to the word before it by a hyphen is an adjective ("Israeli-occupied")
        compound = start > 1 and folded[start - 1] == "-" and bool(_WORD_CHAR.match(folded[start - 2]))
        for lang, kind, value, stem in payloads[index]:
            if compound and kind == "trigger" and not value.noun:  # type: ignore[attr-defined]
                continue
            if lang == language and (whole or stem):
                if stem and not whole:  # a stem covers the rest of its word
                    word_end = _WORD_REST.match(folded, end).end()  # type: ignore[union-attr]
                    o_start, o_end = doc.folded.span(start, word_end)
                found.append(_Hit(o_start, o_end, kind, value, lang))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    last_end: dict[str, int] = {}
    for hit in found:
        exclusive = "span" if hit.kind in ("trigger", "group") else hit.kind
        if hit.start < last_end.get(exclusive, -1):
            continue
        kept.append(hit)
        last_end[exclusive] = hit.end
    return kept


# --- one trigger in its clause ---------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    hit: _Hit
    trigger: Trigger
    coding: Coding
    clause: Clause
    verbal: bool
    nonfinite: bool
    source: Actor | None = None
    source_via: Actor | None = None  # the pronoun or anaphor that stands for the source
    target: Actor | None = None
    target_entity: str | None = None
    location: Entity | None = None
    location_in_clause: bool = False
    date: DateMention | None = None
    date_in_clause: bool = False
    counts: dict[tuple[int, int, str], int] = field(default_factory=dict)  # one entry per Count record
    negated: bool = False
    uncertain: bool = False
    modality: str = "asserted"
    attributed_to: str | None = None
    acled: str | None = None  # an ACLED sub-event type named by the words themselves
    evidence: list[tuple[int, int]] = field(default_factory=list)
    absorbable: bool = False
    absorbed: bool = False  # a death or injury with no agent was added to it
    dropped: bool = False


@dataclass(slots=True)
class _Article:
    """What every mention of one article reads, gathered once."""

    doc: Doc
    hits: list[_Hit]
    actors: list[Actor]
    entities: dict[str, Entity]
    dates: Sequence[DateMention]
    counts: Sequence[Count]
    quotes: Sequence[Quote]
    breaks: list[tuple[int, int, str]]
    claims: list[_Hit]
    uncertain: set[tuple[tuple[int, int], str]]  # (sentence, language) with an uncertainty cue
    sentence_words: dict[tuple[int, int], str] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [a.start for a in self.actors]

    def within(self, lo: int, hi: int) -> list[Actor]:
        """Actors wholly inside ``[lo, hi)``, in text order."""
        return [
            a for a in self.actors[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)] if a.end <= hi
        ]

    def words_of(self, bounds: tuple[int, int]) -> str:
        """The folded words of a sentence or clause joined by spaces, padded (for phrase look-ups)."""
        if bounds not in self.sentence_words:
            f = self.doc.folded
            text = f.text[f.folded_index(bounds[0]) : f.folded_index(bounds[1])]
            self.sentence_words[bounds] = f" {' '.join(TOKEN.findall(text))} "
        return self.sentence_words[bounds]


def find_events(
    doc: Doc,
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    counts: Sequence[Count],
    quotes: Sequence[Quote],
) -> list[Event]:
    """The PLOVER events ``doc`` states, one per happening, in order of first mention."""
    hits = _hits(doc)
    if not any(h.kind == "trigger" for h in hits):
        return []
    article = _Article(
        doc,
        hits,
        _actors(doc, hits, entities),
        {e.id: e for e in entities},
        dates,
        counts,
        quotes,
        [(h.start, h.end, str(h.value)) for h in hits if h.kind in ("break", "according")],
        [h for h in hits if h.kind == "claim"],
        {(sentence_bounds(doc, h.start), h.language) for h in hits if h.kind == "uncertain"},
    )
    mentions = [m for h in hits if h.kind == "trigger" and (m := _read(article, h)) is not None]
    _suppress_embedded(mentions)
    _absorb_casualties(doc, mentions)
    kept: list[_Mention] = []
    for m in mentions:
        if m.dropped:
            continue
        if _anchored(m):
            kept.append(m)
        elif (host := _referent(doc, m, kept)) is not None:
            host.evidence.extend(m.evidence)
    return _events(doc, _merge(kept))


def _referent(doc: Doc, m: _Mention, kept: list[_Mention]) -> _Mention | None:
    """The event an unanchored noun after a demonstrative ("यह हमला", "this attack") refers back
    to: the last kept event of its type."""
    before = words_before(doc, m.hit.start, 1, m.clause.start)
    if not before or before[-1] not in arg_cues(m.hit.language).demonstratives:
        return None
    return next((k for k in reversed(kept) if k.coding.type == m.coding.type), None)


def _actors(doc: Doc, hits: list[_Hit], entities: Sequence[Entity]) -> list[Actor]:
    """Entity mentions, group phrases, pronouns and anaphors, in text order, marked with their roles."""
    # roles matter only in the sentences of triggers and the sentence before each
    relevant: set[tuple[int, int]] = set()
    for h in hits:
        if h.kind == "trigger":
            here = sentence_bounds(doc, h.start)
            relevant.update((here, sentence_bounds(doc, max(0, here[0] - 1))))
    by_entity = entity_actors(entities)
    groups = [(h.start, h.end, *h.value) for h in hits if h.kind == "group"]  # type: ignore[misc]
    actors = by_entity + group_actors(doc, groups, by_entity)
    for h in hits:
        if h.kind in ("pronoun", "anaphor") and not any(a.start <= h.start < a.end for a in by_entity):
            actor = Actor(h.start, h.end, h.kind, refers_to=h.value if h.kind == "anaphor" else None)  # type: ignore[arg-type]
            if h.kind == "pronoun" and h.value:  # the pronoun's own form marks its role (उसने)
                actor.role = str(h.value)
            actors.append(actor)
    for actor in actors:
        if actor.role is None and sentence_bounds(doc, actor.start) in relevant:
            mark_actor(doc, actor)
    return sorted(actors, key=lambda a: a.start)


def _read(article: _Article, hit: _Hit) -> _Mention | None:
    """The mention a trigger makes in its clause, or ``None`` when its sentence rules it out."""
    doc, trigger = article.doc, hit.value
    assert isinstance(trigger, Trigger)
    sentence = sentence_bounds(doc, hit.start)
    if any(f" {w} " in article.words_of(sentence) for w in trigger.unless):
        return None
    clause = clause_at(doc, hit.start, hit.end, article.breaks)
    if trigger.needs and not any(
        f" {w} " in article.words_of((clause.start, clause.end)) for w in trigger.needs
    ):
        return None
    cues = arg_cues(hit.language)
    after = words_after(doc, hit.end, 6, clause.end)
    before = words_before(doc, hit.start, 4, clause.start)
    own = TOKEN.findall(
        doc.folded.text[doc.folded.folded_index(hit.start) : doc.folded.folded_index(hit.end)]
    )
    verbal, verb_words, rest = _verb_group(cues, trigger, own, before, after)
    mention = _Mention(
        hit,
        trigger,
        trigger.coding,
        clause,
        verbal,
        _nonfinite(cues, trigger, verbal, verb_words, rest, before),
    )
    mention.modality = _modality(cues, before, verb_words, rest)
    if mention.modality != "asserted":  # "plans to send", "भेजने की योजना": an intended event
        mention.nonfinite = False
    mention.evidence.append(_trimmed(doc, clause.start, clause.end))
    passive = verbal and not trigger.noun and not trigger.intransitive and _passive(cues, own, rest, before)
    _attach(article, mention, cues, passive)
    _refine(article, mention)
    mention.absorbable = trigger.casualty and (mention.source is None or passive)
    _place_date_counts(article, mention, cues)
    mention.negated = _negated(cues, before, verb_words + rest)
    mention.uncertain = (sentence, hit.language) in article.uncertain
    _attribute(article, mention, cues, sentence)
    return mention


def _refine(article: _Article, mention: _Mention) -> None:
    """Apply the first ``refine`` rule whose type, mode and words fit the mention's clause."""
    mention.acled = mention.trigger.acled
    words = article.words_of((mention.clause.start, mention.clause.end))
    coding = mention.coding
    cameo = coding.cameo or cameo_for(coding.type, coding.mode) or ""
    sector = mention.source.sector if mention.source else None
    for rule in refinements(mention.hit.language):
        if rule.type != coding.type or (rule.modes is not None and coding.mode not in rule.modes):
            continue
        if (rule.cameos and not cameo.startswith(rule.cameos)) or (
            rule.sources and sector not in rule.sources
        ):
            continue
        if any(w in words for w in rule.words):
            mention.coding = replace(coding, mode=rule.mode or coding.mode, cameo=rule.cameo or coding.cameo)
            mention.acled = rule.acled or mention.acled
            return


def _verb_group(
    cues: ArgCues, trigger: Trigger, own: list[str], before: list[str], after: list[str]
) -> tuple[bool, list[str], list[str]]:
    """Is the trigger a predicate; the words of its verb group; the words after that group."""
    if not trigger.noun:
        return True, own, after
    if cues.postpositional:
        while phrase := starts_with(after, cues.bridges):  # "पथराव की घटनाएं हुईं", "फायरिंग भी हुई"
            after = after[len(phrase) :]
        if (
            after
            and after[0] in cues.light_verbs
            and ((after[0],) not in cues.genitive or len(after) == 1 or after[1] in cues.auxiliaries)
        ):
            return True, [*own, after[0]], after[1:]
        return False, own, after
    if any(w in cues.light_verbs for w in before[-2:]):
        return True, own, after
    return False, own, after


def _nonfinite(
    cues: ArgCues, trigger: Trigger, verbal: bool, verb_words: list[str], rest: list[str], before: list[str]
) -> bool:
    """An infinitive ("भेजने की धमकी", "to send") states no event of its own."""
    if not verbal or not verb_words:
        return False
    if cues.postpositional:
        last = verb_words[-1]
        infinitive = any(last.endswith(s) and len(last) > len(s) + 1 for s in cues.infinitive_suffixes)
        return infinitive and starts_with(rest, cues.infinitive_kept_before) is None
    if any(w in cues.attempts for w in before[-2:-1]):  # "tried to hack": an attempt is the act
        return False
    head = before[:]
    if trigger.noun:  # the light verb is what an infinitive marker would precede
        while head and head[-1] not in cues.light_verbs:
            head.pop()
        head = head[:-1]
    return bool(head) and (head[-1],) in cues.infinitive_before


def _passive(cues: ArgCues, own: list[str], rest: list[str], before: list[str]) -> bool:
    if cues.postpositional:
        return any(w in cues.passive for w in own[1:] + rest[:2])
    return any(w in cues.passive for w in before[-2:])


def _negated(cues: ArgCues, before: list[str], after: list[str]) -> bool:
    window = before[-1:] + after[:3] if cues.postpositional else before[-3:]
    if contains(before[-4:] + after[:4], cues.not_negation):
        return False
    suffixes = cues.negation_suffixes
    return contains(window, cues.negation) or bool(suffixes and any(w.endswith(suffixes) for w in window))


def _modality(cues: ArgCues, before: list[str], verb_words: list[str], rest: list[str]) -> str:
    for name, preceding, following, suffixes in cues.modality:
        if contains(before[-4:], preceding) or contains(rest[:3], following):
            return name
        if suffixes and any(w.endswith(suffixes) for w in verb_words[-1:] + rest[:2]):
            return name
    return "asserted"


# --- actors -------------------------------------------------------------------------------


def _attach(article: _Article, mention: _Mention, cues: ArgCues, passive: bool) -> None:
    """Source and target from the clause's actors, by marker and word order."""
    hit, clause = mention.hit, mention.clause
    # a speaker is not the actor of what it reports: "police said militants attacked ..."
    said = [c.end for c in article.claims if clause.start <= c.start and c.end <= hit.start]
    left = article.within(max(said, default=clause.start), hit.start)
    # an actor right before a claim verb after the trigger is its speaker (", the army said")
    right = [a for a in article.within(hit.end, clause.end) if not _speaks(article, a)]
    nearest = left[::-1]
    target = None
    if not mention.verbal:
        source = _noun_source(article.doc, cues, hit, nearest, right)
    elif passive:
        source = next((a for a in (nearest if cues.postpositional else right) if a.role == "by"), None)
        target = next((a for a in nearest if a.role in (None, "object") and a.kind != "pronoun"), None)
    elif cues.postpositional:
        source, target = _sov_roles(article.doc, mention, nearest)
    else:
        source, target = _svo_roles(cues, mention, nearest, right)
    if source is None and mention.verbal and clause.opener in cues.relatives:  # "protesters who stormed"
        source = next(
            (a for a in reversed(article.within(clause.sentence[0], clause.start)) if a.role is None), None
        )
    if source is not None and source.kind in ("pronoun", "anaphor"):
        mention.source_via = source
        source = _antecedent(article, source, cues)
    mention.source = source
    mention.target = target if target is not None and target.kind in ("entity", "group") else None
    if mention.target is not None:
        mention.target_entity = mention.target.entity
    if mention.trigger.abroad is not None and source is not None:
        _abroad(article, mention, left + right, cues)


def _speaks(article: _Article, actor: Actor) -> bool:
    """Is ``actor`` the subject of a claim verb that follows it within a word ("officials said")?"""
    at = bisect_left(article.claims, actor.end, key=lambda c: c.start)
    return (
        at < len(article.claims) and len(words_between(article.doc, actor.end, article.claims[at].start)) <= 1
    )


def _sov_roles(doc: Doc, mention: _Mention, nearest: list[Actor]) -> tuple[Actor | None, Actor | None]:
    """Marked roles before the verb: the ने/द्वारा actor (else the first unmarked one) acts, the को actor
    (or the genitive right before a noun predicate, "X का समर्थन किया") receives."""
    # an unmarked subject (of a future or present verb: "रूस ... भेजेगा") opens its clause, before
    # any unmarked object
    source = next((a for a in nearest if a.role in ("agent", "by")), None) or next(
        (a for a in reversed(nearest) if a.role is None and a.entity_type != "PLACE"), None
    )
    if mention.trigger.intransitive:
        return source, None
    target = next(
        (a for a in nearest if a.role == "object" and (source is None or a.start > source.end)), None
    )
    if target is None and mention.trigger.noun and nearest:
        closest = nearest[0]
        if closest.role == "genitive" and len(words_between(doc, closest.end, mention.hit.start)) <= 2:
            target = closest
    return source, target


def _svo_roles(
    cues: ArgCues, mention: _Mention, nearest: list[Actor], right: list[Actor]
) -> tuple[Actor | None, Actor | None]:
    """Word order: the unmarked actor before the verb acts, the first unmarked (or against/with/to/of)
    actor after it receives."""
    source = next((a for a in nearest if a.role is None and a.entity_type != "PLACE"), None)
    if mention.trigger.intransitive:
        return source, None
    target = next(
        (
            a
            for a in right
            if a.kind in ("entity", "group") and (a.role is None or a.mark in cues.target_prepositions)
        ),
        None,
    )
    return source, target


def _noun_source(
    doc: Doc, cues: ArgCues, hit: _Hit, nearest: list[Actor], right: list[Actor]
) -> Actor | None:
    """A bare noun's actor: next to it ("X का प्रदर्शन", "X द्वारा", "student protests", "protests by X"),
    or the possessor of its clause ("X के पास ... प्रश्न हैं": X has questions)."""
    owner = next((a for a in nearest if a.role == "possessor" and a.entity_type != "PLACE"), None)
    if owner is not None:
        return owner
    for actor in nearest[:1]:
        gap = len(words_between(doc, actor.end, hit.start))
        if cues.postpositional and actor.role in ("genitive", "by") and gap <= 2:
            return actor
        if not cues.postpositional and actor.role is None and gap == 0:
            return actor
    for actor in right[:1]:
        if actor.role == "by" and len(words_between(doc, hit.end, actor.start)) <= 1:
            return actor
    return None


def _antecedent(article: _Article, pronoun: Actor, cues: ArgCues) -> Actor | None:
    """What a pronoun or anaphor stands for: the agent (or first actor) of its sentence before it,
    else of the sentence before; an anaphor ("the organisation"), the last entity of its type."""
    named = [a for a in article.actors if a.kind in ("entity", "group") and a.end <= pronoun.start]
    if pronoun.kind == "anaphor":
        return next((a for a in reversed(named) if a.entity_type == pronoun.refers_to), None)
    start, _ = sentence_bounds(article.doc, pronoun.start)
    for bounds in (start, sentence_bounds(article.doc, max(0, start - 1))[0]):
        here = [a for a in named if a.start >= bounds and (bounds == start or a.end < start)]
        if cues.postpositional:
            agent = next((a for a in reversed(here) if a.role == "agent"), None) or next(
                (a for a in reversed(here) if a.role == "by"), None
            )
        else:
            agent = next((a for a in here if a.role is None and a.entity_type != "PLACE"), None)
        if agent is not None:
            return agent
        if bounds == 0:
            break
    return None


def _abroad(article: _Article, mention: _Mention, clause_actors: list[Actor], cues: ArgCues) -> None:
    """Forces sent to another country than their own: code as the trigger's ``abroad`` (military aid).
    A country named as the other side of a border ("along the border with China") is not where they go."""
    source = mention.source
    assert source is not None and mention.trigger.abroad is not None
    places = [
        a
        for a in clause_actors
        if a.entity_type in ("PLACE", "COUNTRY")
        and a.country
        and a.role not in ("agent", "by", "genitive")
        and not cues.not_destination.intersection(
            words_before(article.doc, a.start, 3, mention.clause.start) + words_after(article.doc, a.end, 1)
        )
    ]
    places.sort(key=lambda a: abs(a.start - mention.hit.start))
    for place in places:
        if place.entity != source.entity and place.country != source.country:
            mention.coding = mention.trigger.abroad
            country = next(
                (e for e in article.entities.values() if e.type == "COUNTRY" and e.country == place.country),
                None,
            )
            mention.target = place
            mention.target_entity = country.id if country else None
            mention.location = article.entities.get(place.entity or "")
            return


# --- place, date, counts, attribution ------------------------------------------------------


def _place_date_counts(article: _Article, mention: _Mention, cues: ArgCues) -> None:
    clause, (s_start, s_end) = mention.clause, mention.clause.sentence
    if mention.location is None:
        for in_clause, (lo, hi) in ((True, (clause.start, clause.end)), (False, (s_start, s_end))):
            places = [
                a
                for a in article.within(lo, hi)
                if a.mark in cues.locative
                and (a.entity_type == "PLACE" or (a.entity_type == "COUNTRY" and a.role != "possessor"))
            ]
            if places:
                best = min(places, key=lambda a: (a.entity_type != "PLACE", abs(a.start - mention.hit.start)))
                mention.location = article.entities.get(best.entity or "")
                mention.location_in_clause = in_clause
                break
    in_clause = [d for d in article.dates if clause.start <= d.start < clause.end]
    in_sentence = [d for d in article.dates if s_start <= d.start < s_end]
    mention.date_in_clause = bool(in_clause)
    mention.date = (in_clause or in_sentence or [None])[0]
    for count in article.counts:
        if clause.start <= count.start < clause.end and count.what != "other":
            mention.counts[(count.start, count.end, count.what)] = count.value


def _attribute(article: _Article, mention: _Mention, cues: ArgCues, sentence: tuple[int, int]) -> None:
    """Whose claim the event is: a quote's speaker, "X claimed that ...", "according to X"."""
    start = mention.hit.start
    for quote in article.quotes:
        if quote.start <= start < quote.end and quote.speaker:
            mention.attributed_to = quote.speaker
            return
    doc = article.doc
    complementizers = grammar(mention.hit.language).complementizers
    for claim in reversed([h for h in article.claims if sentence[0] <= h.start and h.end <= start]):
        between = article.within(claim.end, start)
        follows = words_after(doc, claim.end, 1)
        if not (follows and follows[0] in complementizers) and not between:
            continue
        speakers = article.within(sentence[0], claim.start)
        if cues.postpositional:
            speaker = next((a for a in reversed(speakers) if a.role in ("agent", "by")), None)
        else:
            speaker = next(
                (a for a in reversed(speakers) if a.role is None and a.entity_type != "PLACE"), None
            )
        mention.attributed_to = speaker.entity if speaker else None
        mention.evidence.append((speaker.start if speaker else claim.start, claim.end))
        return
    for hit in article.hits:
        if hit.kind == "according" and sentence[0] <= hit.start < sentence[1]:
            if cues.postpositional:  # "X के अनुसार"
                who = next(
                    (a for a in article.within(sentence[0], hit.start)[-1:] if hit.start - a.end <= 2), None
                )
            else:  # "according to (the) X"
                who = next(
                    (
                        a
                        for a in article.within(hit.end, sentence[1])[:1]
                        if all(w in cues.determiners for w in words_between(doc, hit.end, a.start))
                    ),
                    None,
                )
            mention.attributed_to = who.entity if who else None
            lo, hi = (
                (who.start, hit.end)
                if who and who.start < hit.start
                else (hit.start, who.end if who else hit.end)
            )
            mention.evidence.append((lo, hi))
            return


# --- filters --------------------------------------------------------------------------------


def _suppress_embedded(mentions: list[_Mention]) -> None:
    """Drop infinitives, and nouns that are the content of a request, threat or agreement."""
    for m in mentions:
        if not m.trigger.embeds or not m.verbal or m.nonfinite:
            continue
        postpositional = arg_cues(m.hit.language).postpositional
        for other in mentions:
            if other is m or other.clause != m.clause or (other.verbal and not other.nonfinite):
                continue
            if postpositional:
                inside = other.hit.end <= m.hit.start and (
                    m.source is None or other.hit.start >= m.source.end
                )
            else:
                inside = other.hit.start >= m.hit.end
            if inside:
                other.dropped = True
    for m in mentions:
        if m.nonfinite:
            m.dropped = True


def _absorb_casualties(doc: Doc, mentions: list[_Mention]) -> None:
    """A death or injury with no agent belongs to a violent event of its sentence (else of the
    sentence before); with none there it is no event (a flood's or an accident's dead)."""
    for m in mentions:
        if m.dropped or not m.absorbable:
            continue
        sentence = m.clause.sentence
        violent = [
            o
            for o in mentions
            if o is not m and not o.dropped and not o.absorbable and o.coding.type in VIOLENT
        ]
        hosts = [o for o in violent if o.clause.sentence == sentence]
        if not hosts and sentence[0] > 0:
            before = sentence_bounds(doc, sentence[0] - 1)
            hosts = [o for o in violent if o.clause.sentence == before and o.coding.type in VIOLENT_BEFORE][
                -1:
            ]
        if hosts:
            host = min(hosts, key=lambda o: (o.hit.start > m.hit.start, abs(o.hit.start - m.hit.start)))
            host.counts.update(m.counts)
            host.absorbed = True
            host.evidence.extend(m.evidence)
            m.dropped = True
        elif m.source is None:
            m.dropped = True


def _anchored(m: _Mention) -> bool:
    """A bare noun is an event only with something that anchors it in the text."""
    if m.verbal:
        return True
    if m.source or m.location_in_clause or m.date_in_clause or m.counts or m.absorbed:
        return True
    return m.trigger.specific and bool(m.location or m.date)


# --- merging and records -------------------------------------------------------------------


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _stronger(a: Coding, b: Coding) -> Coding | None:
    """Of two codings of one type whose modes escalate (a rally, a riot), the stronger one."""
    steps = escalations().get(a.type, {})
    if steps.get(a.mode or "") == b.mode:
        return b
    if steps.get(b.mode or "") == a.mode:
        return a
    return None


def _same_happening(kept: _Mention, new: _Mention) -> bool:
    ck, cn = kept.coding, new.coding
    if ck.type != cn.type:
        return False
    if not _compatible(ck.mode, cn.mode) and not (
        kept.clause.sentence == new.clause.sentence and _stronger(ck, cn) is not None
    ):
        return False
    if (kept.negated, kept.modality) != (new.negated, new.modality):
        return False
    ks, ns = (kept.source.key if kept.source else None), (new.source.key if new.source else None)
    if not _compatible(ks, ns):
        return False
    # across sentences only a named actor (an entity, not "protesters") identifies a happening
    named = kept.source is not None and new.source is not None and kept.source.entity is not None and ks == ns
    if not named and kept.clause.sentence != new.clause.sentence:
        return False
    kt = kept.target.country if kept.target else None
    nt = new.target.country if new.target else None
    if not _compatible(kt, nt):
        return False
    kl, nl = kept.location, new.location
    if kl and nl and kl.id != nl.id and kl.country != nl.country:
        return False
    kd = kept.date.value if kept.date and kept.date_in_clause else None
    nd = new.date.value if new.date and new.date_in_clause else None
    return _compatible(kd, nd)


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    """One mention per happening: later mentions add their evidence to the first compatible one."""
    out: list[_Mention] = []
    for m in mentions:
        host = next((k for k in out if _same_happening(k, m)), None)
        if host is None:
            out.append(m)
            continue
        host.evidence.extend(m.evidence)
        host.counts.update(m.counts)
        if host.source is None and m.source is not None:
            host.source, host.source_via = m.source, m.source_via
        if host.target is None and m.target is not None:
            host.target, host.target_entity = m.target, m.target_entity
        host.location = host.location or m.location
        if host.date is None or (not host.date_in_clause and m.date_in_clause):
            host.date, host.date_in_clause = m.date or host.date, m.date_in_clause
        host.coding = _stronger(host.coding, m.coding) or replace(
            host.coding, mode=host.coding.mode or m.coding.mode
        )
        host.acled = host.acled or m.acled
        host.uncertain = host.uncertain and m.uncertain
    return out


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in ",;:—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    return start, end


def _announcements(mentions: list[_Mention]) -> list[_Mention]:
    """Each mention in text order; a future or intended one also gives the event PLOVER codes for
    announcing it ("X will release Y": AGREE, "X plans to impose a ban": THREATEN, by X), before
    the announced act itself, which keeps its future or intended modality."""
    out: list[_Mention] = []
    for m in sorted(mentions, key=lambda m: m.hit.start):
        intent = intent_for(m.coding.type) if m.modality in ("future", "intended") and not m.negated else None
        if intent is not None:
            kind, cameo = intent
            meaning = cameo_to_plover(cameo)
            coding = Coding(
                kind, meaning.mode if meaning else None, cameo, meaning.context if meaning else ()
            )
            out.append(replace(m, coding=coding, modality="asserted", acled=None))
        out.append(m)
    return out


def _acled(m: _Mention) -> tuple[str, str] | None:
    if m.acled:
        return acled_sub_events()[m.acled], m.acled
    coding = m.coding
    return acled_for(
        coding.type,
        coding.mode,
        m.target.sector if m.target else None,
        m.source.sector if m.source else None,
        coding.cameo or cameo_for(coding.type, coding.mode),
    )


def _events(doc: Doc, mentions: list[_Mention]) -> list[Event]:
    events: list[Event] = []
    for number, m in enumerate(_announcements(mentions)):
        coding, source, target = m.coding, m.source, m.target
        spans: list[Span] = []
        for lo, hi in m.evidence:
            if (lo, hi) not in [(s.start, s.end) for s in spans]:
                spans.append(doc.span(lo, hi))
        shown = source or m.source_via
        totals: dict[str, int] = {}
        for (_, _, what), value in m.counts.items():
            totals[what] = totals.get(what, 0) + value
        if m.date is not None:
            date, precision, date_source = m.date.value, m.date.precision, "sentence"
        elif doc.published is not None:
            date, precision, date_source = doc.published.isoformat(), "day", "published"
        else:
            date, precision, date_source = None, None, "none"
        acled = _acled(m)
        events.append(
            Event(
                id=f"{doc.article_id}:v{number}",
                type=coding.type,
                mode=coding.mode,
                context=list(coding.context),
                source=source.entity if source else None,
                target=m.target_entity,
                source_text=doc.span(shown.start, shown.end) if shown else None,
                target_text=doc.span(target.start, target.end) if target else None,
                source_country=source.country if source else None,
                source_sector=source.sector if source else None,
                target_country=target.country if target else None,
                target_sector=target.sector if target else None,
                location=m.location.id if m.location else None,
                date=date,
                date_precision=precision,
                date_source=date_source,
                counts=totals,
                negated=m.negated,
                uncertain=m.uncertain,
                modality=m.modality,  # type: ignore[arg-type]
                attributed_to=m.attributed_to,
                cameo=coding.cameo or cameo_for(coding.type, coding.mode),
                acled_event_type=acled[0] if acled else None,
                acled_sub_event_type=acled[1] if acled else None,
                start=spans[0].start,
                end=spans[0].end,
                evidence=spans,
            )
        )
    return events
