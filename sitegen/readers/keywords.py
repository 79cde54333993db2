"""An article's keywords: the words its body uses most (twice at least), less the function
words of its language (stopwords-iso's lists). They are what related articles are found
by (``sitegen.pages.related``), so they are read from the article alone, and they are
part of where it is placed: an edit that keeps them (a new title, a typo mended) moves
no other article's related list and re-renders only the pages that show it."""

from __future__ import annotations

import html
import re
from collections import Counter

from sitegen.stopwords import stop_words

KEPT = 20  # keywords per article
MIN_COUNT = 2  # a word used once says little, and comes and goes with every edit
_TAG = re.compile(r"<(script|style|pre|code|math)\b.*?</\1>|<[^>]+>", re.S | re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s\b")
_AROUND = ",.;:!?\"'()[]“”‘’«»…*-–—/"  # at a piece's ends: stripped, the same words
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def plain_text(body_html: str) -> str:
    """The body's words as a reader sees them: no markup, code or formulas."""
    return html.unescape(_TAG.sub(" ", body_html))


def words(text: str, lang: str) -> list[str]:
    """Content words, folded: "Raqqa's" and "RAQQA" are "raqqa"."""
    stop = stop_words(lang)
    folded = _POSSESSIVE.sub("", text.casefold())
    return [w for w in _WORD.findall(folded) if len(w) > 2 and w not in stop]


def keywords(text: str, lang: str) -> tuple[str, ...]:
    """The ``KEPT`` commonest content words of the body's text (ties alphabetical): the
    words ``words`` gives."""
    return keywords_of(text.casefold().split(), lang)


def keywords_of(pieces: list[str], lang: str) -> tuple[str, ...]:
    """``keywords`` of a text given casefolded and split at spaces (``pieces``), counted
    first and filtered once per distinct word. A distinct piece that is not all letters
    loses the punctuation at its ends ("prices," is "prices"), and one that still is not
    ("raqqa's") is cut into words by the pattern: the same words as the pattern over the
    whole text, at far less cost. The counts are then read commonest first, only as far as
    the last word kept."""
    stop = stop_words(lang)
    counts = Counter(pieces)
    for piece in [piece for piece in counts if not piece.isalpha()]:
        n = counts.pop(piece)
        stripped = piece.strip(_AROUND)  # "prices," "(raqqa)"
        found = ((stripped,) if stripped.isalpha()
                 else _WORD.findall(_POSSESSIVE.sub("", stripped)))  # fmt: skip
        for word in found:
            counts[word] = counts.get(word, 0) + n
    kept: list[tuple[int, str]] = []
    floor = MIN_COUNT
    for word, n in counts.most_common():
        if n < floor:
            break
        if len(word) > 2 and word not in stop:
            kept.append((-n, word))
            if len(kept) == KEPT:
                floor = n  # as common as the last one kept: may come first alphabetically
    kept.sort()
    return tuple(word for _, word in kept[:KEPT])


def word_count(text: str, head: tuple[int, int] = (0, 0)) -> int:
    """Words in the text (runs between spaces); in scripts written without spaces, two
    characters count as one. ``head``: (characters, words) of its start, counted already
    (``keywords_of``'s pieces): only the rest is split, a word across the cut counted once."""
    chars, counted = head
    across = 0 < chars < len(text) and not text[chars - 1].isspace() and not text[chars].isspace()
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    return counted + len(text[chars:].split()) - across + unspaced // 2
