"""A box about the author, the site or the firm under the article ends it."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text

STORY = [
    "Harbour wins its pier back",
    "By Ana Lopes",
    "3 May 2021",
    "The harbour commission met on Tuesday evening to decide the future of the old ferry pier.",
    "Commissioners heard from fishermen, residents and the ferry operator over three hours.",
    "Most speakers asked for the pier to be repaired rather than replaced with a marina.",
    "A final decision is expected next month, after engineers report on the cost of repairs.",
]
PARAGRAPHS = STORY[3:]


@pytest.mark.parametrize(("heading", "box"), [
    ("About Harbourline Ferries", "Harbourline Ferries is a family firm that has run boats "
                                  "between the islands since 1952 and employs 80 people."),
    ("About the author", "Ana Lopes has written about the islands' coast and harbours for "
                         "twenty years and lives in Portree."),
])  # fmt: skip
def test_a_box_about_the_firm_or_author_under_the_article_is_not_the_article(heading, box):
    found = clean_text("\n\n".join([*STORY, heading, box]))
    assert found.body == PARAGRAPHS
    assert {r.text: r.reason for r in found.removed}[box].startswith("a box about")


def test_a_box_about_the_site_in_the_pages_language():
    story = ["Die Fähre fährt wieder", "Von Anna Weber", "3. Mai 2021",
             "Die Gemeinde hat am Dienstag beschlossen, dass die alte Fähre über den Fluss "
             "wieder fahren soll, und zwar schon ab dem kommenden Sommer.",
             "Viele Bürger hatten sich in den letzten Jahren für die Fähre eingesetzt und "
             "Unterschriften gesammelt, damit die Verbindung nicht verloren geht.",
             "Die Kosten für die Reparatur des Anlegers trägt zum größten Teil das Land, "
             "den Rest bezahlt die Gemeinde aus ihrem Haushalt."]
    box = ("Wir sind ein kleiner Verlag aus Kiel und schreiben seit 1990 über die Häfen und "
           "die Fähren der Küste.")
    found = clean_text("\n\n".join([*story, "Über uns", box]))
    assert found.language == "de"
    assert found.body == story[3:]


def test_the_same_words_heading_a_section_of_the_article_stay():
    section = ["About the pier", "The pier was built in 1887 and carried the mail boat for "
                                 "eighty years before the causeway opened."]  # fmt: skip
    found = clean_text("\n\n".join([*STORY[:4], *section, *STORY[4:]]))
    assert section[1] in found.body and found.body[-1] == PARAGRAPHS[-1]


def test_a_figure_after_about_heads_no_box():
    tail = ["About 200 signatures", "The petition to save the pier was handed to the "
                                    "commission by the harbour's oldest fisherman."]  # fmt: skip
    assert clean_text("\n\n".join([*STORY, *tail])).body[-1] == tail[1]
