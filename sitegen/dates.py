"""Dates as written in front matter, made time-zone aware."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

ZONES = Path(__file__).parent / "data" / "zones.toml"


@cache
def _zones_data() -> dict[str, dict[str, str]]:
    return tomllib.loads(ZONES.read_text(encoding="utf-8"))


def zone_names() -> dict[str, str]:
    """Abbreviation -> fixed offset or IANA zone (``data/zones.toml``)."""
    return _zones_data()["zones"]


def zone_named(name: str) -> tzinfo | None:
    """The zone an abbreviation names ("EST", "CEST", "SAST"), DST-aware where the name is
    a region's ("ET"); None for a name not in ``data/zones.toml``. Never the machine's
    own zone: a build must not depend on where it runs."""
    spec = zone_names().get(name)
    if spec is None:
        return None
    if spec[0] in "+-":
        delta = timedelta(hours=int(spec[1:3]), minutes=int(spec[4:6]))
        return timezone(-delta if spec[0] == "-" else delta, name)
    return ZoneInfo(spec)


@cache
def writes_month_first(name: str) -> bool:
    """Pages in the zone an abbreviation names print a numeric date month first ("ET",
    "PST"; ``data/zones.toml``'s ``month_first``)."""
    return name in _zones_data()["month_first"]["names"]


@cache
def _spelled() -> re.Pattern[str]:
    names = sorted(_zones_data()["spelled"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def zone_spelled(text: str) -> tzinfo | None:
    """The zone a text writes out ("Eastern Time", "heure de Paris"), DST-aware; None
    where it names none of ``data/zones.toml``'s ``spelled`` zones."""
    found = _spelled().search(text.casefold())
    if found is None:
        return None
    return ZoneInfo(_zones_data()["spelled"][found.group()])


def _tzinfos(name: str, offset: int | None) -> tzinfo | int | None:
    return zone_named(name) if name else offset
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


def to_datetime(value: object, default_tz: tzinfo, lenient: bool = False) -> tuple[datetime, bool]:
    """Return an aware datetime and whether a time of day was given.

    A value without a zone takes ``default_tz`` (the site's or folder's time zone), and so
    does one whose zone name is unknown when ``lenient`` (a page saved from the web);
    otherwise that is a ValueError, as is anything that is not a date.
    """
    has_time = True
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result, has_time = datetime.combine(value, time()), False
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        ambiguous = _NUMERIC.match(text)
        if ambiguous and int(ambiguous[1]) <= 12 and int(ambiguous[2]) <= 12 \
                and ambiguous[1] != ambiguous[2]:  # fmt: skip
            a, b, year = int(ambiguous[1]), int(ambiguous[2]), ambiguous[3]
            raise ValueError(f"ambiguous date {value!r}: write it as ISO 8601, year first "
                             f"({year}-{b:02d}-{a:02d} or {year}-{a:02d}-{b:02d})")  # fmt: skip
        try:
            result = datetime.fromisoformat(text)
        except ValueError:
            from dateutil import parser as dateutil_parser  # 40 ms to import: when needed

            unknown: list[str] = []

            def zones(name: str, offset: int | None) -> tzinfo | int | None:
                if not name:
                    return offset
                found = zone_named(name)
                if found is None:
                    unknown.append(name)
                return found

            try:
                result = dateutil_parser.parse(text, tzinfos=zones)
            except (ValueError, OverflowError) as err:
                raise ValueError(f"unparseable date {value!r}") from err
            if unknown and not lenient:  # a page saved from the web: its zone, as best known
                raise ValueError(f"unknown time zone {unknown[0]!r} in date {value!r}: write its "
                                 "offset (+01:00) or set 'timezone'") from None
        has_time = ":" in text
    else:
        raise ValueError(f"not a date: {value!r}")
    if result.tzinfo is None:
        result = result.replace(tzinfo=default_tz)
    return result, has_time
