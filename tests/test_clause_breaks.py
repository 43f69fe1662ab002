"""``clauses.breaks`` is found once per document, and read again only from the hits it was found from."""

from khabar.extractors.events.clauses import breaks
from khabar.pipeline import prepare

TEXT = "Police said that protesters, who marched from the square, attacked the station."


def test_breaks_are_found_once_per_document() -> None:
    doc = prepare(TEXT, until="event_hits")
    cuts = breaks(doc)
    assert [word for _, _, word in cuts.words] == ["that", "who"]
    assert breaks(doc) is cuts


def test_breaks_follow_the_hits_of_the_same_text() -> None:
    doc = prepare(TEXT, until="event_hits")
    assert breaks(doc).words
    doc.set_layer("event_hits", [h for h in doc.event_hits if h.kind != "break"])
    assert breaks(doc).words == []
