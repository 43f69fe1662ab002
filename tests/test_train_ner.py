"""``python -m train ner --extra``: more labelled sentences, without any an evaluation set holds."""

from __future__ import annotations

from pathlib import Path

from train.ner import EXTRA_TYPES, sentences_of, unseen


def test_an_extra_file_reads_conll_tags_and_drops_evaluation_sentences(tmp_path: Path) -> None:
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "राम\tB-PER\nदिल्ली\tB-LOC\nगए\tO\n\nसीमा\tB-PERSON\nआईं\tO\n\nगौरव\tB-NEP\nसो\tO\n", encoding="utf-8"
    )
    sentences = sentences_of(extra, EXTRA_TYPES)
    kinds = [[kind for _, _, kind in s.gold] for s in sentences]
    assert kinds == [["PERSON", "PLACE"], ["PERSON"], ["PERSON"]]
    kept, dropped = unseen(sentences, frozenset({"सीमा आईं"}))
    assert [s.text for s in kept] == ["राम दिल्ली गए", "गौरव सो"] and dropped == 1
