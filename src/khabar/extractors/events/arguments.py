"""Argument attachment: a mention's source and target from the candidates of its clause (inside the
quotation that holds it, if any), by the marker next to each (roles) and, unmarked, by word order (SOV,
SVO: ``word_order``). A passive, or a verb whose subject undergoes it ("died", "मारे गए"), takes its
source from a by-phrase (द्वारा, के हाथों, by) and its subject as target. Else the target is also the
actor next to the trigger whose marker aims the act at it (``targets``: "X पर हमला", "X से मुलाकात",
"attack on X", "X की हत्या", "the arrest of X"). A relative pronoun's antecedent, right before it, fills
the role the pronoun has ("Isis, who tortured him": Isis acts; "whom", जिन्हें: the object; "whose":
the owner of the noun after it, "officials, whose crackdown"). A title's owner is no argument: its
person is ("कांग्रेस अध्यक्ष सोनिया गांधी से"). A pronoun or
anaphor stands for its antecedent, an object pronoun ("him", उन्हें) or one with a target marker (उन पर)
for the last person named before it other than the source; forces sent abroad are military aid. A noun
taken with a light verb of taking ("X की मदद ली") is given by its genitive and taken by the agent
(``taken``). A gerund after a preposition is its main clause subject's act (``adverbial``: "after
expelling it"); an act laid at an actor is its act (``responsibility``: "X was responsible for the
attack"), and so is an act taken part in (``joined``: "हमले में X ने हिस्सा लिया"); who is cited
("according to X,") acts in nothing after it."""

from __future__ import annotations

from khabar.extractors.events.abroad import sent_abroad
from khabar.extractors.events.adverbial import gerund_subject
from khabar.extractors.events.announced import amount_giver, announces
from khabar.extractors.events.antecedents import antecedent, first_person, person_before
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.circumstances import (
    BEFORE_SPEAKER,
    according_spans,
    another_speaks,
    inverted_speaker,
)
from khabar.extractors.events.clauses import outside_asides
from khabar.extractors.events.complements import complement_subject
from khabar.extractors.events.coordinated import shared_subject
from khabar.extractors.events.joined import joined_by
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.noun_actors import modifier, named_within, noun_source, word_gap
from khabar.extractors.events.owners import owns_title, shared_marks
from khabar.extractors.events.participants import fronted_subject, took_part
from khabar.extractors.events.passive_forms import (
    by_after,
    compelled_roles,
    genitive_subject,
    happening,
    passive_infinitive,
)
from khabar.extractors.events.possessors import possessor
from khabar.extractors.events.qualified import participle_actor, qualified_actor
from khabar.extractors.events.relatives import owner_before, relative_roles
from khabar.extractors.events.responsibility import laid
from khabar.extractors.events.roles import learned_roles
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.taken import giver_and_taker, taken
from khabar.extractors.events.targets import (
    adversary,
    aimed_at,
    allied,
    kin_genitive,
    marked_far,
    pronoun_aimed_at,
)
from khabar.extractors.events.verb_forms import (
    after_article,
    after_possessive,
    by_participle,
    participle_by,
    reduced_participle,
    verb_as_noun,
    warded_off,
)
from khabar.extractors.events.word_order import infinitive_object, sov_roles, svo_roles

_BEFORE_QUOTE = " \t\"'“”‘’«»"  # what may stand between a quotation and the word or mark before it


def attach(context: Context, mention: Mention, cues: ArgCues, *, learned: bool = True) -> None:
    """Source and target from the clause's candidates, by marker and word order; a verbal mention's
    role the rules leave empty, from the language's role model where it has one (``roles``) and
    ``learned`` allows it."""
    hit, clause, predicate = mention.hit, mention.clause, mention.predicate
    lo, hi = _scope(context, mention)
    # a speaker is not the actor of what it reports: "police said militants attacked ..."; what an
    # aside names is not an argument of the clause around it ("X, who met Y, attacked Z")
    claims = outside_asides(clause, context.claims.within(lo, hit.start))
    said = [c.end for c in claims if not announces(context, cues, mention, c)]  # "X announced aid"
    cited = according_spans(context, lo, hit.start)  # "according to X,": X is no actor either
    left = [
        a
        for a in outside_asides(clause, context.within(max(said, default=lo), hit.start))
        if not owns_title(context, cues, a) and not any(s <= a.start < e for s, e in cited)
    ]
    # a candidate right before a claim verb after the trigger is its speaker (", the army said")
    right = [
        a
        for a in outside_asides(clause, context.within(hit.end, hi))
        if not _speaks(context, a, cues) and not owns_title(context, cues, a)
    ]
    nearest = left[::-1]
    target = None
    verbal = (
        predicate.verbal
        and not verb_as_noun(context, cues, mention, right)
        and not warded_off(context, cues, mention)  # "defend X against attacks": not the defenders'
        and not genitive_subject(context, cues, mention, nearest)  # "छात्रों का प्रदर्शन हुआ": as alone
    )
    # a verb's form after an article is a noun where an actor next to it acts ("a blockade imposed by
    # X"; not its genitive: "a rebuff of a US plan"); without one it is read as the verb ("would never
    # agree to a compromise")
    owner = None
    if verbal and after_article(context, cues, mention):
        owner = noun_source(context, cues, mention, nearest, right)
        owner = None if owner is None or owner.mark in cues.genitive else owner
        verbal = owner is None
    elif verbal and after_possessive(context, cues, mention):  # "Moscow's full support for X": a noun
        owner = possessor(context, cues, mention, nearest, right)  # whose object is the verb's
    passive = predicate.passive or (verbal and participle_by(context, cues, mention, right))
    if not verbal:  # next to it, else (a noun of meeting or talking) its clause's agent took part
        source = (
            owner
            or noun_source(context, cues, mention, nearest, right)
            or possessor(context, cues, mention, nearest, right)
            or took_part(context, mention, lo, hi)
            or joined_by(context, cues, mention)  # "हमले में X ने हिस्सा लिया": X attacked
        )
    elif passive:
        source = next(
            (a for a in (nearest if cues.postpositional else right) if a.role == "by"), None
        ) or by_participle(context, cues, mention, right)  # "destroyed by retreating militants"
        clausal = passive_infinitive(context, cues, mention)  # "X को मार दिए जाने के खिलाफ": X's
        target = next((a for a in nearest if _subject(a) and (a.role == "object" or not clausal)), None)
        modifies = target is not None and word_gap(context, target.end, hit.start) == 0
        if mention.trigger.noun and modifies and not cues.postpositional:  # "US sanctions were imposed"
            source, target = source or target, None  # the noun's modifier does it
        if target is not None and reduced_participle(context, cues, mention):
            target = target if word_gap(context, target.end, hit.start) == 0 else None  # "a pastor detained"
        if cues.postpositional and (target is None or target.role is None):  # "X की हत्या कर दी गई"
            target = aimed_at(context, cues, mention, nearest, source) or target
    elif cues.postpositional:
        source, target = sov_roles(context, cues, mention, nearest)
        if predicate.compelled:  # "थरूर को इस्तीफा देना पड़ा": Tharur resigned
            source, target = compelled_roles(context, cues, mention, nearest, source, target)
    else:
        source, target = svo_roles(context, cues, mention, nearest, right)
        source = owner or source or fronted_subject(context, cues, mention)
        if (qualified := participle_actor(context, cues, mention)) is not None:  # "the attacking forces"
            source, target = (
                qualified,
                None if target is not None and target.entity == qualified.entity else target,
            )
    laid_at, denier = laid(context, cues, mention)  # "X was responsible for the attack"
    if laid_at is not None and (source is None or source.role != "by"):  # (an explicit "by X" stays)
        source = laid_at
    # (an English verb's marked actors after it are svo_roles' already; a passive's are not its target)
    if target is None and not mention.trigger.intransitive and (cues.postpositional or not verbal):
        side = nearest if cues.postpositional else right
        target = aimed_at(context, cues, mention, side, source) or marked_far(
            mention, shared_marks(context, side, hit.start) if cues.postpositional else side, source, cues
        )
    target = target or complement_subject(context, cues, mention)  # "मांग की कि सरकार ...": the government
    if verbal and clause.opener is not None:
        source, target = relative_roles(context, cues, mention, source, target)
    source = source or by_after(context, cues, mention, right)
    if source is None and not passive:
        source = (
            named_within(context, mention)
            or modifier(context, cues, mention, nearest)
            or qualified_actor(context, cues, mention)
            or shared_subject(context, cues, mention)
            or gerund_subject(context, cues, mention)
            or owner_before(context, cues, mention)
            or amount_giver(context, cues, mention)
        )
    elif target is None and passive:  # "हमले में मारे गए लोगों": the people killed
        target = qualified_actor(context, cues, mention)
    # "fired on the wives of fighters": the wives are the target (no actor), and no other candidate is
    kin = target is not None and kin_genitive(context, cues, mention, target)
    target = None if kin else target
    if taken(context, cues, mention):  # "X की मदद ली": X helps whoever takes it
        source, target = giver_and_taker(context, cues, mention, nearest, source)
    elif learned and verbal and (source is None or target is None):  # left by the rules: the model
        ruled = source
        source, learned_target = learned_roles(context, mention, source, target)
        target = None if kin else learned_target
        if ruled is None and source is not None and infinitive_object(context, cues, source, hit.start):
            source = None  # "tribesmen armed to fight Isis now refuse": Isis does not refuse
    if source is not None and happening(context, cues, mention, source):
        if target is None and source.role is None and mention.trigger.patient_genitive:
            target = source  # "दो लोग गिरफ्तार हुए": the people were arrested
        source = None  # "भारतीय दूतावास पर हमला हुआ": India does not attack
    if source is not None and denier is not None and denier.entity == source.entity:
        source = None  # "Russia denied responsibility for the attack"
    if source is not None and source.kind in ("pronoun", "anaphor"):
        mention.source_via = source
        source = (
            person_before(context, source, target, clause.start)  # "उनकी मदद ली": of no one in its clause
            if _possessive(context, source, cues)
            else antecedent(context, source, cues)
        )
        if source is not None and any(a.entity == source.entity for a in _object(context, mention, right)):
            source = None  # "the alliance fighting Isis": what the clause acts on is not what acts
    if target is not None and (foe := adversary(context, mention, target)) is not None:
        target = foe  # "fought with the Syrian army against Isis": the army is an ally
    elif target is not None and allied(context, cues, mention, target):
        target = None  # "fighting on the side of Assad's regime": an ally is no target
    if target is not None and target.kind == "pronoun":
        aimed = pronoun_aimed_at(mention, target)
        if aimed and first_person(context, target, cues):  # "उन्होंने मुझे पीटा": the speaker, once known
            mention.target_via, target = target, None
        other = source or _agent_before(context, mention, target.start) if target is not None else None
        target = person_before(context, target, other) if aimed and target is not None else None
    if target is not None and source is not None and target.entity == source.entity:
        target = None  # "इसराइली हमले में ... इसराइली": one actor is not both sides
    mention.source = source
    mention.target = target if target is not None and target.kind == "entity" else None
    if mention.target is not None:
        mention.target_entity = mention.target.entity
    if mention.trigger.abroad is not None and source is not None:
        sent_abroad(context, mention, left + right, cues)


def _object(context: Context, mention: Mention, right: list[Candidate]) -> list[Candidate]:
    """The first candidate after the trigger where a word at most stands between ("fighting Isis", "the
    Kurds"; not "extradite two surviving British members": the UK may extradite its people)."""
    near = right and word_gap(context, mention.hit.end, right[0].start) <= 1
    return right[:1] if near else []


def _agent_before(context: Context, mention: Mention, end: int) -> Candidate | None:
    """The agent (ने) of the mention's clause before ``end``: no pronoun there stands for it ("जनरल
    ह्यूरेज ने उनकी वीरता की प्रशंसा में ...": उनकी is someone else; Hindi says "अपनी" for the agent)."""
    return next((a for a in reversed(context.within(mention.clause.start, end)) if a.role == "agent"), None)


def _possessive(context: Context, candidate: Candidate, cues: ArgCues) -> bool:
    """Is ``candidate`` a third-person pronoun fused with a genitive ("उनकी", "उसके"): one that stands
    for no one of its own clause (Hindi says "अपनी" for that)?"""
    genitive = candidate.mark is not None and candidate.mark[:1] in cues.genitive
    return candidate.kind == "pronoun" and genitive and not first_person(context, candidate, cues)


def _subject(candidate: Candidate) -> bool:
    """Can ``candidate`` be a passive's subject (its target): an object (को, an object pronoun), or an
    unmarked actor that is not a place or a subject pronoun?"""
    if candidate.role == "object":
        return True
    return candidate.role is None and candidate.kind != "pronoun" and candidate.entity_type != "PLACE"


def _scope(context: Context, mention: Mention) -> tuple[int, int]:
    """The clause, cut to the quotation that holds the trigger where that is a whole quotation, opened
    after punctuation or at the start ('X ने लिखा, "..."', '"We attacked them," he said'): who is
    quoted is not an actor of what it tells (that is ``attributed_to``). A fragment quoted inside a
    sentence ('vowed the US will "expel every last Iranian boot"') is read with its sentence. It
    reaches back over a parenthesis closed right before the clause ("X ने जनरल (सेवानिवृत्त) Y के
    त्यागपत्र की मांग की")."""
    lo, hi = mention.clause.arguments_from, mention.clause.end
    text = context.doc.text
    for quote in context.quotes.holding(mention.hit.start):
        opened = text[max(0, quote.start - 8) : quote.start].rstrip(_BEFORE_QUOTE)
        if not opened or opened[-1] in word_stops():
            lo, hi = max(lo, quote.start), min(hi, quote.end)
    return lo, hi


def _speaks(context: Context, candidate: Candidate, cues: ArgCues) -> bool:
    """Is ``candidate`` the subject of a claim verb that follows it within a word ("officials said", "his
    mother, Sharon, told"; not one a preposition marks for another role: "territory occupied by Islamic
    State said"; not one another actor's claim follows: "attacked the army, officials said"), or the
    subject after one ("Rebels attacked the town, said the army")?"""
    if candidate.role not in (None, "agent"):
        return False
    claim = context.claims.first_from(candidate.end)
    if claim is not None and word_gap(context, candidate.end, claim.start) <= 1:
        gap = context.doc.text[candidate.end : claim.start]
        return not another_speaks(gap, inverted_speaker(context, claim, cues))
    claim = context.claims.last_ending(candidate.start)
    return (
        claim is not None
        and context.doc.text[max(0, claim.start - 3) : claim.start].rstrip().endswith(BEFORE_SPEAKER)
        and inverted_speaker(context, claim, cues) == candidate
    )
