"""In-process fingerprints of what a page shows, so a rebuild renders only pages that changed.

Equal fingerprints mean equal template input; they are never stored on disk (Python's
string hashes differ between processes).
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from sitegen.model import Article, Page

_ATOMS = (str, int, float, bool, type(None), date, datetime, PurePath)


def fingerprint(value: Any, memo: dict[int, int] | None = None) -> int:
    """A hash of a value made of articles, pages, dataclasses and plain containers."""
    if isinstance(value, _ATOMS):
        return hash(value)
    if isinstance(value, Article):
        return value.digest
    if isinstance(value, Page):
        key = id(value)
        if memo is not None and key in memo:
            return memo[key]
        parts = (value.articles, value.context)
        result = hash((value.url, value.template, value.title, value.kind,
                       *(fingerprint(part, memo) for part in parts)))  # fmt: skip
        if memo is not None:
            memo[key] = result
        return result
    if not isinstance(value, list | dict):
        try:
            return hash(value)  # frozen dataclasses of plain values (terms, listings, pagers)
        except TypeError:
            pass
    if isinstance(value, list | tuple):
        if value and isinstance(value[0], Article):  # the common case: a list of articles
            return hash(tuple(a.digest for a in value))
        return hash(tuple(fingerprint(v, memo) for v in value))
    if isinstance(value, dict):
        return hash(tuple((k, fingerprint(v, memo)) for k, v in value.items()))
    if is_dataclass(value):
        values = tuple(fingerprint(getattr(value, f.name), memo) for f in fields(value))
        return hash((type(value).__name__, values))
    return hash(repr(value))
