"""Bytes of a saved page -> text, without mojibake.

Order of trust: a byte-order mark; then bytes that are valid UTF-8 (text in any other
encoding almost never is, so this also overrides a wrong declaration); then the page's
own declaration (``<meta charset>`` or HTTP-equiv), if its bytes decode under it; then
charset-normalizer's detection; Windows-1252 as the last resort. Like browsers (WHATWG),
a declared Latin-1 or ASCII is read as Windows-1252.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_DECLARED = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.IGNORECASE)
_AS_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
PRESCAN = 4096  # bytes a browser looks at for the declaration
DETECT_SAMPLE = 100_000


def declared_encoding(data: bytes) -> str | None:
    """The encoding a ``<meta>`` tag in the page's head names, if Python knows it."""
    found = _DECLARED.search(data[:PRESCAN])
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def decode(data: bytes) -> tuple[str, str]:
    """The page as text and the encoding it was read with."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    detected = detect(data)
    if detected:
        try:
            return data.decode(detected), detected
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def detect(data: bytes) -> str | None:
    """charset-normalizer's guess; among equally good guesses, Windows-1252, the encoding of
    most non-UTF-8 pages on the web (short Western text fits half a dozen code pages)."""
    sample = data[:DETECT_SAMPLE]
    matches = list(from_bytes(sample))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    try:
        as_1252 = sample.decode("cp1252")
    except UnicodeDecodeError:
        as_1252 = None
    for match in tied:
        if codecs.lookup(match.encoding).name == "cp1252" or str(match) == as_1252:
            return "cp1252"
    name = codecs.lookup(tied[0].encoding).name
    return "cp1252" if name in _AS_WINDOWS_1252 else name
