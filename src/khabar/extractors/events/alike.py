"""Whether two mentions can tell one happening by all they state: the same type, a compatible mode,
negation and modality, shared content where the type is told apart by it, compatible actors on each side
and none standing on both, one place and date. What identifies one happening (a sentence, a named
actor, a toll told again) is ``merging``'s."""

from __future__ import annotations

from khabar.extractors.events.mentions import Mention
from khabar.extractors.events.steps import one_place, stronger


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def alike(kept: Mention, new: Mention, *, retold: bool = False) -> bool:
    """Can two mentions tell one happening, by all they state (not by what identifies it): the same
    type, a compatible mode (any, ``retold``), negation and modality, shared content where the type
    is told apart by it, compatible actors on each side and none on both, one place and date."""
    ck, cn = kept.coding, new.coding
    if ck.type != cn.type:
        return False
    if not (retold or _compatible(ck.mode, cn.mode)) and not (
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
    kt = kept.target.country if kept.target else None
    nt = new.target.country if new.target else None
    if not _compatible(kt, nt) or _crossed(kept, new):
        return False
    kl, nl = kept.location, new.location
    if retold and not one_place(kl, nl):
        return False
    if kl and nl and kl.id != nl.id and kl.country != nl.country:
        return False
    kd = kept.date.value if kept.date and kept.date_in_clause else None
    nd = new.date.value if new.date and new.date_in_clause else None
    if (kept.another_time or new.another_time) and not (kd and nd):
        return False  # "X attacked ...; X had attacked on 5 May too": two attacks
    return _compatible(kd, nd)


def _crossed(kept: Mention, new: Mention) -> bool:
    """Does one mention's source stand as the other's target ("Israeli bombing" and "Israelis killed in
    a Hamas attack" are two happenings, not one where Israel is both sides)? Where one mention's own
    sides are one state's (a president and his defence secretary), the entities tell who is who."""
    domestic = any(
        m.source is not None and m.target is not None and m.source.key == m.target.key for m in (kept, new)
    )
    pairs = ((kept.source, new.target), (kept.target, new.source))
    return any(
        a is not None
        and b is not None
        and (a.entity is not None and a.entity == b.entity if domestic else a.key == b.key)
        for a, b in pairs
    )
