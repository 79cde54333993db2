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
def _lists() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per language: the words matched case folded, and those matched as written (a
    capital that tells the reader's "Ihrem" from "ihrem", hers), never as a line's first
    word, whose capital tells nothing."""
    lists = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return {lang: (frozenset(w for w in words if w.islower()),
                   frozenset(w for w in words if not w.islower()))
            for lang, words in lists.items()}  # fmt: skip


def knows(lang: str) -> bool:
    """Whether there is a list for ``lang`` (without one, no line can be told apart)."""
    return lang in _lists()


def prompts(line: Line, lang: str) -> bool:
    """The line speaks to the reader or as the reader, in ``lang`` (False without a list)."""
    lists = _lists().get(lang)
    if lists is None:
        return False
    folded, cased = lists
    return any(w.casefold() in folded for w in line.words) or any(
        w in cased for w in line.words[1:])


OWN_VOICE = 0.3  # the share of an article's paragraphs in this voice that makes it its own


def own_voice(paragraphs: list[Line], lang: str) -> bool:
    """The article speaks in the prompts' voice itself (a diary's "I went out to the marsh",
    a guide's "you will need"): there, a line's voice tells no prompt from a paragraph."""
    if not paragraphs:
        return False
    return sum(prompts(line, lang) for line in paragraphs) >= OWN_VOICE * len(paragraphs)
