"""What the UD treebanks say: their sentences (text joined as ``SpaceAfter`` says, words with offsets),
split by a fixed rule, and each nominal's role for a predicate (see ``train/roles.py``). Treebanks are
read from ``$KHABAR_TREEBANKS`` (bare git mirrors ``<dir>/UniversalDependencies+UD_*/repo``, default
``/work/.mirror``); a missing one is skipped."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from khabar.extractors.events.syntax import ArgCues
from khabar.text.normalise import fold

TREEBANKS = Path(os.environ.get("KHABAR_TREEBANKS", "/work/.mirror"))
EWT, PUD = "15d613d8447b3478787d4c278730a1e48a945efb", "8bc630f73e0737ce5ed9eaa97abf11f172ecc9bd"
# language -> (mirror, commit, file, split rule): "test" holds the file out, "hash" a fifth by sent_id
SOURCES = {
    "en": [
        ("UD_English-EWT", EWT, "en_ewt-ud-dev.conllu", "train"),
        ("UD_English-EWT", EWT, "en_ewt-ud-test.conllu", "test"),
    ],
    "hi": [("UD_Hindi-PUD", PUD, "hi_pud-ud-test.conllu", "hash")],
}
NOMINAL = {"NOUN", "PROPN", "PRON"}
SOURCE = {"nsubj", "obl:agent"}
TARGET = {"obj", "iobj", "nsubj:pass"}
SHARED_SUBJECT = {"conj", "xcomp"}
INNER = {"nmod:poss", "nmod", "compound", "amod", "appos", "conj"}  # an actor inside a noun phrase


@dataclass(frozen=True, slots=True)
class Word:
    id: int
    form: str
    upos: str
    head: int
    deprel: str
    feats: str
    start: int
    end: int


def conllu(language: str) -> Iterator[tuple[str, str, str]]:
    """(sent_id, split, block) of every sentence of the language's treebanks found, at a fixed commit."""
    for mirror, commit, name, rule in SOURCES[language]:
        repo = TREEBANKS / f"UniversalDependencies+{mirror}" / "repo"
        if not repo.exists():
            print(f"{language}: {repo} not found, skipped")
            continue
        command = ["git", "-C", str(repo), "show", f"{commit}:{name}"]
        shown = subprocess.run(command, capture_output=True, text=True, check=True)
        for block in shown.stdout.split("\n\n"):
            sent_id = next(
                (line.split("= ", 1)[1] for line in block.splitlines() if line.startswith("# sent_id")), ""
            )
            if sent_id:
                yield sent_id, _split(rule, sent_id), block


def _split(rule: str, sent_id: str) -> str:
    """``test`` for a held-out file or a fifth of a shared one by sent_id hash; of the rest, another
    fifth is ``dev`` (for choosing features with ``--dev``), the others ``train``."""
    bucket = hashlib.sha256(sent_id.encode()).digest()[0] % 5
    if rule == "test" or (rule == "hash" and bucket == 0):
        return "test"
    return "dev" if bucket == 1 else "train"


def words(block: str) -> tuple[str, list[Word]]:
    """The sentence's text (joined as ``SpaceAfter`` says) and its words with their offsets in it."""
    text, out = "", []
    for line in block.splitlines():
        cells = line.split("\t")
        if len(cells) != 10 or not cells[0].isdigit():
            continue  # comments, multiword ranges, empty nodes
        start = len(text)
        text += cells[1]
        out.append(
            Word(int(cells[0]), cells[1], cells[3], int(cells[6]), cells[7], cells[5], start, len(text))
        )
        if "SpaceAfter=No" not in cells[9]:
            text += " "
    return text.rstrip(), out


def argument(sentence: list[Word], word: Word) -> Word:
    """The head of the noun phrase ``word`` names an actor in ("U.S." in "a U.S. request", "Haiti" in
    "Haiti's efforts", "Romania" in "leaders of Romania's government"): its role is the phrase's role."""
    for _ in range(3):
        if word.deprel not in INNER or word.head == 0 or sentence[word.head - 1].upos not in NOMINAL:
            break
        word = sentence[word.head - 1]
    return word


def predicates(sentence: list[Word], cues: ArgCues) -> Iterator[tuple[Word, Word]]:
    """(verb, trigger) of each predicate: a verb is its own trigger, a noun or adjective joined to it by
    ``compound:lvc`` is its trigger instead ("हमला किया"), and the object of a light verb of the
    language's ``events.yaml`` is one more ("launched an attack")."""
    for verb in (w for w in sentence if w.upos == "VERB"):
        light = [w for w in sentence if w.head == verb.id and w.deprel == "compound:lvc" and w.id < verb.id]
        yield verb, light[-1] if light else verb
        if fold(verb.form) in cues.light_verbs:
            yield from (
                (verb, w) for w in sentence if w.head == verb.id and w.deprel == "obj" and w.upos == "NOUN"
            )


def role_of(sentence: list[Word], verb: Word, anchor: Word, head: Word, cues: ArgCues) -> str:
    """``head``'s role for the predicate of ``verb`` and its trigger ``anchor``; a verb without a subject
    of its own shares that of the verb it is coordinated with or the complement of ("X arrived and
    attacked Y", "X tried to attack Y")."""
    if head is anchor:
        return "none"
    if head.head == anchor.id != verb.id and head.deprel == "nmod" and _marked_target(sentence, head, cues):
        return "target"  # "an attack on X"
    if head.head == verb.id:
        if head.deprel in SOURCE:
            return "source"
        if head.deprel in TARGET or (head.deprel == "obl" and _marked_target(sentence, head, cues)):
            return "target"
    if verb.deprel == "acl:relcl" and verb.head == head.id:  # "protesters who stormed"
        relative = [w for w in sentence if w.head == verb.id and "PronType=Rel" in w.feats]
        if any(w.deprel in SOURCE for w in relative):
            return "source"
        if any(w.deprel in TARGET for w in relative):
            return "target"
    own = any(w.head == verb.id and w.deprel in SOURCE | {"nsubj:pass"} for w in sentence)
    if not own and verb.deprel in SHARED_SUBJECT and verb.head > 0:
        governor = sentence[verb.head - 1]
        shared = role_of(sentence, governor, governor, head, cues)
        return "source" if shared == "source" else "none"
    return "none"


def _marked_target(sentence: list[Word], head: Word, cues: ArgCues) -> bool:
    """Is ``head`` marked as a target: an object postposition (को) or a target preposition ("against")?"""
    case = tuple(fold(w.form) for w in sentence if w.head == head.id and w.deprel == "case")
    return case in cues.target_prepositions or cues.markers.get(case) == "object"
