"""The actor of a noun of meeting or talking that nothing next to it names: the agent of its clause
took part in it ("बीबीसी से बातचीत में X ने कहा": X talked with the BBC; "नेताओं से मुलाकात के बाद X
ने ...": X met them). Only nouns whose trigger says so (``clause_agent``): after "हमले के बाद पुलिस
ने ...", the police did not attack."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import outside_asides
from khabar.extractors.events.mentions import Context, Mention


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
