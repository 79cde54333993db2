"""The theme speaks the page's language: its words from the theme's i18n files, its dates
from Babel's locale data; English and unknown languages keep the house style."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitegen.i18n import long_date, month_name, short_date
from tests.conftest import article

BERLIN = ZoneInfo("Europe/Berlin")


def german(**meta: str) -> str:
    return article("Ein Tag in Dresden", "2025-03-08 09:30", ["Züge"], "Der Zug kommt an.",
                   lang="de", author="Mara", **meta)  # fmt: skip


def test_a_german_article_page_is_in_german_words_and_dates(site):
    out, result = site({"content/travel/dresden.md": german(),
                        "content/travel/b.md": article("Older", "2025-01-01")},
                       'timezone = "Europe/Berlin"\n')  # fmt: skip
    assert not result.problems
    page = (out / "2025/03/dresden/index.html").read_text()
    assert '<html lang="de">' in page and "Zum Inhalt springen" in page
    assert 'Von <a href="/author/mara/"' in page
    assert "Samstag, 8. März 2025, 09:30 CET" in page
    assert 'aria-label="Schlagwörter"' in page and "<span>Vorheriger</span>" in page
    assert "Skip to content" not in page and "Saturday" not in page
    home = (out / "index.html").read_text()  # the site is English: so are its lists...
    assert "Latest articles" in home and '<html lang="en">' in home
    assert "8. März 2025" in home  # ... but an entry speaks its article's language


@pytest.mark.parametrize("lang, words", [
    ("fr", ["Derniers articles", "Aller au contenu", "mars 2025", "Mot-clé « Züge »"]),
    ("es", ["Últimos artículos", "Saltar al contenido", "marzo de 2025", "Etiquetado «Züge»"]),
    ("it", ["Ultimi articoli", "Vai al contenuto", "marzo 2025", "Tag «Züge»"]),
    ("pt-BR", ["Últimos artigos", "Saltar para o conteúdo", "março de 2025", "Etiqueta «Züge»"]),
])  # fmt: skip
def test_a_site_in_another_language_has_its_lists_in_it(site, lang, words):
    out, _ = site({"content/a.md": article("A", "2025-03-08", ["Züge"], lang=lang)},
                  f'language = "{lang}"\n')
    text = "".join((out / rel).read_text() for rel in
                   ("index.html", "2025/03/index.html", "tag/züge/index.html"))  # fmt: skip
    for word in words:
        assert word in text


def test_a_language_without_words_stays_english(site):
    out, _ = site({"content/a.md": article("A", "2025-03-08", lang="sw")}, 'language = "sw"\n')
    home = (out / "index.html").read_text()
    assert '<html lang="sw">' in home and "Latest articles" in home


def test_a_sites_theme_can_change_one_phrase_and_keep_the_rest(site):
    out, _ = site({"content/a.md": article("A", "2025-03-08", ["x"]),
                   "themes/mine/templates/.keep": "",
                   "themes/mine/i18n/de.toml": '"Latest articles" = "Neu hier"\n'},
                  'theme = "mine"\nlanguage = "de"\n')  # fmt: skip
    home = (out / "index.html").read_text()
    assert "Neu hier" in home and "Zum Inhalt springen" in home


def test_dates_in_each_language():
    value = datetime(2026, 1, 11, 11, 0, tzinfo=BERLIN)
    assert long_date(value, "en") == "Sunday 11 January 2026, 11:00 CET"
    assert long_date(value, "de") == "Sonntag, 11. Januar 2026, 11:00 CET"
    assert long_date(value, "fr", with_time=False) == "dimanche 11 janvier 2026"
    assert short_date(value, "en") == "11 Jan 2026" and short_date(value, "it") == "11 gen 2026"
    assert month_name(2024, 5, "es") == "mayo de 2024" and month_name(2024, 5, "xx") == "May 2024"


@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31),
                    timezones=st.sampled_from([UTC, ZoneInfo("Europe/London"),
                                               ZoneInfo("Asia/Kolkata")])))  # fmt: skip
def test_english_dates_are_written_as_strftime_writes_them(value):
    """The English names come from a table, not from strftime (which costs a time tuple
    and an import on every call): the same text for any date."""
    assert short_date(value, "en") == f"{value.day} {value:%b %Y}"
    assert long_date(value, "en", False) == f"{value:%A} {value.day} {value:%B %Y}"
    assert long_date(value, "en") == (f"{value:%A} {value.day} {value:%B %Y}, "
                                           f"{value:%H:%M} {value.tzname()}")  # fmt: skip
    assert month_name(value.year, value.month, "en") == f"{value:%B %Y}"
