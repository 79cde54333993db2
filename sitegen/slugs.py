"""URL slugs for articles and terms: Unicode-aware, case-insensitive, and collision-safe."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache

# Symbols that carry meaning in names people tag with ("C++", "C#", "R&D").
_SYMBOLS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}
_NOT_WORD = re.compile(r"[^\w]+")


@cache
def term_key(name: str) -> str:
    """The identity of a term: "Syria", "syria" and " SYRIA " are one tag."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def slugify(text: str) -> str:
    """Lower-case words of any script joined by hyphens; "" when nothing word-like is left."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("-", text).replace("_", "-").strip("-")


@lru_cache(maxsize=1 << 16)
def term_slug(name: str) -> str:
    """A slug that keeps distinct names distinct: "C" -> "c", "C++" -> "c-plus-plus".
    Kept per name: a collection tags thousands of articles with the same few hundred.

    A name of nothing but punctuation still gets a stable, safe slug from its hash.
    """
    key = term_key(name)
    spelled = "".join(_SYMBOLS.get(ch, ch) for ch in key)
    slug = slugify(spelled)
    if not slug or slug == "page":
        slug = "t-" + hashlib.sha1(key.encode()).hexdigest()[:8]
    return slug


def unique_slugs(names: list[str]) -> dict[str, str]:
    """Map each term key to a slug, adding a short hash where two keys would share one."""
    by_slug: dict[str, list[str]] = {}
    for key in sorted({term_key(n) for n in names}):
        by_slug.setdefault(term_slug(key), []).append(key)
    result: dict[str, str] = {}
    for slug, keys in by_slug.items():
        if len(keys) == 1:
            result[keys[0]] = slug
        else:
            for key in keys:
                result[key] = f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
    return result
