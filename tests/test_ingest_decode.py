"""Bytes to text: encodings kept exactly, bad input refused with a clear reason."""

from __future__ import annotations

import codecs
import logging

import pytest

from khabar.ingest import IngestFailure, check_text, decode_text

HINDI = "दिल्ली में मंगलवार को भारी बारिश हुई।\r\nकई सड़कों पर पानी भर गया।\n"
ENGLISH = "Heavy rain fell in Delhi on Tuesday.\nSeveral roads were flooded.\n"
RUSSIAN = (
    "Москва, 7 января. Власти города сообщили, что из-за сильного снегопада движение "
    "на нескольких улицах было затруднено. Службы работают круглосуточно."
)


def reason(data: bytes) -> str:
    with pytest.raises(IngestFailure) as caught:
        decode_text(data, "in.txt")
    assert caught.value.error.origin == "in.txt"
    return caught.value.error.reason


def test_utf8_is_kept_exactly_with_its_line_endings() -> None:
    assert decode_text(HINDI.encode(), "a.txt") == HINDI


def test_utf8_bom_is_dropped() -> None:
    assert decode_text(codecs.BOM_UTF8 + ENGLISH.encode(), "a.txt") == ENGLISH


@pytest.mark.parametrize("text", [HINDI, ENGLISH])
def test_utf16_le_with_bom(text: str) -> None:
    assert decode_text(text.encode("utf-16"), "a.txt") == text  # Python writes LE with a BOM


@pytest.mark.parametrize("text", [HINDI, ENGLISH])
def test_utf16_be_with_and_without_bom(text: str) -> None:
    assert decode_text(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "a.txt") == text
    assert decode_text(text.encode("utf-16-be"), "a.txt") == text


def test_utf16_le_without_bom() -> None:
    assert decode_text(HINDI.encode("utf-16-le"), "a.txt") == HINDI


def test_cp1251_russian() -> None:
    assert decode_text(RUSSIAN.encode("cp1251"), "a.txt") == RUSSIAN


def test_declared_html_charset_is_used_when_not_utf8() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert decode_text(page.encode("cp1251"), "a.html") == page


def test_empty_and_whitespace_only() -> None:
    assert reason(b"") == "empty"
    assert reason(b" \n\t\r\n ") == "empty"
    assert reason(" \n".encode("utf-16")) == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"x" * 200,
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"\x1f\x8b\x08\x00" + b"\x00" * 50,
        b"PK\x03\x04" + b"word/document.xml" * 10,
        b"some text\x00with a NUL\x00 and \x00\x00 more" * 3,  # NULs on both byte parities: not UTF-16
        b"A text with a single NUL\x00 byte in it.".ljust(60),  # even length, yet far too few NULs for UTF-16
        b"<p>Floods\x00 in Dhaka.</p>",  # short: its one NUL is a twelfth of the code units
        ("text " + "\x01\x02\x03" * 20 + " more text").encode(),  # control characters
    ],
    ids=["pdf", "png", "gzip", "zip", "nul", "one-nul", "short-one-nul", "control"],
)
def test_binary_is_refused(data: bytes) -> None:
    assert reason(data) == "binary file"


def test_text_with_a_nul_is_binary_however_it_came() -> None:
    with pytest.raises(IngestFailure, match=r"^in\.jsonl:1: binary file$"):
        check_text("Floods\x00 in Dhaka.", "in.jsonl:1")
    assert reason("Floods\x00 in Dhaka. Rain in Delhi.".encode("utf-16-le")) == "binary file"


def test_a_few_control_characters_are_text() -> None:
    text = "A page break\f and a tab\there. " * 20 + "\x1a"
    assert decode_text(text.encode(), "a.txt") == text


def test_undecodable_bytes_are_named() -> None:
    junk = bytes(range(0x80, 0x100)) * 2
    assert reason(junk).startswith("undecodable")


def test_broken_utf16_after_bom_is_undecodable() -> None:
    assert reason(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8").startswith(
        "undecodable as utf-16-le"
    )


def test_invalid_utf8_bytes_are_replaced_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    data = HINDI.encode() + b"\xff\xfe" + HINDI.encode()
    with caplog.at_level(logging.WARNING, logger="khabar.ingest"):
        assert decode_text(data, "in.txt") == HINDI + "\ufffd\ufffd" + HINDI
    (warning,) = caplog.messages
    assert "in.txt" in warning and "invalid UTF-8" in warning and f"at byte {len(HINDI.encode())}" in warning


def test_invalid_utf8_after_a_utf8_bom_is_replaced() -> None:
    assert decode_text(codecs.BOM_UTF8 + b"Rain \xff in Delhi.", "a.txt") == "Rain \ufffd in Delhi."


def test_valid_replacement_characters_do_not_warn(caplog: pytest.LogCaptureFixture) -> None:
    text = "A replacement character \ufffd already in the text."
    with caplog.at_level(logging.WARNING, logger="khabar.ingest"):
        assert decode_text(text.encode(), "a.txt") == text
    assert not caplog.messages


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_encodings_are_not_taken_for_damaged_utf8(
    encoding: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="khabar.ingest"):
        assert decode_text(RUSSIAN.encode(encoding), "a.txt") == RUSSIAN
    assert not caplog.messages
