"""Teaser cards under the article, under a label of their own: "Die Redaktion empfiehlt",
then cards of a headline (a date, a kicker) over one short summary each. The article's
own sections run to paragraphs of their own; a run of cards, each one paragraph under
lines of no text, that a short label opens is a list of other stories. The body ends at
the label."""

from itertools import pairwise

from sitegen.clean.document import Document, Line
from sitegen.clean.printed_dates import parse_printed_date

MIN_CARDS = 3  # cards in the run, the label's own included
CARD_WORDS = 60  # a card's summary, at most
LABEL_WORDS = 5  # the label over the cards
HEADLINE_WORDS = 4  # a card's headline, at least
CARD_LINES = 2  # a card's lines over its summary midway: its headline and a date, a kicker
ARTICLE_FIRST = 3  # paragraphs of the article's own above cards found midway, at least


def rule(doc: Document) -> None:
    lines = doc.lines[doc.start : doc.end]
    text = [i for i, line in enumerate(lines) if _paragraph(doc, line)]
    leads: list[list[Line]] = []  # each card's lines of no text over its summary, lowest first
    for pos in range(len(text) - 1, 0, -1):
        here, above = text[pos], text[pos - 1]
        lead = lines[above + 1 : here]
        if not lead or lines[here].n_words > CARD_WORDS:
            break
        leads.append(lead)
    for top in range(MIN_CARDS - 1, len(leads)):
        label, *first = leads[top]
        cards = [first, *(leads[top - k] for k in range(1, MIN_CARDS))]
        if _label(label) and all(_card(lead, len(first), doc.lang) for lead in cards):
            doc.end_body(label.index, "teaser cards under a label of their own")
            return
    _cards_midway(doc, lines, text)


def _cards_midway(doc: Document, lines: list[Line], text: list[int]) -> None:
    """The same run of cards with more of the page after it (a ranking, a weather box), so
    not at the body's end: looked for from the top, each card's lines as many as the next
    cards' ("1月13日" under one summary, the next headline over the next), the label the
    line over the first card's, under ``ARTICLE_FIRST`` paragraphs of the article at least.
    A card of one line over its paragraph may be the article's own list (a wine's name
    over its description), so cards found midway have ``CARD_LINES`` at least."""
    leads = [lines[above + 1 : here] for above, here in pairwise(text)]
    summaries = [lines[here] for here in text[1:]]
    for pos in range(ARTICLE_FIRST - 1, len(leads) - MIN_CARDS + 1):
        following = leads[pos + 1 : pos + MIN_CARDS]
        size = len(following[0])
        if size < CARD_LINES or any(len(lead) != size for lead in following):
            continue
        if any(line.n_words > CARD_WORDS for line in summaries[pos : pos + MIN_CARDS]):
            continue
        if len(leads[pos]) <= size:
            continue
        label, first = leads[pos][-size - 1], leads[pos][-size:]
        if label.n_words and _label(label) and all(
                _card(lead, size, doc.lang) for lead in [first, *following]):  # fmt: skip
            doc.end_body(label.index, "teaser cards under a label of their own")
            return


def _card(lead: list[Line], size: int, lang: str) -> bool:
    """A card's lines over its summary: as many as the first card's, a headline among them."""
    return len(lead) == size and any(_headline(line, lang) for line in lead)


def _paragraph(doc: Document, line: Line) -> bool:
    return line.prose and not doc.is_chrome(line)


def _headline(line: Line, lang: str) -> bool:
    """Words enough for a headline, no sentence, no date or time ("18:16 (IST), Oct 02"
    over a live blog's entries)."""
    return (line.n_words >= HEADLINE_WORDS and not line.terminal
            and parse_printed_date(line.text, lang) is None)  # fmt: skip


def _label(line: Line) -> bool:
    """A few words that name no sentence and no figure: "Mehr zum Thema", "Die Redaktion
    empfiehlt"."""
    return (line.n_words <= LABEL_WORDS and not line.terminal and not line.text.endswith(":")
            and not any(map(str.isdigit, line.text)))  # fmt: skip
