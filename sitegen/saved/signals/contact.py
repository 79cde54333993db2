"""A short line giving an e-mail address ("Write to Al Root at al@example.com") is the
author's contact line, printed with the byline's information, not the text."""

import re

from sitegen.saved.page import PageDocument

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
MAX_WORDS = 25


def rule(doc: PageDocument) -> None:
    for line in doc.lines:
        if line.index not in doc.verdicts and line.n_words <= MAX_WORDS and EMAIL.search(line.text):
            doc.mark(line, "meta", "a contact address")
