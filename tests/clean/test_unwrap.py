"""Hard-wrapped pastes (an e-mail, a plain-text archive) have their paragraphs made whole."""

from __future__ import annotations

from sitegen.clean import clean_text
from sitegen.clean.unwrap import unwrap

WRAPPED = """\
Coastal towns race to rebuild seawalls before winter storms

By Daniel Okafor
3 December 2026

The seawall in Scituate was built in 1921 and patched every decade
since. This fall, for the first time, the town voted to replace a
whole section of it.

"We are not going to get another ten years out of this," said the
town's harbor master, Ellen Brody, standing on a stretch of concrete
that the October surge had split in two.

Across New England, towns like Scituate are making the same
calculation, and finding that the money is not there. A state fund
created in 2024 has paid for 14 projects so far.
"""


def numbered(text: str) -> list[tuple[int, str]]:
    return [(n, " ".join(line.split())) for n, line in enumerate(text.split("\n"), start=1)]


def test_a_wrapped_pastes_paragraphs_are_whole_again():
    found = clean_text(WRAPPED)
    assert found.title == "Coastal towns race to rebuild seawalls before winter storms"
    assert found.authors == ["Daniel Okafor"]
    assert found.body == [
        "The seawall in Scituate was built in 1921 and patched every decade since. This fall, "
        "for the first time, the town voted to replace a whole section of it.",
        "\"We are not going to get another ten years out of this,\" said the town's harbor "
        "master, Ellen Brody, standing on a stretch of concrete that the October surge had "
        "split in two.",
        "Across New England, towns like Scituate are making the same calculation, and finding "
        "that the money is not there. A state fund created in 2024 has paid for 14 projects "
        "so far.",
    ]


def test_a_joined_line_keeps_the_number_of_its_first_line_and_its_hyphenated_words():
    text = WRAPPED.replace("patched every decade\nsince", "patched every ten-\nyear since")
    lines = unwrap(numbered(text))
    assert (6, "The seawall in Scituate was built in 1921 and patched every ten-year since. "
               "This fall, for the first time, the town voted to replace a whole section "
               "of it.") in lines  # fmt: skip


def test_a_browsers_paste_a_menu_and_a_list_are_left_as_they_are():
    browser = numbered(WRAPPED.replace("decade\nsince", "decade since").replace(
        "replace a\nwhole", "replace a whole"))  # fmt: skip
    browser = [(n, t * 2 if len(t) > 50 else t) for n, t in browser]  # paragraphs, one a line
    assert unwrap(browser) == browser
    menu = numbered("Home\n\nNews\nSport\nWeather\n" + "Section of the site number %d\n" * 3)
    assert unwrap(menu) == menu
    items = numbered("\n".join(["Things the town will need before the winter storms arrive:", "",
                                 *[f"- item {n} that the council has listed in its plan for the wall"
                                   for n in range(5)]]))  # fmt: skip
    assert unwrap(items) == items


def test_a_drop_cap_on_a_line_of_its_own_is_joined_to_its_word_but_a_button_is_not():
    text = "T\nhe first time I met Seamus McCurdy he was standing on the pier at Ballycastle.\nX\nfacebook\n"
    assert unwrap(numbered(text)) == [
        (1, "The first time I met Seamus McCurdy he was standing on the pier at Ballycastle."),
        (3, "X"), (4, "facebook"), (5, "")]  # fmt: skip
