"""The standfirst under the headline: the line the model labels so, or the line standing
between the headline and its byline or date, where the rules found none."""

from __future__ import annotations

import re

from sitegen.clean import line_model
from sitegen.clean.credits import is_credit
from sitegen.clean.document import Document
from sitegen.clean.learned_body import BODY_ODDS, IN_HEADLINE_BLOCK
from sitegen.clean.line_model import SHARED
from sitegen.clean.not_headlines import SITE_MARKS, not_title
from sitegen.clean.phrases import fold, phrase_list, phrased
from sitegen.clean.printed_dates import parse_printed_date, yearless_date

STANDFIRST_BELOW = 3  # lines under the headline where its standfirst may be
STANDFIRST_WORDS = 4  # a standfirst has at least this many words
TEASER_WORDS, WHOLE_WORDS = 3, 25  # words of a teaser's copy of a headline's start, of it


def standfirst_under(doc: Document, found: line_model.Labels, headline: int) -> str:
    """The line the model reads as the standfirst, up to ``STANDFIRST_BELOW`` lines under
    the headline and above its byline and date, where the rules found none: marked as such,
    it leaves the body. Under the byline, a paragraph is the article's first, whatever
    chrome follows it ("READ MORE")."""
    for line in doc.lines[headline + 1 : headline + 1 + STANDFIRST_BELOW]:
        i = line.index - found.first
        if not 0 <= i < len(found.best) or found.best[i] == "body" or doc.role(line) == "meta":
            break
        if found.best[i] == "subtitle" and line.n_words >= STANDFIRST_WORDS:
            doc.mark(line, "subtitle", "standfirst under the headline")
            return line.text
    return _standfirst_over_byline(doc, found, headline) or _standfirst_under_group(doc, headline)


UNSTOPPED_WORDS = 25  # a standfirst without a sentence's end under a headline: at most
PARTING_LINES = 3  # lines of a widget (a credit, a button) between a standfirst and the body


def _standfirst_under_group(doc: Document, headline: int) -> str:
    """The line straight under a headline that stands under its byline and date ("Por Erik
    Sandberg" / the date / the headline / "Los vecinos pueden llevarse más de 400
    herramientas" / the body): its standfirst, where it ends no sentence, as a paragraph
    does, and the body's paragraphs follow it."""
    if not any(v.role == "meta" for i, v in doc.verdicts.items() if i < headline):
        return ""
    j = headline + 1
    if j + 1 >= len(doc.lines):
        return ""
    line, under = doc.lines[j], doc.lines[j + 1]
    if line.terminal:  # a sentence: a standfirst only where a widget parts it from the body
        k = j + 1
        while k < len(doc.lines) and k - j <= PARTING_LINES and doc.is_chrome(doc.lines[k]):
            k += 1
        if k == j + 1 or k >= len(doc.lines):
            return ""
        under = doc.lines[k]
    if (not STANDFIRST_WORDS <= line.n_words <= UNSTOPPED_WORDS
            or doc.role(line) in ("meta", "title") or phrased(doc, j) or not_title(doc, j)
            or doc.role(under) != "body" or not under.prose):  # fmt: skip
        return ""
    doc.mark(line, "subtitle", "standfirst under the headline, under its byline")
    return line.text


OVER_BYLINE_WORDS = 8  # a standfirst the model did not label: a sentence at least this long
META_OVER = 2  # lines of the group (a date) that may stand between it and the headline


def _standfirst_over_byline(doc: Document, found: line_model.Labels, headline: int) -> str:
    """The line straight under the headline (or between the group's date there, at most
    ``META_OVER`` lines, and the byline straight under it), where the byline or date follows
    it closely
    (``_byline_under``), is its standfirst, though the model labelled it otherwise ("When the
    mainland operator pulled out, residents of Lismore crowdfunded a boat ..." between
    "The ferry stopped. Then the island built its own" and "Mairi Campbell"): at least
    ``OVER_BYLINE_WORDS`` words, not a line the model reads as body, nor one that cannot
    be a headline's either (a byline, a caption with its credit, a trail, a prompt of the
    phrase lists), nor the headline printed again. A line the rules took for the headline
    may be it, where the headline is the line above ("Operator blames fuel costs ..."
    under "FERRY COMPANY TO CUT WINTER SAILINGS")."""
    j = headline + 1
    while j < min(len(doc.lines), headline + 1 + META_OVER) and doc.role(doc.lines[j]) == "meta":
        j += 1  # the group's date between them ("Stand: 04.03.2024 17:45 Uhr")
    if j >= len(doc.lines) or not 0 <= j - found.first < len(found.best):
        return ""
    if j > headline + 1 and not (j + 1 < len(doc.lines) and doc.role(doc.lines[j + 1]) == "meta"):
        return ""  # under the group's date, only between it and the byline: else the lede
    line = doc.lines[j]
    head, text = doc.lines[headline].text.casefold(), line.text.casefold()
    if (line.n_words < OVER_BYLINE_WORDS or doc.role(line) == "meta"
            or phrased(doc, j)
            or found.body_odds(j) >= BODY_ODDS
            or head in text or text in head or not_title(doc, j)):  # fmt: skip
        return ""
    if not _byline_under(doc, found, j):
        return ""
    doc.mark(line, "subtitle", "standfirst over the byline")
    return line.text


def standfirst_under_byline(doc: Document, headline: int) -> str:
    """The paragraph under the group's byline and date, straight under the headline, that
    the body's start left out (``learned_body.body_after_headline``: "in the headline
    block"): the standfirst, as Italian dailies print it under "di Viviana Mazza". At least
    ``OVER_BYLINE_WORDS`` words, not a prompt of the phrase lists."""
    j = headline + 1
    while j < min(len(doc.lines), headline + 1 + META_OVER) and doc.role(doc.lines[j]) == "meta":
        j += 1
    if j == headline + 1 or j >= len(doc.lines):
        return ""
    line, verdict = doc.lines[j], doc.verdicts.get(j)
    if (verdict is None or verdict.reason != IN_HEADLINE_BLOCK or not line.prose
            or line.n_words < OVER_BYLINE_WORDS):  # fmt: skip
        return ""
    doc.mark(line, "subtitle", "standfirst under the byline")
    return line.text


BYLINE_REACH = 5  # lines under a standfirst within which its byline or date stands


def _byline_under(doc: Document, found: line_model.Labels, index: int) -> bool:
    """The byline or date follows the line at ``index``: within two lines, or within
    ``BYLINE_REACH`` past chrome only ("Listen to this article · 6:12 min", "Share full
    article", a count)."""
    for k, line in enumerate(doc.lines[index + 1 : index + 1 + BYLINE_REACH]):
        if doc.role(line) == "meta" or found.label_at(line.index) in SHARED:
            return True
        if k >= 1 and doc.role(line) != "chrome":
            return False
    return False


def standfirst_over_names(doc: Document, headline: int, byline: int) -> str:
    """The one line between the headline and the names under it (``bare_names.names_under``)
    is the standfirst, however much it reads as a paragraph: the body starts under its
    byline. Marked as such; "" where more lines or none stand between, or a short line or a
    prompt of the phrase lists does."""
    if byline != headline + 2:
        return ""
    line = doc.lines[headline + 1]
    if line.n_words < STANDFIRST_WORDS or phrase_list().match(line.text, line.n_words):
        return ""
    doc.mark(line, "subtitle", "standfirst over the names")
    return line.text


def credit_as_standfirst(doc: Document, subtitle: str) -> str:
    """A picture's credit alone between the headline and the byline ("Foto: Anna Lindqvist",
    "Anna Lindqvist/dpa") is no standfirst: marked as chrome. Returns the standfirst left."""
    if not subtitle or not is_credit(subtitle):
        return subtitle
    return _demoted(doc, subtitle, "chrome", "a picture's credit under the headline")


DATED_SHARE = 0.5  # of a line's words that are its date: a dateline, not a standfirst
DATED_WORDS = 16  # ... of at most this many words


def date_as_standfirst(doc: Document, subtitle: str) -> str:
    """A line that is mostly a date, with its year or without ("Veröffentlicht am 27.04.24
    um 07:39 Uhr", "Publicado el 11 de mayo"), is no standfirst: marked as meta. Returns
    the standfirst left."""
    if not subtitle or len(subtitle.split()) > DATED_WORDS:
        return subtitle
    printed = parse_printed_date(subtitle, doc.lang)
    dated = printed is not None and printed.value is not None and printed.coverage >= DATED_SHARE
    if not dated and yearless_date(subtitle) is None:
        return subtitle
    return _demoted(doc, subtitle, "meta", "a date under the headline")


def _demoted(doc: Document, subtitle: str, role: str, reason: str) -> str:
    """The standfirst's line marked ``role`` for ``reason``: no standfirst is left ("")."""
    for line in doc.lines:
        if line.text == subtitle and doc.role(line) == "subtitle":
            doc.mark(line, role, reason)
    return ""


def standfirst_as_body(doc: Document, subtitle: str) -> str:
    """A standfirst over no body is the article's only paragraph (a brief: a headline and
    one paragraph under it): marked as body. Returns the standfirst that is left ("")."""
    if any(verdict.role == "body" for verdict in doc.verdicts.values()):
        return subtitle
    for line in doc.lines:
        if line.text == subtitle and line.prose and doc.role(line) == "subtitle":
            doc.mark(line, "body", "the only paragraph under the headline")
            return ""
    return subtitle


# a wire's or a release's dateline opening a paragraph, before its dash: a place in
# capitals, its region after a comma, the agency in brackets ("KIRUNA, Sweden (AP) —",
# "BERLIN (dpa) -"), or a place in any case with its agency ("Kiruna (dpa) –")
_PLACE_CAPS = r"[A-ZÀ-ÞĀ-Ž]{2}[A-ZÀ-ÞĀ-Ž'’.-]+(?:[ /][A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.-]*)*"
_PLACE = r"[^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){0,2}"
_REGION, _AGENCY = r"(?:, [^\W\d_][\w .'’-]{1,30}?)?", r"\([^()\d]{2,30}\)"
_DATELINE = re.compile(
    rf"(?:{_PLACE_CAPS}{_REGION}(?: ?{_AGENCY})?|{_PLACE}{_REGION} ?{_AGENCY}) ?[–—-]{{1,2}} ")


def dateline_lead(doc: Document, subtitle: str) -> str:
    """A standfirst that opens with a dateline is the article's first paragraph: wire copy
    and press releases print theirs so ("KIRUNA, Sweden (AP) — The shelves ..."), and no
    standfirst does. Marked as body; returns the standfirst that is left ("")."""
    if not _DATELINE.match(subtitle):
        return subtitle
    return _demoted(doc, subtitle, "body", "a dateline opens it: the article's first paragraph")


def _with_site(title: str, subtitle: str) -> bool:
    """The title is the standfirst, a mark, and more: a page's title as a browser's tab
    prints it ("Ferry adds a winter sailing | The Island Herald") over its headline."""
    return bool(subtitle) and any(title.startswith(subtitle + mark) for mark in SITE_MARKS)


def headline_whole(doc: Document, title: str, subtitle: str) -> tuple[str, str]:
    """Title and standfirst, where the standfirst is the headline: under the page's title,
    the headline with the site's name ("... | The Island Herald" over "..."), or opening
    with the whole line taken for the title and going on, that line a teaser's copy of its
    start ("Lake levels lowest since 1964", in a list of the most read stories, over "Lake
    levels lowest since 1964 as dry winter takes toll"). A standfirst never repeats its
    headline. Both are headline-sized: "Lorem" over "Lorem ipsum dolor sit amet, ..." is
    no teaser's."""
    if _with_site(title, subtitle):
        why = ("the page's title: the headline and the site's name",
               "the headline, printed again without the site's name")
    elif (len(title.split()) >= TEASER_WORDS and len(subtitle.split()) <= WHOLE_WORDS
          and fold(subtitle).startswith(fold(title) + " ")):  # fmt: skip
        why = ("the headline's start, printed above it (a teaser's)",
               "the headline, opening with the line taken for it")
    else:
        return title, subtitle
    return _standfirst_for_title(doc, title, subtitle, "chrome", why)


def name_over_headline(doc: Document, title: str, subtitle: str,
                       authors: list[str]) -> tuple[str, str]:  # fmt: skip
    """Title and standfirst, where the title is the author's name over the headline, taken
    for it and the headline for its standfirst ("Elena Martín Ruiz" over "Los pueblos
    necesitan médicos", a note under the article saying who she is)."""
    if not (title and subtitle and any(a.casefold() == title.casefold() for a in authors)):
        return title, subtitle
    why = ("the author's name over the headline", "the headline, under its author's name")
    return _standfirst_for_title(doc, title, subtitle, "meta", why)


def _standfirst_for_title(doc: Document, title: str, subtitle: str, role: str,
                          why: tuple[str, str]) -> tuple[str, str]:  # fmt: skip
    """The standfirst is the headline; the line taken for the title gets ``role``."""
    for line in doc.lines:
        if line.text == title and doc.role(line) == "title":
            doc.mark(line, role, why[0])
        elif line.text == subtitle and doc.role(line) == "subtitle":
            doc.mark(line, "title", why[1])
    return subtitle, ""
