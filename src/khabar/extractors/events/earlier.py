"""A happening told again by a definite noun: a noun of an event type after a demonstrative or a
definite article, right before it or before a place's name, or after a day's possessive ("the attack",
"these killings", "the Manchester attack", "Sunday's attack"), with no actor of its own, names the
article's event of its type told within the ``WINDOW`` sentences before it, where that is unambiguous:
each event of the type told there can be the same happening as the noun and as the one it joins
(type, mode, negation and modality, place, date, sides, no two targets), none of them in the noun's
own sentence (``merging`` reads that), and one actor, no more, acts in them. The noun joins the event
of that actor, adding its evidence, toll and target ("Gunmen stormed a mosque in Mubi on Friday. ...
The attack killed 50 worshippers": one assault by the gunmen, 50 killed). A noun with no actor that
restates the place or day of the latest event of its type told in the window is that event too ("26
नवंबर के आतंकवादी हमले में गिरफ्तार ... 26 नवंबर के आतंकवादी हमले में ...", "पेशावर में आत्मघाती बम धमाका
... पेशावर में हुए विस्फोट की निंदा": one attack each). Nearer references (an unanchored noun, "this
attack") are ``referring.referent``'s."""

from __future__ import annotations

from khabar.extractors.events.alike import alike
from khabar.extractors.events.candidates import WITHIN
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.noun_actors import word_gap
from khabar.extractors.events.referring import after_demonstrative, refer_back
from khabar.extractors.events.syntax import arg_cues

WINDOW = 4  # sentences before the noun's own in which the happening it names again is told
DAY_WORDS = 4  # words between a date and the noun it dates ("26 नवंबर को मुम्बई में हुए आतंकवादी हमले")
CROWD = 8  # more events of the type than this in the window: no one of them is the one named


class Told:
    """The kept events of each type, in the order told, for a later noun to name one of them again."""

    def __init__(self, context: Context, headline_end: int = 0) -> None:
        self.context = context
        self.headline_end = headline_end
        self.by_type: dict[str, list[Mention]] = {}

    def add(self, m: Mention) -> None:
        self.by_type.setdefault(m.coding.type, []).append(m)

    def last(self, kind: str) -> Mention | None:
        """The latest kept event of type ``kind``."""
        told = self.by_type.get(kind)
        return told[-1] if told else None

    def named_again(self, m: Mention) -> Mention | None:
        """The kept event a definite noun with no actor of its own names again, if unambiguous."""
        if m.predicate.verbal or _own_actor(m):
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

    def restated(self, m: Mention) -> Mention | None:
        """The latest kept event of the noun's type, told in an earlier sentence of the window (none
        in the noun's own) or as the headline's first of its type, whose place, day or named target the
        noun, with no actor of its own, states again in its clause (a place within a country: a country
        names no one happening; a day before the noun, which it dates), where the noun states no other
        place or day and the two tell one happening by all they state (``_one``); none for a noun told
        as another one (``Mention.another``: "एक अन्य हमले में")."""
        if m.predicate.verbal or _own_actor(m) or m.another:
            return None
        doc = self.context.doc
        floor = doc.sentence_number(m.hit.start) - WINDOW
        where = m.location if m.location_in_clause and m.location and m.location.type != "COUNTRY" else None
        place = where.id if where else None
        day = m.date.value if m.date_in_clause and m.date is not None and self._dates_noun(m) else None
        told = self.by_type.get(m.coding.type, [])
        window = [k for k in told[-CROWD:] if doc.sentence_number(k.hit.start) >= floor]
        headline = [k for k in told[:1] if k.hit.end <= self.headline_end and k not in window]
        target = _named(m)
        for kept in [*reversed(window), *headline]:
            if kept.clause.sentence == m.clause.sentence:
                return None
            had_place = kept.location.id if kept.location else None
            had_day = kept.date.value if kept.date else None
            shared = (place and place == had_place) or (day and day == had_day)
            if shared or (target and target == _named(kept)):
                fits = place in (None, had_place) and day in (None, had_day)
                return kept if fits and _one(kept, m) else None
        return None

    def _dates_noun(self, m: Mention) -> bool:
        """Does the mention's date stand before its noun, at most ``DAY_WORDS`` words before it ("26
        नवंबर के आतंकवादी हमले", "Saturday's attack"; not "an incursion on Sunday": the day of the story)?"""
        date = m.date
        return (
            date is not None
            and date.end <= m.hit.start
            and word_gap(self.context, date.end, m.hit.start) <= DAY_WORDS
        )


def join(host: Mention, m: Mention) -> None:
    """``m`` names ``host`` again (``filters.refer_back``), and its target is the host's where the host
    names none ("... stormed a mosque. The attack killed 50 worshippers": the worshippers)."""
    refer_back(host, m)
    if host.target is None and m.target is not None:
        host.target, host.target_entity = m.target, m.target_entity


def _own_actor(m: Mention) -> bool:
    """Does the noun name an actor of its own, a source or a pronoun for one, outside its own words? One
    inside them ("आतंकवादी हमले": terrorists attacked) tells the kind of happening, as the one it restates
    does (``_one`` compares the two sources)."""
    return (m.source is not None and m.source.role != WITHIN) or m.source_via is not None


def _one(kept: Mention, new: Mention) -> bool:
    """Can two mentions tell one happening, by all they state (``alike.alike``), aimed at no two
    different targets ("the police battling terrorists" and "the attack on parliament" are two)?"""
    a, b = kept.target, new.target
    return alike(kept, new) and (a is None or b is None or a.key == b.key)


def _named(m: Mention) -> str | None:
    """The named target (an entity, not a generic group) of a mention, if any."""
    target = m.target
    return target.entity if target is not None and target.entity_type != "GROUP" else None


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
