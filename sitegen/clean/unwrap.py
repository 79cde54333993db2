"""Paragraphs made whole again: a paste out of an e-mail, a plain-text archive or a PDF
breaks each paragraph into lines of one width, a blank line between paragraphs; a page
that sets its first letter as a drop cap pastes it on a line of its own ("T" over "he first
time ..."). The cleaner reads a line as a unit (a paragraph, a headline, a button), so such
a paragraph must be one line again before anything reads it.

A page is wrapped when no line (or one: a long address) runs past ``MAX_WIDTH``, blank
lines part its paragraphs, and of its lines filled to near the page's width with another
line straight under them, at least ``MIN_JOINS`` and half go on with a word in lower case
(the sentence goes on); a browser's paste prints each paragraph on one line, most of them
longer, and a menu's or a list's lines start with capitals. Within a wrapped page, a line
filled to near the width runs on into the next one.
"""

from __future__ import annotations

import re

MAX_WIDTH = 100  # the widest a wrapped line is (72 to 80 are usual)
MIN_WIDTH = 50  # ... and the narrowest width worth the name
LONGER_LINES = 1  # lines past MAX_WIDTH a wrapped page may still hold (an address)
SLACK = 20  # a wrapped line falls short of the width by at most the next word
MIN_JOINS = 3  # lines run on into the next: fewer tell no wrapping from chance
_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s")  # a list's item starts its own line
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # broken after its hyphen: "long-" / "awaited"


def unwrap(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines`` (each line's number and its text, white space made single; "" for a blank
    line) with each wrapped paragraph joined into one line, numbered as its first, and
    each drop cap joined to the rest of its word."""
    lines = _with_drop_caps(lines)
    filled = _filled(lines)
    if not filled:
        return lines
    joined: list[tuple[int, str]] = []
    run_on = False
    for i, (number, text) in enumerate(lines):
        if run_on and text:
            before_number, before = joined[-1]
            glue = "" if _HYPHENATED.search(before) else " "
            joined[-1] = (before_number, before + glue + text)
        else:
            joined.append((number, text))
        run_on = i in filled
    return joined


def _filled(lines: list[tuple[int, str]]) -> set[int]:
    """The indexes of the lines that run on into the next, or none where the page is not
    wrapped."""
    lengths = [len(text) for _, text in lines]
    longer = sum(1 for n in lengths if n > MAX_WIDTH)
    width = max((n for n in lengths if n <= MAX_WIDTH), default=0)
    if longer > LONGER_LINES or width < MIN_WIDTH or 0 not in lengths:
        return set()  # a browser's paste, or no blank line between paragraphs
    found = {i for i in range(len(lines) - 1)
             if width - SLACK <= lengths[i] <= MAX_WIDTH and lengths[i + 1]
             and not _ITEM.match(lines[i + 1][1])}  # fmt: skip
    # a sentence goes on in the line under: most wrapped lines, few lines of a menu or list
    going_on = sum(1 for i in found if lines[i + 1][1][0].islower())
    return found if going_on >= max(MIN_JOINS, len(found) / 2) else set()


DROP_CAP_WORDS = 6  # the paragraph a drop cap opens: not a button ("X" over "facebook")


def _with_drop_caps(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A capital letter alone on its line, the rest of its word opening the paragraph on
    the next one in lower case ("T" / "he first time I met ..."), joined into one line."""
    if not any(len(text) == 1 for _, text in lines):
        return lines
    joined: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        number, text = lines[i]
        after = lines[i + 1][1] if i + 1 < len(lines) else ""
        if (len(text) == 1 and text.isupper() and after[:1].islower()
                and len(after.split()) >= DROP_CAP_WORDS):  # fmt: skip
            joined.append((number, text + after))
            i += 2
            continue
        joined.append((number, text))
        i += 1
    return joined
