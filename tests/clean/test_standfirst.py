"""The standfirst of a headline group (``sitegen.clean.standfirst``): the line under the
headline that sums the story up, told from the article's first paragraph by where the
group's byline and date stand."""

from __future__ import annotations

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
