import pytest

from sitegen.clean.bare_names import name_beside_outlet


@pytest.mark.parametrize(
    "line, name",
    [("Ana Lopes | Island Herald", "Ana Lopes"), ("Priya Raman · Harbourline", "Priya Raman"),
     ("Home | News | World", None), ("Ana Lopes", None),
     ("Ana Lopes | read the full story on our website today", None)],
)
def test_a_name_beside_its_outlet(line, name):
    assert name_beside_outlet(line) == name


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
    ],
)
def test_a_bare_name_over_its_role_line_is_the_author_and_the_line_above_the_headline(head):
    from sitegen.clean import clean_text

    page = clean_text(head + BODY)
    assert (page.title, page.authors) == ("Ferry Times", ["Kofi Mensah"])
    assert "Senior Correspondent" not in page.body
