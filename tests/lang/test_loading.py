"""Language data is validated at load time: a bad file fails, naming the file, the key and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import lang
from khabar.lang import LanguageDataError, topic
from khabar.lang.models import Counts, Grammar, Places


@pytest.fixture
def lang_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A language folder ``xx`` under a temporary data root, with the loader's caches cleared."""
    monkeypatch.setattr(lang, "LANG_ROOT", tmp_path)
    topic.cache_clear()
    lang.languages.cache_clear()
    (tmp_path / "xx").mkdir()
    yield tmp_path / "xx"
    topic.cache_clear()
    lang.languages.cache_clear()


def test_an_unknown_key_fails_with_file_and_key(lang_root: Path) -> None:
    (lang_root / "grammar.yaml").write_text("stopwords: [a]\nstopwrods: [b]\n", encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"xx/grammar\.yaml: stopwrods: Extra inputs"):
        topic("xx", Grammar)


def test_a_word_that_is_not_a_string_fails(lang_root: Path) -> None:
    (lang_root / "counts.yaml").write_text("negations: [never, 7]\n", encoding="utf-8")
    with pytest.raises(
        LanguageDataError, match=r"counts\.yaml: negations\.1: Input should be a valid string"
    ):
        topic("xx", Counts)


def test_a_wrong_value_fails(lang_root: Path) -> None:
    (lang_root / "places.yaml").write_text("after: {province: county}\n", encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"after\.province"):
        topic("xx", Places)


def test_yes_no_on_off_stay_words(lang_root: Path) -> None:
    (lang_root / "grammar.yaml").write_text("stopwords: [no, on, yes, off, Yes]\n", encoding="utf-8")
    assert topic("xx", Grammar).stopwords == ("no", "on", "yes", "off", "Yes")


def test_a_missing_topic_or_language_is_empty(lang_root: Path) -> None:
    assert topic("xx", Grammar) == Grammar()
    assert topic(None, Grammar).stopwords == ()
    assert topic("zz", Counts).outcomes == {}


def test_an_unknown_event_concept_fails_naming_the_file() -> None:
    from khabar.extractors.events.lexicon import trigger
    from khabar.lang.models.events import TriggerEntry

    with pytest.raises(LanguageDataError, match=r"lang/xx/events\.yaml: unknown event concept 'assualt'"):
        trigger(TriggerEntry(concept="assualt", cue=("hit",)), "xx")


def test_languages_are_the_folders_of_language_data() -> None:
    """The real data root: each language folder, never the ``models`` package beside them."""
    assert lang.languages() == ("en", "hi")


def test_a_folder_without_language_files_is_no_language(lang_root: Path) -> None:
    (lang_root.parent / "models").mkdir()
    (lang_root.parent / "models" / "base.py").write_text("", encoding="utf-8")
    (lang_root / "grammar.yaml").write_text("stopwords: [a]\n", encoding="utf-8")
    assert lang.languages() == ("xx",)
