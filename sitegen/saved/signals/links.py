"""A block that is mostly link (or a bare web address) points to another page (a teaser,
"Also on ...", a tag list): real paragraphs link a few words, not all of them."""

import re

from sitegen.clean.document import count_words
from sitegen.saved.page import Block, PageDocument

MIN_SHARE = 0.8  # of the block's text inside links
MIN_SHARE_SHORT = 0.5  # ... for a short block: a label and a link ("Related: <headline>")
SHORT = 25  # words
MAX_WORDS = 40  # a whole paragraph that is one link is rare but real: keep long ones
MIN_ITEMS = 2
HEADLINE_WORDS = 3
FOOTNOTE = re.compile(r"\[\d+\]|\^")  # "[1] Author, Title ...": the text's sources
BARE_URL = re.compile(r"(https?://|www\.)\S+")


def teaser_list(block: Block) -> bool:
    """A list whose every item opens with a link to a headline, followed by its summary."""
    items = [li for li in block.element if li.tag == "li"]
    if len(items) < MIN_ITEMS:
        return False
    for li in items:
        links = [a for a in li.iter("a")]
        text = " ".join(" ".join(li.itertext()).split())
        first = " ".join(" ".join(links[0].itertext()).split()) if links else ""
        if count_words(first) < HEADLINE_WORDS or not text.startswith(first):
            return False
        if text[len(first) :].lstrip()[:1] in (".", ",", ";", ":", ")"):
            return False  # the link is part of a sentence, not a headline
    return True


def rule(doc: PageDocument) -> None:
    for line in doc.lines:
        block = doc.block(line)
        if line.index in doc.verdicts or block.tag in ("figure", "img"):
            continue
        if FOOTNOTE.match(line.text):
            continue
        if BARE_URL.fullmatch(line.text):
            doc.mark(line, "chrome", "a bare web address")
            continue
        if block.tag in ("ul", "ol") and teaser_list(block):
            doc.mark(line, "chrome", "a list of teasers: linked headlines with summaries")
            continue
        # a short block: a label and headlines; but a sentence with several links is a
        # sentence that cites its sources
        cites = line.terminal and sum(1 for _ in block.element.iter("a")) > 1
        # ... and a label with a name or handle ("Account: @name") is not a pointer elsewhere
        linked = count_words(" ".join(t for a in block.element.iter("a") for t in a.itertext()))
        teaser = not cites and linked >= HEADLINE_WORDS
        share = MIN_SHARE_SHORT if line.n_words <= SHORT and teaser else MIN_SHARE
        is_list = block.tag in ("ul", "ol", "table")  # of links, however long: navigation
        if block.link_share >= share and (line.n_words <= MAX_WORDS or is_list):
            doc.mark(line, "chrome", f"mostly link ({block.tag})")
