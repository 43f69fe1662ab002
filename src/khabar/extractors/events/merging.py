"""Mentions of one happening (same type and mode, compatible actors, no actor on both sides, no sides
paired that no clause pairs, place and date, shared content where the type is told apart by it, and
the same actor or the same sentence) are merged into
one event with every evidence span; a rally and the riot it turned into, told in one sentence, are one
riot."""

from __future__ import annotations

from bisect import insort
from dataclasses import replace

from khabar.extractors.events.lexicon import Coding
from khabar.extractors.events.mentions import Mention
from khabar.knowledge.crosswalk import escalations


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def stronger(a: Coding, b: Coding) -> Coding | None:
    """Of two codings of one type whose modes escalate (a rally, a riot), the stronger one."""
    steps = escalations().get(a.type, {})
    if steps.get(a.mode or "") == b.mode:
        return b
    if steps.get(b.mode or "") == a.mode:
        return a
    return None


def _same_happening(kept: Mention, new: Mention) -> bool:
    ck, cn = kept.coding, new.coding
    if ck.type != cn.type:
        return False
    if not _compatible(ck.mode, cn.mode) and not (
        kept.clause.sentence == new.clause.sentence and stronger(ck, cn) is not None
    ):
        return False
    if (kept.predicate.negated, kept.modality) != (new.predicate.negated, new.modality):
        return False
    if kept.content and new.content and not kept.content & new.content:
        return False  # two agreements: to open a border, to buy gas
    ks, ns = (kept.source.key if kept.source else None), (new.source.key if new.source else None)
    if not _compatible(ks, ns):
        return False
    # across sentences only a named actor (an entity, not a generic one: "protesters") identifies a happening
    named = (
        kept.source is not None
        and new.source is not None
        and kept.source.entity is not None
        and kept.source.entity_type != "GROUP"
        and ks == ns
    )
    if not named and kept.clause.sentence != new.clause.sentence:
        return False
    kt = kept.target.country if kept.target else None
    nt = new.target.country if new.target else None
    if not _compatible(kt, nt) or _crossed(kept, new) or _joined_sides(kept, new):
        return False
    kl, nl = kept.location, new.location
    if kl and nl and kl.id != nl.id and kl.country != nl.country:
        return False
    kd = kept.date.value if kept.date and kept.date_in_clause else None
    nd = new.date.value if new.date and new.date_in_clause else None
    return _compatible(kd, nd)


def _joined_sides(kept: Mention, new: Mention) -> bool:
    """Would merging two clauses that each name actors, and none in common, pair a source of one with a
    target of the other that no clause pairs ("a Turkish assault ... the alliance fighting Isis": Turkey
    did not fight Isis there)?"""
    if kept.clause == new.clause:
        return False
    keys = [{a.key for a in (m.source, m.target) if a is not None} for m in (kept, new)]
    return bool(keys[0]) and bool(keys[1]) and not keys[0] & keys[1]


def _crossed(kept: Mention, new: Mention) -> bool:
    """Does one mention's source stand as the other's target ("Israeli bombing" and "Israelis killed in
    a Hamas attack" are two happenings, not one where Israel is both sides)?"""
    pairs = ((kept.source, new.target), (kept.target, new.source))
    return any(a is not None and b is not None and a.key == b.key for a, b in pairs)


MERGE_WINDOW = 64  # at most this many of the latest events of one sentence, or one actor, are hosts


class _Hosts:
    """The events kept so far, by where a later mention may join them: their sentence, and for a
    named actor, their type, negation, modality and actor (across sentences only a named actor
    identifies a happening). Each list holds positions in the order of the kept events."""

    def __init__(self) -> None:
        self.kept: list[Mention] = []
        self.by_sentence: dict[tuple[int, int], list[int]] = {}
        self.by_actor: dict[tuple[str, bool, str, str | None], list[int]] = {}

    @staticmethod
    def _actor(m: Mention) -> tuple[str, bool, str, str | None] | None:
        """Where ``m`` is filed by its actor: type, negation, modality and actor key."""
        return None if m.source is None else (m.coding.type, m.predicate.negated, m.modality, m.source.key)

    def add(self, m: Mention) -> None:
        self.by_sentence.setdefault(m.clause.sentence, []).append(len(self.kept))
        self.kept.append(m)
        self.named(len(self.kept) - 1)

    def named(self, at: int) -> None:
        """File the kept event at position ``at`` under its named actor (an entity), if it has one."""
        kept = self.kept[at]
        if kept.source is not None and kept.source.entity is not None:
            insort(self.by_actor.setdefault(self._actor(kept), []), at)

    def host(self, m: Mention) -> int | None:
        """Position of the first kept event, among the latest ones of its sentence and of its actor,
        that reports the same happening as ``m``."""
        same_sentence = self.by_sentence.get(m.clause.sentence, [])[-MERGE_WINDOW:]
        actor = self._actor(m)
        same_actor = self.by_actor.get(actor, [])[-MERGE_WINDOW:] if actor else []
        for at in sorted({*same_sentence, *same_actor}):
            if _same_happening(self.kept[at], m):
                return at
        return None


def merge(mentions: list[Mention]) -> list[Mention]:
    """One mention per happening: later mentions add their evidence to the first compatible one (of
    the latest ``MERGE_WINDOW`` of its sentence or actor, so that the work stays linear)."""
    hosts = _Hosts()
    for m in mentions:
        at = hosts.host(m)
        if at is None:
            hosts.add(m)
            continue
        host = hosts.kept[at]
        host.evidence.extend(m.evidence)
        host.merged_hits += [m.hit, *m.merged_hits]
        host.counts.update(m.counts)
        host.content |= m.content
        host.fatal = host.fatal or m.fatal
        if host.source is None and m.source is not None:
            host.source, host.source_via = m.source, m.source_via
            hosts.named(at)
        if host.target is None and m.target is not None:
            host.target, host.target_entity = m.target, m.target_entity
        host.location = host.location or m.location
        if host.date is None or (not host.date_in_clause and m.date_in_clause):
            host.date, host.date_in_clause = m.date or host.date, m.date_in_clause
        host.coding = stronger(host.coding, m.coding) or replace(
            host.coding, mode=host.coding.mode or m.coding.mode
        )
        host.acled = host.acled or m.acled
        host.uncertain = host.uncertain and m.uncertain
    return hosts.kept
