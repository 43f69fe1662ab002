"""The actor of a gerund after a preposition or subordinator (the grammar's ``gerund_openers``: "after
expelling it", "by cooperating with the US", "in bombing Syria", "while withdrawing US troops"), where
markers precede nouns: the subject of the main clause it hangs from. That is the first unmarked actor of
its sentence (after a verb of saying) where the phrase comes after it, or the one right after the comma
that closes the phrase where it opens the sentence ("After expelling Syria, the League ..."). The gerund
is the trigger's own first word, or a light verb before its noun ("after announcing their planned
deployment"); it takes an object or a preposition of its target right after it, so a gerund that is
the subject of its own clause is none ("after fighting erupted")."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.coordinated import OPENING, sentence_subject
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.participants import fronted_subject
from khabar.extractors.events.syntax import ArgCues
from khabar.text.tokens import Token

NOUN_REACH = 3  # words at most between a light verb's gerund and its noun ("announcing their planned")


def gerund_subject(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The subject of the main clause of the mention's gerund phrase, else None."""
    opener = _opener(context, cues, mention)
    if opener is None:
        return None
    lo = mention.clause.sentence[0]
    if len(context.doc.tokens.between(lo, opener.start)) <= OPENING:
        return fronted_subject(context, cues, mention, opening=opener.start)
    return sentence_subject(context, cues, mention, opener.start)


def _opener(context: Context, cues: ArgCues, mention: Mention) -> Token | None:
    """The opener right before the mention's gerund (its first word, or its light verb's), in its
    sentence with no punctuation between, where the gerund takes an object; else None."""
    if cues.postpositional or not cues.gerund_openers or not cues.progressive_suffixes:
        return None
    tokens, hit, lo = context.doc.tokens, mention.hit, mention.clause.sentence[0]
    first = tokens.first_at(hit.start)
    if first >= len(tokens) or tokens[first].start != hit.start:
        return None  # the trigger starts inside a word ("पुलिस‘arrested")
    at = first if tokens[first].text.endswith(cues.progressive_suffixes) else None
    if at is None or not _takes_object(context, cues, mention, tokens[at]):
        at = next(
            (
                i
                for i in range(first - 1, max(first - NOUN_REACH - 2, -1), -1)
                if tokens[i].text in cues.light_verbs and tokens[i].text.endswith(cues.progressive_suffixes)
            ),
            None,
        )
        if at is None or context.within(tokens[at].end, hit.start):
            return None
    if at == 0 or tokens[at - 1].start < lo or tokens[at - 1].text not in cues.gerund_openers:
        return None
    text = context.doc.text
    if any(c in word_stops() for c in text[tokens[at - 1].end : hit.start]):
        return None
    return tokens[at - 1]


def _takes_object(context: Context, cues: ArgCues, mention: Mention, gerund: Token) -> bool:
    """Is the gerund (the trigger's first word) followed by its object or its target's preposition:
    an actor or pronoun, a determiner, or a preposition of its target (``gerund_prepositions``)?"""
    after = context.doc.tokens.after(gerund.end, 1, limit=mention.clause.sentence[1], stops=word_stops())
    if not after:
        return False
    actor = context.candidates.first_from(gerund.end)
    if actor is not None and not context.doc.text[gerund.end : actor.start].strip():
        return True
    word = after[0]
    return word in cues.determiners or word in cues.possessive_determiners or word in cues.gerund_prepositions
