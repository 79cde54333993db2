"""A line of hashtags alone is the post's tags, wherever it stands."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text

HEAD = ["Why I stopped using ORMs", "By Priya Raman", "Mar 5, 2024"]
PARAGRAPHS = [
    "For three years I reached for an ORM on every project. It felt safe: the models were "
    "tidy, and I never had to think about joins.",
    "Then a report that should have taken a second took forty. The ORM had issued one query "
    "per row, and nobody on the team had noticed.",
    "Writing the queries by hand took an afternoon. The report now runs in eighty "
    "milliseconds, and the code is shorter than it was.",
]


@pytest.mark.parametrize("tags", ["#python #databases #sql", "#WorldCup2026", "#self-hosting #til"])
def test_a_line_of_hashtags_under_the_headline_is_no_standfirst(tags):
    found = clean_text("\n".join([HEAD[0], tags, *HEAD[1:], *PARAGRAPHS]))
    assert (found.title, found.subtitle, found.body) == (HEAD[0], "", PARAGRAPHS)
    assert {r.text: r.reason for r in found.removed}[tags] == "a line of hashtags (the post's tags)"


def test_a_line_of_hashtags_after_the_article_goes_and_a_sentence_naming_one_stays():
    said = "#MeToo began as a hashtag and became a movement, the book argues."
    found = clean_text("\n".join([*HEAD, *PARAGRAPHS, said, "#books #metoo"]))
    assert found.body == [*PARAGRAPHS, said]
