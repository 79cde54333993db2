"""Breadcrumb trails, on a line of their own or glued to the headline."""

import pytest

from sitegen.clean.trails import is_trail, without_trail


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
