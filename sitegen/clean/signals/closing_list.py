"""A list the article announces at its end: its last paragraph, or a short line under it,
ends with a colon ("The Doobie Brothers 50th Anniversary Tour 2020 dates:") or is a
heading that names the story ("The Doobie Brothers Tour Dates": most of its words are
words the article's paragraphs keep using; a list of other stories is headed "More
Music", "Related"), and items of one shape follow ("June 9 -- Coral Sky Amphitheatre,
West Palm Beach, FL"): the same mark between each item's parts, each short. The body goes
on to the list's last item; a line of another shape, or one another rule marked, ends it."""

from __future__ import annotations

from collections import Counter

from sitegen.clean.document import Document, Line

LIST_MARKS = (" -- ", " – ", " — ", " - ", " | ", ": ", " · ")  # between an item's parts
ANNOUNCED_MARKS = (" -- ", " – ", " — ", " - ", " | ", " · ")  # not ": ", in teasers' headlines
LIST_ITEMS, LIST_WORDS = 3, 20  # items that make a list; an item's words, at most
CLOSING_LIST = "the article's closing list, announced by a colon"  # the items' reason
HEADING_WORDS = 7  # a heading over the list, at most
STORY_LINES, STORY_SHARE = 2, 0.5  # a heading names the story: this share of its words are
# words this many of the article's paragraphs use


def one_shape(items: list[Line], marks: tuple[str, ...] = LIST_MARKS) -> str | None:
    """The mark every one of ``items`` holds between its parts, if they are a list's."""
    if len(items) < LIST_ITEMS or any(ln.n_words > LIST_WORDS for ln in items):
        return None
    return next((m for m in marks if all(m in ln.text for ln in items)), None)


def rule(doc: Document) -> None:
    end = doc.end
    if not 0 < end < len(doc.lines):
        return
    marks: tuple[str, ...]
    first, marks = end, ANNOUNCED_MARKS
    if not doc.lines[end - 1].text.endswith(":"):
        intro = doc.lines[end]
        if intro.index in doc.verdicts or intro.n_words > LIST_WORDS:
            return
        if not intro.text.endswith(":"):
            if not _names_story(intro, doc):
                return
            marks = LIST_MARKS  # a heading, not a sentence: its items may hold a colon
        first = end + 1
    items = doc.lines[first : first + LIST_ITEMS]
    mark = one_shape(items, marks)
    if mark is None or any(ln.index in doc.verdicts for ln in items):
        return
    last = first
    for line in doc.lines[first:]:
        if line.index in doc.verdicts or mark not in line.text or line.n_words > LIST_WORDS:
            break
        doc.mark(line, "body", CLOSING_LIST)
        last = line.index
    doc.end = last + 1


def _names_story(line: Line, doc: Document) -> bool:
    """A short heading, not a sentence, most of whose words the article's paragraphs keep
    using ("The Doobie Brothers Tour Dates" under a story about the band's tour)."""
    words = line.content_words
    if not words or line.terminal or line.n_words > HEADING_WORDS or line.text[0].islower():
        return False
    used = Counter(w for ln in doc.lines[doc.start : doc.end] if ln.prose
                   for w in ln.content_words & words)  # fmt: skip
    return sum(used[w] >= STORY_LINES for w in words) >= STORY_SHARE * len(words)
