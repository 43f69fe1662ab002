"""HTML to an lxml tree that keeps the text however deeply the markup nests.

libxml2 stops building the tree at 256 levels of nesting (lxml's default) and drops everything
below them; a page with a few hundred unclosed ``<div>`` or ``<font>`` tags reaches that. The tree
is built with ``huge_tree``, which allows 2,048 levels; markup nested deeper still is flattened
first: the tags of elements more than ``FLAT_DEPTH`` levels down are dropped and their text is kept
(the standard library's tokenizer has no depth limit and reads the markup in one pass).

The parser options are those of trafilatura's ``load_html``, which this takes the place of.
"""

from __future__ import annotations

from html.parser import HTMLParser as Tokenizer

import lxml.html
from lxml import etree
from trafilatura.utils import repair_faulty_html

FLAT_DEPTH = 200
# Elements that never hold others, or whose end libxml2 implies: they add no level of nesting.
# fmt: off
_FLAT = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
})
# fmt: on


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The tree of an HTML page, or None when nothing in it parses."""
    markup = repair_faulty_html(html, html[:50].lower())
    tree, too_deep = _parse(markup)
    if too_deep:
        tree, _ = _parse(flatten(markup, FLAT_DEPTH))
    return tree


def _parse(markup: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """The tree, and whether libxml2 stopped at its nesting limit."""
    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    try:
        tree = lxml.html.fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:  # nothing but blanks or comments
        return None, False
    return tree, any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)


def flatten(markup: str, depth: int) -> str:
    """``markup`` without the tags of elements nested more than ``depth`` levels down; all text kept."""
    flattener = _Flattener(depth)
    flattener.feed(markup)
    flattener.close()
    return "".join(flattener.out)


class _Flattener(Tokenizer):
    def __init__(self, depth: int) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = depth
        self.out: list[str] = []
        self.open: list[str] = []  # the tags of the open elements, outermost first
        self.open_count: dict[str, int] = {}

    def _keep(self, text: str | None) -> None:
        if text is not None and len(self.open) <= self.depth:
            self.out.append(text)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in _FLAT:
            self.open.append(tag)
            self.open_count[tag] = self.open_count.get(tag, 0) + 1
        self._keep(self.get_starttag_text())

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self._keep(self.get_starttag_text())

    def handle_endtag(self, tag: str) -> None:
        level = len(self.open)
        if self.open_count.get(tag):  # close it and every element left open inside it
            while (closed := self.open.pop()) != tag:
                self.open_count[closed] -= 1
            self.open_count[tag] -= 1
            level = len(self.open) + 1
        if level <= self.depth:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")
