"""Fingerprints of what a page shows, so a rebuild renders only pages whose input changed.

Equal fingerprints mean equal template input. They are the same in every process
(strings are hashed with BLAKE2, not Python's per-process ``hash``), so the build
cache can keep them between runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import PurePath
from typing import Any

from sitegen.model import Article, Page, Row


@lru_cache(maxsize=1 << 16)
def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def fingerprint(value: Any, memo: dict[int, int] | None = None) -> int:
    """A hash of a value made of articles, pages, dataclasses and plain containers. Which
    rule hashes a value depends on its type alone, so it is found once per type
    (``_rule_for``), not by a chain of ``isinstance`` checks per value."""
    rule = _BY_TYPE.get(type(value))
    if rule is None:
        rule = _BY_TYPE[type(value)] = _rule_for(type(value))
    return rule(value, memo)


Rule = Callable[[Any, "dict[int, int] | None"], int]


def _rule_for(kind: type) -> Rule:
    """The rule for values of this type: the first that applies, in this order."""
    if kind is type(None):
        return lambda value, _: 0
    if issubclass(kind, str):
        return lambda value, _: stable_hash(value)
    if issubclass(kind, bool | int | float):
        return lambda value, _: hash(value)  # the same everywhere
    if issubclass(kind, datetime):
        return lambda value, _: stable_hash(f"{value.isoformat()}|{value.tzname()}")
    if issubclass(kind, date | PurePath):
        return lambda value, _: stable_hash(str(value))
    if issubclass(kind, Article):
        return lambda value, _: value.digest
    if issubclass(kind, Page):
        return _page
    if issubclass(kind, list | tuple):
        return _sequence
    if issubclass(kind, dict):
        return _mapping
    if is_dataclass(kind):
        return _dataclass
    return lambda value, _: stable_hash(repr(value))


def _page(page: Page, memo: dict[int, int] | None) -> int:
    key = id(page)
    if memo is not None and key in memo:
        return memo[key]
    result = hash(tuple(fingerprint(getattr(page, name), memo) for name in _names(type(page))))
    if memo is not None:
        memo[key] = result
    return result


def _sequence(value: list[Any] | tuple[Any, ...], memo: dict[int, int] | None) -> int:
    if value and isinstance(value[0], Article):  # the common case: a list of articles
        return hash(tuple(a.digest for a in value))
    if value and isinstance(value[0], Row):  # plain values: their repr says it all
        text = repr([tuple(row) for row in value]).encode()
        return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")
    return hash(tuple(fingerprint(v, memo) for v in value))


def _mapping(value: dict[Any, Any], memo: dict[int, int] | None) -> int:
    return hash(tuple((stable_hash(str(k)), fingerprint(v, memo)) for k, v in value.items()))


def _dataclass(value: Any, memo: dict[int, int] | None) -> int:
    values = tuple(fingerprint(getattr(value, name), memo) for name in _names(type(value)))
    return hash((stable_hash(type(value).__name__), values))


@cache
def _names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names (``dataclasses.fields`` builds its answer anew each call)."""
    return tuple(f.name for f in fields(kind))


_BY_TYPE: dict[type, Rule] = {}


def page_print(site_print: int, page: Page, memo: dict[int, int]) -> int:
    """The fingerprint a page is rendered under: its input and the site-wide input."""
    return hash((site_print, fingerprint(page, memo)))
