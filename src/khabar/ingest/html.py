"""HTML pages to articles: main text and metadata by trafilatura, embedded social posts kept.

trafilatura finds the main text, title, URL (canonical or og:url), site name and the
publication date from the page's metadata (htmldate without its extensive text search,
so a date is never guessed from the article body).

Embedded posts (Twitter/X, Instagram, TikTok, Facebook, YouTube) are found in the markup
before extraction and recorded as ``Embed`` records with offsets into the article text:

- a post with text (the ``<p>`` paragraphs of the embed) is looked for in the extracted text,
  in document order and tolerant of the whitespace trafilatura rewrites; when trafilatura
  dropped it, the post text is appended to the end of the article as a paragraph of its own;
- a post without text (a video iframe) gets an empty span placed after the nearest text
  before it in the page, or at the end of the article when that text was not kept.

There is no library for embed markup, so the few selectors are written here; they name
HTML conventions of the platforms, not words of any language.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from urllib.parse import unquote

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import remove_control_characters

from khabar.ingest.errors import IngestFailure
from khabar.ingest.markup import parse_html
from khabar.ingest.published import parse_published
from khabar.lang import languages
from khabar.schema import Embed, RawArticle

_EMBED_CLASSES = {
    "twitter-tweet": "twitter",
    "twitter-video": "twitter",
    "instagram-media": "instagram",
    "tiktok-embed": "tiktok",
    "fb-post": "facebook",
    "fb-video": "facebook",
}
_HOST_START = r"(?:^|[/.])"  # "x.com" but not "netflix.com"
_EMBED_HOSTS = {
    "twitter": _HOST_START + r"(?:twitter|x)\.com/",
    "instagram": _HOST_START + r"instagram\.com/",
    "tiktok": _HOST_START + r"tiktok\.com/",
    "facebook": _HOST_START + r"facebook\.com/",
    "youtube": _HOST_START + r"(?:youtube(?:-nocookie)?\.com/|youtu\.be/)",
}
_YOUTUBE_VIDEO = _HOST_START + r"(?:youtube\.com/(?:watch|shorts/|live/)|youtu\.be/)"
_NS = {"re": "http://exslt.org/regular-expressions"}
_ANY_HOST = "|".join(_EMBED_HOSTS.values())
_HAS_EMBED_CLASS = " or ".join(
    f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in _EMBED_CLASSES
)
_EMBED_XPATH = (
    f"//*[{_HAS_EMBED_CLASS}]"
    f" | //iframe[re:test(@src, '{_ANY_HOST}') or re:test(@data-src, '{_ANY_HOST}')]"
    f" | //a[re:test(@href, '{_YOUTUBE_VIDEO}')]"
)
_OUTSIDE_ARTICLE = "ancestor::aside or ancestor::nav or ancestor::footer"
_PRECEDING_TEXT = (
    "preceding::text()[normalize-space()][not(ancestor::script or ancestor::style)][position() <= 3]"
)
_URL_ATTRIBUTES = ("cite", "data-href", "data-instgrm-permalink", "src", "data-src", "href")
_SIGNATURE_HANDLE = re.compile(r"\(@([\w.]{1,30})\)")
_URL_HANDLES = (
    re.compile(_HOST_START + r"(?:twitter|x)\.com/(\w{1,15})/status"),
    re.compile(r"tiktok\.com/@([\w.]+)"),
    re.compile(r"instagram\.com/([\w.]+)/?(?:$|\?)"),
    re.compile(r"facebook\.com/([\w.-]+)/(?:posts|videos|photos)/"),
    re.compile(r"youtube\.com/@([\w.-]+)"),
)
_DATE_PARAMS = set_date_params(extensive=False)


def read_html(html: str, origin: str, *, url: str | None = None) -> RawArticle:
    """The article in an HTML page (or fragment); raises ``IngestFailure`` when it has no text, or
    when the HTML libraries fail on it (a page that breaks them is its own failure, not the run's)."""
    try:
        return _read_html(html, origin, url)
    except IngestFailure:
        raise
    except Exception as error:
        raise IngestFailure(origin, f"cannot read HTML: {type(error).__name__}: {error}") from None


def _read_html(html: str, origin: str, url: str | None) -> RawArticle:
    tree = parse_html(
        html if "<html" in html[:1000].lower() else f"<html><body><div>{html}</div></body></html>"
    )
    if tree is None:
        raise IngestFailure(origin, "not HTML that can be parsed")
    elements = _embed_elements(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = document.text if document is not None else None
    if not text or not text.strip():
        raise IngestFailure(origin, "no article text found in HTML")
    text, embeds = _place_embeds(text, elements)
    return RawArticle(
        text=text,
        url=url or document.url,
        title=document.title,
        source=document.sitename or document.hostname,
        published=date.fromisoformat(document.date) if document.date else None,
        origin=origin,
        html_embeds=embeds,
    )


def _embed_elements(tree: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """``(platform, element)`` for each embedded post in document order, outermost only.

    Posts in sidebars, navigation and footers are not part of the article and are left out.
    """
    found: list[tuple[str, HtmlElement]] = []
    seen: set[HtmlElement] = set()
    for element in tree.xpath(_EMBED_XPATH, namespaces=_NS):
        if any(ancestor in seen for ancestor in element.iterancestors()) or element.xpath(_OUTSIDE_ARTICLE):
            continue
        platform = _platform(element)
        if platform:
            seen.add(element)
            found.append((platform, element))
    return found


def _platform(element: HtmlElement) -> str | None:
    if element.tag == "a":  # a YouTube link counts only when it stands alone in its block
        parent = element.getparent()
        alone = parent is not None and parent.text_content().split() == element.text_content().split()
        return "youtube" if alone else None
    for name in element.classes:
        if name in _EMBED_CLASSES:
            return _EMBED_CLASSES[name]
    source = element.get("src") or element.get("data-src") or ""
    return next((p for p, host in _EMBED_HOSTS.items() if re.search(host, source)), None)


def _place_embeds(text: str, elements: list[tuple[str, HtmlElement]]) -> tuple[str, list[Embed]]:
    """The article text (with dropped posts appended) and one ``Embed`` per embedded post."""
    placed: list[tuple[int, int, str, HtmlElement]] = []
    dropped: list[tuple[str, str, HtmlElement]] = []
    unanchored: list[tuple[str, HtmlElement]] = []
    cursor = 0
    for platform, element in elements:
        post = _post_text(element)
        if post:
            match = _loose_pattern(post).search(text, cursor)
            if match is None:
                dropped.append((post, platform, element))
                continue
            start, end = match.span()
        else:
            position = _position_after_preceding_text(text, element, cursor)
            if position is None:
                unanchored.append((platform, element))
                continue
            start = end = position
        cursor = end
        placed.append((start, end, platform, element))
    page_end = len(text)
    placed += [(page_end, page_end, platform, element) for platform, element in unanchored]
    for post, platform, element in dropped:
        text += "\n" + post
        placed.append((len(text) - len(post), len(text), platform, element))
    embeds = [_embed(start, end, platform, element) for start, end, platform, element in placed]
    return text, sorted(embeds, key=lambda embed: embed.start)


def _post_text(element: HtmlElement) -> str:
    """The post's own paragraphs (not the "shared by (@handle) on <time>" line), whitespace-trimmed."""
    paragraphs = [
        " ".join(remove_control_characters(p.text_content()).split())
        for p in element.iter("p")
        if not p.xpath(".//time") and not _SIGNATURE_HANDLE.search(p.text_content())
    ]
    return "\n".join(p for p in paragraphs if p)


def _loose_pattern(post: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(token) for token in post.split()))


def _position_after_preceding_text(text: str, element: HtmlElement, cursor: int) -> int | None:
    """End of the nearest page text before ``element`` that ``text`` kept, searched from ``cursor``."""
    for node in reversed(element.xpath(_PRECEDING_TEXT, namespaces=_NS)):  # nearest first
        tail = " ".join(remove_control_characters(str(node)).split()[-12:])
        if tail and (match := _loose_pattern(tail).search(text, cursor)):
            return match.end()
    return None


def _embed(start: int, end: int, platform: str, element: HtmlElement) -> Embed:
    urls = _urls(element)
    language = next(iter(element.xpath(".//p/@lang")), None)
    return Embed(
        start=start,
        end=end,
        platform=platform,
        author=_author(element, urls),
        date=_post_date(element),
        language=language or None,
        urls=urls,
    )


def _urls(element: HtmlElement) -> list[str]:
    candidates = [element.get(name) for name in _URL_ATTRIBUTES] + element.xpath(".//a/@href")
    unique = dict.fromkeys(
        u.strip() for u in candidates if u and u.strip().startswith(("http:", "https:", "//"))
    )
    return list(unique)


def _author(element: HtmlElement, urls: list[str]) -> str | None:
    """The ``@handle`` from the post's signature line, else from its URLs."""
    signatures = _SIGNATURE_HANDLE.findall(element.text_content())
    if signatures:
        return "@" + signatures[-1]
    for url in urls:
        for pattern in _URL_HANDLES:
            if match := pattern.search(unquote(url)):
                return "@" + match.group(1)
    return None


def _post_date(element: HtmlElement) -> str | None:
    """ISO date of the post: ``<time datetime>``, else the signature's last link text."""
    for value in element.xpath(".//time/@datetime"):
        try:
            return parse_published(value).isoformat()
        except ValueError:
            continue
    signature_links = element.xpath(".//a[not(ancestor::p)]")
    if signature_links:
        return _parse_display_date(" ".join(signature_links[-1].text_content().split()))
    return None


@cache
def _parse_display_date(value: str) -> str | None:
    """A date as a post shows it ("January 7, 2022", "7 जनवरी 2022"), read by dateparser."""
    import dateparser  # slow to import: only pages with embedded posts need it

    parsed = dateparser.parse(
        value,
        languages=list(_dateparser_languages()) or None,
        settings={"REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date().isoformat() if parsed else None


@cache
def _dateparser_languages() -> tuple[str, ...]:
    from dateparser.data.languages_info import language_order

    return tuple(code for code in languages() if code in language_order)
