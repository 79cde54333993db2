"""The commonest prompts and labels, from small per-language data files: a last resort."""

from sitegen.clean.byline_tail import split_tail
from sitegen.clean.document import Document
from sitegen.clean.people import is_name
from sitegen.clean.phrases import PHRASED, phrase_list

MAX_WORDS = 40  # a prompt or label is never a long paragraph
SEPARATORS = " ·|•-–—,"  # between a name and the reading time beside it
TIME_WORDS = 4  # a reading time's words, its figure's among them ("6 min read", "5 Min. Lesezeit")


def rule(doc: Document) -> None:
    phrases = phrase_list()
    for line in doc.lines:
        if line.n_words > MAX_WORDS:
            continue
        found = phrases.match(line.text, line.n_words)
        if found and not _named_reading_time(line.text, found):
            doc.mark(line, "chrome", f"{PHRASED}: {found!r}")


def _named_reading_time(text: str, found: str) -> bool:
    """A reading time beside the writer's name alone ("Marta Kowalski · 6 min read", as
    Medium, Pocket and many blogs print it): a byline, which the metadata reads, not the
    label the reading time alone is."""
    figure = next((i for i, ch in enumerate(text) if ch.isdigit()), None)
    if not figure or text[figure - 1] not in SEPARATORS or text.casefold().startswith(found):
        return False  # no figure, or one glued to a word ("Der BR24 Newsletter")
    if len(text[figure:].split()) > TIME_WORDS:
        return False  # a sentence going on past a figure, no reading time
    head, dated = split_tail(text)
    return dated and is_name(head.strip(SEPARATORS))
