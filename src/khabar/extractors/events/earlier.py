"""A happening told again by a definite noun: a noun of an event type after a demonstrative or a
definite article, right before it or before a place's name, or after a day's possessive ("the attack",
"these killings", "the Manchester attack", "Sunday's attack"), with no actor of its own, names the
article's event of its type told within the ``WINDOW`` sentences before it, where that is unambiguous:
each event of the type told there can be the same happening as the noun and as the one it joins
(type, mode, negation and modality, place, date, sides, no two targets), none of them in the noun's
own sentence (``merging`` reads that), and one actor, no more, acts in them. The noun joins the event
of that actor, adding its evidence, toll and target ("Gunmen stormed a mosque in Mubi on Friday. ...
The attack killed 50 worshippers": one assault by the gunmen, 50 killed). Nearer references (an
unanchored noun, "this attack") are ``referring.referent``'s."""

from __future__ import annotations

from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.merging import alike
from khabar.extractors.events.noun_actors import word_gap
from khabar.extractors.events.referring import after_demonstrative, refer_back
from khabar.extractors.events.syntax import arg_cues

WINDOW = 4  # sentences before the noun's own in which the happening it names again is told
CROWD = 8  # more events of the type than this in the window: no one of them is the one named


class Told:
    """The kept events of each type, in the order told, for a later noun to name one of them again."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.by_type: dict[str, list[Mention]] = {}

    def add(self, m: Mention) -> None:
        self.by_type.setdefault(m.coding.type, []).append(m)

    def last(self, kind: str) -> Mention | None:
        """The latest kept event of type ``kind``."""
        told = self.by_type.get(kind)
        return told[-1] if told else None

    def named_again(self, m: Mention) -> Mention | None:
        """The kept event a definite noun with no actor of its own names again, if unambiguous."""
        if m.predicate.verbal or m.source is not None or m.source_via is not None:
            return None
        if not _definite(self.context, m):
            return None
        doc = self.context.doc
        floor = doc.sentence_number(m.hit.start) - WINDOW
        told: list[Mention] = []
        for kept in reversed(self.by_type.get(m.coding.type, [])):
            if doc.sentence_number(kept.hit.start) < floor:
                break
            if len(told) == CROWD:
                return None
            told.append(kept)
        host = next((k for k in told if k.source is not None), None)
        if host is None:
            return None
        if any(k.clause.sentence == m.clause.sentence for k in told):
            return None  # one sentence's mentions are ``merging``'s
        if m.location_in_clause and host.location is None:
            return None  # "the attack in New Zealand" names no attack told with no place
        if not all(_one(k, m) and _one(host, k) for k in told):
            return None
        return host


def join(host: Mention, m: Mention) -> None:
    """``m`` names ``host`` again (``filters.refer_back``), and its target is the host's where the host
    names none ("... stormed a mosque. The attack killed 50 worshippers": the worshippers)."""
    refer_back(host, m)
    if host.target is None and m.target is not None:
        host.target, host.target_entity = m.target, m.target_entity


def _one(kept: Mention, new: Mention) -> bool:
    """Can two mentions tell one happening, by all they state (``merging.alike``), aimed at no two
    different targets ("the police battling terrorists" and "the attack on parliament" are two)?"""
    a, b = kept.target, new.target
    return alike(kept, new) and (a is None or b is None or a.key == b.key)


def _definite(context: Context, m: Mention) -> bool:
    """Does the noun follow a demonstrative, right before it or before a place's name right before it
    ("the Manchester attack"), or a day's possessive ("Sunday's attack", "today's attack")?"""
    doc, start, floor = context.doc, m.hit.start, m.clause.start
    if after_demonstrative(doc, start, floor):
        return True
    before = doc.tokens.before(start, 1, floor=floor, stops=word_stops())
    if before and before[-1] in arg_cues(m.hit.language).possessive:
        day = context.dates.last_ending(start)
        return day is not None and day.start >= floor and word_gap(context, day.end, start) <= 1
    place = context.candidates.last_ending(start)
    return (
        place is not None
        and place.entity_type == "PLACE"
        and place.start >= floor
        and word_gap(context, place.end, start) == 0
        and after_demonstrative(doc, place.start, floor)
    )
