"""What a pronoun argument stands for: an object pronoun ("him", उन्हें) or one with a target marker
(उन पर) the last person named before it other than the source; a subject pronoun the agent (or first
actor) of its sentence before it, else of the nearest sentence before that has one, following a chain
of pronoun subjects back to a name (where nouns take postpositions: an unmarked person too, and none
quoted where the pronoun is not); "he" or "she" a person named as a subject; a
first-person pronoun ("हम") the speaker of the quotation or claim that holds it, else no one; an
anaphor ("the organisation") the last entity of its type."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.schema import Quote
from khabar.text.normalise import fold

LOOK_BACK = 3  # sentences a subject pronoun reaches back through, its own first (where nouns take
# postpositions; an English one reaches the sentence before only: quoted "we" and "they" are no chain)
CHAIN = 6  # pronoun subjects followed back to a name ("नंदन निलेकणी ने ... . ... वो ... . ... वे ... . उन्होंने")


def person_before(
    context: Context, pronoun: Candidate, source: Candidate | None, until: int | None = None
) -> Candidate | None:
    """What an object pronoun ("him", उन्हें) stands for: the last person named before it (before
    ``until`` where given: a clause's start), in its sentence or the one before, other than the source
    (who does it is not whom it is done to)."""
    people = context.named.get("PERSON")
    if people is None:
        return None
    start, _ = sentence_bounds(context.doc, pronoun.start)
    floor = sentence_bounds(context.doc, max(0, start - 1))[0]
    end = pronoun.start if until is None else min(pronoun.start, until)  # a clause may open the text: 0
    for person in reversed(people.within(floor, end)):
        if source is None or person.entity != source.entity:
            return person
    return None


def antecedent(context: Context, pronoun: Candidate, cues: ArgCues, depth: int = 0) -> Candidate | None:
    """What a pronoun or anaphor stands for: the subject of its sentence before it, else of the
    nearest of the ``LOOK_BACK`` sentences before that names one (a sentence that names no one
    counts for none: "UNA-UK said ... . Ensuring that ... is crucial. However, it said"); a subject
    that is itself a pronoun stands for its own antecedent ("सुषमा स्वराज ने ... . उन्होंने ... .
    उन्होंने सवाल उठाया"); an anaphor ("the organisation"), the last entity of its type."""
    if pronoun.kind == "anaphor":
        of_type = context.named.get(pronoun.refers_to)
        return of_type.last_ending(pronoun.start) if of_type else None
    if first_person(context, pronoun, cues):
        return None  # the speaker, once the mention's attribution is known (``speaker_of``)
    if _folded(context, pronoun) in cues.personal:
        return _person_subject(context, pronoun, cues)
    hi = pronoun.start
    lo, _ = sentence_bounds(context.doc, hi)
    reach, skipped = LOOK_BACK if cues.postpositional else 2, 0  # English: this sentence and the last
    own = True  # the pronoun's own sentence (it may open it: then none of it comes before)
    while reach > 0:  # (a genitive pronoun names no one: "उसके घर को नुकसान हुआ")
        named = [a for a in context.within(lo, hi) if a.kind != "pronoun" or a.role != "genitive"]
        here = [a for a in named if not _one_of_a_people(context, a, cues)]
        subject = _subject(_outside_quotes(context, here, pronoun) if cues.postpositional else here, cues)
        if subject is not None and subject.kind == "anaphor":  # "The group said it had ...": the group
            return antecedent(context, subject, cues)
        if subject is not None and subject.kind == "pronoun":
            if first_person(context, subject, cues):
                return None  # "we" is not who "they" are
            return antecedent(context, subject, cues, depth + 1) if depth < CHAIN else None
        if subject is not None or lo == 0:
            return subject
        if named or own or skipped == CHAIN:
            reach -= 1
        else:  # a sentence that names no one spends none of the reach
            skipped += 1
        own, (lo, hi) = False, (sentence_bounds(context.doc, lo - 1)[0], lo)
    return None


def _outside_quotes(context: Context, here: list[Candidate], pronoun: Candidate) -> list[Candidate]:
    """The candidates not quoted, unless the quotation holds the pronoun too: what a speaker names in
    a quotation is no subject of the narration after it ('... "बीस करोड़ लोग बेरोजगार हो जाएंगे."
    उन्होंने ... अपील की': the speaker appealed, not the people)."""
    own = context.quotes.holding(pronoun.start)
    return [a for a in here if not _quoted_apart(context, a.start, own)]


def _quoted_apart(context: Context, offset: int, own: list[Quote]) -> bool:
    """Is ``offset`` inside a quotation that is none of ``own`` (those that hold the pronoun)?"""
    return any(q not in own for q in context.quotes.holding(offset))


def _one_of_a_people(context: Context, candidate: Candidate, cues: ArgCues) -> bool:
    """Is the candidate a country's demonym standing alone right after an indefinite ("her husband, a
    Macedonian, ..."): one person of its people, who does not stand for the country (not "a Swedish
    draft", "a US announcement")?"""
    if candidate.entity_type != "COUNTRY" or not cues.indefinites:
        return False
    tokens, stops = context.doc.tokens, word_stops()
    floor, end = sentence_bounds(context.doc, candidate.start)
    before = tokens.before(candidate.start, 1, floor=floor, stops=stops)
    alone = not tokens.after(candidate.end, 1, limit=end, stops=stops)
    return alone and bool(before) and before[-1] in cues.indefinites


def _person_subject(context: Context, pronoun: Candidate, cues: ArgCues) -> Candidate | None:
    """What "he" or "she" stands for: the first person named unmarked (a subject, not "by X" nor "of
    X"; after a word that opens a clause: "after Donald Trump said ... he") outside quotations in its
    sentence before it, else in the nearest of the ``LOOK_BACK`` sentences before that names one; no
    country nor organisation ("Turkey's president Erdoğan ... . He ...": Erdoğan). A sentence inside a
    quotation, or one whose subject is the same pronoun ("..., she said. She denied"), spends none of
    the reach ("X said: “... . ...”. He urged": X)."""
    hi, word = pronoun.start, _folded(context, pronoun)
    lo, _ = sentence_bounds(context.doc, hi)
    reach, chain, first = LOOK_BACK, 0, True
    own = context.quotes.holding(pronoun.start)  # a quotation that holds the pronoun is its context
    while True:
        here = _outside_quotes(context, context.within(lo, hi), pronoun)
        person = next((a for a in here if a.entity_type == "PERSON" and _unmarked(a, cues)), None)
        if person is not None or lo == 0:
            return person
        if here and here[0].kind == "pronoun" and _folded(context, here[0]) == word and chain < CHAIN:
            chain += 1  # "..., she said. She denied": the chain goes on
        elif not _quoted_apart(context, lo, own) or first:
            reach -= 1
        if reach == 0:
            return None
        first, (lo, hi) = False, (sentence_bounds(context.doc, lo - 1)[0], lo)


def _folded(context: Context, candidate: Candidate) -> str:
    return fold(context.doc.text[candidate.start : candidate.end])


def _unmarked(candidate: Candidate, cues: ArgCues) -> bool:
    """Is the candidate unmarked, or marked only by a word that opens a clause ("after X said")?"""
    return candidate.role is None or " ".join(candidate.mark or ()) in cues.clause_breaks


def _subject(here: list[Candidate], cues: ArgCues) -> Candidate | None:
    """The subject among a sentence's candidates: where nouns take postpositions, the last agent (ने,
    a pronoun of that form among them), else the last by-phrase, else the first unmarked person or
    subject pronoun, of an earlier sentence ("कपिल सिब्बल ... खड़े थे. उन्होंने ...") or of its own
    ("हरभजन सिंह ... नाराज हो गए कि उन्होंने ..."; not an unmarked group: "युवक ... . उन्होंने" is mostly
    someone named further back);
    else the first actor (or anaphor: "the group said it ...") that is not a place, unmarked or after a
    word that opens a clause ("after a US announcement that it would ...")."""
    if not cues.postpositional:  # a word that opens a clause marks no role ("after a US announcement")
        return next(
            (
                a
                for a in here
                if a.kind in ("entity", "anaphor") and _unmarked(a, cues) and a.entity_type != "PLACE"
            ),
            None,
        )
    here = [a for a in here if a.kind in ("entity", "pronoun")]
    agent = next((a for a in reversed(here) if a.role == "agent"), None) or next(
        (a for a in reversed(here) if a.role == "by" and a.kind == "entity"), None
    )
    if agent is not None:
        return agent
    return next(
        (a for a in here if a.role is None and (a.kind == "pronoun" or a.entity_type == "PERSON")),
        None,
    )


def first_person(context: Context, pronoun: Candidate | None, cues: ArgCues) -> bool:
    """Is ``pronoun`` one that stands for its speaker ("हम", "मैंने": ``speakers`` of the language)?"""
    if pronoun is None or pronoun.kind != "pronoun":
        return False
    return fold(context.doc.text[pronoun.start : pronoun.end]) in cues.speakers


def speaker_of(context: Context, mention: Mention) -> Candidate | None:
    """Who a first-person source stands for: whom the mention is attributed to, the speaker of its
    quotation or claim ('X ने कहा, "हम ..."', "X ने कहा कि हम ..."), by that speaker's mention nearest
    before the trigger (else after it); a place speaks for no one ("we" is not the town it is said in)."""
    mentions = context.of_entity.get(mention.attributed_to or "")
    if mentions is None:
        return None
    hit = mention.hit
    speaker = mentions.last_ending(hit.start) or mentions.first_from(hit.end)
    return None if speaker is None or speaker.entity_type == "PLACE" else speaker
