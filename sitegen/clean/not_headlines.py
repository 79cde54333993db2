"""Lines that cannot be a page's headline, whatever odds the line model gives them: a
byline that says so, a breadcrumb trail, a prompt of the phrase lists, a date alone, the
value under a label, a line of figures, a caption closed by its credit or over it, a
picture's credit, a web address, a link to the post before or after, one of a list of
dated teasers. ``learned`` frees their odds for the other lines."""

from __future__ import annotations

import re

from sitegen.clean import line_model
from sitegen.clean.bare_names import is_role_line
from sitegen.clean.bylines import parse_byline
from sitegen.clean.credits import ends_with_credit, is_credit, is_labelled
from sitegen.clean.document import Document, Line
from sitegen.clean.embedded import attribution
from sitegen.clean.headline_shapes import introduces_names
from sitegen.clean.language import function_words
from sitegen.clean.people import is_name
from sitegen.clean.phrases import fold, openers, phrase_list
from sitegen.clean.printed_dates import parse_printed_date, yearless_date
from sitegen.clean.roles import is_section
from sitegen.clean.site_names import is_site_name
from sitegen.clean.trails import headline_before_bar, is_trail
from sitegen.stopwords import stop_words

CONTENDING = 0.01  # a line less likely than this to have a label is never picked for it
TITLE_WORDS = 40  # longer lines are no headline's
TITLE_LETTERS = 3  # ... and shorter ones have letters
TEASER_WORDS = 3  # a teaser's headline has at least these words
LABEL_VALUE_WORDS = 6  # a label's value ("Author:" Jo Lee) is no longer than this
ALL_DATE = 0.95  # share of a line's words in its date: a line that is a date, not a headline
ARROWS_BACK, ARROWS_ON = ("<", "←", "‹"), (">", "→", "›")  # a link to the post before or after
BULLETS = tuple(f"{mark} " for mark in "»›•►▸▶→>·")  # a list's item opens with its mark
HOLDER_ENDS, HOLDER_WORDS = (":", "»", ">", "›", "|", "/"), 3  # a prompt or trail before a line
OPENING_QUOTES, CLOSING_QUOTES = ("„", "“", '"', "«", "‘", "'"), ("“", "”", '"', "»", "’", "'")


def short_with_capitals(line: Line, words: int = line_model.BYLINE_WORDS) -> bool:
    """Short enough to be a byline, with two capitals at least (names have them)."""
    return line.n_words <= words and len([1 for w in line.words if w[0].isupper()]) >= 2


def not_titles(doc: Document, found: line_model.Labels) -> frozenset[int]:
    """Lines the model reads that cannot be the headline, whatever else they look like: a
    byline that says so ("By ..."), a breadcrumb trail, a prompt or label of the phrase
    lists ("Subscribe to ..."), a line that is a date and nothing else ("Updated 10:01 pm
    PST, Tuesday, November 19, 2019"), the value under a label ("Author:"), a line of
    figures more than words, a caption closed by its picture's credit or printed over it,
    a credit alone ("Mandel Ngan / AFP / Getty Images"), a section's name ("News"), a
    role under a name alone ("Korrespondentin in Wien"), a link
    to the post before or after ("Next Work →"), one of a list of teasers each under its
    date line, a label over the name it introduces ("News provided by")."""
    window = doc.lines[found.first : found.first + len(found.probs)]
    shorts = {line.text for line in window if 3 <= line.n_words <= TITLE_WORDS}
    return frozenset(found.first + i for i, probs in enumerate(found.probs)
                     if probs.get("title", 0.0) >= CONTENDING
                     and (no_headline(doc, found.first + i)
                          or _holds(doc.lines[found.first + i].text, shorts, doc.lang)
                          or quoted_line(doc, found.first + i) is not None))  # fmt: skip


def _holds(text: str, shorts: set[str], lang: str) -> bool:
    """The line ends with another line of the page, after a prompt or trail of three words
    or more that a colon or an arrow closes: "You've contributed successfully to:
    <headline>", "Sie sind hier:Home»Newsarchiv»<headline>". The headline is that line.
    Not after a topic, every word of it capitalised but its function words ("Office for
    Budget Responsibility: What is the OBR ...?", its question a subheading again)."""
    for short in shorts:
        if short != text and text.endswith(short):
            before = text[: -len(short)].rstrip()
            if (before.endswith(HOLDER_ENDS) and len(before.split()) >= HOLDER_WORDS
                    and not headline_before_bar(before) and not _topic(before, lang)):  # fmt: skip
                return True
    return False


def _topic(text: str, lang: str) -> bool:
    """A colon closes a name or topic: each word capitalised, but its function words."""
    if not text.endswith(":"):
        return False
    small = function_words(lang)
    return all(w[0].isupper() or w.casefold() in small for w in text[:-1].split())



def not_title(doc: Document, index: int) -> bool:
    """The line at ``index`` cannot be the headline (see ``not_titles``)."""
    line = doc.lines[index]
    return line.n_words > TITLE_WORDS or bool(
        (short_with_capitals(line) and _byline(line.text, doc.lang)) or is_trail(line.text)
        or phrase_list().match(line.text, line.n_words)
        or all_date(line.text, doc.lang) or _labelled(doc, index)
        or _figures(line.text) or ends_with_credit(line.text) or _address(line.text)
        or _gallery(line.text)
        or _tag_list(line.text) or _quoted_sentence(line.text) or is_section(line.text)
        or _captioned(doc, index) or _role_under_name(doc, index)
        or line.text.startswith(ARROWS_BACK + BULLETS) or _links_on(line.text)
        or _teaser(doc, index) or is_site_name(doc, index) or _lower_case(line)
        or _bracketed(line.text) or _labels_only(line) or _timed_entry(line.text)
        or introduces_names(line) or _cut_with_link(line.text)
        or _calls(line.text, doc.lang) or _posted(doc, index) or _counted(doc, index))  # fmt: skip


def no_headline(doc: Document, index: int) -> bool:
    """The line at ``index`` cannot be the headline (``not_title``), nor is it a paragraph
    (which a standfirst may be)."""
    return not_title(doc, index) or _paragraph(doc.lines[index])


PARAGRAPH_WORDS = 20  # a line of sentences this long that ends with a full stop: a paragraph


def _paragraph(line: Line) -> bool:
    """A paragraph, not a headline: running text of ``PARAGRAPH_WORDS`` or more ending with
    a full stop (of 1,495 training pages' headlines, none; three of 15 words or more).
    Where a paste holds paragraphs alone, none is its headline."""
    text = line.text.rstrip("\"'”’»)")
    return line.n_words >= PARAGRAPH_WORDS and line.prose and text.endswith(".")


SITE_MARKS = (" | ", " - ", " – ", " — ", " · ", " :: ")  # between a headline and its site


POST_LINES = 2  # lines of an embedded post's words over its attribution


def _posted(doc: Document, index: int) -> bool:
    """Words of an embedded post, its attribution under them ("#Instagram is working on
    Video Notes for Stories." over "— Radu Oncescu (@oncescuradu) November 3, 2023"): a
    post the article quotes, not its headline. A byline prints a handle too, without the
    dash ("Fahad Shabbir (@FahadShabbir) Wed 29th April 2020")."""
    return any(line.text.startswith(("—", "–", "-")) and "(@" in line.text
               and attribution(line, doc.lang)  # not a byline with its handle
               for line in doc.lines[index + 1 : index + 1 + POST_LINES])  # fmt: skip


def _calls(text: str, lang: str) -> bool:
    """A call to action: "Click here for an exclusive fashion shoot with Kristen Wiig"."""
    return fold(text).startswith(openers("calls", lang))


_CUT_THEN = re.compile(r"(?:…|\.\.\.)\s*([^\W\d_][^.…]{0,30})$")  # "... prevention… more"


def _cut_with_link(text: str) -> bool:
    """Text cut short, then a link's label of the phrase lists: a teaser's or caption's
    opening with its link ("Agari, led by CEO Patrick Peterson, raised $22 million for
    its… more"), not a headline ("Wait… what?" ends with no label)."""
    found = _CUT_THEN.search(text) if ("…" in text or "..." in text) else None
    if found is None:
        return False
    tail = found.group(1).strip()
    return phrase_list().match(tail, len(tail.split())) is not None


def _lower_case(line: Line) -> bool:
    """Words without a capital, in a script that has them: a list of tags or a search's
    words ("coronavirus new york city"), not a headline."""
    return line.n_words >= 2 and line.text.islower() and not any(c.isdigit() for c in line.text)


# a live blog's entry, opening with its time of day: "7:53 am: Dow futures surge 900 points"
_TIMED_ENTRY = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[:|–—-]\s", re.I
)


def _timed_entry(text: str) -> bool:
    """A live blog's entry, its time of day first: one update among many, not the page's
    headline."""
    return bool(_TIMED_ENTRY.match(text))


LABEL_RUN = 2  # words, each a label of the phrase lists: a row of buttons pasted as one line


def _labels_only(line: Line) -> bool:
    """Each word a label of the phrase lists: a row of buttons pasted as one line ("RSS
    Twitter Facebook", "Share Email Print"), not a headline."""
    exact = phrase_list().exact
    return line.n_words >= LABEL_RUN and all(fold(w) in exact for w in line.text.split())


def _bracketed(text: str) -> bool:
    """The whole line in square brackets: a link's label as some pages print their trails
    ("[Accueil]", "[Politique]", "[Montréal]"), not a headline."""
    return text.startswith("[") and text.endswith("]") and "]" not in text[1:-1]


def _links_on(text: str) -> bool:
    """The line ends with an arrow to more: "Next Work →", "more in Politics & Policy »" (a
    guillemet that closes no quotation: « ... » is one)."""
    return text.endswith(ARROWS_ON) or (text.endswith("»") and "«" not in text)


def quoted_line(doc: Document, index: int) -> int | None:
    """The line of the page that the line at ``index`` quotes at its end, as a comment
    thread's header quotes the headline ("2 Gedanken zu „Folge 70: Star Trek: Picard“"),
    if it does."""
    text = doc.lines[index].text
    if not text.endswith(CLOSING_QUOTES):
        return None
    bare = text.rstrip("".join(CLOSING_QUOTES)).rstrip()
    for line in doc.lines:
        if (line.index != index and 2 <= line.n_words <= TITLE_WORDS and line.text != bare
                and bare.endswith(line.text)):  # fmt: skip
            before = bare[: -len(line.text)].rstrip()
            if before.endswith(OPENING_QUOTES) and before[:-1].strip():
                return line.index
    return None


def _captioned(doc: Document, index: int) -> bool:
    """A picture's credit on its own line ("Photo: Jo Lee", "Jo Lee/Harbour Press"), the
    caption of sentences straight under one ("Julien Behal / AP" over "The premier, left,
    announces his resignation Saturday."), or the caption straight above a credit without
    a label, or a sentence straight above a labelled one ("Predio fumigado lindero a
    escuela." over "Foto: Ricardo Correa"; a labelled one may credit a picture without a
    caption, under the headline: "Foto: Ilustrim"); or a caption printed again elsewhere
    without its credit (a gallery's, then the player's: "(Symbolbild) Wenn Bus und Bahn
    stillstehen, ..." over "Bildrechte: dpa" once, over the date once)."""
    text = doc.lines[index].text
    return _credited(doc, index) or (doc.lines[index].terminal and any(
        line.text == text and _credited(doc, line.index)
        for line in doc.lines if line.index != index))  # fmt: skip


def _credited(doc: Document, index: int) -> bool:
    """``_captioned``, where the line is printed."""
    after = doc.lines[index + 1].text if index + 1 < len(doc.lines) else ""
    before = doc.lines[index - 1].text if index > 0 else ""
    line = doc.lines[index]
    return (is_credit(line.text) or (bool(after) and is_credit(after)
                                     and (not is_labelled(after) or line.terminal)
                                     and not _dated(doc, index + 1))  # a byline, dated
            or (line.terminal and bool(before) and is_credit(before)
                and not is_labelled(before)))  # fmt: skip


def _role_under_name(doc: Document, index: int) -> bool:
    """A role on a line of its own under a name alone: "Katrin Oberholzer" over
    "Korrespondentin in Wien" is a byline, whatever the role line's odds of a headline."""
    return index > 0 and is_role_line(doc.lines[index].text) and is_name(
        doc.lines[index - 1].text)


def _byline(text: str, lang: str) -> bool:
    """A byline that says so ("By Jo Lee"), or one that names two people or more ("Lisa
    Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader") in words no headline's
    function words ("How To Grow and Care For Bougainvillea" names no one)."""
    names, explicit = parse_byline(text, lang)
    if explicit or len(names) < 2:
        return bool(names) and explicit
    stop = stop_words(lang)
    return not any(w.casefold() in stop for name in names for w in name.split())


def _dated(doc: Document, index: int) -> bool:
    """The line at ``index`` is words, and the one under it a date and nothing else."""
    if not 0 <= index < len(doc.lines) - 1:
        return False
    return (not all_date(doc.lines[index].text, doc.lang)
            and all_date(doc.lines[index + 1].text, doc.lang))  # fmt: skip


def _teaser(doc: Document, index: int) -> bool:
    """One of a list of headlines each under its date line, as teasers to other articles
    are printed: the line and the one under it, and the pair before or after, alike, a
    headline there too ("Menu" over a masthead's date of the day is no teaser)."""
    return _dated(doc, index) and any(_dated(doc, j) and doc.lines[j].n_words >= TEASER_WORDS
                                      for j in (index - 2, index + 2))


TAGS, TAG_WORDS = 4, 2  # a list of tags: this many items at least, each this short at most


def _tag_list(text: str) -> bool:
    """A list of tags or topics, commas between them: "ARD, Demonstrationen, Neu,
    Tagesschau, Top-Thema", one of them perhaps longer ("Corona & die Folgen, Debatte,
    Deutschland, Politik"). No headline of the training pages is one (343 such lines are
    something else)."""
    if text.count(",") < TAGS - 1 or text.endswith("."):
        return False
    sizes = sorted(len(part.split()) for part in text.split(","))
    return sizes[0] >= 1 and sizes[-2] <= TAG_WORDS and sizes[-1] <= 2 * TAG_WORDS


_QUOTED_SENTENCE = re.compile(r'^["“„«‘\'][^"“”„«»]*\.["”“»’\']$')


def _quoted_sentence(text: str) -> bool:
    """A sentence in quotes, closed by its full stop: a pull quote ("\"$53 million a week
    is coming across the border in drugs.\""), not a headline quoting someone, which asks
    or exclaims or ends without a stop."""
    return bool(_QUOTED_SENTENCE.match(text))


COUNTED_RUN = 3  # lines in a row, each closed by a count: a list of topics with their counts


def _count_closes(line: Line) -> bool:
    """The line's last word is a count ("Kirche 3922", "Politik (12)"), after words with
    no figure (not a date's: "Dienstag, 2. November 2021")."""
    last = line.text.rsplit(maxsplit=1)
    return (len(last) == 2 and last[1].strip("()[]").isdigit()
            and not any(c.isdigit() for c in last[0]))  # fmt: skip


def _counted(doc: Document, index: int) -> bool:
    """One of ``COUNTED_RUN`` lines in a row or more, each closed by a count: a list of
    tags or categories with how many articles each holds ("Oberfranken 12204" / "Kirche
    3922" / "sexualisierte Gewalt 27"), not a headline."""
    if not _count_closes(doc.lines[index]):
        return False
    run = 1
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(doc.lines) and _count_closes(doc.lines[at]):
            run, at = run + 1, at + step
    return run >= COUNTED_RUN


def _figures(text: str) -> bool:
    """Mostly figures: a score line ("Rockledge 14 11 6 15 — 44"), a player's clock
    ("0:00/2:33"), a price ("3,300円"), a control's labels ("A- A+"). A headline has words:
    at most a number or two among them, and ``TITLE_LETTERS`` letters at least."""
    tokens = text.split()
    figures = sum(1 for t in tokens
                  if any(c.isdigit() for c in t) and not any(c.isalpha() for c in t))  # fmt: skip
    return figures * 2 > len(tokens) or sum(c.isalpha() for c in text) < TITLE_LETTERS


_GALLERY = re.compile(r"\b(?:slide|caption)\s*:|\b\d{1,3}\s*/\s*of\s*\d{1,3}\b", re.I)


def _gallery(text: str) -> bool:
    """A gallery's slide: its label or its caption's ("Slide: 2 / of 2 . Caption:
    Michelin"), or its counter spelled out ("2 / of 12"); a picture's, no headline ("9/11
    memorial opens" is one)."""
    return _GALLERY.search(text) is not None


def _address(text: str) -> bool:
    """The line is a web address and nothing else ("https://www.chron.com/business/...")."""
    return " " not in text and text.casefold().startswith(("http://", "https://", "www."))


def _labelled(doc: Document, index: int) -> bool:
    """The line above is a link's label ("Related", "Lees ook": this line is another
    story's headline), or a label of a word or two ("Author:", "Publish date:") and this
    line is short enough to be its value (a name, a date; not a headline under a search
    box's "Search for:"); or the label ends in a comma, as labels for screen readers do
    ("Image caption,", then the caption), and the line is its value, however long."""
    above = next((ln for ln in reversed(doc.lines[:index]) if ln.n_words), None)
    if above is None or above.n_words > 2:
        return False
    if phrase_list().link_label(above.text) is not None:
        return True  # the link under "Related", "Lees ook": another story's headline
    label = above.text.rstrip()
    value = doc.lines[index]
    asks = value.text.rstrip().endswith(("?", "!"))  # a value asks nothing
    return label.endswith(",") or (label.endswith(":") and value.n_words <= LABEL_VALUE_WORDS
                                   and not asks and _a_value(value, doc.lang))  # fmt: skip


VALUE_WORDS = 3  # a label's value this short may be anything


def _a_value(line: Line, lang: str) -> bool:
    """A label's value: a few words, a name, figures, or words without a sentence's
    function words ("Deutsche Presse-Agentur"); not a headline's words under a search
    box's label, the box itself pasting as nothing ("Search for:" over "The boat that did
    not come")."""
    if line.n_words <= VALUE_WORDS or is_name(line.text) or any(map(str.isdigit, line.text)):
        return True
    stop = stop_words(lang)
    return not any(w.casefold() in stop for w in line.words)


def all_date(text: str, lang: str) -> bool:
    """Every word of the line belongs to a date, its time or its label, the year printed
    or not ("on Mar 27 · 14 min read")."""
    printed = parse_printed_date(text, lang)
    if printed is None:
        return yearless_date(text) is not None
    return printed.value is not None and printed.coverage >= ALL_DATE
