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
