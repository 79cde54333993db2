"""Breadcrumb trails: a page's "Home > News > World", pasted on a line of its own or glued
to the headline ("HomeLatest NewsNollywood Actress..."), found so that the headline is
read without it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from sitegen.clean.language import function_words
from sitegen.stopwords import stop_words

_BREADCRUMB = re.compile(r"(?:\s[>›»/|]\s.*){2}|^\S+(?:\s[>›»]\s\S+)+$")  # Home > News > x
_GLUED_TRAIL = re.compile(r"(?:[A-Z][a-z]+){4,}$")  # "HomeNewsBusinessMarkets"


# what a trail glued to a headline is made of: words and its separators, not a kicker's
# quotes and colon ("‘The Medium is the Message’: the 7th Amsterdam Light Festival")
TRAIL_MARKS = ">›»/|·•"  # what separates a trail's sections
_TRAIL_WORDS = re.compile(r"[\w\s" + re.escape(TRAIL_MARKS) + "-]+")
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z])|(?<=[A-Z]{4})(?=[A-Z][a-z])")


@cache
def _root_words() -> tuple[str, ...]:
    with (Path(__file__).parent / "data" / "breadcrumbs.toml").open("rb") as fh:
        return tuple(tomllib.load(fh)["roots"])


@cache
def _roots() -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(map(re.escape, _root_words())) + r")(?=[A-Z])")


def is_root(text: str) -> bool:
    """A trail's first word on a line of its own ("Home"): the line under it is a section
    or a site's name, the next step of the trail, not a headline."""
    return text.strip(" >›»/|") in _root_words()


def is_trail(text: str, glued: bool = True) -> bool:
    """A breadcrumb trail: "Home > News > World", "BLOG > Weight Loss > Tips", or (with
    ``glued``) one pasted without its separators: "You are here: HomeNewsBusinessMarkets"."""
    return bool(_BREADCRUMB.search(text) or (glued and _GLUED_TRAIL.search(text)))


SECTION_WORDS = 3  # a trail's sections are a name of a few words: "Local Government"


def headline_before_bar(text: str) -> bool:
    """Words that end with a bar, more of them since the last mark than a trail's section
    has: a headline's, before the site's name ("Council votes to close library | The
    Valley Tribune"), not a trail's ("Home | News | ")."""
    if not text.rstrip().endswith("|"):
        return False
    last = re.split("[" + re.escape(TRAIL_MARKS) + "]", text.rstrip()[:-1])[-1]
    return len(last.split()) > SECTION_WORDS


def is_trail_prefix(text: str, lang: str = "en") -> bool:
    """Words and separators of a navigation trail: each word a section's name, capitalised
    ("Home News Business"), not the start of a sentence ("Changes in Patients With"), and
    no function word among them, which are the headline's own ("Das Potenzial von grünem
    Wasserstoff", "Keine Spiel-Talstraße zur Bunten Republik"); where separators mark the
    trail, any words ("Forum>iPhone>", "Home › The Week")."""
    words = text.split()
    if any(c in text for c in TRAIL_MARKS):
        return bool(_TRAIL_WORDS.fullmatch(text)) and not headline_before_bar(text)
    own = function_words(lang) if len(words) > 1 else stop_words(lang)
    return bool(_TRAIL_WORDS.fullmatch(text)) and all(
        (word[0].isupper() or not word[0].isalpha()) and word.casefold() not in own
        for word in words)  # "Lübeck", not "Das" nor "Keine Spiel-Talstraße zur"


GLUED_CRUMBS = 2  # crumbs run together in a headline's first word, at least


def _without_glued_crumbs(title: str) -> str:
    """A headline whose first word carries a trail of crumbs run together, in any
    script: "ZprávyDomácíPolitikaFialova vláda podá demisi" -> "Fialova vláda podá
    demisi". One capital after a small letter is a name's ("YouTube"), and so is a
    crumb of two letters ("McDonaldLand")."""
    first, _, rest = title.partition(" ")
    cuts = [i for i in range(1, len(first)) if first[i - 1].islower() and first[i].isupper()]
    crumbs = [b - a for a, b in zip([0, *cuts], cuts, strict=False)]
    if (len(cuts) < GLUED_CRUMBS or min(crumbs) < 3 or not first[: cuts[-1]].isalpha()
            or len(rest.split()) < 2):  # fmt: skip
        return title
    return first[cuts[-1] :] + " " + rest


def without_trail(title: str) -> str:
    """A headline without the breadcrumb trail a paste glued to it: "HomeLatest
    NewsNollywood Actress, Kate Henshaw Is..." -> "Nollywood Actress, Kate Henshaw Is..."."""
    root = _roots().match(title)
    if root is None:
        return _without_glued_crumbs(title)
    parts = _GLUE.split(title[root.end() :])
    last = parts[-1].strip()
    return last if len(parts) > 1 and len(last.split()) >= 3 else title


_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")  # "<headline> | <site>"


def without_site_name(title: str, lines: Iterable[str]) -> str:
    """A headline without the site's name printed after it, where the page prints that
    name on a line of its own too (its masthead) or its copyright notice names it (among
    ``lines``): "Council votes to close library | The Valley Tribune" -> "Council votes to
    close library"."""
    cut = list(_SITE_SEPARATOR.finditer(title))
    if not cut:
        return title
    name = title[cut[-1].end() :].casefold()
    if not any(line.casefold() == name for line in lines):
        return title
    head = title[: cut[-1].start()]
    return head if len(head.split()) >= 2 else title
