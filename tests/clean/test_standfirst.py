"""The standfirst of a headline group (``sitegen.clean.standfirst``): the line under the
headline that sums the story up, told from the article's first paragraph by where the
group's byline and date stand."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text

STANDFIRST = ("Nach monatelangen Beschwerden über verpasste Anschlüsse fährt die Fähre nach "
              "Hiddensee künftig eine Stunde früher. Die Bewohner sind erleichtert.")
PARAGRAPHS = [
    "Die Reederei hat am Montag den neuen Fahrplan beschlossen, nachdem sich Inselbewohner "
    "ein Jahr lang über verpasste Anschlüsse beschwert hatten.",
    "Die erste Fähre legt nun um sechs Uhr morgens ab, eine Stunde früher als bisher, und die "
    "letzte kehrt erst nach zehn Uhr abends zurück.",
    "Die Reederei will vor dem Sommer vier weitere Besatzungsmitglieder einstellen.",
]


def test_a_standfirst_between_the_groups_date_and_its_byline_is_the_standfirst():
    page = clean_text("\n".join(["Startseite", "Inland", "Hiddensee",
                                 "Fähre fährt künftig eine Stunde früher",
                                 "Stand: 04.03.2024 17:45 Uhr", STANDFIRST, "Von Anna Berg, NDR",
                                 *PARAGRAPHS, "Dieses Thema im Programm:"]))  # fmt: skip
    assert page.subtitle == STANDFIRST
    assert page.body == PARAGRAPHS
    assert page.authors == ["Anna Berg"]


def test_the_first_paragraph_under_the_groups_byline_and_date_is_the_articles():
    page = clean_text("\n".join(["Startseite", "Inland",
                                 "Fähre fährt künftig eine Stunde früher",
                                 "Von Anna Berg, NDR", "Stand: 04.03.2024 17:45 Uhr",
                                 *PARAGRAPHS, "Weitere Meldungen",
                                 "Von Jonas Weber, NDR"]))  # fmt: skip
    assert page.subtitle == ""
    assert page.body == PARAGRAPHS


def test_a_desks_byline_under_the_headline_is_no_standfirst():
    paragraphs = ["ROCKLAND — More than 200 people packed the council chamber on Tuesday night "
                  "to oppose a plan that would cut a third of the winter sailings.",
                  "Speakers lined up for three hours, and most of them lived on the islands.",
                  "The council took no vote. The budget comes back next month."]  # fmt: skip
    page = clean_text("\n".join(["News", "Local", "Island ferry cuts draw crowd to council meeting",
                                 "Staff report", "Posted: Jan 14, 2025 / 07:02 AM EST",
                                 *paragraphs]))  # fmt: skip
    assert page.title == "Island ferry cuts draw crowd to council meeting"
    assert page.subtitle == ""
    assert page.body == paragraphs



RELEASE = """Pressemitteilung
Stadt Kiruna
03.03.2025
Werkzeugbibliothek verzeichnet 9.000 Ausleihen
{dateline} Die Werkzeugbibliothek der Stadtbibliothek Kiruna hat seit ihrer Eröffnung vor zwei Jahren mehr als 9.000 Ausleihen verzeichnet.
Die Einwohner können mit ihrem Bibliotheksausweis mehr als 400 Werkzeuge ausleihen, darunter Heckenscheren, Fliesenschneider und Bohrmaschinen.
„Die Nachfrage übertrifft unsere Erwartungen“, sagt Bibliothekarin Maja Eriksson.
Pressekontakt:
Anna Lindqvist
Pressestelle der Stadt Kiruna
Telefon: +46 980 70 000
Druckversion
"""


@pytest.mark.parametrize("dateline", ["KIRUNA (dpa) –", "Kiruna (dpa) -",
                                      "KIRUNA, Norrbotten —"])  # fmt: skip
def test_a_first_paragraph_opening_with_a_dateline_is_no_standfirst(dateline):
    """A press release: its issuer and date over the headline, the first paragraph straight
    under it, opened by the wire's dateline and saying again what the headline says."""
    page = clean_text(RELEASE.format(dateline=dateline))
    assert page.subtitle == ""
    assert page.body[0].startswith(f"{dateline} Die Werkzeugbibliothek")


def test_a_standfirst_with_a_dash_after_its_first_words_stays():
    standfirst = "Die Fähre – seit Jahren verspätet – fährt künftig eine Stunde früher"
    page = clean_text("\n".join(["Startseite", "Inland", "Fähre fährt künftig eine Stunde früher",
                                 standfirst, "Von Anna Berg, NDR", "04.03.2024 17:45 Uhr",
                                 *PARAGRAPHS, "Dieses Thema im Programm:"]))  # fmt: skip
    assert page.subtitle == standfirst


def test_a_standfirst_under_a_headline_under_its_byline_and_date():
    standfirst = "Nach einem Jahr der Klagen fährt die erste Fähre künftig um sechs Uhr"
    page = clean_text("\n".join(["Startseite", "Inland", "Von Anna Berg, NDR",
                                 "Stand: 04.03.2024 17:45 Uhr",
                                 "Fähre fährt künftig eine Stunde früher", standfirst,
                                 *PARAGRAPHS]))  # fmt: skip
    assert page.title == "Fähre fährt künftig eine Stunde früher"
    assert page.subtitle == standfirst
    assert page.body == PARAGRAPHS


@pytest.mark.parametrize("dated", [
    "Publicado el 11 de mayo", "2020.08.19.08.00.Gyenesdiás", "Actualizado el 5 de junio de 2023",
])  # fmt: skip
def test_a_date_under_the_headline_is_no_standfirst(dated):
    page = clean_text(
        "Portada\nSociedad\nLa isla que se quedó sin ferri\n" + dated + "\n"
        "El último ferri salió del puerto en marzo. Desde entonces, los 800 vecinos de la isla "
        "dependen de barcos de pesca y de un helicóptero que llega dos veces por semana.\n"
        "La naviera asegura que la ruta perdía dinero desde hace una década y que no puede "
        "seguir operándola sin ayuda pública.\n"
        "El Gobierno ha prometido buscar un nuevo operador, pero ninguna empresa se ha "
        "presentado todavía al concurso.\n", lang="es")
    assert (page.title, page.subtitle) == ("La isla que se quedó sin ferri", "")
    assert dated not in page.body
