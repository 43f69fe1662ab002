"""Titles of works are no people. In a list: "कर्ज़, हीरो, राम लखन और खलनायक जैसी सुपरहिट फ़िल्में" (films
such as ...) lists films, and "राम लखन" there, which its given name made a person, is a title.

A list closed by a likeness word, at most ``WORK_GAP`` words and a noun of works (``names.yaml``:
``likeness_words``, ``work_nouns``) names works. A new person (no knowledge-base actor) with a mention
in such a list is left out, all its mentions with it: the title recurs ("मेरी जंग, राम लखन और ताल जैसी
फ़िल्मों"). Each mention looks ahead at most ``LIST_REACH`` words (linear in the article's length).

In the marks a language sets around titles (``title_marks``: "‘ढाई अक्षर प्रेम के’"): a new person each
of whose mentions opens right after one.
"""

from __future__ import annotations

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.found import Found, Key, NameKey
from khabar.extractors.entities.gazetteer import next_word
from khabar.extractors.entities.words import name_words
from khabar.lang import topic
from khabar.lang.models import Names

WORK_GAP = 2  # words between the likeness word and the noun of works ("जैसी सुपरहिट फ़िल्में")
MARK_GAP = 4  # characters before a name read for a title mark (spaces and line breaks between)
TITLE_WORDS = 6  # words at most in a title set in marks ("‘ढाई अक्षर प्रेम के’": 4)
TITLE_CHARS = 80  # characters read after a name for the mark closing its title
LIST_REACH = 12  # words from a mention to the likeness word closing its list


def without_titles_of_works(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` less the new people with a mention in a list of works (``_in_list_of_works``), and those
    each of whose mentions opens right after a mark set around titles (``title_marks``)."""
    new = [f for f in found if f.type == "PERSON" and isinstance(f.key, NameKey)]
    titles: set[Key] = {f.key for f in new if _in_list_of_works(doc, f.start, f.end)}
    unmarked = {f.key for f in new if not _after_title_mark(doc, f.start, f.end)}
    titles |= {f.key for f in new} - unmarked
    return [f for f in found if f.key not in titles] if titles else found


def _after_title_mark(doc: Doc, start: int, end: int) -> bool:
    """Does a mark set around titles in the language (``title_marks``) stand right before the name at
    ``start``..``end``, spaces apart, and one close the title within ``TITLE_WORDS`` words, on its line,
    no agent marker right after the name? (A headline set in the marks is longer: "'शरीफ़ के लिए धड़कता
    है पंजाब के इस गांव का दिल"; a short quote names its subject: "‘सुनीता ने मुझे बुलाया था.’".)"""
    language = doc.language_at(start)
    marks = topic(language, Names).title_marks
    before = doc.text[max(start - MARK_GAP, 0) : start].rstrip()
    if not marks or not before or before[-1] not in marks:
        return False
    word = next_word(doc, end)
    if word is not None and (word.text,) in grammar(language).agent_markers:
        return False
    after = doc.text[start : start + TITLE_CHARS].split("\n", 1)[0]
    close = next((i for i, c in enumerate(after) if c in marks), None)
    return close is not None and len(after[:close].split()) <= TITLE_WORDS


def _in_list_of_works(doc: Doc, start: int, end: int) -> bool:
    """Is the name at ``start``..``end`` a member of a list (a comma, a conjunction or the likeness word
    right after it) that closes, within ``LIST_REACH`` words, with a likeness word and a noun of works?
    Only commas and the list's words lie between: no other punctuation, and no likeness word before a
    conjunction or a comma (before the name or after it) has shown it is a list."""
    language = doc.language_at(end)
    listed, conjunctions = name_words(language), grammar(language).conjunctions
    tokens = doc.tokens
    i = tokens.first_at(end)
    if i >= len(tokens):
        return False
    closing = tokens[i].text in conjunctions or tokens[i].text in listed.likeness_words
    if doc.text[end : tokens[i].start].strip() != "," and not closing:
        return False  # "सुभाष घई के निर्देशन में X, Y और Z जैसी फ़िल्मों": the director is no member
    before = tokens.first_at(start) - 1  # the last member: "... और ताल जैसी फ़िल्मों"
    listing = before >= 0 and (
        tokens[before].text in conjunctions or doc.text[tokens[before].end : start].strip() == ","
    )
    for _ in range(LIST_REACH):
        if i >= len(tokens):
            return False
        gap = doc.text[tokens[i - 1].end : tokens[i].start].strip() if i > 0 else ""
        if gap not in ("", ","):
            return False  # a full stop, a bracket: the list is over
        listing = listing or gap == "," or tokens[i].text in conjunctions
        if tokens[i].text in listed.likeness_words:
            return listing and _work_noun_within(doc, i + 1)
        i += 1
    return False


def _work_noun_within(doc: Doc, i: int) -> bool:
    """Is one of the ``WORK_GAP`` + 1 words from ``i`` a noun of works, with no punctuation before it?"""
    tokens = doc.tokens
    nouns = name_words(doc.language_at(tokens[i].start)).work_nouns if i < len(tokens) else frozenset()
    for j in range(i, min(i + WORK_GAP + 1, len(tokens))):
        if j > i and doc.text[tokens[j - 1].end : tokens[j].start].strip():
            return False
        if tokens[j].text in nouns:
            return True
    return False
