"""The proper names an article repeats (people, places, organisations): runs of
capitalised words inside sentences, "Raqqa's" as "Raqqa", a sentence's first word only
when it is capitalised elsewhere too or never written in lower case. What automatic
tags are chosen from (``sitegen.pages.auto_tags``); read from the article alone, like
its keywords. Only the capitalised words are looked at, so it costs little."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

from sitegen.stopwords import stop_words

DATES = Path(__file__).parents[1] / "clean" / "data" / "dates.toml"
KEPT = 8
MIN_COUNT = 2
MAX_WORDS = 4  # "Northern Isles Shipping Company": longer runs are headlines or lists
JOINERS = frozenset({"of", "de", "da", "del", "di", "von", "van", "der", "al", "bin", "la", "le"})
# a word not starting with a-z (a capital, or a letter of another script: checked below);
# a character class of every capital would cost ten times as much
_CAPITAL = re.compile(r"\b[^\W\d_a-z][\w’'-]*")
_BETWEEN = re.compile(r"\s+(?:(?P<joiner>\w+)\s+)?")  # what may stand between a name's words
_SENTENCE_END = re.compile(r"[.!?…:;\n]\W*$|^\W*$")
_POSSESSIVE = re.compile(r"['’]s?$")


def _name_word(word: str) -> bool:
    """ "Raqqa", "NATO", "Anglo-American"; not "US-led" (an adjective made of a name)."""
    if "-" in word and not all(part[:1].isupper() for part in word.split("-") if part):
        return False
    return not word.isupper() or 1 < len(word) <= 5


def _in_lower_case(word: str, text: str) -> bool:
    """Whether the text also writes ``word`` in lower case, as a word of its own."""
    lower = word.lower()
    return lower != word and re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names ("March", "Mittwoch") of every supported language (the
    pasted-page cleaner's tables): capitalised, but not names of things."""
    data = tomllib.loads(DATES.read_text(encoding="utf-8"))
    return frozenset({*data["months"], *data["weekdays"]["names"]})


def names(text: str, lang: str) -> tuple[str, ...]:
    """The ``KEPT`` names used most (at least ``MIN_COUNT`` times), most used first."""
    stop, months = stop_words(lang), calendar_words()
    runs: list[tuple[list[str], bool]] = []
    inside: set[str] = set()  # capitalised words seen after a sentence's start
    run: list[str] = []
    at_start, end = False, 0
    for match in _CAPITAL.finditer(text):
        token = match.group()
        if not token[0].isupper():
            continue
        word = _POSSESSIVE.sub("", token)
        if not _name_word(word):
            continue
        gap = text[end : match.start()]
        joined = _BETWEEN.fullmatch(gap) if run else None
        if joined and (joined["joiner"] is None or joined["joiner"].casefold() in JOINERS):
            if joined["joiner"]:
                run.append(joined["joiner"])
        else:
            if run:
                runs.append((run, at_start))
            run, at_start = [], bool(_SENTENCE_END.search(text[max(0, match.start() - 3) :
                                                                match.start()]))  # fmt: skip
        run.append(word)
        if not (at_start and len(run) == 1):
            inside.add(word)
        end = match.end()
        if word != token:  # "Germany's Dresden": a possessive ends the name it is on
            runs.append((run, at_start))
            run = []
    if run:
        runs.append((run, at_start))
    counts: Counter[str] = Counter()
    at_starts: dict[str, bool] = {}  # a one-word name seen only where a sentence starts
    for words_, first in runs:
        while words_ and words_[0].casefold() in stop:
            words_ = words_[1:]  # "The", "In", "But": not part of a name
            first = False
        if not words_ or len(words_) > MAX_WORDS:
            continue
        if len(words_) == 1 and words_[0].casefold() in months:
            continue
        name = " ".join(words_)
        counts[name] += 1
        if len(words_) == 1:
            at_starts[name] = at_starts.get(name, True) and first and name not in inside
    ranked = sorted(((n, c) for n, c in counts.items() if c >= MIN_COUNT
                     # a capital only because sentences start there ("Officials said")
                     and not (at_starts.get(n) and _in_lower_case(n, text))),
                    key=lambda item: (-item[1], item[0]))  # fmt: skip
    return tuple(n for n, _ in ranked[:KEPT])
