"""Captions and credits travel with their picture: kept in the HTML as the figure's
caption, left out of the text (and of what the chrome signals count as prose).

A block is a caption when its words are (most of) a text the page marks up as one.
"""

from sitegen.saved.metadata import MAX_CAPTION_WORDS, MIN_CAPTION_WORDS, word_key
from sitegen.saved.page import PageDocument

MIN_COVER = 0.8  # of the block's words found in one caption


def is_caption(key: str, captions: frozenset[str]) -> bool:
    if key.count(" ") + 1 < MIN_CAPTION_WORDS:
        return False
    if key in captions or any(key in c for c in captions):
        return True
    return any(c in key and len(c) >= MIN_COVER * len(key) for c in captions)


def rule(doc: PageDocument) -> None:
    if not doc.caption_texts:
        return
    for line in doc.lines:
        if line.index in doc.verdicts or line.n_words > MAX_CAPTION_WORDS:
            continue
        if is_caption(word_key(line.text), doc.caption_texts):
            doc.mark(line, "caption", "marked up as a caption")
