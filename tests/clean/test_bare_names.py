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
