"""The line model's reading of the headline group, put over the rules' where it is sure.

The rules anchor title, byline and date on one another; the model (``line_model``)
scores every line for each role on its own evidence, so one wrong anchor does not
cost all three.
"""

from __future__ import annotations

from collections import Counter

from sitegen.clean import line_model
from sitegen.clean.bare_names import (
    bare_name_beside,
    name_left_by_the_title,
    name_over_dateline,
    names_under,
    role_under,
)
from sitegen.clean.byline_tail import split_tail
from sitegen.clean.bylines import (
    dated_then_by,
    parse_byline,
    says_by,
    under_other_label,
)
from sitegen.clean.credits import is_labelled
from sitegen.clean.document import UNSPACED, Document, Line
from sitegen.clean.headline_group import (
    BYLINE_ABOVE,
    BYLINE_BELOW,
    KEEP_ABOVE,
    over_its_byline,
    story_under_kicker,
    to_the_headline,
)
from sitegen.clean.headline_lines import stopped_headline, the_headline
from sitegen.clean.headline_shapes import (
    ends_sentence,
    short_headline,
    title_over_sentence,
    topic_first,
)
from sitegen.clean.learned_body import body_after_headline, body_below, chrome_in_body
from sitegen.clean.line_model import SHARED
from sitegen.clean.metadata import Metadata, menu_words
from sitegen.clean.not_headlines import (
    CONTENDING,
    no_headline,
    not_title,
    not_titles,
    quoted_line,
    short_with_capitals,
)
from sitegen.clean.people import names_in
from sitegen.clean.picking import SURE, likeliest, pick, prob
from sitegen.clean.printed_dates import PrintedDate, parse_printed_date
from sitegen.clean.signals.about_box import heads_box
from sitegen.clean.standfirst import (
    STANDFIRST_BELOW,
    STANDFIRST_WORDS,
    standfirst_over_names,
    standfirst_under,
    standfirst_under_byline,
)
from sitegen.clean.trails import is_root, without_trail
from sitegen.stopwords import stop_words

KICKED = 0.02  # title odds a short headline under a kicker of one word needs (``SURE``'s)
LONGER_ABOVE = 1.0  # ... a longer one, over a standfirst ending no sentence: this likely
DATE_FAR_ABOVE = 30  # lines above the headline: a date further up is seldom its own


def _byline_and_date(doc: Document, found: line_model.Labels) -> frozenset[int]:
    """Lines the model reads that say "by" with names and print a date: "By Al Root
    Updated Nov. 19, 2019 8:21 am ET", "Posted on March 3, 2024 by Daniel Okafor"."""
    both = set()
    for i, probs in enumerate(found.probs):
        if probs.get("byline", 0.0) + probs.get("date", 0.0) < CONTENDING:
            continue
        index = found.first + i
        line, text = doc.lines[index], doc.lines[index].text
        if not short_with_capitals(line, line_model.META_WORDS):  # with its dates: longer
            continue
        if says_by(text, doc.lang) or dated_then_by(text):
            printed = parse_printed_date(text, doc.lang)
            if printed is not None and printed.value is not None:
                both.add(index)
    return frozenset(both)


def _keep_above(doc: Document, headline: int, standfirst: int) -> float:
    """How likely, against the standfirst the model took for the headline, the rules'
    headline above it must be to stay: ``KEEP_ABOVE``, or ``LONGER_ABOVE`` where the
    standfirst is the shorter and ends no sentence, which reads as a headline under a
    promotion's longer line ("The 10 best early Black Friday deals on Apple devices" under
    "Black Friday 2019: Grab Amazon's Hottest Early Black Friday Deals Here")."""
    above, taken = doc.lines[headline], doc.lines[standfirst]
    if taken.n_words < above.n_words and not ends_sentence(taken.text):
        return LONGER_ABOVE
    return KEEP_ABOVE


def _reads_as_standfirst(doc: Document, index: int) -> bool:
    """The rules' headline straight under the model's reads as its standfirst: words
    enough (``STANDFIRST_WORDS``), longer than the headline, and nothing that cannot be a
    headline's either (a byline, a caption with its credit, a prompt)."""
    line = doc.lines[index]
    return (line.n_words >= STANDFIRST_WORDS and line.n_words > doc.lines[index - 1].n_words
            and not not_title(doc, index))  # fmt: skip


def _marked(doc: Document, role: str) -> list[int]:
    return sorted(i for i, verdict in doc.verdicts.items() if verdict.role == role)


def _ruled_above(doc: Document, probs: line_model.Labels, ruled: list[int],
                 never: frozenset[int], i: int) -> bool:
    """The rules' headline stands above the standfirst ``i`` the model took for the title,
    likely enough, or straight above it and ending with a full stop, or in Title Case over
    a sentence, or at the top of a paste that starts at the headline, or straight above it
    as a headline of a word or three ("Salt Roads") that the model reads as likely enough
    a headline on its own (``SURE``; a kicker it reads as less likely: "Gaza", "Energy")."""
    return any(
        prob(probs, j, "title") >= _keep_above(doc, j, i) * prob(probs, i, "title")
        or (j == i - 1 and stopped_headline(doc.lines[j], doc.lines[i], doc.lang))
        or (j == i - 1 and title_over_sentence(doc.lines[j], doc.lines[i]))
        or (j == 0 and i == 1)  # the paste starts at the headline: nothing above it
        or (j == i - 1 and short_headline(doc.lines[j])
            and not topic_first(doc.lines[i].text)  # a headline's form: "Topic: ..."
            and prob(probs, j, "title") >= _short_headline_odds(doc, j))
        for j in ruled if j not in never)  # fmt: skip


def _short_headline_odds(doc: Document, j: int) -> float:
    """The model's title odds that a short headline at ``j`` over the standfirst needs:
    ``SURE``, or ``KICKED`` for one of two or three words under a kicker of one word
    ("Climate" over "Salt Roads" over its standfirst: the group's three lines, where a
    kicker seldom stands over another). Not under a trail's root ("Home" over "The GiveWell
    Blog"), whose next line is a section's or site's name."""
    above = doc.lines[j - 1] if j else None
    kicked = (above is not None and above.n_words == 1 and not is_root(above.text)
              and doc.lines[j].n_words > 1)  # fmt: skip
    return KICKED if kicked else SURE["title"]


def learned_metadata(doc: Document, meta: Metadata) -> line_model.Labels | None:
    """Title, authors and date from the lines the model is sure of; the rules' elsewhere.
    Returns the model's reading (for ``extract --explain``)."""
    probs = line_model.label(doc)
    if probs is None:
        return None
    ruled = _marked(doc, "title")
    never = not_titles(doc, probs)
    i = pick(probs, "title", ruled, never=never)
    if i is not None and i not in ruled and no_headline(doc, i):
        i = None  # too unlikely to be ruled out beforehand: "Von Lena Brandt" once the
        # headline over a picture's credit is read as its caption
    if i is None and (not ruled or no_headline(doc, ruled[0])):
        # the rules took a byline or credit for it, or found none: a guess beats no title
        i = likeliest(probs, "title", never)
        if not ruled and (i is None or probs.odds(i, "title") < SURE["title"]):
            # a guess that far from sure gives way to the line over the byline naming the
            # story; failing that, to the line over the byline (where its place is all that
            # tells a headline from a menu's words)
            over = over_its_byline(doc, probs, never)
            if over is None:
                over = over_its_byline(doc, probs, never, naming=0.0)
            i = over if over is not None else i
    if i is not None:
        i = to_the_headline(doc, probs, i, never)
    standfirst = i is not None and doc.role(doc.lines[i]) == "subtitle"
    if standfirst and i is not None and _ruled_above(doc, probs, ruled, never, i):
        # the rules' headline stands above it, likely enough, or straight above and ending
        # with a full stop: headlines the model has seen too seldom to know (a line of three
        # words or fewer, likewise, lost 34 pages to kickers for 2 won)
        i = None
    if i is not None:
        meta.title = without_trail(doc.lines[i].text)
        if standfirst or meta.subtitle == doc.lines[i].text:
            meta.subtitle = ""
        if ruled and ruled[0] == i + 1 and _reads_as_standfirst(doc, ruled[0]):
            meta.subtitle = doc.lines[ruled[0]].text  # the rules' headline is its standfirst
    taken = i if i is not None else (ruled[0] if ruled else None)
    inner = quoted_line(doc, taken) if taken is not None else None
    if inner is not None:  # a comment thread's header, quoting the headline
        meta.title, taken = doc.lines[inner].text, inner
    own = the_headline(doc, taken) if taken is not None else None
    if own is not None:
        own = story_under_kicker(doc, probs, own, never)
        own = _speaking_instead(doc, probs, own, never)
    if own is not None and own != taken:
        meta.title = doc.lines[own].text  # not the trail or kicker taken for it
        if meta.subtitle == meta.title:
            meta.subtitle = ""
    both = _byline_and_date(doc, probs)
    ruled_bylines = _marked(doc, "meta")
    i = byline = pick(probs, "byline", ruled_bylines, both)
    if i is not None and _no_byline(doc, i):
        i = byline = pick(probs, "byline", ruled_bylines, both, frozenset({i}))
    if i is not None:
        text = doc.lines[i].text
        names, said = parse_byline(text, doc.lang)
        if not names and not said:  # not "Por EFE" whole: an agency after "by" is no name
            names = names_in(split_tail(text)[0], lang=doc.lang)
        if names and not menu_words(doc, names):
            meta.authors = names
            if doc.role(doc.lines[i]) == "body" and not doc.lines[i].prose:
                doc.mark(doc.lines[i], "meta", "the byline the model read")
            role_under(doc, i)
            if meta.subtitle == text:  # the rules took the byline for the standfirst
                meta.subtitle = ""
    i = pick(probs, "date", _marked(doc, "meta"), both)
    head = own if own is not None else taken
    if i is not None and head is not None and i < head:
        i = _date_under(doc, probs, i, head, both)
    if i is not None and head is not None and head - i > DATE_FAR_ABOVE:
        i = None  # the top of a long page prints older stories' days: the rules' nearest
        # date printed alone stands in, with a warning (``far_metadata.lone_date``)
    if i is not None and meta.date is not None and i >= doc.end:
        i = None  # under the article: another story's day; the rules' byline has its own
    if i is not None:
        printed = parse_printed_date(doc.lines[i].text, doc.lang)
        if printed is not None and printed.value is not None:
            meta.date = _published_instead(doc, probs, printed)
            if doc.role(doc.lines[i]) == "body" and not doc.lines[i].prose:
                doc.mark(doc.lines[i], "meta", "the date the model read")
            if not meta.authors:
                meta.authors = bare_name_beside(doc, i, head)
    if meta.date is None and byline is not None:
        # no date line of its own: the byline's, without "by" ("Ana Lopes and Tomasz
        # Wrona · Apr 18, 2024 · 6 min read")
        printed = parse_printed_date(doc.lines[byline].text, doc.lang)
        if printed is not None and printed.value is not None:
            meta.date = _published_instead(doc, probs, printed)
    if not meta.authors and ruled and taken != ruled[0]:
        meta.authors = name_left_by_the_title(doc, ruled[0])
    headline = own if own is not None else taken
    if headline is not None:
        meta.authors = _said_by_beside(doc, headline, meta.authors) or meta.authors
        group = doc.lines[max(0, headline - BYLINE_ABOVE) : headline + BYLINE_BELOW + 1]
        alone = name_over_dateline(doc, meta.authors, group, headline,
                                   lambda i: probs.odds(i, "byline") >= SURE["byline"])
        if alone is not None:
            meta.authors, text = alone
            if meta.subtitle == text:  # the rules took the name for the standfirst
                meta.subtitle = ""
        if not meta.authors:
            meta.authors, lines = names_under(doc, headline, BYLINE_BELOW)
            if lines and not meta.subtitle:
                meta.subtitle = standfirst_over_names(doc, headline, lines[0].index)
        if meta.subtitle in meta.authors:  # the rules took the author's name for it
            meta.subtitle = ""
        meta.subtitle = _standfirst_of(doc, headline, meta.subtitle)
        if not meta.subtitle:
            meta.subtitle = standfirst_under(doc, probs, headline)
    if own is not None:
        body_after_headline(doc, probs, own)
        if not meta.subtitle:
            meta.subtitle = standfirst_under_byline(doc, own)
        chrome_in_body(doc, probs)
        body_below(doc, probs)
    return probs


def _no_byline(doc: Document, i: int) -> bool:
    """The line the model took for the byline names no author: it heads a box ("About Acme
    Ltd"), it is a label's value ("Media contact:" over it), or a picture's credit
    ("Photograph by Jo Lee, National Geographic")."""
    return (heads_box(doc.lines[i], doc.lang) or under_other_label(doc.lines, i)
            or is_labelled(doc.lines[i].text))  # fmt: skip


def _standfirst_of(doc: Document, headline: int, subtitle: str) -> str:
    """The rules' standfirst, where it stands under the headline taken, within
    ``STANDFIRST_BELOW`` lines; under another line (the rules' headline, which the model's
    moved from: the last of a list of key points over the byline), it is not this one's."""
    at = [ln.index for ln in doc.lines if ln.text == subtitle and doc.role(ln) == "subtitle"]
    if not at or any(headline < j <= headline + STANDFIRST_BELOW for j in at):
        return subtitle
    return ""


SPEAKING_SURE = 0.01  # title odds of a line that names the story, for a headline that does not
SPEAKING_LINES = 6  # ... in a body of this many paragraphs at least (fewer tell too little)
SPEAKING_KEEP = 0.5  # ... and not where the model is this sure of the headline taken


def _speaking_instead(doc: Document, found: line_model.Labels, index: int,
                      never: frozenset[int]) -> int:  # fmt: skip
    """A headline names what its story is about: a line taken for it whose words the body
    never uses ("Wie wir Cookies verwenden", "Google Scholar", "Sie haben einen Fehler
    gefunden?") gives way to the likeliest headline that shares a word with the body's
    paragraphs, if the model gives it odds of ``SPEAKING_SURE`` at least; not to the
    standfirst straight under it, which a headline in other words than its story's stands
    over. A body of fewer than ``SPEAKING_LINES`` paragraphs (a product's page) tells too
    little of its story; a headline the model is ``SPEAKING_KEEP`` sure of stays ("Ein
    entspannter Start ins neue Jahr 2016 – be happy!" over a diary's first words)."""
    words = doc.lines[index].content_words
    if not words or UNSPACED.search(doc.lines[index].text):
        return index  # words run together (Chinese, Japanese), or change with their endings
    body = {ln.index for ln in doc.lines[doc.start : doc.end] if ln.prose}
    lines = Counter(w for i in body for w in doc.lines[i].content_words)  # paragraphs using each

    stop = stop_words(doc.lang)  # "haben", "para": no word of the story
    if not words - stop:
        return index  # only function words ("Só quem se Ama…"): nothing to tell by

    def names_the_story(j: int) -> bool:
        own = 1 if j in body else 0  # a paragraph's own words do not count for it
        return any(lines[w] > own for w in doc.lines[j].content_words if w not in stop)

    if len(body) < SPEAKING_LINES or names_the_story(index) or (
            found.odds(index, "title") >= SPEAKING_KEEP):  # fmt: skip
        return index
    odds = [(found.odds(j, "title"), j) for j in range(found.first, found.first + len(found.best))
            if j not in never and j != index and _headline_sized(doc.lines[j])
            and found.label_at(j) not in SHARED  # not a byline or date
            and not (j == index + 1 and doc.role(doc.lines[j]) == "subtitle")
            and names_the_story(j)]  # fmt: skip
    p, best = max(odds, default=(0.0, index))
    return best if p >= SPEAKING_SURE else index


QUESTION_WORDS = 12  # a question this short may be a headline, though it reads as a sentence


def _headline_sized(line: Line) -> bool:
    """Not running text, or a question short enough to be a headline ("ÖPNV-Streiks: Ein
    existenzielles Problem für Beschäftigte?")."""
    return not line.prose or (line.text.endswith("?") and line.n_words <= QUESTION_WORDS)


def _date_under(doc: Document, found: line_model.Labels, index: int, headline: int,
                both: frozenset[int]) -> int:  # fmt: skip
    """A date taken from above the headline gives way to one printed in the
    ``BYLINE_BELOW`` lines under it, if the model reads that one as a date at least a share
    ``KEEP_ABOVE`` as likely: a masthead prints the day's date ("November 20, 2019" above
    the headline), the article its own under it ("Nov. 19, 2019 8:03 am ET")."""
    floor = max(SURE["date"], KEEP_ABOVE * prob(found, index, "date", both))
    under = [j for j in range(headline + 1, min(len(doc.lines), headline + 1 + BYLINE_BELOW))
             if prob(found, j, "date", both) >= floor]  # fmt: skip
    for j in sorted(under, key=lambda j: -prob(found, j, "date", both)):
        printed = parse_printed_date(doc.lines[j].text, doc.lang)
        if printed is not None and printed.value is not None:
            return j
    return index


def _published_instead(doc: Document, found: line_model.Labels,
                       printed: PrintedDate) -> PrintedDate:  # fmt: skip
    """A date labelled as the update's gives way to one the lines the model reads label
    as the publication's ("Aktualisiert: 11.04.2020" above, "Publiziert: 03.04.2020" under
    the article): the article is filed under the day it came out."""
    if printed.label != "updated":
        return printed
    for line in doc.lines[found.first : found.first + len(found.probs)]:
        other = (parse_printed_date(line.text, doc.lang)
                 if line.n_words <= line_model.META_WORDS else None)
        if other is not None and other.value is not None and other.label == "published":
            return other
    return printed


def _said_by_beside(doc: Document, headline: int, authors: list[str]) -> list[str]:
    """The names of a byline that says so ("By Gabriel Sherman", "von Birgit Posselt")
    among the lines just around the headline, where the authors found are on no such line
    there: a byline of the headline's own group outweighs a name taken from further off,
    or from beside a date ("Aus der Region 6. November 2023")."""
    near = [ln for ln in doc.lines[max(0, headline - BYLINE_ABOVE) : headline + BYLINE_BELOW + 1]
            if ln.index != headline and short_with_capitals(ln, line_model.META_WORDS)]  # fmt: skip
    said = [ln for ln in near if says_by(ln.text, doc.lang)]
    if not said or any(a in ln.text for ln in said for a in authors):
        return []
    nearest = min(said, key=lambda ln: (abs(ln.index - headline), ln.index))
    return parse_byline(nearest.text, doc.lang)[0]
