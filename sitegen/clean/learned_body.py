"""The line model's reading of the body's edges, put over the rules' where it is sure:
where the body starts under its headline group, the chrome between and under its
paragraphs, and the article's own closing lines below the rules' end."""

from __future__ import annotations

from sitegen.clean import line_model
from sitegen.clean.credits import ends_with_credit, is_credit
from sitegen.clean.document import Document, Line
from sitegen.clean.people import is_name
from sitegen.clean.phrases import phrase_list, phrased
from sitegen.clean.signals.closing_list import CLOSING_LIST, LIST_ITEMS, LIST_WORDS, one_shape
from sitegen.clean.signals.headings import numbered_next

CHROME_ODDS = 0.5  # a short line in or under the body the model reads as chrome this likely goes
BODY_BELOW_ODDS = 0.6  # a line under the body's end the model reads as body this likely stays
BELOW_GAP = 2  # lines under it the model reads otherwise ("Print", "Ingredients") skipped
BODY_ODDS = 0.5  # a line the model reads as body at least this likely stays, wherever it is
PARAGRAPH_ODDS, PARAGRAPH_WORDS = 0.2, 15  # ... or this likely, a paragraph of sentences
BUTTONS = 6  # share buttons between the headline group and the first paragraph: at most
IN_HEADLINE_BLOCK = "in the headline block"  # the reason a line under the headline leaves
MOST_OF_BODY = 0.25  # of the body's words, the most the headline block may take from it


def body_after_headline(doc: Document, found: line_model.Labels, headline: int) -> None:
    """The body starts after its headline group: lines the rules kept as body above the
    headline are chrome where the model does not read them as body (a menu pasted as one
    long line), and so are those between the headline and the first line the model reads
    as body (share buttons, the lead picture's caption and credit, a gallery's counters),
    unless they would take a quarter of the body's words: a model unsure of a short page
    does not cut its first paragraphs."""
    start = next((found.first + i for i, label in enumerate(found.best)
                  if label == "body" and found.first + i > headline), None)  # fmt: skip
    if start is None:
        start = next((ln.index for ln in doc.lines[headline + 1 :]
                      if ln.prose and doc.role(ln) == "body"), headline)  # fmt: skip
    read = doc.lines[found.first : min(start, found.first + len(found.probs))]  # the model's
    unread = [ln for ln in read if doc.role(ln) in ("body", "heading")
              and found.odds(ln.index, "body") < BODY_ODDS and not _paragraph(doc, found, ln)]
    below = sum(ln.n_words for ln in unread if ln.index > headline)
    kept = sum(ln.n_words for ln in doc.lines[start:] if doc.role(ln) in ("body", "heading"))
    if below > MOST_OF_BODY * (kept + below):
        unread = [ln for ln in unread if ln.index < headline]
    for line in unread:
        where = "above the headline" if line.index < headline else IN_HEADLINE_BLOCK
        doc.mark(line, "chrome", where)


def _paragraph(doc: Document, found: line_model.Labels, line: Line) -> bool:
    """A paragraph of sentences straight under the headline group (its byline, date or
    standfirst) that the model reads as body at least ``PARAGRAPH_ODDS`` likely, whatever
    label it gave it: a first paragraph alone between the byline and an advert reads to
    the model, unsure of a short page, as neither body nor chrome. Not the lead picture's
    caption: a credit closes it or stands under it ("Photo: Tomasz Wrona"). Share buttons
    between the group and the paragraph are passed over ("Facebook", "Copy link")."""
    above = next((ln for ln in reversed(doc.lines[max(0, line.index - BUTTONS) : line.index])
                  if not doc.is_chrome(ln)), None)  # fmt: skip
    under = doc.lines[line.index + 1].text if line.index + 1 < len(doc.lines) else ""
    return (line.prose and line.terminal and line.n_words >= PARAGRAPH_WORDS
            and above is not None and doc.role(above) in ("meta", "title", "subtitle")
            and found.body_odds(line.index) >= PARAGRAPH_ODDS
            and not ends_with_credit(line.text) and not is_credit(under))  # fmt: skip


def chrome_in_body(doc: Document, found: line_model.Labels) -> None:
    """Short lines the rules kept that the model reads as chrome more likely than not
    (``CHROME_ODDS``): under the article's last paragraph (share buttons, "Back", a
    footer's address, a run of shop teasers taken for a list), and between its paragraphs
    ("Advert", "Image 1 of 4"), where a headline-sized line straight under a widget (a
    caption, an advert's label) is another story's, dropped there without its "Related".
    Prose stays; between paragraphs, so do subheadings under a paragraph and short
    sentences ("Really."), which the model has seen too seldom to know; so does a list the
    article announced (``signals.closing_list``)."""
    body = [found.first + i for i, label in enumerate(found.best) if label == "body"]
    if not body:
        return
    for line in doc.lines[body[0] + 1 : found.first + len(found.probs)]:
        under = line.index > body[-1]
        widget_above = doc.role(doc.lines[line.index - 1]) == "chrome"  # a heading may go
        if (doc.role(line) in (("body", "heading") if under or widget_above else ("body",))
                and not line.prose
                and (under or not line.terminal) and doc.verdicts[line.index].reason != CLOSING_LIST
                and found.odds(line.index, "other") >= CHROME_ODDS
                and not _numbered_on(doc, line)):  # fmt: skip
            doc.mark(line, "chrome", "under the article" if under else "between paragraphs")
    _prompt_under_label(doc, found)


def _numbered_on(doc: Document, line: Line) -> bool:
    """The line goes on the article's numbered items or headings in the body above it
    (``headings.numbered_next``): a list article's next heading, past an advert the model
    reads it as under."""
    above = (x for x in doc.lines[doc.start : line.index] if doc.role(x) in ("body", "heading"))
    return numbered_next(line, above)  # read only where the line is numbered


PROMPT_LINES, PROMPT_WORDS = 2, 20  # a prompt's text under its label: its lines, their words


def _prompt_under_label(doc: Document, found: line_model.Labels) -> None:
    """The body's last lines, under a label the phrase lists know ("Comments", "Join our
    commenting forum"), that the model reads as chrome or that repeat the label's words
    ("Comments are the views of their writers"), and that name nothing the article speaks
    of: the label's prompt ("Join thoughtful conversations with other readers. Log
    in or create an account."), whether or not it says "you". The article's own last
    paragraph, under an advert's label, share buttons or a link's label (the lists' ``|``
    and ``>`` phrases), is the article's; under another label, it uses the story's words
    or runs longer (an item of a list article)."""
    body = [ln for ln in doc.lines if doc.role(ln) == "body"]
    if len(body) <= PROMPT_LINES:
        return
    labels = [ln for ln in doc.lines[body[-PROMPT_LINES - 1].index + 1 : body[-1].index]
              if phrased(doc, ln.index)]
    phrases = phrase_list()
    if not labels or phrases.inline_label(labels[-1].text) or phrases.link_label(labels[-1].text):
        return  # an advert's label, a button, a link's ("Related"): the article goes on
    tail = [ln for ln in body[-PROMPT_LINES:] if ln.index > labels[-1].index]
    story = frozenset().union(*(ln.content_words for ln in body[: len(body) - len(tail)]))
    label = labels[-1].content_words
    if all((found.odds(ln.index, "other") >= CHROME_ODDS or ln.content_words & label)
           and ln.n_words <= PROMPT_WORDS and not ln.content_words & story
           for ln in tail):  # fmt: skip
        for line in tail:
            doc.mark(line, "chrome", "a prompt under its label, below the article")


def body_below(doc: Document, found: line_model.Labels) -> None:
    """The lines under the body's end that the rules left below the article and the model
    reads as body, likely (``BODY_BELOW_ODDS``), past up to ``BELOW_GAP`` lines in a row
    that it does not ("Print", "Ingredients"), none of them a name alone (an author's box:
    "Irene Valdés" / "Escritora y periodista."): the article's own closing list (a tour's
    dates after "... dates:", a recipe's ingredients), which no running text holds."""
    gap, taken = 0, []
    for line in doc.lines[doc.end : found.first + len(found.probs)]:
        verdict = doc.verdicts.get(line.index)
        if (verdict is None or verdict.reason != "below the article"
                or found.odds(line.index, "body") < BODY_BELOW_ODDS):  # fmt: skip
            gap += 1
            if gap > BELOW_GAP or is_name(line.text):
                break  # a name alone heads an author's box, or a comment
            continue
        gap = 0
        doc.mark(line, "body", "the article's closing lines, read as its body")
        taken.append(line)
    _list_goes_on(doc, taken)


def _list_goes_on(doc: Document, taken: list[Line]) -> None:
    """A list of one shape the model began to read as body (a tour's dates, "June 9 --
    Coral Sky Amphitheatre, West Palm Beach, FL") goes on for as long as its lines keep
    that shape, past the lines the model reads: the same mark between each item's parts,
    ``LIST_WORDS`` at most, and left below the article by its end alone (a line another
    rule marked, such as a label of the phrase lists, ends it)."""
    mark = one_shape(taken[-LIST_ITEMS:])
    if mark is None:
        return
    items = taken[-LIST_ITEMS:]
    for line in doc.lines[items[-1].index + 1 :]:
        verdict = doc.verdicts.get(line.index)
        if (mark not in line.text or line.n_words > LIST_WORDS or verdict is None
                or verdict.reason != "below the article"):  # fmt: skip
            return
        doc.mark(line, "body", "the article's closing list, one shape to its end")
