"""The verb group of a trigger: a verb is its own; a noun needs a light verb after it where markers follow
nouns ("हमला किया", "पथराव की घटनाएं हुईं"), and before it elsewhere ("launched an offensive", also over
coordinated modifiers: "a fresh ground and air offensive"), or a modal before it that makes the form a verb
("will attack", "plans to attack"), or a passive light verb after it ("sanctions were imposed")."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.lexicon import Trigger, starts_with
from khabar.extractors.events.syntax import ArgCues

LIGHT_VERB_REACH = 4  # words read back from a noun for its light verb ("extend the night-time curfew")
COORDINATED_REACH = 2  # ... and more for each conjunction between ("launched a ground and air offensive")


def verb_group(
    cues: ArgCues,
    trigger: Trigger,
    own: list[str],
    before: list[str],
    after: list[str],
    language: str | None,
    farther: list[str] | None = None,
) -> tuple[bool, list[str], list[str]]:
    """Is the trigger a predicate; the words of its verb group; the words after that group
    (``farther``: more words before it, read for a light verb)."""
    if not trigger.noun:
        return True, own, after
    if cues.postpositional:
        while phrase := starts_with(after, cues.bridges):  # "पथराव की घटनाएं हुईं", "फायरिंग भी हुई"
            after = after[len(phrase) :]
        if (
            after
            and after[0] in cues.light_verbs
            and ((after[0],) not in cues.genitive or len(after) == 1 or after[1] in cues.auxiliaries)
        ):
            return True, [*own, after[0]], after[1:]
        return False, own, after
    if _after_modal(cues, own, before):  # "will attack", "would not attack", "plans to attack"
        return True, own, after
    if _light_verb_before(cues, farther or before, language):
        return True, own, after
    return _passive_light_verb(cues, own, after, language)


def _light_verb_before(cues: ArgCues, before: list[str], language: str | None) -> bool:
    """Is a light verb among the words before a noun ("launched a (military) offensive", "launched
    their own investigation", "used poison gas")? Coordinated modifiers right before the noun read as
    one ("launched a fresh ground and air offensive"); a marker stops the reading ("held talks after
    the attack": the attack is no object of held)."""
    conjunctions = grammar(language).conjunctions
    reach = LIGHT_VERB_REACH
    for index, word in enumerate(reversed(before)):
        if index >= reach:
            break
        if word in cues.light_verbs or word in cues.wielding:
            return True
        if (word,) in cues.markers:
            break
        if index == 1 and word in conjunctions:  # one modifier between it and the noun
            reach += COORDINATED_REACH
    return False


def _after_modal(cues: ArgCues, own: list[str], before: list[str]) -> bool:
    """Is a form listed as a noun a verb: right after a modal (adverbs and negation between), or after
    the infinitive marker of an attempt or an intention ("tried to attack", "plans to attack"), and not
    ending as a plural does?"""
    if not own or own[-1].endswith(cues.plural_suffixes or ("\0",)):
        return False
    words = list(before)
    while words and words[-1] in cues.verb_before_skips:
        words.pop()
    if words and words[-1] in cues.verb_before:
        return True
    if len(words) < 2 or (words[-1],) not in cues.infinitive_before:
        return False
    tail = f" {' '.join(words[-4:])} "
    return words[-2] in cues.attempts or any(tail.endswith(p) for m in cues.modality for p in m[1])


def _passive_light_verb(
    cues: ArgCues, own: list[str], after: list[str], language: str | None
) -> tuple[bool, list[str], list[str]]:
    """A noun that is the subject of its light verb in the passive ("sanctions were imposed", "talks
    have been held"): a predicate, whose verb group runs to the light verb."""
    skip = cues.passive | grammar(language).subject_auxiliaries
    at = 0
    while at < min(len(after), LIGHT_VERB_REACH) and after[at] in skip:
        at += 1
    passive = any(w in cues.passive for w in after[:at])
    if passive and at < len(after) and after[at] in cues.light_verbs:
        return True, [*own, *after[: at + 1]], after[at + 1 :]
    return False, own, after
