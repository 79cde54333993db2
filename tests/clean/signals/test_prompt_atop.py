"""A prompt atop the article: the site speaking to the reader over the first paragraph."""

from __future__ import annotations

from sitegen.clean import clean_text

HEAD = ["Floods force thousands from homes in southern Brazil", "By Ana Lopes", "3 Dec 2026"]
PARAGRAPHS = [
    "Floods in southern Brazil have forced more than 12,000 people from their homes, "
    "authorities say, as heavy rains swelled rivers across the state.",
    "The state's civil defence agency said on Thursday that 38 towns had declared "
    "emergencies after the floods and that at least four people had died.",
    "Meteorologists expect the rain to continue into the weekend, and the rivers to rise "
    "further in the towns downstream of the floods.",
]
FOOT = ["Most read", "© 2026 Southern Herald"]


def test_a_prompt_about_the_site_over_the_first_paragraph_goes():
    prompt = "Save articles to read later and create your own reading list."
    found = clean_text("\n".join([*HEAD, prompt, *PARAGRAPHS, *FOOT]))
    assert found.body == PARAGRAPHS
    assert {r.text: r.reason for r in found.removed}[prompt] == (
        "a prompt atop the article, not of its story")


def test_a_lede_addressing_the_reader_about_the_story_stays():
    lede = "If you live in southern Brazil, your town may be next to flood."
    found = clean_text("\n".join([*HEAD, lede, *PARAGRAPHS, *FOOT]))
    assert found.body == [lede, *PARAGRAPHS]


def test_a_quotation_opening_the_article_stays():
    quote = "“You cannot imagine what the water did to our street,” a resident said."
    found = clean_text("\n".join([*HEAD, quote, *PARAGRAPHS, *FOOT]))
    assert found.body == [quote, *PARAGRAPHS]
