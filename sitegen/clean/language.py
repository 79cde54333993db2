"""The article's language, from its text: the supported languages by their commonest
function words (``data/stopwords.toml``, microseconds), any other by py3langid, whose
model is loaded only when the function words do not decide (it costs half a second)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

MIN_CHARS = 40  # below this a guess is noise: keep the fallback
SAMPLE_CHARS = 1200  # a few sentences tell languages apart; more only costs time
MIN_HITS = 6  # function words the winning language needs
MARGIN = 2.0  # ... and how many times the runner-up's
MIN_KINDS = 3  # ... of this many different words (two where no other language's are)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"^[a-zà-ÿœæß]+$")


@cache
def _stopwords() -> dict[str, str]:
    """Each function word and the language it belongs to (words of two languages: neither)."""
    with (Path(__file__).parent / "data" / "stopwords.toml").open("rb") as fh:
        lists = tomllib.load(fh)
    owners: dict[str, set[str]] = {}
    for lang, words in lists.items():
        for word in words:
            owners.setdefault(word, set()).add(lang)
    return {word: langs.pop() for word, langs in owners.items() if len(langs) == 1}


@cache
def function_words(lang: str) -> frozenset[str]:
    """The function words of one supported language (empty for any other)."""
    return frozenset(w for w, owner in _stopwords().items() if owner == lang)


def function_share(words: list[str], lang: str) -> float | None:
    """The share of ``words`` that are function words of ``lang``; None where there is no
    list for it (a language the share cannot be read in)."""
    own = function_words(lang)
    if not own or not words:
        return None
    return sum(map(own.__contains__, " ".join(words).casefold().split(" "))) / len(words)


def by_function_words(text: str) -> str | None:
    """The supported language whose function words dominate ``text``, if one clearly does."""
    owner = _stopwords()
    words = _WORD.findall(text[:SAMPLE_CHARS].casefold())
    latin = sum(1 for w in words if w.isascii() or _LATIN.match(w))
    if latin < 0.6 * len(words):
        return None  # mostly another script (Japanese, Russian...): the model decides
    hits = Counter(owner[w] for w in words if w in owner)
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    kinds = len({w for w in words if owner.get(w) == ranked[0][0]})
    if kinds < MIN_KINDS and (kinds < 2 or runner_up):
        return None  # one word again and again, or two among another language's: a language
        # the lists do not hold, whose words look like theirs ("den" in Swedish)
    return ranked[0][0] if ranked[0][1] >= MARGIN * runner_up else None


def detect_language(text: str, fallback: str = "en") -> str:
    """ISO 639-1 code of ``text``; ``fallback`` when the text is too short to tell."""
    if len(text) < MIN_CHARS:
        return fallback
    found = by_function_words(text)
    if found is not None:
        return found
    import py3langid  # loads its model on first use: only other languages pay

    lang, _ = py3langid.classify(text[:300])
    return str(lang)
