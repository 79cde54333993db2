"""A picture's caption printed twice (on the slide, then under it with the gallery's counter
and buttons glued on) is no paragraph of the article; a first paragraph that says again what
the standfirst said is."""

from __future__ import annotations

from sitegen.clean import clean_text
from tests.clean.signals.test_lead_past_widget import GROUP, LEAD, REST

CAPTION = "The ferry at Ballycastle harbour, Northern Ireland, March 4, 2024. REUTERS/Jo Lee/File Photo"


def test_a_caption_printed_again_under_its_slide_is_not_the_first_paragraph():
    again = f"[1/2]{CAPTION} Purchase Licensing Rights, opens new tab"
    page = clean_text("\n".join([*GROUP, f"Item 1 of 2 {CAPTION}", again, LEAD, *REST,
                                 "Comments"]))  # fmt: skip
    assert page.body == [LEAD, *REST]


def test_a_first_paragraph_saying_again_what_the_standfirst_said_stays():
    standfirst = ("The harbour board approved the new ferry timetable on Monday after a year "
                  "of complaints")
    group = [*GROUP[:3], standfirst, *GROUP[3:]]
    page = clean_text("\n".join([*group, LEAD, *REST, "Comments"]))
    assert page.body == [LEAD, *REST]
