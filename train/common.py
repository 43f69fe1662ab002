"""Where the training data lies."""

from __future__ import annotations

from pathlib import Path

from eval.common import shared_root

REPO = Path(__file__).resolve().parent.parent
SHARED_TRAIN = shared_root() / "train"  # ``$KHABAR_SHARED`` overrides ../shared, as for the scorers
SHARED_EVAL = shared_root() / "eval"
LANG_ROOT = REPO / "src" / "khabar" / "lang"
ILNER_TRAIN = {
    "hi": SHARED_TRAIN / "ilner" / "Hindi-train.txt",
    "ur": SHARED_TRAIN / "ilner" / "Urdu-train.txt",
}
SYNTHETIC_STORIES = SHARED_TRAIN / "ngec_synthetic" / "gpt_synthetic_events.csv"
AGENTS_DICTIONARY = SHARED_TRAIN / "ngec_synthetic" / "PLOVER_agents.txt"


def require(path: Path) -> Path:
    """``path``, or a clear error when the training data is not beside the repository."""
    if not path.exists():
        raise SystemExit(f"training data not found: {path} (the commands read ../shared/train)")
    return path
