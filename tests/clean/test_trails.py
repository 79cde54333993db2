"""Breadcrumb trails, on a line of their own or glued to the headline."""

import pytest

from sitegen.clean import clean_text
from sitegen.clean.trails import headline_before_bar, is_trail, without_site_name, without_trail


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("HomeLatest NewsNollywood Actress, Kate Henshaw Is Looking Stunning",
         "Nollywood Actress, Kate Henshaw Is Looking Stunning"),
        ("StartseiteLokalesFähre fährt wieder zur Insel", "Fähre fährt wieder zur Insel"),
        ("Home truths about the harbour", "Home truths about the harbour"),
        ("Homeless shelter opens in the old ferry terminal", "Homeless shelter opens in the old ferry terminal"),
        ("iPhone sales fall", "iPhone sales fall"),
        ("ZprávyDomácíPolitikaFialova vláda podá demisi", "Fialova vláda podá demisi"),
        ("McDonald's and YouTube strike a deal", "McDonald's and YouTube strike a deal"),
        ("McDonaldLand reopens its doors", "McDonaldLand reopens its doors"),
    ],
)
def test_a_breadcrumb_trail_glued_to_the_headline_goes(title, clean):
    assert without_trail(title) == clean


def test_a_trail_pasted_without_separators_is_not_a_headline():
    assert is_trail("you are here: HomeNewsBusinessMarkets")
    assert not is_trail("Harbour board approves the new ferry timetable")


def test_a_headline_printed_with_the_sites_name_after_a_bar_is_the_headline_alone():
    """The masthead over the menu, then the headline with the site's name after a bar:
    the headline is the line's words before the bar (not the masthead, and not the name
    taken for a headline glued to a trail)."""
    page = clean_text(
        "The Valley Tribune\nHome\nNews\n"
        "Council votes to close library | The Valley Tribune\n"
        "Posted March 3, 2024 at 10:02 am by Ruth Adeyemi\n"
        "Councillors voted 7 to 5 on Monday to close Eastfield library, one of the town's "
        "oldest public buildings, to save money.\n"
        "Residents packed the public gallery and several held placards reading 'Books not "
        "budgets'.\n"
        "The library's collection will be moved to the central branch, and a mobile library "
        "will visit twice a week.\n"
    )
    assert page.title == "Council votes to close library"
    assert page.authors == ["Ruth Adeyemi"]


@pytest.mark.parametrize(("before", "headline"), [
    ("Council votes to close library | ", True),
    ("Home | News | ", False),
    ("Home | Local Government | ", False),
    ("Council votes to close library: ", False),  # a label's colon, no bar
])  # fmt: skip
def test_the_words_before_a_bar_are_a_headlines_where_too_many_for_a_section(before, headline):
    assert headline_before_bar(before) is headline


def test_the_sites_name_after_a_headline_goes_only_where_the_page_prints_it_alone():
    lines = ["The Valley Tribune", "Home"]
    title = "Council votes to close library | The Valley Tribune"
    assert without_site_name(title, lines) == "Council votes to close library"
    assert without_site_name(title, ["Home"]) == title
    assert without_site_name("Home - The Valley Tribune", lines) == "Home - The Valley Tribune"


def test_a_headline_printed_again_as_the_trails_last_crumb_is_no_standfirst():
    headline = "Bridge repairs to close Mill Street for six weeks"
    page = clean_text("\n".join([
        "Home", "›", "News", "›", "Local", "›", headline, "", headline,
        "Posted by Rachel Dunn on March 3, 2025",
        "The Mill Street bridge will close to traffic for six weeks from Monday while "
        "engineers replace its deck, the city said.",
        "Buses will be diverted along Canal Road, adding about ten minutes to journeys.",
        "The bridge, built in 1931, carries about 9,000 vehicles a day.",
    ]))  # fmt: skip
    assert page.title == headline
    assert page.subtitle == ""


def test_a_headline_loses_the_sites_name_its_copyright_notice_gives():
    page = clean_text("\n".join([
        "Library book sale raises a record sum - Millbrook Community News",
        "By Margaret Ellis",
        "3 December 2026",
        "The Friends of Millbrook Library held their annual book sale last weekend and raised "
        "$8,420, the most in the sale's 31-year history.",
        "More than 400 people came through the doors on Saturday alone, according to the "
        "volunteer coordinator.",
        "The money will go toward new furniture and a reading nook in the children's room.",
        "© 2026 Millbrook Community News",
    ]))  # fmt: skip
    assert page.title == "Library book sale raises a record sum"
