"""A saved article's fingerprint for finding the same story saved twice: the 64 smallest
hashes of its body's five-word shingles (a bottom-k MinHash sketch). Two sketches
estimate how much of the text two copies share (``sitegen.pages.duplicates``)."""

from __future__ import annotations

import re
import zlib
from heapq import nsmallest

SHINGLE = 5  # words
KEPT = 64
MIN_WORDS = 60  # shorter bodies share too little to tell a copy from a reply
_WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """The sketch of a body's text, smallest first; () for one too short to compare."""
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return ()
    shingles = {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
                for i in range(len(words) - SHINGLE + 1)}  # fmt: skip
    return tuple(sorted(nsmallest(KEPT, shingles)))


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two texts' shingles: of the smallest ``KEPT``
    hashes of both, the share each sketch holds."""
    if not a or not b:
        return 0.0
    union = nsmallest(KEPT, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
