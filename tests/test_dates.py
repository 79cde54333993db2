from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sitegen.dates import to_datetime

LONDON = ZoneInfo("Europe/London")


def test_naive_datetime_takes_the_default_zone_with_its_summer_time():
    value, has_time = to_datetime("2017-10-22 11:18", LONDON)
    assert value.utcoffset() == timedelta(hours=1)
    assert value.tzname() == "BST"
    assert has_time


def test_written_offset_wins_over_default_zone():
    value, _ = to_datetime("2024-03-02T18:05:00+01:00", LONDON)
    assert value.utcoffset() == timedelta(hours=1)
    assert value.hour == 18


def test_yaml_values_are_accepted():
    value, has_time = to_datetime(date(2020, 1, 5), LONDON)
    assert (value.year, value.hour, has_time) == (2020, 0, False)
    aware = datetime(2020, 1, 5, 10, tzinfo=UTC)
    assert to_datetime(aware, LONDON)[0] == aware


def test_human_dates_parse():
    value, has_time = to_datetime("October 22, 2017", LONDON)
    assert value.date() == date(2017, 10, 22) and not has_time


@pytest.mark.parametrize("bad", ["yesterday-ish", "", "2017-13-45", 42, None])
def test_non_dates_raise(bad):
    with pytest.raises(ValueError):
        to_datetime(bad, LONDON)


def test_a_date_with_an_unknown_zone_name_is_an_error_not_a_guess():
    with pytest.raises(ValueError, match="unknown time zone"):
        to_datetime("7 May 2024 10:00 QQT", ZoneInfo("UTC"))
    value, _ = to_datetime("November 19, 2019, 07:47 PM EST", ZoneInfo("UTC"))  # a known name
    assert value.utcoffset() == timedelta(hours=-5)


def test_utc_written_out_is_utc_on_every_machine():
    value, _ = to_datetime("May 7 2024 10:00 UTC", ZoneInfo("Europe/Berlin"))
    assert value.utcoffset() == timedelta(0) and value.hour == 10
