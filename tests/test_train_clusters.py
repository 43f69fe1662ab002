"""Brown word clusters from unlabelled text (``python -m train clusters``): deterministic, and words
used alike share a cluster."""

from __future__ import annotations

import pytest

from train import clusters

pytest.importorskip("brown_clustering")  # a training tool (the dev extra), not a run-time dependency


def test_words_used_alike_share_a_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clusters, "CLUSTERS", 2)
    lines = []
    for _ in range(5):
        for name in ("राम", "श्याम"):
            lines.append([name, "ने", "कहा"])
        for place in ("दिल्ली", "पटना"):
            lines.append(["वह", place, "में", "है"])
    found = clusters.clusters(lines)
    assert found == clusters.clusters(lines)  # deterministic
    assert found["राम"] == found["श्याम"] and found["दिल्ली"] == found["पटना"]
    assert found["राम"] != found["दिल्ली"]


def test_a_cluster_path_is_the_bits_its_words_share() -> None:
    assert clusters._shared(["0110", "01110", "0111"]) == "011"
    assert clusters._shared(["0110"]) == "0110"
