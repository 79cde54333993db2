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



def test_a_caption_printed_again_where_the_body_starts_at_the_picture():
    """The slide's caption stands straight under the dateline, where the body starts: it is
    no chrome yet when its copy is read, which prints its credit too."""
    group = ["World", "Why the island's ferry timetable is changing", "By Ana Lopes",
             "March 4, 20245:12 PM GMT+1Updated 2 hours ago"]  # fmt: skip
    caption = ("A ferry leaves Ballycastle harbour for Rathlin Island, Northern Ireland, "
               "March 4, 2024. REUTERS/Jo Lee")  # fmt: skip
    again = f"[1/2]{caption} Purchase Licensing Rights, opens new tab"
    page = clean_text("\n".join([*group, f"Item 1 of 2 {caption}", again, LEAD, *REST,
                                 "Comments"]))  # fmt: skip
    assert page.body == [LEAD, *REST]


def test_a_paragraph_a_caption_between_paragraphs_quotes_stays():
    """A caption that says again, shorter, what the paragraph under it says, closed by its
    credit; the paragraph does not print the credit."""
    caption = ("Under the plan, the first crossing will leave at six in the morning "
               "(Photo: Jo Lee/Island Herald)")  # fmt: skip
    page = clean_text("\n".join([*GROUP, LEAD, caption, *REST, "Comments"]))
    assert page.body == [LEAD, *REST]
