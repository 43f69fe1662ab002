"""A mention's place, date and counts from the records of its clause (else its sentence), and whose
claim it is: a quote's speaker, "X claimed that ...", "..., police said", "according to X". A count
belongs to one event only: the nearest in its clause whose type can carry its kind; a cumulative toll,
or a huge one stated of no act, to none (the event stating it is background, not news of the day)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.dates import opens_period
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import outside_asides
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, CountKey, Mention
from khabar.extractors.events.places import event_place
from khabar.extractors.events.predicates import Predicate
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.targets import owned_marker
from khabar.extractors.events.triggers import Hit
from khabar.knowledge.crosswalk import carries
from khabar.rules import LARGEST_EVENT_TOLL, first_day
from khabar.schema import DateMention, DateSource, Precision
from khabar.text.normalise import fold

_REACH = 500  # characters around a count where the triggers of its clause are looked for
_NOUN_WORDS = 3  # words an attributive date may stand before its noun ("a 2013 sarin gas attack")
BEFORE_SPEAKER = (",", '"', "”", "’")  # what ends a reported clause before ", police said"
_AFTER_CLAIM = 5  # words a claim verb that ends a sentence may still have after it ("on Monday")
_BODIES = ("GROUP", "ORG", "COUNTRY")  # who speaks through a spokesperson or official
OTHER_WORDS = 6  # words of its clause before a trigger read for one naming another happening


def count_owners(doc: Doc, predicates: list[Predicate]) -> dict[CountKey, tuple[Predicate, bool]]:
    """The predicate each count belongs to, and whether it is that event's toll. The predicate: of those
    whose clause holds the count and whose type and mode can carry its kind (``carries``: no death is an
    arrest's), the one whose trigger is nearest.
    Not its toll: a cumulative count, or one above ``LARGEST_EVENT_TOLL`` where no act is named in
    the clause, only deaths ("half a million Syrians have died")."""
    starts = [p.hit.start for p in predicates]
    owners: dict[CountKey, tuple[Predicate, bool]] = {}
    for count in doc.counts:
        lo, hi = bisect_left(starts, count.start - _REACH), bisect_right(starts, count.end + _REACH)
        fits = [
            p
            for p in predicates[lo:hi]
            if p.clause.start <= count.start < p.clause.end
            and carries(count.what, p.trigger.coding.type, p.trigger.coding.mode)
        ]
        if not fits:
            continue
        owner = min(fits, key=lambda p: max(p.hit.start - count.end, count.start - p.hit.end, 0))
        stated = count.value <= LARGEST_EVENT_TOLL or any(not p.trigger.casualty for p in fits)
        owners[(count.start, count.end, count.what)] = owner, count.scope == "event" and stated
    return owners


def place_date_counts(context: Context, mention: Mention, cues: ArgCues) -> None:
    """Set the mention's place (its clause's, else its sentence's), date, whether a word of its clause
    tells another happening (``others``), and its counts."""
    clause, (s_start, s_end) = mention.clause, mention.clause.sentence
    if mention.location is None:
        mention.location, mention.location_in_clause = event_place(context, mention, cues)
    in_clause = _event_dates(context, mention, clause.start, clause.end)
    in_sentence = [
        d
        for d in _event_dates(context, mention, s_start, s_end)
        if d.start < mention.hit.end or not opens_period(context.doc, mention.hit.end, d.start)
    ]
    mention.date_in_clause = bool(in_clause)
    mention.date = _finest(in_clause or in_sentence)
    mention.another_time = bool(in_clause) and _told_as_another_time(context.doc, mention, in_clause, cues)
    before = context.doc.tokens.before(mention.hit.start, OTHER_WORDS, floor=clause.start)
    mention.another = not cues.others.isdisjoint(before)
    for count in context.counts.starting(clause.start, clause.end):  # a count's owner holds it in its clause
        key = (count.start, count.end, count.what)
        owner, its_toll = context.owners.get(key, (None, False))
        if count.what != "other":
            mention.counted = True
        if owner is not mention.predicate:
            continue
        if its_toll:
            mention.counts[key] = count.value
        else:
            mention.background = True


def _told_as_another_time(doc: Doc, mention: Mention, dates: list[DateMention], cues: ArgCues) -> bool:
    """Is an additive word among the two words before the trigger ("had also attacked ... on 5 May") or
    either side of a date of its clause ("5 मई को भी", "on 5 May too"), in its sentence (a sentence before
    ending "... too." tells no other time)?"""
    lo, hi = mention.clause.sentence
    near = doc.tokens.before(mention.hit.start, 2, floor=lo)
    near += [
        w
        for d in dates
        for w in (*doc.tokens.before(d.start, 2, floor=lo), *doc.tokens.after(d.end, 2, limit=hi))
    ]
    return not cues.additive.isdisjoint(near)


def _finest(dates: list[DateMention]) -> DateMention | None:
    """The first date, or a later one that narrows it ("पिछले साल जुलाई में": July of last year, not
    the year; "in 2015, on 12 March")."""
    found = dates[0] if dates else None
    for later in dates[1:]:
        if found is not None and later.value.startswith(found.value + "-"):
            found = later
    return found


def _event_dates(context: Context, mention: Mention, lo: int, hi: int) -> list[DateMention]:
    """The dates starting in ``[lo, hi)`` that can date the mention: not those of another noun, nor
    those of an aside of its sentence outside its clause ("Israel, which captured the plateau in 1967,
    placed troops on alert on Tuesday": Tuesday)."""
    noun_dates = context.noun_dates
    return [
        d
        for d in outside_asides(mention.clause, context.dates.starting(lo, hi))
        if d.start not in noun_dates or _dates_noun(context, d, mention)
    ]


def _dates_noun(context: Context, date: DateMention, mention: Mention) -> bool:
    """Whether an attributive date ("a 2013 attack") stands right before the mention's trigger."""
    start = mention.hit.start
    return date.end <= start and len(context.doc.tokens.between(date.end, start)) <= _NOUN_WORDS


def event_date(doc: Doc, mention: Mention) -> tuple[str | None, Precision | None, DateSource]:
    """An event's date, its precision and where it came from. The date its clause (else sentence)
    states, unless an asserted event would fall after publication (that date is of something to
    come: "announced talks on Friday"); else the publication day, when the event is asserted news
    (not announced, not the background of a cumulative toll); else none."""
    published, date = doc.published, mention.date
    asserted = mention.modality == "asserted"
    if date is not None:
        day = first_day(date.value)
        if published is None or not asserted or (day is not None and day <= published):
            return date.value, date.precision, "sentence"
    if published is not None and asserted and not mention.background:
        return published.isoformat(), "day", "published"
    return None, None, "none"


def attribute(context: Context, mention: Mention, cues: ArgCues) -> None:
    """Whose claim the event is: a quote's speaker, "X claimed that ...", "..., police said",
    "according to X"."""
    start = mention.hit.start
    for quote in context.quotes.holding(start):
        if quote.speaker:
            mention.attributed_to = quote.speaker
            return
    sentence = mention.clause.sentence
    if _claimed(context, mention, cues) or _said_after(context, mention, cues):
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
            speaker = next(
                (a for a in reversed(speakers) if a.role in ("agent", "by") or _speaks_for(context, cues, a)),
                None,
            )
        else:
            speaker = next(
                (a for a in reversed(speakers) if a.role is None and a.entity_type != "PLACE"), None
            )
            if speaker is not None and _kin_of(doc, cues, speaker):
                speaker = None  # "Robinson's mother, Sharon, said": not Robinson
        mention.attributed_to = speaker.entity if speaker else None
        mention.evidence.append((speaker.start if speaker else claim.start, claim.end))
        return True
    return False


def _kin_of(doc: Doc, cues: ArgCues, candidate: Candidate) -> bool:
    """Is the candidate the owner of a noun of kin right after it ("Robinson's mother"), where markers
    precede nouns: the kin speaks, not the owner?"""
    after = doc.tokens.after(candidate.end, 2, stops=word_stops())
    return len(after) == 2 and after[0] in cues.possessive and after[1] in cues.kin


def _speaks_for(context: Context, cues: ArgCues, candidate: Candidate) -> bool:
    """Is ``candidate`` a body whose spokesperson, official or member speaks ("पुलिस के प्रवक्ता ने
    कहा": the police say so), where markers follow nouns? Not a person ("X के पिता ने कहा") nor a place."""
    if candidate.entity_type not in _BODIES:
        return False
    owned = owned_marker(context, cues, candidate)
    return owned is not None and cues.markers[owned[0]] == "agent"


def _said_after(context: Context, mention: Mention, cues: ArgCues) -> bool:
    """ "X attacked Y, police said": a claim verb that ends the sentence after the trigger, past a comma
    or quotation mark, with its speaker right before it ("police said", "पुलिस ने बताया") or, where
    markers precede nouns, right after it ("said the army")."""
    doc, hit, end = context.doc, mention.hit, mention.clause.sentence[1]
    claim = context.claims.first_from(hit.end)
    if claim is None or claim.start >= end:
        return False
    rest = doc.tokens.between(claim.end, end)
    if not any(c in BEFORE_SPEAKER for c in doc.text[hit.end : claim.start]) or len(rest) > _AFTER_CLAIM:
        return False
    if any(w in grammar(hit.language).complementizers for w in rest):
        return False  # the verb says something else: "..., and the minister said that ..."
    before, after = context.candidates.last_ending(claim.start), inverted_speaker(context, claim, cues)
    speaker = None
    if before is not None and before.start >= hit.end and before.role in (None, "agent"):
        near = len(doc.tokens.between(before.end, claim.start)) <= 1
        speaker = before if near and not another_speaks(doc.text[before.end : claim.start], after) else None
    if speaker is None and after is not None and after.end <= end:
        speaker = after
    if speaker is None or speaker.kind != "entity":
        return False
    mention.attributed_to = speaker.entity
    mention.evidence.append((min(speaker.start, claim.start), max(speaker.end, claim.end)))
    return True


def inverted_speaker(context: Context, claim: Hit, cues: ArgCues) -> Candidate | None:
    """The actor right after a claim verb, determiners between, that says it ("..., said the army"), where
    markers precede nouns; not whom it is told to ("told reporters")."""
    doc = context.doc
    if cues.postpositional or fold(doc.text[claim.start : claim.end]) in cues.addressed_claims:
        return None
    after = context.candidates.first_from(claim.end)
    if after is None or not all(w in cues.determiners for w in doc.tokens.between(claim.end, after.start)):
        return None
    return after


def another_speaks(gap: str, inverted: Candidate | None) -> bool:
    """Does another actor say the claim an actor before it is kept from by a comma (``gap``): one after
    the comma ("the army, officials said"), or one after the claim verb ("the army, said officials")? An
    actor set off by commas alone says it ("his mother, Sharon, told")."""
    if "," not in gap:
        return False
    return bool(gap.rsplit(",", 1)[1].strip()) or inverted is not None


def according_spans(context: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """Each "according to X," phrase that opens in ``[lo, hi)``, up to the comma after it before ``hi``:
    its source is no actor of the clause around it ("According to expert X, chemical weapons may
    encourage ...", "Syrian forces, according to Amnesty, attacked Homs")."""
    text, spans = context.doc.text, []
    for hit in context.according.within(lo, hi):
        comma = text.find(",", hit.end, hi)
        if comma >= 0:
            spans.append((hit.start, comma + 1))
    return spans


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
