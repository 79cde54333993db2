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
    assert not knows("is")  # Icelandic
    assert not prompts(Line(0, 1, "Þú getur gerst áskrifandi að fréttabréfinu."), "is")
    assert prompts(Line(0, 1, "Sinä voit tilata uutiskirjeen."), "fi")


def test_germans_formal_your_is_told_from_hers_by_its_capital():
    reader = "Die wichtigsten Nachrichten aus der Region, jeden Morgen in Ihrem Postfach."
    assert prompts(Line(0, 1, reader), "de")
    assert not prompts(Line(0, 1, "Die Bürgermeisterin sagte, ihrem Team fehle Geld."), "de")
    assert not prompts(Line(0, 1, "Ihre Entscheidung fiel am Montag."), "de")  # "Their"


def test_the_articles_last_paragraph_past_a_link_stays_in_a_language_of_labels_only():
    """Polish has its commonest labels only; its pronouns tell a box's prose from the
    article's, so the paragraph past "Czytaj także:" and its link is the article's."""
    from sitegen.clean import clean_text

    paragraphs = [
        "Prom, który łączy wyspę ze stałym lądem, wrócił w poniedziałek na trasę po sześciu "
        "miesiącach remontu.",
        "Jednostkę wycofano w październiku, gdy inspektorzy wykryli korozję kadłuba. Od tego "
        "czasu mieszkańcy korzystali z mniejszej łodzi.",
        "– To była długa zima – mówi Ruta Elsner, która prowadzi jedyny sklep na wyspie.",
    ]
    last = "Remont kosztował 4,2 mln zł, dwa razy więcej, niż zakładano."
    page = clean_text("\n".join([
        "Gazeta Portowa", "Wiadomości", "Prom na wyspę znów kursuje po miesiącach remontu",
        "Marta Kowalska", "5 marca 2024, 06:45", "Udostępnij", *paragraphs, "Czytaj także:",
        "Ceny biletów na prom wzrosną w kwietniu", last, "Komentarze"]))  # fmt: skip
    assert page.language == "pl"
    assert page.body == [*paragraphs, last]


def test_a_russian_pages_commonest_labels_are_known():
    from sitegen.clean import clean_text

    paragraphs = [
        "Паром, который связывает остров с материком, в понедельник вернулся на линию после "
        "шести месяцев ремонта.",
        "Судно вывели из эксплуатации в октябре, когда инспекторы обнаружили коррозию корпуса.",
        "«Это была долгая зима», — говорит Рута Эльснер, которая держит единственный магазин.",
    ]
    page = clean_text("\n".join([
        "Портовая газета", "Паром на остров снова ходит после ремонта", "Марта Ковальская",
        "5 марта 2024", "Поделиться", *paragraphs[:2], "Реклама", paragraphs[2],
        "Читайте также:", "Цены на билеты вырастут в апреле", "Комментарии"]))  # fmt: skip
    assert page.language == "ru"
    assert page.body == paragraphs
    removed = {r.text: r.reason for r in page.removed}
    assert removed["Поделиться"].startswith("phrase list")
