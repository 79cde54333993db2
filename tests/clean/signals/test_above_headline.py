"""Prose printed above the headline group is no part of the article, whatever it says."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text

NOTICE = ("We and our partners store and read information on your device to personalise "
          "content and measure how the site is used. You can change your choices at any time.")
PARAGRAPHS = [
    "The harbour ferry has been a source of debate in the town for more than a decade. "
    "Officials said on Tuesday that work on a new landing stage would begin this year.",
    "Residents who spoke to the paper were divided over the future of the ferry.",
    "The council has set aside £2.3m for the project, according to its budget papers. "
    "Critics argue that the money would be better spent on schools and housing.",
    "The plans will be put to a public vote in the autumn. For now, the ferry still runs "
    "twice a day.",
]


@pytest.mark.parametrize("group", [
    ["Council votes to keep the harbour ferry: what happens next?", "By Priya Raman",
     "March 5, 2024"],
    # a button under the notice, a headline of sentences, its standfirst, a caption
    ["Accept all", "The Ferry Stayed. The Town Paid.",
     "A small town bets its future on the harbour ferry",
     "The ferry at the old quay at dusk. Photo: Jo Lee/Reuters", "Priya Raman",
     "Apr 2, 2024 · 7 min read"],
])  # fmt: skip
def test_a_consent_notice_above_the_headline_is_not_the_article_s_first_paragraph(group):
    page = clean_text("\n".join(["Home", "News", "Sign in", NOTICE, *group, *PARAGRAPHS,
                                 "Comments", "Most read"]))  # fmt: skip
    assert page.body == PARAGRAPHS
    assert page.title == group[-5] if len(group) > 3 else page.title == group[0]
    assert NOTICE in {line.text for line in page.removed}


def test_a_standfirst_in_sentences_over_the_byline_stays_the_standfirst():
    standfirst = "The decision follows two years of public consultation and a court case."
    page = clean_text("\n".join(["Home", "News", "Council keeps the harbour ferry", standfirst,
                                 "By Priya Raman", "March 5, 2024", *PARAGRAPHS]))  # fmt: skip
    assert page.title == "Council keeps the harbour ferry"
    assert page.subtitle == standfirst
    assert page.body == PARAGRAPHS

