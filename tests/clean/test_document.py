"""A pasted page as lines: which lines read as running text."""

from __future__ import annotations

from sitegen.clean import read_lines
from sitegen.clean.document import Line

MENU = ("My Region World Business Money Policy Green Next Health Travel Culture Video Next "
        "Health Travel Culture Video Programmes Live Sport Football Weather Podcasts")  # fmt: skip


def test_a_long_line_reads_as_running_text_however_it_ends():
    line = Line(0, 1, "The caravan left Taoudenni before dawn forty camels long and loaded "
                      "with slabs of salt cut by hand from the dry lake bed of the north")  # fmt: skip
    assert line.prose and not line.terminal


def test_a_sentence_ends_inside_the_quotes_each_language_closes_with():
    # German closes with « (»...«) and “ („...“) as well as English ” and French »
    for said in ("»Wir verlangen, dass das Schiff weiter kommt.«", "„Wir verlangen nichts.“",
                 "“We ask for nothing new.”", "« Nous ne demandons rien. »"):
        assert Line(0, 1, f"Sie sagt es so: {said}").terminal, said


def test_a_menu_flattened_into_one_line_is_no_running_text():
    assert not Line(0, 1, MENU).prose
    german = ("Die Karawane verließ Taoudenni vor der Morgendämmerung mit vierzig Kamelen, "
              "beladen mit Salzplatten aus dem trockenen Seebett im Norden des Landes")  # fmt: skip
    assert Line(0, 1, german).prose  # nouns capitalised, but not nearly every word


def test_a_list_written_out_with_its_commas_stays_running_text():
    listing = ("Golf Tour: Pebble Beach Pro-Am, Day One in Pebble Beach, California, 21:00 "
               "on Sky Sport One and Sky Sport One HD, Live From The First Tee")  # fmt: skip
    assert Line(0, 1, listing).prose


def test_menus_flattened_above_the_headline_are_neither_headline_nor_body():
    """A site's menus pasted as long lines of capitalised words above the headline: the
    rules take the headline over its byline and start the body at the first paragraph."""
    page = f"""Editions
Log In
{MENU}
Travel Adventures Coast Diary Conscious Travel Explore Golf Travel Tales Notes From The South Taste Women Beyond Borders Green Climate Now Ocean Calls The Road
Culture Cinema Creators Crossing Cultures Inspire Meet The Locals Melting Pot Culture Musica Scenes The Kitchen The Star Ingredient Books Theatre Music Arts
All Programmes
The salt roads of the Sahara keep moving
By Amina Diallo
Published on 14/05/2024 - 07:45
The caravan left Taoudenni before dawn, forty camels long, loaded with slabs of salt cut by hand from the dry lake bed.
Each slab weighs about thirty kilograms and sells in Timbuktu for a little more than it did a decade ago.
The drivers say the road has not changed, but the buyers have, and the young men of the villages go elsewhere.
"""
    doc, meta = read_lines(page)
    assert meta.title == "The salt roads of the Sahara keep moving"
    assert doc.lines[doc.start].text.startswith("The caravan left Taoudenni")
    assert all(doc.is_chrome(line) for line in doc.lines[:6])


def test_a_trail_whose_sections_the_paragraphs_repeat_is_not_the_rules_headline():
    """A breadcrumb trail between headline and byline names the story's subject ("Salt
    Trade"), which the first paragraphs repeat more than the headline's own words: the
    rules still take the headline over it, not the trail."""
    page = """Close
Ten Nights on the Road to Taoudenni
BLOG > Salt Trade > Salt Caravans
February 1, 2019 | BY: Amina Diallo
The salt caravans of the trade leave before dawn, and the salt trade has changed little.
Each salt caravan carries slabs of salt that the trade sells in Timbuktu, as it did a decade ago.
The salt trade still runs on camels, and the caravans' drivers say the road has not changed.
"""
    _, meta = read_lines(page)
    assert meta.title == "Ten Nights on the Road to Taoudenni"


def test_the_line_between_a_dateline_above_and_a_byline_under_it_is_the_headline():
    """A site printing the date over the headline and the byline under it: the one line
    between them is the headline, not the kicker above the date. A caption over its
    credit (no "by") between a date and the body is no headline."""
    page = """Advertisement
Salt Trade
Published 22 hours ago
Caravans return to Taoudenni as the price of salt climbs again
By Amina Diallo | Sahel Desk
Facebook
Twitter
Email
The caravan left Taoudenni before dawn, forty camels long, loaded with slabs of salt cut by hand from the dry lake bed.
Each slab weighs about thirty kilograms and sells in Timbuktu for a little more than it did a decade ago.
The drivers say the road has not changed, but the buyers have, and the young men of the villages go elsewhere.
"""
    _, meta = read_lines(page)
    assert meta.title == "Caravans return to Taoudenni as the price of salt climbs again"
    assert meta.authors == ["Amina Diallo"]
    from sitegen.clean.headline_lines import between_dateline_and_byline

    doc, _ = read_lines(page.replace("By Amina Diallo | Sahel Desk", "Amina Diallo, Associated Press"))
    dated = [ln for ln in doc.lines if ln.text.startswith(("Published", "Amina"))]
    assert between_dateline_and_byline(doc, dated) == []


def test_words_are_counted_as_each_script_writes_them():
    """Chinese and Japanese run their words together: two characters count as one. Korean
    puts spaces between its words, which count as they stand (counting its syllables too
    made every Korean headline as long as a paragraph)."""
    assert Line(0, 1, "악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미").n_words == 8
    assert Line(0, 1, "中央社記者張新偉攝").n_words == 5  # nine characters, one run of them
    assert Line(0, 1, "The caravan left Taoudenni before dawn").n_words == 6
    korean = ("경찰은 13일 오후 서울 종로구의 한 건물에서 화재가 발생해 주민 20여 명이 "
              "대피했다고 밝혔다. 불은 약 한 시간 만에 꺼졌으며 인명 피해는 없는 것으로 전해졌다.")
    assert Line(0, 1, korean).prose
    assert not Line(0, 1, "민주당 '선호투표제' 도입 또다시 불발··· 친청계 \"당규 개정 왜 밀어붙이나\"").prose
