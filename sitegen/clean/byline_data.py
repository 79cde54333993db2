"""The words bylines are made of, by kind (``data/bylines.toml``): their prefixes ("By",
"Von"), joiners, particles, roles, desks, places and the rest, with a language's own where
it has them; read once, shared by the modules that read bylines."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "bylines.toml"


@cache
def byline_data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


@cache
def byline_words(kind: str) -> frozenset[str]:
    """One of the data file's word lists, as a set."""
    return frozenset(byline_data()[kind])


def in_language(kind: str, lang: str) -> list[str]:
    """A word list as the page's language has it, where the data file gives that language
    its own (Dutch "en" joins names; Spanish and French "en" says where the writer is)."""
    return byline_data()["language"].get(lang, {}).get(kind, byline_data()[kind])
