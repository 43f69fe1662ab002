"""Words glued after a person's name that end no name: a noun in the plural ("टिम ब्लैकबर्न सीढ़ियों से
गिर गए": Tim Blackburn fell down the stairs) and a large town named right before a one-word locative
marker ("हरभजन सिंह मोहाली में": Harbhajan Singh in Mohali). A listed given name or surname stays."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.entities.sounded import by_own_name, sounded_places
from khabar.extractors.entities.words import Words, name_words
from khabar.text.tokens import Token

LOCATIVE_TOWN = 100_000  # least population of a town named right before a locative marker that ends a name
PLURAL_STEM = 2  # least letters before a plural ending ("सीढ़ियों"; not a short word such as "दोनों")


def without_glued_end(words: Words, run: list[Token]) -> list[Token]:
    """The run of two words or more without a last word that is a plural or a large town before a
    locative marker (see the module)."""
    if len(run) < 2:
        return run
    last = run[-1]
    language = words.languages[last.index]
    listed = name_words(language)
    if last.text in listed.surnames or last.text in listed.given_names:
        return run
    if _plural(last.text, language) or _town_before_locative(words, last):
        return run[:-1]
    return run


def _plural(word: str, language: str | None) -> bool:
    """Does the word end as a plural does, after ``PLURAL_STEM`` letters or more?"""
    endings = grammar(language).plural_endings
    return any(word.endswith(e) and len(word) >= len(e) + PLURAL_STEM for e in endings)


def _town_before_locative(words: Words, last: Token) -> bool:
    """Is the word the own name of a town of ``LOCATIVE_TOWN`` people or more, right before a one-word
    locative marker ("में", "से")?"""
    following = last.index + 1
    if following >= len(words):
        return False
    markers = {m[0] for m in grammar(words.languages[following]).locative_markers if len(m) == 1}
    return words.tokens[following].text in markers and any(
        p.population >= LOCATIVE_TOWN and by_own_name(last.text, p) for p in sounded_places(last.text)
    )
