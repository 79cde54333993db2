"""What each line of a pasted page is, learned from pages rather than set by hand:
``title``, ``byline``, ``date``, ``body`` or ``other``.

Each line is described by general features (position, length, punctuation, case, digits
and date shapes, name and byline shapes, link shapes, function words, repetition in
the page and across its collection, what the cleaning rules said of it, how the line
ranks against the page's others by the story's words it names and by its length) and by
its neighbours' features; a linear-chain CRF (python-crfsuite) labels the page as one
sequence, so a headline group reads as a group. The model is ``data/lines.crfsuite``,
rebuilt by ``training/train.py``; where it is missing or unsure, the rules decide.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sitegen.clean.bare_names import is_role_line
from sitegen.clean.bylines import parse_byline
from sitegen.clean.document import Document, Line
from sitegen.clean.headline_lines import lede_words
from sitegen.clean.language import function_words
from sitegen.clean.people import is_name
from sitegen.clean.printed_dates import parse_printed_date

MODEL = Path(__file__).parent / "data" / "lines.crfsuite"
LABELS = ("title", "subtitle", "byline", "date", "body", "other")
PICKED = ("title", "byline", "date")  # the labels whose probabilities the decoding reads
SHARED = ("byline", "date")  # the labels of a line that prints both
META_WORDS = 25  # longer lines are never parsed for dates
BYLINE_WORDS = 16  # ... nor for names
LEXICAL_WORDS = 5  # lines this short are also described by their words
_LINK = re.compile(r"https?://|www\.|\.com\b|\.org\b", re.I)
_HANDLE = re.compile(r"(?:^|\s)@\w")
_MAIL = re.compile(r"\S+@\S+\.\w+")
_DIGIT = re.compile(r"\d")


def _may_link(text: str) -> bool:
    """What ``_LINK`` looks for is there, case folded: a plain search before its case-blind
    one (a paragraph has full stops; few have addresses)."""
    folded = text.casefold()
    return "http" in folded or "www." in folded or ".com" in folded or ".org" in folded


ABOVE_BODY, INTO_BODY = 60, 30  # lines around the rules' body start that the model reads:
# the headline group stands above the body or at its top, sometimes over a long menu or a
# list of teasers (a car site's forty makes); the rest costs time, not evidence


@cache
def _named(kind: str, bucket: int | str) -> str:
    """A bucketed feature's name, made once."""
    return f"{kind}{bucket}"


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return bisect_right(edges, value)


def window(doc: Document) -> range:
    """The lines the model labels (indexes into ``doc.lines``)."""
    return range(max(0, doc.start - ABOVE_BODY), min(len(doc.lines), doc.start + INTO_BODY))


def _own(line: Line, doc: Document) -> list[str]:
    """The features of one line on its own."""
    text, words, n = line.text, line.words, line.n_words
    capital = len([1 for w in words if w[0].isupper()])  # words are never empty
    found = [
        _named("w", _bucket(n, (1, 2, 3, 4, 7, 13, 21, 41))),
        _named("c", _bucket(len(text), (15, 30, 60, 120, 250))),
        _named("cap", _bucket(capital / n, (0.01, 0.3, 0.6, 0.9)) if n else 0),
        _named("role=", doc.role(line) or "none"),
    ]
    if line.terminal:
        found.append("terminal")
    if line.prose:
        found.append("prose")
    if text.isupper():
        found.append("upper")
    if text[-1] in ":?!":
        found.append(f"ends{text[-1]}")
    if _DIGIT.search(text):
        found.append("digits")
    if "|" in text or "·" in text or "•" in text:
        found.append("separator")
    if _may_link(text) and _LINK.search(text):
        found.append("link")
    if "@" in text and (_HANDLE.search(text) or _MAIL.search(text)):
        found.append("handle")
    if n:
        own_words = function_words(doc.lang)
        folded = " ".join(words).casefold().split(" ")  # each word folded, in one call
        share = sum(map(own_words.__contains__, folded)) / n
        found.append(_named("stop", _bucket(share, (0.01, 0.15, 0.3))))
    if n <= META_WORDS:
        printed = parse_printed_date(text, doc.lang)
        if printed is not None and printed.value is not None:
            found.append(f"date{_bucket(printed.coverage, (0.3, 0.6, 0.9))}")
            found.append(f"datelabel={printed.label}")
    if n <= BYLINE_WORDS and capital >= 2:  # names are capitalised
        names, explicit = parse_byline(text, doc.lang)
        if names:
            found.append("byline-by" if explicit else "byline-names")
        if is_name(text):
            found.append("name")
        elif is_role_line(text):
            found.append("roleline")
    return found


def _lexical(line: Line) -> list[str]:
    """A short line's words themselves: "Previous Post" is no one's name, "Anna" starts
    many. Only on the line's own features, not its neighbours' (the model stays small)."""
    if line.n_words > LEXICAL_WORDS:
        return []
    return [_named("lw=", w.casefold()) for w in line.words]


TO_START = (-20, -10, -5, -3, -2, -1, 0, 1, 4)  # lines from the rules' body start
# seen three lines away too
NEAR = ("date", "byline-by", "byline-names", "name", "roleline", "prose")


def _prose_distance(lines: list[Line]) -> tuple[list[int], list[int]]:
    """Lines to the next run of prose below, and from the last one above (capped)."""
    below, above = [99] * len(lines), [99] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        below[i] = 0 if lines[i].prose else min(99, below[i + 1] + 1) if i + 1 < len(lines) else 99
    for i, line in enumerate(lines):
        above[i] = 0 if line.prose else min(99, above[i - 1] + 1) if i else 99
    return below, above


_SEEN_FROM: dict[tuple[str, ...], dict[int, list[str]]] = {}  # lines alike share their views


def _seen_from(own: tuple[str, ...]) -> dict[int, list[str]]:
    """A line's features as its neighbours see them, by offset: all of them from two lines
    away, the ``NEAR`` ones from three or four (one lookup a line: the tuple is long)."""
    found = _SEEN_FROM.get(own)
    if found is None:
        if len(_SEEN_FROM) > 20_000:
            _SEEN_FROM.clear()
        near = [f for f in own if f.startswith(NEAR)]
        found = _SEEN_FROM[own] = {
            offset: [f"{offset}:{f}" for f in (own if abs(offset) <= 2 else near)]
            for offset in (-4, -3, -2, -1, 1, 2, 3, 4)
        }
    return found


TOPIC_LINES = 3  # a word the body's paragraphs use this often is what the article is about


def _topic_words(doc: Document) -> set[str]:
    """The words the body's paragraphs keep coming back to: a headline names them, a
    teaser for another article or a prompt does not."""
    seen = Counter(w for ln in doc.lines[doc.start : doc.end] if ln.prose
                   for w in ln.content_words)  # fmt: skip
    return {w for w, n in seen.items() if n >= TOPIC_LINES}


RANKED_WORDS = (2, 40)  # lines of this many words are ranked against one another


def _ranks(lines: list[Line], lede: set[str], topic: set[str]) -> dict[int, list[str]]:
    """Each headline-sized line's rank among the page's others (not running text) by the
    words it shares with the article's first paragraphs and with the words the body keeps
    using, and by its length: a page's headline is the line that speaks most of its story,
    whatever a site's headlines look like; a caption or a teaser speaks of less of it."""
    found: dict[int, list[str]] = {}
    candidates = [i for i, ln in enumerate(lines)
                  if RANKED_WORDS[0] <= ln.n_words <= RANKED_WORDS[1] and not ln.prose]  # fmt: skip
    scores = {
        "lederank": {i: len(lines[i].content_words & lede) for i in candidates},
        "topicrank": {i: len(lines[i].content_words & topic) for i in candidates},
        "lenrank": {i: lines[i].n_words for i in candidates},
    }
    for name, score in scores.items():
        rank = {v: r for r, v in enumerate(sorted(set(score.values()), reverse=True))}
        for i, v in score.items():
            if v:  # a line sharing nothing is not ranked
                found.setdefault(i, []).append(_named(name, min(rank[v], 3)))
    return found


def _inside_others(lines: list[Line], page: str, texts: Counter[str]) -> set[int]:
    """The lines printed again inside a longer line of the page (``page``, every line
    joined): a headline inside a trail or a comments header ("2 thoughts on ..."), a pull
    quote inside its paragraph."""
    return {i for i, line in enumerate(lines)
            if 2 <= line.n_words <= 40 and page.count(line.text) > texts[line.text]}


def features(doc: Document) -> list[list[str]]:
    """Each line's features, with its neighbours' (prefixed by their offset), for the
    lines the model reads (``window``)."""
    span = window(doc)
    lines = doc.lines[span.start : span.stop]
    own = [tuple(_own(line, doc)) for line in lines]
    views = [_seen_from(found) for found in own]
    lede = lede_words(doc)
    below, above = _prose_distance(lines)
    keys = Counter(line.key for line in doc.lines)
    texts = Counter(line.text for line in doc.lines)
    page = "\n".join(line.text for line in doc.lines)
    inside = _inside_others(lines, page, texts)
    topic = _topic_words(doc)
    ranks = _ranks(lines, lede, topic)
    ctx = doc.collection
    seq = []
    for i, line in enumerate(lines):
        at = span.start + i  # in the page
        found = ["bias", *own[i], *_lexical(line), _named("at", _bucket(at, (1, 3, 6, 10, 20, 40))),
                 _named("rel", int(10 * at / len(doc.lines))),
                 _named("tostart", _bucket(at - doc.start, TO_START))]  # fmt: skip
        if doc.start <= at < doc.end:
            found.append("inbody")
        words = line.content_words if line.n_words <= 40 else frozenset()
        if words:
            found.append(f"echo{_bucket(len(words & lede) / len(words), (0.01, 0.3, 0.6, 0.9))}")
            found.append(f"topic{_bucket(len(words & topic) / len(words), (0.01, 0.3, 0.6))}")
        found += [_named("below", _bucket(below[i], (1, 2, 3, 5, 9))),
                  _named("above", _bucket(above[i], (1, 2, 3, 5, 9)))]  # fmt: skip
        found += ranks.get(i, ())
        if keys[line.key] > 1:
            found.append("twice")
        if i in inside:
            found.append("inlonger")  # printed again inside a longer line
        if ctx is not None and ctx.n_docs >= 3:
            found.append(f"shared{_bucket(ctx.doc_frequency(line.key) / ctx.n_docs, (0.2, 0.5))}")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(lines):
                found += views[j][offset]
            else:
                found.append(f"{offset}:none")
        for offset in (-4, -3, 3, 4):
            j = i + offset
            if 0 <= j < len(lines):
                found += views[j][offset]
        seq.append(found)
    return seq


@cache
def _tagger() -> Any | None:
    """The trained model, or None where it (or python-crfsuite) is missing."""
    try:
        import pycrfsuite
    except ImportError:
        return None
    if not MODEL.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


@dataclass
class Labels:
    """The page's likeliest labelling as a sequence, and each line's probability of each label."""

    first: int  # the index in ``doc.lines`` of the first line labelled (``window``)
    best: list[str]
    probs: list[dict[str, float]]
    features: list[list[str]]
    numbers: list[int]  # each labelled line's number in the source
    body: list[float] = field(default_factory=list)  # each line's odds of body, whatever its label
    texts: list[str] = field(default_factory=list)  # each labelled line's text
    printed: list[int] = field(default_factory=list)  # ... and how often the page prints it

    def odds(self, index: int, label: str) -> float:
        """The model's probability that the line at ``index`` of the page has ``label`` (0
        for a line outside the window, or a label whose odds were not kept for it)."""
        i = index - self.first
        return self.probs[i].get(label, 0.0) if 0 <= i < len(self.probs) else 0.0

    def label_at(self, index: int) -> str:
        """The label of the page's likeliest labelling for the line at ``index`` ("" for a
        line outside the window)."""
        i = index - self.first
        return self.best[i] if 0 <= i < len(self.best) else ""

    def body_odds(self, index: int) -> float:
        """The model's odds that the line at ``index`` is body, whatever its label (0
        outside the window, or where they were not kept)."""
        i = index - self.first
        return self.body[i] if 0 <= i < len(self.body) else 0.0

    def explain(self, number: int, strongest: int = 3) -> str:
        """The model's label for the line numbered ``number``, its probability and the
        features that weigh most for it ("" for a line outside the model's window)."""
        if number not in self.numbers:
            return ""
        i = self.numbers.index(number)
        label = self.best[i]
        weights = _weights()
        ranked = sorted(self.features[i], key=lambda f: -weights.get((f, label), 0.0))
        shown = ", ".join(f for f in ranked[:strongest] if weights.get((f, label), 0.0) > 0)
        return f"{label} {self.probs[i].get(label, 0.0):.2f}" + (f" ({shown})" if shown else "")


def label(doc: Document) -> Labels | None:
    """The model's reading of every line, or None without a model."""
    tagger = _tagger()
    if tagger is None or not doc.lines:
        return None
    xseq = features(doc)
    best = tagger.tag(xseq)
    known = [lab for lab in PICKED if lab in _labels()]  # the labels decoding reads
    marginal, probs = tagger.marginal, []
    body = "body" in _labels()
    bodies = []  # each line's odds of body, whatever its label
    for i, likeliest in enumerate(best):
        found = {lab: marginal(lab, i) for lab in known}
        if likeliest not in found:
            found[likeliest] = marginal(likeliest, i)
        probs.append(found)
        bodies.append(found["body"] if "body" in found else marginal("body", i) if body else 0.0)
    span = window(doc)
    lines = doc.lines[span.start : span.stop]
    printed = Counter(line.text for line in doc.lines)
    texts = [line.text for line in lines]
    return Labels(span.start, best, probs, xseq, [line.number for line in lines], bodies,
                  texts, [printed[text] for text in texts])  # fmt: skip


@cache
def _labels() -> frozenset[str]:
    tagger = _tagger()
    return frozenset(tagger.labels()) if tagger is not None else frozenset()


@cache
def _weights() -> dict[tuple[str, str], float]:
    """(feature, label) -> weight, for explaining a label (read on first use)."""
    tagger = _tagger()
    return dict(tagger.info().state_features) if tagger is not None else {}
