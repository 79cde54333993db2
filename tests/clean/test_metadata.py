"""The rules' metadata: where a page prints no date beside its headline."""

import pytest

from sitegen.clean import clean_text

RELEASE = """FOR IMMEDIATE RELEASE
Contact: Sam Reyes, Communications Office
Harbour Trust Opens Applications for 2024 Coastal Grants
Grants of up to $50,000 available for community restoration projects
{dateline} The Harbour Trust today opened applications for its Coastal Grants program, which funds community-led projects that restore salt marshes and dunes.
Nonprofits, schools and municipal bodies in the six New England states are eligible. Applications close on May 15, and awards follow in July.
"Every grant we made last year was matched by volunteer hours many times over," said Executive Director Ruth Adeyemi.
###
"""


@pytest.mark.parametrize(("dateline", "day"), [
    ("PORTLAND, Maine – March 3, 2024 –", "2024-03-03"),
    ("BERLIN, 3. Mai 2024 (dpa) -", "2024-05-03"),
    ("March 3, 2024 --", "2024-03-03"),
])  # fmt: skip
def test_a_page_dated_only_in_its_first_paragraphs_dateline_takes_that_date(dateline, day):
    page = clean_text(RELEASE.format(dateline=dateline))
    assert page.title == "Harbour Trust Opens Applications for 2024 Coastal Grants"
    assert page.date is not None and page.date.iso() == day


@pytest.mark.parametrize("dateline", [
    "PORTLAND, Maine, March 3 (Reuters) -",  # no year: not guessed
    "PORTLAND, Maine – In 2024, as every year,",  # a year, but no date
])  # fmt: skip
def test_a_dateline_without_a_whole_date_gives_none(dateline):
    assert clean_text(RELEASE.format(dateline=dateline)).date is None


def test_a_caption_closed_by_its_credit_between_headline_and_byline_is_no_standfirst():
    page = clean_text("""BREAKING
LIVE
Storm Ciarán: thousands without power as winds reach 100mph
Fallen trees block roads across the south-west
A fallen tree on the A30 near Penzance on Thursday morning. Photo: Tom Ashdown/PA
Kofi Mensah
Senior Correspondent
Thu 2 Nov 2023 09.10 GMT
More than 150,000 homes were without power on Thursday morning after Storm Ciarán brought winds of up to 100mph to the south-west of England.
Network operators said engineers were working to restore supplies but warned that some customers could be cut off until the weekend.
Dozens of roads were closed by fallen trees, and rail services in Cornwall and Devon were suspended.
""")
    assert page.title == "Storm Ciarán: thousands without power as winds reach 100mph"
    assert page.subtitle == "Fallen trees block roads across the south-west"
    assert page.authors == ["Kofi Mensah"]


def test_a_post_embedded_under_the_first_paragraphs_leaves_them_in_the_body():
    paragraphs = [
        "The harbour ferry has been a source of debate in the town for more than a decade. "
        "Officials said on Tuesday that work on a new landing stage would begin this year.",
        "Residents who spoke to the paper were divided over the future of the ferry.",
        "The council has set aside £2.3m for the project, according to its budget papers.",
        "The plans will be put to a public vote in the autumn.",
    ]
    embed = ["Night buses return to the valley after six years", "— Jo Lee (@jolee) March 4, 2024"]
    page = clean_text("\n".join(["Council keeps the harbour ferry", "By Priya Raman",
                                 "March 5, 2024", *paragraphs[:2], *embed, *paragraphs[2:]]))  # fmt: skip
    assert page.title == "Council keeps the harbour ferry"
    assert page.date is not None and page.date.iso() == "2024-03-05"
    assert page.body[:2] == paragraphs[:2]


def test_a_short_first_paragraph_under_share_buttons_and_over_an_advert_stays():
    lead = ("L’avenir du marché couvert fait débat dans la commune depuis plus de dix ans, "
            "et rien n’a été décidé.")
    rest = [
        "La mairie a indiqué mardi que les travaux du marché couvert commenceraient cette "
        "année. Les habitants interrogés par le journal restent partagés.",
        "Le conseil a prévu 2,3 millions d’euros pour le projet, selon des documents "
        "consultés. Les opposants estiment que cet argent serait mieux employé ailleurs.",
        "Le projet sera soumis à un vote à l’automne. En attendant, le marché couvert reste "
        "fermé au public.",
    ]
    page = clean_text("\n".join([
        "Accueil", "Politique", "Le marché couvert restera fermé jusqu’à l’automne",
        "Par Mehdi Benali", "01/09/2022 17:51", "Copier le lien", "Facebook", "Twitter",
        "E-mail", lead, "PUBLICITÉ", *rest, "Commentaires", "Les plus lus", "Mentions légales",
    ]))  # fmt: skip
    assert page.body == [lead, *rest]


def test_a_date_of_its_own_between_headline_and_byline_is_no_standfirst():
    page = clean_text("""Home
Recipes
Lemon Drizzle Loaf Without a Mixer
MARCH 3, 2024
ANA LOPES
12 COMMENTS
UPDATED: MARCH 9, 2024
Try this lemon drizzle loaf. No mixer is needed, and it keeps for days in a tin.
My neighbour asked me for a cake she could take to her sister's birthday last week.
I knew a good lemon cake that I usually bake for the school fair, so I made it again.
It came out well, and here is how I made it, step by step, with a bowl and a spoon.
""")
    assert page.title == "Lemon Drizzle Loaf Without a Mixer"
    assert page.subtitle == ""
    assert page.date is not None and page.date.iso() == "2024-03-03"


def test_a_bare_name_is_looked_for_beside_the_articles_date_not_the_mastheads():
    """Two dates in the group, the day's over the headline and the article's under it: the
    name with its outlet under the article's date is the author."""
    page = clean_text("""Abo
Startseite
20. November 2019
Fährzeiten
3. Mai 2021
Lena Brandt · Inselbote
Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem sich Inselbewohner ein Jahr lang über verpasste Anschlüsse beschwert hatten.
Nach dem Plan legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als bisher, und die letzte kehrt erst nach zehn Uhr abends zurück.
Die Bewohner sagten, so könnten sie rechtzeitig zur Arbeit auf dem Festland sein, manche sorgten sich aber um die Kosten der zusätzlichen Fahrten.
Impressum
""")
    assert page.authors == ["Lena Brandt"]
    assert page.date is not None and page.date.iso() == "2021-05-03"


def test_the_authors_name_over_the_byline_that_names_them_again_is_not_the_standfirst():
    page = clean_text(
        "Local News\nCanada\nRathlin-style ferry fight comes to Toronto Island\n"
        "Residents say the city's new schedule still leaves commuters stranded\n"
        "Jo Lee\nBy Jo Lee  Global News\nPosted March 4, 2024 5:45 pm\n"
        "Toronto Island residents say the city's new ferry schedule, approved on Monday, still "
        "leaves commuters stranded after a year of complaints.\n"
        "The first crossing will now leave at 6 a.m., an hour earlier than before, and the "
        "last will return after 10 p.m.\n"
        "The city said it would review the schedule in a year and publish ridership figures.\n"
    )
    assert page.subtitle == "Residents say the city's new schedule still leaves commuters stranded"
    assert page.authors == ["Jo Lee"]


FERRY_BODY = (
    "Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem sich "
    "Inselbewohner ein Jahr lang über verpasste Anschlüsse beschwert hatten.\n"
    "Nach dem Plan legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als "
    "bisher, und die letzte kehrt erst nach zehn Uhr abends zurück.\n"
    "Die Bewohner sagten, so könnten sie rechtzeitig zur Arbeit auf dem Festland sein.\n"
)


def test_a_row_of_buttons_between_the_byline_and_its_date_does_not_split_the_group():
    """Listen and share buttons, a reading time, a badge and the outlet's name between the
    byline and the date: the headline is over the byline, the standfirst under it."""
    page = clean_text(
        "Inselbote\nRegion\nDie Fähre fährt bald eine Stunde früher\nVon Lena Brandt\n"
        "Der Hafenrat beschließt nach einem Jahr der Klagen einen neuen Fahrplan für die Insel\n"
        "Artikel anhören\n4 Min\ni\nNEU\nTeilen\nInselbote\n3. Mai 2021, 17:12 Uhr\n" + FERRY_BODY
    )
    assert page.title == "Die Fähre fährt bald eine Stunde früher"
    assert page.subtitle == (
        "Der Hafenrat beschließt nach einem Jahr der Klagen einen neuen Fahrplan für die Insel")
    assert page.authors == ["Lena Brandt"]
    assert page.date is not None and page.date.iso() == "2021-05-03T17:12:00"



def test_a_standfirst_between_the_date_and_the_byline_past_a_reading_time():
    standfirst = ("Nach einem Jahr der Klagen fährt die erste Fähre künftig um sechs Uhr. "
                  "Die Inselbewohner sind erleichtert.")  # fmt: skip
    page = clean_text("Inselbote\nRegion\nDie Fähre fährt bald eine Stunde früher\n"
                      "3. Mai 2021, 17:12 Uhr\nLesezeit: 2 Min.\n" + standfirst + "\n"
                      "Von Lena Brandt, Hiddensee\n" + FERRY_BODY)  # fmt: skip
    assert page.title == "Die Fähre fährt bald eine Stunde früher"
    assert page.subtitle == standfirst
    assert page.authors == ["Lena Brandt"]


def test_a_bare_name_between_the_headline_and_a_standfirst_is_the_byline():
    standfirst = ("Nach einem Jahr der Klagen fährt die erste Fähre künftig um sechs Uhr, "
                  "und die Inselbewohner sind erleichtert")  # fmt: skip
    page = clean_text("Inselbote\nMeinung\nDie Fähre fährt bald eine Stunde früher\n"
                      "Lena Brandt\n" + standfirst + "\n3. Mai 2021, 17:12 Uhr\n" + FERRY_BODY)
    assert page.title == "Die Fähre fährt bald eine Stunde früher"
    assert page.subtitle == standfirst
    assert page.authors == ["Lena Brandt"]



@pytest.mark.parametrize("label", ["Anzeige", "Advertisement"])
def test_an_adverts_label_between_the_headline_and_its_standfirst_is_passed(label):
    standfirst = "Nach einem Jahr der Klagen fährt die erste Fähre künftig um sechs Uhr"
    page = clean_text("Inselbote\nRegion\n„Wir haben ein Jahr gewartet“: Die Fähre fährt früher\n"
                      f"{label}\n{standfirst}\nVon Lena Brandt\n3. Mai 2021\n" + FERRY_BODY)
    assert page.title == "„Wir haben ein Jahr gewartet“: Die Fähre fährt früher"
    assert page.subtitle == standfirst


@pytest.mark.parametrize("credit", ["Foto: Anna Lindqvist", "Anna Lindqvist/dpa"])
def test_a_pictures_credit_between_the_headline_and_the_byline_is_no_standfirst(credit):
    page = clean_text("Inselbote\nRegion\nDie Fähre fährt bald eine Stunde früher\n"
                      f"{credit}\nVon Lena Brandt\n3. Mai 2021\n" + FERRY_BODY)
    assert page.title == "Die Fähre fährt bald eine Stunde früher"
    assert page.subtitle == ""



def test_a_headline_and_standfirst_over_a_pictures_caption_and_credit_over_the_byline():
    standfirst = "Einwohner können mehr als 400 Werkzeuge ausleihen"
    page = clean_text(
        "Startseite\nWelt\nBibliothek in Kiruna verleiht jetzt Bohrmaschinen\n"
        f"{standfirst}\nEin Bild\nFoto: Anna Lindqvist\nVon Erik Sandberg\n"
        "3. März 2025, 17:12 Uhr\n"
        "In den hinteren Regalen der Stadtbibliothek von Kiruna stehen keine Bücher. Dort "
        "liegen Heckenscheren, Fliesenschneider, ein Hochdruckreiniger und elf Sorten "
        "Bohrmaschinen.\nSeit die Werkzeugbibliothek vor zwei Jahren eröffnet wurde, haben die "
        "Einwohner mehr als 9000 Mal etwas ausgeliehen, teilt die Gemeinde mit.\nDie Stadt "
        "wird um drei Kilometer nach Osten verlegt, weil die Eisenerzgrube unter ihr das alte "
        "Zentrum verschlingt.\n")
    assert page.title == "Bibliothek in Kiruna verleiht jetzt Bohrmaschinen"
    assert page.subtitle == standfirst


PAYWALLED = """Anmelden
Die ersten hundert Tage der Regierung
Stellenmarkt
Archiv
Klimaschutz: Bohren, bis es heiß wird
Weltweit finanzieren Banken Unternehmungen, die dem Klima schaden, und verdienen gut daran.
Von Heike Buchter
19. Oktober 2019, 19:08 Uhr
In den ersten hundert Tagen der Regierung finanzierten Banken neue Bohrungen für mehr als zwanzig Milliarden Dollar.
Wählen Sie Ihren Zugang und lesen Sie weiter:
Impressum
Datenschutz
"""


def test_a_paywalls_two_paragraphs_do_not_put_a_menu_line_they_echo_over_the_headline():
    """The rules' headline over the byline stays where the body is too short to tell which
    line speaks of it; a menu's line whose words the one paragraph repeats is no headline."""
    from sitegen.clean import read_lines

    _, meta = read_lines(PAYWALLED)
    assert meta.title == "Klimaschutz: Bohren, bis es heiß wird"
    assert meta.subtitle.startswith("Weltweit finanzieren")


PRODUCT_NEWS = (
    "Ob bei Minusgraden auf der Baustelle oder im zugigen Rohbau, die neuen Jacken wärmen "
    "ihre Träger in wenigen Minuten auf.\n"
    "Die Jacke hat drei Wärmestufen und hält mit einem Akku einen ganzen Arbeitstag lang "
    "durch, sagt der Hersteller.\n"
    "Sie ist ab März im Handel erhältlich und kostet mit Ladegerät rund zweihundert Euro.\n"
)


@pytest.mark.parametrize("top", [
    "Heizjacken von Bosch\nBosch | 26.01.2022\n",
    "Start\nMenü\nNeue Akku-Schrauber von Makita\nMakita | 26.01.2022\n",
])  # fmt: skip
def test_a_headline_that_reads_as_a_name_is_not_also_the_author(top):
    page = clean_text(top + PRODUCT_NEWS)
    assert page.title in top
    assert page.title not in page.authors
    assert page.date is not None and page.date.iso() == "2022-01-26"


def test_a_name_taken_for_the_headline_stays_the_author_where_a_byline_prints_it():
    page = clean_text("Gunter Frank\nGunter Frank / 22.04.2020 / 06:10\n" + PRODUCT_NEWS)
    assert page.authors == ["Gunter Frank"]


def test_a_bylines_label_on_a_line_of_its_own_is_no_standfirst():
    """ "News provided by" over the company's name: the byline's label, not a standfirst."""
    page = clean_text("""News
Products
Harbor Robotics Raises $40 Million to Expand Hull-Cleaning Drones
News provided by
Harbor Robotics Inc.
Dec 03, 2026, 08:00 ET
Share this article
BOSTON, Dec. 3, 2026 -- Harbor Robotics Inc., a maker of hull-cleaning drones, today announced a $40 million funding round.
The company said it will use the funds to open service centers in Rotterdam and Singapore.
"Clean hulls burn less fuel," said Chief Executive Officer Lena Park.
""")
    assert page.title == "Harbor Robotics Raises $40 Million to Expand Hull-Cleaning Drones"
    assert page.subtitle == ""


def test_a_gallerys_counter_under_the_headline_is_no_standfirst():
    page = clean_text("""News
Photos: The first snow of winter
1 / 12
Children sledge in Hyde Park on Thursday morning. (Photo: Ana Lopes)
By Ana Lopes
3 December 2026
The first snow of the winter fell across the south of England overnight, closing some schools and delaying trains.
Up to 10cm fell on high ground in the Chilterns, the Met Office said.
More snow is expected on Friday, with temperatures falling to minus five in some places.
""")
    assert (page.title, page.subtitle) == ("Photos: The first snow of winter", "")


def test_a_name_signed_with_a_dash_under_the_last_paragraph_is_the_author():
    post = """Marsh Notes
Home
First frost on the marsh
December 3, 2026
The first hard frost came last night, and this morning the reeds were white to the water's edge.
I walked out at seven with the dog and counted eleven snipe along the ditch, more than in years.
By nine the sun had burned the frost off the south side, but the north bank stayed white.
{sign}
Leave a comment
"""
    page = clean_text(post.format(sign="— Tom Rivers"))
    assert page.authors == ["Tom Rivers"]
    assert "— Tom Rivers" not in page.body
    # an embedded post's attribution prints its handle and date: no sign-off
    quoted = clean_text(post.format(sign="— Tom Rivers (@tomrivers) December 2, 2026"))
    assert quoted.authors == []
    # signed and dated after a comma, as a blog post or a letter signs off
    dated = clean_text(post.format(sign="— Tom Rivers, March 2024"))
    assert dated.authors == ["Tom Rivers"]
    assert "— Tom Rivers, March 2024" not in dated.body


def test_a_sentence_under_a_headline_under_its_byline_and_date_is_the_standfirst_over_a_caption():
    """Byline and date over the headline, a sentence under it, then the lead picture's
    caption between it and the first paragraph: the sentence is the standfirst."""
    page = clean_text("""WIRED
Backchannel
Business
Culture
Gear
Ideas
Science
Security
Transportation
Will Knight
Business
01.21.2020 07:00 AM
AI Can Do Great Things, if It Does Not Burn the Planet
The computing power required for AI landmarks is growing fast, and so is the power it uses.
One algorithm that let a robot solve a puzzle used as much energy as three power plants make in an hour.Photograph: Getty Images
Last month, researchers in San Francisco revealed an algorithm capable of learning to handle a puzzle with a robotic hand.
The effort may have consumed about 2.8 gigawatt-hours of electricity, estimates one researcher who studied it.
Both figures are far larger than those of any earlier model that the team had trained.
""")
    assert page.title == "AI Can Do Great Things, if It Does Not Burn the Planet"
    assert page.subtitle == ("The computing power required for AI landmarks is growing fast, and "
                             "so is the power it uses.")


def test_a_wire_storys_closing_credit_names_its_author_where_no_byline_does():
    page = clean_text("""World
Czech government approves budget cuts to rein in deficit
December 3, 2026 5:45 PM GMT+1
PRAGUE, Dec 3 (Reuters) - The Czech government approved spending cuts worth 40 billion crowns on Wednesday as it seeks to bring the deficit below 3% of GDP.
Finance Minister Zbynek Stanjura said the cuts would fall mostly on ministries' operating costs rather than on social benefits.
The opposition said the plan would hurt regions that depend on state investment.
Reporting by Jason Hovet; Editing by Alex Richardson
Our Standards: The Thomson Reuters Trust Principles.
""")
    assert page.authors == ["Jason Hovet"]
    assert page.body[-1] == "The opposition said the plan would hurt regions that depend on state investment."


WINTER = """Startseite
Aktuelles
Ratgeber
Experteninterviews
Shop
Mit dem Hund durch den Winter
{row}
Wenn die Temperaturen fallen, brauchen viele Hunde mehr Aufmerksamkeit als sonst. \
Kurzhaarige Rassen frieren schnell, und Streusalz reizt die Pfoten.
Nach dem Spaziergang sollten die Pfoten mit lauwarmem Wasser abgespült werden. Eine \
Pfotencreme schützt vor Rissen und trockener Haut.
Wer seinen Hund im Winter gut beobachtet, erkennt früh, wann es ihm zu kalt wird.
"""


def test_the_sites_categories_after_the_date_are_no_author():
    """"Aktuelles" and "Experteninterviews" are links of the menu too: two capitalised
    words after a date, but no one's name."""
    page = clean_text(WINTER.format(row="27.01.2022 Aktuelles Experteninterviews"), lang="de")
    assert (page.title, page.authors) == ("Mit dem Hund durch den Winter", [])
    assert str(page.date.value) == "2022-01-27"


def test_a_name_after_the_date_is_the_author_whatever_the_menu_prints():
    page = clean_text(WINTER.format(row="27.01.2022 Martina Weber"), lang="de")
    assert page.authors == ["Martina Weber"]


def test_a_share_button_between_the_headline_and_the_standfirst_is_no_author():
    page = clean_text(
        "Startseite\nHandel\nGetränke per Schiff ins Stadtzentrum\nBEITRAG TEILEN\n"
        "Vor den Spielen wird die Innenstadt per Schiff beliefert, ein Test für die Logistik "
        "der Zukunft.\nMittwoch, 01. November 2023 - Handel\n"
        "Die ersten Lieferungen kamen am Dienstagmorgen am Kai an. Rund zwanzig Paletten mit "
        "Getränken wurden in weniger als einer Stunde umgeladen.\n"
        "Die Stadt will prüfen, ob sich das Modell auch für andere Waren eignet. Die Kosten "
        "liegen bislang über denen der Lastwagen.\n", lang="de")
    assert page.authors == []
    assert "BEITRAG TEILEN" in [r.text for r in page.removed]


def test_a_desks_byline_dates_the_article_not_a_teasers_day_under_it():
    """ "by BWW News Desk Oct. 13, 2016" names no one, but it is the byline and its day is
    the article's; the days of the teasers under the article are theirs."""
    teasers = [line for day in ("August 9, 2022", "August 8, 2022") for line in (
        day, "Studio tour returns for its fifth year with thirty artists")]  # fmt: skip
    page = clean_text("\n".join([
        "BroadwayWorld", "Theatre Wing launches training scholarships",
        "by BWW News Desk Oct. 13, 2016",
        "The American Theatre Wing announced today that its initiative has launched the "
        "second of three phases, with scholarships for young performers.",
        "The deadline to apply is January 6, 2017, with final notifications made by April "
        "2017. Students may apply online.",
        "The scholarships cover tuition at accredited training programmes for two years.",
        "Most Popular", *teasers]))  # fmt: skip
    assert str(page.date.value) == "2016-10-13"
    assert page.authors == []
