"""A second copy of the headline, or of a line above it the rules took for chrome, is
chrome; so is a pull quote repeating a body line: a quoted sentence whose words a longer
paragraph prints too ("“They’ve learned that a net means dinner.”" beside "\"They've
learned that a net means dinner,\" said ..."). A quotation without its full stop heads the
paragraph quoted ("\"My fears have been realized\""), and stays."""

from sitegen.clean.document import Document, Line
from sitegen.clean.phrases import fold

QUOTE_WORDS = (5, 30)  # words of a pull quote, told by its words inside a paragraph
_OPENING_QUOTES = "\"'“‘„«‹‚"


def rule(doc: Document) -> None:
    seen = {line.text.casefold() for line in doc.lines if doc.role(line) in ("title", "subtitle")}
    body = []
    for line in doc.lines[doc.start : doc.end]:
        key = line.text.casefold()
        if line.index in doc.verdicts:
            if doc.is_chrome(line):
                seen.add(key)  # a widget's line, printed again further down: the widget's
            continue
        body.append(line)
        if key in seen:
            doc.mark(line, "chrome", "repeats an earlier line")
        seen.add(key)
    paragraphs = [_joined(line) for line in body if line.prose]
    for line in body:
        if (line.index in doc.verdicts or not QUOTE_WORDS[0] <= line.n_words <= QUOTE_WORDS[1]
                or line.text[0] not in _OPENING_QUOTES or not line.terminal):  # fmt: skip
            continue
        words = _joined(line)
        if any(words in p and len(p) > len(words) for p in paragraphs):
            doc.mark(line, "chrome", "a pull quote, printed in its paragraph too")


def _joined(line: Line) -> str:
    """The line's words, case folded, between spaces: quotes and punctuation left out
    ("“They’ve learned ...”" is found in "\"They've learned ...,\" said ...")."""
    return " " + fold(" ".join(line.words)) + " "
