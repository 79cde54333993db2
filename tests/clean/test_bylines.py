import pytest

from sitegen.clean import clean_text
from sitegen.clean.bylines import may_say_by, parse_byline, says_by
from sitegen.clean.name_form import name_case, without_full_stop, without_honorific
from sitegen.clean.people import is_name


@pytest.mark.parametrize(
    "line, names, explicit",
    [
        ("By Jane Roe", ["Jane Roe"], True),
        ("Jane Roe and John Doe", ["Jane Roe", "John Doe"], False),
        ("Jane Roe | Reuters", ["Jane Roe"], False),
        ("Priya Raman · Harbourline News", ["Priya Raman"], True),  # a desk after the mark
        ("By Eleanor Voss, Northern Correspondent", ["Eleanor Voss"], True),
        ("Von Jonas Weber und Anna Berg", ["Jonas Weber", "Anna Berg"], True),
        ("dal nostro corrispondente Erik Sandberg", ["Erik Sandberg"], True),
        ("De notre envoyée spéciale Claire Dumas", ["Claire Dumas"], True),
        ("Reportage: Claire Dumas", ["Claire Dumas"], True),
        ("Un article de Claire Dumas", ["Claire Dumas"], True),
        ("Par Claire Dumas", ["Claire Dumas"], True),
        ("Von Marta Ruiz, ARD-Studio Rio de Janeiro", ["Marta Ruiz"], True),  # a desk, glued
        ("Von Anna-Lena Berg, SWR-Redaktion", ["Anna-Lena Berg"], True),
        ("Par Élodie Marchand (La Rochelle, envoyée spéciale)", ["Élodie Marchand"], True),
        ("Por María José Pérez y Luis García", ["María José Pérez", "Luis García"], True),
        ("Posted on August 30, 2020 by Sam Ferreira", ["Sam Ferreira"], True),
        ("Story by Sam Ferreira", ["Sam Ferreira"], True),
        ("School Board Votes to Extend the School Day by Thirty Minutes", [], False),
        ("Escribe Juan Pérez", ["Juan Pérez"], True),
        ("Geschrieben vonElisa Marvena", ["Elisa Marvena"], True),  # spans glued by the paste
        ("byJoseph Kovar on April 29, 2016, 7:31 pm EDT", ["Joseph Kovar"], True),
        ("ByTheo Lindqvist", ["Theo Lindqvist"], True),  # a capital "By" glued too
        ("DeAndre Hopkins", ["DeAndre Hopkins"], False),  # a name, no glued "De"
        ("Par : Léa Moreau| +Actu Bretagne+Société", ["Léa Moreau"], True),  # a bar, unspaced
        ("By Hillel ItalieThe Associated Press", ["Hillel Italie"], True),
        # a wire's names, the outlet after them with no mark between
        ("By JOHN MILLER Associated Press", ["JOHN MILLER"], True),
        ("By JOHN MILLER and JANE DOE Associated Press", ["JOHN MILLER", "JANE DOE"], True),
        ("By JOHN MILLER, JANE DOE and ALI KHAN Associated Press",
         ["JOHN MILLER", "JANE DOE", "ALI KHAN"], True),
        ("By John Miller and Jane Doe Associated Press", ["John Miller", "Jane Doe"], True),
        ("By Jo Lee Bloomberg News", ["Jo Lee"], True),
        ("By Ann Berg The Washington Post", ["Ann Berg"], True),
        # each writer where they filed from: the names after a place go on
        ("By Jo Lee in Kyiv and Ann Berg in London", ["Jo Lee", "Ann Berg"], True),
        ("Von Jo Lee in Kiew und Ann Berg in Paris", ["Jo Lee", "Ann Berg"], True),
        ("Veteran Wraps Baby in American Flag, Photo Sparks Controversy",  # a headline
         ["Veteran Wraps Baby"], False),
        ("By Jeff VanderMeer", ["Jeff VanderMeer"], True),
        ("Escribe Camila Méndez en Montevideo", ["Camila Méndez"], True),
        ("Por Fernanda Lima, de São Paulo", ["Fernanda Lima"], True),  # where she wrote from
        ("Sophie Laurent (Brest, correspondante)", ["Sophie Laurent"], True),  # role in brackets
        ("Orphan Diseases (B Manger, Section Editor)", [], False),  # a section and its editor
        ("Por Fernanda de Souza", ["Fernanda de Souza"], True),
        ("Olivia Solon in San Francisco and agencies", ["Olivia Solon"], True),
        ("30. Oktober 2019 | Markus Euskirchen", ["Markus Euskirchen"], True),
        ("October 14, 2009|Marc Lifsher", ["Marc Lifsher"], True),
        ("Auteur: Anna Kubišta", ["Anna Kubišta"], True),
        ("Home | News | World", [], False),
        ("By NADIA FARROW", ["NADIA FARROW"], True),
        ("Photograph: Ian Forsyth for The Broadsheet", [], False),
        ("Sports reporter", [], False),
        # after a role, where the person works: not more names
        ("By Ines Halloran, Senior Staff Technologist, Coastal Rights Union, Privacy, and "
         "Technology Project", ["Ines Halloran"], True),
        ("Home, Senior Living, Contact", [], False),
        # a byline that says so: the names it opens with, whatever short parts follow
        ("Von Jonas Weber, Volontär (Sport)", ["Jonas Weber"], True),
        ("Von Jonas Weber und Anna Berg, dpa", ["Jonas Weber", "Anna Berg"], True),
        ("Von Anna Berg mit AP", ["Anna Berg"], True),
        ("By Jane Roe with John Doe", ["Jane Roe", "John Doe"], True),
        ("Remote Support with Smart Glasses", [], False),  # a headline: it says no "By"
        # an outlet's name is kept whole, never cut to a "name" ("The Associated")
        ("Colleen Barry, The Associated Press", ["Colleen Barry"], True),
        ("By The Associated Press", [], True),
        # a desk says "byline" only set apart from the name: these are a menu's labels
        ("Main Blog Politics", ["Main Blog"], False),
        # a name with the time since it was posted, as a byline prints it
        ("Alex Perry 1 day ago", ["Alex Perry"], True),
        ("Jo Lee, Politics", ["Jo Lee"], True),
        # another credit after the names ends them
        ("Words by Ana Lopes, photos by Tomasz Wrona", ["Ana Lopes"], True),
        ("By Ana Lopes, additional reporting by Tomasz Wrona", ["Ana Lopes"], True),
        # a wire story's closing credit names its reporters, then its editors
        ("Reporting by Jason Hovet; Editing by Alex Richardson", ["Jason Hovet"], True),
    ],
)
def test_bylines(line, names, explicit):
    assert parse_byline(line) == (names, explicit)


def test_names_allow_particles_but_not_sentences():
    assert is_name("Ursula von der Leyen")
    assert not is_name("The council met")
    assert not is_name("Harbour")
    assert not is_name("Chief Correspondent")


@pytest.mark.parametrize("place", ["South County", "Carmel Valley", "Santo Domingo", "New York",
                                   "Rio de Janeiro", "Buenos Aires", "Cape Town", "Hong Kong"])
def test_a_place_is_no_name(place):
    assert not is_name(place)
    assert parse_byline(f"By Ana Lopes, {place}") == (["Ana Lopes"], True)


@pytest.mark.parametrize("name, bare", [("Eric Adams.", "Eric Adams"), ("Perry Bacon Jr.", "Perry Bacon Jr."),
                                        ("Bradley M. Kuhn.", "Bradley M. Kuhn"), ("Jane M.", "Jane M.")])
def test_a_name_loses_the_full_stop_of_its_sentence_not_its_own(name, bare):
    assert without_full_stop(name) == bare


@pytest.mark.parametrize("printed, name", [
    ("Dr. Hannah O'Neill", "Hannah O'Neill"), ("Prof Dr. Jo Lee", "Jo Lee"),
    ("Dott.ssa Giulia Neri", "Giulia Neri"), ("Mme Claire Dumas", "Claire Dumas"),
    ("Dr. Oz", "Dr. Oz"), ("Drew Carey", "Drew Carey"), ("M. Night Shyamalan", "M. Night Shyamalan")])
def test_a_name_is_given_without_the_titles_printed_before_it(printed, name):
    """As the page's own metadata names its authors: Hannah O'Neill, not Dr. Hannah O'Neill;
    a title with one word after it is the name itself."""
    assert without_honorific(printed) == name


@pytest.mark.parametrize(("printed", "name"), [
    ("ERIK SANDBERG", "Erik Sandberg"),
    ("JEAN-LUC DE LA CRUZ", "Jean-Luc de la Cruz"),
    ("SEAN O'BRIEN", "Sean O'Brien"),
    ("ANA LÓPEZ", "Ana López"),
    ("Erik McDONALD", "Erik McDONALD"),  # a small letter: spelled as printed
    ("danah boyd", "danah boyd"),
    ("EFE", "EFE"),  # an agency
])  # fmt: skip
def test_a_name_printed_in_capitals_is_written_as_a_name(printed, name):
    assert name_case(printed) == name


def test_a_wire_bylines_name_in_capitals_is_the_authors_name():
    page = clean_text("Harbour ferry to run an hour earlier\nBy  ANA LOPES\n"
                      "Updated 5:12 PM GMT+1, March 3, 2025\n" + "\n".join(
                          f"Paragraph {n}: the harbour board voted on Monday to run the first "
                          "ferry an hour earlier from the spring." for n in range(3)))  # fmt: skip
    assert page.authors == ["Ana Lopes"]


def test_names_in_any_cased_script_are_names():
    """A capital starts a name's words in Cyrillic and Greek as in Latin; a word without
    one does not."""
    assert is_name("Андрей Сидорчик")
    assert is_name("Νίκος Παππάς")
    assert not is_name("андрей сидорчик")
    assert parse_byline("By Мария Иванова") == (["Мария Иванова"], True)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"]),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ["Umair Irfan"]),
        ("By\u00a0Meg JamesStaff Writer\u00a0", ["Meg James"]),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"]),
        ("05/10/2018 - Publicado por: Ana Lopes - Categoria: Saúde", ["Ana Lopes"]),
        ("Posted by Jo Lee on 3 May 2024", ["Jo Lee"]),
        ("Tested by: John Milbank RRP: £23.99 More info: www.example.co.uk", ["John Milbank"]),
        ("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)",
         ["Eleanor Ainge Roy", "Adrian Malloch"]),
        ("By Megan Rowe meganr@example.com (509) 459-5382", ["Megan Rowe"]),
        ("Catherine Shu @catherineshu / 2 days", ["Catherine Shu"]),
        ("Tomasz Wrona, Education Reporter", ["Tomasz Wrona"]),
        ("Claire Dumas, stagiaire", ["Claire Dumas"]),  # an intern
        ("By Daniel Okafor, Local Democracy Reporter", ["Daniel Okafor"]),
        ("Ana Lopes and Daniel Okafor, Harbour Affairs Correspondent", ["Ana Lopes", "Daniel Okafor"]),
        ("Meg Kinnard and Errin Haines, Associated Press", ["Meg Kinnard", "Errin Haines"]),
        ("Posted on August 30, 2020 by Sam Ferreira", ["Sam Ferreira"]),
        ("By Joseph Tsidulko\u00a0November 19, 2019, 07:47 PM EST", ["Joseph Tsidulko"]),
        ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ["Chris Pokorny"]),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", ["Michael David Smith"]),
        ("By\u00a0Michael HiltzikBusiness Columnist\u00a0", ["Michael Hiltzik"]),
        ("Steve Peoples, Ap National Political Writer", ["Steve Peoples"]),
        ("Tanza Loudenback, Business Insider", ["Tanza Loudenback"]),
        ("By Hana Kovač | March 3, 2024 -- 09:10 GMT | Topic: Ports", ["Hana Kovač"]),
        ("March 3, 2024 | BY: Odile Brand, MS, RDN", ["Odile Brand"]),
        ("By: Odile Brand, PhD", ["Odile Brand"]),
        ("VON LENA HARTMANN am 21. April 2020", ["LENA HARTMANN"]),
        ("par Odile Brand , le 15 septembre 2009", ["Odile Brand"]),
        ("Von Lena Hartmann Kategorien: Reisen 6. November", ["Lena Hartmann"]),
        ("by Sam Okafor , Harbourwatch.org", ["Sam Okafor"]),
        ("Posted by J. K. Osei at 2:33 PM", ["J. K. Osei"]),
        ("Author: Hana Kovač", ["Hana Kovač"]),
        ("Words: Marta Quillon", ["Marta Quillon"]),  # a feature's credits: words, pictures
        ("Veröffentlicht vonLena Hartmann 28. Februar 2016", ["Lena Hartmann"]),  # glued
        # one word, said by "by" and printed with the date: a user's or a first name
        ("von harbourfan · 31. Oktober 2023", ["harbourfan"]),
        ("by admin · May 3, 2020", ["admin"]),
        ("erstellt von Océane — veröffentlicht 28.01.2022 06:00", ["Océane"]),
        ("6. Dezember 2022 von Kalinda in Reisen, Kultur", ["Kalinda"]),
        ("Posted on May 3, 2020 by odile_b", ["odile_b"]),
        ("Impressum – Datenschutz – 2009-2020 by Florian Weber", ["Florian Weber"]),
        # a bare name after the date the line opens with
        ("28. Jan. 2022 Paula Brandt", ["Paula Brandt"]),
        ("07.11.23 - 10:11 | Stefan Korte 0 Kommentare", ["Stefan Korte"]),
        ("23.06.2016 um 16:14 Uhr - Mara Lindqvist - 91 Ergänzungen", ["Mara Lindqvist"]),
        ("1. Februar 2022 , Daniel Osei", ["Daniel Osei"]),
        # the names end at a date's label in any language of the data, not only English's
        ("Por Pedro Lázaro Gil Publicado Jul 23, 2020", ["Pedro Lázaro Gil"]),
        ("Von Jonas Weber Veröffentlicht am 3. Mai 2024", ["Jonas Weber"]),
        ("By Ana Lopes Modificado 3 mayo 2024", ["Ana Lopes"]),
        ("Posted Aug 13, 2010 by Leena Roe (@leenaroe)", ["Leena Roe"]),  # her handle after
        ("Jane Roe (@janeroe)", ["Jane Roe"]),
        ("Jane Roe (@janeroe) | March 5, 2024", ["Jane Roe"]),  # ... and the date after a bar
        ("Jane Roe (@janeroe) 12 minutes ago Wed 29th April 2020", ["Jane Roe"]),  # or none
        # a weekday's name opens the date: it is not the name's last word
        ("Aisha Bello Tue, Mar 5, 2024, 9:30 AM", ["Aisha Bello"]),
        ("By Aisha Bello Tuesday 5 March 2024", ["Aisha Bello"]),
        ("By Lena H. Sun March 5, 2024", ["Lena H. Sun"]),  # a short weekday alone: a surname
        # a reading time beside a bare name says byline, as a date does
        ("Aisha Bello 4 min read", ["Aisha Bello"]),
        ("Aisha Bello 2 minutes read", ["Aisha Bello"]),
        ("Aisha Bello · 6 mins read", ["Aisha Bello"]),
        ("Jonas Weber 5 Min. Lesezeit", ["Jonas Weber"]),
        # the author's label in more languages and scripts
        ("Penulis: Rina Wulandari", ["Rina Wulandari"]),
        ("Автор: Олена Коваленко", ["Олена Коваленко"]),
        ("Reporter: Evan Marsh, evan@example.com", ["Evan Marsh"]),
        ("Tekst: Jan de Vries", ["Jan de Vries"]), ("Testo di Marco Rossi", ["Marco Rossi"]),
        ("Text von Anna Weber", ["Anna Weber"]), ("Texte de Claire Dumas", ["Claire Dumas"]),
        # a name printed twice (a link's text, then the same for small screens), glued
        ("by Andrea WongAndrea Wong", ["Andrea Wong"]),
        ("By Jo LeeJo Lee and Al Roe", ["Jo Lee", "Al Roe"]),
    ],
)
def test_bylines_as_pasted_pages_print_them(line, names):
    assert parse_byline(line) == (names, True)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Kevin Johnson and Kevin McCoy USA TODAY", ["Kevin Johnson", "Kevin McCoy"]),
        ("Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader",
         ["Lisa Kaczke", "Trevor J. Mitchell"]),
        ("By Jane Roe Harbour Town Evening Gazette", ["Jane Roe"]),
        ("John Smith III", ["John Smith III"]),  # a numeral, no outlet
        ("NATALIYA VASILYEVA", ["NATALIYA VASILYEVA"]),
        ("By DOLORES ROE FOR HARBOURMAIL.COM", ["DOLORES ROE"]),  # "for" in any case
        ("By Brendan Roe For The Mail", ["Brendan Roe"]),
        ("Paul Roe Harbour News", ["Paul Roe"]),  # an outlet's two words, the last a desk's
        ("By Timothy H.J. Roe Harbour News", ["Timothy H.J. Roe"]),
        # a headline's words after a name are no outlet
        ("Harbour Pilot, Jane Roe Is Looking Forward To The New Ferries", []),
    ],
)
def test_the_outlet_printed_after_the_last_name_is_left_out(line, names):
    assert parse_byline(line)[0] == names


@pytest.mark.parametrize(
    "line", ["Top Picks", "Follow Along", "Calendário Stock Car 2018", "UEFA Euro 2020 qualifying",
             "Five Social Media Lessons for Business",  # "for" an outlet, but no mark before it
             "Home Music Music News",
             # a headline's figures before its "by" are no date: "early" is nobody's name
             "Harbour line orders 30 new 787 ferries, will grow its fleet by early 2030s"],
)
def test_labels_and_headlines_are_not_bylines(line):
    assert parse_byline(line)[1] is False


@pytest.mark.parametrize(
    "line", ["By staff · May 3, 2020", "von Redaktion, 24. Januar 2022", "Stand by me 3 May 2020",
             "Published 3 May 2024 by the editors", "by and by 3 May 2020", "By 2020",
             "Mon 4 Mar 2024 17.45 GMT", "3 May 2024 Share", "2024 Olympics Open In Paris",
             "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"],
)
def test_one_word_after_by_is_a_name_only_if_no_role_or_joining_word(line):
    assert parse_byline(line)[0] == []


@pytest.mark.parametrize(
    "line", ["Home Music Music News", "PUBLISHED TUE, MAR 5 20249:10 AM EST", "Updated Daily"],
)
def test_trails_and_date_lines_give_no_names(line):
    assert parse_byline(line)[0] == []


def test_by_on_a_line_of_its_own_names_the_author_below_it():
    from sitegen.clean import clean_text

    page = clean_text(
        "Culture\nMarch 3, 2024 9:10AM ET\nThe Lighthouse Keepers Are Back for One More Season\n"
        "By\nMarta Quillon\nMarta Quillon\nReporter\n"
        "The last three keepers of the northern light will return in April, the trust that "
        "runs the tower said on Sunday, after a winter of repairs to the lamp room.\n"
        "The trust had feared the light would stay dark until next year, when its grant "
        "runs out, but a late gift from a local family paid for the glass.\n"
    )
    assert page.authors == ["Marta Quillon"]
    assert page.title == "The Lighthouse Keepers Are Back for One More Season"


@pytest.mark.parametrize(
    "line",
    ["By Jane Roe", "Von Jonas Weber am 3. Mai", "By\u00a0Meg JamesStaff Writer", "Jane Roe",
     "Home | News", "byJoseph Kovar on April 29, 2016", "Posted by Sam Ferreira"],
)
def test_the_cheap_test_for_a_line_that_says_by_never_misses_one(line):
    assert may_say_by(line) or not says_by(line)



@pytest.mark.parametrize("line, lang, names", [
    ("Pieter de Vries en Anouk Jansen", "nl", ["Pieter de Vries", "Anouk Jansen"]),
    ("Camila Méndez en Territorio", "es", ["Camila Méndez"]),
    ("Door Pieter de Vries en Anouk Jansen", "nl", ["Pieter de Vries", "Anouk Jansen"]),
    ("Geschreven door Pieter de Vries", "nl", ["Pieter de Vries"]),
    # a second surname after "e" or "y" where names have them; two full names stay two
    ("Por José Volta e Pinto", "pt", ["José Volta e Pinto"]),
    ("José Volta e Pinto 11 de Outubro de 2020, 8:34", "pt", ["José Volta e Pinto"]),
    ("Por José Ortega y Gasset", "es", ["José Ortega y Gasset"]),
    ("Por Lucía Romero y Pablo Gil", "es", ["Lucía Romero", "Pablo Gil"]),
])
def test_and_and_in_are_read_in_the_pages_language(line, lang, names):
    """Dutch "en" joins two writers; Spanish "en" gives where the one writer is;
    Portuguese "e" and Spanish "y" may join a name's two surnames."""
    assert parse_byline(line, lang)[0] == names


def test_a_by_inside_a_capitalised_phrase_gives_the_name_after_it():
    """German capitalises nouns, so "Ein Artikel von Katrin Oberholzer" reads as one long
    name; the name is the one after "von", where a full name follows it."""
    assert parse_byline("Ein Artikel von Katrin Oberholzer · 04.03.2024, 17:45 Uhr") == (
        ["Katrin Oberholzer"], True)
    assert parse_byline("Johann Wolfgang von Goethe · 04.03.2024")[0] == [
        "Johann Wolfgang von Goethe"]


def test_an_embedded_posts_attribution_is_no_byline():
    """A tweet quoted in the article is credited to its poster, handle and date after the
    name: the article's author is someone else."""
    assert parse_byline("— Abby Roe (@abbyroe) December 11, 2016") == ([], False)


@pytest.mark.parametrize(("line", "names"), [
    ("By Brenna Roe View Comments", ["Brenna Roe"]),  # the buttons pasted after it
    ("Victoria O’Roe Follow", ["Victoria O’Roe"]),
    ("By Ana Lopes and Jo Lee Share", ["Ana Lopes", "Jo Lee"]),
    ("By Thomas More", ["Thomas More"]),  # two words are left, whatever they are
])
def test_a_name_loses_the_buttons_pasted_after_it(line, names):
    assert parse_byline(line)[0] == names


@pytest.mark.parametrize("line, names", [
    ("Rory Carroll Ireland correspondent", ["Rory Carroll"]),
    ("Jessica Elgot Chief political correspondent", ["Jessica Elgot"]),
    ("Heather Stewart Political editor", ["Heather Stewart"]),
    ("Mary Ann Smith Europe correspondent", ["Mary Ann Smith"]),
    ("Anna Schmidt Reporterin", ["Anna Schmidt"]),
])  # fmt: skip
def test_a_name_with_its_role_after_it_and_no_comma_gives_the_name(line, names):
    # a role in lower case says of what before it ("Ireland correspondent"): not a name's
    assert parse_byline(line)[0] == names


def test_a_role_with_no_name_before_it_gives_none():
    assert parse_byline("Home News correspondent")[0] == []


@pytest.mark.parametrize("line, lang, names", [
    ("By our correspondent Jo Lee", "en", ["Jo Lee"]),
    ("By staff reporter Jo Lee", "en", ["Jo Lee"]),
    ("Von unserem Korrespondenten Jonas Weber", "de", ["Jonas Weber"]),
    ("Door onze verslaggever Jan de Vries", "nl", ["Jan de Vries"]),
    ("Par notre envoyée spéciale Claire Dumas", "fr", ["Claire Dumas"]),
    ("Por nuestro corresponsal Pablo Gil", "es", ["Pablo Gil"]),
])  # fmt: skip
def test_a_role_printed_between_by_and_the_name_is_passed_over(line, lang, names):
    assert parse_byline(line, lang) == (names, True)


@pytest.mark.parametrize("line, lang, names", [
    ("Das Gespräch führte Lukas Brenner", "de", ["Lukas Brenner"]),
    ("Propos recueillis par Claire Dumas", "fr", ["Claire Dumas"]),
    ("Interview: Jo Lee", "en", ["Jo Lee"]),
])  # fmt: skip
def test_an_interviews_interviewer_is_its_author(line, lang, names):
    assert parse_byline(line, lang) == (names, True)


@pytest.mark.parametrize("line, lang", [
    ("di Redazione Milano Online", "it"),
    ("Von Redaktion Wissen Online", "de"),
    ("Por Redacción Sevilla Centro", "es"),
])  # fmt: skip
def test_the_desk_after_a_newsrooms_role_is_no_one(line, lang):
    """A newsroom is no person: the words after it name its desk ("Milano Online")."""
    assert parse_byline(line, lang) == ([], True)


def test_a_name_under_a_label_that_is_no_bylines_is_not_the_author():
    from sitegen.clean import clean_text

    page = clean_text(
        "Newsroom\nPress releases\nFOR IMMEDIATE RELEASE\n"
        "Harbour Board approves new Rathlin ferry timetable\n"
        "BALLYCASTLE, Northern Ireland, March 4, 2024 -- The Harbour Board today approved a "
        "new timetable for the Rathlin Island ferry, after a year of feedback.\n"
        "From April, the first crossing will leave at 6 a.m., an hour earlier than now, and "
        "the last will return after 10 p.m.\n"
        "Media contact:\nJo Lee\npress@harbourboard.example\n"
    )
    assert page.authors == []


@pytest.mark.parametrize("outlet", ["Ouest Côte", "Sud Littoral", "Noord Kust", "West Coast"])
def test_an_outlet_named_for_its_side_of_the_country_is_no_name(outlet):
    assert not is_name(outlet)


@pytest.mark.parametrize("line", ["Por EFE", "By Reuters", "di Redazione", "Von DPA", "Por Lusa",
                                  "by BWW News Desk Oct. 13, 2016"])  # fmt: skip
def test_by_and_an_agency_or_desk_is_a_byline_with_no_ones_name(line):
    from sitegen.clean.bylines import by_agency

    assert by_agency(line) and not is_name(line)
    assert parse_byline(line)[0] == []


@pytest.mark.parametrize("line", ["By the way, it rained.", "By then the ferry had left the pier"])
def test_by_opening_a_sentence_is_no_agencys_byline(line):
    from sitegen.clean.bylines import by_agency

    assert not by_agency(line)



@pytest.mark.parametrize(("line", "names"), [
    ("Marta Kowalski, University of Harbourton", ["Marta Kowalski"]),
    ("Jo Lee, Harvard University", ["Jo Lee"]),
    ("Jonas Weber, Max-Planck-Institut", ["Jonas Weber"]),
    ("Claire Dumas, Université de Lyon", ["Claire Dumas"]),
])  # fmt: skip
def test_a_name_with_the_writers_university_is_a_byline_and_the_university_no_name(line, names):
    assert parse_byline(line) == (names, True)


@pytest.mark.parametrize("line", [
    "Harvard University", "Postdoctoral Research Associate in Climate Science, Newcastle University",
    "Senior Lecturer in Transport Policy", "Wissenschaftlicher Mitarbeiter und Dozent",
])  # fmt: skip
def test_an_academics_affiliation_or_role_is_no_name(line):
    assert parse_byline(line)[0] == []


def test_an_academics_article_is_signed_with_the_name_and_university_under_the_date():
    """The Conversation's head: the date, then the name with the university, then the
    authors' box with roles, a disclosure statement and the partners."""
    page = clean_text(
        "The Conversation\nArts + Culture\nEducation\n"
        "Why island ferries keep failing – and what could fix them\n"
        "Published: April 18, 2024 6:45am EDT\nMarta Kowalski, University of Harbourton\n"
        "Author\nMarta Kowalski\nSenior Lecturer in Transport Policy, University of Harbourton\n"
        "Disclosure statement\nMarta Kowalski receives funding from the Research Council.\n"
        "Partners\nUniversity of Harbourton provides funding as a member of The Conversation.\n"
        "View all partners\nEmail\nX (Twitter)\nFacebook\nLinkedIn\nPrint\n"
        "Island ferries across Europe are in trouble. Operators are cutting routes, fares are "
        "rising, and residents say they are being cut off from hospitals, schools and jobs.\n"
        "My research on 40 island routes found that the problem is rarely the ships themselves. "
        "It is the contracts that govern them, which leave operators little reason to invest.\n"
        "When a contract runs for only five years, a company has no reason to buy a new vessel "
        "that will last thirty. The old ships stay in service until they break down.\n"
    )
    assert page.title == "Why island ferries keep failing – and what could fix them"
    assert page.authors == ["Marta Kowalski"]
    assert page.body[0].startswith("Island ferries across Europe")


@pytest.mark.parametrize(("line", "names"), [
    ("Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014", ["Jefferson Graham"]),
    ("By Sean Leahy, USA TODAY", ["Sean Leahy"]),
    ("Spencer S. Hsu, The Washington Post", ["Spencer S. Hsu"]),
    # names in capitals are names still, together or first
    ("Par LILIAN ALEMAGNA, LAURE BRETTON", ["LILIAN ALEMAGNA", "LAURE BRETTON"]),
    ("By JO LEE and Al Roe", ["JO LEE", "Al Roe"]),
    ("By Howard Schneider, Lindsay Dunsmuir", ["Howard Schneider", "Lindsay Dunsmuir"]),
])  # fmt: skip
def test_the_outlet_after_the_names_is_no_name(line, names):
    assert parse_byline(line)[0] == names


@pytest.mark.parametrize("words", ["In Local", "For Immediate Release", "Für Arbeitgeber",
                                   "Our Foreign"])  # fmt: skip
def test_a_menus_words_opening_with_a_small_word_are_no_author(words):
    page = clean_text(
        "Harbour News\nFerry service resumes after repairs\n" + words + "\n5 March 2024\n"
        "The ferry that links the island to the mainland will run again on Monday after six "
        "months of repairs, officials said.\n"
        "The vessel was taken out of service in October after inspectors found corrosion in "
        "its hull.\n"
        "Islanders have relied since then on a smaller boat that carries no cars.\n")
    assert page.authors == []


def test_an_outlet_signing_with_its_article_stays_the_author():
    """ "The Guardian" signs as an outlet does: the page's own metadata names it."""
    page = clean_text(
        "MSN\nUniversities face record applications\nThe Guardian\n10 February 2020\n"
        "Universities in England received a record number of applications this year, figures "
        "published on Monday show.\n"
        "The number of applicants aged 18 rose by 3%, the admissions service said.\n"
        "Universities said they would expand courses in medicine and engineering.\n")
    assert page.authors == ["The Guardian"]


@pytest.mark.parametrize(("line", "names"), [
    ("Jonas Weber, Chefredakteur", ["Jonas Weber"]),
    ("Anna Schmidt, Lokalreporterin", ["Anna Schmidt"]),
    ("Jonas Weber Chefredakteur", ["Jonas Weber"]),  # the role joined by a space
    ("Marta Weber, Volontärin", ["Marta Weber"]),
])  # fmt: skip
def test_a_german_compound_ending_in_a_role_is_a_role(line, names):
    assert parse_byline(line) == (names, True)


def test_a_surname_is_no_compound_role():
    assert is_name("Hanna Schreiber") and is_name("Michael Leiter")
