"""A comment thread under the article: names and dates repeating between short texts
("joetoronto says:", "November 19, 2019 at 6:44 am", a comment; or both on one line,
"Alex on September 17, 2018 at 6:34 am said:"). An article's own text seldom prints a
name and a date on lines of their own three times; a thread always does. The body ends
where the thread begins."""

from itertools import pairwise, takewhile

from sitegen.clean.bylines import in_date
from sitegen.clean.document import Document, Line
from sitegen.clean.printed_dates import parse_printed_date

MIN_DATES = 3  # dates on lines of their own, each within SPAN lines of the next
SPAN = 12
MIN_COVERAGE = 0.5  # of the line's words, the share its date takes
DATE_LINE_WORDS = 12
NAME_WORDS = 5  # a commenter's name and its joining word before the date: "Gary M on"


def _is_date_line(line: Line, lang: str) -> bool:
    """A line that is mostly a date (with a commenter's name and "said:", it reads as
    running text)."""
    if line.n_words > DATE_LINE_WORDS:
        return False
    printed = parse_printed_date(line.text, lang)
    return printed is not None and printed.value is not None and printed.coverage >= MIN_COVERAGE


def _signed(doc: Document, index: int) -> bool:
    """A date with a name above it: a short line that is no sentence ("joetoronto says:"),
    or before it on its line ("Alex on September 17, ..."; not "Updated ..."). A live
    blog's timestamps stand alone above their entries, and stay."""
    line = doc.lines[index]
    printed = parse_printed_date(line.text, doc.lang)
    name = list(takewhile(lambda word: not in_date(word), line.text.split()))
    if (printed is not None and not printed.label and 0 < len(name) <= NAME_WORDS
            and name[0][:1].isupper() and not any(w.endswith(":") for w in name)):  # fmt: skip
        return True  # not a field's label either: "Entries close: 3 November 2019"
    before = doc.lines[index - 1] if index > 0 else None
    return before is not None and not before.prose and 1 <= before.n_words <= 4 \
        and not _is_date_line(before, doc.lang)  # fmt: skip


def rule(doc: Document) -> None:
    # the thread may run on past the body's end (its last comments, an island of text
    # under chrome, trimmed already): only its first date must stand inside the body
    dated = [ln.index for ln in doc.lines[doc.start : doc.end + SPAN]
             if _is_date_line(ln, doc.lang) and _signed(doc, ln.index)]  # fmt: skip
    for size in (MIN_DATES, ANSWERED):
        for i in range(len(dated) - size + 1):
            run = dated[i : i + size]
            if run[0] < doc.end and all(b - a <= SPAN for a, b in pairwise(run)) and (
                    size == MIN_DATES or _answered(doc, run)):  # fmt: skip
                doc.end_body(_thread_start(doc, run), "a comment thread: names and dates repeating")
                return


ANSWERED = 2  # comments enough, where each has the same button under it ("Reply")
BUTTON_WORDS = 2


def _answered(doc: Document, run: list[int]) -> bool:
    """Under each dated comment of ``run``, before the next, the same short line: a reply
    button ("Reply", "Antworten"), which no article prints after each of its dates."""
    buttons = []
    for start, stop in pairwise([*run, min(run[-1] + SPAN, len(doc.lines))]):
        found = {ln.text for ln in doc.lines[start + 1 : stop]
                 if ln.n_words <= BUTTON_WORDS and not ln.prose and not _is_date_line(ln, doc.lang)}
        buttons.append(found)
    return bool(set.intersection(*buttons)) if buttons else False


def _thread_start(doc: Document, run: list[int]) -> int:
    """Where the thread that dates the lines of ``run`` begins: as many of its beats back
    as a date line keeps its rhythm (the first card's name may be too long to read as
    signing it: "Anthony, Maya, Nadine, and Caroline Ghosn"), then past the short lines
    of that unit above its date (a commenter's name; a teaser's headline and author)."""
    step, first = run[1] - run[0], run[0]
    while first - step > doc.start and _is_date_line(doc.lines[first - step], doc.lang):
        first -= step
    for _ in range(step - 1):
        before = doc.lines[first - 1] if first - 1 > doc.start else None
        if before is None or before.prose or _is_date_line(before, doc.lang):
            break
        first -= 1
    return first
