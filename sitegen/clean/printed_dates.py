"""Dates as news sites print them: "Sunday 22 October 2017 11:18 BST", "22.10.2017, 11:18 Uhr",
"Publié le 22 octobre 2017 à 11h18", "Oct. 22, 2017 at 11:18 a.m. EDT".

python-dateutil does the parsing; this module only turns the printed words into
something it reads (month names of several languages, "11h18", "a.m."), finds the
zone abbreviation, and maps it to the offset it had on that date.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from pathlib import Path

from dateutil import parser as dateutil_parser

from sitegen.clean.phrases import one_of
from sitegen.dates import writes_month_first, zone_named, zone_names, zone_spelled

DATA = Path(__file__).parent / "data" / "dates.toml"
_YEAR = re.compile(r"\b(19[7-9]\d|20\d\d)\b")


def _clock(dotted: str = "") -> re.Pattern[str]:
    """A time of day: "5 pm", "17:45", "09:01h" (as Spanish pages print it), "10時30分",
    "午後3時5分", "오후 3시 5분", and "17.45" before a zone, "Uhr" or the line's end
    ("17.45 GMT"); ``dotted`` before that last one (a lookbehind) keeps it out of a date."""
    return re.compile(
        r"\b(\d{1,2})\s*(?:[:h.]\s*(\d{2}))?(?::\d{2})?\s*(am|pm)\b"
        r"|\b(\d{1,2})\s*[:h]\s*(\d{2})(?:h|hs|hrs)?\b"
        rf"|{dotted}\b(\d{{1,2}})\.(\d{{2}})(?=\s*(?:(?-i:[A-Z]{{2,5}}|[Uu]hr)\b|$|[),|]))"
        r"|(?:(午前|午後|上午|下午|오전|오후)\s*)?(?<!\d)(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]",
        re.I,
    )


_TIME = _clock()
# where dates are printed day first with dots, "04.24" in "27.04.24" is no clock; in
# English "11.18.19" is seldom a date, "17.45" often a British clock
_TIME_DOTTED = _clock(r"(?<![.\d])")
_AFTERNOON = frozenset(("午後", "下午", "오후"))
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})(?!\d)")
# year, month and day with their unit signs, as Japanese, Chinese and Korean pages print them
_UNIT_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_DATE_UNITS = frozenset("年月日時分년월일시분")
# a year glued to what follows it: its time ("20194:29 AM") or a word ("2020timer5 min. read")
_GLUED = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d{2}|[^\W\d_]{2,})")
# "GMT+1", "UTC -5"; "+01:00" ending the line; "+0100" straight after a time ("17:12:00
# +0100"; the text after the time is searched, where it opens the text)
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b|([+-])(\d{2}):(\d{2})$"
                     r"|(?:(?<=:\d\d)|(?<=:\d\d\s)|^\s?)([+-])(\d{2}):?(\d{2})\b")
_HAS_DIGIT = re.compile(r"\d")
RELATIVE_CHARS = 40  # a relative date in words is a short line: longer ones are never parsed
_NO_DIGIT_RELATIVE = re.compile(r"(?i)(?:updated |published )?(?:just now|yesterday|today)")
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[+-]\d{2}:\d{2}")


@dataclass(frozen=True)
class PrintedDate:
    """A date found in a line: ``value`` is None for relative dates ("3 hours ago")."""

    value: datetime | date | None
    has_time: bool = False
    label: str = ""  # "published", "updated" or ""
    coverage: float = 1.0  # share of the line's words that belong to the date

    def iso(self) -> str | None:
        """ISO 8601: with the offset when a zone was printed, the date alone when no time."""
        return None if self.value is None else self.value.isoformat()


@cache
def _data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


@cache
def _relative() -> re.Pattern[str]:
    return re.compile("|".join(_data()["relative"]["patterns"]), re.I)


@cache
def _relative_line() -> re.Pattern[str]:
    """A line that is only a relative date in words, maybe after a label of the lists
    ("an hour ago", "Aktualisiert vor einer Stunde"): the whole line, as a headline may say
    "a day ago" and a site's name "MarTech Today"."""
    either = "|".join(_data()["relative"]["patterns"])
    return re.compile(rf"(?:(?:{any_label()}):?\s+)?(?:{either})\.?", re.I)


@cache
def any_label() -> str:
    """Every label of the lists, published's and updated's, as one pattern (a trie: a third
    faster than side by side)."""
    return one_of([w.lower() for words in _data()["labels"].values() for w in words])


@cache
def _zone_then_label() -> re.Pattern[str]:
    """A zone's name, maybe with its offset, glued to a label after it ("4:29 AM
    ESTUPDATED AN HOUR AGO", "5:45 PM GMT+1Updated an hour ago")."""
    zones = one_of(sorted(zone_names()))
    return re.compile(rf"\b((?:{zones})(?:[+-]\d{{1,2}}(?::?\d\d)?)?)((?i:{any_label()}))\b")


@cache
def _labels() -> dict[str, re.Pattern[str]]:
    """Each kind's labels, as a trie (a third faster than side by side): where two start
    alike, the longer is taken ("publicado em", not "publicado")."""
    return {
        kind: re.compile(r"\b(?:" + one_of([w.lower() for w in words]) + r")\b", re.I)
        for kind, words in _data()["labels"].items()
    }


_DOTTED_MERIDIEM = re.compile(r"\b([ap])\.m\.", re.I)  # "5 p.m." -> "5 pm"
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?")
_NUMERIC_DAY = re.compile(r"(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)")


FILLER = {
    "on", "at", "the", "of", "le", "la", "à", "a", "am", "um", "uhr", "el", "de", "del", "alle",
    "ore", "às", "as", "em", "il", "den", "dem", "der", "by", "time", "et", "and", "y", "e", "h",
    "op", "om", "uur",  # Dutch: "Bijgewerkt op 5 juni 2023 om 09:40 uur"
}  # fmt: skip
WEEKDAYS = frozenset(_data()["weekdays"]["names"])  # and their short forms


def _zone(text: str) -> tzinfo | None:
    match = _OFFSET.search(text)
    if match:
        first = next(k for k in (1, 4, 7) if match.group(k))
        sign, hours, minutes = match.group(first, first + 1, first + 2)
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return timezone(-delta if sign == "-" else delta)
    word = _zone_word(text)
    return zone_named(word) if word is not None else None


def _zone_word(text: str) -> str | None:
    """The first zone abbreviation a text prints ("HKT"), if any."""
    return next((w for w in re.findall(r"\b[A-Z]{1,5}\b", text)
                 if w in zone_names()), None)  # fmt: skip


def _day_first(text: str, lang: str) -> bool:
    """A numeric date in ``text`` puts the day first: in every language but English, and
    in English too beside a zone whose region does ("04/03/2024 17:45 HKT"; not "ET")."""
    if lang != "en":
        return True
    word = _zone_word(text)
    return word is not None and not writes_month_first(word)


def _has_day(text: str) -> bool:
    return bool(_YEAR.search(text) or _NUMERIC_DATE.search(text) or _UNIT_DATE.search(text))


def _published_part(text: str) -> tuple[str, str]:
    """From "Updated X. Published Y" keep Y; say which label the kept part had. A date
    printed before "updated" with no label of its own is the published one, and so is
    one before "Published" where none follows it ("Published by")."""
    labels = _labels()
    pub, upd = labels["published"].search(text), labels["updated"].search(text)
    if pub and upd:
        if pub.start() > upd.start():
            return text[pub.end() :], "published"
        return text[pub.end() : upd.start()], "published"
    if pub:
        after, before = text[pub.end() :], text[: pub.start()].rstrip(" ([|·-–—,")
        if not _has_day(after) and _has_day(before):  # "05/10/2018 - Publicado por: Jo Lee"
            return before, "published"
        return after, "published"
    if upd:
        before = text[: upd.start()].rstrip(" ([|·-–—,")
        if _has_day(before):
            return before, "published"
        return text[upd.end() :], "updated"
    return text, ""


@lru_cache(maxsize=8192)
def parse_printed_date(line: str, lang: str = "en") -> PrintedDate | None:
    """The date a line prints, or None when the line prints none (cached: the rules and
    the line model ask about the same lines)."""
    if not _HAS_DIGIT.search(line):  # every printed date has one; "yesterday" gives no date
        words = _NO_DIGIT_RELATIVE.fullmatch(line) or (
            len(line) <= RELATIVE_CHARS and _relative_line().fullmatch(line))
        return PrintedDate(None, label="relative") if words else None
    line = _GLUED.sub(r"\1 \2", line)  # "NOV 20 20194:29 AM": the year is seen as one
    line = _zone_then_label().sub(r"\1 \2", line)
    relative = _relative().search(line)
    if relative and not _YEAR.search(line):  # "3 hours ago", not a headline with "today" in it
        short = len(line.split()) <= 2 * len(relative.group().split()) + 2
        return PrintedDate(None, label="relative") if short else None
    part, label = _published_part(line)
    if not _has_day(part):
        return None
    iso = _iso(part.strip(" :"))
    if iso is not None:
        return PrintedDate(iso, isinstance(iso, datetime), label)
    text = _DOTTED_MERIDIEM.sub(r"\1m", part)
    time_match = (_TIME if lang == "en" else _TIME_DOTTED).search(text)
    date_text = text[: time_match.start()] + " " + text[time_match.end() :] if time_match else text
    base = _parse_day(date_text, lang, text)
    if base is None:
        return None
    coverage = _coverage(text)
    if time_match is None:
        return PrintedDate(base, False, label, coverage)
    if time_match.group(4):
        hour, minute = int(time_match.group(4)), int(time_match.group(5))
    elif time_match.group(6):
        hour, minute = int(time_match.group(6)), int(time_match.group(7))
    elif time_match.group(9):
        hour, minute = int(time_match.group(9)), int(time_match.group(10))
        hour += 12 if time_match.group(8) in _AFTERNOON and hour < 12 else 0
    else:
        hour, minute = int(time_match.group(1)), int(time_match.group(2) or 0)
        hour = hour % 12 + (12 if time_match.group(3).lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        return PrintedDate(base, False, label, coverage)
    value = datetime(base.year, base.month, base.day, hour, minute)
    zone = _zone(text[time_match.end() :] or text) or zone_spelled(text[time_match.end() :])
    if zone is not None:
        value = value.replace(tzinfo=zone)
    return PrintedDate(value, True, label, coverage)


_READING_TIME = re.compile(r"\b\d{1,3}\s*min(?:ute)?s?\.?(?:\s+read)?\b")
# a day glued to the reading time after it, as a paste joins a byline's spans ("Mar 2714
# min": the 27th, 14 minutes)
_DAY_THEN_MINUTES = re.compile(r"\b(?=\d{3,4}\s*min)([12]\d|3[01]|\d)(\d{1,2})\s*(min(?:ute)?s?\b)")
YEARLESS_WORDS = 10  # a day printed without its year is a short line of its own


def yearless_date(line: str) -> PrintedDate | None:
    """A day a site prints without its year ("Posted on Mar 5", "5. März", "Mar 5 · Updated
    on Mar 7"): the line is only months, day numbers, weekdays and the labels' words. No
    date can be had from it (the year is the one the page was read in), but it dates the
    byline beside it as a full date would; ``value`` is None."""
    if _YEAR.search(line) or not _HAS_DIGIT.search(line) or len(line.split()) > YEARLESS_WORDS:
        return None
    labels = _labels()
    found = {kind: labels[kind].search(line) for kind in ("published", "updated")}
    text = labels["updated"].sub(" ", labels["published"].sub(" ", line.casefold()))
    text = _DAY_THEN_MINUTES.sub(r"\1 \2 \3", text)
    text = _READING_TIME.sub(" ", text)  # "Mar 27 · 14 min read"
    months, days, named = _data()["months"], 0, 0
    for token in _TOKEN.findall(_TIME.sub(" ", text)):
        if token.isdigit():
            if not 1 <= int(token) <= 31:
                return None
            days += 1
        elif token in months:
            named += 1
        elif token not in WEEKDAYS and token not in FILLER:
            return None
    if not named or days != named:  # a day to each month: "27 Mar 20" has its year
        return None
    labelled = sorted((m.start(), kind) for kind, m in found.items() if m)
    return PrintedDate(None, label=labelled[0][1] if labelled else "")


def _iso(text: str) -> datetime | date | None:
    """Machine dates ("2017-10-22T11:18:00Z") as some pages print them."""
    if not _ISO.fullmatch(text):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if len(text) > 10 else value.date()


def _parse_day(text: str, lang: str, whole: str) -> date | None:
    """The calendar day in a text with no time left in it (``whole``: the text with its
    time and zone, which may say the order of a numeric date's day and month)."""
    numeric = _NUMERIC_DAY.search(text)
    try:
        if units := _UNIT_DATE.search(text):  # 2019年4月28日
            return date(int(units.group(1)), int(units.group(2)), int(units.group(3)))
        if numeric:
            a, b, c = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
            if a > 31:  # ISO: 2017-10-22
                return date(a, b, c)
            day_first = numeric.group(2) == "." or _day_first(whole, lang)
            d, m = (a, b) if day_first else (b, a)
            if m > 12:
                d, m = m, d
            return date(c + 2000 if c < 100 else c, m, d)
        found = _named_day(text)
        if found is not None:
            return found
        months = _data()["months"]
        tokens = _TOKEN.findall(text)
        at = next((i for i, t in enumerate(tokens) if t.casefold() in months), None)
        if at is None:
            return None
        # the day stands next to the month ("Mar 5", "5 March", "5 de marzo"): a month and
        # a year alone name no day, nor does "Mar 2024 · 6 min read"
        near = [at + 1, at - 1] + ([at - 2] if at >= 2 and tokens[at - 1] in FILLER else [])
        day = next((i for i in near if 0 <= i < len(tokens) and tokens[i].isdigit()
                    and len(tokens[i]) <= 2 and 1 <= int(tokens[i]) <= 31), None)  # fmt: skip
        if day is None:
            return None
        years = [t for i, t in enumerate(tokens) if t.isdigit() and i != day]
        month = _NAMES[months[tokens[at].casefold()] - 1]
        parsed = dateutil_parser.parse(" ".join([month, tokens[day], *years]),
                                       default=datetime(1900, 1, 1))  # fmt: skip
        return None if parsed.year == 1900 else parsed.date()
    except (ValueError, OverflowError):
        return None


@cache
def _named_patterns() -> list[re.Pattern[str]]:
    """Day, month name and year in the orders sites print them, the month by any of its
    names in the data file: "4 Mar 2024", "2 de marzo de 2024", "Apr 18, 2024"."""
    names = sorted(_data()["months"], key=len, reverse=True)
    month = r"(?P<m>" + "|".join(re.escape(n) for n in names) + r")\.?"
    day, year = r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?", r"(?P<y>(?:19|20)\d\d)(?!\d)"
    glue = r"(?:\s+de|\s+del)?[\s,]+"
    return [re.compile(rf"(?<!\d){day}{glue}{month}{glue}{year}", re.I),
            re.compile(rf"\b{month}\s+{day},?\s+{year}", re.I)]  # fmt: skip


def _named_day(text: str) -> date | None:
    """The date expression in a text, taken out of it (the rest may hold other numbers)."""
    months = _data()["months"]
    for pattern in _named_patterns():
        found = pattern.search(text)
        if found:
            try:
                return date(int(found["y"]), months[found["m"].casefold()], int(found["d"]))
            except ValueError:
                return None
    return None


def _coverage(text: str) -> float:
    """The share of a line's words that are parts of a date: low for a sentence with a date."""
    months, zones = _data()["months"], zone_names()
    tokens = _TOKEN.findall(text)
    dateish = sum(
        1
        for t in tokens
        if t.isdigit() or t in zones or t.casefold() in months or t.casefold() in WEEKDAYS
        or t.casefold() in FILLER or t.casefold() in ("am", "pm") or t in _DATE_UNITS
    )  # fmt: skip
    labels = sum(len(p.findall(text)) for p in _labels().values())
    return (dateish + labels) / max(1, len(tokens))


_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
