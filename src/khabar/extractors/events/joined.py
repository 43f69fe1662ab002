"""Taking part is doing, where markers follow nouns: a noun trigger right before a marker of taking part
(``joined_markers``: "हमले में") whose clause goes on to a phrase of taking part (``joined``: "हिस्सा
लिया", "शामिल थे") was done by whoever took part in it: the clause's agent or unmarked actor nearest
before the phrase ("हमले में फ़हीम अंसारी ने हिस्सा लिया", "उन्होंने युद्ध में भी हिस्सा लिया", "आडवाणी
... बैठक में शामिल थे"; "X ने दावा किया हमले में चरमपंथी शामिल थे": the militants), no place and none
right before the noun, which qualifies it ("इशरत जहां मुठभेड़ में": the one it was done to). Only
finite phrases are data: "हमले में शामिल लोगों" names no one who did it; nor does a phrase that takes
part in another noun so marked between ("हमले में मारे गए लोगों में तीन पुलिसकर्मी शामिल हैं": among
the dead)."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import starts_with, word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.noun_actors import word_gap
from khabar.extractors.events.syntax import ArgCues

REACH = 12  # words read on each side of the noun for the phrase and whoever takes part (a clause may be
# a whole one-line text: each noun reads a bounded window, so the stage stays linear)


def joined_by(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """Who took part in the mention's act, by its clause's phrase of taking part; else None."""
    if not cues.joined or not mention.trigger.noun:
        return None
    hit, clause, tokens = mention.hit, mention.clause, context.doc.tokens
    longest = max(map(len, cues.joined_markers), default=0)
    after = tuple(tokens.after(hit.end, longest, limit=clause.end, stops=word_stops()))
    marker = starts_with(after, cues.joined_markers)
    if marker is None:
        return None
    at = tokens.first_at(hit.end)
    rest = [t for t in tokens[at : at + REACH] if t.end <= clause.end]
    words = [t.text for t in rest]
    phrase = next((i for i in range(len(words)) if starts_with(words[i:], cues.joined)), None)
    if phrase is None or _marked_between(cues, words[len(marker) : phrase]):
        return None  # "हमले में मारे गए लोगों में तीन पुलिसकर्मी शामिल हैं": among the dead, not in the attack
    first = tokens.first_at(hit.start)
    lo = max(clause.start, tokens[max(0, first - REACH)].start)
    actors = [
        a
        for a in context.within(lo, rest[phrase].start)
        if a.entity_type != "PLACE" and not (hit.start <= a.start < hit.end)
    ]
    return next(
        (
            a
            for a in reversed(actors)
            if a.role == "agent"
            or (a.role is None and (a.start > hit.end or word_gap(context, a.end, hit.start)))
        ),
        None,
    )


def _marked_between(cues: ArgCues, words: list[str]) -> bool:
    """Does another marker of taking part stand among ``words``: the phrase takes part in what it marks
    ("लोगों में ... शामिल हैं": among the people)?"""
    return any(starts_with(words[i:], cues.joined_markers) for i in range(len(words)))
