"""khabar: news articles in many languages to structured, source-linked event data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Article", "Budget", "Knowledge", "extract"]

if TYPE_CHECKING:
    from khabar.budget import Budget
    from khabar.knowledge.base import Knowledge
    from khabar.pipeline import extract
    from khabar.schema import Article


def __getattr__(name: str) -> Any:
    """Import the pipeline only when used, so ``import khabar`` stays cheap."""
    if name == "extract":
        from khabar.pipeline import extract

        return extract
    if name == "Budget":
        from khabar.budget import Budget

        return Budget
    if name == "Knowledge":
        from khabar.knowledge.base import Knowledge

        return Knowledge
    if name == "Article":
        from khabar.schema import Article

        return Article
    raise AttributeError(name)
