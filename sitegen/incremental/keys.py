"""Fingerprints of what a page shows, so a rebuild renders only pages whose input changed.

Equal fingerprints mean equal template input. They are the same in every process
(strings are hashed with BLAKE2, not Python's per-process ``hash``), so the build
cache can keep them between runs.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from sitegen.model import Article, Page, Row


@lru_cache(maxsize=1 << 16)
def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _atom(value: Any) -> int | None:
    """Ints, floats and bools hash the same everywhere; strings and dates are made to."""
    if value is None:
        return 0
    if isinstance(value, str):
        return stable_hash(value)
    if isinstance(value, bool | int | float):
        return hash(value)
    if isinstance(value, datetime):
        return stable_hash(f"{value.isoformat()}|{value.tzname()}")
    if isinstance(value, date | PurePath):
        return stable_hash(str(value))
    return None


def fingerprint(value: Any, memo: dict[int, int] | None = None) -> int:
    """A hash of a value made of articles, pages, dataclasses and plain containers."""
    atom = _atom(value)
    if atom is not None:
        return atom
    if isinstance(value, Article):
        return value.digest
    if isinstance(value, Page):
        key = id(value)
        if memo is not None and key in memo:
            return memo[key]
        result = hash(tuple(fingerprint(getattr(value, f.name), memo) for f in fields(value)))
        if memo is not None:
            memo[key] = result
        return result
    if isinstance(value, list | tuple):
        if value and isinstance(value[0], Article):  # the common case: a list of articles
            return hash(tuple(a.digest for a in value))
        if value and isinstance(value[0], Row):  # plain values: their repr says it all
            text = repr([tuple(row) for row in value]).encode()
            return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")
        return hash(tuple(fingerprint(v, memo) for v in value))
    if isinstance(value, dict):
        return hash(tuple((stable_hash(str(k)), fingerprint(v, memo)) for k, v in value.items()))
    if is_dataclass(value):
        values = tuple(fingerprint(getattr(value, f.name), memo) for f in fields(value))
        return hash((stable_hash(type(value).__name__), values))
    return stable_hash(repr(value))


def page_print(site_print: int, page: Page, memo: dict[int, int]) -> int:
    """The fingerprint a page is rendered under: its input and the site-wide input."""
    return hash((site_print, fingerprint(page, memo)))
