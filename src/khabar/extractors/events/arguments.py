"""Argument attachment: a mention's source and target from the candidates of its clause, by the
marker next to each (roles) and, unmarked, by word order (SOV, SVO); a pronoun or anaphor stands for
its antecedent; forces sent to another country are military aid to it."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.lexicon import contains, word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.roles import learned_roles
from khabar.extractors.events.syntax import ArgCues


def attach(context: Context, mention: Mention, cues: ArgCues, *, learned: bool = True) -> None:
    """Source and target from the clause's candidates, by marker and word order; a verbal mention's
    role the rules leave empty, from the language's role model where it has one (``roles``) and
    ``learned`` allows it."""
    hit, clause, verbal = mention.hit, mention.clause, mention.predicate.verbal
    # a speaker is not the actor of what it reports: "police said militants attacked ..."
    said = [c.end for c in context.claims.within(clause.start, hit.start)]
    left = context.within(max(said, default=clause.start), hit.start)
    # a candidate right before a claim verb after the trigger is its speaker (", the army said")
    right = [a for a in context.within(hit.end, clause.end) if not _speaks(context, a)]
    nearest = left[::-1]
    target = None
    if not verbal:
        source = _noun_source(context, cues, mention, nearest, right)
    elif mention.predicate.passive:
        source = next((a for a in (nearest if cues.postpositional else right) if a.role == "by"), None)
        target = next((a for a in nearest if a.role in (None, "object") and a.kind != "pronoun"), None)
    elif cues.postpositional:
        source, target = _sov_roles(context, mention, nearest)
    else:
        source, target = _svo_roles(cues, mention, nearest, right)
    if source is None and not mention.predicate.passive:
        source = _named_within(context, mention) or _modifier(context, cues, mention, nearest)
    if source is None and verbal and not mention.predicate.passive and clause.opener in cues.relatives:
        source = _relative_head(context, clause.sentence[0], clause.start)  # "protesters who stormed"
    if learned and verbal and (source is None or target is None):  # what the rules left, from the model
        source, target = learned_roles(context, mention, source, target)
    if source is not None and source.kind in ("pronoun", "anaphor"):
        mention.source_via = source
        source = _antecedent(context, source, cues)
    mention.source = source
    mention.target = target if target is not None and target.kind == "entity" else None
    if mention.target is not None:
        mention.target_entity = mention.target.entity
    if mention.trigger.abroad is not None and source is not None:
        _abroad(context, mention, left + right, cues)


def _gap(context: Context, start: int, end: int) -> int:
    """How many words stand between two offsets; a word cut by either counts ("they|'ll attack")."""
    tokens = context.doc.tokens
    first = tokens.first_at(start)
    if first and tokens[first - 1].end > start:
        first -= 1
    return max(0, tokens.first_at(end) - first)


def _speaks(context: Context, candidate: Candidate) -> bool:
    """Is ``candidate`` the subject of a claim verb that follows it within a word ("officials said")?"""
    claim = context.claims.first_from(candidate.end)
    return claim is not None and _gap(context, candidate.end, claim.start) <= 1


def _sov_roles(
    context: Context, mention: Mention, nearest: list[Candidate]
) -> tuple[Candidate | None, Candidate | None]:
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
        if closest.role == "genitive" and _gap(context, closest.end, mention.hit.start) <= 2:
            target = closest
    return source, target


def _svo_roles(
    cues: ArgCues, mention: Mention, nearest: list[Candidate], right: list[Candidate]
) -> tuple[Candidate | None, Candidate | None]:
    """Word order: the unmarked actor before the verb acts, the first unmarked (or against/with/to/of)
    actor after it receives."""
    source = next((a for a in nearest if a.role is None and a.entity_type != "PLACE"), None)
    if mention.trigger.intransitive:
        return source, None
    target = next(
        (a for a in right if a.kind == "entity" and (a.role is None or a.mark in cues.target_prepositions)),
        None,
    )
    return source, target


def _noun_source(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate], right: list[Candidate]
) -> Candidate | None:
    """A bare noun's actor: next to it ("X का प्रदर्शन", "X द्वारा", "student protests", "अमरीकी हवाई
    हमले", "protests by X"), or the possessor of its clause ("X के पास ... प्रश्न हैं": X has questions)."""
    hit = mention.hit
    owner = next((a for a in nearest if a.role == "possessor" and a.entity_type != "PLACE"), None)
    if owner is not None:
        return owner
    for candidate in nearest[:1]:
        gap = _gap(context, candidate.end, hit.start)
        if cues.postpositional and candidate.role in ("genitive", "by") and gap <= 2:
            return candidate
        # unmarked right before it: any actor in English, a demonym where nouns take postpositions
        # (an unmarked noun there is mostly the subject of a later verb: "पैराट्रूपर्स दंगों को रोकने")
        if (
            candidate.role is None
            and gap == 0
            and (not cues.postpositional or candidate.entity_type == "COUNTRY")
        ):
            return candidate
    for candidate in right[:1]:  # "protests by students", "inaction on the part of the police"
        marker = len(candidate.mark or ())
        if candidate.role == "by" and _gap(context, hit.end, candidate.start) <= marker + 1:
            return candidate
    return None


def _relative_head(context: Context, start: int, opener: int) -> Candidate | None:
    """What a relative clause opening at ``opener`` is about: the actor right before it, whatever
    marks it ("foiled by the police, who fired"), else the last unmarked actor before it; none before a
    claim verb ("officials said that ...": a complementizer, not a relative)."""
    said = [c.end for c in context.claims.within(start, opener)]
    before = context.within(max(said, default=start), opener)
    if before and before[-1].entity_type != "PLACE" and _gap(context, before[-1].end, opener) == 0:
        return before[-1]
    return next((a for a in reversed(before) if a.role is None), None)


def _named_within(context: Context, mention: Mention) -> Candidate | None:
    """An actor named inside the trigger's own words acts ("mob attacked", "पुलिस फायरिंग")."""
    inside = context.within(mention.hit.start, mention.hit.end)
    return next((a for a in inside if a.kind == "entity" and a.entity_type != "PLACE"), None)


def _modifier(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate]
) -> Candidate | None:
    """An actor right before the trigger that modifies it ("killed in police firing", "by army
    shelling"), where prepositions stand before the phrase: the preposition belongs to the whole
    phrase, so the actor is the trigger's source. A death or injury word is no such noun ("attacks
    on villagers killed five": the villagers did not kill)."""
    if cues.postpositional or mention.trigger.casualty or not nearest:
        return None
    closest = nearest[0]
    if (
        closest.kind == "entity"
        and closest.entity_type != "PLACE"
        and closest.role in (None, "oblique", "by")
        and _gap(context, closest.end, mention.hit.start) == 0
    ):
        return closest
    return None


def _antecedent(context: Context, pronoun: Candidate, cues: ArgCues) -> Candidate | None:
    """What a pronoun or anaphor stands for: the agent (or first actor) of its sentence before it,
    else of the sentence before; an anaphor ("the organisation"), the last entity of its type."""
    if pronoun.kind == "anaphor":
        of_type = context.named.get(pronoun.refers_to)
        return of_type.last_ending(pronoun.start) if of_type else None
    start, _ = sentence_bounds(context.doc, pronoun.start)
    for bounds in (start, sentence_bounds(context.doc, max(0, start - 1))[0]):
        here = [
            a
            for a in context.within(bounds, pronoun.start)
            if a.kind == "entity" and (bounds == start or a.end < start)
        ]
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


def _abroad(context: Context, mention: Mention, clause_candidates: list[Candidate], cues: ArgCues) -> None:
    """Forces sent to another country than their own to help or keep the peace (a sentence with one of
    the language's ``aid_abroad`` words): code as the trigger's ``abroad`` (military aid); without such a
    purpose ("Iraq moved troops toward Kuwait") they stay a mobilisation. A country named as the other
    side of a border ("along the border with China") is not where they go."""
    source, abroad, tokens = mention.source, mention.trigger.abroad, context.doc.tokens
    assert source is not None and abroad is not None
    if not contains(tokens.between(*mention.clause.sentence), cues.aid_abroad):
        return
    places = [
        a
        for a in clause_candidates
        if a.entity_type in ("PLACE", "COUNTRY")
        and a.country
        and a.role not in ("agent", "by", "genitive")
        and not cues.not_destination.intersection(
            tokens.before(a.start, 3, floor=mention.clause.start, stops=word_stops())
            + tokens.after(a.end, 1, stops=word_stops())
        )
    ]
    places.sort(key=lambda a: abs(a.start - mention.hit.start))
    for place in places:
        if place.entity != source.entity and place.country != source.country:
            mention.coding = abroad
            country = context.countries.get(place.country)
            mention.target = place
            mention.target_entity = country.id if country else None
            mention.location = context.entities.get(place.entity or "")
            return
