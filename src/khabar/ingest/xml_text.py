"""XML documents that are neither feeds nor web pages (a corpus file, an export): their text, in order.

The text of every element, and the text after it up to its parent's next element, is read in
document order. A paragraph ends at the start and the end of each block element (named as one by
HTML, TEI, DocBook, JATS or NITF: ``p``, ``para``, ``head``, ``div``, ``section`` ...) and of each
child of the root; all other markup is inline and dropped (``<W>`` word tags, ``<PLACE-ARG>``
annotations, ``<b>``). In a paragraph, a run of white space is one space, as a browser shows markup;
paragraphs are joined by a line break. The article is that text, so its offsets are offsets into it.

The parser (lxml) resolves no external entities and fetches nothing; a document that is not
well-formed is refused with libxml2's reason and position.
"""

from __future__ import annotations

import re

from lxml import etree

from khabar.ingest.errors import IngestFailure
from khabar.schema import RawArticle

# fmt: off
BLOCKS = frozenset({
    # HTML
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
    # TEI, DocBook, JATS, NITF / NewsML and corpus conventions
    "ab", "abstract", "block", "byline", "dateline", "doctitle", "head", "headline", "heading", "hl1",
    "hl2", "item", "l", "lg", "list", "listitem", "para", "paragraph", "sec", "sect1", "sect2", "sect3",
    "simpara", "summary", "text",
})
# fmt: on
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"\s+")


def read_xml(text: str, origin: str) -> RawArticle:
    """The article in an XML document; raises ``IngestFailure`` when it is not well-formed or has no text."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True, remove_pis=True
    )
    try:  # decoded already: the declaration's encoding no longer applies
        root = etree.fromstring(_DECLARATION.sub("", text, count=1), parser)
    except etree.XMLSyntaxError as error:
        raise IngestFailure(origin, f"malformed XML: {error.msg}") from None
    paragraphs = _paragraphs(root)
    if not paragraphs:
        raise IngestFailure(origin, "XML with no text")
    return RawArticle(text="\n".join(paragraphs), origin=origin)


def _paragraphs(root: etree._Element) -> list[str]:
    """The paragraphs of the document under ``root`` (see the module docstring), in one pass."""
    paragraphs: list[str] = []
    current: list[str] = []

    def close_paragraph() -> None:
        if paragraph := _SPACE.sub(" ", "".join(current)).strip():
            paragraphs.append(paragraph)
        current.clear()

    for event, node in etree.iterwalk(root, events=("start", "end")):
        element = isinstance(node.tag, str)  # not an entity left unresolved
        block = element and (node.getparent() is root or etree.QName(node).localname.lower() in BLOCKS)
        if block:
            close_paragraph()
        if event == "start" and element and node.text:
            current.append(node.text)
        elif event == "end" and node is not root and node.tail:
            current.append(node.tail)
    close_paragraph()
    return paragraphs
