"""The proper names an article repeats (people, places, organisations): runs of
capitalised words inside sentences, "Raqqa's" as "Raqqa", a sentence's first word only
when it is capitalised elsewhere too or never written in lower case. What automatic
tags are chosen from (``sitegen.pages.auto_tags``); read from the article alone, like
its keywords."""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import cache

from sitegen.readers.keywords import _TAG, stop_words

KEPT = 8
MIN_COUNT = 2
MAX_WORDS = 4  # "Northern Isles Shipping Company": longer runs are headlines or lists
JOINERS = frozenset({"of", "de", "da", "del", "di", "von", "van", "der", "al", "bin", "la", "le"})
_SENTENCE = re.compile(r"(?<=[.!?…:;])\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")
_POSSESSIVE = re.compile(r"['’]s?$")


def _capital(word: str) -> bool:
    """ "Raqqa", "NATO", "Anglo-American"; not "US-led" (an adjective made of a name)."""
    if "-" in word and not all(part[:1].isupper() for part in word.split("-") if part):
        return False
    return word[:1].isupper() and (not word.isupper() or 1 < len(word) <= 5)


@cache
def calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names ("March", "Mittwoch"): capitalised, but not names of things."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    found = set()
    for code in {"en", lang.split("-")[0].lower()}:
        try:
            where = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for width in ("wide", "abbreviated"):
            found |= {m.strip(".") for m in get_month_names(width, locale=where).values()}
            found |= {d.strip(".") for d in get_day_names(width, locale=where).values()}
    return frozenset(w.casefold() for w in found)


def names(body_html: str, lang: str) -> tuple[str, ...]:
    """The ``KEPT`` names used most (at least ``MIN_COUNT`` times), most used first."""
    text = html.unescape(_TAG.sub(" ", body_html))
    stop = stop_words(lang)
    lowered = {w for w in _TOKEN.findall(text) if w.islower()}  # words seen in lower case
    counts: Counter[str] = Counter()
    inside: set[str] = set()  # capitalised words seen after a sentence's start
    runs: list[tuple[list[str], bool]] = []
    for sentence in _SENTENCE.split(text):
        tokens = _TOKEN.findall(sentence)
        run: list[str] = []
        starts = True
        for i, token in enumerate([*tokens, ""]):
            word = _POSSESSIVE.sub("", token)
            joins = run and word.casefold() in JOINERS and i + 1 < len(tokens) and \
                _capital(tokens[i + 1])  # fmt: skip
            if word and (_capital(word) or joins):
                run.append(word)
                if i > 0 and _capital(word):
                    inside.add(word)
                if word == token:
                    continue
                # "Germany's Dresden": a possessive ends the name it is on
            if run:
                runs.append((run, starts))
            run, starts = [], False
    for run, at_start in runs:
        while run and (run[0].casefold() in stop or run[0].casefold() in JOINERS):
            run = run[1:]  # "The", "In", "But": not part of a name
        while run and run[-1].casefold() in JOINERS:
            run = run[:-1]
        if not run or len(run) > MAX_WORDS or (len(run) == 1 and
                                               run[0].casefold() in calendar_words(lang)):
            continue
        if at_start and len(run) == 1 and run[0] not in inside and \
                run[0].casefold() in lowered:  # fmt: skip
            continue  # a capital only because a sentence starts there ("Officials said")
        counts[" ".join(run)] += 1
    ranked = sorted(((n, c) for n, c in counts.items() if c >= MIN_COUNT),
                    key=lambda item: (-item[1], item[0]))  # fmt: skip
    return tuple(n for n, _ in ranked[:KEPT])
