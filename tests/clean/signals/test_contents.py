"""A table of contents above the article goes; the subheadings it lists stay."""

from __future__ import annotations

from sitegen.clean import clean_text

HEAD = ["Harbour Notes", "Home", "Blog", "A practical guide to running a ferry timetable",
        "Marta Kowalski", "March 5, 2024"]  # fmt: skip
SECTIONS = {
    "Why timetables fail": "Most timetables fail because they are written once and never "
    "revisited. The boats change, the crews change, but the printed times stay the same.",
    "Seasonal schedules": "A summer timetable and a winter timetable are not a luxury. They "
    "are the only way to match the service to the people who actually travel.",
    "Publishing changes": "Every change should be published at least two weeks ahead, on the "
    "harbour wall and online, with the old times crossed out rather than removed.",
}


def test_the_headings_a_table_of_contents_lists_stay_and_the_table_goes():
    article = [line for pair in SECTIONS.items() for line in pair]
    found = clean_text("\n".join([*HEAD, "Contents", *SECTIONS, *article]))
    assert found.title == HEAD[3]
    assert found.blocks == [("h2" if text in SECTIONS else "p", text) for text in article]
    assert [r.reason for r in found.removed if r.text in SECTIONS] == ["a table of contents"] * 3


def test_buttons_printed_twice_make_no_table_of_contents():
    """Reaction buttons over the article and again inside it stand over no paragraph."""
    buttons = ["Inspiring", "Scary", "Amazing"]
    paragraphs = list(SECTIONS.values())
    found = clean_text("\n".join([*HEAD, *buttons, paragraphs[0], *buttons, *paragraphs[1:]]))
    assert found.body == paragraphs
