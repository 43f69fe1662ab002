"""Forces sent abroad: a mobilisation whose sentence says it helps or keeps the peace in another country
is military aid to that country (read by ``arguments``)."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import contains, word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues


def sent_abroad(context: Context, mention: Mention, candidates: list[Candidate], cues: ArgCues) -> None:
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
        for a in candidates
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
