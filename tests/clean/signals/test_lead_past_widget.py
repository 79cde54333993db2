"""The paragraph straight under the headline group opens the article, share buttons or a
link under it or not."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text

GROUP = ["Sport", "Newsletters", "Why the island's ferry timetable is changing", "By Ana Lopes",
         "Apr 18, 2024 · 6 min read"]  # fmt: skip
LEAD = ("The harbour board approved the new ferry timetable on Monday after a year of "
        "complaints from island residents about missed connections.")
REST = [
    "Under the plan, the first crossing will leave at six in the morning, an hour earlier "
    "than now, and the last will return after ten at night.",
    "Residents said the change would let them reach the mainland in time for work, though "
    "some worried about the cost of the extra crossings.",
]


@pytest.mark.parametrize("widget", [
    ["Share", "Facebook", "Email"],
    ["Read more", "Island school to stay open after parents' campaign"],
    ["Teilen", "Merken", "Drucken"],
    ["Share", "Facebook", "Email", "The ferry at the pier on Monday. Photo: Jo Lee/Island Herald"],
])  # fmt: skip
def test_the_first_paragraph_over_a_widget_opens_the_article(widget):
    page = clean_text("\n".join([*GROUP, LEAD, *widget, *REST, "Comments"]))
    assert page.body == [LEAD, *REST]


def test_a_prompt_under_the_group_stays_out():
    """A paragraph that speaks to the reader (a consent notice, a pitch) is no lead."""
    prompt = ("Get the island's news in your inbox every Friday morning, with the tide "
              "tables for the weekend ahead.")
    page = clean_text("\n".join([*GROUP, prompt, "Share", "Facebook", "Email", *REST,
                                 "Comments"]))  # fmt: skip
    assert page.body == REST
