"""The theme's own words and dates in the page's language.

A theme carries ``i18n/<lang>.toml`` files mapping each English phrase to its
translation (as Hugo's ``i18n/`` folders, keyed by the English text as gettext does); a
theme earlier in the chain overrides a later one phrase by phrase. A page is in its
article's language, or the site's; a language without a file, or a phrase missing from
it, stays English. Dates are written by Babel's locale data (CLDR), except English,
which keeps the house style "Sunday 22 October 2017, 11:18 BST".
"""

from __future__ import annotations

import tomllib
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

Words = dict[str, dict[str, str]]  # language -> English phrase -> translation

# English names, as strftime's %A and %B give them in the C locale: a table lookup, where
# strftime imports the time module and builds a time tuple for every date on every page
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def load_words(themes: list[Path]) -> Words:
    """Every theme's translations, the most specific theme's winning phrase by phrase."""
    words: Words = {}
    for theme in reversed(themes):  # least specific first
        folder = theme / "i18n"
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            table = tomllib.loads(path.read_text("utf-8"))
            words.setdefault(path.stem.lower(), {}).update(
                {str(k): str(v) for k, v in table.items()})  # fmt: skip
    return words


def translate(words: Words, lang: str, text: str) -> str:
    """``text`` in ``lang`` ("pt-BR" falls back to "pt"), else as it is."""
    lang = lang.lower()
    found = words.get(lang) or words.get(lang.split("-")[0]) or {}
    return found.get(text, text)


@lru_cache(maxsize=64)
def locale(lang: str) -> Locale | None:
    """Babel's locale for a language code; None for English and for codes it lacks."""
    if lang.split("-")[0].lower() == "en":
        return None
    from babel import Locale, UnknownLocaleError  # 30 ms: only for pages not in English

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def long_date(value: datetime, lang: str = "en", with_time: bool = True) -> str:
    """The date as the article gives it: weekday, day, month, year, and the time in its zone."""
    where = locale(lang)
    if where is None:
        text = f"{WEEKDAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year}"
        if not with_time:
            return text
        return f"{text}, {value.hour:02d}:{value.minute:02d} {value.tzname()}"
    from babel.dates import format_date, format_time

    text = format_date(value, "full", locale=where)
    if not with_time:
        return text
    return f"{text}, {format_time(value, 'HH:mm', locale=where)} {value.tzname()}"


def short_date(value: datetime, lang: str = "en") -> str:
    """The date in lists ("22 Oct 2017"), where the article page gives it in full."""
    where = locale(lang)
    if where is None:
        return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd", value, locale=where)


def month_name(year: int, month: int, lang: str = "en") -> str:
    """ "May 2024", "Mai 2024", "mai 2024": an archive month in the page's language."""
    value = datetime(year, month, 1)
    where = locale(lang)
    if where is None:
        return f"{MONTHS[month - 1]} {year}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", value, locale=where)
