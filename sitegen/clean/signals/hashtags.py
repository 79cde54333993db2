"""A line of hashtags alone ("#python #databases #sql"): a post's tags, as blogs and
platforms print them under the headline or after the article; never its words."""

import re

from sitegen.clean.document import Document

_TAG = re.compile(r"#[^\W_][\w-]*")


def rule(doc: Document) -> None:
    for line in doc.lines:
        if line.text.startswith("#") and all(map(_TAG.fullmatch, line.text.split())):
            doc.mark(line, "chrome", "a line of hashtags (the post's tags)")
