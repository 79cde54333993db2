"""The headline is shown by the theme: a copy of it at the top of the body goes.

The standfirst (the page's description) stays when the body prints it: many sites
describe a page by its first paragraph, which then belongs to the text.
"""

from sitegen.saved.page import PageDocument

HEAD = 3  # text blocks from the top where a headline copy sits


def rule(doc: PageDocument) -> None:
    titles = {t.casefold() for t in doc.titles}
    for line in doc.text_lines()[:HEAD]:
        if line.text.casefold() in titles:
            doc.mark(line, "title", "the headline")
