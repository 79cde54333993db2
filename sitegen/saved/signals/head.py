"""Before the first paragraph of running text, short labels and buttons ("Print", "Text
size", "By") are the page's toolbar; subheadings there stay."""

from sitegen.saved.page import PageDocument

MAX_WORDS = 5
LABEL_TAGS = {"p", "ul", "ol", "dl"}


def rule(doc: PageDocument) -> None:
    for line in doc.lines:
        if line.prose and doc.role(line) is None:
            return
        is_label = doc.block(line).tag in LABEL_TAGS and not line.terminal
        if line.index not in doc.verdicts and is_label and line.n_words <= MAX_WORDS:
            doc.mark(line, "chrome", "a label above the text")
