"""Word clusters from unlabelled text (``python -m train clusters``): deterministic, and words used
alike share a cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from train import clusters


def test_words_used_alike_share_a_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clusters, "SIZES", (2,))
    monkeypatch.setattr(clusters, "DIMENSIONS", 2)
    lines = []
    for _ in range(5):
        for name in ("राम", "श्याम"):
            lines += [f"{name}\tB-NEP", "ने\tO", "कहा\tO", ""]
        for place in ("दिल्ली", "पटना"):
            lines += ["वह\tO", f"{place}\tB-NEL", "में\tO", "है\tO", ""]
    path = tmp_path / "train.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    found = clusters.clusters(path)
    assert found == clusters.clusters(path)  # deterministic
    assert found["राम"] == found["श्याम"] and found["दिल्ली"] == found["पटना"]
    assert found["राम"] != found["दिल्ली"]
