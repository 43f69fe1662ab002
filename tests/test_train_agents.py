"""The agents curation (``python -m train agents``): the committed English agents file is its output."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from train import agents
from train.common import AGENTS_DICTIONARY, LANG_ROOT, SYNTHETIC_STORIES


def test_plural_of_a_phrase_last_word() -> None:
    assert agents.plural("tribesman") == "tribesmen"
    assert agents.plural("militia") == "militias"
    assert agents.plural("ethnic minority") == "ethnic minorities"


@pytest.mark.skipif(
    not (AGENTS_DICTIONARY.exists() and SYNTHETIC_STORIES.exists()), reason="needs ../shared/train"
)
def test_the_committed_file_is_what_the_curation_rebuilds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hand edits to ``agents.yaml`` are lost at the next rebuild: they belong in the curation."""
    (tmp_path / "en").mkdir()
    monkeypatch.setattr(agents, "LANG_ROOT", tmp_path)
    agents.main()
    rebuilt = (tmp_path / "en" / "agents.yaml").read_text(encoding="utf-8")
    assert rebuilt == (LANG_ROOT / "en" / "agents.yaml").read_text(encoding="utf-8")
    words = {w: a for a in yaml.safe_load(rebuilt)["agents"] for w in a["words"]}
    assert words["kurds"]["sector"] == "CVL" and words["zealots"]["sector"] == "REB"
    assert words["troopers"]["name"] == "soldiers" and words["police team"]["sector"] == "COP"
