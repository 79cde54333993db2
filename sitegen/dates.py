"""Dates as written in front matter, made time-zone aware."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime, time, tzinfo

# zone names every reader agrees on; dateutil would otherwise take the machine's own zone
# for whichever of them the machine uses, and a build would depend on where it runs
_UNIVERSAL = {"UTC": UTC, "GMT": UTC, "UT": UTC, "Z": UTC}
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


def to_datetime(value: object, default_tz: tzinfo) -> tuple[datetime, bool]:
    """Return an aware datetime and whether a time of day was given.

    A value without a zone takes ``default_tz`` (the site's or folder's time zone).
    Raises ValueError for anything that is not a date.
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

            with warnings.catch_warnings(record=True) as heard:
                warnings.simplefilter("always", dateutil_parser.UnknownTimezoneWarning)
                try:
                    result = dateutil_parser.parse(text, tzinfos=_UNIVERSAL)
                except (ValueError, OverflowError) as err:
                    raise ValueError(f"unparseable date {value!r}") from err
            if any(issubclass(w.category, dateutil_parser.UnknownTimezoneWarning) for w in heard):
                raise ValueError(f"unknown time zone in date {value!r}: write its offset "
                                 "(+01:00) or set 'timezone'") from None  # fmt: skip
        has_time = ":" in text
    else:
        raise ValueError(f"not a date: {value!r}")
    if result.tzinfo is None:
        result = result.replace(tzinfo=default_tz)
    return result, has_time
