"""Authors' names from the lines sites print them on: "By Jane Roe", "Jane Roe and John Doe",
"Jane Roe | Reuters", "By Eleanor Voss, Northern Correspondent"."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "bylines.toml"
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[A-Z]\.)$")


@cache
def _data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


@cache
def _prefix() -> re.Pattern[str]:
    words = sorted(_data()["prefixes"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s+", re.I)


@cache
def _joiner() -> re.Pattern[str]:
    words = [re.escape(w) for w in _data()["joiners"]]
    return re.compile(r"\s*(?:,|;|\s(?:" + "|".join(words) + r")\s)\s*", re.I)


def is_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed), no digits: "Ursula von der Leyen"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    particles = set(_data()["particles"])
    capitals = 0
    for word in words:
        if _NAME_WORD.match(word):
            capitals += 1
        elif word not in particles:
            return False
    return capitals >= 2 and not is_role(text)


def is_role(text: str) -> bool:
    roles = set(_data()["roles"])
    return any(w.casefold().strip(".,") in roles for w in text.split())


def names_in(text: str) -> list[str]:
    """The names a byline gives, roles and outlets dropped; [] when it is not a byline."""
    text = re.split(r"\s[|·•—–]\s|\s+for\s+", text.strip(), maxsplit=1)[0]
    text = text.strip(" ,;:")
    parts = [p.strip() for p in _joiner().split(text) if p and p.strip()]
    names = [p for p in parts if is_name(p)]
    return names if names and len(names) == len([p for p in parts if not is_role(p)]) else []


def parse_byline(line: str) -> tuple[list[str], bool]:
    """Names on a byline line, and whether it said so ("By ...") rather than only looked so."""
    match = _prefix().match(line)
    if match:
        return names_in(line[match.end() :]), True
    inline = re.search(r"\s(?:by|von|par|por)\s+(.+)$", line, re.I)
    if inline:
        names = names_in(inline.group(1))
        if names:
            return names, True
    return names_in(line), False
