"""Where a byline's names end on their line: at its date, the writer's handle or address,
a link, a date's label or a reading time ("Aisha Bello Tue, Mar 5, 2024", "Leena Rao
(@leenarao)", "Aisha Bello 4 min read"), and whether what follows them says byline
(``sitegen.clean.bylines`` reads the names)."""

from __future__ import annotations

import re
from functools import cache

from sitegen.clean.byline_data import byline_data
from sitegen.clean.phrases import one_of, phrase_list
from sitegen.clean.printed_dates import WEEKDAYS, parse_printed_date
from sitegen.clean.printed_dates import _data as _dates

# where a byline's names end: a digit (its date), a handle or address, a link, a spaced
# dash or slash, a date label in any language of the data ("Updated", "Publicado"), or
# another credit
_TAIL_WORDS = r"\d|https?://|www\.|\s[-/]\s|\son\s|\s(?:{labels})\b|{credit}"
# another credit after the names, of a word or two and "by": "..., photos by Jo Lee",
# "...; Editing by Jo Lee"
_CREDIT = r"[,;]\s+(?:[^\W\d_]+\s+){0,2}(?:by|von|par|por|di|door)\s"
_HANDLE_TAIL = r"|(?-i:\b[a-z0-9._%+-]+)?@"
_WORD_BEFORE_DIGIT = r"|\b(?P<word>[^\W\d_]+)(?=\.?\s+\d)"  # a month's name, when it is one
_LABEL = re.compile(r"(?<=\S)\s+[A-ZÄÖÜ]\w+:\s")  # ends names too: "Jane Roe Kategorien: Mode"


@cache
def _tail() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Where the names end: see ``split_tail``; a month name before a digit too. A word
    before a digit is matched, then looked up among the months (an alternation of 80
    month names, case-blind, is twice as slow); the handle's part is left out of the
    pattern for lines with no "@" (it backtracks over every lower-case run)."""
    labels = [w.lower() for words in _dates()["labels"].values() for w in words]
    # a trie: where a label starts is all that is read, and a trie finds the same start sooner
    words = _TAIL_WORDS.format(labels=one_of(labels), credit=_CREDIT)
    with_at = re.compile(words + _HANDLE_TAIL + _WORD_BEFORE_DIGIT, re.I)
    without = re.compile(words + _WORD_BEFORE_DIGIT, re.I)
    return with_at, without, frozenset(m.casefold() for m in _months())


def _tail_start(line: str) -> int | None:
    """Where the first date, handle, link or label after a byline's names starts: at the
    weekday before it, if one is ("Aisha Bello Tue, Mar 5, 2024")."""
    with_at, without, months = _tail()
    pattern, at = (with_at if "@" in line else without), 0
    while (found := pattern.search(line, at)) is not None:
        word = found.group("word")
        if word is None or word.casefold() in months:
            return _weekday_before(line, found.start())
        at = found.start() + 1  # a word that is no month: look on from inside it
    return None


_LAST_WORD = re.compile(r"([^\W\d_]+)(,?)\s*$")


def _weekday_before(line: str, start: int) -> int:
    """``start``, or where the weekday's name straight before it starts: a full name
    ("Tuesday 5 March"), or a short one with its comma ("Tue, Mar 5"; a short one alone may
    be a surname: "Lena H. Sun March 5")."""
    found = _LAST_WORD.search(line, 0, start)
    if found is None:
        return start
    word = found.group(1).casefold()
    full = len(word) > 4 or bool(found.group(2))
    return found.start() if full and word in WEEKDAYS else start


def _months() -> list[str]:
    return list(_dates()["months"])


_CASE_CHANGE = re.compile(r"[a-z][A-Z]")  # where a glued role could be


@cache
def _glued_role() -> re.Pattern[str]:
    """A role glued to the name before it, as pasted text joins spans: "Meg JamesStaff"."""
    roles = sorted([*byline_data()["roles"], *byline_data()["desks"]], key=len, reverse=True)
    return re.compile(r"(?<=[a-z])(?=(?:" + "|".join(r.capitalize() for r in roles) + r")\b)")


def split_tail(line: str) -> tuple[str, bool]:
    """The part of a byline line before its date, handle or link, and whether what
    follows is a date or a handle (a name printed with its date or handle on one line is
    a byline, "By" or not; a headline with a year in it is not)."""
    line = line.replace("\u00a0", " ")
    if _CASE_CHANGE.search(line):
        line = _glued_role().sub(" ", line)
    start = _tail_start(line)
    label = _LABEL.search(line) if ":" in line else None
    if label and (start is None or label.start() < start):
        start = label.start()
    if start is None:
        return line, False
    tail = line[start:].strip(" -/|")
    printed = parse_printed_date(tail)
    dated = printed is not None and (printed.value is not None or printed.label == "relative")
    dated = dated or _reading_time(tail)
    handle = bool(tail) and "@" in tail.split()[0]
    head = line[:start]
    if _closes_with_handle(line, tail):  # "Leena Rao (@leenarao)": the bracket goes with it
        head = head.rstrip(" (")
    return _connector_end().sub("", head), handle or dated


def _reading_time(tail: str) -> bool:
    """A figure and a label of the phrase lists after the names: a reading time ("4 min
    read", "5 Min. Lesezeit"), printed beside the author as a date is."""
    return tail[:1].isdigit() and phrase_list().match(tail, len(tail.split())) is not None


_HANDLE_CLOSING = re.compile(r"@[\w.]{1,30}\)(?:$|\s+[|·•–—-]\s)")
_HANDLE_BRACKETED = re.compile(r"@[\w.]{1,30}\)\s")
_POST_DASHES = ("—", "–", "-")


def _closes_with_handle(line: str, tail: str) -> bool:
    """The names end at a handle in brackets: the line ends there or a mark follows
    ("(@jolee) | March 5, 2024"), or, where no dash opens the line as it opens an embedded
    post's attribution ("— Name (@handle) <date>"), anything does ("Fahad Shabbir
    (@FahadShabbir) Wed 29th April 2020")."""
    return _HANDLE_CLOSING.match(tail) is not None or (
        _HANDLE_BRACKETED.match(tail) is not None and not line.startswith(_POST_DASHES))


@cache
def _connector_end() -> re.Pattern[str]:
    """A word that joins a name to the date after it, at the end of the name's part."""
    words = "|".join(map(re.escape, byline_data()["connectors"]))
    return re.compile(r"[\s,]+(?:(?:" + words + r")[\s,]*)?$", re.I)
