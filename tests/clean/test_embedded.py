"""Posts quoted into an article: kept with it, by the embedding widget's shape."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text
from sitegen.clean.document import Line
from sitegen.clean.embedded import attribution

PARAGRAPHS = [
    "The harbour board voted on Tuesday to close the old ferry slip for the winter months, "
    "citing storm damage that engineers found during an inspection in October.",
    "Residents of the island said the decision left them with a single crossing a day, "
    "and several of them took their complaints to the board's meeting in person.",
    "The mayor answered the criticism on social media within an hour of the vote.",
    "Board members said a temporary pontoon could be in place by February if the grant "
    "application is approved, though no contractor has yet been chosen for the work.",
    "Until then, the morning crossing will carry freight and passengers together, and the "
    "board has asked shops on the island to order their supplies a week ahead.",
]
TWEET = (
    "We hear you. A second crossing is on the table for Thursday's meeting pic.twitter.com/x1Y2z3"
)
CREDIT = "— Mayor Ines Duarte (@InesDuarteMayor) November 19, 2019"


def page(*middle: str, after: tuple[str, ...] = ()) -> str:
    lines = ["Home", "News", "Ferry slip to close for winter", "By Jo Lee", "November 19, 2019",
             *PARAGRAPHS[:3], *middle, *PARAGRAPHS[3:], *after, "Share this article", "© 2019 Harbour News"]  # fmt: skip
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "text",
    [
        CREDIT,
        "— The Nigerian Senate (@NGRSenate) October 9, 2018",
        "A post shared by Ines Duarte (@ines.duarte) on Nov 19, 2019 at 10:02am PST",
    ],
)
def test_an_attribution_is_a_handle_in_brackets_then_the_date(text):
    assert attribution(Line(0, 1, text), "en")


@pytest.mark.parametrize(
    "text",
    [
        "Follow us (@harbournews) for updates",  # no date
        "Jo Lee (@jolee) is our island correspondent.",  # no date, a sentence
        "Tweets by @harbournews",
    ],
)
def test_a_handle_without_a_date_is_no_attribution(text):
    assert not attribution(Line(0, 1, text), "en")


def test_a_post_inside_the_article_is_kept_with_its_attribution():
    body = clean_text(page(TWEET, CREDIT)).body
    assert TWEET in body and CREDIT in body
    assert body.index(TWEET) == body.index(PARAGRAPHS[2]) + 1


def test_a_post_below_the_article_stays_out():
    feed = ("Latest from our feed", "Ferry timetable for the holidays is out now pic.twitter.com/a",
            "— Harbour News (@harbournews) December 2, 2019")  # fmt: skip
    body = clean_text(page(after=("Comments", "Most read", "Island school wins prize", *feed))).body
    assert not any("(@harbournews)" in line for line in body)


def test_an_attribution_under_a_widgets_label_alone_stays_out():
    label = "View this post on Instagram"
    shared = "A post shared by Ines Duarte (@ines.duarte) on Nov 19, 2019 at 10:02am PST"
    body = clean_text(page(label, shared)).body
    assert label not in body and shared not in body
