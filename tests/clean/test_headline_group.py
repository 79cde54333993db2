"""Where the headline stands in its group (``sitegen.clean.headline_group``): short
headlines told from the kickers and menus around them by what the paragraphs tell."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text

FERRY_ES = """El consejo del puerto aprobó el lunes los nuevos horarios del ferri, tras un año de quejas de los vecinos de la isla por las conexiones perdidas.
Compartir
Facebook
Correo
Según el plan, la primera travesía saldrá a las seis de la mañana, una hora antes que ahora, y la última volverá después de las diez de la noche.
Los vecinos dijeron que así podrán llegar a tiempo al trabajo en la península, aunque a algunos les preocupa el coste de las travesías adicionales.
Lee también
Homenaje a los socorristas por un rescate invernal
La naviera, que opera tres barcos en la ruta, contratará a cuatro tripulantes más antes de la temporada de verano.
El ayuntamiento revisará los horarios dentro de un año y publicará cada mes el número de pasajeros de cada travesía.
© 2024 El Faro
Comenta
"""

FERRY_DE = """Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem sich Inselbewohner ein Jahr lang über verpasste Anschlüsse beschwert hatten.
Nach dem Plan legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als bisher, und die letzte kehrt erst nach zehn Uhr abends zurück.
Werbung
Die Bewohner sagten, so könnten sie rechtzeitig zur Arbeit auf dem Festland sein, manche sorgten sich aber um die Kosten der zusätzlichen Fahrten.
Der Betreiber, der drei Schiffe auf der Strecke einsetzt, will vor dem Sommer vier weitere Besatzungsmitglieder einstellen.
Anzeige
Der Gemeinderat will den Fahrplan in einem Jahr prüfen und jeden Monat die Zahl der Fahrgäste auf jeder Überfahrt veröffentlichen.
Datenschutz
Kommentare
© 2024 Inselbote
"""


def test_a_one_word_headline_among_a_menus_words_is_the_one_over_the_byline_naming_the_story():
    # neither the rules nor the model take a line: "Horarios" is the word the paragraphs use
    page = clean_text("Buscar\nPortada\nSuscríbete\nOpinión\nEconomía\nHorarios\n"
                      "Pablo Gil · El Faro\nActualizado el 5 de junio de 2023\n" + FERRY_ES)  # fmt: skip
    assert page.title == "Horarios"


def test_a_one_word_headline_under_a_mastheads_date_is_the_one_over_the_byline():
    # a menu's word the model takes, far from sure, gives way to the line over the byline
    # naming the story; the masthead's date over it is no byline of the group's
    page = clean_text("Política\nDeportes\nBuscar\n20 de noviembre de 2019\nTRANSPORTE\n"
                      "Horarios\nPor Lucía Romero\nActualizado el 5 de junio de 2023\n"
                      + FERRY_ES)  # fmt: skip
    assert page.title == "Horarios"
    assert page.date is not None and page.date.iso().startswith("2023-06-05")


FERRY_NL = """De havenraad heeft maandag de nieuwe dienstregeling van de veerboot goedgekeurd, na een jaar van klachten van eilandbewoners over gemiste aansluitingen.
Volgens het plan vertrekt de eerste boot om zes uur 's ochtends, een uur eerder dan nu, en keert de laatste na tien uur 's avonds terug.
Advertentie
Bewoners zeiden dat ze zo op tijd op hun werk op het vasteland kunnen komen, al maken sommigen zich zorgen over de kosten van de extra overtochten.
De rederij, die drie schepen op de lijn inzet, neemt voor de zomer vier extra bemanningsleden aan.
Reacties
"""


def test_a_one_word_headline_in_other_words_than_its_story_is_a_guess_over_no_title():
    # nothing tells "Vaartijden" from the menu's words over it but its place over the
    # byline (its story says "dienstregeling"): a guess beats no title
    page = clean_text("Economie\nHome\nAbonneren\nSport\nVaartijden\n"
                      "Sanne Jansen en Pieter Bakker\nBijgewerkt op 5 juni 2023\n" + FERRY_NL)  # fmt: skip
    assert page.title == "Vaartijden"
    assert page.authors == ["Sanne Jansen", "Pieter Bakker"]


MENU_NL = """Wij en onze 180 partners slaan informatie op uw apparaat op en lezen die uit om het bereik te meten en u gepersonaliseerde inhoud te tonen.
Alles accepteren
Instellingen
Abonneren
Opinie
Politiek
Zoeken
Economie
Vaartijden
Pieter Bakker, correspondent
Bijgewerkt op 5 juni 2023
De havenraad heeft maandag de nieuwe dienstregeling van de veerboot goedgekeurd, na een jaar van klachten van eilandbewoners over gemiste aansluitingen.
Volgens het plan vertrekt de eerste boot om zes uur 's ochtends, een uur eerder dan nu, en keert de laatste na tien uur 's avonds terug.
Bewoners zeiden dat ze zo op tijd op hun werk op het vasteland kunnen komen, al maken sommigen zich zorgen over de kosten van de extra overtochten.
Reacties
Reageer
© 2024 Eilandbode
"""


def test_a_one_word_headline_over_its_byline_beats_a_menus_word_the_model_barely_prefers():
    # the model all but unsure of both ("Economie", "Vaartijden"): the place over the byline
    # tells
    page = clean_text(MENU_NL)
    assert page.title == "Vaartijden"
    assert page.date is not None and page.date.iso().startswith("2023-06-05")


def test_a_one_word_kicker_over_a_one_word_headline_naming_the_story_is_not_taken_for_it():
    page = clean_text("Suscríbete\n20 de noviembre de 2019\nOpinión\nHorarios\n"
                      "Por Lucía Romero\n18 de abril de 2024, 06:45\n" + FERRY_ES)  # fmt: skip
    assert page.title == "Horarios"


def test_a_kicker_of_one_word_in_capitals_is_not_the_one_word_headline_under_it():
    # "Fährzeiten" is a word the paragraphs do not use, but a kicker is set in capitals
    page = clean_text("Anmelden\nINSELVERKEHR\nFährzeiten\nAutor: Lena Brandt\n"
                      "Aktualisiert: 5. Juni 2023\n" + FERRY_DE)  # fmt: skip
    assert page.title == "Fährzeiten"


def test_a_section_label_over_a_headline_of_sentences_in_sentence_case_is_not_taken_for_it():
    page = clean_text("""Entrar
Opinião
Política
A balsa parou. Então a ilha construiu a sua.
Por Ana Souza
18/04/2024 06h45
O conselho do porto aprovou na segunda-feira os novos horários da balsa, depois de um ano de queixas dos moradores da ilha sobre conexões perdidas.
Pelo plano, a primeira travessia sairá às seis da manhã, uma hora mais cedo do que hoje, e a última voltará depois das dez da noite.
Compartilhe
Facebook
E-mail
Os moradores disseram que assim poderão chegar a tempo ao trabalho no continente, embora alguns se preocupem com o custo das travessias extras.
A empresa, que opera três barcos na linha, vai contratar mais quatro tripulantes antes da temporada de verão.
© 2024 Jornal da Ilha
Comentários
""")
    assert page.title == "A balsa parou. Então a ilha construiu a sua."
    assert "Compartilhe" not in page.body  # a share button, as Brazilian sites write it
    assert len(page.body) == 4


def test_a_kicker_over_the_headline_its_standfirst_and_byline_gives_way_to_the_headline():
    """"Stromausfall im Hafen" / the headline / a longer standfirst / "Von Lena Brandt":
    a model that took the kicker for the title moves down to the headline; a short
    headline straight over its standfirst and byline stays."""
    from sitegen.clean import line_model, read_lines
    from sitegen.clean.headline_group import story_under_kicker

    group = ("Anmelden\nStromausfall im Hafen\n"
             "Fähren stehen still, Anschlüsse verpasst: Wie verlässlich ist der neue Fahrplan?\n"
             "Insel. Der Hafenrat hat den Fahrplan geändert. Hunderte Pendler verpassen seither "
             "ihre Anschlüsse, und der Betreiber sucht noch Personal.\n"
             "Von Lena Brandt\n09.09.2025, 14:55 Uhr\n")  # fmt: skip
    doc, _ = read_lines(group + FERRY_DE)
    labels = ["other", "title", "other", "subtitle", "byline", "date"]
    labels += ["body"] * (len(doc.lines) - len(labels))
    found = line_model.Labels(first=0, best=labels, probs=[{} for _ in labels],
                              features=[[] for _ in labels],
                              numbers=[ln.number for ln in doc.lines])  # fmt: skip
    assert doc.lines[story_under_kicker(doc, found, 1, frozenset())].text.startswith("Fähren")
    short, _ = read_lines(group.replace("Stromausfall im Hafen\n", "") + FERRY_DE)
    headline = next(ln.index for ln in short.lines if ln.text.startswith("Fähren"))
    assert story_under_kicker(short, found, headline, frozenset()) == headline


def test_a_headline_under_its_byline_stays_under_a_sections_label_over_the_group():
    """"Formel 1-News" / the date / "von Juliane Ziegengeist" / the headline: the model's
    headline under the byline is not moved up to the section's label over the group."""
    from sitegen.clean import line_model, read_lines
    from sitegen.clean.headline_group import above_its_byline

    doc, _ = read_lines("Anmelden\nFähren-News\n02.02.2022 · 11:14\nvon Lena Brandt\n"
                        "Nach dem Sturm: Der Hafenrat beschließt einen neuen Fahrplan\n"
                        "Erst zwei Tage nach dem Sturm legt die erste Fähre wieder ab, "
                        "und der Betreiber sucht noch Personal.\n" + FERRY_DE)  # fmt: skip
    doc.mark(doc.lines[1], "title", "headline above the byline")  # as the rules may read it
    labels = ["other", "other", "date", "byline", "title", "other"]
    labels += ["body"] * (len(doc.lines) - len(labels))
    odds = {1: 0.19, 3: 0.0, 4: 0.52}
    found = line_model.Labels(first=0, best=labels,
                              probs=[{"title": odds.get(i, 0.0), "byline": 0.9 * (i == 3)}
                                     for i in range(len(labels))],
                              features=[[] for _ in labels],
                              numbers=[ln.number for ln in doc.lines])  # fmt: skip
    assert above_its_byline(doc, found, 4, frozenset()) == 4
    found.best[4] = "other"  # where the model did not take it for the headline, it goes up
    assert above_its_byline(doc, found, 4, frozenset()) == 1


NIGHT_TRAIN = [
    "At ten past nine on a Tuesday evening, the sleeper to Vienna pulls out of "
    "Brussels-Midi with every berth sold.",
    "Five years ago the route did not exist. Now it runs four nights a week, and the "
    "operator wants to make it daily.",
    "The revival has been driven by travellers who want to avoid flying, and by "
    "governments that have started to subsidise the trains.",
]


def test_a_kicker_over_the_headline_and_a_bare_name_gives_way_to_the_headline():
    """A paste of the article alone: kicker, headline (no sentence's end), the writer's
    name, the paragraphs. The kicker's two words name the section, not the story."""
    page = clean_text("\n".join([
        "Night trains",
        "The quiet return of the night train",
        "Lena Fischer",
        *NIGHT_TRAIN,
    ]))  # fmt: skip
    assert (page.title, page.subtitle) == ("The quiet return of the night train", "")
    assert page.authors == ["Lena Fischer"]


def test_a_paragraph_of_twenty_words_ending_with_a_full_stop_is_no_headline():
    page = clean_text("\n".join(NIGHT_TRAIN))
    assert (page.title, page.body) == ("", NIGHT_TRAIN)


def test_the_pages_title_with_its_sites_name_over_the_headline_gives_way_to_the_headline():
    """A paste that starts with the page's title as the browser's tab prints it."""
    page = clean_text("\n".join([
        "Ferry operator adds a winter sailing to the mainland | The Island Herald",
        "Ferry operator adds a winter sailing to the mainland",
        "By Ana Lopes",
        "3 December 2026",
        "The island's ferry operator will add a fourth daily sailing to the mainland from "
        "January, after a petition signed by more than 1,200 residents.",
        "The new crossing will leave the island at 6.15am, in time for commuters to reach the "
        "mainland's train station before seven.",
        "The operator said the extra sailing would run until the end of March.",
    ]))  # fmt: skip
    assert (page.title, page.subtitle) == ("Ferry operator adds a winter sailing to the mainland", "")


def test_the_link_under_a_related_label_is_never_the_headline():
    from sitegen.clean import read_lines
    from sitegen.clean.not_headlines import not_title

    doc, _ = read_lines("Vaartijden\nDoor Sanne Jansen\n3 mei 2021\nLees ook\n"
                        "Reddingsbemanning geëerd voor winterse redding\n" + "\n".join(NIGHT_TRAIN))
    assert not_title(doc, 4) and not not_title(doc, 0)


def test_a_gallerys_slide_over_the_byline_is_no_headline_the_one_under_it_is():
    """A gallery's last slide, its counter and caption's label glued on one line, stands
    over the byline; the headline is printed under the date, and at the top of the page."""
    headline = "Airplane Tires Don't Explode on Landing Because They Are Pumped!"
    text = "\n".join([
        "Skip to: Start of article", headline, "Subscribe", "Search", "Business", "Culture",
        "Science", "Follow Us", "On Twitter", "Advertisement.",
        "Slide: 1 / of 2 . Caption: Getty Images", "Slide: 2 / of 2 . Caption: Michelin",
        "Skip Article Header. Skip to: Start of Article.",
        "Author: Eric Adams. Eric Adams Transportation",
        "Date of Publication: 08.22.16. 08.22.16", "Time of Publication: 5:30 am. 5:30 am",
        headline, "Getty Images",
        "One thing you almost never see when an airplane lands is a blowout. Think about that: "
        "a plane weighing hundreds of tons hits the runway at 170 miles an hour.",
        "Aircraft tires are amazing when you think about it. The typical airliner tire can "
        "handle a load of 38 tons and is inflated to about 200 pounds per square inch.",
        "A Boeing 777 uses 14 tires, and the largest cargo planes demand dozens more, each "
        "of them retreaded several times before it is scrapped."])  # fmt: skip
    assert clean_text(text).title == headline


def test_a_gallerys_slide_is_never_the_headline_a_date_with_a_slash_may_be():
    from sitegen.clean.document import Document
    from sitegen.clean.not_headlines import not_title

    lines = ["Slide: 2 / of 2 . Caption: Michelin", "Image 3 / of 12",
             "9/11 memorial opens to the public", "Open 24/7: the island's new ferry desk"]
    doc = Document.from_text("\n".join(lines))
    assert [not_title(doc, i) for i in range(4)] == [True, True, False, False]


def test_a_trending_storys_headline_over_the_headline_is_not_taken_for_it():
    """"School closings for Tuesday", the last of a list of trending stories, stands
    straight over the page's own headline, which ends no sentence: the list's item, not the
    headline over a longer standfirst."""
    text = "\n".join([
        "WKRN News 2", "News", "Weather", "Trending Stories:",
        "Police: Man charged after crash on I-40", "School closings for Tuesday",
        "Ferry service returns to Lake Island after co-op buys boat", "by: Marta Kowalski",
        "Posted: Jan 14, 2025 / 09:15 AM CST",
        "When the last ferry of the season left Lake Island in October, nobody on the dock "
        "expected it to be the last one for good. The operator had lost money for six years.",
        "By November the island's 840 residents had formed a cooperative. Within a month they "
        "had bought a second-hand boat and hired two captains from the mainland.",
        "\"We did not ask anyone for permission,\" said Sharon Connolly, who chairs the "
        "cooperative. \"We asked each other.\""])  # fmt: skip
    assert clean_text(text).title == "Ferry service returns to Lake Island after co-op buys boat"



@pytest.mark.parametrize("row", ["on Mar 1711 min", "Mar 27 · 14 min read", "Posted on Mar 5"])
def test_a_byline_rows_day_without_its_year_is_all_date_and_never_the_headline(row):
    """Medium's byline row pasted glued ("on Mar 1711 min": the 17th, an 11-minute read)
    was taken for the headline over an unlisted story's note."""
    from sitegen.clean.not_headlines import all_date

    assert all_date(row, "en")
    assert not all_date("March Madness 2 returns", "en")
