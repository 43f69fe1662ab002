"""XML documents that are not feeds: their text in order, paragraphs at blocks, inline markup dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.ingest import IngestError, read_bytes, read_paths
from khabar.ingest.errors import IngestFailure
from khabar.ingest.xml_text import read_xml
from khabar.schema import RawArticle

# A corpus document in the shape of annotated news corpora: one <W> per word, annotations around words.
CORPUS_DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<DOCUMENT><DESC/><P><W> पटना </W><W> में </W><CASUALTIES-ARG ID="3"><W> 12 </W><W> लोगों </W><W> की </W>
<W> मौत </W></CASUALTIES-ARG><W> हो </W><W> गई। </W></P><P><PLACE-ARG ID="4"><W> बिहार </W></PLACE-ARG>
<W> के </W><W> मुख्यमंत्री </W><W> ने </W><W> शोक </W><W> जताया। </W></P></DOCUMENT>
"""
CORPUS_TEXT = "पटना में 12 लोगों की मौत हो गई।\nबिहार के मुख्यमंत्री ने शोक जताया।"


def test_a_corpus_document_is_its_words_with_a_line_per_paragraph() -> None:
    assert read_xml(CORPUS_DOCUMENT, "doc.xml") == RawArticle(text=CORPUS_TEXT, origin="doc.xml")


def test_mixed_content_keeps_the_text_around_inline_markup_in_order() -> None:
    document = (
        "<article xmlns='http://example.org/ns'><headline>Floods in <place>Assam</place></headline>"
        "<body><para>Rain <b>closed</b> 40 roads,<br/>officials said.</para>"
        "<para>Relief camps opened.</para></body></article>"
    )
    assert read_xml(document, "a.xml").text == (
        "Floods in Assam\nRain closed 40 roads,\nofficials said.\nRelief camps opened."
    )


def test_character_references_are_the_characters_they_name() -> None:
    patna, delhi = "&#2346;&#2335;&#2344;&#2366;", "&#x926;&#x93F;&#x932;&#x94D;&#x932;&#x940;"
    document = f"<DOCUMENT><P> {patna} &amp; {delhi} </P></DOCUMENT>"
    assert read_xml(document, "refs.utf8").text == "पटना & दिल्ली"


def test_malformed_xml_is_refused_with_the_reason_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<DOCUMENT><P><W> पटना </W></DOCUMENT>", encoding="utf-8")
    (error,) = read_paths([path])
    assert isinstance(error, IngestError) and error.origin == str(path)
    assert error.reason.startswith("malformed XML: Opening and ending tag mismatch: P")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert f"khabar: {path}: malformed XML" in result.stderr


def test_a_document_without_text_is_refused() -> None:
    with pytest.raises(IngestFailure, match="XML with no text"):
        read_xml("<?xml version='1.0'?><DOCUMENT><DESC/><P>  </P></DOCUMENT>", "empty.xml")


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY s SYSTEM "file://{secret}">]>'
        "<d><p>Before &s; after.</p></d>"
    )
    assert "secret" not in read_xml(document, "xxe.xml").text


@pytest.mark.parametrize("name", ["navbharat_2010_9_25", "doc.utf8", "-"])
def test_xml_is_recognised_without_an_xml_extension(name: str) -> None:
    bare = CORPUS_DOCUMENT.split("\n", 1)[1]  # no declaration: the root element is closed at the end
    for content in (CORPUS_DOCUMENT, bare):
        (article,) = read_bytes(content.encode(), name)
        assert article == RawArticle(text=CORPUS_TEXT, origin=name)


def test_text_that_merely_starts_with_a_tag_stays_text() -> None:
    text = "<b>Breaking</b>: floods in Assam, 12 dead."
    assert next(read_bytes(text.encode(), "-")) == RawArticle(text=text, origin="-")


def test_extract_reads_an_xml_document_and_its_evidence_points_into_the_text(tmp_path: Path) -> None:
    path = tmp_path / "flood.txt.xml"
    path.write_text(CORPUS_DOCUMENT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["text"] == CORPUS_TEXT
    spans = [m for e in record["entities"] for m in e["mentions"]] + record["counts"]
    assert any(span["text"] == "पटना" for span in spans)
    for span in spans:
        assert CORPUS_TEXT[span["start"] : span["end"]] == span["text"]
