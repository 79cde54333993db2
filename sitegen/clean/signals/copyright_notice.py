"""The page's copyright notice ("© 2019 CBS Interactive Inc. All Rights Reserved.",
"Copyright 2020 The Associated Press") is its footer: nothing under it is the article,
however much text follows (a cookie dialog's paragraphs, a modal's). A notice opens with
its mark and dates itself at once; a picture's credit ("© Lucy Nicholson", "© dpa")
names its holder first, and stays."""

import re

from sitegen.clean.document import Document

# the word and the mark together, or a mark then a year within the next word or two
_MARK = r"(?:©|ⓒ|\(c\))"
NOTICE = re.compile(
    rf"copyright\s*{_MARK}|{_MARK}\s*copyright\b"
    rf"|(?:{_MARK}|copyright\b)(?:\s*{_MARK})?[\s,]*(?:\S+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def notice(doc: Document, start: int, end: int) -> int | None:
    """The index of the first copyright notice in ``doc.lines[start:end]`` under some of
    its text: none above the text (a masthead's notice is not the page's footer)."""
    seen_prose = False
    for line in doc.lines[start:end]:
        if seen_prose and NOTICE.match(line.text):
            return line.index
        seen_prose |= line.prose and not doc.is_chrome(line)
    return None


REASON = "the page's copyright notice and what follows it"


def rule(doc: Document) -> None:
    found = notice(doc, doc.start, doc.end)
    if found is not None:
        doc.end_body(found, REASON)
