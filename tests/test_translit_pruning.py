"""Speed-ups of name matching that must not change a result: one-word entries pruned before full
scoring (``NameIndex.match_detailed``) and the per-word romanisation cache."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.text.translit import NameIndex, display_name, romanisation, romanise
from khabar.text.translit import index as index_module

# names of a few consonant skeletons voiced at random, so that many share a phonetic key and a block
SKELETON = st.text(alphabet="bdklmnrst", min_size=1, max_size=4)
VOWELS = st.sampled_from(["", "a", "e", "i", "o", "u", "ee", "h"])


@st.composite
def _names(draw: st.DrawFn, skeletons: list[str]) -> str:
    words = []
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3]))):
        skeleton = draw(st.sampled_from(skeletons))
        words.append("".join(draw(VOWELS) + letter for letter in skeleton) + draw(VOWELS))
    return " ".join(words)


def _unpruned(index: NameIndex[str], query: str, threshold: float) -> list[index_module.NameMatch[str]]:
    """``match_detailed`` with the pruning switched off (its margin made larger than any score)."""
    kept = index_module.ROUNDING
    index_module.ROUNDING = 2.0
    try:
        return index.match_detailed(query, threshold=threshold)
    finally:
        index_module.ROUNDING = kept


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), threshold=st.floats(min_value=0.5, max_value=1.0))
def test_pruning_changes_no_match(data: st.DataObject, threshold: float) -> None:
    skeletons = data.draw(st.lists(SKELETON, min_size=1, max_size=3))
    names = data.draw(st.lists(_names(skeletons), min_size=1, max_size=40))
    query = data.draw(_names(skeletons))
    index = NameIndex((name, name) for name in names)
    assert index.match_detailed(query, threshold=threshold) == _unpruned(index, query, threshold)


def test_one_word_entries_below_the_threshold_are_not_scored(monkeypatch) -> None:
    # दिल्ली romanises to "delhi", phonetic key "dl", which Dalli, Dulla and Dholi share: too unlike
    # Delhi (0.79, 0.67, 0.72) to reach 0.9, they are not scored in full
    index = NameIndex((name, name) for name in ["Delhi", "Dalli", "Dulla", "Dholi"])
    scored: list[str] = []
    score = index_module._score

    def counted(query, entry, pair=None):  # type: ignore[no-untyped-def]
        scored.append(" ".join(entry.tokens))
        return score(query, entry, pair)

    monkeypatch.setattr(index_module, "_score", counted)
    assert [m.value for m in index.match_detailed("दिल्ली", threshold=0.9)] == ["Delhi"]
    assert scored == ["delhi"]
    scored.clear()
    assert [m.value for m in _unpruned(index, "दिल्ली", 0.9)] == ["Delhi"]
    assert len(scored) == 4


def test_words_are_romanised_once() -> None:
    word = romanisation._romanisers()["Deva"]
    assert word is not None and hasattr(word, "cache_info")
    romanise("नरेंद्र मोदी")
    before = word.cache_info().hits
    assert display_name("मोदी") == "Modi" and romanise("मोदी ने") == "modi ne"
    assert word.cache_info().hits >= before + 1
