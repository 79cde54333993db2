"""Put back what the extractor left out of the article's own containers.

Two cases, both judged on the page as saved (trafilatura changes the tree it reads):
- a paragraph of running text inside the container that holds the article, dropped
  (a drop cap, many inline links, an odd wrapper);
- an article split into sections of one kind (``<div class="body">``, an advertisement,
  the next ``<div class="body">``): trafilatura keeps the section it judged best, the
  siblings of the same kind holding only new running text are the rest of it
  (readability's sibling rule, narrowed).
"""

from __future__ import annotations

from collections import Counter
from copy import deepcopy

from lxml.etree import _Element
from lxml.html import HtmlElement

from sitegen.clean.document import Line, count_words, normalise
from sitegen.saved.metadata import word_key

TEXT_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "blockquote"}
PROSE_WORDS = 15  # a paragraph this long is running text
MIN_PROSE = 2  # paragraphs of running text a sibling section must have
MAX_LINK_SHARE = 0.3
CODE_CHARS = "<>{}=&;|"  # text thick with these is markup or code shown as text
MAX_CODE = 0.02
MAX_SEEN = 0.2  # a paragraph partly kept already (in another form) is not a dropped one


def _words(el: HtmlElement) -> int:
    return count_words(el.text_content())


def _link_share(el: HtmlElement) -> float:
    text = len(el.text_content())
    return sum(len(a.text_content()) for a in el.iter("a")) / text if text else 1.0


def main_container(original: HtmlElement, keys: set[str]) -> HtmlElement | None:
    """The element of the saved page holding most of the paragraphs the extractor kept."""
    parents: Counter[HtmlElement] = Counter(
        p.getparent() for p in original.iter("p") if word_key(p.text_content()) in keys
    )
    if not parents:
        return None
    main, _ = parents.most_common(1)[0]
    return main


def sections(
    original: HtmlElement, main: HtmlElement, keys: set[str]
) -> tuple[list[HtmlElement], int] | None:
    """The sections of the article in page order and the index of the one trafilatura
    kept, or None when the article is not split (the usual case)."""
    if not main.get("class"):
        return None
    same = [el for el in original.iter(main.tag) if el.get("class") == main.get("class")]
    if len(same) < 2 or any(el is not main and main in el.iterancestors() for el in same):
        return None
    found = []
    for el in same:
        prose = [c for c in el if _is_prose(c)]
        new = [p for p in prose if word_key(p.text_content()) not in keys]
        if el is main or (
            len(new) >= MIN_PROSE and len(new) == len(prose) and _link_share(el) <= MAX_LINK_SHARE
        ):
            found.append(el)
    if len(found) < 2:
        return None
    return found, found.index(main)  # sections already kept in part are left as they are


def blocks_of(section: HtmlElement) -> list[HtmlElement]:
    return [c for c in section if isinstance(c.tag, str) and c.tag in TEXT_TAGS and _words(c)]


def _seen_share(key: str, body_key: str, n: int = 5) -> float:
    """How much of a paragraph (as runs of ``n`` words) the kept text already holds."""
    words = key.split()
    runs = [" ".join(words[i : i + n]) for i in range(0, max(1, len(words) - n + 1), n)]
    return sum(run in body_key for run in runs) / len(runs)


def _is_prose(el: HtmlElement) -> bool:
    """A paragraph of running text: long, ends like a sentence, not code or markup."""
    line = Line(0, 0, normalise(el.text_content()))
    code = sum(line.text.count(c) for c in CODE_CHARS) / max(1, len(line.text))
    return el.tag == "p" and line.n_words >= PROSE_WORDS and line.terminal and code < MAX_CODE


def is_dropped_prose(el: HtmlElement, body_key: str) -> bool:
    return (
        _is_prose(el)
        and _link_share(el) <= MAX_LINK_SHARE
        and _seen_share(word_key(el.text_content()), body_key) < MAX_SEEN
    )


def kept_keys(body: _Element) -> tuple[set[str], dict[str, _Element]]:
    """Keys of the paragraphs kept (long enough to be evidence), and where each one is."""
    where = {word_key(" ".join(p.itertext())): p for p in body.iter("p")}
    return {k for k in where if k.count(" ") + 1 >= PROSE_WORDS}, where


def complete(body: _Element, original: HtmlElement) -> None:
    """Add dropped paragraphs and left-out sections to ``body``, in page order.
    ``original`` is the saved page's tree, which this changes."""
    for el in list(original.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    keys, where = kept_keys(body)
    body_key = word_key(" ".join(body.itertext()))
    main = main_container(original, keys) if keys else None
    if main is None:
        return
    anchor: _Element | None = None
    for child in main:
        if not isinstance(child.tag, str):
            continue
        key = word_key(child.text_content())
        if key in where:
            anchor = where[key]
        elif anchor is not None and is_dropped_prose(child, body_key):
            new = deepcopy(child)
            new.tail = None
            anchor.addnext(new)
            anchor = new
    found = sections(original, main, keys)
    if found is None:
        return
    found_sections, index = found
    before = [b for s in found_sections[:index] for b in blocks_of(s)]
    after = [b for s in found_sections[index + 1 :] for b in blocks_of(s)]
    for i, el in enumerate(before):
        body.insert(i, deepcopy(el))
    for el in after:
        body.append(deepcopy(el))
