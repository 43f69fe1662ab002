"""The learned argument-role model (``extractors/events/roles.py``): it ships for English and Hindi,
fills only the roles it beat the hand rules on, leaves passives to the rules; the treebank reader and
the gold roles ``python -m train roles`` learns from; retraining is deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest
from train.treebank import TREEBANKS, argument, role_of, words

from khabar import extract
from khabar.extractors.events.roles import MODEL_FILE, _model
from khabar.extractors.events.syntax import arg_cues
from khabar.lang import LANG_ROOT

# "Police arrested the men who attacked the temple ." and "Protesters gathered and attacked it ."
ARRESTED = """# sent_id = t1
1	Police	police	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	Tense=Past	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	men	man	NOUN	NNS	Number=Plur	2	obj	_	_
5	who	who	PRON	WP	PronType=Rel	6	nsubj	_	_
6	attacked	attack	VERB	VBD	Tense=Past	4	acl:relcl	_	_
7	the	the	DET	DT	_	8	det	_	_
8	temple	temple	NOUN	NN	Number=Sing	6	obj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_"""
GATHERED = """# sent_id = t2
1	Protesters	protester	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	gathered	gather	VERB	VBD	Tense=Past	0	root	_	_
3	and	and	CCONJ	CC	_	4	cc	_	_
4	attacked	attack	VERB	VBD	Tense=Past	2	conj	_	_
5	Israel	Israel	PROPN	NNP	Number=Sing	7	nmod:poss	_	SpaceAfter=No
6	's	's	PART	POS	_	5	case	_	_
7	embassy	embassy	NOUN	NN	Number=Sing	4	obj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_"""


def _events(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    record = extract(text, language=language)
    return [
        (e.type, e.source_text.text if e.source_text else None, e.target_text.text if e.target_text else None)
        for e in record.events
    ]


def test_english_and_hindi_ship_a_model_with_the_roles_it_beat_the_rules_on() -> None:
    english, hindi = _model("en"), _model("hi")
    assert english is not None and english[1] == {"source", "target"}
    assert hindi is not None and hindi[1] == {"target"}  # the Hindi rules find subjects better
    assert _model("xx") is None and _model(None) is None


def test_the_model_gives_the_target_the_hindi_rules_leave_empty() -> None:
    text = "भारतीय सेना ने सीमा पर पाकिस्तानी चौकियों पर हमला किया।"
    assert _events(text, "hi") == [("ASSAULT", "भारतीय सेना", "पाकिस्तानी")]


def test_a_passive_keeps_the_roles_the_rules_give() -> None:
    text = "Three protesters were arrested by police in Dhaka on Sunday."
    assert _events(text, "en") == [("COERCE", "police", "protesters")]


def test_the_rules_decide_where_they_find_both_roles() -> None:
    text = "Iran's foreign minister criticised the United States on Monday."
    assert _events(text, "en") == [("ACCUSE", "Iran", "United States")]


def test_treebank_words_keep_their_offsets_in_the_joined_text() -> None:
    text, sentence = words(ARRESTED)
    assert text == "Police arrested the men who attacked the temple."
    assert all(text[w.start : w.end] == w.form for w in sentence)


def test_gold_roles_come_from_relations_relatives_and_shared_subjects() -> None:
    cues = arg_cues("en")
    _, s = words(ARRESTED)
    arrested, attacked = s[1], s[5]
    assert role_of(s, arrested, arrested, s[0], cues) == "source"
    assert role_of(s, arrested, arrested, s[3], cues) == "target"
    assert role_of(s, attacked, attacked, s[3], cues) == "source"  # the men who attacked
    assert role_of(s, attacked, attacked, s[7], cues) == "target"
    assert role_of(s, arrested, arrested, s[7], cues) == "none"
    _, s = words(GATHERED)
    attacked = s[3]
    assert role_of(s, attacked, attacked, s[0], cues) == "source"  # shared with "gathered"
    assert argument(s, s[4]) is s[6]  # Israel names the actor of "Israel's embassy"
    assert role_of(s, attacked, attacked, argument(s, s[4]), cues) == "target"


@pytest.mark.skipif(
    not (TREEBANKS / "UniversalDependencies+UD_Hindi-PUD" / "repo").exists(),
    reason="the UD Hindi PUD mirror is not on this machine",
)
def test_retraining_rebuilds_the_shipped_hindi_model_bit_for_bit(tmp_path: Path) -> None:
    from train.roles import _train, pairs

    parts: dict[str, list] = {"train": [], "dev": [], "test": []}
    for split, item in pairs("hi"):
        parts[split].append(item)
    _train(parts["train"] + parts["dev"], tmp_path / MODEL_FILE)  # as ``main`` trains it
    assert (tmp_path / MODEL_FILE).read_bytes() == (LANG_ROOT / "hi" / MODEL_FILE).read_bytes()
