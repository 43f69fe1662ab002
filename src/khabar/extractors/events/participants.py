"""The actor of a noun of meeting or talking that nothing next to it names: the agent of its clause
took part in it ("बीबीसी से बातचीत में X ने कहा": X talked with the BBC; "नेताओं से मुलाकात के बाद X
ने ...": X met them). Only nouns whose trigger says so (``clause_agent``): after "हमले के बाद पुलिस
ने ...", the police did not attack. Where markers precede their noun, such a phrase that opens its
sentence and a comma closes is the main clause's subject's ("On a visit to Mogadishu, Priti Patel
announced ...": Patel visited)."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import outside_asides
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues

OPENING = 2  # words at most before a fronted trigger in its sentence ("On a"), and after its comma


def took_part(context: Context, mention: Mention, lo: int, hi: int) -> Candidate | None:
    """The agent (ने) of the mention's clause within ``[lo, hi)``, before or after the noun, where its
    trigger is a noun of meeting or talking; else none."""
    if not mention.trigger.clause_agent:
        return None
    hit = mention.hit
    return next(
        (
            a
            for a in outside_asides(mention.clause, context.within(lo, hi))
            if a.role == "agent" and a.entity_type != "PLACE" and (a.end <= hit.start or a.start >= hit.end)
        ),
        None,
    )


def fronted_subject(
    context: Context, cues: ArgCues, mention: Mention, opening: int | None = None
) -> Candidate | None:
    """The unmarked actor right after the comma that closes a phrase of meeting or talking opening
    the sentence ("On a visit to Mogadishu, Priti Patel announced"), or any phrase that opens at
    ``opening`` (a gerund's: "After expelling Syria, the League ..."): the main clause's subject, who
    took part (a speaker too: "..., Patel announced"); none where a by-phrase names who did."""
    if cues.postpositional or not (mention.trigger.clause_agent or opening is not None):
        return None
    doc, (lo, hi), hit = context.doc, mention.clause.sentence, mention.hit
    before = doc.tokens.between(lo, hit.start if opening is None else opening)
    if len(before) > OPENING or context.within(lo, hit.start):
        return None
    comma = doc.text.find(",", hit.end, hi)
    if comma >= 0 and any(cues.markers.get((w,)) == "by" for w in doc.tokens.between(hit.end, comma)):
        return None  # "After a visit by the prime minister, police ...": the visitor is named
    first = next(iter(context.within(comma, hi)), None) if comma >= 0 else None
    if first is None or first.role is not None or first.entity_type == "PLACE":
        return None
    return first if len(doc.tokens.between(comma, first.start)) <= OPENING else None
