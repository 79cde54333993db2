"""A pull quote, printed again in its paragraph, is chrome; a quotation heading its
paragraph stays."""

from __future__ import annotations

from sitegen.clean import clean_text

HEAD = ["Fishermen say seals are emptying their nets", "By Grace Olsen", "March 3, 2025"]
PARAGRAPHS = [
    "Commercial fishermen on the north coast say a growing seal population is raiding "
    "their nets, costing some boats thousands of dollars a month.",
    "\"They've learned that a net means dinner,\" said Dale Harper, who has fished out of "
    "Port Ewing for thirty years.",
    "The state's fisheries agency estimates the harbor seal population has doubled since "
    "2005, and federal law protects the animals.",
]


def test_a_quoted_sentence_printed_in_its_paragraph_too_is_a_pull_quote():
    quote = "“They’ve learned that a net means dinner.”"
    found = clean_text("\n".join([*HEAD, *PARAGRAPHS[:2], quote, PARAGRAPHS[2]]))
    assert found.body == PARAGRAPHS
    assert {r.text: r.reason for r in found.removed}[quote] == (
        "a pull quote, printed in its paragraph too")


def test_a_quotation_without_its_full_stop_heading_its_paragraph_stays():
    heading = "\"A net means dinner\""
    paragraph = ("Harper said the seals had changed their habits: \"A net means dinner to them "
                 "now, and they follow the boats out.\"")
    found = clean_text("\n".join([*HEAD, *PARAGRAPHS, heading, paragraph]))
    assert heading in found.body


def test_an_adverts_label_with_its_prompt_to_scroll_is_chrome():
    label = "Advertisement - scroll to continue"
    found = clean_text("\n".join([*HEAD, PARAGRAPHS[0], label, *PARAGRAPHS[1:]]))
    assert found.body == PARAGRAPHS


def test_a_widgets_line_printed_again_further_down_is_the_widgets_too():
    from sitegen.clean import clean_text

    paragraphs = [
        "Councillors voted 7 to 5 on Monday to close Eastfield library, one of the town's "
        "oldest public buildings, to save money.",
        "Residents packed the public gallery and several held placards reading 'Books not "
        "budgets'.",
        "The library's collection will be moved to the central branch, and a mobile library "
        "will visit Eastfield twice a week.",
    ]
    pitch = "Daily puzzles, including the crossword and the quiz."
    found = clean_text("\n".join([
        "Council votes to close Eastfield library", "By Daniel Okafor", "12 March 2024",
        paragraphs[0], "Subscribe to continue reading", pitch, "Sign in",
        paragraphs[1], pitch, *paragraphs[2:]]))  # fmt: skip
    assert found.body == paragraphs
