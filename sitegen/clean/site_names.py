"""The site's own name, as the page's copyright notices give it ("The New Republic" in
"Copyright 2022 © The New Republic. All rights reserved."): a masthead over the article,
or a tab title's tail, never the article's headline."""

from __future__ import annotations

import re

from sitegen.clean.bylines import _YEAR
from sitegen.clean.document import Document
from sitegen.clean.phrases import fold

SITE_WORDS = 6  # a site's name is at most this long
# the name a copyright notice gives after its sign and year, up to its next part: "© 2022
# The New Republic. All rights reserved.", "© bauemotion.de 2022 - <the page's title>"
_NOTICE = re.compile(r"(?:©|\bcopyright\b)[\s©]*(?:(?:19|20)\d\d\b[\s,]*)?(?:©\s*)?"
                     r"(.+?)(?=\s[-|–—]\s|\.\s|\.?$|,|\s(?:19|20)\d\d\b)")


def is_site_name(doc: Document, index: int) -> bool:
    """The line is the site's name, as its copyright notice gives it ("The New Republic" in
    "Copyright 2022 © The New Republic. All rights reserved."): a masthead, not the
    article's headline."""
    line = doc.lines[index]
    if line.n_words > SITE_WORDS or line.terminal:
        return False
    name = fold(line.text).strip()
    return bool(name) and any(name in notice for notice in notice_names(doc))


def notice_names(doc: Document) -> tuple[str, ...]:
    """The names the page's copyright notices give, folded (found once a page)."""
    if doc.notices is None:
        doc.notices = tuple(found.group(1) for ln in doc.lines
                            if ("©" in ln.text or "opyright" in ln.text)
                            and _YEAR.search(ln.text)  # a notice's year: not "© Jo Lee/dpa"
                            for found in [_NOTICE.search(fold(ln.text))] if found)  # fmt: skip
    return doc.notices
