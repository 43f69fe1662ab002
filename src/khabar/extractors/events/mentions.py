"""What the event stage works on: one mention per predicate, with its arguments as they are attached,
and what every mention of one article reads, gathered once."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.doc import Doc
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import Clause
from khabar.extractors.events.lexicon import Coding, Trigger
from khabar.extractors.events.predicates import Predicate
from khabar.extractors.events.triggers import Hit
from khabar.knowledge.crosswalk import private_sectors
from khabar.schema import Count, DateMention, Entity, Quote
from khabar.text.ranges import ByStart

CountKey = tuple[int, int, str]  # one entry per Count record: start, end, what


@dataclass(slots=True)
class Mention:
    predicate: Predicate
    coding: Coding
    modality: str
    uncertain: bool
    source: Candidate | None = None
    source_via: Candidate | None = None  # the pronoun or anaphor that stands for the source
    target: Candidate | None = None
    target_entity: str | None = None
    target_via: Candidate | None = None  # a first-person pronoun that stands for the target (its speaker)
    location: Entity | None = None
    location_in_clause: bool = False
    date: DateMention | None = None
    date_in_clause: bool = False
    another_time: bool = False  # its clause's date is told as another time ("5 मई को भी"): a second act
    # a word of its clause before it names another happening than one told ("एक अन्य हमले में", "पिछले
    # छह सालों से ... हमलों"): no happening told before, nor the headline's, told again
    another: bool = False
    counts: dict[CountKey, int] = field(default_factory=dict)
    counted: bool = False  # its clause states a count (its own or not): an anchor for a bare noun
    background: bool = False  # it states a cumulative toll ("the war has killed 500,000"): no news of the day
    attributed_to: str | None = None
    acled: str | None = None  # an ACLED sub-event type named by the words themselves
    content: frozenset[str] = frozenset()  # content words after the trigger, for types told apart by them
    evidence: list[tuple[int, int]] = field(default_factory=list)
    merged_hits: list[Hit] = field(default_factory=list)  # the triggers of mentions merged into it
    absorbable: bool = False
    absorbed: bool = False  # a death or injury with no agent was added to it
    fatal: bool = False  # a death is stated of it (its words, or a death added to it)
    dropped: bool = False

    def totals(self) -> dict[str, int]:
        """The toll by what is counted (killed, injured ...), its counts of each clause added up."""
        totals: dict[str, int] = {}
        for (_, _, what), value in self.counts.items():
            totals[what] = totals.get(what, 0) + value
        return totals

    @property
    def hit(self) -> Hit:
        return self.predicate.hit

    def kept_no_order_against(self, actor: Candidate) -> bool:
        """Whether an actor found for this mention's word of inaction is whom order was not kept against:
        one its words name ("the mob was allowed to") or private people ("the mob went on the rampage
        without any police intervention": keeping order is no one's private duty)."""
        if not self.trigger.inaction:
            return False
        return self.hit.start <= actor.start < self.hit.end or actor.sector in private_sectors()

    @property
    def trigger(self) -> Trigger:
        return self.predicate.trigger

    @property
    def clause(self) -> Clause:
        return self.predicate.clause


@dataclass(slots=True)
class Context:
    """What every mention of one article reads, gathered once and indexed by position."""

    doc: Doc
    candidates: ByStart[Candidate]
    entities: dict[str, Entity]
    dates: ByStart[DateMention]  # less those that bound a period ("since 2016")
    counts: ByStart[Count]
    quotes: ByStart[Quote]
    claims: ByStart[Hit]
    according: ByStart[Hit]
    owners: dict[CountKey, tuple[Predicate, bool]] = field(default_factory=dict)  # see count_owners
    noun_dates: frozenset[int] = frozenset()  # starts of dates that only date the noun after them
    countries: dict[str, Entity] = field(default_factory=dict)  # the first country entity of each ISO3
    named: dict[str | None, ByStart[Candidate]] = field(default_factory=dict)  # by entity type
    of_entity: dict[str, ByStart[Candidate]] = field(default_factory=dict)  # each entity's candidates
    triggers: ByStart[Hit] = field(default_factory=lambda: ByStart([]))  # the event words, by position

    @classmethod
    def of(
        cls,
        doc: Doc,
        candidates: list[Candidate],
        owners: dict[CountKey, tuple[Predicate, bool]],
        roles: dict[int, str | None],
    ) -> Context:
        """``roles``: each date's role by its start (see ``dates.date_role``)."""
        return cls(
            doc,
            ByStart(candidates),
            {e.id: e for e in doc.entities},
            ByStart(d for d in doc.dates if roles[d.start] != "period"),
            ByStart(doc.counts),
            ByStart(doc.quotes),
            ByStart(h for h in doc.event_hits if h.kind == "claim"),
            ByStart(h for h in doc.event_hits if h.kind == "according"),
            owners,
            frozenset(start for start, role in roles.items() if role == "attribute"),
            triggers=ByStart(h for h in doc.event_hits if h.kind == "trigger"),
        )

    def __post_init__(self) -> None:
        for entity in self.entities.values():
            if entity.type == "COUNTRY" and entity.country:
                self.countries.setdefault(entity.country, entity)
        named: dict[str | None, list[Candidate]] = {}
        of_entity: dict[str, list[Candidate]] = {}
        for a in self.candidates.items:
            if a.kind == "entity":
                named.setdefault(a.entity_type, []).append(a)
                if a.entity is not None:
                    of_entity.setdefault(a.entity, []).append(a)
        self.named = {kind: ByStart(items) for kind, items in named.items()}
        self.of_entity = {entity: ByStart(items) for entity, items in of_entity.items()}

    def within(self, lo: int, hi: int) -> list[Candidate]:
        """Candidates wholly inside ``[lo, hi)``, in text order."""
        return self.candidates.within(lo, hi)
