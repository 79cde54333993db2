"""Whose voice a line has: a prompt speaks to the reader ("Stay up to date with our
work") or as the reader ("I agree to receive the newsletter"); an article's paragraphs
mostly speak of others. Per-language word lists in ``data/voice.toml``."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from sitegen.clean.document import Line

DATA = Path(__file__).parent / "data" / "voice.toml"


@cache
def _lists() -> dict[str, frozenset[str]]:
    lists = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in lists.items()}


def knows(lang: str) -> bool:
    """Whether there is a list for ``lang`` (without one, no line can be told apart)."""
    return lang in _lists()


def prompts(line: Line, lang: str) -> bool:
    """The line speaks to the reader or as the reader, in ``lang`` (False without a list)."""
    words = _lists().get(lang)
    return bool(words) and any(w.casefold() in words for w in line.words)
