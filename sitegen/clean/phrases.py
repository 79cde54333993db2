"""Per-language phrase lists, loaded from data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
SHORT_LINE = 25  # words: "~" phrases only mark lines shorter than this


@dataclass(frozen=True)
class PhraseList:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]

    def match(self, text: str, n_words: int) -> str | None:
        """The phrase a line matches, or None. ``text`` is already normalised."""
        low = text.casefold().rstrip(" :.!›»>|").strip()
        bare = low.rstrip("0123456789()[] ").strip()
        if low in self.exact or bare in self.exact:
            return low if low in self.exact else bare
        for prefix in self.prefixes:
            if low.startswith(prefix):
                return prefix
        if n_words < SHORT_LINE:
            for part in self.contains:
                if part in low:
                    return part
        return None


@cache
def phrase_list(langs: tuple[str, ...] | None = None) -> PhraseList:
    """The union of the lists for ``langs`` (all languages when None)."""
    exact: set[str] = set()
    prefixes: list[str] = []
    contains: list[str] = []
    for path in sorted(DATA.glob("*.txt")):
        if langs is not None and path.stem not in langs:
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            marker, _, phrase = raw.partition(" ")
            phrase = phrase.strip().casefold()
            if not phrase or raw.startswith("#"):
                continue
            {"=": exact.add, "^": prefixes.append, "~": contains.append}[marker](phrase)
    return PhraseList(
        frozenset(exact), tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(contains))
    )
