"""One word of a capitalised run in a cased script (Latin): what it is and where it stands.

``capitals`` builds runs from these tests of a single word:

- an acronym (``acronym``): a word in capitals of three to six letters ("OPCW"; an unknown one only in
  a paragraph of its own script, and not inside a line in capitals: "WAR IN SYRIA"), or a word in mixed
  case whose capitals are a known acronym ("Isis", "Nato"); never an ordinary word;
- an ordinary word (``ordinary``: ``frequent_words`` of its language), an initial with its full stop
  ("P. Chidambaram": ``initial``);
- where it stands: opening a sentence, a quotation, a bracket or a clause (``opens``), or after a hyphen
  (``after_hyphen``: "US-Led").
"""

from __future__ import annotations

from khabar.doc import Doc
from khabar.extractors.cues import HYPHENS
from khabar.extractors.entities.words import Words, frequent_words
from khabar.text.tokens import Token

ACRONYM_LETTERS = (3, 6)  # a word in capitals this long is an acronym ("OPCW"; not "UK", "BEIRUT")
MIXED_ACRONYM_LETTERS = 4  # a known acronym written in mixed case is at least this long ("Nato"; not "Let")
# typography before a word that opens a quotation, a bracket or a clause, and hyphens
OPENING_MARKS = frozenset("\"'“‘«„([:–—")


def acronym(doc: Doc, words: Words, i: int) -> bool:
    """Is word ``i`` an acronym: in capitals ("OPCW"; an unknown one only in text of its script), or in
    mixed case with the capitals of a known one ("Isis", "Nato"); no ordinary word nor part of a line in
    capitals?"""
    token = words.tokens[i]
    surface = doc.text[token.start : token.end]
    if not surface.isalpha() or ordinary(words, i):
        return False
    assert doc.knowledge is not None
    known = surface.upper() in doc.knowledge.acronyms
    if surface.isupper():
        low, high = ACRONYM_LETTERS
        return (
            low <= len(surface) <= high
            and (known or _in_own_script(doc, token))
            and not any(_capital_word(doc, words, j) for j in (i - 1, i + 1))
        )
    return len(surface) >= MIXED_ACRONYM_LETTERS and surface[1:].islower() and known


def ordinary(words: Words, i: int) -> bool:
    """Is word ``i`` an ordinary (frequent) word of its language?"""
    return words.tokens[i].text in frequent_words(words.languages[i])


def initial(doc: Doc, token: Token) -> bool:
    """Is the word one capital letter with a full stop and a space after it ("P. Chidambaram")?"""
    return token.end - token.start == 1 and token.capitalised and doc.text.startswith(". ", token.end)


def opens(doc: Doc, words: Words, i: int) -> bool:
    """Does word ``i`` open a sentence, a quotation, a bracket or a clause?"""
    token = words.tokens[i]
    if i == 0:
        return True
    gap = doc.text[words.tokens[i - 1].end : token.start].strip()
    if gap and gap[-1] in OPENING_MARKS:  # "“Like", "(But"
        return True
    sentence = doc.sentence_at(token.start)
    return sentence is not None and doc.tokens.first_at(sentence.start) == i


def after_hyphen(doc: Doc, words: Words, i: int) -> bool:
    """Does word ``i`` follow a hyphen ("US-Led")?"""
    gap = doc.text[words.tokens[i - 1].end : words.tokens[i].start].strip()
    return bool(gap) and gap[-1] in HYPHENS


def _in_own_script(doc: Doc, token: Token) -> bool:
    """Is the word in a paragraph of its own script? (A Latin word in capitals inside Hindi text is as
    often a title, a station or a caption as a body: "SSP", "CSMT", "PHOTOS".)"""
    segment = doc.segment_at(token.start)
    return segment is not None and segment.script == token.script


def _capital_word(doc: Doc, words: Words, j: int) -> bool:
    """Is word ``j`` an ordinary word in capitals (of a line in capitals: "WAR IN SYRIA")?"""
    if not 0 <= j < len(words) or not ordinary(words, j):
        return False
    token = words.tokens[j]
    return doc.text[token.start : token.end].isupper()
