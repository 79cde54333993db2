"""A block that is mostly link (or a bare web address) points to another page (a teaser,
"Also on ...", a tag list): real paragraphs link a few words, not all of them."""

import re

from sitegen.clean.context import CleanContext
from sitegen.saved.page import PageDocument

MIN_SHARE = 0.9  # of the block's text inside links
MIN_SHARE_SHORT = 0.5  # ... for a short block: a label and a link ("Related: <headline>")
SHORT = 25  # words
MAX_WORDS = 40  # a whole paragraph that is one link is rare but real: keep long ones
BARE_URL = re.compile(r"(https?://|www\.)\S+")


def rule(doc: PageDocument, ctx: CleanContext) -> None:
    for line in doc.lines:
        block = doc.block(line)
        if line.index in doc.verdicts or block.tag in ("figure", "img"):
            continue
        if BARE_URL.fullmatch(line.text):
            doc.mark(line, "chrome", "a bare web address")
            continue
        share = MIN_SHARE_SHORT if line.n_words <= SHORT else MIN_SHARE
        if block.link_share >= share and line.n_words <= MAX_WORDS:
            doc.mark(line, "chrome", f"mostly link ({block.tag})")
