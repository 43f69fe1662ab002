"""Language data of the event coder: trigger words with their coding, refinements, grammar cues."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator, model_validator

from khabar.knowledge.crosswalk import acled_sub_events, contexts
from khabar.lang.models.base import Flag, Strict, Topic, Word, Words
from khabar.schema import EntityType


class Modality(Strict):
    before: Words = ()
    after: Words = ()
    suffixes: Words = ()


class EventGrammar(Strict):
    """Markers and cue words the clause reader and argument attachment look at."""

    agent: Words = ()
    by: Words = ()
    object: Words = ()
    genitive: Words = ()
    oblique: Words = ()
    possessor: Words = ()
    # nouns of a body's people or units ("टीमें", "कार्यकर्ता"): after an actor and its genitive, with no marker
    # of their own, they are their clause's subject, and the owner acts through them
    owned_subjects: Words = ()
    taken_from: Words = ()  # whom a noun taken or received comes from ("X को अमरीका से मदद मिली")
    # verbs of going or coming after a light verb of taking: the noun is carried, given ("राहत सामग्री लेकर
    # रवाना हुई": the subject brings the relief, it does not receive it)
    carrying: Words = ()
    target_prepositions: Words = ()
    light_verbs: Words = ()
    bridges: Words = ()
    auxiliaries: Words = ()
    passive: Words = ()
    progressive_suffixes: Words = ()  # "is fighting": a verb ending so after an auxiliary is not passive
    infinitive_suffixes: Words = ()
    infinitive_kept_before: Words = ()
    # verbs of compulsion after an infinitive ("इस्तीफा देना पड़ा", had to resign): the infinitive is the
    # clause's verb, and its object (को) its subject
    compelled: Words = ()
    # endings of an oblique infinitive ("रोकने"): before a postposition it opens a nonfinite clause, whose
    # object a को actor before it is ("भीड़ को रोकने के लिए पुलिस को ... पड़ा": the police had to act)
    oblique_infinitive_suffixes: Words = ()
    infinitive_before: Words = ()
    attempts: Words = ()
    # phrases a few words before "to" that make its infinitive an act told ("became the first ... to visit")
    firsts: Words = ()
    firsts_not: Words = ()  # ... unless one of these stands between ("the last chance to strike a deal")
    # words right before a form listed as a noun that make it a verb ("will attack", "would not attack",
    # "tried to attack"), with ``verb_before_skips`` between
    verb_before: Words = ()
    verb_before_skips: Words = ()
    plural_suffixes: Words = ()  # a form ending so is a noun even there ("to airstrikes")
    wielding: Words = ()  # a noun a few words after one is its user's act, as after a light verb ("used gas")
    place_modifiers: Words = ()  # skipped between a preposition and a place ("in southern Syria")
    not_destination: Words = ()
    place_nouns: Words = ()  # a country right before one names where, no actor ("on the Turkish border")
    scene_nouns: Words = ()  # ... and before one of these, whatever follows ("the Syrian war has killed")
    aid_abroad: Words = ()  # words of a protective purpose: forces sent abroad with one are military aid
    clause_breaks: Words = ()
    determiners: Words = ()
    demonstratives: Words = ()
    pointing: Words = ()  # demonstratives that point back even at a noun with anchors of its own
    articles: Words = ()  # a verb's form right after one is a noun ("a blockade imposed by X")
    indefinites: Words = ()  # a country's demonym right after one is one of its people ("a Macedonian")
    others: Words = ()  # a few words before a noun of an event in its clause: another happening
    # next to a clause's date, one tells another time than the news' ("5 मई को भी", "also on 5 May"):
    # a second act of its kind, not the one told before
    additive: Words = ()
    alternatives: Words = ()  # "or": a participle after one shares the passive before it ("dead or injured")
    # verbs of protecting, and the prepositions after them that name what is warded off ("defend X
    # against attacks"): a verb's form there is a noun the protector does not do
    shielding: Words = ()
    shielded_from: Words = ()
    possessive: Words = ()  # after an actor that owns the noun after it ("Turkey's offensive")
    leading: Words = ()  # after an actor and a hyphen: it leads the noun act after ("a Saudi-led airstrike")
    possessive_determiners: Words = ()  # "its offensive": the subject of its clause owns the noun
    kin: Words = ()  # "the wives of fighters": the genitive after one is not whom the act is done to
    incidents: Words = ()  # nouns naming any happening ("घटना"): they refer back to the last violent event
    relatives: Words = ()
    participles: Words = ()  # after a trigger and before an actor: the actor's noun phrase does it
    happening: Words = ()  # light verbs of happening ("हमला हुआ"): the noun is their subject, no agent acts
    coordinators: Words = ()  # clause breaks that join two verbs of one subject (", and")
    gerund_openers: Words = ()  # "after expelling it": the gerund after one is its main clause subject's
    gerund_prepositions: Words = ()  # ... where this or an object follows it ("by cooperating with")
    # the actor an act is laid at: before one of these ("X was responsible for the attack", "X's
    # responsibility for"), these words at most between; after one of blaming, before "for"
    responsible: Words = ()
    responsible_links: Words = ()
    responsible_denials: Words = ()  # ... and these between say the actor did not do it
    blaming: Words = ()
    done_by: Words = ()  # "a ceasefire ordered by X": between a noun and a by-phrase, X does the noun's act
    # taking part: a noun trigger right before one of ``joined_markers`` ("हमले में") whose clause goes on to
    # one of ``joined`` ("... ने हिस्सा लिया", "... शामिल थे"): its clause's subject took part in the act
    joined_markers: Words = ()
    joined: Words = ()
    # markers whose actor before the clause's agent heads a phrase set before the subject ("बीबीसी से बातचीत
    # में X ने", "अमरीका से लौटने के बाद X ने"): no far target of the clause's noun
    fronted: Words = ()
    origins: Words = ()  # "a missile from Syria struck X": a place so marked before a verb is no event place
    object_relatives: Words = ()  # "whom", जिन्हें: what they refer back to is the object
    clefts: Words = ()  # "it was": a subject relative after it and its focus refers back to the focus
    possessive_relatives: Words = ()  # "whose": what they refer back to owns the noun after them
    quantities: Words = ()
    pronouns: dict[Word, Word | None] = Field(
        default_factory=dict
    )  # pronoun -> the role its form marks (agent), or none
    anaphors: dict[Word, EntityType] = Field(default_factory=dict)
    speakers: Words = ()  # pronouns (of ``pronouns``) that stand for the speaker of their quotation: "we", हम
    personal: Words = ()  # subject pronouns (of ``pronouns``) that stand for a person: "he", "she"
    claims: Words = ()
    addressed_claims: Words = ()  # claims whose object is whom they are told to ("told reporters")
    according: Words = ()
    # words right before an act that make it what someone is suspected of or charged with ("arrested three
    # men suspected of killing a journalist"): alleged, and not done by the actor of their clause
    suspicion: Words = ()
    # words after an accusation's target that open what it alleges ("accused X of", "blamed X for", "charged X
    # with"); none: the genitive
    alleged_content: Words = ()
    negation: Words = ()
    negation_suffixes: Words = ()
    # markers right after a noun that make it refused or denied: negated ("रिहाई से इनकार")
    refusals: Words = ()
    # verb forms of the subjunctive or imperative mood: an act told in one is demanded, wished or urged
    # ("मांग की कि कैदियों को रिहा किया जाए", "demanded that the prisoners be released"), no event; where
    # markers follow nouns the last verb of its clause (``subjunctive_tails`` after it: "करें या नहीं"),
    # else the word right before the verb
    subjunctive: Words = ()
    subjunctive_tails: Words = ()
    not_negation: Words = ()
    uncertainty: Words = ()
    hedges: Words = ()  # "is believed to": the acts after one in its clause are uncertain
    modality: dict[Word, Modality] = Field(default_factory=dict)
    # what states no event: a question, a conditional clause (opened by ``conditionals``, closed by
    # ``conditional_ends`` or clause punctuation) or an embedded question, the headline of another
    # story after a ``related_links`` cue, a participle after ``adjective_before`` ("the detained
    # activists"), a noun before one of ``compound_heads`` ("attack helicopters"), a noun after one of
    # ``hypothetical_before`` ("any attack would be reckless")
    questions: Words = ()
    conditionals: Words = ()
    conditional_ends: Words = ()
    # an embedded question ("declined to comment on whether X would attack"), up to the end of its clause
    embedded_questions: Words = ()
    related_links: Words = ()
    participle_suffixes: Words = ()  # also: "released a pastor detained for two years", a reduced relative
    adjective_before: Words = ()
    compound_heads: Words = ()
    hypothetical_before: Words = ()
    # phrases that make an act of a relative clause a state lasting years, background, not news ("the PKK,
    # which has fought a decades-long insurgency"); "{a,b}" patterns
    lasting: Words = ()
    # PLOVER types coded only with a recipient (its manual: "Requires recipient: Yes"), where the language's
    # cues find recipients: told with no target, no event ("ग्रामीणों के सहयोग से आग पर काबू पाया")
    recipient_required: Words = ()
    # words right after a fight with no actor: what it is fought against or for is no one ("the battle
    # against the virus", "women's long fight to access family planning"): no attack
    struggles: Words = ()
    # phrases that name an ally, not whom an act is done to ("fighting on the side of Assad's regime",
    # "alongside the Assad regime"): the actor a few words after one is no target
    allies: Words = ()
    # an actor marked by one of ``comitatives`` is an ally where one of ``adversatives`` marks another actor
    # after it in the clause ("fought with the Syrian army against Isis": Isis is fought, the army is an ally)
    comitatives: Words = ()
    adversatives: Words = ()
    # a verb of a main clause after a conditional clause that makes its act a consequence ("If ..., it
    # would be the most lethal clash"): no event
    consequences: Words = ()
    # a bare noun that opens its sentence as the subject of a verb in the past tells a happening ("A general
    # strike paralysed the capital", "Heavy shelling hit Sarajevo"): the past verbs that do not end in one of
    # ``participle_suffixes``, and the participles that tell of something to come ("Protests planned for ...")
    subject_past: Words = ()
    subject_not_past: Words = ()
    # nouns naming any happening ("घटना", "the incident"): after a demonstrative they refer back
    generic_events: Words = ()
    # a symmetric act named with a coordinated pair: the marker before it (English "between A and B")
    # or after it (Hindi "A और B के बीच"), and the PLOVER types of such acts (A acts, B receives)
    between: Words = ()
    # the word between an amount and the noun it is of ("pledged $5 million in aid"): the amount's verb
    # is the noun's light verb, and its subject the noun's actor
    amount_of: Words = ()


class Coding(Strict):
    """A PLOVER type with its mode, CAMEO code and contexts."""

    type: Word
    mode: Word | None = None
    cameo: Word | None = None
    context: Words = ()


class Concept(Coding):
    """An event concept of ``data/event_concepts.yaml``: its coding, the same in every language."""

    abroad: Coding | None = None  # the coding when the destination is another country
    acled: Word | None = None


class EventConcepts(Strict):
    """``data/event_concepts.yaml``: concept id -> coding."""

    concepts: dict[Word, Concept]


class TriggerEntry(Strict):
    """Words of one language that name an event concept: verbs (``cue``) and nouns, with the
    conditions on them."""

    concept: Word
    cue: Words = ()
    nouns: Words = ()
    intransitive: Flag = False
    casualty: Flag = False
    fatal: Flag = False  # the words state a death ("killed", "died", "मारे गए"), not an injury
    embeds: Flag = False
    specific: Flag = False
    inaction: Flag = False  # the words say the act was not done ("looked the other way"): negated
    undergoer: Flag = False
    patient_genitive: Flag = False
    alleges: Flag = False  # an event it names in the genitive is alleged, done by whom it accuses
    target_markers: Words = ()  # markers that name its target beside the language's (से: "X से मुलाकात")
    far_target_markers: Words = ()  # ... anywhere before it in its clause (पर: "X पर ... का आरोप लगाया")
    agent_markers: Words = ()  # the marker of its agent after it ("fell to": "X fell to Y", Y acts on X)
    needs: Words = ()
    # what is sent or posted: a ``needs`` word counts only as what is sent, not as the agent that sends
    # ("पुलिस ने शव को पोस्टमार्टम के लिए भेज दिया": the police send a body, no deployment)
    sent: Flag = False
    destination: Flag = False  # an arrival: an event only where its clause names a place
    official: Flag = False  # a journey: an event only where its source represents someone
    clause_agent: Flag = False  # a noun of meeting or talking: its clause's agent took part in it
    # a reported demand ("X said Y must ..."): a request only where the one who must act is named right
    # before one of its ``needs`` words and acts ("Y must withdraw"); else the speaker's opinion
    addressed: Flag = False
    paired: Flag = False  # an event only with both a source and a target ("help": no bare helping hand)
    # verbs of being or having that, first after it past a subject ("agreed (that) it was vital", "agreed
    # the regime had a pattern"), make it a view held, not an act
    opinion_verbs: Words = ()
    # "A and B clashed": a pair of subjects act each on the other, in a type whose acts may be done
    # together to a third (``reciprocal`` types of data/plover.yaml are so already)
    reciprocal: Flag = False
    unless: Words = ()
    # words that deny it in the sentences just before its own, in its paragraph ("the warehouse was
    # burning. Then three blasts were heard": the blasts are the fire's, no attack)
    unless_before: Words = ()
    # markers after an infinitive right before the noun that make it "help in doing" ("बनाने में मदद"):
    # the infinitive says what is helped along, and no actor is aided
    not_after_infinitive: Words = ()
    # light verbs with which the noun is taken, not given ("X की मदद ली": X helps, who takes is helped)
    taken_with: Words = ()
    # its target is the subject of a complement clause right after it ("मांग की कि सरकार ...": the government)
    complement_target: Flag = False


class Refinement(Strict):
    """An event of ``type`` (and one of ``modes``) whose clause holds one of ``words``, or whose target
    is an entity of one of ``target_types`` ("seized Mosul": a place), is recoded."""

    type: Word
    words: Words = ()
    target_types: Words = ()
    modes: tuple[Word | None, ...] | None = None  # None: any mode (null in the list: no mode)
    cameos: Words = ()
    sources: Words = ()
    mode: Word | None = None
    cameo: Word | None = None
    acled: Word | None = None

    @model_validator(mode="after")
    def _told_by_something(self) -> Refinement:
        if not self.words and not self.target_types:
            raise ValueError("a refinement needs words or target_types")
        return self


class Happening(Strict):
    """Words naming a happening PLOVER codes no event for (a flood, a chemical spill, a smuggling
    ring, a claim of who is to blame), of one ``kind`` and PLOVER ``context``; ``subsumes``: ACLED
    sub-event types that, told beside it, are part of it (the blast of a gas leak, arrests of smugglers);
    ``unless``: phrases that, holding one of its words, deny it ("no group has claimed responsibility")."""

    kind: Word
    context: Word | None = None
    subsumes: Words = ()
    words: Words
    unless: Words = ()

    @field_validator("context")
    @classmethod
    def _plover_context(cls, context: str | None) -> str | None:
        if context is not None and context not in contexts():
            raise ValueError(f"unknown PLOVER context {context!r} (data/plover.yaml lists them)")
        return context

    @field_validator("subsumes")
    @classmethod
    def _acled_types(cls, subsumes: tuple[str, ...]) -> tuple[str, ...]:
        if unknown := [sub for sub in subsumes if sub not in acled_sub_events()]:
            raise ValueError(f"not ACLED sub-event types: {unknown}")
        return subsumes


class Events(Topic):
    """``events.yaml``."""

    FILE: ClassVar[str] = "events"
    grammar: EventGrammar = EventGrammar()
    triggers: tuple[TriggerEntry, ...] = ()
    refine: tuple[Refinement, ...] = ()
    happenings: tuple[Happening, ...] = ()
