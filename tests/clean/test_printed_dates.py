from datetime import date, timedelta

import pytest

from sitegen.clean.printed_dates import PrintedDate, parse_printed_date, yearless_date


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Sunday 22 October 2017 11:18 BST", "2017-10-22T11:18:00+01:00"),
        ("22.10.2017, 11:18 Uhr", "2017-10-22T11:18:00"),
        ("Publié le 22 octobre 2017 à 11h18", "2017-10-22T11:18:00"),
        ("Oct. 22, 2017 at 11:18 a.m. EDT", "2017-10-22T11:18:00-04:00"),
        ("14 March 2019 • 4:42pm", "2019-03-14T16:42:00"),
        ("Nov 20, 2022", "2022-11-20"),
        ("Publicado el 3 de mayo de 2021 a las 09:05 CEST", "2021-05-03T09:05:00+02:00"),
        ("Actualizado el 25/05/2021 a las 09:05h", "2021-05-25T09:05:00"),  # the clock's "h"
        ("25/05/2021 09:05 hs", "2021-05-25T09:05:00"),
        ("2017-10-22T11:18:00Z", "2017-10-22T11:18:00+00:00"),
        ("Pubblicato il 5 giugno 2020", "2020-06-05"),
        ("12/25/2019 08:00 PM", "2019-12-25T20:00:00"),
        ("3/3/2025 5:12:00 PM", "2025-03-03T17:12:00"),  # seconds before the meridiem
        # English numbers put the month first, unless the zone is of a region that does not
        ("04/03/2024 17:45 HKT", "2024-03-04T17:45:00+08:00"),
        ("04/03/2024 17:45 GMT", "2024-03-04T17:45:00+00:00"),
        ("04/03/2024 5:45 PM EST", "2024-04-03T17:45:00-05:00"),
        ("04/03/2024 5:45 PM", "2024-04-03T17:45:00"),
        ("02 Ago 2017", "2017-08-02"),  # month abbreviations of es, it, pt
        ("12 dic. 2019", "2019-12-12"),
        ("Posted on Maret 30, 2015 by Admin", "2015-03-30"),  # Indonesian
        ("Текст: Венера Ерофеева·24 сентября 2018", "2018-09-24"),  # Russian, the genitive
        ("ZDNet Japan Staff 2019年04月28日 08時00分", "2019-04-28T08:00:00"),  # unit signs
        ("2019년 11월 20일", "2019-11-20"),
        ("2019년 11월 20일 오후 3시 5분", "2019-11-20T15:05:00"),  # "오후": after noon
        ("2019年11月20日 下午3时5分", "2019-11-20T15:05:00"),
        # month names of languages without a phrase list, as their dates print them
        ("4 marca 2024, 17:45", "2024-03-04T17:45:00"),  # Polish, the genitive
        ("4. března 2024", "2024-03-04"),  # Czech
        ("4 Mart 2024 17:45", "2024-03-04T17:45:00"),  # Turkish
        ("4 martie 2024", "2024-03-04"),  # Romanian
        ("4. marts 2024 kl. 17.45", "2024-03-04T17:45:00"),  # Danish
        ("2024. március 4. 17:45", "2024-03-04T17:45:00"),  # Hungarian, the year first
        ("4 березня 2024, 17:45", "2024-03-04T17:45:00"),  # Ukrainian, the genitive
        ("4. maaliskuuta 2024", "2024-03-04"),  # Finnish, the partitive
    ],
)
def test_forms_sites_print(line, iso):
    printed = parse_printed_date(line)
    assert printed is not None and printed.iso() == iso


MONTHS = {  # each supported language's months, written out as its calendars print them
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(MONTHS))
def test_every_month_of_every_supported_language_is_read(lang):
    for number, month in enumerate(MONTHS[lang].split(), start=1):
        printed = parse_printed_date(f"20 {month} 2019", lang)
        assert printed is not None and printed.iso() == f"2019-{number:02d}-20", month


@pytest.mark.parametrize(
    "zone, date_text, offset",
    [
        ("BST", "1 July 2020 10:00", 1),
        ("GMT", "1 January 2020 10:00", 0),
        ("CEST", "1 July 2020 10:00", 2),
        ("CET", "1 January 2020 10:00", 1),
        ("EST", "1 January 2020 10:00", -5),
        ("EDT", "1 July 2020 10:00", -4),
        ("IST", "1 July 2020 10:00", 5.5),
        ("AEST", "1 July 2020 10:00", 10),
        ("AEDT", "1 January 2020 10:00", 11),
    ],
)
def test_zone_abbreviations_map_to_real_offsets(zone, date_text, offset):
    printed = parse_printed_date(f"{date_text} {zone}")
    assert printed.value.utcoffset() == timedelta(hours=offset)
    assert printed.value.tzname() == zone  # shown as the page printed it


def test_generic_eastern_time_follows_daylight_saving():
    winter = parse_printed_date("Jan. 10, 2019 at 8:00 a.m. ET").value
    summer = parse_printed_date("Jul. 10, 2019 at 8:00 a.m. ET").value
    assert winter.utcoffset() == timedelta(hours=-5) and summer.utcoffset() == timedelta(hours=-4)


def test_published_wins_over_updated():
    printed = parse_printed_date("Updated 23 Oct 2017 14:00 GMT | Published 22 Oct 2017 09:00 GMT")
    assert printed.iso() == "2017-10-22T09:00:00+00:00" and printed.label == "published"
    only_updated = parse_printed_date("Updated 11:20 AM EST, February 15, 2024")
    assert only_updated.label == "updated" and only_updated.value.day == 15
    created = parse_printed_date("Erstellt am 05.03.2024 – 09:30 Uhr", "de")  # "created"
    assert created.label == "published" and created.iso() == "2024-03-05T09:30:00"


@pytest.mark.parametrize("line, lang", [
    ("3 hours ago", "en"), ("Published 2 days ago", "en"), ("vor 5 Minuten", "de"),
    ("il y a 2 heures", "fr"), ("an hour ago", "en"), ("Updated an hour ago", "en"),
    ("vor 1 Stunde", "de"), ("Aktualisiert vor einer Stunde", "de"), ("il y a une heure", "fr"),
    ("hace una hora", "es"), ("1 ora fa", "it"), ("un’ora fa", "it"), ("há uma hora", "pt"),
    ("2 uur geleden", "nl"), ("een dag geleden", "nl"),
])  # fmt: skip
def test_relative_dates_give_no_date(line, lang):
    printed = parse_printed_date(line, lang)
    assert printed is not None and printed.value is None


@pytest.mark.parametrize("line", ["The council met on Thursday.", "Comments", "Page 2 of 10", "",
                                  "Sept. 2018", "Published September 2018 ",
                                  "Mar 2024 · 6 min read", "March 2024 open thread"])
def test_lines_without_a_date(line):
    """A month and a year name no day; nor does a number beyond a separator."""
    assert parse_printed_date(line) is None


def test_day_first_for_dotted_and_non_english_dates():
    assert parse_printed_date("05.10.2017").value == date(2017, 10, 5)
    assert parse_printed_date("05/10/2017", lang="fr").value == date(2017, 10, 5)
    assert parse_printed_date("05/10/2017", lang="en").value == date(2017, 5, 10)


@pytest.mark.parametrize(
    ("line", "lang", "iso", "label"),
    [
        ("Apr 18, 2024 · 6 min read", "en", "2024-04-18", ""),
        ("2 febbraio 2024 (modificato il 3 febbraio 2024 | 09:40)", "it", "2024-02-02", "published"),
        ("Mon 4 Mar 2024 17.45 GMT", "en", "2024-03-04T17:45:00+00:00", ""),
        ("Tue 14 May 2024 07.45 BST", "en", "2024-05-14T07:45:00+01:00", ""),
        ("11/05/23 9:15 AM ET", "en", "2023-11-05T09:15:00-05:00", ""),
        ("PUBLISHED WED, NOV 20 20194:29 AM EST", "en", "2019-11-20T04:29:00-05:00", "published"),
        # ... with the update's time in words glued after it
        ("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO", "en",
         "2019-11-20T04:29:00-05:00", "published"),
        ("March 4, 20245:45 PM GMT+1Updated an hour ago", "en", "2024-03-04T17:45:00+01:00",
         "published"),
        ("4 marzo 2024 (modifica il 5 marzo 2024 | 09:10)", "it", "2024-03-04", "published"),
        ("Mon., March 23, 2020timer5 min. read", "en", "2020-03-23", ""),
        ("12 March 2024, 10:00 UPDATED 13 March 2024", "en", "2024-03-12T10:00:00", "published"),
        ("Publicado el 5 de marzo de 2024 a las 10:15", "es", "2024-03-05T10:15:00", "published"),
        ("Aktualisiert am 4. März 2024, 10:15 Uhr", "de", "2024-03-04T10:15:00", "updated"),
        ("Letzte Aktualisierung: 28.01.2022", "de", "2022-01-28", "updated"),
        ("Última actualización: 3 de marzo de 2024", "es", "2024-03-03", "updated"),
        ("Ultimo aggiornamento 3 marzo 2024", "it", "2024-03-03", "updated"),
        ("Dernière mise à jour : 3 mars 2024", "fr", "2024-03-03", "updated"),
        ("Atualização: 3 de março de 2024", "pt", "2024-03-03", "updated"),
        # labels that start alike: the longer is the label ("publicado em")
        ("Publicado em 3 de maio de 2024 às 14h30", "pt", "2024-05-03T14:30:00", "published"),
        # "Published by": the date before the label is the published one
        ("05/10/2018 - Publicado por: Ana Lopes - Categoria: Saúde", "pt", "2018-10-05",
         "published"),
        ("Published by Jo Lee, 3 May 2024", "en", "2024-05-03", "published"),
        # "publish date" and its kin say it too, glued to the date as pasted text joins spans
        ("Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)", "en", "2020-11-28T13:34:00+05:30",
         "published"),
        ("Fecha de publicación: 3 de mayo de 2024", "es", "2024-05-03", "published"),
        # the labels of languages whose months the data holds, beyond the seven supported
        ("Aktualizacja: 19.04.2026 19:45 Publikacja: 19.04.2026 19:05", "pl",
         "2026-04-19T19:05:00", "published"),
        ("Uppdaterad 4 december 2026", "sv", "2026-12-04", "updated"),
    ],
)
def test_the_date_expression_is_taken_out_of_the_line(line, lang, iso, label):
    printed = parse_printed_date(line, lang)
    assert printed is not None and printed.iso() == iso and printed.label == label


@pytest.mark.parametrize(
    ("zone", "offset"),
    [("WAT", 1), ("CAT", 2), ("EAT", 3), ("SAST", 2), ("HKT", 8), ("SGT", 8), ("PKT", 5)],
)
def test_zones_of_every_continent(zone, offset):
    printed = parse_printed_date(f"7 March 2024 10:00 {zone}")
    assert printed.value.utcoffset() == timedelta(hours=offset)


def test_generic_pacific_time_follows_daylight_saving():
    assert parse_printed_date("July 4, 2024 10:00 AM PT").value.utcoffset() == timedelta(hours=-7)
    assert parse_printed_date("Jan 4, 2024 10:00 AM PT").value.utcoffset() == timedelta(hours=-8)


@pytest.mark.parametrize(("line", "iso"), [
    ("Mon, 03 Mar 2025 17:12:00 +0100", "2025-03-03T17:12:00+01:00"),  # as mail and feeds
    ("Tue, 4 Mar 2025 09:00 -0500", "2025-03-04T09:00:00-05:00"),
    ("3 March 2025 09:00 - 1200 words", "2025-03-03T09:00:00"),  # a count, not an offset
])  # fmt: skip
def test_a_numeric_offset_after_the_time_is_the_dates_zone(line, iso):
    assert parse_printed_date(line).iso() == iso


@pytest.mark.parametrize(("line", "lang", "iso"), [
    ("March 3, 2025 5:12 p.m. Eastern Time", "en", "2025-03-03T17:12:00-05:00"),
    ("July 3, 2025 at 5:12 p.m. Eastern", "en", "2025-07-03T17:12:00-04:00"),  # the season's
    ("3 mars 2025 à 17h12 (heure de Paris)", "fr", "2025-03-03T17:12:00+01:00"),
    ("3 de marzo de 2025 17:12 hora peninsular", "es", "2025-03-03T17:12:00+01:00"),
    ("Pacific Heights, March 3, 2025 5:12 pm", "en", "2025-03-03T17:12:00"),  # before the time
])  # fmt: skip
def test_a_zone_written_out_after_the_time_is_the_dates_zone(line, lang, iso):
    assert parse_printed_date(line, lang).iso() == iso


def test_numbers_that_are_not_times_stay_out():
    assert parse_printed_date("4.5 million people in 2024") is None


@pytest.mark.parametrize(("line", "day"), [
    ("3 maart 2024, 10:02", "2024-03-03"),
    ("Gepubliceerd: 12 mrt. 2024", "2024-03-12"),
    ("Bijgewerkt op maandag 4 maart 2024", "2024-03-04"),
])
def test_dutch_dates(line, day):
    printed = parse_printed_date(line, "nl")
    assert printed is not None and str(printed.value)[:10] == day


@pytest.mark.parametrize("line, lang", [
    ("Mis à jour le 5 juin 2023 à 10h15", "fr"), ("Actualisé le 5 juin 2023", "fr"),
    ("Actualizado el 5 de junio de 2023", "es"), ("Modificato il 5 giugno 2023", "it"),
    ("Atualizado em 05/06/2023 às 10h15", "pt"), ("Bijgewerkt op 5 juni 2023 om 10:15", "nl"),
    ("Gewijzigd op 5 juni 2023", "nl"), ("Laatste update: 5 juni 2023", "nl"),
    ("Geändert am 5. Juni 2023", "de"), ("Last updated on June 5, 2023", "en"),
    # ... and in some the lists' months are for
    ("Oppdatert 05.06.2023 10:15", "no"), ("Päivitetty 5.6.2023 10.15", "fi"),
    ("Обновлено 5 июня 2023", "ru"), ("Diperbarui 5 Jun 2023, 10:15 WIB", "id"),
])  # fmt: skip
def test_an_update_is_labelled_so_in_every_supported_language(line, lang):
    printed = parse_printed_date(line, lang)
    assert printed is not None and printed.label == "updated"
    assert str(printed.value)[:10] == "2023-06-05"


@pytest.mark.parametrize(("line", "lang"), [
    ("Bijgewerkt op 5 juni 2023 om 09:40 uur", "nl"),
    ("Aktualisiert am 5. Juni 2023 um 09:40 Uhr", "de"),
    ("Actualizado el 5 de junio de 2023", "es"),
])  # fmt: skip
def test_a_labelled_date_and_its_small_words_are_all_date(line, lang):
    printed = parse_printed_date(line, lang)
    assert printed is not None and printed.coverage == 1.0


@pytest.mark.parametrize(("line", "label"), [
    ("Posted on Mar 5", "published"), ("Mar 5", ""), ("5. März", ""), ("el 5 de marzo", ""),
    ("Tuesday, March 5", ""), ("Updated Mar 7, 10:30 am", "updated"),
    ("Posted on Mar 5 • Updated on Mar 7", "published"), ("Mar 27 · 14 min read", ""),
    ("on Mar 2714 min", ""),  # the day glued to the reading time: the 27th, 14 minutes
])  # fmt: skip
def test_a_day_printed_without_its_year_gives_no_date_but_is_one(line, label):
    assert parse_printed_date(line) is None  # the year is unknown
    assert yearless_date(line) == PrintedDate(None, label=label)


@pytest.mark.parametrize("line", [
    "Mar 5, 2024",  # a date with its year
    "Publié le 27 Mar 20 à 9:21",  # ... a short one
    "May 5 things to do", "Top 5", "March 5 Madness", "Chapter 5", "Mar",
])  # fmt: skip
def test_lines_that_are_not_a_day_without_its_year(line):
    assert yearless_date(line) is None


@pytest.mark.parametrize(("line", "iso"), [
    ("27.04.24", "2024-04-27"), ("Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27T07:39:00"),
    ("27.04.24, 07:39", "2024-04-27T07:39:00"), ("Stand: 05.08.24 17.45 Uhr", "2024-08-05T17:45:00"),
])  # fmt: skip
def test_a_dotted_date_with_a_short_year_is_no_clock(line, iso):
    """ "04.24" in "27.04.24" is the month and the year, not a clock's "17.45"."""
    assert parse_printed_date(line, "de").iso() == iso


def test_a_clock_before_a_word_in_lower_case_is_no_zone():
    """ "05.23" before "at" is the month and year of "11.05.23", not "17.45 GMT"."""
    assert parse_printed_date("11.05.23 at 9:15").iso() == "2023-05-11T09:15:00"


def test_in_english_a_dotted_pair_at_the_end_stays_a_british_clock():
    """ "Opening Bell 11.18.19" is a newsletter's title: no date is read from it."""
    assert parse_printed_date("Opening Bell 11.18.19") is None
    assert parse_printed_date("4 Mar 2024 17.45").iso() == "2024-03-04T17:45:00"
