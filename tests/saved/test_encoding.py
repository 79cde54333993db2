"""Saved pages come in many encodings; the text must come out as the author wrote it."""

from __future__ import annotations

import codecs

import pytest

from sitegen.saved.encoding import decode

TEXT = "Café “naïve” façade — 5 €, Straße, señor"


def page(charset_tag: str = "", text: str = TEXT) -> str:
    return f"<html><head>{charset_tag}<title>t</title></head><body><p>{text}</p></body></html>"


def test_utf8_with_bom():
    text, used = decode(codecs.BOM_UTF8 + page().encode("utf-8"))
    assert TEXT in text and not text.startswith("\ufeff") and used == "utf-8-sig"


def test_utf16_with_bom():
    text, _ = decode(page().encode("utf-16"))
    assert TEXT in text


@pytest.mark.parametrize(
    "tag",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "<meta charset=iso-8859-1>",  # browsers read Latin-1 as Windows-1252: so do we
        "",  # no declaration at all: detection
    ],
)
def test_windows_1252_pages_without_mojibake(tag):
    text, used = decode(page(tag).encode("cp1252"))
    assert TEXT in text
    assert used == "cp1252"


def test_latin1_page_declared_as_latin1():
    body = "Der Bär läuft über die Straße, schön und naïv."
    text, _ = decode(page('<meta charset="ISO-8859-1">', body).encode("latin-1"))
    assert body in text


def test_a_wrong_utf8_declaration_on_a_windows_1252_page():
    text, used = decode(page('<meta charset="utf-8">').encode("cp1252"))
    assert TEXT in text and used == "cp1252"


def test_a_wrong_latin1_declaration_on_a_utf8_page():
    text, used = decode(page('<meta charset="iso-8859-1">').encode("utf-8"))
    assert TEXT in text and used == "utf-8"


def test_a_declared_cyrillic_page():
    body = "Привет, мир! Это тестовая страница на русском языке."
    text, used = decode(page('<meta charset="windows-1251">', body).encode("cp1251"))
    assert body in text and used == "cp1251"


def test_an_undeclared_cyrillic_page_is_detected():
    body = "Привет, мир! Это тестовая страница на русском языке, и её надо прочитать." * 3
    text, _ = decode(page("", body).encode("cp1251"))
    assert body in text
