"""Dates as written in front matter, made time-zone aware."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo


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
        try:
            result = datetime.fromisoformat(text)
        except ValueError:
            from dateutil import parser as dateutil_parser  # 40 ms to import: when needed

            try:
                result = dateutil_parser.parse(text)
            except (ValueError, OverflowError) as err:
                raise ValueError(f"unparseable date {value!r}") from err
        has_time = ":" in text
    else:
        raise ValueError(f"not a date: {value!r}")
    if result.tzinfo is None:
        result = result.replace(tzinfo=default_tz)
    return result, has_time
