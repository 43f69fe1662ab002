"""The verb group of a trigger: a verb is its own; a noun needs a light verb after it where markers
follow nouns ("हमला किया", "पथराव की घटनाएं हुईं"), and before it elsewhere ("launched an offensive", also
over coordinated modifiers: "a fresh ground and air offensive"), or a modal before it that makes the form
a verb ("will attack", "plans to attack"), or a passive light verb after it ("sanctions were imposed").
And what its form says: the words read for its modality (``up_to_light_verb``), an infinitive that is
the content of another word (``is_nonfinite``), one before a verb of compulsion (``infinitive``,
``compelling``)."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.lexicon import Trigger, starts_with
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.numbers import quantity_as_one

BEFORE_WORDS = 4  # words read before a trigger, in its clause
LIGHT_VERB_REACH = 4  # words read back from a noun for its light verb ("extend the night-time curfew")
COORDINATED_REACH = 2  # ... and more for each conjunction between ("launched a ground and air offensive")
FIRST_REACH = 3  # words between "became the first" and "to" ("British foreign secretary")


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
    one ("launched a fresh ground and air offensive"), and a quantity right before the noun reads as one
    word ("conducted at least 12 aerial strikes"); a marker stops the reading ("held talks after the
    attack": the attack is no object of held)."""
    conjunctions = grammar(language).conjunctions
    before = quantity_as_one(before, language)
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


def up_to_light_verb(cues: ArgCues, trigger: Trigger, before: list[str], farther: list[str]) -> list[str]:
    """The words before a trigger read for its modality: for a noun after its light verb, where markers
    precede nouns, those up to the light verb ("he will extend the night-time curfew": future); a
    modal nearer the noun makes it a verb of its own ("announced they will strike")."""
    if not trigger.noun or cues.postpositional:
        return before
    for back in range(1, min(BEFORE_WORDS, len(farther)) + 1):
        word = farther[-back]
        if word in cues.verb_before:
            break
        if word in cues.light_verbs:
            return farther[: len(farther) - back + 1]
    return before


def is_nonfinite(
    cues: ArgCues,
    trigger: Trigger,
    verbal: bool,
    verb_words: list[str],
    rest: list[str],
    before: list[str],
    farther: list[str] | None = None,
) -> bool:
    """An infinitive ("भेजने की धमकी", "to send", the passive "to be freed") states no event of its own,
    unless it tells what one became the first to do (``farther``: more words before ``before``)."""
    if not verbal or not verb_words:
        return False
    if cues.postpositional:
        return infinitive(cues, verb_words) and starts_with(rest, cues.infinitive_kept_before) is None
    head = before[:]
    progressive = verb_words[-1].endswith(cues.progressive_suffixes or ("\0",))  # "to be supporting"
    if head and head[-1] in cues.subjunctive and not progressive:  # the passive "to be freed"
        head.pop()
    if trigger.noun:  # the light verb is what an infinitive marker would precede
        while head and head[-1] not in cues.light_verbs:
            head.pop()
        head = head[:-1]
    if any(w in cues.attempts for w in head[-2:-1]):  # "tried to hack", "continued to send arms": the act
        return False
    if not head or (head[-1],) not in cues.infinitive_before:
        return False
    farther = farther or []
    extra = farther[: len(farther) - len(before)] if farther[len(farther) - len(before) :] == before else []
    return not _first_to(cues, [*extra, *head[:-1]])


def _first_to(cues: ArgCues, words: list[str]) -> bool:
    """Does one of ``cues.firsts`` end at most ``FIRST_REACH`` words before the end of ``words``, none of
    ``cues.firsts_not`` between ("became the first British foreign secretary" before "to visit": the
    visit is told; not "the last chance" before "to strike a deal")?"""
    for gap in range(min(FIRST_REACH, len(words)) + 1):
        end = len(words) - gap
        if gap and words[end] in cues.firsts_not:
            return False
        if any(end >= len(p) and tuple(words[end - len(p) : end]) == p for p in cues.firsts):
            return True
    return False


def compelled_form(cues: ArgCues, verb_words: list[str], rest: list[str]) -> bool:
    """Is the verb group an infinitive before a verb of compulsion, its own or with the light verb right
    after it ("इस्तीफा देना पड़ा", "लाठीचार्ज करना पड़ा")?"""
    if rest and rest[0] in cues.light_verbs and not infinitive(cues, verb_words):
        verb_words, rest = [*verb_words, rest[0]], rest[1:]
    return infinitive(cues, verb_words) and compelling(cues, rest)


def compelling(cues: ArgCues, rest: list[str]) -> bool:
    """Is the first word after the verb group, focus particles aside, one of compulsion ("देना ही चाहिए")?"""
    return next((w for w in rest if w not in cues.determiners), None) in cues.compelled


def infinitive(cues: ArgCues, verb_words: list[str]) -> bool:
    """Does the verb group end in an infinitive, where markers follow nouns ("भेजने", "देना")?"""
    last = verb_words[-1] if verb_words and cues.postpositional else ""
    return any(last.endswith(s) and len(last) > len(s) + 1 for s in cues.infinitive_suffixes)
