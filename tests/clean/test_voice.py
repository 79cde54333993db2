"""Whose voice a line has: a prompt's (to or as the reader) or an article's."""

from __future__ import annotations

import pytest

from sitegen.clean.document import Line
from sitegen.clean.voice import knows, prompts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Subscribe and get the week's stories in your inbox.", "en"),
        ("I agree to the terms of use.", "en"),
        ("Bleiben Sie auf dem Laufenden und melde dich für den Newsletter an.", "de"),
        ("Ich willige in den Erhalt des Newsletters ein.", "de"),
        ("Recevez nos articles dans votre boîte mail.", "fr"),
    ],
)
def test_a_prompt_speaks_to_or_as_the_reader(text, lang):
    assert prompts(Line(0, 1, text), lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council will review the timetable in a year.", "en"),
        ("Der Rat will den Fahrplan in einem Jahr prüfen.", "de"),
        ("Le conseil réexaminera les horaires dans un an.", "fr"),
    ],
)
def test_an_articles_paragraph_speaks_of_others(text, lang):
    assert not prompts(Line(0, 1, text), lang)


def test_a_language_without_a_list_tells_nothing():
    assert not knows("fi")
    assert not prompts(Line(0, 1, "Sinä voit tilata uutiskirjeen."), "fi")


def test_germans_formal_your_is_told_from_hers_by_its_capital():
    reader = "Die wichtigsten Nachrichten aus der Region, jeden Morgen in Ihrem Postfach."
    assert prompts(Line(0, 1, reader), "de")
    assert not prompts(Line(0, 1, "Die Bürgermeisterin sagte, ihrem Team fehle Geld."), "de")
    assert not prompts(Line(0, 1, "Ihre Entscheidung fiel am Montag."), "de")  # "Their"
