"""Taking part is doing, where markers follow nouns: a noun trigger right before a marker of taking part
(``joined_markers``: "हमले में") whose clause goes on to a phrase of taking part (``joined``: "हिस्सा
लिया", "शामिल थे") was done by whoever took part in it: the clause's agent ("हमले में फ़हीम अंसारी ने
हिस्सा लिया", "उन्होंने युद्ध में भी हिस्सा लिया"), else its first unmarked actor before the phrase
("आडवाणी ... बैठक में शामिल थे"), no place and none right before the noun, which qualifies it ("इशरत
जहां मुठभेड़ में": the one it was done to). Only finite phrases are data: "हमले में शामिल लोगों" names
no one who did it."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.noun_actors import word_gap
from khabar.extractors.events.syntax import ArgCues


def joined_by(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """Who took part in the mention's act, by its clause's phrase of taking part; else None."""
    if not cues.joined or not mention.trigger.noun:
        return None
    hit, clause, tokens = mention.hit, mention.clause, context.doc.tokens
    longest = max(map(len, cues.joined_markers))
    after = tuple(tokens.after(hit.end, longest, limit=clause.end, stops=word_stops()))
    if not any(after[: len(m)] == m for m in cues.joined_markers):
        return None
    rest = tokens.within(hit.end, clause.end)
    words = [t.text for t in rest]
    phrase = next(
        (i for i in range(len(words)) for p in cues.joined if tuple(words[i : i + len(p)]) == p), None
    )
    if phrase is None:
        return None
    actors = [
        a
        for a in context.within(clause.start, rest[phrase].start)
        if a.entity_type != "PLACE" and not (hit.start <= a.start < hit.end)
    ]
    return next((a for a in actors if a.role == "agent"), None) or next(
        (a for a in actors if a.role is None and (a.start > hit.end or word_gap(context, a.end, hit.start))),
        None,
    )
