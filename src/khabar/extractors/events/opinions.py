"""Views and states told as acts. An act lasting decades told in a relative clause ("the PKK, which
has fought a decades-long insurgency": ``lasting``) is background, not news; in a main clause the years
measure the news ("the heaviest raids for 20 years"). Agreeing to a view ("Cabinet agreed it was vital
that ...": ``opinion_verbs``) is no agreement. A reported demand ("X said Y must ...") is a request
only where the one who must act is named and acts ("Turkey must withdraw"); what ought to happen to
no one in particular ("the sum demanded should give less reason", "parliament should be recalled")
is the speaker's opinion. Help with no pair of actors (``paired`` triggers: "she helped me with the
birth", "helped organise flights") is no aid, nor is recognising a thing ("a principle I recognise")
support. A fight told with no actor right before a ``struggles`` word is fought against no one or for a
goal ("the battle against the virus", "women's long fight to access family planning"): no attack."""

from __future__ import annotations

from functools import cache

from khabar.extractors.events.lexicon import padded, word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import arg_cues
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.text.normalise import fold_words
from khabar.text.patterns import expand
from khabar.text.tokens import Token

VIEW_REACH = 8  # words read after a trigger for the verb of a view it holds ("agreed it was vital")
STRUGGLE_REACH = 4  # words read after "against" for an actor fought ("the fight against Islamic State")


def states_opinion(context: Context, mention: Mention) -> bool:
    """Is the mention background, a view held, an opinion or a bare helping hand rather than an act (see
    the module)?"""
    trigger = mention.trigger
    if trigger.paired and (mention.source is None or mention.target is None):
        return True
    if _background(mention) or _struggle(context, mention):
        return True
    return (trigger.addressed and not _addressed(context, mention)) or _holds_view(context, mention)


def _background(mention: Mention) -> bool:
    """Is the mention an act lasting decades told in a relative clause about an actor ("the PKK, which
    has fought a decades-long insurgency", "with whom Ankara has fought a four-decade war")?"""
    cues = arg_cues(mention.hit.language)
    opener = mention.clause.opener
    if opener not in cues.relatives and opener not in cues.object_relatives:
        return False
    return any(p in mention.predicate.words for p in _lasting(mention.hit.language))


def _struggle(context: Context, mention: Mention) -> bool:
    """Is the mention a fight (``reciprocal``) whose next word is one of the language's ``struggles``,
    with neither source nor target ("the battle against the virus", "a long fight to access"), or one of
    its ``adversatives`` with no actor starting in the ``STRUGGLE_REACH`` words after it ("Nigeria and
    Ghana agreed to cooperate in the fight against terrorism"; not "the fight against Isis")?"""
    if not mention.trigger.reciprocal:
        return False
    sentence_end = mention.clause.sentence[1]
    after = context.doc.tokens.after(mention.hit.end, 1, limit=sentence_end, stops=word_stops())
    if not after or after[0] not in _struggles(mention.hit.language):
        return False
    if not (mention.source or mention.source_via or mention.target):
        return True
    if after[0] not in _adversatives(mention.hit.language):
        return False
    fought = context.doc.tokens.within(mention.hit.end, sentence_end)[1 : 1 + STRUGGLE_REACH]
    return not fought or all(c.start >= fought[-1].end for c in context.within(fought[0].start, sentence_end))


@cache
def _struggles(language: str) -> frozenset[str]:
    return fold_words(topic(language, Events).grammar.struggles)


@cache
def _adversatives(language: str) -> frozenset[str]:
    """The language's one-word ``adversatives`` ("against"), folded: the word after a fight's noun that
    opens whom it is fought against."""
    return fold_words(topic(language, Events).grammar.adversatives)


@cache
def _lasting(language: str) -> tuple[str, ...]:
    """The language's ``lasting`` phrases, padded: an act of a relative clause holding one is background."""
    return padded([p for item in topic(language, Events).grammar.lasting for p in expand(item)])


def _holds_view(context: Context, mention: Mention) -> bool:
    """Is a verb of being or having (the trigger's ``opinion_verbs``) the first verb after it, past a
    complementizer and a subject that no indefinite article opens ("agreed (that) it was vital"; not "agreed a
    deal that was", "agreed that troops should leave")?"""
    views = mention.trigger.opinion_verbs
    if not views:
        return False
    cues = arg_cues(mention.hit.language)
    sentence_end = mention.clause.sentence[1]
    words = context.doc.tokens.after(mention.hit.end, VIEW_REACH, limit=sentence_end, stops=word_stops())
    if words[:1] and words[0] in cues.relatives:
        words = words[1:]  # "agreed that ..."
    if not words or words[0] in cues.indefinites:
        return False
    infinitive = {p[0] for p in cues.infinitive_before if len(p) == 1}
    for at, word in enumerate(words):
        if word in cues.relatives or word in cues.verb_before or word in infinitive:
            return False
        if word in views:
            return not infinitive.intersection(words[at + 1 : at + 2])  # "had to leave": an act
    return False


def _addressed(context: Context, mention: Mention) -> bool:
    """Does one of the trigger's ``needs`` words ("must", "should") in its clause follow an actor
    right before it and an active verb after it ("Russia must stop", not "must be placed")?"""
    cues = arg_cues(mention.hit.language)
    clause = mention.clause
    tokens = context.doc.tokens.within(clause.start, clause.end)
    words = [t.text for t in tokens]
    for at, length in _needs_at(words, mention.trigger.needs):
        following = [w for w in words[at + length :] if w not in cues.verb_before_skips][:1]
        if at == 0 or (following and following[0] in cues.passive):
            continue
        if _actor_ends_at(context, clause.start, tokens[at - 1]):
            return True
    return False


def _needs_at(words: list[str], needs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each phrase of ``needs`` stands in ``words``: (index, number of words)."""
    found: list[tuple[int, int]] = []
    for need in needs:
        parts = need.split()
        found.extend(
            (i, len(parts)) for i in range(len(words) - len(parts) + 1) if words[i : i + len(parts)] == parts
        )
    return sorted(found)


def _actor_ends_at(context: Context, floor: int, token: Token) -> bool:
    """Does an actor candidate (an entity, a pronoun or an anaphor) end with ``token``?"""
    return any(c.end == token.end for c in context.within(floor, token.end))
