"""Function words per language, from stopwords-iso's lists (with English's always: every
collection quotes it): what keywords leave out, and what a headline may start with."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path


@cache
def stop_words(lang: str) -> frozenset[str]:
    """The function words of a language (and English's, which every collection quotes)."""
    lists = _stop_lists()
    base = lang.split("-")[0].lower()
    return frozenset(lists["en"]) | frozenset(lists.get(base, ()))


@cache
def _stop_lists() -> dict[str, list[str]]:
    """stopwords-iso's lists, from the package's data file: importing the package asks
    ``importlib.metadata`` for its version, a third of a one-article rebuild's imports."""
    spec = importlib.util.find_spec("stopwordsiso")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        data = Path(folder) / "stopwords-iso.json"
        if data.is_file():
            return json.loads(data.read_bytes())
    import stopwordsiso  # laid out otherwise: through its own functions

    return {lang: sorted(stopwordsiso.stopwords(lang)) for lang in stopwordsiso.langs()}
