"""Bytes to text, exactly: the decoded text is never altered (a leading BOM is dropped).

The order is BOM, then UTF-16 recognised by its NUL pattern, then strict UTF-8, then the
encoding the document declares (HTML ``<meta charset>``, XML ``encoding=``), then
charset-normalizer for legacy encodings (cp1251, cp1252, ...). Binary input is refused:
known magic numbers, NUL bytes that are not UTF-16, or too many control characters.

UTF-8 with a few invalid bytes (a UTF-8 BOM, or at least as many valid multi-byte characters
as invalid bytes) is not refused: each invalid byte sequence becomes U+FFFD and a warning
naming the input is logged (``khabar.ingest``; on stderr when logging is not configured).
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from khabar.ingest.errors import IngestFailure

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # OLE: doc, xls
    b"SQLite format 3\x00",
    b"OggS",
    b"ID3",  # mp3
    b"RIFF",  # wav, avi, webp
    b"\x00asm",
    b"\xca\xfe\xba\xbe",  # Java class, Mach-O
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # tab, newlines and form feed are text
_MAX_CONTROL_SHARE = 0.01
_UTF16_NUL_RATIO = 8
_UTF16_MIN_NUL_SHARE = 0.05
_UTF16_MIN_NULS = 4  # a stray NUL or two in short text is not UTF-16
_REPLACEMENT = "\ufffd"
_VALID_REPLACEMENT = _REPLACEMENT.encode()
_NON_ASCII = re.compile("[^\x00-\x7f]")

log = logging.getLogger("khabar.ingest")

_DECLARED = re.compile(
    rb"""(?:<meta[^>]*?charset|<\?xml[^>]*?encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I
)


def _declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML document declares in its first 2 KB, if a known one."""
    match = _DECLARED.search(data, 0, 2048)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_text(data: bytes, origin: str) -> str:
    """The text of ``data``; raises ``IngestFailure`` for empty, binary or undecodable input."""
    return check_text(_decode(data, origin), origin)


def check_text(text: str, origin: str) -> str:
    """``text`` when it can be an article; raises ``IngestFailure`` when it is blank ("empty") or holds
    a NUL or more control characters than text has ("binary file"), the rules for every input."""
    if not text.strip():
        raise IngestFailure(origin, "empty")
    if "\x00" in text or len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise IngestFailure(origin, "binary file")
    return text


def _decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise IngestFailure(origin, "empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                return _utf8(data[len(bom) :], origin, damaged_ok=True)
            return _strict(data[len(bom) :], encoding, origin)
    if data.startswith(_MAGIC):
        raise IngestFailure(origin, "binary file")
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise IngestFailure(origin, "binary file")
        return _strict(data, encoding, origin)
    text = _utf8(data, origin, damaged_ok=False)
    if text is not None:
        return text
    declared = _declared_encoding(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise IngestFailure(origin, "undecodable: not UTF-8, UTF-16 or any known legacy encoding")
    return _strict(data, best.encoding, origin)


def _utf8(data: bytes, origin: str, *, damaged_ok: bool) -> str | None:
    """``data`` as UTF-8; with its invalid bytes replaced (and a warning) when it is plainly UTF-8
    (``damaged_ok``, or at least as many valid non-ASCII characters as invalid sequences); else None."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode("utf-8", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_VALID_REPLACEMENT)
    valid = len(_NON_ASCII.findall(text)) - invalid
    if not damaged_ok and valid < invalid:
        return None
    log.warning(
        "khabar: warning: %s: invalid UTF-8 replaced with U+FFFD (%d sequence(s), the first at byte %d)",
        origin,
        invalid,
        first,
    )
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE when NULs, the high bytes of ASCII characters (spaces, digits, Latin letters),
    are a fair share of the code units and fall (nearly) all on one byte parity.

    A few NULs on the other side come from characters such as U+4E00; the strict decode and the
    control-character check that follow still refuse binary data that happens to match.
    """
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    enough = max(_UTF16_MIN_NULS, _UTF16_MIN_NUL_SHARE * len(data) / 2)
    if odd >= enough and odd > _UTF16_NUL_RATIO * even:
        return "utf-16-le"
    if even >= enough and even > _UTF16_NUL_RATIO * odd:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestFailure(origin, f"undecodable as {encoding} (byte {error.start})") from None
