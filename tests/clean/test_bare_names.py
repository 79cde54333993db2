import pytest

from sitegen.clean.bare_names import names_beside_outlet


@pytest.mark.parametrize(
    "line, names",
    [("Ana Lopes | Island Herald", ["Ana Lopes"]), ("Priya Raman · Harbourline", ["Priya Raman"]),
     ("Ana Lopes and Tomasz Wrona · Reuters", ["Ana Lopes", "Tomasz Wrona"]),
     ("Home | News | World", []), ("Ana Lopes", []), ("Salt and Pepper | Recipes", []),
     ("Ana Lopes | read the full story on our website today", [])],
)
def test_names_beside_their_outlet(line, names):
    assert names_beside_outlet(line) == names


BODY = (
    "The harbour board approved the new ferry timetable on Monday after a year of "
    "complaints from island residents about missed connections.\n"
    "Under the plan, the first crossing will leave at six in the morning, an hour earlier "
    "than now, and the last will return after ten at night.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        # the name over its role, above a date beside its reading time
        "Home\nFerry Times\nKofi Mensah\nSenior Correspondent\nApr 18, 2024 · 6 min read\n",
        # ... and under the date: a name with its role outweighs a bare "name" above it
        "Search\nWorld\nFerry Times\n11/05/23 9:15 AM ET\nKofi Mensah\nSenior Correspondent\n",
        # the name printed twice, its role with where after a bar (a post on a network)
        "Network\nFerry Times\nKofi Mensah\nKofi Mensah\nHarbour reporter and writer | Accra\n"
        "Published Apr 18, 2024\n+ Follow\n",
    ],
)
def test_a_bare_name_over_its_role_line_is_the_author_and_the_line_above_the_headline(head):
    from sitegen.clean import clean_text

    page = clean_text(head + BODY)
    assert (page.title, page.authors) == ("Ferry Times", ["Kofi Mensah"])
    assert "Senior Correspondent" not in page.body


COUNCIL = """Sport
Subscribe
Business
Newsletters
Tourists return to the islands in record numbers
Tue 5 Mar 2024 09.30 GMT
Hannah Schmidt and Sophie Laurent | Harbour Post
The council voted on Tuesday evening after a debate that lasted more than three hours, \
with several residents speaking for and against the proposal.
Supporters said the change was long overdue and would bring new life to the waterfront, \
which has seen several shops close in recent years.
Opponents warned that the cost had been underestimated and that the town could be left \
with unfinished work if the money ran out.
A spokesperson for the council said the budget had been checked by independent engineers \
and included a reserve for unexpected costs.
© 2024 Coastal Courier
"""


def test_two_names_beside_their_outlet_under_the_date_are_the_authors():
    from sitegen.clean import clean_text

    page = clean_text(COUNCIL)
    assert page.authors == ["Hannah Schmidt", "Sophie Laurent"]
    assert page.title == "Tourists return to the islands in record numbers"


def test_a_bare_name_over_the_date_the_model_found_is_the_author_past_the_rules_window():
    """A paragraph of the search box's help above the headline: the rules' window, counted
    from it, ends before the date, the model still finds the date and the name over it."""
    from sitegen.clean import clean_text

    head = (
        "Home\nSearch\nPress Enter to start searching and Escape to close this search window "
        "again, or keep typing.\n"
        "The Last Ferry Leaves Tonight and the Island Waits\n"
        "What happens when a crossing that ran for a century is about to stop for good?\n"
        "Ronja Beck\n/ 16.11.2018, 03:00 Uhr\n"
    )
    page = clean_text(head + BODY)
    assert page.title == "The Last Ferry Leaves Tonight and the Island Waits"
    assert page.authors == ["Ronja Beck"]
    assert str(page.date.value)[:10] == "2018-11-16"
    assert "Ronja Beck" not in page.body


def test_a_bare_name_over_a_dateline_is_the_author_not_the_place_it_was_filed_from():
    """ "Palma de Mallorca - 2 feb 2024 - 09:40 CET" reads as a byline with a date, its
    place as a name (particles and all, as "Ursula von der Leyen"); the name printed alone
    over it is the author's, and the standfirst is the line under the headline."""
    from sitegen.clean import clean_text

    page = clean_text(
        "Ir al contenido\nPortada\nNacional\nDeportes\n"
        "El ferry de la isla adelanta su primera salida\n"
        "Los vecinos celebran el cambio; la naviera advierte de que costará más\n"
        "María José Ferrer\nPalma de Mallorca - 2 feb 2024 - 09:40 CET\n"
        "Compartir en Facebook\n"
        "La autoridad portuaria aprobó el lunes el nuevo horario del ferry tras un año de "
        "quejas de los vecinos de la isla por las conexiones perdidas.\n"
        "A partir de ahora, el primer barco saldrá a las seis de la mañana, una hora antes "
        "que ahora, y el último regresará después de las diez de la noche.\n"
        "Los vecinos dicen que el cambio les permitirá llegar a tiempo al trabajo, aunque a "
        "algunos les preocupa el coste de las travesías adicionales.\n"
    )
    assert page.title == "El ferry de la isla adelanta su primera salida"
    assert page.authors == ["María José Ferrer"]
    assert page.subtitle.startswith("Los vecinos celebran el cambio")
    assert str(page.date.value) == "2024-02-02 09:40:00+01:00"
    assert "María José Ferrer" not in page.body


@pytest.mark.parametrize("place", ["São Sebastião (SP)", "Rathlin, Northern Ireland"])
def test_a_bare_name_over_the_place_it_was_filed_from_over_the_date_is_the_author(place):
    from sitegen.clean import clean_text

    page = clean_text(
        "Assine\nEntrar\nMenu\nCotidiano\n"
        "Balsa para Ilhabela terá horário estendido após meses de reclamações\n"
        "Moradores dizem que nova grade vai economizar horas, mas temem alta nas tarifas\n"
        f"Ana Souza\n{place}\n4.mar.2024 às 17h45\nAtualizado: 5.mar.2024 às 9h10\n"
        "Ouvir o texto\nDiminuir fonte\nAumentar fonte\n"
        "O Departamento Hidroviário aprovou na segunda-feira a nova grade de horários da "
        "balsa para Ilhabela, após meses de reclamações dos moradores.\n"
        "A primeira travessia sairá às 6h, uma hora mais cedo do que hoje, e a última "
        "voltará depois das 22h.\n"
        "A operadora vai contratar mais quatro tripulantes antes do verão, segundo o "
        "departamento.\n"
    )
    assert page.authors == ["Ana Souza"]
    assert str(page.date.value)[:10] == "2024-03-04"


@pytest.mark.parametrize(("head", "title", "name", "outlet"), [
    ("Subscribe\nLog in\nPolitics\n", "Council delays vote on harbour car park until spring",
     "Ana Lopes", "Island Herald\nPublished 11:11 PM EST Nov 19, 2019"),
    ("Home\nNews\nSport\nCornwall\n", "Island ferry cooperative marks first year of service",
     "Jane Roe", "BBC News, Cornwall"),
])  # fmt: skip
def test_a_bare_name_over_its_outlet_on_a_line_of_its_own_is_the_author(head, title, name,
                                                                          outlet):  # fmt: skip
    """ "Ana Lopes" over "Island Herald" over the date: the newspaper's name is two
    capitalised words, as a person's is, and the nearer to the date; a newspaper's word
    ("Herald") makes it the writer's outlet, as a role line is. "Jane Roe" over "BBC News,
    Cornwall", past the share buttons under the headline, with no date beside them (the
    page says "2 hours ago"): a desk of an outlet, with its place, does the same."""
    from sitegen.clean import clean_text

    between = "2 hours ago\nShare\nSave\n" if "Cornwall" in outlet else ""
    page = clean_text(f"{head}{title}\n{between}{name}\n{outlet}\n" + BODY)
    assert page.title == title
    assert page.authors == [name]
    assert outlet.split("\n")[0] not in page.body


@pytest.mark.parametrize(
    "line, names",
    [("Ana Lopes and Tomasz Wrona", ["Ana Lopes", "Tomasz Wrona"]),
     ("Jo Lee, Al Roe & Kim Yu", ["Jo Lee", "Al Roe", "Kim Yu"]),
     ("Ana Lopes", []), ("Salt and Pepper", []), ("Home, News and Sport", []),
     ("Jane Roe, Associated Press", [])],
)
def test_names_alone_on_a_line(line, names):
    from sitegen.clean.people import names_alone

    assert names_alone(line) == names


@pytest.mark.parametrize(
    "head",
    ["Home\nNews\nSalt Roads\nAna Lopes and Tomasz Wrona\nMon 4 Mar 2024 17.45 GMT\n",
     "Menu\nWorld\nSalt Roads\nMon 4 Mar 2024 17.45 GMT\nAna Lopes and Tomasz Wrona\n"],
)
def test_bare_names_joined_by_and_beside_the_date_are_the_authors(head):
    """Two names and nothing else is a byline without "By", as one bare name is; never
    the headline, however short the headline is."""
    from sitegen.clean import clean_text

    page = clean_text(head + BODY)
    assert page.title == "Salt Roads"
    assert page.authors == ["Ana Lopes", "Tomasz Wrona"]
    assert str(page.date.value)[:10] == "2024-03-04"


def test_names_and_a_date_on_one_line_give_both():
    """Names without "By", the date and a reading time on one line: the byline gives the
    date the page prints nowhere else."""
    from sitegen.clean import clean_text

    page = clean_text("Sign in\nFerry board approves earlier crossings for islanders\n"
                      "Ana Lopes and Tomasz Wrona · Apr 18, 2024 · 6 min read\n" + BODY)
    assert page.authors == ["Ana Lopes", "Tomasz Wrona"]
    assert str(page.date.value)[:10] == "2024-04-18"


@pytest.mark.parametrize("date", ["11/05/23 9:15 AM ET", "Mon 4 Mar 2024 17.45 GMT"])
def test_a_sections_name_in_the_menu_is_never_the_headline(date):
    """"News" over a two-word headline: the model finds it as likely a title, but a desk's
    name alone is a menu's label."""
    from sitegen.clean import clean_text

    page = clean_text(f"Home\nNews\nSalt Roads\nJane Roe, Associated Press\n{date}\n" + BODY)
    assert page.title == "Salt Roads"
    assert page.authors == ["Jane Roe"]


def test_written_by_under_a_short_headline_is_the_byline_the_headline_no_name():
    """"Written by" is also an author box's prompt in the phrase lists; under a two-word
    headline it still says who wrote the story, so the headline is not read as a bare name."""
    from sitegen.clean import clean_text

    page = clean_text("Menu\nSalt Roads\nWritten by Jane Roe\n4 March 2024 at 5:45pm\n" + BODY)
    assert page.title == "Salt Roads"
    assert page.authors == ["Jane Roe"]


def test_a_role_line_under_a_bare_name_is_never_the_headline():
    """"Korrespondentin in Wien" under "Katrin Oberholzer": the model gave the role line
    more odds of a headline than the two-word headline above them."""
    from sitegen.clean import clean_text

    body = ("Der Hafenausschuss hat am Montag den neuen Fahrplan für die Fähre zur Insel "
            "genehmigt, nachdem sich Bewohner ein Jahr lang über verpasste Anschlüsse "
            "beschwert hatten.\nKünftig legt die erste Fähre um sechs Uhr morgens ab, eine "
            "Stunde früher als bisher, und die letzte kehrt nach zehn Uhr abends zurück.\n"
            "Viele Bewohner sagten, sie könnten so rechtzeitig zur Arbeit auf dem Festland "
            "kommen, doch einige sorgen sich um die Kosten der zusätzlichen Fahrten.\n")
    page = clean_text("Startseite\nPolitik\nWirtschaft\nFrühe Fähren\nKatrin Oberholzer\n"
                      "Korrespondentin in Wien\nVeröffentlicht am 4. März 2024\n" + body)
    assert page.title == "Frühe Fähren"
    assert page.authors == ["Katrin Oberholzer"]


@pytest.mark.parametrize("names, authors", [
    ("Katrin Oberholzer und Jonas Weber", ["Katrin Oberholzer", "Jonas Weber"]),
    ("Katrin Oberholzer\nKorrespondentin in Wien", ["Katrin Oberholzer"]),
    ("Katrin Oberholzer", ["Katrin Oberholzer"]),
])
def test_names_under_the_standfirst_with_the_date_above_the_headline(names, authors):
    """The date printed over the headline, the names under the standfirst: no date beside
    them, yet several names, one over its role, or one straight over the first paragraph
    are the byline; the standfirst between leaves the body, and so does the role."""
    from sitegen.clean import clean_text

    standfirst = ("Der Hafenausschuss hat nach einem Jahr voller Beschwerden den neuen "
                  "Fahrplan beschlossen. Die Betreiber warnen vor höheren Kosten.")
    body = ["Der Hafenausschuss hat am Montag den neuen Fahrplan für die Fähre zur Insel "
            "genehmigt, nachdem sich Bewohner ein Jahr lang über verpasste Anschlüsse "
            "beschwert hatten.",
            "Künftig legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als "
            "bisher, und die letzte kehrt nach zehn Uhr abends zurück.",
            "Viele Bewohner sagten, sie könnten so rechtzeitig zur Arbeit auf dem Festland "
            "kommen, doch einige sorgen sich um die Kosten der zusätzlichen Fahrten."]
    page = clean_text("Startseite\nPolitik\nWirtschaft\n04.03.2024, 17:45 Uhr\n"
                      "Neue Fährverbindung: Insel bekommt frühere Abfahrten\n"
                      f"{standfirst}\n{names}\n"
                      + "\n".join(body) + "\n")
    assert page.authors == authors
    assert page.subtitle == standfirst
    assert page.body == body


def test_a_name_with_the_place_it_wrote_from_after_a_comma_over_the_date_is_the_author():
    from sitegen.clean import clean_text

    page = clean_text(
        "Startseite\nSchweiz\nZürich\n"
        "Die Fähre nach Ufenau fährt früher – die Insel atmet auf\n"
        "Nach einem Jahr voller Klagen hat die Schifffahrtsgesellschaft den Fahrplan geändert.\n"
        "Anna Berg, Zürich\n04.03.2024, 17.45 Uhr\nHören\nMerken\n"
        "Die Schifffahrtsgesellschaft hat am Montag den neuen Fahrplan für die Fähre nach "
        "Ufenau beschlossen, nachdem sich Anwohner beschwert hatten.\n"
        "Die erste Fähre legt nun um sechs Uhr morgens ab, eine Stunde früher als bisher.\n"
        "Die Gesellschaft will vor dem Sommer vier weitere Besatzungsmitglieder einstellen.\n"
    )
    assert page.authors == ["Anna Berg"]


def test_a_bare_name_over_a_plain_place_over_the_date_is_the_author():
    """"Ana Beatriz Costa" / "São Paulo" / the date: the place it was filed from, printed
    plainly (no comma, no bracket), stands between the name and the date."""
    from sitegen.clean.bare_names import bare_name_near
    from sitegen.clean.document import Document

    doc = Document.from_text("Ferry to the island leaves an hour earlier\nAna Beatriz Costa\n"
                             "São Paulo\n03/03/2025 17h12\n" + BODY)
    names, lines = bare_name_near(doc, 3)
    assert names == ["Ana Beatriz Costa"] and [ln.index for ln in lines] == [1]


def test_a_category_under_the_date_is_no_place_before_a_name():
    """"in Healthcare" (a category, not capitalised) under the date is no place the writer
    filed from: the two capitalised words under it are not taken for the author."""
    from sitegen.clean.bare_names import bare_name_near
    from sitegen.clean.document import Document

    doc = Document.from_text("Ferry to the island leaves earlier\n24. Oktober 2018\n"
                             "in Healthcare\nKeine Kommentare\n" + BODY)
    doc.lang = "de"
    assert bare_name_near(doc, 1) == ([], [])


def test_a_city_between_the_name_and_the_date_is_not_taken_for_the_author():
    """"Rio de Janeiro" reads as a first name, a particle and a last name; a dateline's city
    that the data knows for one is no one's name, and the name above it is the author's."""
    from sitegen.clean.bare_names import bare_name_near
    from sitegen.clean.document import Document

    doc = Document.from_text("Ferry to the island leaves an hour earlier\nAna Beatriz Costa\n"
                             "Rio de Janeiro\nMarch 3, 2025\n" + BODY)
    assert bare_name_near(doc, 3)[0] == ["Ana Beatriz Costa"]


SALT = ("Home\nWorld\nThe salt roads of the Sahara keep moving\n"
        "The caravans that still cross the desert carry more than salt, and fewer every year\n"
        "{name}\n"
        "The caravan left Taoudenni before dawn, forty camels long, loaded with slabs of salt "
        "cut by hand from the dry lake bed.\n"
        "Each slab weighs about thirty kilograms and sells in Timbuktu for a little more than "
        "it did a decade ago.\n"
        "The drivers say the road has not changed, but the buyers have.\nComments\n")


@pytest.mark.parametrize(("name", "authors"), [
    ("Amina Diallo", ["Amina Diallo"]),
    ("KEY POINTS", []),  # a label in capitals
    ("Caravan Salt", []),  # words the page writes in lower case
    ("Share Tweet", []),  # buttons
])  # fmt: skip
def test_a_name_alone_over_the_first_paragraph_is_the_byline(name, authors):
    """A page that prints no date: the name alone between the standfirst and the first
    paragraph is the byline, not the standfirst; a label, the story's own words or buttons
    there name no one."""
    from sitegen.clean import clean_text

    page = clean_text(SALT.format(name=name))
    assert page.authors == authors
    assert page.title == "The salt roads of the Sahara keep moving"
    assert page.subtitle.startswith("The caravans")


@pytest.mark.parametrize("caption", [
    "Amadou Diallo\nFoto: Kai Roe/Reuters",  # whom the picture shows, over its credit
    "Fot. Kai Roe",  # the credit itself, its label abbreviated
])
def test_a_name_under_the_date_that_a_picture_credits_is_no_byline(caption):
    """The picture's caption under the date names whom it shows, not who wrote."""
    from sitegen.clean import clean_text

    page = clean_text("Home\nWorld\nThe salt roads of the Sahara keep moving\n"
                      f"March 4, 2024\n{caption}\n" + SALT.split("{name}\n")[1])
    assert page.authors == []


@pytest.mark.parametrize(("outlet", "authors"), [
    ("BBC", ["Duncan Walker"]),  # the outlet's short letters
    ("Marketing", []),  # a role or a label: the interview's subject, a teaser's
])  # fmt: skip
def test_a_name_over_its_outlet_over_the_first_paragraph_is_the_byline(outlet, authors):
    """Buttons under the headline, then the name and its outlet on lines of their own,
    then the article: the byline."""
    from sitegen.clean import clean_text

    page = clean_text("Home\nWorld\nThe salt roads of the Sahara keep moving\nShare\nSave\n"
                      f"Duncan Walker\n{outlet}\n" + SALT.split("{name}\n")[1])
    assert page.authors == authors



@pytest.mark.parametrize("row", ["Marta Kowalski · 6 min read", "Marta Kowalski | 6 min read",
                                 "Marta Kowalski 6 min read"])
def test_a_reading_time_beside_a_bare_name_is_the_byline_not_a_label(row):
    """Pocket and many blogs print the writer's name and the reading time on one row; the
    reading time alone is a label, with a name beside it the row is the byline."""
    from sitegen.clean import clean_text

    page = clean_text(f"The Ferry Stopped. Then the Island Built Its Own.\nislandherald.com\n"
                      f"{row}\nView Original\n{BODY}")  # fmt: skip
    assert page.authors == ["Marta Kowalski"]
    assert page.title == "The Ferry Stopped. Then the Island Built Its Own."


def test_a_bare_name_over_a_row_of_buttons_over_the_date_is_the_author():
    """Medium's byline row, pasted a piece a line: the name, "Follow", the publication the
    post ran in, separators and the reading time, then the date; none of them the headline."""
    from sitegen.clean import clean_text

    head = ("Open in app\nSign in\nThe Ferry Stopped. Then the Island Built Its Own.\n"
            "How 840 people bought a boat, hired two skippers and kept the crossing alive\n"
            "Marta Kowalski\nFollow\nPublished in Island Herald\n·\n6 min read\n·\n"
            "Jan 14, 2025\n312\nListen\nShare\n")  # fmt: skip
    page = clean_text(head + BODY)
    assert page.title == "The Ferry Stopped. Then the Island Built Its Own."
    assert page.authors == ["Marta Kowalski"]
    assert str(page.date.value)[:10] == "2025-01-14"
    assert "Published in Island Herald" not in page.body


@pytest.mark.parametrize("credit", ["Illustration by Mike Nudelman", "Photo by Mike Nudelman",
                                    "Graphic by Mike Nudelman"])
def test_a_pictures_credit_saying_by_is_no_byline(credit):
    """"Illustration by ..." names who drew the picture over the article, not who wrote it:
    the bare name under the headline is the author."""
    from sitegen.clean import clean_text

    page = clean_text("Home\nThe Untold Story of the Island's Own Ferry\nNicholas Carlson\n"
                      f"Apr. 24, 2014, 9:49 AM\n{credit}\n{BODY}")  # fmt: skip
    assert page.authors == ["Nicholas Carlson"]
    assert page.title == "The Untold Story of the Island's Own Ferry"


def test_a_name_with_its_outlet_under_the_standfirst_and_a_credit_is_the_author():
    """The date above the headline, then the standfirst, the picture's credit and "Galo
    Ramírez | El Sol de México" over the first paragraph: a name printed with its outlet
    is a byline wherever it stands under the headline."""
    from sitegen.clean import clean_text

    head = ("Finanzas\n/ martes 17 de marzo de 2020\n"
            "Precio del petróleo mexicano cae a un mínimo de 18 años\n"
            "El barril de petróleo mexicano de exportación se desplomó 22 por ciento este "
            "martes respecto al día anterior\nImagen ilustrativa: Cuartoscuro\n"
            "Galo Ramírez | El Sol de México\n")  # fmt: skip
    page = clean_text(head + BODY)
    assert page.authors == ["Galo Ramírez"]
    assert page.title == "Precio del petróleo mexicano cae a un mínimo de 18 años"


@pytest.mark.parametrize(("row", "author"), [
    ("Lindsey Hilsum International Editor", "Lindsey Hilsum"),  # the role joined with a space
    ("Jane Roe Staff Writer", "Jane Roe"),
    ("Paz Segura - Marketing Manager", "Paz Segura"),  # ... or after a spaced hyphen
])
def test_a_name_and_its_role_on_one_line_under_the_headline_is_the_byline(row, author):
    """A paste joins a byline's name and role with a space ("Lindsey Hilsum International
    Editor"): the name is the author's, the line no standfirst."""
    from sitegen.clean import clean_text

    page = clean_text(f"Home\nNews\nIsrael hunts Hamas leaders in Gaza as the wounded leave\n"
                      f"{row}\nWednesday 1 Nov 2023\n{BODY}")  # fmt: skip
    assert page.authors == [author]
    assert page.subtitle != row


@pytest.mark.parametrize("row", [
    "Priya Raman\nPosted on Mar 5\n",  # dev.to: the year left out for this year's posts
    "Priya Raman\nFollow\n6 min read\n·\nMar 5\n",  # Medium's byline row, one piece a line
])  # fmt: skip
def test_a_bare_name_over_a_day_printed_without_its_year_is_the_author(row):
    from sitegen.clean import clean_text

    page = clean_text("DEV Community\nSearch\nLog in\nFerry Times\n" + row + BODY)
    assert (page.title, page.authors, page.date) == ("Ferry Times", ["Priya Raman"], None)
    assert "Priya Raman" not in page.body
