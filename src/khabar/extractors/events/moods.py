"""How a trigger is told, from the words around its verb group: negated ("did not arrest", "गिरफ्तार नहीं
किया", made no attempt at it), wished (demanded or urged, in the subjunctive or imperative: "रिहा किया
जाए", "demanded that the prisoners be released") or with a modality (future, intended, possible)."""

from __future__ import annotations

from khabar.extractors.events.lexicon import contains
from khabar.extractors.events.syntax import ArgCues

NEGATION_REACH = (
    3  # words before a verb where a negation counts ("did not arrest"), where markers precede nouns
)
ATTEMPT_REACH = 5  # words from a trigger where an attempt noun may stand ("गिरफ्तार करने की कोई कोशिश नहीं")


def told_negated(cues: ArgCues, before: list[str], after: list[str]) -> bool:
    """A negation cue next to the verb: after it where markers follow nouns (after the noun of an
    attempt at it too: "की कोई कोशिश नहीं की", made no attempt), else in the words before it, one more
    after an attempt ("have not been able to arrest")."""
    if cues.postpositional:  # also past the noun of an attempt at it ("बातचीत की कोई कोशिश नहीं की")
        reach = next((i + 1 for i, w in enumerate(after[:ATTEMPT_REACH]) if w in cues.attempts), 0)
        window = before[-1:] + after[: reach + 3]
    else:
        window = before[-NEGATION_REACH - (len(before) > 1 and before[-2] in cues.attempts) :]
    if contains(before[-4:] + after[:4], cues.not_negation):
        return False
    suffixes = cues.negation_suffixes
    return contains(window, cues.negation) or bool(suffixes and any(w.endswith(suffixes) for w in window))


def told_wished(cues: ArgCues, before: list[str], group: tuple[bool, list[str], list[str]]) -> bool:
    """Is the act told in the subjunctive or imperative, demanded, wished or urged but not done ("मांग
    की कि कैदियों को रिहा किया जाए", "मतदान में सहयोग करें", "demanded that the prisoners be released")?
    Where markers follow nouns the last word of its verb group says so, with only ``subjunctive_tails``
    after it in its clause ("अपील करें या नहीं"), elsewhere the word right before the verb. What is
    demanded is the content of its demand, an event of its own (REQUEST). A bare noun is read as told
    ("कि भारतीय संसद पर हमले में ... की भूमिका के बारे में जानकारी दे": the attack happened)."""
    verbal, verb_words, rest = group
    if not cues.postpositional:  # not after "to" ("believed to be supporting")
        return (
            bool(before)
            and before[-1] in cues.subjunctive
            and tuple(before[-2:-1]) not in cues.infinitive_before
        )
    if not verbal:
        return False
    chain = cues.auxiliaries | cues.passive | cues.light_verbs  # "रिहा किया जाए", "गिरफ्तार किया है ..."
    ends = next((i for i, w in enumerate(rest) if w not in chain), len(rest))
    last = (verb_words + rest[:ends])[-1]
    return last in cues.subjunctive and all(w in cues.subjunctive_tails for w in rest[ends:])


def told_modality(cues: ArgCues, before: list[str], verb_words: list[str], rest: list[str]) -> str:
    """The modality the words around the verb group tell (the first of the language's ``modality`` whose
    cue stands before it, after it or as a suffix of its verb), else "asserted"."""
    for name, preceding, following, suffixes in cues.modality:
        if contains(before[-4:], preceding) or contains(rest[:3], following):
            return name
        if suffixes and any(w.endswith(suffixes) for w in verb_words[-1:] + rest[:2]):
            return name
    return "asserted"
