"""Mentions of one happening (same type and mode, compatible actors, no actor on both sides, no sides
paired that no clause pairs, place and date, shared content where the type is told apart by it, and
the same sentence, the same named actor, the same generic actor and target, the same actor in an act
one does once (a suicide attack), or for a killing or an arrest the same named person it is done to)
are merged into one event with every evidence span; a rally and the riot it turned into, told in one
sentence, are one riot. A headline and a story sentence that state the same toll ("काबुल में आत्मघाती
हमला, 31 की मौत" and "... आत्मघाती धमाके में 31 लोगों की मौत हो गई") are one happening too: its toll
counted once, its finer place and mode kept; so are a headline's event with no toll and the story's
first mention of its type, where they are alike (the headline tells the lead: "जलालाबाद में फियादीन
हमला" and "जलालाबाद शहर स्थित भारतीय दूतावास पर फिदायीन हमला हुआ"); so are two story sentences that
state the same toll ("फायरिंग में 4 लोगों के घायल होने की खबर है" and "गोलीबारी में घायल चार लोगों में
से एक"), where nothing else joins them."""

from __future__ import annotations

from bisect import insort
from dataclasses import replace

from khabar.extractors.events.alike import alike
from khabar.extractors.events.clauses import HEADLINE_CHARS
from khabar.extractors.events.mentions import Mention
from khabar.extractors.events.steps import finer, finer_place, one_place, stronger
from khabar.knowledge.crosswalk import once_by_actor, once_to_a_person

LEAD_SENTENCES = 3  # the headline tells an event of the first sentences with events (its own counted)
HEADLINE_TOLL = 3  # a toll of at least this many, in a headline and a story sentence, tells one happening


def _same_toll(kept: Mention, new: Mention) -> bool:
    """Do two mentions state one toll: equal numbers of every kind both count, one of them at least
    ``HEADLINE_TOLL``?"""
    a, b = kept.totals(), new.totals()
    shared = a.keys() & b.keys()
    return any(a[k] >= HEADLINE_TOLL for k in shared) and all(a[k] == b[k] for k in shared)


def _same_happening(kept: Mention, new: Mention, *, retold: bool = False) -> bool:
    """Do two mentions tell one happening; ``retold``: a headline's and a story sentence's with the
    same toll, which need no shared sentence or actor nor the same mode (the headline's is kept: "a
    suicide attack" told as "a blast"), and may name a town and its country."""
    if not alike(kept, new, retold=retold):
        return False
    ks = kept.source.key if kept.source else None
    # across sentences only a named actor (an entity, not a generic one: "protesters") identifies a happening
    named = (
        kept.source is not None
        and new.source is not None
        and kept.source.entity is not None
        and kept.source.entity_type != "GROUP"
        and ks == new.source.key
        and _one_target(kept, new)
    )
    # ... or a generic one acting on the same target in one place ("नक्सलियों ने गश्ती दल पर हमला किया", twice)
    paired = (
        ks is not None
        and new.source is not None
        and ks == new.source.key
        and kept.target is not None
        and new.target is not None
        and kept.target.entity is not None
        and kept.target.entity == new.target.entity
        and one_place(kept.location, new.location)
    )
    # ... or, for an act done to a person once (a killing, an arrest), the same named person in one place
    undergone = (
        _undergoer(kept) is not None
        and _undergoer(kept) == _undergoer(new)
        and one_place(kept.location, new.location)
    )
    # ... or an act its actor does once ("आत्मघाती हमलावर ने ... हमला कर दिया", "... आत्मघाती हमलावर ने खुद को
    # उड़ा लिया"), the same actor acting so, on no two targets, in one place, not told as another ("एक और")
    once = (
        not new.another
        and ks is not None
        and new.source is not None
        and ks == new.source.key
        and kept.coding.mode == new.coding.mode in once_by_actor()
        and _one_target(kept, new)
        and one_place(kept.location, new.location)
    )
    if not (named or paired or undergone or retold or once) and kept.clause.sentence != new.clause.sentence:
        return False
    return not _joined_sides(kept, new) and not _own_tolls(kept, new)


def _one_target(kept: Mention, new: Mention) -> bool:
    """Can two mentions of one actor's acts be one act by whom they are done to: no target on one of
    them, the same, or one country named by its name and by a place of it ("urged Turkey" and "called
    on Ankara")? An actor who meets Nitish Kumar one day and Sonia Gandhi the next met twice."""
    a, b = kept.target, new.target
    if a is None or b is None or a.key == b.key:
        return True
    kinds = {a.entity_type, b.entity_type}  # a country and one of its places, not two places of it
    return kinds == {"COUNTRY", "PLACE"} and a.country is not None and a.country == b.country


def _own_tolls(kept: Mention, new: Mention) -> bool:
    """Do two clauses of one sentence each state their own toll of one kind, with different numbers
    ("संसद में हमले से एक सुरक्षाकर्मी की मौत हो गई, जबकि दरगाह पर हुए हमले ने कई लोगों की जान ले ली"):
    two happenings, each with its toll, not one toll added up."""
    if kept.clause == new.clause or kept.clause.sentence != new.clause.sentence:
        return False
    a, b = kept.totals(), new.totals()
    return any(a[k] != b[k] for k in a.keys() & b.keys())


def _undergoer(m: Mention) -> str | None:
    """The named person an act done to a person once ("अमित जेठवा की हत्या") is done to; else None."""
    target = m.target
    if target is None or target.entity_type != "PERSON" or m.coding.type not in once_to_a_person():
        return None
    return target.entity


def _joined_sides(kept: Mention, new: Mention) -> bool:
    """Would merging two clauses that each name actors, and none in common, pair a source of one with a
    target of the other that no clause pairs ("a Turkish assault ... the alliance fighting Isis": Turkey
    did not fight Isis there)?"""
    if kept.clause == new.clause:
        return False
    keys = [{a.key for a in (m.source, m.target) if a is not None} for m in (kept, new)]
    return bool(keys[0]) and bool(keys[1]) and not keys[0] & keys[1]


MERGE_WINDOW = 64  # at most this many of the latest events of one sentence, or one actor, are hosts


class _Hosts:
    """The events kept so far, by where a later mention may join them: their sentence, for a named
    actor their type, negation, modality and actor (across sentences only a named actor identifies a
    happening), and those with a toll, the headline's and the story's (which a later sentence may tell
    again). Each list holds positions in the order of the kept events."""

    def __init__(self, headline_end: int) -> None:
        self.kept: list[Mention] = []
        self.by_sentence: dict[tuple[int, int], list[int]] = {}
        self.by_actor: dict[tuple[str, bool, str, str | None], list[int]] = {}
        self.by_undergoer: dict[tuple[str, bool, str, str], list[int]] = {}
        self.headline_end = headline_end
        self.headline: list[int] = []  # headline events with a toll
        # headline events with no toll (a toll tells its own: ``_same_toll``), by type, until the story
        # tells the type (a first line longer than ``HEADLINE_CHARS`` is a paragraph, no headline)
        self.leads: dict[str, list[int]] = {}
        self.tolled: list[int] = []  # story events with a toll

    @staticmethod
    def _actor(m: Mention) -> tuple[str, bool, str, str | None] | None:
        """Where ``m`` is filed by its actor: type, negation, modality and actor key."""
        return None if m.source is None else (m.coding.type, m.predicate.negated, m.modality, m.source.key)

    def add(self, m: Mention) -> None:
        self.by_sentence.setdefault(m.clause.sentence, []).append(len(self.kept))
        if m.counts:
            (self.headline if self.in_headline(m) else self.tolled).append(len(self.kept))
        if self.in_headline(m) and not m.counts and self.headline_end <= HEADLINE_CHARS:
            self.leads.setdefault(m.coding.type, []).append(len(self.kept))
        self.kept.append(m)
        self.named(len(self.kept) - 1)
        self.undergone(len(self.kept) - 1)

    def in_headline(self, m: Mention) -> bool:
        return m.hit.end <= self.headline_end

    def named(self, at: int) -> None:
        """File the kept event at position ``at`` under its named actor (an entity), if it has one."""
        kept = self.kept[at]
        if kept.source is not None and kept.source.entity is not None:
            insort(self.by_actor.setdefault(self._actor(kept), []), at)

    @staticmethod
    def _undergoer_key(m: Mention) -> tuple[str, bool, str, str] | None:
        """Where ``m`` is filed by the named person it is done to: type, negation, modality and person."""
        person = _undergoer(m)
        return None if person is None else (m.coding.type, m.predicate.negated, m.modality, person)

    def undergone(self, at: int) -> None:
        """File the kept event at position ``at`` under the named person it is done to, if any."""
        if (key := self._undergoer_key(self.kept[at])) is not None:
            insort(self.by_undergoer.setdefault(key, []), at)

    def host(self, m: Mention) -> tuple[int, bool] | None:
        """Position of the first kept event, among the latest ones of its sentence, of its actor and of
        the headline, that reports the same happening as ``m``, and whether it is the headline's
        retold (the same toll, or the story's first mention of the headline's type, alike: the
        headline tells the story's lead); else of the latest story events with a toll, one that ``m`` tells
        again with the same toll in another sentence."""
        same_sentence = self.by_sentence.get(m.clause.sentence, [])[-MERGE_WINDOW:]
        actor = self._actor(m)
        same_actor = self.by_actor.get(actor, [])[-MERGE_WINDOW:] if actor else []
        _undergoer = self._undergoer_key(m)
        same_undergoer = self.by_undergoer.get(_undergoer, [])[-MERGE_WINDOW:] if _undergoer else []
        headline = [] if not m.counts or self.in_headline(m) else self.headline[:MERGE_WINDOW]
        lead = [] if self.in_headline(m) or m.another else self.leads.pop(m.coding.type, [])[:MERGE_WINDOW]
        if not self.in_headline(m) and len(self.by_sentence) > LEAD_SENTENCES:
            lead, self.leads = [], {}  # the story's lead is told: the headline's events wait no longer
        for at in sorted({*same_sentence, *same_actor, *same_undergoer, *headline, *lead}):
            kept = self.kept[at]
            retold = (at in headline and _same_toll(kept, m)) or (at in lead and alike(kept, m))
            if _same_happening(kept, m, retold=retold):
                return at, retold
        if not m.counts or self.in_headline(m):
            return None
        for at in self.tolled[-MERGE_WINDOW:]:
            kept = self.kept[at]
            if (
                kept.clause.sentence != m.clause.sentence
                and _same_toll(kept, m)
                and _same_happening(kept, m, retold=True)
            ):
                return at, True
        return None


def merge(mentions: list[Mention], headline_end: int = 0) -> list[Mention]:
    """One mention per happening: later mentions add their evidence to the first compatible one (of
    the latest ``MERGE_WINDOW`` of its sentence or actor, or the first of the headline, which ends at
    ``headline_end``, so that the work stays linear). A toll the headline or an earlier sentence states
    is not counted again from a later sentence; counts of one sentence add up ("dozens of protesters
    and about 20 security personnel were killed"), unless a later mention tells the same number again."""
    hosts = _Hosts(headline_end)
    for m in mentions:
        found = hosts.host(m)
        if found is None:
            hosts.add(m)
            continue
        at, retold = found
        host = hosts.kept[at]
        host.evidence.extend(m.evidence)
        host.merged_hits += [m.hit, *m.merged_hits]
        if retold or m.clause.sentence != host.clause.sentence:  # a toll told again is not added
            counted = host.totals().keys()
            host.counts.update((key, n) for key, n in m.counts.items() if key[2] not in counted)
            host.location = finer_place(host.location, m.location)
        else:  # one toll twice in a sentence: a headline glued to its story ("हमला, 12 की मौत ...")
            told = {(what, n) for (_, _, what), n in host.counts.items()}
            host.counts.update((key, n) for key, n in m.counts.items() if (key[2], n) not in told)
        if host.counts and at not in hosts.headline and at not in hosts.tolled:
            insort(hosts.tolled, at)  # a headline's event with the toll of its story's lead: told again later
        host.content |= m.content
        host.fatal = host.fatal or m.fatal
        if host.source is None and m.source is not None and not host.kept_no_order_against(m.source):
            host.source, host.source_via = m.source, m.source_via
            hosts.named(at)
        if host.target is None and m.target is not None:
            host.target, host.target_entity = m.target, m.target_entity
            hosts.undergone(at)
        host.location = host.location or m.location
        if host.date is None or (not host.date_in_clause and m.date_in_clause):
            host.date, host.date_in_clause = m.date or host.date, m.date_in_clause
        host.coding = (
            stronger(host.coding, m.coding)
            or finer(host.coding, m.coding)
            or replace(host.coding, mode=host.coding.mode or m.coding.mode)
        )
        if host.acled is None and m.coding.mode == host.coding.mode:
            host.acled = m.acled  # (a refinement of a mention with no mode is none of a moded one's)
        host.uncertain = host.uncertain and m.uncertain
    return hosts.kept
