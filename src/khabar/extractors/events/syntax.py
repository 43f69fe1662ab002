"""The grammar cues of a language's ``events.yaml`` that clause reading and argument attachment read.

Which side a marker stands on is ``cues.grammar(...).postpositional``: Hindi postpositions follow
the noun (ने agent, द्वारा by, को object, का/की/के of), English prepositions precede it. A language
without event data has no cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.events.lexicon import padded, word_stops
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.text.normalise import fold, fold_words
from khabar.text.patterns import expand
from khabar.text.tokens import Phrase, phrases

Modality = tuple[
    str, tuple[str, ...], tuple[str, ...], tuple[str, ...]
]  # name, padded before/after, suffixes
ROLES = ("agent", "by", "object", "genitive", "oblique", "possessor")


@dataclass(frozen=True, slots=True)
class ArgCues:
    """The grammar cues of one language's ``events.yaml`` that attachment and modality read."""

    postpositional: bool
    genitive: tuple[Phrase, ...]
    locative: tuple[Phrase, ...]
    target_prepositions: tuple[Phrase, ...]
    taken_from: tuple[Phrase, ...]  # whom a noun taken or received comes from ("X से मदद मिली")
    carrying: frozenset[str]  # "मदद लेकर पहुंचे": after a light verb of taking, the noun is brought, given
    determiners: frozenset[str]
    quantities: frozenset[str]
    light_verbs: frozenset[str]
    bridges: tuple[Phrase, ...]  # words between a noun and its light verb ("भी", "की घटना")
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    progressive_suffixes: tuple[str, ...]  # "is fighting" is not passive
    participle_suffixes: tuple[str, ...]  # "a pastor detained": a participle right after a noun is passive
    infinitive_suffixes: tuple[str, ...]
    infinitive_kept_before: tuple[Phrase, ...]
    compelled: frozenset[str]  # "इस्तीफा देना पड़ा": the infinitive before one is finite, its object acts
    oblique_infinitive_suffixes: tuple[str, ...]  # "रोकने के लिए": a nonfinite clause opens
    infinitive_before: tuple[Phrase, ...]
    attempts: frozenset[str]  # words before "to" whose infinitive is the act itself ("tried to")
    firsts: tuple[Phrase, ...]  # ... and phrases a few words before it ("became the first minister to")
    firsts_not: frozenset[str]  # ... unless one of these stands between ("the last chance to")
    verb_before: frozenset[str]  # a noun's form right after one is the verb ("will attack")
    verb_before_skips: frozenset[str]  # ... words that may stand between ("would not attack")
    plural_suffixes: tuple[str, ...]  # ... unless it ends so ("to airstrikes")
    wielding: frozenset[str]  # a noun a few words after one is its user's act ("used mustard gas")
    place_modifiers: frozenset[str]  # skipped between a preposition and a place ("in southern Syria")
    demonstratives: frozenset[str]  # "this attack", "यह हमला": a noun that refers back
    pointing: frozenset[str]  # ... even when anchored ("इस हमले में पांच लोग मारे गए")
    articles: frozenset[str]  # a verb's form right after one is a noun ("a blockade imposed by X")
    indefinites: frozenset[str]  # a country's demonym right after one is one of its people ("a Macedonian")
    others: frozenset[str]  # a few words before a noun in its clause: another happening ("another attack")
    additive: frozenset[str]  # next to a clause's date: another time, a second act ("5 मई को भी")
    alternatives: frozenset[str]  # "or", joining conjuncts as a conjunction does ("dead or injured")
    shielding: frozenset[str]  # verbs of protecting ("defend", "protect")
    shielded_from: frozenset[str]  # ... and what they ward off comes after these ("against", "from")
    possessive: frozenset[str]  # "Turkey's offensive": Turkey owns the offensive
    leading: frozenset[str]  # "a Saudi-led airstrike": Saudi Arabia leads the airstrike
    possessive_determiners: frozenset[str]  # "its offensive": the subject of its clause owns it
    kin: frozenset[str]  # "fired on the wives of fighters": the wives are fired on, not the fighters
    addressed_claims: frozenset[str]  # "told reporters": the actor after one is whom it is told, no speaker
    coordinators: frozenset[str]  # ", and": a clause it opens without a subject shares the one before
    gerund_openers: frozenset[str]  # "after expelling it": the gerund's actor is the main clause's subject
    gerund_prepositions: frozenset[str]  # ... where one of these or an object follows it ("cooperating with")
    responsible: tuple[Phrase, ...]  # "X was responsible for the attack": X did it
    responsible_links: frozenset[str]  # ... words that may stand between X and the cue ("was", "'s")
    responsible_denials: frozenset[str]  # "X denied responsibility for the attack": not X's
    blaming: frozenset[str]  # "blamed X for the attack": X did it
    done_by: tuple[Phrase, ...]  # "the bombing was claimed by X": X bombed
    origins: tuple[Phrase, ...]  # "a missile from Syria struck X": Syria is where it came from
    clause_breaks: frozenset[str]  # folded words that open a clause ("after", "that", "कि")
    relatives: frozenset[str]  # subject relatives ("who", "जो"): the antecedent is the subject
    object_relatives: frozenset[str]  # "whom", "जिन्हें": the antecedent is the object
    clefts: tuple[Phrase, ...]  # "it was": "it was X that acted": X is the antecedent
    possessive_relatives: frozenset[str]  # "whose": the antecedent owns the noun after it
    speakers: frozenset[str]  # first-person pronouns ("हम"): they stand for their quotation's speaker
    personal: frozenset[str]  # subject pronouns that stand for a person ("he", "she")
    negation: tuple[str, ...]  # padded
    negation_suffixes: tuple[str, ...]
    not_negation: tuple[str, ...]  # padded
    modality: tuple[Modality, ...]
    refusals: tuple[Phrase, ...] = ()  # "रिहाई से इनकार": the noun before one is refused (negated)
    subjunctive: frozenset[str] = frozenset()  # "रिहा किया जाए", "be released": a demanded act
    subjunctive_tails: frozenset[str] = frozenset()  # ... words after it that end its clause ("या नहीं")
    not_destination: frozenset[str] = frozenset()  # "border with X": X is not where forces go
    place_nouns: frozenset[str] = frozenset()  # "on the Turkish border": Turkey is where, no actor
    scene_nouns: frozenset[str] = frozenset()  # "the Syrian war has killed": Syria is where, no actor
    aid_abroad: tuple[str, ...] = ()  # padded: "peacekeepers", "मदद": forces sent abroad to help are AID
    owned_subjects: frozenset[str] = frozenset()  # "X की टीमें मदद कर रही हैं": X acts through them
    participles: frozenset[str] = frozenset()  # "दौरे पर पहुंचे चीनी प्रधानमंत्री": the noun after acts
    happening: frozenset[str] = frozenset()  # "हमला हुआ": a noun's light verb of happening
    between: tuple[Phrase, ...] = ()  # "between A and B", "A और B के बीच": a pair in a symmetric act
    amount_of: frozenset[str] = frozenset()  # "$5 million in aid": an amount's verb takes the noun
    suspicion: tuple[Phrase, ...] = ()  # "suspected of": the act after it is alleged of someone else
    alleged_content: tuple[Phrase, ...] = ()  # "accused X of", "blamed X for": what follows is alleged
    joined_markers: tuple[Phrase, ...] = ()  # "हमले में": the noun before one may be taken part in ...
    joined: tuple[Phrase, ...] = ()  # ... where its clause goes on to one of these ("हिस्सा लिया")
    fronted: tuple[Phrase, ...] = ()  # "बीबीसी से बातचीत में X ने": before the agent, no far target
    markers: dict[Phrase, str] = field(default_factory=dict)  # every marker phrase -> its role
    marker_words: frozenset[str] = frozenset()  # the words of every marker phrase
    longest_marker: int = 1


@cache
def arg_cues(language: str | None) -> ArgCues:
    data = topic(language, Events).grammar
    g = grammar(language)
    locative = tuple(g.locative_markers)
    markers = {p: "locative" for p in locative}
    markers.update((p, role) for role in ROLES for p in phrases(getattr(data, role)))
    modality = tuple(
        (name, padded(spec.before), padded(spec.after), tuple(fold(s) for s in spec.suffixes))
        for name, spec in data.modality.items()
    )
    return ArgCues(
        postpositional=g.postpositional,
        genitive=phrases(data.genitive),
        locative=locative,
        target_prepositions=phrases(data.target_prepositions),
        taken_from=phrases(data.taken_from),
        carrying=fold_words(data.carrying),
        determiners=fold_words(data.determiners),
        quantities=fold_words(data.quantities),
        light_verbs=fold_words(data.light_verbs),
        bridges=phrases(data.bridges),
        auxiliaries=fold_words(data.auxiliaries),
        passive=fold_words(data.passive),
        progressive_suffixes=tuple(fold(s) for s in data.progressive_suffixes),
        participle_suffixes=tuple(fold(s) for s in data.participle_suffixes),
        infinitive_suffixes=tuple(fold(s) for s in data.infinitive_suffixes),
        infinitive_kept_before=phrases(data.infinitive_kept_before),
        compelled=fold_words(data.compelled),
        oblique_infinitive_suffixes=tuple(fold(s) for s in data.oblique_infinitive_suffixes),
        infinitive_before=phrases(data.infinitive_before),
        attempts=fold_words(data.attempts),
        firsts=phrases(p for pattern in data.firsts for p in expand(pattern)),
        firsts_not=fold_words(data.firsts_not),
        verb_before=fold_words(data.verb_before),
        verb_before_skips=fold_words(data.verb_before_skips),
        plural_suffixes=tuple(fold(s) for s in data.plural_suffixes),
        wielding=fold_words(data.wielding),
        place_modifiers=fold_words(data.place_modifiers),
        demonstratives=fold_words(data.demonstratives),
        pointing=fold_words(data.pointing),
        articles=fold_words(data.articles),
        indefinites=fold_words(data.indefinites),
        others=fold_words(data.others),
        additive=fold_words(data.additive),
        alternatives=fold_words(data.alternatives),
        shielding=fold_words(data.shielding),
        shielded_from=fold_words(data.shielded_from),
        kin=fold_words(data.kin),
        addressed_claims=fold_words(data.addressed_claims),
        possessive=fold_words(data.possessive),
        leading=fold_words(data.leading),
        possessive_determiners=fold_words(data.possessive_determiners),
        clause_breaks=fold_words(data.clause_breaks),
        relatives=fold_words(data.relatives),
        coordinators=fold_words(data.coordinators),
        gerund_openers=fold_words(data.gerund_openers),
        gerund_prepositions=fold_words(data.gerund_prepositions),
        responsible=phrases(data.responsible),
        responsible_links=fold_words(data.responsible_links),
        responsible_denials=fold_words(data.responsible_denials),
        blaming=fold_words(data.blaming),
        done_by=phrases(data.done_by),
        origins=phrases(data.origins),
        object_relatives=fold_words(data.object_relatives),
        clefts=phrases(data.clefts),
        possessive_relatives=fold_words(data.possessive_relatives),
        speakers=fold_words(data.speakers),
        personal=fold_words(data.personal),
        negation=padded(data.negation),
        negation_suffixes=tuple(fold(s) for s in data.negation_suffixes),
        not_negation=padded(data.not_negation),
        modality=modality,
        refusals=phrases(data.refusals),
        subjunctive=fold_words(data.subjunctive),
        subjunctive_tails=fold_words(data.subjunctive_tails),
        not_destination=fold_words(data.not_destination),
        place_nouns=fold_words(data.place_nouns),
        scene_nouns=fold_words(data.scene_nouns),
        aid_abroad=padded(data.aid_abroad),
        owned_subjects=fold_words(data.owned_subjects),
        participles=fold_words(data.participles),
        happening=fold_words(data.happening),
        between=phrases(data.between),
        amount_of=fold_words(data.amount_of),
        suspicion=phrases(data.suspicion),
        alleged_content=phrases(data.alleged_content),
        joined_markers=phrases(data.joined_markers),
        joined=phrases(data.joined),
        fronted=phrases(data.fronted),
        markers=markers,
        marker_words=frozenset(w for phrase in markers for w in phrase),
        longest_marker=max(map(len, markers), default=1),
    )


def undetermined_before(
    doc: Doc, cues: ArgCues, start: int, count: int, floor: int | None = None
) -> list[str]:
    """Up to ``count`` words before ``start`` (from ``floor``, not past punctuation), nearest last,
    less the determiners that end them ("by the advancing", "to fight the")."""
    words = doc.tokens.before(start, count, floor=floor, stops=word_stops())
    while words and words[-1] in cues.determiners:
        words.pop()
    return words
