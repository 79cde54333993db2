"""Repetition: a picture's caption printed twice, once on the slide ("Item 1 of 2 The ferry
at Ballycastle harbour ... REUTERS/Jo Lee") and once under it with the gallery's counter and
buttons glued on ("[1/2]The ferry at Ballycastle harbour ... REUTERS/Jo Lee Purchase
Licensing Rights"). Where the first, closed by its credit, is chrome or above the article
outside its headline group, or the copy prints its credit too, a line of the body that
prints most of it again is chrome too: the article prints its sentences once.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from sitegen.clean.credits import ends_with_credit
from sitegen.clean.document import Document, Line

ABOVE = 3  # lines above a body line where the caption's first printing stands
MIN_CHARS = 40  # a caption this long at least: shorter lines repeat by chance
SHARED = 0.6  # of the shorter of the two lines, printed in one run in both
PROBE = 20  # characters from the middle of the chrome line, looked for first (cheap)
REASON = "a caption printed again"


def _printed_again(chrome: Line, line: Line) -> bool:
    """Most of ``chrome``'s text is printed in one run in ``line`` too (a probe from its
    middle first: most lines share no such run)."""
    a, b = chrome.text, line.text
    if len(a) < MIN_CHARS:
        return False
    middle = len(a) // 2
    if a[middle - PROBE // 2 : middle + PROBE // 2] not in b:
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= SHARED * min(len(a), len(b))


def _outside(doc: Document, line: Line) -> bool:
    """Chrome, or above the article and not of its headline group: not a teaser or
    standfirst, whose words the first paragraph may well say again."""
    return doc.is_chrome(line) or (line.index < doc.start and doc.role(line) is None)


CREDIT_TAIL = 12  # characters of a caption's end, its credit's


def _credited_again(doc: Document, caption: Line, line: Line) -> bool:
    """Where the body starts at the picture, its first printing is no chrome yet: the
    copy prints its credit too ("REUTERS/Jo Lee"), as a paragraph the caption quotes
    does not."""
    return doc.role(caption) is None and caption.text[-CREDIT_TAIL:] in line.text


def rule(doc: Document) -> None:
    for line in doc.lines[doc.start : doc.end]:
        if len(line.text) < MIN_CHARS or doc.role(line) not in (None, "body"):
            continue
        for other in doc.lines[max(0, line.index - ABOVE) : line.index]:
            if ((_outside(doc, other) or _credited_again(doc, other, line))
                    and _printed_again(other, line)
                    and ends_with_credit(other.text)):  # a caption closed by its credit
                doc.mark(line, "chrome", REASON)
                break
