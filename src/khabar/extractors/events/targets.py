"""Marked targets: the actor next to a trigger whose marker aims the act at it ("सेना पर हमला", "सरकार के
खिलाफ प्रदर्शन", "नीतीश कुमार से मुलाकात", "attack on X"), or whose genitive names whom it is done to
("X का समर्थन किया", "X की हत्या", "the arrest of X"). Next to it means: no clause punctuation between,
no other argument that keeps them apart, and few other words (actors, markers and determiners aside)."""

from __future__ import annotations

from functools import cache

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.knowledge.crosswalk import hostile_types
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.text.tokens import Phrase, phrases

NEXT_TO = 2  # words other than actors and their markers between a marked target and its trigger

ALLIED_GAP = 3  # words between an alliance phrase and the ally it names ("alongside the Assad regime")

HYPHENS = ("-", "\u2010", "\u2013")  # "the Aleppo-Latakia highway", "the Iran–Iraq border"

_OWNED_ROLES = (None, "agent", "object", "genitive", "possessor")  # an actor a genitive before it owns


def free_words(context: Context, cues: ArgCues, lo: int, hi: int) -> int | None:
    """How many words in ``[lo, hi)`` are neither an actor, nor a marker, nor a determiner; None when
    clause punctuation or a quotation mark stands there."""
    if any(c in word_stops() for c in context.doc.text[lo:hi]):
        return None
    tokens, actors = context.doc.tokens, context.candidates.reaching(lo, hi)
    words = (tokens[i] for i in range(tokens.first_at(lo), tokens.first_at(hi)))
    return sum(
        1
        for w in words
        if w.text not in cues.marker_words
        and w.text not in cues.determiners
        and not any(a.start <= w.start < a.end for a in actors)
    )


def kin_genitive(context: Context, cues: ArgCues, mention: Mention, candidate: Candidate) -> bool:
    """Is ``candidate``, after the trigger where markers precede nouns, the genitive of a noun of kin
    ("fired on the wives of fighters": the wives are fired on, not the fighters)? Another genitive may
    name whom the act is done to ("refused the demands of Russia", "the murder of civilians", "protest
    at the settlement of immigrants")."""
    if cues.postpositional or candidate.mark not in cues.genitive or candidate.start < mention.hit.end:
        return False
    words = context.doc.tokens.between(mention.hit.end, candidate.start)
    mark = candidate.mark or ()
    own = max((i for i in range(len(words)) if tuple(words[i : i + len(mark)]) == mark), default=0)
    return own > 0 and words[own - 1] in cues.kin


def _patient(cues: ArgCues, mention: Mention, candidate: Candidate) -> bool:
    """Is ``candidate``'s marker one that aims the act at it: a target marker (पर, के खिलाफ, से,
    against, on, or one fused with a pronoun: "उन पर"), or a genitive where that is who the act is
    done to: of a noun predicate ("X का समर्थन किया") or of a noun that says so ("X की हत्या", "the
    arrest of X")?"""
    if candidate.role == "target":
        return True
    if candidate.mark in cues.genitive or candidate.role == "genitive":
        trigger = mention.trigger
        return trigger.patient_genitive or (trigger.noun and mention.predicate.verbal)
    return candidate.mark in cues.target_prepositions or candidate.mark in mention.trigger.target_markers


def _qualifies_next(context: Context, cues: ArgCues, candidate: Candidate, trigger: int) -> bool:
    """Is a genitive actor of the noun right after it (not the trigger): an actor itself, a subject,
    object or owner ("अमित जेठवा के पिता ने अपील की", where पिता is one: the father appeals, Jethwa is
    his; not a place nor an adverbial one: "X की गुजरात हाई कोर्ट के सामने हत्या" is X's), or a noun a
    marker makes an argument of its own?"""
    if not cues.postpositional or candidate.role != "genitive":
        return False
    tokens = context.doc.tokens
    at = _after_marker(context, candidate)
    if at >= len(tokens) or tokens[at].start >= trigger:
        return False
    if owned := context.candidates.holding(tokens[at].start):
        return owned[0].entity_type != "PLACE" and owned[0].role in _OWNED_ROLES
    if at + 1 >= len(tokens):
        return False
    after = tokens[at + 1].text  # a genitive chain stays the trigger's: "X के त्यागपत्र की मांग"
    return after in cues.marker_words and (after,) not in cues.genitive


def _after_marker(context: Context, candidate: Candidate) -> int:
    """The index of the first word after a candidate's marker (a pronoun's form holds the marker's
    first word: "उनके ड्राइवर", "उनके साथ")."""
    fused = candidate.kind == "pronoun" and candidate.mark is not None
    return context.doc.tokens.first_at(candidate.end) + len(candidate.mark or ()) - fused


def owned_marker(context: Context, cues: ArgCues, candidate: Candidate) -> tuple[Phrase, int] | None:
    """The marker after the noun a genitive actor owns, that noun being no actor itself, and where
    the marker ends ("सेना के शिविर पर": पर; "पुलिस के प्रवक्ता ने": ने); else None."""
    if not cues.postpositional or candidate.role != "genitive":
        return None
    tokens = context.doc.tokens
    at = _after_marker(context, candidate) + 1
    if at >= len(tokens) or context.candidates.holding(tokens[at - 1].start):
        return None
    words = tokens.after(tokens[at - 1].end, cues.longest_marker, stops=word_stops())
    for size in range(len(words), 0, -1):
        if tuple(words[:size]) in cues.markers:
            return tuple(words[:size]), tokens[at + size - 1].end
    return None


def _owned_target(context: Context, cues: ArgCues, candidate: Candidate, trigger: int) -> int | None:
    """Where a target marker ends after the noun a genitive actor owns ("सेना के शिविर पर हमला": the
    army's camp is attacked, so the army is), before the trigger; else None."""
    owned = owned_marker(context, cues, candidate)
    if owned is None or owned[0] not in cues.target_prepositions or owned[1] > trigger:
        return None
    return owned[1]


def infinitive_before(context: Context, cues: ArgCues, trigger: int, floor: int) -> bool:
    """Is the trigger a noun whose complement is an infinitive with its genitive right before it
    ("मदद करने का आरोप"): an object before that is the infinitive's ("X पर चरमपंथियों को मदद करने का
    आरोप": the extremists are not accused)?"""
    words = context.doc.tokens.before(trigger, 2, floor=floor, stops=word_stops())
    return (
        len(words) == 2
        and (words[1],) in cues.genitive
        and any(words[0].endswith(s) and len(words[0]) > len(s) + 1 for s in cues.infinitive_suffixes)
    )


def _blocks(candidate: Candidate) -> bool:
    """Does an actor between a marked one and the trigger keep them apart: an object, a genitive, a
    possessor or an unmarked actor (not a place, nor the agent or an oblique one, nor a genitive pronoun:
    "सेना पर उनका हमला")?"""
    if candidate.kind == "pronoun" and candidate.role == "genitive":
        return False
    return candidate.entity_type != "PLACE" and candidate.role in (None, "object", "genitive", "possessor")


def aimed_at(
    context: Context,
    cues: ArgCues,
    mention: Mention,
    side: list[Candidate],
    source: Candidate | None,
    *,
    places: bool = False,
) -> Candidate | None:
    """The actor next to the trigger (nearest first, on the side its markers stand) that the act is
    aimed at, by its marker: "सेना पर (अवारन में) हमला", "the arrest of X". Not a place (that is where:
    with ``places``, the place so aimed at and no actor, "the attack on Douma"), nor the source; the
    owner of a noun so marked right before the trigger is ("सेना के शिविर पर हमला"); not across
    another actor other than the source or a place ("X के सांसद Y को ... ने हत्या ...": X is no
    victim), nor into a noun a demonstrative opens ("X पर इस हमले की साज़िश का आरोप": X is accused,
    not attacked)."""
    hit, tokens = mention.hit, context.doc.tokens
    if cues.postpositional and cues.demonstratives.intersection(tokens.before(hit.start, 1)):
        return None
    # markers before nouns: only the first actor after the trigger, its marker right after it
    reach, most = (3, NEXT_TO) if cues.postpositional else (1, 0)
    for a in side[:reach]:
        owned = _owned_target(context, cues, a, hit.start)
        if a.kind == "anaphor" or (a.entity_type == "PLACE") != places:
            continue
        if not (owned or _patient(cues, mention, a)):
            continue
        if a.kind == "pronoun" and not pronoun_aimed_at(mention, a):
            continue
        if source is not None and a.entity is not None and a.entity == source.entity:
            continue  # (two pronouns, unresolved, are not known to be one: "मैंने उनसे बात की")
        lo, hi = (owned or a.end, hit.start) if cues.postpositional else (hit.end, a.start)
        if any(_blocks(b) for b in context.within(lo, hi)):
            continue
        free = free_words(context, cues, lo, hi)
        if owned:  # the owned noun right before the trigger: "X के आदेश पर (इस मामले की) जांच" is no aim
            free = free if free == 0 else None
        if free is not None and free <= most and (owned or not _qualifies_next(context, cues, a, hit.start)):
            return a
    return None


def pronoun_aimed_at(mention: Mention, pronoun: Candidate) -> bool:
    """Does a pronoun's form or marker aim the act at it: an object or target pronoun ("उन्हें", "उन
    पर"), one with a marker the trigger takes for its target ("उनसे मुलाकात"), or a genitive one where
    the trigger is a noun whose genitive is whom it is done to ("उनकी हत्या")?"""
    if pronoun.role == "genitive":  # (not of a noun predicate: "पुलिस पर उनका हमला हुआ" is theirs)
        return mention.trigger.patient_genitive
    return pronoun.role in ("object", "target") or pronoun.mark in mention.trigger.target_markers


def marked_far(
    mention: Mention, side: list[Candidate], source: Candidate | None, cues: ArgCues
) -> Candidate | None:
    """The nearest actor on the side its markers stand, anywhere in the clause, whose marker is one of
    the trigger's ``far_target_markers`` ("X पर देश से ज़्यादा बाज़ार के बारे में चिंतित होने का आरोप
    लगाया": X is accused), or a pronoun fused with a target marker where the trigger has such markers
    ("उन पर ... का आरोप"): no place, nor the source, nor one a marker of ``fronted`` marks before the agent,
    which heads a phrase set before the subject ("बीबीसी से बातचीत में X ने ... की मांग की": X asks no one;
    not "X के ऊपर पुलिस ने मामला दर्ज किया": X is charged)."""
    markers = mention.trigger.far_target_markers
    agent = source.start if source is not None and source.role == "agent" else None
    return next(
        (
            a
            for a in side
            if (a.mark in markers or (markers and a.kind == "pronoun" and a.role == "target"))
            and a.entity_type != "PLACE"
            and a.kind != "anaphor"
            and (source is None or a.entity != source.entity)
            and (agent is None or a.start > agent or a.mark not in cues.fronted)
        ),
        None,
    )


def compounded(context: Context, cues: ArgCues, candidate: Candidate) -> bool:
    """Is ``candidate`` joined by a hyphen to a name next to it ("the Aleppo-Latakia highway", "the
    Iran-Iraq border": a modifier of the noun after them, not an actor by itself), or by a conjunction
    to an actor before it that a preposition other than a target's marks ("in Ethiopia and Libya")?"""
    text, candidates = context.doc.text, context.candidates
    before, after = candidates.last_ending(candidate.start), candidates.first_from(candidate.end)
    if after is not None and text[candidate.end : after.start] in HYPHENS:
        return True
    if before is None:
        return False
    between = text[before.end : candidate.start]
    if between in HYPHENS:
        return True
    joined = between.strip() in grammar(context.doc.language_at(candidate.start)).conjunctions
    marks = (*cues.target_prepositions, *cues.between)  # "talks with A and B", "between A and B": a pair
    return joined and before.role in ("oblique", "locative") and before.mark not in marks


def object_after(context: Context, cues: ArgCues, end: int, right: list[Candidate]) -> Candidate | None:
    """A verb's object among the candidates after it (its end at ``end``): the first unmarked (or
    against/with/to/of) actor or object pronoun ("him"); not a name inside a compound ("along the
    Aleppo-Latakia highway"), nor a genitive past punctuation or a quotation mark (a noun's: "agreed to
    “resume traffic …, at the initiative of the Turkish side”")."""
    return next(
        (
            a
            for a in right
            if (
                a.kind == "entity"
                and (a.role is None or a.mark in cues.target_prepositions)
                and not compounded(context, cues, a)
                and (a.mark not in cues.genitive or free_words(context, cues, end, a.start) is not None)
            )
            or (a.kind == "pronoun" and a.role == "object")
        ),
        None,
    )


def allied(context: Context, cues: ArgCues, mention: Mention, candidate: Candidate) -> bool:
    """Is ``candidate`` named as an ally: a few words after one of the language's ``allies`` phrases
    after the trigger, no one-word marker between ("fighting on the side of Assad's regime", "fighting
    alongside the Assad regime"; not "alongside US troops against Isis", "alongside forces fighting Isis")?"""
    allies = _allies(context.doc.language_at(candidate.start))
    if not allies or candidate.start < mention.hit.end:
        return False
    reach = ALLIED_GAP + len(allies[0])
    words = context.doc.tokens.before(candidate.start, reach, floor=mention.hit.end, stops=word_stops())
    for gap in range(min(ALLIED_GAP, len(words)) + 1):
        word = words[len(words) - gap] if gap else ""
        if (word,) in cues.markers and word not in cues.possessive:
            return False
        ending = words[: len(words) - gap]
        if any(tuple(ending[-len(p) :]) == p for p in allies if len(p) <= len(ending)):
            return True
    return False


def adversary(context: Context, mention: Mention, candidate: Candidate) -> Candidate | None:
    """The actor fought against where ``candidate``, after the trigger, is fought beside: it is marked by
    one of the language's ``comitatives`` and another actor after it in the clause by one of its
    ``adversatives``, in an act done against someone (``hostile_types``: "fought with the Syrian army
    against Isis": Isis, the army an ally); else None."""
    beside, against = _sides(context.doc.language_at(candidate.start))
    if candidate.start < mention.hit.end or candidate.mark not in beside:
        return None
    if mention.coding.type not in hostile_types():
        return None  # "partnered with Kurdish forces in the battle against Isis": the partner
    return next(
        (
            a
            for a in context.within(candidate.end, mention.clause.end)
            if a.mark in against and a.kind == "entity" and a.entity_type != "PLACE"
        ),
        None,
    )


@cache
def _allies(language: str | None) -> tuple[Phrase, ...]:
    """The language's ``allies`` phrases as folded word tuples, longest first."""
    return phrases(topic(language, Events).grammar.allies) if language else ()


@cache
def _sides(language: str | None) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """The language's ``comitatives`` and ``adversatives`` as folded word tuples."""
    if not language:
        return (), ()
    data = topic(language, Events).grammar
    return phrases(data.comitatives), phrases(data.adversatives)
