"""Which lines of the headline group are the headline and its standfirst: the
headline-like lines straight over the group's byline or date, the one line between a
dateline and its byline (or a columnist's box and its date), a blog's post title under its
date header, and the line whose words the article's first paragraphs take up again
(``echo``). ``metadata`` finds the group's byline and date lines and asks here which of
the lines around them head the story."""

from __future__ import annotations

import re

from sitegen.clean.bylines import introduces, parse_byline, says_by
from sitegen.clean.credits import ends_with_credit, is_credit
from sitegen.clean.document import Document, Line
from sitegen.clean.headline_shapes import introduces_names
from sitegen.clean.people import is_name
from sitegen.clean.phrases import phrase_list, phrased
from sitegen.clean.printed_dates import PrintedDate, parse_printed_date
from sitegen.clean.roles import is_role
from sitegen.clean.trails import TRAIL_MARKS, is_trail, is_trail_prefix

STOPPED_TITLE_WORDS = 14  # a headline ending with a full stop is no longer than this
TITLE_CASE = 0.6  # share of a title-case line's longer words (four letters up) with a capital
TITLE_CASED = frozenset({"en"})  # languages whose headlines are in title case
ONLY_DATE = 0.9  # of a line's characters: a line that is its date and nothing else
DATE_LINE_WORDS = 12  # ... and short: a date line, not a sentence that mentions one
CAPTION_WORDS = 6  # a caption has words of its own before its credit
MASTHEAD_LINES = 2  # the paste's first lines: a blog's name and its tagline
POST_ECHO = 0.5  # of a post title's words, the first paragraphs use again
SHORT_TITLE_OVER = 8  # words of the standfirst under a headline of one to three words
_NOT_HEADLINE = re.compile(r"^(?:\(|https?://|www\.)", re.I)
LEDE_LINES = 6  # prose lines at the top of the body that a headline's words come back in
KICKER_WORDS = 4  # "EARNINGS REPORT" above the headline: a label in capitals
BOX_NAME_WORDS = 4  # words of the name a columnist's box opens with


def _headline_like(line: Line, doc: Document, stops: bool = False) -> bool:
    """Words, not chrome, not a link, not a label over a name ("News provided by"); no full
    stop at the end unless ``stops`` (a headline of sentences)."""
    return (line.n_words >= 1 and not doc.is_chrome(line)
            and (stops or not line.text.endswith("."))
            and not _NOT_HEADLINE.match(line.text) and not introduces_names(line))  # fmt: skip


def _short_headline(doc: Document, line: Line, standfirst: Line) -> bool:
    """A headline of one to three words ("Salt Roads") above a long standfirst: the story's
    own words, where a section label ("World") is not."""
    return (line.n_words <= 3 and standfirst.n_words >= SHORT_TITLE_OVER
            and _headline_like(line, doc) and echo(line, doc) >= 0.5)  # fmt: skip


def stopped_headline(line: Line, standfirst: Line | None = None, lang: str = "en") -> bool:
    """A headline of sentences ("The Ferry Stopped. Then the Island Built Its Own."): four
    words or more (a kicker has fewer), a full stop at its end, shorter than the standfirst
    under it if any, in title case (a sentence of the article's opening is not), or, in a
    language whose headlines are not, over a standfirst that ends no sentence."""
    if not (4 <= line.n_words <= STOPPED_TITLE_WORDS and line.text.endswith(".")
            and not line.text.endswith("..")):  # fmt: skip
        return False
    if standfirst is not None and lang not in TITLE_CASED and not standfirst.terminal:
        # headlines in sentence case ("Die Fähre blieb aus. Dann baute die Insel ihre
        # eigene."): told by the standfirst under it, as long or longer, ending no sentence
        return line.n_words <= standfirst.n_words
    long = [w for w in line.words if len(w) >= 4]
    shorter = standfirst is None or line.n_words < standfirst.n_words
    return shorter and len([w for w in long if w[0].isupper()]) >= TITLE_CASE * len(long)


def _only_a_date(line: Line, lang: str) -> bool:
    printed = parse_printed_date(line.text, lang) if line.n_words <= DATE_LINE_WORDS else None
    return printed is not None and printed.value is not None and printed.coverage >= ONLY_DATE


def _caption(line: Line) -> bool:
    return line.n_words >= CAPTION_WORDS and ends_with_credit(line.text)


def title_lines(doc: Document, anchor: int) -> list[Line]:
    """Up to two headline-like lines straight above ``anchor``: [title] or [title, standfirst];
    past a columnist's box and the name over it, which say who wrote it."""
    found: list[Line] = []
    labels = 0  # one-word labels between headline and byline ("REUTERS", a kicker)
    box: Line | None = None  # a columnist's box over the date: who the author is
    advert = False
    signed = anchor < len(doc.lines) and doc.role(doc.lines[anchor]) == "meta"
    for line in reversed(doc.lines[:anchor]):
        if line.n_words == 0 or (not found and (doc.is_chrome(line) or _caption(line) or (
                signed and is_credit(line.text)))):  # fmt: skip
            continue  # a picture's caption, closed by its credit, between headline and byline,
            # or over a byline its credit alone (not over the body: a prompt may stand above)
        if not found and box is None and _columnists_box(line, doc.lang):
            box = line  # "Jo Lee is a columnist ...": the author's, no standfirst
            continue
        if not found and box is not None and is_name(line.text) and box.text.startswith(line.text):
            continue  # the columnist's name over their box
        if not found:
            if _only_a_date(line, doc.lang):  # the group's other date ("JANUARY 28, 2018"
                continue  # over the author, "UPDATED: ..." under): no standfirst
            if anchor < len(doc.lines) and _named_again(line, doc.lines[anchor]):
                continue  # the author's name over the byline that names them: no standfirst
            label = (line.n_words == 1 and len(line.text) < 12) or is_trail(line.text, glued=False)
            if label and labels < 2:
                labels += 1
                continue
            if not (line.n_words >= 2 or len(line.text) >= 12) or doc.is_chrome(line):
                break
            found.append(line)
            continue
        if not advert and phrase_list().inline_label(line.text):
            advert = True  # an advert's label between the headline and its standfirst
            continue
        is_title = (
            line.n_words >= 4
            and _headline_like(line, doc, stops=stopped_headline(line, found[0], doc.lang))
            and not line.text.isupper()
            and not line.text.endswith(":")
        )
        short = _short_headline(doc, line, found[0])
        if is_title or short:
            found.append(line)
        break
    return list(reversed(found))


def _named_again(line: Line, byline: Line) -> bool:
    """``line`` is a name the byline under it prints again, saying "by" ("Jo Lee" over "By
    Jo Lee Global News"): an author's widget over the byline. Not an outlet's name over its
    dateline ("TIMES OF INDIA" over "THE TIMES OF INDIA | Oct 02, 2020")."""
    return (is_name(line.text) and line.text in byline.text and line.text != byline.text
            and says_by(byline.text))  # fmt: skip


def between_dateline_and_byline(doc: Document, meta_lines: list[Line]) -> list[Line]:
    """The one line between the group's date above the headline and its byline under it
    ("Published 22 hours ago" / the headline / "By Andy Sahadeo | Fox News"): the
    headline, where it reads as one (four words or more, no full stop) and the byline says
    "by" (not a caption over its credit: "Al Goldis, Associated Press"); or between a
    columnist's box above and a line that is the date under it (an opinion's headline: "Jo
    Lee is a columnist ..." / the headline / "Jan. 14, 2025")."""
    at = sorted(ln.index for ln in meta_lines)
    if len(at) < 2:
        return []
    between = [ln for ln in doc.lines[at[0] + 1 : at[-1]] if ln.index not in at]
    if len(between) != 1 or between[0].n_words < 4 or not _headline_like(between[0], doc):
        return []
    first, last = doc.lines[at[0]], doc.lines[at[-1]]
    if not says_by(last.text, doc.lang) and not (  # a caption over its credit
            _columnists_box(first, doc.lang) and _only_a_date(last, doc.lang)):  # fmt: skip
        return []
    return between


def _columnists_box(line: Line, lang: str) -> bool:
    """A line saying who the author is ("Jo Lee is a columnist for the Gazette ...", or a
    sentence of a name, "is" and a role: "Rachel Nguyen is a columnist covering food."): a
    columnist's box by an opinion's headline, not a byline over where it was reported from
    ("By Marta Quillon" / "Reporting from Rathlin Island"), nor a headline ("Jo Lee is
    back")."""
    names = parse_byline(line.text, lang)[0]
    if names:
        return introduces(line.text, names[0])
    if not line.text.endswith("."):
        return False  # a sentence, not a headline: "The Most Precious Resource is Agency"
    words = line.text.split(" ", BOX_NAME_WORDS)  # "Rachel Nguyen is a columnist covering ..."
    return any(introduces(line.text, name) and is_name(name) and is_role(line.text[len(name):])
               for name in (" ".join(words[:n]) for n in range(2, BOX_NAME_WORDS + 1)))


def post_under_date(doc: Document, meta_lines: list[Line],
                     dates: list[tuple[Line, PrintedDate]], titles: list[Line]) -> Line | None:
    """A blog's date header over its post's title ("Island Notes" / its tagline / "Tuesday,
    January 14, 2025" / "The boat that did not come" / the post): where the lines taken
    for the headline are the paste's first (the blog's name), the group is one line that
    is its date and nothing else, and the one line between it and the first paragraph
    names the story (no full stop, half its words in the first paragraphs)."""
    if not titles or titles[0].index >= MASTHEAD_LINES or len(meta_lines) != 1 or not dates:
        return None
    date = meta_lines[0]
    if not _only_a_date(date, doc.lang):
        return None
    between = [ln for ln in doc.lines[date.index + 1 : doc.start] if ln.n_words]
    if len(between) != 1:
        return None
    line = between[0]
    if (line.prose or line.text.endswith(".") or _NOT_HEADLINE.match(line.text)
            or phrased(doc, line.index)
            or echo(line, doc) < POST_ECHO):  # fmt: skip
        return None
    return line


def lede_words(doc: Document) -> set[str]:
    """The words of the first paragraphs of the body (kept on the document while its
    body bounds stay: every headline candidate is compared with them)."""
    bounds = (doc.start, doc.end)
    if doc.lede is None or doc.lede[0] != bounds:
        prose = [ln for ln in doc.lines[doc.start : doc.end] if ln.prose][:LEDE_LINES]
        doc.lede = bounds, set().union(*(ln.content_words for ln in prose))
    return doc.lede[1]


def echo(line: Line, doc: Document) -> float:
    """How much of a line's vocabulary the article's first paragraphs use again: a
    headline speaks of its story, a menu or a photo credit does not."""
    words = line.content_words
    return len(words & lede_words(doc)) / len(words) if words else 0.0


def echoed_headline(doc: Document, anchor: int, above: int) -> Line | None:
    """Above the article, the headline-like line whose words the first paragraphs repeat
    most (ties: the longer, then the nearer)."""
    best: tuple[float, int, int] | None = None
    found = None
    for line in doc.lines[max(0, anchor - above) : anchor]:
        if line.n_words < 2 or line.n_words > 30 or doc.is_chrome(line):
            continue
        if line.text.endswith((".", ":")) or _NOT_HEADLINE.match(line.text):
            continue  # a sentence, a label, a photo credit "(AP)", an address
        if parse_printed_date(line.text, doc.lang) or is_name(line.text):
            continue  # a date; a name, which an author's first paragraphs may well repeat
        if is_trail(line.text):
            continue  # a breadcrumb trail, whose sections name the story's subject too
        echoed = echo(line, doc)
        if echoed < 0.5 or len(line.content_words) < 2:
            continue
        score = (echoed, min(line.n_words, 20), line.index)
        if best is None or score > best:
            best, found = score, line
    return found


def the_headline(doc: Document, index: int) -> int:
    """The headline's own line, where the line at ``index`` taken for it is a trail
    glued to it and printed again on a line of its own ("Home News Business News Ascom
    announces..." then "Ascom announces..."), or a kicker in capitals above it."""
    line = doc.lines[index]
    folded = line.text.casefold()
    own = [other for other in doc.lines  # the same words, without the trail, elsewhere
           if 3 <= other.n_words < line.n_words and len(other.text) < len(folded) - 2
           and (not other.text[0].islower()  # a headline starts as a sentence does,
                or any(c in line.text for c in TRAIL_MARKS))  # a forum's may not
           and folded.endswith(other.text.casefold())
           and is_trail_prefix(line.text[: -len(other.text)], doc.lang)]  # fmt: skip
    if own:  # the whole trail off ("Lokales Lübeck So lief..." has "Lübeck So lief..." too)
        return min(own, key=lambda other: (other.n_words, abs(other.index - index))).index
    cut = line.text.rstrip(" .…")  # a teaser cut short: "Marode Straßen und Brücken: Erhalt..."
    if (len(cut) < len(line.text) - 1 or line.text.endswith("…")) and line.n_words >= 3:
        whole = [other for other in doc.lines
                 if len(other.text.rstrip(" .…")) > len(cut) + 2 and other.text.startswith(cut)]
        if whole:
            return min(whole, key=lambda other: abs(other.index - index)).index
    if line.text.isupper() and line.n_words <= KICKER_WORDS:
        below = next((ln for ln in doc.lines[index + 1 : index + 2] if not doc.is_chrome(ln)),
                     None)  # fmt: skip
        if (below is not None and not below.text.isupper() and line.n_words < below.n_words <= 30
                and not parse_byline(below.text, doc.lang)[0]
                and parse_printed_date(below.text, doc.lang) is None):  # fmt: skip
            return below.index
    return index
