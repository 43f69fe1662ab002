"""A mention's place, date and counts from the records of its clause (else its sentence), and whose
claim it is: a quote's speaker, "X claimed that ...", "according to X"."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.triggers import Hit


def place_date_counts(context: Context, mention: Mention, cues: ArgCues) -> None:
    clause, (s_start, s_end) = mention.clause, mention.clause.sentence
    if mention.location is None:
        for in_clause, (lo, hi) in ((True, (clause.start, clause.end)), (False, (s_start, s_end))):
            places = [
                a
                for a in context.within(lo, hi)
                if a.mark in cues.locative
                and (a.entity_type == "PLACE" or (a.entity_type == "COUNTRY" and a.role != "possessor"))
            ]
            if places:
                best = min(places, key=lambda a: (a.entity_type != "PLACE", abs(a.start - mention.hit.start)))
                mention.location = context.entities.get(best.entity or "")
                mention.location_in_clause = in_clause
                break
    in_clause = context.dates.starting(clause.start, clause.end)
    in_sentence = context.dates.starting(s_start, s_end)
    mention.date_in_clause = bool(in_clause)
    mention.date = (in_clause or in_sentence or [None])[0]
    for count in context.counts.starting(clause.start, clause.end):
        if count.what != "other":
            mention.counts[(count.start, count.end, count.what)] = count.value


def attribute(context: Context, mention: Mention, cues: ArgCues) -> None:
    """Whose claim the event is: a quote's speaker, "X claimed that ...", "according to X"."""
    start = mention.hit.start
    for quote in context.quotes.holding(start):
        if quote.speaker:
            mention.attributed_to = quote.speaker
            return
    sentence = mention.clause.sentence
    if _claimed(context, mention, cues):
        return
    for hit in context.according.starting(*sentence)[:1]:
        who = _according_to(context, hit, cues, sentence)
        mention.attributed_to = who.entity if who else None
        lo, hi = (
            (who.start, hit.end)
            if who and who.start < hit.start
            else (hit.start, who.end if who else hit.end)
        )
        mention.evidence.append((lo, hi))


def _claimed(context: Context, mention: Mention, cues: ArgCues) -> bool:
    """ "X claimed that ...": the claim verb's speaker, when the claim opens a clause or an actor."""
    doc, start, sentence = context.doc, mention.hit.start, mention.clause.sentence
    complementizers = grammar(mention.hit.language).complementizers
    for claim in reversed(context.claims.within(sentence[0], start)):
        between = context.within(claim.end, start)
        follows = doc.tokens.after(claim.end, 1, stops=word_stops())
        if not (follows and follows[0] in complementizers) and not between:
            continue
        speakers = context.within(sentence[0], claim.start)
        if cues.postpositional:
            speaker = next((a for a in reversed(speakers) if a.role in ("agent", "by")), None)
        else:
            speaker = next(
                (a for a in reversed(speakers) if a.role is None and a.entity_type != "PLACE"), None
            )
        mention.attributed_to = speaker.entity if speaker else None
        mention.evidence.append((speaker.start if speaker else claim.start, claim.end))
        return True
    return False


def _according_to(context: Context, hit: Hit, cues: ArgCues, sentence: tuple[int, int]) -> Candidate | None:
    if cues.postpositional:  # "X के अनुसार"
        return next((a for a in context.within(sentence[0], hit.start)[-1:] if hit.start - a.end <= 2), None)
    # "according to (the) X"
    return next(
        (
            a
            for a in context.within(hit.end, sentence[1])[:1]
            if all(w in cues.determiners for w in context.doc.tokens.between(hit.end, a.start))
        ),
        None,
    )
