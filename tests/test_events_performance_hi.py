"""Hindi प्रदर्शन as a performance (hi-source): one that falls or rises is no demonstration."""

from __future__ import annotations

import pytest

from khabar import extract


@pytest.mark.parametrize(
    "text",
    [
        "सचिन तेंदुलकर के प्रदर्शन में गिरावट आई है.",
        "पिछले साल से सचिन तेंदुलकर के प्रदर्शन में सुधार हुआ है.",
    ],
)
def test_a_performance_that_falls_or_rises_is_no_protest(text: str) -> None:
    assert [e.type for e in extract(text, language="hi").events] == []


def test_a_demonstration_stays() -> None:
    text = "छात्रों ने दिल्ली में सरकार के खिलाफ प्रदर्शन किया."
    assert [e.type for e in extract(text, language="hi").events] == ["PROTEST"]
