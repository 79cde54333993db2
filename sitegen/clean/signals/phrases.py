"""The commonest prompts and labels, from small per-language data files: a last resort."""

from sitegen.clean.document import Document
from sitegen.clean.phrases import PHRASED, phrase_list

MAX_WORDS = 40  # a prompt or label is never a long paragraph


def rule(doc: Document) -> None:
    phrases = phrase_list()
    for line in doc.lines:
        if line.n_words > MAX_WORDS:
            continue
        found = phrases.match(line.text, line.n_words)
        if found:
            doc.mark(line, "chrome", f"{PHRASED}: {found!r}")
