import pytest

from sitegen.clean.bylines import is_name, parse_byline


@pytest.mark.parametrize(
    "line, names, explicit",
    [
        ("By Jane Roe", ["Jane Roe"], True),
        ("Jane Roe and John Doe", ["Jane Roe", "John Doe"], False),
        ("Jane Roe | Reuters", ["Jane Roe"], False),
        ("By Eleanor Voss, Northern Correspondent", ["Eleanor Voss"], True),
        ("Von Jonas Weber und Anna Berg", ["Jonas Weber", "Anna Berg"], True),
        ("Par Claire Dumas", ["Claire Dumas"], True),
        ("Por María José Pérez y Luis García", ["María José Pérez", "Luis García"], True),
        ("Posted on August 30, 2020 by Sam Ferreira", ["Sam Ferreira"], True),
        ("By NADIA FARROW", ["NADIA FARROW"], True),
        ("Photograph: Ian Forsyth for The Broadsheet", [], False),
        ("Sports reporter", [], False),
    ],
)
def test_bylines(line, names, explicit):
    assert parse_byline(line) == (names, explicit)


def test_names_allow_particles_but_not_sentences():
    assert is_name("Ursula von der Leyen")
    assert not is_name("The council met")
    assert not is_name("Harbour")
    assert not is_name("Chief Correspondent")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"]),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ["Umair Irfan"]),
        ("By\u00a0Meg JamesStaff Writer\u00a0", ["Meg James"]),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"]),
        ("By Megan Rowe meganr@example.com (509) 459-5382", ["Megan Rowe"]),
        ("Catherine Shu @catherineshu / 2 days", ["Catherine Shu"]),
        ("Tomasz Wrona, Education Reporter", ["Tomasz Wrona"]),
        ("Meg Kinnard and Errin Haines, Associated Press", ["Meg Kinnard", "Errin Haines"]),
        ("Posted on August 30, 2020 by Sam Ferreira", ["Sam Ferreira"]),
        ("By Joseph Tsidulko\u00a0November 19, 2019, 07:47 PM EST", ["Joseph Tsidulko"]),
        ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ["Chris Pokorny"]),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", ["Michael David Smith"]),
        ("By\u00a0Michael HiltzikBusiness Columnist\u00a0", ["Michael Hiltzik"]),
        ("Steve Peoples, Ap National Political Writer", ["Steve Peoples"]),
        ("Tanza Loudenback, Business Insider", ["Tanza Loudenback"]),
    ],
)
def test_bylines_as_pasted_pages_print_them(line, names):
    assert parse_byline(line) == (names, True)


@pytest.mark.parametrize(
    "line", ["Top Picks", "Follow Along", "Calendário Stock Car 2018", "UEFA Euro 2020 qualifying",
             "Home Music Music News"],
)
def test_labels_and_headlines_are_not_bylines(line):
    assert parse_byline(line)[1] is False
