"""Short lines between body paragraphs: a subheading introduces what follows, a teaser
headline of another story does not.

Subheadings are short (a few words) and open a run of paragraphs, or the paragraph after
them takes up their words; teasers read as whole headlines (longer, no closing
punctuation) dropped between paragraphs, or two to four in a row that share no word with
the article's paragraphs; list items come in runs, or open with a list's
mark ("4. ", "● "); a line after a colon belongs to the sentence that announced it, and
so do the lines after it that share its shape (the same mark between their parts: "Path
B: Scotland, Norway"; a small letter first, as no headline has it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitegen.clean.document import UNSPACED, Document, Line
from sitegen.clean.people import is_name
from sitegen.clean.phrases import phrase_list
from sitegen.clean.signals.closing_list import LIST_MARKS, LIST_WORDS
from sitegen.stopwords import stop_words

MAX_HEADING_WORDS = 7
TEASER_WORDS = 8
ECHO_SHARE = 0.5  # a longer line whose content words the paragraph after it repeats this much
ANNOUNCED = "announced by a colon in the line before"
INTRODUCING = "short line introducing the paragraphs after it"
TEASER = "headline-like line between paragraphs (teaser or caption)"
LINKED = "the link under"  # ... a link's label, named after it
IN_A_LIST = "item in a run of short lines (a list)"
LONE_LABEL = "lone label between paragraphs"
INTRO_WORDS = 3  # a list of plain lines goes on under an introduction this long ("Tags:" is none)
CUT = ("…", "...")  # a line cut short: a teaser's headline, no list's item
LIST_ITEM = "an item of the list a colon announced, of its shape"
# a gallery's counter: "Image 1 of 4", "Bild 2 von 10", "Photo 3/12", "1 sur 5"
_COUNTER = re.compile(r"^(?:[^\W\d_]+\s+)?\d{1,3}\s*(?:/|of|von|sur|de|di)\s*\d{1,3}$", re.I)
_ITEM_MARK = re.compile(r"(?:\d{1,2}[.)]|[•●▪◦‣])\s+[^\W\d_]")  # "4. Put", "● Fast": a list's
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+\S")  # a numbered item's or heading's number


def numbered_next(line: Line, above: Iterable[Line]) -> bool:
    """The line goes on the numbered items or headings among ``above`` ("6. Join the
    Saturday céilí" after "5. Watch the storm from the pier"): a list article's next one."""
    found = _NUMBERED.match(line.text)
    if found is None:
        return False
    previous = str(int(found.group(1)) - 1)
    return any((m := _NUMBERED.match(x.text)) is not None and m.group(1) == previous
               for x in above)  # fmt: skip


def looks_like_heading(line: Line) -> bool:
    """Short, capitalised, not trailing off; no spaced bar between its parts, which
    separates a credit's names ("Natalie Naccache | Bloomberg | Getty Images") or a
    menu's items, not a subheading's words."""
    first = line.text[:1]
    return (
        line.n_words <= MAX_HEADING_WORDS
        and not line.text.endswith((",", ";", "-", "–", "—"))
        and (first.isupper() or first.isdigit())
        and " | " not in line.text
    )


def shape(line: Line) -> frozenset[str]:
    """What a list's items share: the marks between their parts, a small letter or a
    figure first."""
    marks = {m for m in LIST_MARKS if m in line.text}
    first = line.text[0]
    if first.islower():
        marks.add("lower")
    elif first.isdigit():
        marks.add("figure")
    return frozenset(marks)


def classify(line: Line, before: Line | None, after: Line | None,
             items: frozenset[str] | None = None) -> tuple[str, str]:  # fmt: skip
    """The line's role between paragraphs, from its neighbours; ``items`` is the shape of
    the list a colon announced that the line before belongs to, if it does (``None``
    where it does not): an item goes on the list where it shares a mark with them or has
    their shape ("The main changes were:" / capitalised items of any length)."""
    if line.prose:
        return "body", "running text in the article"
    if _COUNTER.match(line.text):
        return "chrome", "a gallery's counter"
    if line.terminal:
        return "body", "short sentence in the article"
    cut = line.text.endswith(CUT)
    if before is not None and before.text.endswith(":") and not cut:
        return "body", ANNOUNCED
    if items is not None and line.n_words <= LIST_WORDS and not cut and (
            items & shape(line) or items == shape(line)):  # fmt: skip
        return "body", LIST_ITEM
    if after is not None and after.prose and looks_like_heading(line):
        return "heading", INTRODUCING
    if after is not None and after.prose and _echoed_by(line, after):
        return "heading", "a subheading: the paragraph after it takes up its words"
    if _ITEM_MARK.match(line.text):
        return "body", "a list item, by the mark it opens with"
    if line.n_words >= TEASER_WORDS:
        return "chrome", TEASER
    in_run = any(x is not None and not x.prose and not x.terminal for x in (before, after))
    if in_run:
        return "body", IN_A_LIST
    return "chrome", LONE_LABEL


def _echoed_by(line: Line, after: Line) -> bool:
    """A longer subheading ("The Streaming Quality Seems To Be Mostly Excellent") says what
    the paragraph after it goes on to say; a teaser for another story seldom does."""
    words = line.content_words
    return len(words) >= 2 and len(words & after.content_words) >= ECHO_SHARE * len(words)


LABEL_OVER = 2  # lines a link's label may stand over it: an advert may come between


def link_label(doc: Document, line: Line) -> str | None:
    """The label of a link the line stands under, alone on its line above it ("Related",
    "Mehr zum Thema", "Lire aussi": the phrase lists' ``>`` phrases), an advert's label
    between them or not, if it does."""
    if line.prose:
        return None
    phrases = phrase_list()
    for above in reversed(doc.lines[max(0, line.index - LABEL_OVER) : line.index]):
        verdict = doc.verdicts.get(above.index)
        if verdict is None or verdict.role != "chrome":
            return None
        found = phrases.link_label(above.text)
        if found is not None:
            return found
    return None


def rule(doc: Document) -> None:
    for line in doc.lines[doc.start : doc.end]:
        label = link_label(doc, line) if line.index not in doc.verdicts else None
        if label is not None:  # another story's headline, under "Related"
            doc.mark(line, "chrome", f"{LINKED} {label!r}")
    kept = [x for x in doc.lines[doc.start : doc.end] if x.index not in doc.verdicts]
    items: frozenset[str] | None = None  # of the list a colon announced, while it goes on
    for pos, line in enumerate(kept):
        before = kept[pos - 1] if pos > 0 else None
        after = kept[pos + 1] if pos + 1 < len(kept) else None
        role, reason = classify(line, before, after, items)
        doc.mark(line, role, reason)
        if reason == ANNOUNCED:
            items = shape(line)
            if not items and before is not None and before.n_words < INTRO_WORDS:
                items = None  # plain lines under a label ("Tags:"): a menu's, no list
        elif reason != LIST_ITEM:
            items = None
    _other_stories(doc, kept)
    _blurbs_under_links(doc)


BLURB_WORDS = 40  # a teaser's blurb is a sentence or two


def _blurbs_under_links(doc: Document) -> None:
    """Teasers under a link's label, each a headline over its blurb ("Related stories" /
    "Fares to rise by 5% in spring" / "The operator said the increase would ..." / "Island
    petition reaches 1,000 signatures" / "Residents say ..."): where a second headline,
    read as another story's, follows the first one's blurb, each blurb goes with its
    headline. One link over a paragraph is no such list: the paragraph may be the
    article's, going on under the link."""
    for line in doc.lines[doc.start : doc.end]:
        verdict = doc.verdicts.get(line.index)
        if verdict is None or not verdict.reason.startswith(LINKED):
            continue
        blurbs, at = [], line.index + 1
        while at + 1 < doc.end and _blurb(doc, at):
            blurbs.append(at)
            nxt = doc.verdicts.get(at + 1)
            if nxt is None or nxt.reason != TEASER:
                break
            at += 2
        if len(blurbs) >= 2:
            for i in blurbs:
                doc.mark(doc.lines[i], "chrome", "a teaser's blurb under its headline")


def _blurb(doc: Document, index: int) -> bool:
    line = doc.lines[index]
    return line.prose and line.n_words <= BLURB_WORDS and doc.role(line) == "body"


def _headline_like(line: Line) -> bool:
    """A headline's shape: words enough (``TEASER_WORDS_LEAST``), not a name, no label's
    colon or bar ("Foto: ... | Vídeo: EPV"), no figures (a table's row, a version's
    number); in a script with spaces (the words of one without are not told apart)."""
    return (line.n_words >= TEASER_WORDS_LEAST and not is_name(line.text)
            and not any(c in line.text for c in ":|") and not any(map(str.isdigit, line.text))
            and not UNSPACED.search(line.text))


TEASER_WORDS_LEAST = 3
TEASER_RUN, TEASER_RUN_MOST = 2, 4  # headline-like lines in a row between paragraphs: a box
# of other stories (a longer run is a list)


LABEL_WORDS = 3  # a widget's label between paragraphs ("LÄS ÄVEN"), at most


def _label_over(doc: Document, line: Line) -> bool:
    """A widget's label between paragraphs: a word or few in capitals, no sentence, read as
    a lone label or a list's first item ("LÄS ÄVEN", "İLGİLİ HABERLER")."""
    return (line.n_words <= LABEL_WORDS and line.text.isupper() and not line.terminal
            and doc.verdicts[line.index].reason in (LONE_LABEL, IN_A_LIST))  # fmt: skip


def _other_stories(doc: Document, kept: list[Line]) -> None:
    """Headline-like lines between paragraphs, none of whose words the article's
    paragraphs use: other stories' headlines, in a row ("Seafront cafe owner fears summer
    closure", "Lifeboat crew honoured for winter rescue"), dropped between paragraphs
    without a "Related" over them, or one alone under a label the lists do not know ("LÄS
    ÄVEN", "İLGİLİ HABERLER"). A subheading or a list item speaks of the article's
    matters."""
    shaped = {ln.index for ln in kept if doc.verdicts[ln.index].reason in (INTRODUCING, IN_A_LIST)
              and _headline_like(ln)}  # fmt: skip
    if not shaped:
        return
    stop = stop_words(doc.lang)
    told = {w for ln in kept if ln.prose for w in ln.content_words} - stop
    foreign = {i for i in shaped if not (doc.lines[i].content_words - stop) & told}
    for pos, alone in enumerate(kept[1:-1], start=1):
        above, under = kept[pos - 1], kept[pos + 1]
        if alone.index in foreign and under.prose and _label_over(doc, above):
            doc.mark(alone, "chrome", "another story's headline under a label")
    if len(shaped) < TEASER_RUN:
        return
    run: list[Line] = []
    before: Line | None = None  # the line above the run
    for line in [*kept, None]:
        if line is not None and line.index in foreign:
            run.append(line)
            continue
        between = before is not None and before.prose and line is not None and line.prose
        if TEASER_RUN <= len(run) <= TEASER_RUN_MOST and between:
            for teaser in run:
                doc.mark(teaser, "chrome", "other stories' headlines between paragraphs")
        run, before = [], line

