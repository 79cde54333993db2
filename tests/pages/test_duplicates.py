"""The same story saved twice is published once, with every copy listed; different
stories on one topic are never merged."""

from __future__ import annotations

from sitegen.readers.sketch import resemblance, sketch
from tests.pages.test_plan import planned

STORY = [
    "The ferry operator said on Monday that the first sailing of the day would leave an hour "
    "later from next month, after a review of crew rest periods and fuel costs.",
    "About four hundred islanders cross to the mainland for work each weekday, most of them "
    "on the first two boats, and many say the change will cost them a day's pay each week.",
    "The council has asked the operator to delay the timetable until a public meeting can be "
    "held on the island, where residents plan to propose a smaller boat for the early run.",
    "A spokesperson for the operator said the company understood the concern but that the "
    "new rules on working time left it with no alternative for the winter months.",
]
LATER = "The operator will publish the full winter timetable next week."
OTHER = [
    "The council voted on Tuesday to fund a second ferry for the island from next spring, "
    "after a year in which one in ten sailings was cancelled for bad weather or repairs.",
    "Residents welcomed the decision, though several said a new boat would not fix the "
    "shortage of crews, which the operator blames on the rules on working time.",
    "The new ferry will carry forty cars and run an extra evening sailing in the summer, "
    "when the island's population doubles with visitors and seasonal workers.",
    "The operator said it would recruit twelve more crew members before the boat enters "
    "service, and train them on the island rather than on the mainland.",
]


def pasted(title: str, paragraphs: list[str], by: str = "") -> str:
    return "\n\n".join([title, *([by] if by else []), "14 March 2025", *paragraphs]) + "\n"


def markdown(title: str, paragraphs: list[str], **meta: str) -> str:
    front = "".join(f"{k}: {v}\n" for k, v in meta.items())
    return f"---\ntitle: {title}\ndate: 2025-03-21\n{front}---\n\n" + "\n\n".join(paragraphs)


def test_a_story_saved_twice_is_published_once_from_its_longest_copy(tmp_path):
    pages = planned(tmp_path, {
        "content/saved/ferry.txt": pasted("Ferry timetable overhaul", STORY, "By Morag Linklater"),
        "content/saved/ferry-again.md": markdown("Ferry timetable overhaul", [*STORY, LATER],
                                                 source="https://news.example.org/ferry"),
        "content/saved/second-ferry.txt": pasted("Council funds a second ferry", OTHER),
    })  # fmt: skip
    shown = [p.articles[0] for p in pages if p.kind == "article"]
    assert sorted(a.title for a in shown) == ["Council funds a second ferry",
                                              "Ferry timetable overhaul"]  # fmt: skip
    kept = next(a for a in shown if a.copies)
    assert kept.source.name == "ferry-again.md"  # the longer body
    assert [t.name for t in kept.authors] == ["Morag Linklater"]  # from the copy that says
    assert kept.copies == (("saved/ferry-again.md", "https://news.example.org/ferry"),
                           ("saved/ferry.txt", ""))  # fmt: skip


def test_stories_on_one_topic_share_sentences_not_their_text():
    a, b, again = sketch(" ".join(STORY)), sketch(" ".join(OTHER)), sketch(" ".join(STORY[:3]))
    assert resemblance(a, b) < 0.1 < 0.5 < resemblance(a, again)


def test_own_posts_are_never_merged(tmp_path):
    pages = planned(tmp_path, {"content/a.md": markdown("A", STORY),
                               "content/b.md": markdown("B", STORY)})  # fmt: skip
    assert len([p for p in pages if p.kind == "article"]) == 2
