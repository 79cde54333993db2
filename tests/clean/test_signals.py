"""Each chrome signal on a small page written for it."""

from __future__ import annotations

import pytest

from sitegen.clean import clean_text
from sitegen.clean.context import CleanContext
from sitegen.clean.credits import is_credit
from sitegen.clean.phrases import phrase_list

PARAS = [
    "The harbour commission met on Tuesday evening to decide the future of the old ferry pier.",
    "Commissioners heard from fishermen, residents and the ferry operator over three hours.",
    "Most speakers asked for the pier to be repaired rather than replaced with a marina.",
    "A final decision is expected next month, after engineers report on the cost of repairs.",
]


def page(*middle: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join(
        [
            *head,
            "Old ferry pier to stay open",
            "By Ana Lopes",
            "3 May 2021",
            PARAS[0],
            PARAS[1],
            *middle,
            PARAS[2],
            PARAS[3],
            *tail,
        ]
    )


def removed_reasons(text: str, context: CleanContext | None = None) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text, context).removed}


def test_position_menus_above_and_prompts_below_are_removed():
    text = page(
        head=("Home", "News", "Local", "Weather"),
        tail=("Most read", "Ferry fares rise", "Contact us"),
    )
    e = clean_text(text)
    assert e.body == PARAS
    reasons = removed_reasons(text)
    assert reasons["Home"] == "above the article"
    assert reasons["Contact us"] == "below the article"


def test_teaser_headline_between_paragraphs_is_removed_but_subheading_kept():
    teaser = "Council approves new budget for coastal flood defences"
    e = clean_text(page(teaser))
    assert teaser not in e.body and "teaser" in removed_reasons(page(teaser))[teaser]
    e = clean_text(page("What happens next"))
    assert ("h2", "What happens next") in e.blocks


def test_a_long_subheading_the_paragraph_after_it_takes_up_is_kept():
    """Eight words or more, no full stop: a teaser's shape, but the paragraph after it says
    what it announces, so it is the article's subheading."""
    subheading = "Most Speakers Asked For A Repaired Pier Rather Than A Marina"
    assert ("h2", subheading) in clean_text(page(subheading)).blocks


def test_a_run_of_teaser_cards_goes_whole_even_at_its_ends():
    cards = (
        "Three Walks Along the Old Harbour WallVisiting the harbour, or just passing through?",
        "Heading To The Island Fair? Read Our Guide FirstIf you and your family are going, plan.",
        "Ferry Fares Rise Again; Residents AngryThe operator raised fares for the third time.",
    )
    text = page(head=(*cards, "Local"))
    e = clean_text(text)
    assert e.body == PARAS
    reasons = removed_reasons(text)
    assert {reasons[c] for c in cards} == {"teaser cards: headlines glued to their summaries"}


def _paragraph(n: int, words: int = 55) -> str:
    """An invented paragraph of ``words`` words, its own words for each ``n``."""
    return " ".join(f"word{n}x{i}" for i in range(words - 1)) + " ends."


def test_an_articles_later_half_after_a_teaser_block_outweighs_the_footers_runs():
    """Two paragraphs after a teaser block between paragraphs are a quarter of the article:
    they stay, however many small runs of the footer below weigh down the page."""
    first = [_paragraph(n, 60) for n in range(5)]
    later = [_paragraph(10), _paragraph(11)]
    footer = [f"Notice {n}: " + _paragraph(20 + n, 29) for n in range(3)]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *first,
                         "Advertisement", "Advertisement", *later,
                         *[x for f in footer for x in ("Advertisement", "Share this article", f)]])
    body = clean_text(text).body
    assert body[: len(first) + len(later)] == first + later


LONG = [
    "The harbour commission met on Tuesday evening to decide the future of the old ferry "
    "pier, which has stood at the end of the high street since the town was a fishing port "
    "and carried the island's mail for a century.",
    "Commissioners heard from fishermen, residents and the ferry operator over three hours, "
    "and most of them asked for the pier to be repaired rather than replaced with the "
    "marina that a developer has proposed for the site.",
    "Engineers told the meeting that the piles under the seaward end are sound, but that "
    "the deck and the railings would have to be rebuilt before the ferry could use the pier "
    "again in the winter months.",
    "A final decision is expected next month, after the engineers report on the cost of "
    "the repairs and the commission has asked the island's council how much of it the "
    "town could pay for from its own budget.",
]


def test_a_short_last_paragraph_past_an_advert_and_a_related_link_stays():
    """The article's last paragraph, a sixth of its words, under a "Related:" link and an
    advert printed between paragraphs: the article's, not an island of the footer."""
    last = ("The council will review the timetable in a year, and has promised to publish "
            "the number of passengers on each crossing every month.")
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related: Harbour dredging starts", "Advertisement", last, "Comments",
                         "Join our commenting forum", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == [*LONG, last]


def test_a_last_paragraph_past_a_related_label_and_its_link_stays():
    """"Related" and another story's headline under it, then the article's last paragraph,
    which goes on with what the article said (not the linked story's blurb)."""
    last = ("The council will review the repairs in a year, and the commissioners have "
            "promised to publish what the pier costs the town every month.")
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related", "Lifeboat crew honoured for winter rescue", last,
                         "Comments", "Join our commenting forum", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == [*LONG, last]


def test_a_last_section_past_a_related_link_and_its_heading_stays():
    """"Related", its link, then the last section's heading and its paragraph, short
    enough that the densest run of text stopped above the link."""
    last = "The commission will publish what the pier's repairs cost in the autumn."
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related", "Lifeboat crew honoured for winter rescue",
                         "What happens next", last, "Share this article"])  # fmt: skip
    assert clean_text(text).body[-1] == last


def test_a_list_of_teasers_each_with_its_blurb_stays_out():
    """Under "Related", headlines each with a short blurb that speaks of the article's
    matters: the first blurb is no last paragraph of the article, another headline and
    its blurb stand under it."""
    teasers = ["Lifeboat crew honoured for winter rescue",
               "The commission thanked them for their work near the old pier.",
               "Island school to stay open after parents' campaign",
               "Parents asked the commission for a ferry at school times."]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related", *teasers, "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


@pytest.mark.parametrize("widget", [
    ["Share", "Facebook", "Share this article", "Email"],  # buttons, four lines
    ["Read more", "Harbour dredging starts next spring", "Related",
     "Lifeboat crew honoured for winter rescue"],  # two links, back to back
    ["Related", "Lifeboat crew honoured for winter rescue", "Share", "Facebook",
     "Email"],  # a link under its label, then buttons: five lines
    ["Share", "Facebook", "Email", "Read more", "Harbour dredging starts next spring",
     "Advertisement"],  # buttons, a link and an advert: six lines
])  # fmt: skip
def test_a_last_paragraph_past_widgets_back_to_back_stays(widget):
    last = ("The commission will ask the crew of the harbour's own boat to inspect the pier "
            "every month until the repairs are done.")  # one word of a link's: "crew"
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         *widget, last, "Comments", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == [*LONG, last]


def test_a_last_paragraph_past_buttons_and_a_caption_stays_whatever_its_words():
    """Share buttons with a picture's caption among them, then a last paragraph that uses
    none of the article's earlier words: still the article's."""
    last = "Four more sailors will join the crew of the three boats before the summer season."
    widget = ["Share", "The old pier at low tide on Monday. Photo: Jo Lee/Island Herald",
              "Facebook", "Email"]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         *widget, last, "Comments", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == [*LONG, last]


def test_no_paragraph_is_taken_past_the_articles_closing_credit():
    """The outlet's notice under the closing credit, past share buttons, is no paragraph
    of the article, though it names what the article named."""
    notice = "Our Standards: The Harbour Herald trust principles for the pier and harbour."
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Reporting by Ana Lopes", "Share", "Facebook", notice,
                         "Read Next"])  # fmt: skip
    assert clean_text(text).body == LONG


def test_a_teasers_blurb_past_a_related_label_and_its_link_goes():
    """The paragraph under a "Related" link that retells the link's headline is the
    other story's blurb, not the article's last paragraph."""
    blurb = ("The lifeboat crew was honoured on Friday for the winter rescue of four "
             "fishermen whose boat lost its engine off the north cliffs.")
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related", "Lifeboat crew honoured for winter rescue", blurb,
                         "Comments", "Join our commenting forum", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


def test_a_last_paragraph_past_a_related_link_stays_above_a_prompt_closing_its_run():
    """The article's last paragraph past a "Related" link, then a line that speaks to the
    reader ("Found a mistake? Tell us."): the prompt goes, the paragraph stays."""
    last = ("The council will review the repairs in a year, and the commissioners have "
            "promised to publish what the pier costs the town every month.")
    prompt = "Have you found a mistake in this article? Tell us about it."
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related", "Lifeboat crew honoured for winter rescue", last, prompt,
                         "More articles", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == [*LONG, last]
    assert prompt in removed_reasons(text)


@pytest.mark.parametrize("box", [
    "Every Friday we send you the week's stories from the harbour, the council and the "
    "ferry, with the tide tables for the weekend ahead.",
    "I agree that the island's paper may send me its stories every Friday, and I know that "
    "the letters can be stopped at any time.",
])
def test_a_prompts_paragraph_past_a_widget_still_goes(box):
    """A newsletter box's or a consent form's prose under the article, past two lines of
    chrome, speaks to or as the reader: no paragraph of the article."""
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Related: Harbour dredging starts", "Advertisement", box,
                         "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


@pytest.mark.parametrize("prompt", [
    "Join thoughtful conversations with other readers. Log in or create an account.",
    "Be the first to have your say on this story.",
])
def test_a_prompt_under_a_comments_label_goes_whatever_its_voice(prompt):
    """Under "Comments", the last line names nothing the article speaks of and the model
    reads it as chrome: the label's prompt, though it reads as a sentence."""
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         "Comments", prompt, "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


@pytest.mark.parametrize("widget", [("Advertisement",), ("Teilen", "Facebook", "E-Mail")])
def test_the_last_paragraph_under_an_advert_or_buttons_stays_whatever_its_words(widget):
    """An advert's label or share buttons (``|`` phrases) stand inside the article: the
    paragraph under them is the article's, though it names nothing the others do."""
    last = "Boats of that size need four more crew members before the summer."
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                         *widget, last, "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == [*LONG, last]


def test_the_last_paragraph_under_share_buttons_stays_whatever_its_words():
    """Share buttons between an article's last paragraphs: the paragraph under them is the
    article's, though it names nothing the others do and the model doubts it."""
    paras = [
        "Der Gemeinderat hat am Dienstag den neuen Fahrplan der Inselbahn beschlossen, nachdem "
        "sich Pendler zwei Jahre lang über verpasste Anschlüsse beklagt hatten.",
        "Nach dem Plan fährt der erste Zug um fünf Uhr morgens ab, eine halbe Stunde früher "
        "als bisher, und der letzte kehrt erst gegen Mitternacht zurück.",
        "Die Pendler sagten, so kämen sie pünktlich zur Arbeit in der Stadt, einige sorgten "
        "sich aber um die Preise der zusätzlichen Fahrten.",
    ]
    last = ("Der Betreiber, der vier Triebwagen auf der Linie einsetzt, will bis zum Herbst "
            "sechs weitere Lokführer einstellen.")
    text = "\n".join(["Politik", "Sport", "Warum sich der Fahrplan der Inselbahn ändert",
                      "Von Jonas Weber", "4. März 2024", *paras, "Teilen", "Facebook", "E-Mail",
                      last, "Impressum", "Datenschutz"])  # fmt: skip
    assert clean_text(text).body == [*paras, last]


@pytest.mark.parametrize(("notice", "lang_paras"), [
    ("Story continues below advertisement", None),
    ("Continua após a publicidade", "pt"),
])
def test_the_paragraphs_under_a_notice_that_the_story_continues_stay(notice, lang_paras):
    """A line saying the article goes on under it (a ``+`` phrase), then an advert's
    label: the paragraph under them is the article's, however short the run it opens."""
    paras, last, title, head = LONG, "Boats of that size need four more crew members.", [
        "Old ferry pier to stay open", "By Ana Lopes", "3 May 2021"], []
    if lang_paras == "pt":
        paras = PT_LONG
        last = "A decisão final fica para o mês que vem."
        title = ["Cais da balsa vai continuar aberto", "Por Ana Lopes", "3 de maio de 2021"]
    text = "\n".join([*head, *title, *paras, notice, "Advertisement", last,
                       "Sarah Lee is our island reporter.", "Most read",
                       "© 2024 Island Herald"])  # fmt: skip
    found = clean_text(text)
    assert last in found.body
    assert notice not in found.body


def test_a_notice_that_the_story_continues_is_a_phrase_of_its_own():
    phrases = phrase_list()
    assert phrases.continues("STORY CONTINUES BELOW ADVERTISEMENT")
    assert phrases.continues("Der Artikel geht unten weiter")
    assert not phrases.continues("Advertisement") and not phrases.continues("Continue reading")
    assert phrases.match("Story continues below", 3) is not None


@pytest.mark.parametrize("notice", [
    "This article is reserved for subscribers.",
    "You have 62% of this article left to read. The rest is for subscribers only.",
])
def test_a_paywalls_notice_under_the_last_paragraph_goes(notice):
    """Where the paste stops at a paywall, its notice is no closing paragraph."""
    text = "\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                       notice, "Already a subscriber? Log in", "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


def test_a_republished_articles_notice_of_where_it_first_ran_goes():
    notice = ("This article is republished from The Conversation under a Creative Commons "
              "license. Read the original article.")
    text = "\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG,
                       notice])  # fmt: skip
    assert clean_text(text).body == LONG


def test_teasers_each_a_headline_over_its_blurb_under_a_related_label_go_whole():
    """"Related stories", then two teasers, each a headline over a sentence of blurb,
    between the article's paragraphs: the blurbs go with their headlines."""
    teasers = ["Related stories", "Fares to rise by 5% in spring, operator confirms",
               "The operator said the increase would cover higher fuel and crew costs across "
               "all of its routes.", "Island petition reaches 1,000 signatures in a week",
               "Residents say the first boat of the day leaves too late for anyone working on "
               "the mainland."]  # fmt: skip
    text = "\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG[:2],
                       *teasers, *LONG[2:], "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


def test_a_paragraph_under_one_related_link_stays():
    """One link under its label, then paragraphs: the article goes on under the link."""
    text = "\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG[:2],
                       "Related stories", "Fares to rise by 5% in spring, operator confirms",
                       *LONG[2:], "© 2024 Island Herald"])  # fmt: skip
    assert clean_text(text).body == LONG


PT_LONG = [
    "A comissão do porto reuniu-se na terça-feira à noite para decidir o futuro do velho "
    "cais da balsa, que está no fim da rua principal desde que a vila era um porto de pesca.",
    "Os membros ouviram pescadores, moradores e o operador da balsa durante três horas, e a "
    "maioria pediu que o cais fosse reparado em vez de substituído por uma marina.",
    "Os engenheiros disseram que as estacas do lado do mar estão sólidas, mas que o convés "
    "e as grades teriam de ser reconstruídos antes do inverno.",
    "A comissão vai pedir à câmara municipal quanto do custo a vila poderia pagar com o seu "
    "próprio orçamento, depois do relatório dos engenheiros.",
]


def test_an_adverts_label_is_an_inline_label_and_still_chrome():
    phrases = phrase_list()
    assert phrases.inline_label("Advertisement") and phrases.inline_label("ANZEIGE")
    assert not phrases.inline_label("Comments")
    assert phrases.match("Werbung", 1) == "werbung"


def test_the_headline_under_a_related_label_and_an_advert_goes():
    """An advert's label between "Related" and its link: the link still goes."""
    link = "Harbour dredging starts next spring"
    reasons = removed_reasons(page("Related", "Advertisement", link))
    assert reasons[link] == "the link under 'related'"


@pytest.mark.parametrize(("label", "link"), [
    ("Related", "Harbour dredging starts next spring"),
    ("Mehr zum Thema", "Lübecker Altstadt: Neue Führungen im Sommer"),
    ("Lire aussi :", "À Brest, les ferries passent à l’hydrogène"),
])
def test_the_headline_under_a_related_label_between_paragraphs_goes(label, link):
    """A link's label alone on its line, and the other story's headline under it: both
    go, though the headline alone would pass for a subheading."""
    reasons = removed_reasons(page(label, link))
    assert reasons[link] == f"the link under {reasons[label].removeprefix('phrase list: ')}"
    assert clean_text(page(label, link)).body == PARAS


def test_a_subheading_under_a_label_with_its_link_on_the_same_line_stays():
    """ "Lire aussi : <headline>" holds its own link: the line under it is the article's."""
    text = page("Lire aussi : À Brest, les ferries passent à l’hydrogène", "What the engineers found")
    assert "What the engineers found" in clean_text(text).body


@pytest.mark.parametrize("counter", ["Image 1 of 4", "Bild 2 von 10", "Photo 3/12", "1 sur 5"])
def test_a_gallerys_counter_between_paragraphs_goes(counter):
    assert removed_reasons(page(counter))[counter] == "a gallery's counter"
    assert clean_text(page(counter)).body == PARAS


def test_a_teaser_a_ranked_list_prints_again_under_the_article_goes():
    teaser = "Storm closes coast road for second day"
    text = page(teaser, tail=("Most popular", f"1 {teaser}", "2 Council approves new harbour wall"))
    assert teaser not in clean_text(text).body
    assert clean_text(text).body == PARAS


def test_a_long_stretch_of_short_lines_with_chrome_under_the_article_ends_it():
    """Under the article, a footer's stretch of short lines (share buttons, a comments
    prompt, links) and then another story's paragraphs, more than half the article's
    words: the article ends above the stretch. Without chrome in it, the stretch is a list
    of the article's own, and what follows stays."""
    article = [_paragraph(n, 60) for n in range(5)]
    other = [_paragraph(10 + n) for n in range(3)]
    footer = ["Share this article", "Comments", "Previous post", "Next post", "Topics",
              "Harbours", "Ferries", "Tides", "Boats", "Piers", "Fishing", "Weather"]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *article,
                         *footer, *other])  # fmt: skip
    assert clean_text(text).body == article
    plain = [f"Item {n}" for n in range(1, 13)]  # no line of it chrome
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *article,
                         *plain, *other])  # fmt: skip
    assert clean_text(text).body[-len(other) :] == other


@pytest.mark.parametrize("intro", ["The pier's open days this summer:", None])
def test_a_list_the_article_announces_at_its_end_is_the_articles(intro):
    """A short line (or the last paragraph) ending with a colon, then items of one shape
    ("June 9 -- Old Pier, Harbourline"): the list goes on to its last item; the footer
    under it stays out."""
    items = [f"June {d} -- Old Pier Open Day, Harbourline" for d in (9, 10, 14, 17)]
    last = PARAS[3][:-1] + (":" if intro is None else ".")
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021",
                         *PARAS[:3], last, *([intro] if intro else []), *items,
                         "Share this article", "© 2024 Harbourline News"])
    body = clean_text(text).body
    assert body[-len(items):] == items
    assert "© 2024 Harbourline News" not in body


def test_a_list_under_a_heading_that_names_the_story_closes_the_article():
    """No colon, but a heading whose words the article keeps using ("Old Ferry Pier Open
    Days"): its items of one shape are the article's; a list of other stories under a
    heading that names none of it goes."""
    items = [f"June {d}: Old Pier Open Day, Harbourline" for d in (9, 10, 14, 17)]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *PARAS,
                         "Ferry Pier Open Days", *items, "Share this article"])
    assert clean_text(text).body[-len(items):] == items
    teasers = [f"Lifeboat crew {n}: the rescue that changed the whole town" for n in "ABCD"]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *PARAS,
                         "More From Our Newsroom", *teasers, "Share this article"])
    assert not set(teasers) & set(clean_text(text).body)


def test_items_of_a_list_a_colon_announces_stay_however_headline_like():
    """Items as long as a teaser's headline stay while they keep the announced item's
    shape (the same mark between their parts); a teaser after the list still goes."""
    items = ("Path A: Harbourline, Eastgate, Old Quay and the North Pier",
             "Path B: Westfield, Saltmarsh, the Ferry Steps and Long Strand",
             "Path C: Kiln Row, Netmakers Lane, Chapel Hill and the Lido")
    teaser = "Lifeboat crew honoured for dramatic winter rescue off Eastgate"
    e = clean_text(page("The repairs will follow three paths:", *items, teaser))
    assert all(item in e.body for item in items)
    assert teaser not in e.body


def test_plain_items_a_colon_announces_stay_whatever_their_length():
    """Capitalised items with no mark between their parts, one as long as a teaser's
    headline, and a table's rows: the list goes on while its items keep one shape, and the
    article after it."""
    items = ("A first crossing at six in the morning, an hour earlier than before",
             "Free travel for children on the school run", "A freight service twice a week",
             "Bicycles carried at no charge")
    rows = ("Month Passengers Crossings", "October 4,120 62", "November 3,870 60")
    body = clean_text(page("The main changes were:", *items, PARAS[2],
                           "The cooperative also published its figures for the year:",
                           *rows)).body  # fmt: skip
    assert all(line in body for line in items + rows)


def test_a_numbered_or_bulleted_item_as_long_as_a_headline_stays():
    """"4. Put the old railings back before the summer season starts" between paragraphs
    reads like a teaser's headline; its number says it is one of the article's items."""
    items = ("1. Repair the deck boards the winter storms lifted last year",
             "● Paint the kiosk in the colours the harbour board chose")
    teaser = "Lifeboat crew honoured for dramatic winter rescue off Eastgate"
    body = clean_text(page(items[0], PARAS[2], items[1], teaser)).body
    assert all(item in body for item in items)
    assert teaser not in body


def test_glued_sentences_mark_scraped_ui_text():
    glued = "You must be signed in to vote on this poll to see its resultsSign in with your account"
    assert "glued" in removed_reasons(page(tail=(glued,)))[glued]


@pytest.mark.parametrize("byline", ["byAna Lopes", "vonAna Lopes 31.10.2023"])
def test_a_byline_whose_prefix_the_paste_glued_is_no_scraped_ui(byline):
    text = "\n\n".join(["Old ferry pier to stay open", byline, *PARAS])
    got = clean_text(text)
    assert got.authors == ["Ana Lopes"]
    assert byline not in removed_reasons(text)


def test_lines_repeated_across_the_collection_are_boilerplate():
    shared = "Support independent journalism with a small monthly gift to our newsroom today"
    others = [
        f"Story {i}\n\nSome text of story number {i} that is long enough to count as prose.\n\n{shared}"
        for i in range(5)
    ]
    text = page(tail=(shared,))
    context = CleanContext.from_texts([*others, text])
    assert "repeated in 6 of 6" in removed_reasons(text, context)[shared]


COOKIES = ["This website uses cookies to improve your experience while you navigate it.",
           "Necessary cookies are essential for the website to function properly at all."]
OTHER = ["The council voted to close the library branch on Elm Street by the end of June.",
         "Readers who use the branch every week said they would miss its reading room."]


def test_a_notice_another_article_of_a_mixed_collection_prints_too_is_the_sites():
    """Two pages of one site among many from other sites (no line in 30 % of them): the
    cookie notice both print under their articles goes, each article stays whole."""
    notice = ("Privacy Overview", COOKIES[0], "Necessary", COOKIES[1])
    ours = page(tail=("Share this article", *notice))
    theirs = "\n\n".join(["Library branch to close", "By Jo Lee", *OTHER, "Share", *notice])
    elsewhere = [f"Story {i}\n\nSome text of story number {i}, long enough to count as prose."
                 for i in range(8)]
    context = CleanContext.from_texts([ours, theirs, *elsewhere])
    for text, own in ((ours, PARAS), (theirs, OTHER)):
        got = clean_text(text, context)
        assert got.body == own
        assert "print too" in {r.text: r.reason for r in got.removed}[COOKIES[0]]


def test_paragraphs_another_page_prints_too_stay_beside_the_articles_own():
    """A story another site syndicated, with a paragraph more: the shared paragraphs run on
    into this page's own, so they are its article; the shorter copy, with no paragraph of
    its own, is left whole to the copies check."""
    longer = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", *PARAS, OTHER[0]])
    shorter = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", *PARAS])
    context = CleanContext.from_texts([longer, shorter])
    assert clean_text(longer, context).body == [*PARAS, OTHER[0]]
    assert clean_text(shorter, context).body == PARAS


def test_a_short_line_seen_once_is_not_dropped_for_being_short():
    e = clean_text(page("It worked."))
    assert "It worked." in e.body


def test_phrase_lists_in_several_languages():
    for prompt in ("Lesen Sie auch", "Lire aussi", "Leia também", "Leggi anche", "Lee también"):
        assert "phrase list" in removed_reasons(page(prompt))[prompt]


@pytest.mark.parametrize("label", ["Reklama", "Annons", "Mainos", "Hirdetés", "Publicitate",
                                   "Czytaj także", "Läs också", "İLGİLİ HABERLER", "Diskuse (12)"])
def test_the_commonest_labels_of_languages_with_short_lists(label):
    """Nine languages have their adverts', links' and comments' labels only ("İLGİLİ" folds
    to "ilgili", the dot over its "i" dropped)."""
    assert "phrase list" in removed_reasons(page(label))[label]


@pytest.mark.parametrize("label", ["Werbung", "Meistgelesen", "Les plus lus", "Lo más leído",
                                   "I più letti", "Mais lidas", "Continue reading"])
def test_the_english_lists_labels_have_their_peers_in_each_language(label):
    assert "phrase list" in removed_reasons(page(label))[label]


@pytest.mark.parametrize("line", ["Salva questo articolo e leggilo quando vuoi.", "Artikel merken",
                                  "Report an error", "Sie haben einen Fehler gefunden?",
                                  "Signaler une erreur", "Meld een fout", "Next story",
                                  "Article suivant", "Nächster Artikel"])
def test_prompts_to_save_the_article_report_a_mistake_or_go_on_are_chrome(line):
    assert phrase_list().match(line, len(line.split())) is not None
    assert phrase_list().match("The error that sank the ferry", 6) is None


@pytest.mark.parametrize("line", [
    "Een versie van dit artikel verscheen ook in NRC Handelsblad van 4 maart 2025.",
    "Dieser Artikel erschien in der gedruckten Ausgabe vom 4. März 2025.",
    "Gostaria de receber notificações?", "Leestijd 2 minuten", "4.5 out of 5 stars",
    "Bewertung: 4 von 5 Sternen",
    "Os comentários a este artigo são exclusivos para assinantes.",
])  # fmt: skip
def test_print_notes_ratings_and_prompts_are_chrome(line):
    assert phrase_list().match(line, len(line.split())) is not None


@pytest.mark.parametrize("button", ["Accept all", "Reject all", "Alle akzeptieren",
                                    "Tout refuser", "Aceptar todo", "Accetta e chiudi",
                                    "Aceitar todos", "Alles accepteren", "Cookie settings"])
def test_a_cookie_banners_buttons_are_chrome_in_each_language(button):
    assert phrase_list().match(button, len(button.split())) is not None
    assert phrase_list().match("Accept all the help you can get", 7) is None


@pytest.mark.parametrize("button", ["Ascolta l'articolo", "Artikel anhören", "Écouter cet article",
                                    "Ouvir o texto", "Escuchar", "Voorlezen"])
def test_a_listen_button_is_chrome_in_each_language(button):
    assert phrase_list().match(button, len(button.split())) is not None
    assert phrase_list().match("Ouvir o mar à noite", 5) is None


@pytest.mark.parametrize("button", ["Facebook", "Twitter", "WhatsApp", "Flipboard", "RSS"])
def test_a_share_buttons_network_alone_on_its_line_is_chrome(button):
    assert "phrase list" in removed_reasons(page(button))[button]
    assert phrase_list().match("Twitter sues over the ferry ad ban", 7) is None


@pytest.mark.parametrize("line", ["Lecture 3 min.", "5 min de lecture", "Lectura: 3 min",
                                  "4 min de leitura", "Tempo di lettura: 4 minuti", "3 min",
                                  "4 Min."])
def test_a_reading_time_is_chrome_in_each_language(line):
    assert phrase_list().match(line, len(line.split())) is not None
    assert phrase_list().match("La lecture des Misérables", 4) is None


@pytest.mark.parametrize("note", [
    "Appeared in the March 3, 2024, print edition as 'Islanders Run Their Own Ferry'.",
    "A version of this article appears in print on March 3, 2024, on Page A7 of the New York"
    " edition with the headline: Islanders Run Their Own Ferry. Order Reprints | Today's Paper",
])
def test_a_note_on_where_the_article_ran_in_print_is_chrome(note):
    assert "phrase list" in removed_reasons(page(tail=(note,)))[note]
    assert phrase_list().match("The printers ran the first edition overnight.", 7) is None


@pytest.mark.parametrize("prompt", [
    "Please enable JavaScript to see the comments.",
    "Die Seite funktioniert am besten, wenn JavaScript aktiviert ist.",
    "Our biggest stories, delivered to your inbox.",
])
def test_a_prompt_to_turn_on_javascript_or_sign_up_is_chrome(prompt):
    assert "phrase list" in removed_reasons(page(head=(prompt,)))[prompt]


def test_a_page_without_chrome_comes_out_unchanged():
    e = clean_text(page())
    assert e.title == "Old ferry pier to stay open"
    assert e.author == "Ana Lopes" and e.date.iso() == "2021-05-03"
    assert e.body == PARAS and e.removed == []


def test_every_removed_line_has_a_reason_and_a_line_number():
    text = page("Share", head=("Menu",), tail=("Comments",))
    lines = text.split("\n")
    for r in clean_text(text).removed:
        assert r.reason and lines[r.number - 1] == r.text


def test_widget_text_printed_inside_and_outside_the_body_is_ui():
    text = page("Type your email…", tail=("Type your email…", "Subscribe"))
    reasons = [r.reason for r in clean_text(text).removed if r.text == "Type your email…"]
    assert reasons == ["also printed outside the article (UI text)", "below the article"]
    assert "Type your email…" not in clean_text(text).body


def test_a_second_copy_of_the_headline_or_a_pull_quote_is_removed():
    assert "Old ferry pier to stay open" not in clean_text(page("Old ferry pier to stay open")).body
    quote = "“We would rather mend the old pier than build a new one,” the chair of the commission said."
    e = clean_text(page(quote, quote))
    assert e.body.count(quote) == 1
    assert removed_reasons(page(quote, quote))[quote] == "repeats an earlier line"


def test_list_items_and_lines_announced_by_a_colon_stay():
    items = ("Repair the deck", "Replace the railings", "Paint the kiosk")
    e = clean_text(page("The engineers listed three jobs:", *items))
    assert all(item in e.body for item in items)


def test_a_prompt_that_starts_a_later_sentence_of_a_short_paragraph_is_chrome():
    promo = (
        "There's plenty more where that came from. Sign up for The Morning Brief today "
        "to get the best stories of the day delivered to your inbox before work."
    )
    assert "sign up for" in removed_reasons(page(tail=(promo,)))[promo]
    prose = (
        "Commissioners said the vote was close. Sign-ups for the public hearing opened "
        "on Monday, and more than two hundred residents have registered to speak."
    )
    assert prose in clean_text(page(prose)).body


def test_wire_credits_closing_a_story_are_metadata_not_text():
    credits = (
        "(Reporting by Ana Lopes; editing by Tom Brown)",
        "Additional reporting by Sam Reed",
        "Kim Park contributed reporting from the harbour office.",
    )
    e = clean_text(page(tail=credits))
    assert e.body == PARAS
    assert all("phrase list" in removed_reasons(page(tail=credits))[c] for c in credits)


def test_phrases_match_whatever_apostrophes_and_quotes_a_site_prints():
    from sitegen.clean.phrases import phrase_list

    phrases = phrase_list(("fr", "en"))
    assert phrases.match("S’abonner", 1) == phrases.match("S'abonner", 1) == "s'abonner"
    assert phrases.match("S\u02bcabonner", 1) == "s'abonner"


def test_a_masthead_date_of_the_day_is_not_the_articles():
    from sitegen.clean import clean_text

    page = "\n".join([
        "The Harbour Courier", "Wednesday, November 20, 2019", "Home", "News", "Sport",
        "Business", "Opinion", "Culture", "Travel", "Sign in",
        "Ferry returns to the island after two years",
        "By Ana Lopes", "Nov. 19, 2019 8:03 am ET",
        *[f"Paragraph {n}: the council approved the plan and residents welcomed the decision "
          "after a long debate in the chamber on Tuesday evening." for n in range(6)],
    ])  # fmt: skip
    found = clean_text(page)
    assert found.title == "Ferry returns to the island after two years"
    assert found.front_matter()["date"].date().isoformat() == "2019-11-19"


def _page(*head: str) -> str:
    body = [f"Paragraph {n}: the council approved the harbour plan and residents welcomed the "
            "ferry decision after a long debate in the chamber on Tuesday." for n in range(6)]  # fmt: skip
    return "\n".join(["Home", "News", "Sport", "Business", *head, *body])


def test_a_headline_with_today_in_it_is_no_date():
    from sitegen.clean import clean_text

    found = clean_text(_page("Ten things about the harbour you need to know today",
                             "Charlie Wood", "19.11.2019, 08:57"))  # fmt: skip
    assert found.title == "Ten things about the harbour you need to know today"
    assert found.authors == ["Charlie Wood"]


def test_labels_and_breadcrumbs_between_headline_and_byline_are_skipped():
    from sitegen.clean import clean_text

    for label in ("REUTERS", "Blog > Harbour > Ferry News"):
        found = clean_text(_page("Council backs the harbour ferry plan", label, "19 NOV 2019"))
        assert found.title == "Council backs the harbour ferry plan", label


def test_the_headline_is_the_line_the_lede_speaks_of():
    from sitegen.clean import clean_text

    found = clean_text(_page("Harbour ferry plan approved by the council", "Photo gallery",
                             "Watch live", "By Ana Lopes", "19 November 2019"))  # fmt: skip
    assert found.title == "Harbour ferry plan approved by the council"


def test_a_bare_name_under_the_headline_is_the_author_even_when_the_article_names_her():
    """No "By", no date: share buttons between headline and name, and the writer introduces
    herself in the first paragraphs (their words repeat the name more than the headline)."""
    from sitegen.clean import clean_text

    body = ["My name is Ana Lopes and I have covered the harbour council for ten years.",
            *(f"Paragraph {n}: the council approved the harbour ferry plan after a long "
              "debate, and residents welcomed the decision on Tuesday." for n in range(5))]
    found = clean_text("\n".join(["Home", "News", "Harbour Ferry Plan: Why the Council Said Yes",
                                   "12 Shares", "Share", "Tweet", "Email", "Ana Lopes", *body]))
    assert found.title == "Harbour Ferry Plan: Why the Council Said Yes"
    assert found.authors == ["Ana Lopes"]


@pytest.mark.parametrize("role", ["Senior Reporter", "Chief Political Correspondent"])
def test_a_bare_name_over_a_role_line_over_the_date_is_the_author(role):
    """No "By": the name, the person's role on a line of its own, then the date."""
    found = clean_text("\n".join(["Home", "News", "Old ferry pier to stay open", "Ana Lopes",
                                    role, "Published: 05:00 BST, 3 June 2024", *PARAS]))
    assert found.authors == ["Ana Lopes"]
    assert role not in found.body and found.title == "Old ferry pier to stay open"


def test_a_bare_name_a_button_above_the_date_is_the_author():
    found = clean_text("\n".join(["Sign in", "Old ferry pier to stay open", "Ana Lopes",
                                    "Follow", "Oct 18, 2019 · 8 min read", *PARAS]))
    assert found.authors == ["Ana Lopes"] and str(found.date.value) == "2019-10-18"


def test_the_name_over_an_authors_note_under_the_article_is_the_author():
    """No byline at the top; under the article, a box: the name, and a note that says who
    she is. A note about the article's subject, higher in the article, names no author."""
    box = ["About the author", "Ana Lopes is a reporter who has covered the harbour for "
           "the paper since 2010 and lives in the old town.", "Most read", "Ana Lopes"]
    found = clean_text("\n".join(["Home", "Old ferry pier to stay open", *PARAS, *box]))
    assert found.authors == ["Ana Lopes"]
    subject = ["Ana Lopes is a ferry captain who has sailed from the pier for thirty years "
               "and says the town needs it.", *PARAS]
    found = clean_text("\n".join(["Home", "Old ferry pier to stay open", *subject,
                                   "Related", "Ana Lopes"]))  # fmt: skip
    assert found.authors == []


def test_the_bylines_name_alone_under_the_article_opens_its_author_box():
    """"Ana Lopes" alone under the last paragraph, over a line about her and whatever the
    site prints next: the body ends at the name."""
    box = ["Ana Lopes", "Grew up above her grandfather's chandlery and has written about "
           "boats and the people who mend them ever since, mostly for free.",
           "Our newsletter brings the harbour's week to your inbox every Friday morning."]
    found = clean_text(page(tail=tuple(box)))
    assert found.authors == ["Ana Lopes"]
    assert found.body[-1] == PARAS[3]


def test_teaser_cards_under_a_label_of_their_own_end_the_article():
    """A label, then cards of a headline over one short summary each: other stories."""
    cards = [("Lifeboat crew honoured for winter rescue",
              "The crew brought six fishermen home through a force nine gale in January."),
             ("Kiosk on the quay to reopen in spring",
              "A local family has taken the lease and plans to sell coffee and bait."),
             ("Harbour school wins sailing trophy again",
              "Pupils beat twelve other schools in the regatta for the third year running.")]
    lines = ["The editors recommend", *(line for card in cards for line in card)]
    body = clean_text(page(tail=tuple(lines))).body
    assert body[-1] == PARAS[3]
    assert not {summary for _, summary in cards} & set(body)


def test_teaser_cards_with_more_of_the_page_under_them_end_the_article_too():
    """Cards of a headline and a date over a summary each, under a label, and then more of
    the page (a weather box, a call for photographs): the cards end the article all the same. An article's own
    list of one heading over each paragraph (a wine's name over its description) stays."""
    cards = [("Lifeboat crew honoured for winter rescue", "14 January",
              "The crew brought six fishermen home through a force nine gale in January and "
              "the harbour held a dinner for them on Saturday night."),
             ("Kiosk on the quay to reopen in spring", "13 January",
              "A local family has taken the lease and plans to sell coffee, bait and the "
              "morning papers to the early ferry from March."),
             ("Harbour school wins sailing trophy again", "13 January",
              "Pupils beat twelve other schools in the regatta for the third year running "
              "and will defend the cup in the summer on home water.")]
    after = ["Weather", "Halden 4°C, rain", "High water 14:02",
             "Our readers' photographs of the storm over the harbour and the islands this "
             "week, sent in from Halden, the quay and the lighthouse on the point, in pictures",
             "Send us yours with the form below and we will print the best of them in the "
             "Saturday paper next week, with your name if you want it there.",
             "Share yours"]
    lines = ["More from the harbour", *(line for card in cards for line in card), *after]
    body = clean_text(page(tail=tuple(lines))).body
    assert body[-1] == PARAS[3]
    assert not {summary for *_, summary in cards} & set(body)
    wines = [(name, f"{text} The grapes come from old vines on the steep slopes above the "
                    "town and are picked by hand in the first weeks of October.")
             for name, text in (("Classico Kandlerhof 2020", "A wine of soft fruit."),
                                ("Classico Huck am Bach 2020", "A favourite for good reason."),
                                ("Classico Glögglhof 2020", "Made in the old style."))]
    listed = ["Three wines to try", *(line for wine in wines for line in wine)]
    body = clean_text(page(tail=tuple(listed))).body
    assert {text for _, text in wines} <= set(body)


def test_a_ticker_of_the_latest_stories_each_under_its_time_ends_the_article():
    """Under the ticker, the site's other stories with their summaries: no more article."""
    ticker = ["Latest sport", "11:50", "Marksman wins his first Grand Prix gold",
              "09:55", "Village club lures the professionals north for a friendly",
              "09:34", "Midfielder returns to the island after two seasons abroad"]
    stories = ["Cycling", "Not only the football federation has weeks of mistakes to work through "
               "after a season in which the board, the coaches and the players all fell out.",
               "Analysis", "The rider wants to show himself at the Tour de Suisse and says that he "
               "has not been in such good form for a very long time, after a winter of work."]  # fmt: skip
    found = clean_text(page(tail=(*ticker, *stories)))
    assert found.body[-1] == PARAS[3]


def test_a_ranking_of_stories_each_over_its_date_ends_the_article():
    """Under the article, the site's most read: headline, date, count of readers, over
    and over. A date alone on a line, three times a few lines apart, each under a line of
    its own: a list of teasers, as the times of a ticker are. Not a table's column of
    dates, nor related stories set inside the article, which runs on past them."""
    from sitegen.clean.document import Document
    from sitegen.clean.signals import teasers

    ranking = ["Ranking", "Ferry fares to rise by a fifth from June", "2022.08.09 22:00",
               "12,595", "Harbour wall repairs to start after the storm", "2022.08.10 13:15",
               "22,189", "Lifeboat crew honoured for the night rescue", "2022.08.09 21:00",
               "16,177"]  # fmt: skip

    def body_end(*middle: str, tail: tuple[str, ...] = ()) -> str:
        doc = Document.from_text("\n".join([PARAS[0], *middle, *PARAS[1:], *tail]))
        doc.end = len(doc.lines)  # the main block took it all in
        teasers.rule(doc)
        return doc.lines[doc.end - 1].text

    assert body_end(tail=tuple(ranking)) == PARAS[3]
    releases = ["Release Date", "4.2.3 April 2014", "4.2.4 May 2014", "4.3 July 2014"]
    assert body_end(tail=tuple(releases)) == releases[-1]
    assert body_end(*ranking[1:]) == PARAS[3]  # inside the article: the rules between
    # paragraphs take it out


def test_a_live_blogs_entries_under_their_times_stay():
    entries = ["18:05", "The first ferry of the evening left the pier with forty passengers on board.",
               "18:20", "Engineers walked the length of the pier and found two more cracked piles.",
               "18:41", "The commission has adjourned and will meet again on Thursday morning."]  # fmt: skip
    body = clean_text(page(tail=tuple(entries))).body
    assert body[-1] == entries[-1]


def test_a_video_players_durations_and_dates_between_paragraphs_end_nothing():
    """Clip lengths ("00:50") and when the clips went up ("Yesterday 1:55PM") are times of
    two kinds: no list of teasers each under its time."""
    player = ["Watch", "The harbour ferry's last crossing | Island Life", "00:50",
              "Now playing", "Lifeboat crew honoured", "Yesterday 1:55PM", "01:40",
              "Now playing", "Kiosk on the quay reopens", "Yesterday 1:14PM"]
    first, later = [_paragraph(n, 60) for n in range(4)], [_paragraph(10), _paragraph(11)]
    text = "\n\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *first,
                         *player, *later])  # fmt: skip
    assert set(first + later) <= set(clean_text(text).body)


def test_a_comment_thread_under_the_article_goes():
    from sitegen.clean import clean_text

    thread = []
    for n, who in enumerate(["joetoronto", "theprocess12", "v2787", "margo"]):
        thread += [f"{who} says:", f"November 19, 2019 at 7:0{n} am",
                   f"Comment {n}: the council never listens to anyone who lives on the island."]  # fmt: skip
    found = clean_text(_page("Council backs the harbour ferry plan", "By Ana Lopes",
                             "19 November 2019") + "\n" + "\n".join(thread))  # fmt: skip
    assert found.body[-1].startswith("Paragraph 5")
    assert not any("says:" in text or "Comment" in text for text in found.body)
    reasons = {r.reason for r in found.removed if "says:" in r.text}
    assert reasons == {"a comment thread: names and dates repeating"}


def test_a_thread_of_two_comments_each_with_its_reply_button_goes():
    """Two comments are a thread where each has the same button under it ("Reply"); two
    dated lines of the article's own, each signed, without one, stay."""
    from sitegen.clean import clean_text

    def thread(button: str) -> list[str]:
        found = []
        for n, who in enumerate(["John Smith", "Mary Jones"]):
            found += [f"{who} says:", f"November 19, 2019 at 7:0{n} am",
                      f"Comment {n}: the council never listens to anyone who lives on the "
                      "island, and the ferry plan shows it once more.", *button]  # fmt: skip
        return found

    page = _page("Council backs the harbour ferry plan", "By Ana Lopes", "19 November 2019")
    found = clean_text(page + "\n" + "\n".join(thread(["Reply"])))
    assert found.body[-1].startswith("Paragraph 5")
    assert clean_text(page + "\n" + "\n".join(thread([]))).body[-1].startswith("Comment 1")


def test_teasers_each_with_author_and_date_go_from_the_first_whatever_its_names():
    """The thread's beat (headline, author, date, summary) runs back to its first card,
    whose author line names four people, too many to read alone as signing it."""
    cards = [("Carlos Ghosn and the dark side of justice", "Anthony, Maya, Nadine, and Caroline Ghosn"),
             ("What made the film so popular?", "Madeline Fry"),
             ("Senators descend on the capital tonight", "David Perdue"),
             ("A report on child poverty falls apart", "Becket Adams")]  # fmt: skip
    lines = ["More from the Examiner"]
    for n, (headline, author) in enumerate(cards):
        lines += [headline, author, f"Wednesday November {20 - n}, 2019",
                  "A summary of the story sits under every card and reads like a sentence."]
    found = clean_text(_page("Council backs the harbour ferry plan", "By Ana Lopes",
                             "19 November 2019") + "\n" + "\n".join(lines))  # fmt: skip
    assert found.body[-1].startswith("Paragraph 5")


def test_a_comment_thread_with_name_and_date_on_one_line_goes_but_dated_fields_stay():
    """"Alex on September 17, 2018 at 6:34 am said:" signs a comment as a name line above
    its date does; "Entries close: 3 November 2019" is a field of the article's."""
    thread = []
    for n, who in enumerate(["Milan Griffes", "Catherine (GiveWell)", "Alex", "Gary M"]):
        thread += [f"{who} on September 1{n}, 2018 at 4:4{n} pm said:",
                   f"Comment {n}: the council never listens to anyone who lives on the island."]  # fmt: skip
    head = ("Council backs the harbour ferry plan", "By Ana Lopes", "19 November 2019")
    found = clean_text(_page(*head) + "\n" + "\n".join(thread))
    assert found.body[-1].startswith("Paragraph 5")
    fields = [f"Entries close: {n} November 2019" for n in range(3, 7)]
    kept = clean_text(_page(*head) + "\n" + "\n".join(
        x for n, field in enumerate(fields) for x in (field, f"Draw {n} is open to islanders.")))
    assert not any("comment thread" in r.reason for r in kept.removed)


def test_a_list_of_teasers_with_their_times_under_the_article_goes():
    from sitegen.clean import clean_text

    teasers = ["More in Island News"]
    for n, when in enumerate(["32M ago", "1H ago", "2 hours ago", "14H ago"]):
        teasers += [f"Teaser {n}: the mainland council is to vote on the bridge again next week.",
                    when]  # fmt: skip
    found = clean_text(_page("Council backs the harbour ferry plan", "By Ana Lopes",
                             "19 November 2019") + "\n" + "\n".join(teasers))  # fmt: skip
    assert found.body[-1].startswith("Paragraph 5")
    reasons = {r.reason for r in found.removed if r.text.startswith("Teaser")}
    assert reasons == {"a list of teasers, each with its time"}


def test_a_list_of_long_teasers_with_their_times_over_the_article_is_no_part_of_it():
    from sitegen.clean import clean_text

    most_read = ["Most Read"]
    for n, when in enumerate(["World / 5 h ago", "Sport / 7 h ago", "Business / 6 h ago",
                              "World / 10 h ago", "Island / 4 h ago"]):  # fmt: skip
        most_read += [when, f"Teaser {n}: the mainland council is to vote on the new bridge "
                            "again next week, and the harbour board on its own ferry plan"]
    found = clean_text("\n".join(most_read) + "\n" + _page(
        "Council backs the harbour ferry plan", "By Ana Lopes", "19 November 2019"))
    assert found.title == "Council backs the harbour ferry plan"
    assert found.body[0].startswith("Paragraph 0")


def test_a_live_blog_with_times_ago_keeps_its_entries():
    from sitegen.clean import clean_text

    entries = []
    for n, when in enumerate(["5M ago", "20M ago", "1H ago", "2H ago"]):
        entries += [when] + [f"Update {n}.{k}: the ferry left the harbour again and the council "
                             "met at noon to talk about the timetable." for k in range(4)]  # fmt: skip
    found = clean_text(_page("Live: the harbour ferry returns", "By Ana Lopes",
                             "19 November 2019") + "\n" + "\n".join(entries))  # fmt: skip
    assert found.body[-1].startswith("Update 3.3")


def test_an_article_that_quotes_two_dates_keeps_them():
    from sitegen.clean import clean_text

    timeline = ["March 3, 2019", "The first ferry ran again after the storm damaged the old pier badly.",
                "April 9, 2019", "The council voted to rebuild the pier with money from the national fund."]  # fmt: skip
    found = clean_text(_page("Council backs the harbour ferry plan", "By Ana Lopes",
                             "19 November 2019") + "\n" + "\n".join(timeline))  # fmt: skip
    assert found.body[-1].startswith("The council voted to rebuild")


def test_a_live_blogs_timestamps_are_its_text():
    from sitegen.clean import clean_text

    entries = []
    for n in range(4):
        entries += [f"November 19, 2019 at 7:0{n} am",
                    f"Update {n}: the ferry left the harbour again and the council met at noon to talk."]  # fmt: skip
    found = clean_text(_page("Live: the harbour ferry returns", "By Ana Lopes",
                             "19 November 2019") + "\n" + "\n".join(entries))  # fmt: skip
    assert found.body[-1].startswith("Update 3")


@pytest.mark.parametrize(
    ("first", "own"),
    [
        # a trail glued to the headline, which is printed again on a line of its own
        ("Home News Business Harbour board approves the new ferry timetable", True),
        # a kicker in quotes with a colon is the headline's, whatever repeats its end
        ("‘The Medium is the Message’: the Harbour Light Festival returns", False),
    ],
)
def test_the_headline_loses_a_glued_trail_but_keeps_its_kicker(first, own):
    from sitegen.clean import read_lines
    from sitegen.clean.headline_lines import the_headline

    end = " ".join(first.split()[-7:]) if own else "Harbour Light Festival returns"
    doc, _ = read_lines("\n".join([first, "By Ana Lopes", "3 May 2021", *PARAS, end]))
    taken = the_headline(doc, 0)
    assert doc.lines[taken].text == (end if own else first)


def test_a_credit_between_paragraphs_is_no_subheading():
    """A spaced bar separates a credit's names, not a subheading's words; the long caption
    printed above the credit goes with it."""
    caption = ("Harbour master Ines Calloway, centre in the blue coat, walks the old pier with "
               "the commissioners and two engineers from the county on Tuesday morning before "
               "the meeting at the harbour office, where the fishermen had gathered since dawn")
    credit = "Marta Quillon | Harbour Press | Coastal Images"
    e = clean_text(page(caption, credit))
    assert e.body == PARAS and credit not in [text for _, text in e.blocks]
    assert removed_reasons(page(caption, credit))[caption] == "a picture's caption, above its credit"
    e = clean_text(page("What happens next"))
    assert ("h2", "What happens next") in e.blocks


def test_a_blog_that_prints_its_date_under_the_post_has_that_date():
    long_post = [f"{para[:-1]}, said speaker {n}." for n in range(12) for para in PARAS]
    text = "\n\n".join(["Old ferry pier to stay open", *long_post, "Posted on 3 Oct 2016",
                        "Tags: harbour, ferries"])  # fmt: skip
    e = clean_text(text)
    assert e.date is not None and e.date.iso() == "2016-10-03"
    assert "Posted on 3 Oct 2016" not in e.body


FOOTER = ["Share this page", "Facebook", "Twitter", "Contact us", "Imprint", "Privacy",
          "Accessibility", "Careers", "Newsletter", "Sitemap", "Advertise with us"]


@pytest.mark.parametrize(
    ("under", "day"),
    [
        ([*FOOTER, "Last updated: 28.01.2022"], "2022-01-28"),  # a wiki's footer, labelled
        (["Sa. 13.11.2021", *FOOTER], "2021-11-13"),  # alone, just under the article
        ([*FOOTER, "13.11.2021", "More from the harbour"], "2021-11-13"),  # far under it
    ],
)
def test_a_page_with_no_date_at_its_top_takes_one_printed_below(under, day):
    long_post = [f"{para[:-1]}, said speaker {n}." for n in range(12) for para in PARAS]
    e = clean_text("\n\n".join(["Old ferry pier to stay open", *long_post, *under]))
    assert (e.date.iso() if e.date else None) == day
    far = under[0] != "Sa. 13.11.2021" and "Last updated" not in under[-1]
    assert bool(e.doubts) == far  # a date far from the article is taken, and doubted


def test_headlines_cut_short_with_an_ellipsis_are_teasers_not_the_article():
    """A "most read" rail above the article: section labels and headlines cut at a word
    with "...". A cut line does not end a sentence, so the rail is not taken for prose and
    the article's own headline, byline and date are found below it."""
    sections = ("Local", "Politics", "Sport", "Business", "Health", "Travel")
    rail = []
    for n in range(12):
        rail += [sections[n % 6],
                 f"Council number {n} votes again on the harbour budget as residents wait for a fi..."]
    e = clean_text(page(head=tuple(rail)))
    assert (e.title, e.author, e.body) == ("Old ferry pier to stay open", "Ana Lopes", PARAS)
    assert e.date is not None and e.date.value.isoformat() == "2021-05-03"


@pytest.mark.parametrize(
    ("first", "end"),
    [
        ("Changes in Circulating DNA in Patients With Non-Small Cell Lung Cancer",
         "Non-Small Cell Lung Cancer"),
        ("The harbour board approves the new ferry timetable",
         "harbour board approves the new ferry timetable"),
        ("Keine Spiel-Talstraße zur Bunten Republik Neustadt", "zur Bunten Republik Neustadt"),
        ("Harbour Board And Council Agree On Ferries", "Council Agree On Ferries"),
    ],
)  # fmt: skip
def test_a_headline_keeps_its_start_when_its_end_is_printed_elsewhere(first, end):
    """Only a trail of capitalised section names is cut from a headline's front, not the
    start of a sentence, a function word ("The", "And") nor words before an end that
    starts in lower case, as no headline does."""
    from sitegen.clean import read_lines
    from sitegen.clean.headline_lines import the_headline

    doc, _ = read_lines("\n".join([first, "3 May 2021", *PARAS, end]))
    assert the_headline(doc, 0) == 0


def test_a_headline_cut_short_is_printed_whole_elsewhere():
    """A teaser of the article's own headline, cut with "...", stands for the headline
    printed whole below it."""
    from sitegen.clean import read_lines
    from sitegen.clean.headline_lines import the_headline

    whole = "Harbour board approves the new ferry timetable after a year of talks"
    doc, _ = read_lines("\n".join(["Harbour board approves the new...", "3 May 2021", whole,
                                    *PARAS]))  # fmt: skip
    assert doc.lines[the_headline(doc, 0)].text == whole
    doc, _ = read_lines("\n".join(["Harbour board approves the new...", "3 May 2021", *PARAS]))
    assert the_headline(doc, 0) == 0  # printed nowhere else: the line is what there is


MENU = [  # a shop's mega menu: long lines of links run together, no sentence in them
    "Phones Overview Nova X2 Pro Nova X2 Nova X1 Pro Nova X1 Lite Orbit 7 Orbit 7 Max Orbit 6 "
    "Orbit 6 Mini Kestrel S Kestrel S Plus Kestrel Fold Kestrel Flip Vela 3 Vela 3 Pro",
    "Laptops Overview Aero 14 Aero 16 Aero 14 Pro Slate Book Go Slate Book Pro Slate Book Air "
    "Ridge 15 Ridge 17 Ridge 15 Studio Ridge Creator Pavo X13 Pavo X15 Pavo Flex",
    "Tablets Overview Nova Tab S9 Nova Tab S9 Plus Nova Tab Lite Orbit Pad 11 Orbit Pad Mini "
    "Orbit Pad Pro Kestrel Tab 8 Kestrel Tab 10 Vela Tab Vela Tab Kids Pavo Tab Pavo Tab XL",
    "Watches Overview Nova Watch 6 Nova Watch 6 Classic Orbit Band 3 Orbit Band 3 Pro Kestrel "
    "Watch Kestrel Watch Sport Vela Fit Vela Fit Plus Pavo Watch Pavo Watch Trail Pavo Ring",
]


def test_long_lines_of_links_with_no_sentence_in_them_are_no_article():
    e = clean_text("\n\n".join([*MENU, "Old ferry pier to stay open", "By Ana Lopes",
                                "3 May 2021", *PARAS]))  # fmt: skip
    assert e.body == PARAS
    assert e.title == "Old ferry pier to stay open"
    assert e.authors == ["Ana Lopes"]


def test_a_page_whose_only_date_is_far_from_its_article_takes_the_nearest_printed_alone():
    menu = [f"Section {n}" for n in range(40)]
    text = "\n\n".join(["Older stories", "3 March 2019", *menu[:10], "12 May 2021", *menu,
                        "Old ferry pier to stay open", "By Ana Lopes", *PARAS, "Contact us"])  # fmt: skip
    e = clean_text(text)
    assert e.body == PARAS
    assert str(e.date.value) == "2021-05-12"  # the nearer of the two above the article


def test_a_page_with_no_byline_at_its_top_takes_the_nearest_line_that_says_by():
    long_post = [f"{para[:-1]}, said speaker {n}." for n in range(12) for para in PARAS]
    teasers = ["More from the harbour", "Ferry fares to rise in June", "By Tom Reyes"]
    text = "\n\n".join(["Old ferry pier to stay open", "3 May 2021", *long_post,
                        "By Ana Lopes", *FOOTER, *teasers])  # fmt: skip
    assert clean_text(text).authors == ["Ana Lopes"]


@pytest.mark.parametrize("line", ["Tides / Currents", "Radio/TV", "Photo of the week",
                                  "Image by", "Rock/Pop Charts", "The Big Picture",
                                  "Harbour Press Photo", "Celebrity class photos"])
def test_subheadings_and_labels_with_a_slash_are_no_credits(line):
    """A credit glues a name to its outlet ("Ana Lopes/HarbourNet"); a subheading's slash
    between spaces, a pair of words, or a label with no one after it is no credit."""
    assert not is_credit(line)


@pytest.mark.parametrize(
    "caption",
    [
        ("The old pier at low tide on Monday, its pilings green with weed.", "Ana Lopes/Harbour Press/Coastal Images"),
        ("The old pier at low tide on Monday.", "REUTERS/Ana Lopes"),
        ("The old pier at low tide on Monday.", "Ana Lopes/HarbourNet"),
        ("The old pier at low tide on Monday.", "Ana J. Lopes Submitted photo"),
        ("The old pier at low tide on Monday. (AP)",),
        ("The old pier at low tide on Monday. (HT Photo)",),
        ("The old pier at low tide on Monday. (Harbour Press/Ana Lopes)",),
        ("The pier at low tide (Photo: Ana Lopes)",),
        ("Le vieux quai à marée basse (crédito: Ana Lopes/CP/D.A.Press)",),
        ("The old pier at low tide on Monday. Photo: Ana Lopes/Harbour Press",),
    ],
)
def test_a_pictures_caption_known_by_its_credit_goes(caption):
    """A caption between paragraphs, closed by its picture's credit or printed above a
    credit on its own line, is no paragraph of the article."""
    e = clean_text(page(*caption))
    assert e.body == PARAS
    assert all(removed_reasons(page(*caption))[line].startswith("a picture's") for line in caption)


@pytest.mark.parametrize("credit", ["Photo: Ana J. Lopes", "Image Credit: Harbour Press",
                                    "Photo by Ana J. Lopes", "Foto von Ana Lopes/Hafenbild"])
def test_a_labelled_credit_goes_and_its_caption_only_where_a_gallery_prints_it_twice(credit):
    """ "Photo: Ana J. Lopes" under a paragraph is the credit of a picture with no caption:
    the paragraph stays. Under a caption printed twice (a gallery's copy), both copies go,
    the article's last lines or not. A label of two words ("Image Credit:") or one that
    says whose the picture is ("Photo by", "Foto von": data per language) labels it too."""
    assert clean_text(page(credit)).body == PARAS
    assert removed_reasons(page(credit))[credit] == "a picture's credit"
    caption = "The old pier at low tide on Monday, its pilings green with weed, seen from the quay."
    for text in (page(caption, caption, credit, credit), page(tail=(caption, caption, credit))):
        assert caption not in clean_text(text).body
        assert removed_reasons(text)[caption] == "a picture's caption, above its credit"


@pytest.mark.parametrize(("label", "credit"), [("Photo:", "Harbour Press archive"),
                                             ("Фото:", "личный архив Анны Лопес")])
def test_a_credit_pasted_under_its_label_goes(label, credit):
    """A figure's "Photo:" pasted on a line of its own puts its credit on the next line:
    that line goes too, the paragraphs around it stay."""
    text = page(label, credit)
    assert clean_text(text).body == PARAS
    assert removed_reasons(text)[credit] == "a picture's credit, under its label"
    assert removed_reasons(text)[label] == "a picture's credit's label"


@pytest.mark.parametrize(
    "line",
    [
        "The new law names the two registers that the pier's owners must keep from June, one"
        " of them the Patient Record (PR)",
        "The commission will meet again in June. (The date is not yet fixed.)",
        "Engineers weighed the three designs for the deck that the commission had asked for"
        " in March (see: the engineers' report)",  # a label, but no name after it
        "Integration with the pier's TCP/IP network is planned for June.",
        "She said the repairs would cost less than a marina, and take a year. (Stand: 3 May 2021)",
    ],
)
def test_a_paragraph_with_a_bracket_or_slash_is_no_caption(line):
    assert line in clean_text(page(line)).body


def test_the_last_paragraph_keeps_its_agencys_initials():
    """A wire story's last paragraph may close with the agency's or writer's initials."""
    last = "A final decision is expected next month, after engineers report. (AP)"
    assert clean_text(page(tail=(last,))).body[-1] == last


def test_text_after_a_long_footer_box_is_the_footers_not_the_articles():
    """A run of text under a long stretch of short lines (a newsletter box, social links,
    related links) and smaller than the article is the page's footer; the same text after
    a short widget is kept as the article's (a smaller run is trimmed only below a quarter)."""
    more = [f"Paragraph {n}: the engineers said the pier's timbers were sound below the waterline "
            "and that the deck could be replaced in a single season." for n in range(4)]
    disclaimer = ["The information on this website is not medical advice and results vary with "
                  "effort; consult your physician before you begin any exercise programme.",
                  "Statements on this website have not been evaluated by any agency, and the "
                  "products named are not intended to diagnose, treat or cure any disease.",
                  "Trademarks named on this website belong to their owners, who do not endorse "
                  "this website or any of the products or the programmes that it sells."]
    box = ("Related Articles", "Weight Loss", "Why am I not losing weight", "Weight Loss",
           "Smart swaps", "Facebook", "Pinterest", "Instagram", "Join our newsletter",
           "Facebook", "Pinterest", "Instagram")
    after_box = clean_text(page(*more, tail=(*box, *disclaimer))).body
    assert after_box == [*PARAS[:2], *more, *PARAS[2:]]
    assert disclaimer[0] in clean_text(page(*more, tail=(*box[:3], *disclaimer))).body


@pytest.mark.parametrize("notice", ["© 2021 Harbourline News. All rights reserved.",
                                    "Copyright © Harbourline Media Ltd, Quay Street, Portree",
                                    "Copyright 2020 The Island Press"])  # fmt: skip
def test_nothing_under_the_pages_copyright_notice_is_the_article(notice):
    """A cookie dialog pasted after the footer writes long paragraphs of its own."""
    dialog = ["Privacy Overview",
              "This website uses cookies to improve your experience while you navigate "
              "through the website, and some of them are stored in your browser as they "
              "are essential for the working of basic functionalities of the website.",
              "Necessary Always Enabled",
              "Necessary cookies are absolutely essential for the website to function "
              "properly, and this category only includes cookies that ensure basic "
              "functionalities and security features of the website for every visitor."]
    found = clean_text(page(tail=(notice, *dialog)))
    assert found.body[-1] == PARAS[3]
    assert removed_reasons(page(tail=(notice, *dialog)))[dialog[1]] == (
        "the page's copyright notice and what follows it")


def test_a_cookie_dialog_longer_than_the_article_does_not_keep_the_footer_in_it():
    """Under the notice, a cookie dialog's paragraphs outweigh a short article: the
    footer's promotions between them (sentences of their own) are not the article's."""
    promos = ("Comments", "Post navigation", "Previous Post: Ferry fares rise", "Latest Issue",
              "Harbourline Monthly December 2019, number 162, is out now and on sale!",
              "Read on-line", "Terms and conditions", "Privacy Policy", "Sitemap",
              "Contact editorial", "Advertise", "Listen in", "Stuff to watch",
              "harbourline.co.uk brings the latest ferry news, timetables and reviews to readers "
              "on every island, with reports from each harbour as it happens, and more.")  # fmt: skip
    dialog = [f"Cookie paragraph {n}: this website uses cookies to improve your experience while "
              "you navigate through the website, and some of them are stored in your browser as "
              "they are essential for the working of basic functionalities of the website."
              for n in range(5)]  # fmt: skip
    more = [f"Paragraph {n}: the engineers said the pier's timbers were sound below the waterline "
            "and that the deck could be replaced in a single season." for n in range(3)]
    text = page(*more, tail=(*promos, "© 2019 Harbourline Media Ltd", *dialog))
    assert clean_text(text).body == [*PARAS[:2], *more, *PARAS[2:]]


def test_a_notice_under_a_teaser_above_the_article_does_not_end_it():
    """A notice with its year under a short paragraph above the article (a picture's
    credit under a teaser) is not the page's footer: the article under it stays."""
    teaser = ("Island ferries: the operator says the new timetable starts in spring, with "
              "more crossings on weekdays, later boats on Fridays and a night service to "
              "the mainland through the summer months.")  # fmt: skip
    more = [f"Paragraph {n}: the engineers said the pier's timbers were sound below the waterline "
            "and that the deck could be replaced in a single season." for n in range(6)]
    text = page(*more, head=(teaser, "© 2021 Harbourline Photo Agency"))
    assert clean_text(text).body == [*PARAS[:2], *more, *PARAS[2:]]


def test_a_pictures_credit_between_paragraphs_does_not_end_the_article():
    body = clean_text(page("© Lucy Nicholson", "The pier at dawn, 2019")).body
    assert body[-1] == PARAS[3]


@pytest.mark.parametrize(
    "dateline",
    ["Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.", "May 3, 2021, 6:18 p.m."],
)
def test_a_date_alone_under_the_article_is_its_dateline_not_a_paragraph(dateline):
    e = clean_text(page(tail=(dateline,)))
    assert e.body == PARAS
    assert removed_reasons(page(tail=(dateline,)))[dateline].startswith("a date alone")


def test_a_date_between_paragraphs_is_no_dateline():
    reasons = removed_reasons(page("May 3, 2021, 6:18 p.m."))
    assert not reasons.get("May 3, 2021, 6:18 p.m.", "").startswith("a date alone")


def test_other_stories_headlines_dropped_between_paragraphs_without_a_label_go():
    """Two headlines of other stories between the article's paragraphs, no "Related" over
    them: none of their words is the article's. A subheading that speaks of the article's
    matters, and a longer list, stay."""
    teasers = ("Seafront cafe owner fears summer closure", "Lifeboat crew honoured for winter rescue")
    e = clean_text(page(*teasers))
    assert e.body == PARAS
    assert all("other stories" in removed_reasons(page(*teasers))[t] for t in teasers)
    own = ("What the pier means to the town", "Where the ferry will stop instead")
    assert [t for t in own if t in clean_text(page(*own)).body] != []


def test_a_dutch_last_paragraph_past_a_related_link_stays():
    """The reader's voice is known in Dutch too, so a widget between the last paragraphs
    no longer ends a Dutch article early."""
    text = "\n".join([
        "Veerdienst begint een uur eerder", "Door Anouk de Vries", "3 mei 2024",
        "Het havenbestuur heeft maandag de nieuwe dienstregeling van de veerboot goedgekeurd "
        "na een jaar van klachten van eilandbewoners over gemiste aansluitingen.",
        "Volgens het plan vertrekt de eerste boot om zes uur in de ochtend, een uur eerder "
        "dan nu, en keert de laatste na tien uur terug.",
        "Bewoners zeiden dat ze met de verandering op tijd op het vasteland kunnen zijn voor "
        "hun werk, al maakten sommigen zich zorgen over de kosten.",
        "Lees ook", "Eilandschool blijft open na campagne van ouders",
        "De exploitant, die drie boten op de route heeft, zei dat hij voor de zomer vier "
        "extra bemanningsleden zou aannemen.",
        "Reacties",
    ])  # fmt: skip
    page = clean_text(text)
    assert page.language == "nl"
    assert page.body[-1].startswith("De exploitant")



def test_two_comments_under_their_count_each_with_its_reply_button_are_no_paragraphs():
    """A thread of two comments, each a sentence or two under its writer's name and a
    relative time, with "Reply" under it: the buttons are chrome, so the comments are
    islands of text under the article, not its closing paragraphs."""
    story = [
        "The island's ferry operator will add a fourth daily sailing to the mainland from "
        "January, after a petition signed by more than 1,200 residents.",
        "The new crossing will leave the island at 6.15am, in time for commuters to reach the "
        "mainland's train station before seven.",
        "The operator said the extra sailing would run until the end of March, and that it "
        "would decide in February whether to keep it for the summer.",
        "Councillor Ruth Bell, who organised the petition, said it was \"a good start\".",
    ]
    text = "\n".join(["Ferry operator adds a winter sailing to the mainland", "By Ana Lopes",
                      "3 December 2026", *story, "12 comments", "Sort by: Newest", "Mary K",
                      "2 hours ago", "About time too. I have been driving to the early train "
                      "for years because the first boat was too late.", "Reply", "Tom Fisher",
                      "3 hours ago", "Will they also add a return sailing in the evening? That "
                      "is what we really need on the island.", "Reply",
                      "Load more comments"])  # fmt: skip
    assert clean_text(text).body == story


def test_a_brief_of_one_short_sentence_keeps_it_as_its_body():
    """No line reads as a paragraph: the brief's one sentence is its body, not nothing
    (which would leave the page unbuilt)."""
    found = clean_text("Ferry cancelled\nBy Ana Lopes\n3 Dec 2026\nThe 6.15 sailing is cancelled.\n")
    assert (found.title, found.body) == ("Ferry cancelled", ["The 6.15 sailing is cancelled."])
    assert clean_text("Home\nNews\nSport\n").body == []


def test_paragraphs_past_share_buttons_printed_twice_all_stay():
    """Share buttons after every few paragraphs: the article goes on past each row."""
    short = ["The operator will hire four more crew members before the summer.",
             "The council will review the timetable in a year and publish its figures."]
    buttons = ["Share", "Facebook", "E-mail"]
    text = "\n".join(["Old ferry pier to stay open", "By Ana Lopes", "3 May 2021", *LONG[:3],
                      *buttons, short[0], *buttons, short[1], "© 2024 Island Herald",
                      "Comments"])  # fmt: skip
    assert clean_text(text).body == [*LONG[:3], *short]


def test_a_list_articles_numbered_headings_go_on_past_an_advert():
    """"6. Join the Saturday céilí" under an advert's label, after "5. Watch the storm from
    the pier": the list article's next heading and its paragraphs are the article's, not a
    footer's heading under chrome."""
    items = [(f"{n}. {head}", text) for n, (head, text) in enumerate([
        ("Walk to Dún Aonghasa", "The cliff fort is free in winter and you may have it to "
         "yourself. Bring a coat: the wind off the Atlantic is strong."),
        ("Hire a bicycle", "Two shops stay open all year. The coast road is flat and quiet, "
         "and the views change with every squall."),
        ("Eat at the harbour café", "The café opens at eight and serves chowder until the "
         "last ferry leaves for the mainland."),
        ("Watch the storm from the pier", "Stay behind the wall. Waves break over the pier "
         "head on most winter days."),
        ("Join the Saturday céilí", "The hall fills up by nine, and visitors are welcome to "
         "join the dances."),
        ("Take the early ferry home", "The six o'clock crossing is the calmest of the day, "
         "and the sunrise is worth it."),
    ], start=2)]  # fmt: skip
    lines = ["Island Herald", "Travel", "7 things to do on Inishmore in winter",
             "By Marta Kowalski", "14 January 2025",
             "Most visitors come in summer, but the island has its own winter rhythm. Here "
             "is what to do when the ferry runs only twice a day.",
             "1. Stay in the village", "Three guesthouses stay open, and the pub has rooms "
             "above the bar for anyone who misses the last boat."]  # fmt: skip
    for n, (head, text) in enumerate(items):
        lines += (["Advertisement"] if n == 4 else []) + [head, text]
    body = clean_text("\n".join([*lines, "Read more", "Ten islands to visit this summer"])).body
    assert all(head in body and text in body for head, text in items)


def test_the_article_goes_on_past_buttons_then_a_link_under_its_label():
    """A paragraph under share buttons and over a "Leggi anche" link, then the article's
    last paragraph: no teaser's blurb (a blurb stands under its headline, not under
    buttons), so neither is lost."""
    paragraphs = [
        "Il consiglio del porto ha approvato lunedì i nuovi orari del traghetto, dopo un anno "
        "di proteste degli abitanti dell’isola per le coincidenze perse.",
        "Secondo il piano, la prima corsa partirà alle sei del mattino, un’ora prima di adesso, "
        "e l’ultima tornerà dopo le dieci di sera.",
        "Gli abitanti hanno detto che così potranno arrivare in tempo al lavoro sulla "
        "terraferma, anche se alcuni temono il costo delle corse in più."]  # fmt: skip
    after_buttons = ("La compagnia, che impiega tre navi sulla linea, assumerà altri quattro "
                     "marinai prima della stagione estiva.")  # fmt: skip
    last = ("Il comune rivedrà gli orari tra un anno e pubblicherà ogni mese il numero dei "
            "passeggeri di ogni corsa.")  # fmt: skip
    text = "\n".join(["Sport", "Economia", "Abbonati", "Home",
                      "Il consiglio del porto approva i nuovi orari del traghetto",
                      "La decisione mette fine a un anno di proteste degli abitanti per le "
                      "coincidenze perse", "2 febbraio 2024 (modificato il 3 febbraio 2024 | 09:40)",
                      "Giulia Bianchi e Marco Rossi", *paragraphs, "Condividi", "Facebook",
                      "E-mail", after_buttons, "Leggi anche",
                      "Premiati i soccorritori per un salvataggio invernale", last, "Commenti",
                      "Note legali"])  # fmt: skip
    body = clean_text(text).body
    assert after_buttons in body and last in body
    assert "Premiati i soccorritori per un salvataggio invernale" not in body


def test_plain_lines_under_a_one_word_label_are_no_list_of_the_articles():
    """"Tags:" over the topics, then the links to the posts before and after: a menu under
    a label, not a list the article announces (that takes an introduction of a few words)."""
    links = ("PreviousKia to unveil a city car for the Paris auto show",
             "NextYour questions answered about the ferry company's share offer")
    notice = ("To report corrections and clarifications, contact the standards editor. For "
              "publication consideration in the newspaper, send comments to the letters desk.")
    text = "\n".join(["Home", "Harbour board approves the new ferry timetable", "By Ana Lopes",
                      "2 February 2024", *PARAS, "Tags:", "Ferries Harbour Board", *links,
                      notice])  # fmt: skip
    body = clean_text(text).body
    assert not any(link in body for link in links)


def test_another_storys_headline_under_a_label_the_lists_do_not_know_goes():
    """A label in capitals between paragraphs ("LÄS ÄVEN", Swedish for "read also") over a
    headline none of whose words the article uses: another story's link, in a language the
    phrase lists do not hold."""
    paragraphs = [
        "När säsongens sista färja lämnade ön i oktober trodde ingen på kajen att det skulle "
        "bli den sista för gott. Rederiet hade gått med förlust i sex år.",
        "I november hade öns 840 invånare bildat ett kooperativ. Inom en månad hade de köpt "
        "en begagnad båt från en norsk fjordlinje och anställt två skeppare.",
        "Den första överfarten under den nya flaggan gick den 3 januari. Den var full, och "
        "sedan dess har båten bara stått still fyra dagar under stormar.",
        "Kooperativets bokslut, som presenterades förra veckan, visar ett litet överskott som "
        "ska gå till en reservmotor, säger ordföranden Karin Berg."]  # fmt: skip
    text = "\n".join(["Nyheter", "Öborna köpte en egen färja när rederiet gav upp",
                      "Ingrid Lindqvist", "Publicerad 14 januari 2025 kl. 09.15",
                      *paragraphs[:2], "LÄS ÄVEN", "Ny bro kan kosta tre miljarder",
                      *paragraphs[2:]])  # fmt: skip
    body = clean_text(text).body
    assert "Ny bro kan kosta tre miljarder" not in body
    assert all(p in body for p in paragraphs)
