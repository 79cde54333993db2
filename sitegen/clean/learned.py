"""The line model's reading of the headline group, put over the rules' where it is sure.

The rules anchor title, byline and date on one another; the model (``line_model``)
scores every line for each role on its own evidence, so one wrong anchor does not
cost all three.
"""

from __future__ import annotations

from sitegen.clean import line_model
from sitegen.clean.bylines import names_in, parse_byline, split_tail
from sitegen.clean.document import Document
from sitegen.clean.metadata import Metadata, without_trail
from sitegen.clean.printed_dates import parse_printed_date

# a line's own probability of a label, outside the likeliest labelling: enough to take
# it where the rules found nothing, or to overrule them (measured on dev by cross-validation)
SURE = {"title": 0.05, "byline": 0.2, "date": 0.05}
OVERRULE = 2.0  # ... and this many times as likely as the line the rules chose
KEEP_ABOVE = 0.1  # the rules' headline, above a standfirst the model took for one


def _pick(found: line_model.Labels, label: str, ruled: list[int]) -> int | None:
    """The line the page's likeliest labelling gives ``label`` (the likeliest of them); where
    it gives none, the line likeliest to have it on its own, if likely enough (``SURE``)
    and, where the rules chose lines (``ruled``), ``OVERRULE`` times likelier than those."""
    chosen = [i for i, lab in enumerate(found.best) if lab == label]
    lines = chosen or range(len(found.best))
    i, p = max(((i, found.probs[i].get(label, 0.0)) for i in lines), key=lambda x: x[1])
    rival = max((_prob(found, j, label) for j in ruled), default=0.0)
    sure = chosen or (p >= SURE[label] and p >= OVERRULE * rival)
    return found.first + i if sure else None


def _prob(found: line_model.Labels, index: int, label: str) -> float:
    """The model's probability that the line at ``index`` of the page has ``label``."""
    i = index - found.first
    return found.probs[i].get(label, 0.0) if 0 <= i < len(found.probs) else 0.0


def _marked(doc: Document, role: str) -> list[int]:
    return sorted(i for i, verdict in doc.verdicts.items() if verdict.role == role)


def learned_metadata(doc: Document, meta: Metadata) -> line_model.Labels | None:
    """Title, authors and date from the lines the model is sure of; the rules' elsewhere.
    Returns the model's reading (for ``extract --explain``)."""
    probs = line_model.label(doc)
    if probs is None:
        return None
    ruled = _marked(doc, "title")
    i = _pick(probs, "title", ruled)
    standfirst = i is not None and doc.role(doc.lines[i]) == "subtitle"
    if standfirst and any(_prob(probs, j, "title") >= KEEP_ABOVE for j in ruled):
        i = None  # the rules' headline stands above it: a standfirst is not the title
    if i is not None:
        meta.title = without_trail(doc.lines[i].text)
        if standfirst or meta.subtitle == doc.lines[i].text:
            meta.subtitle = ""
    i = _pick(probs, "byline", _marked(doc, "meta"))
    if i is not None:
        text = doc.lines[i].text
        names = parse_byline(text)[0] or names_in(split_tail(text)[0])
        if names:
            meta.authors = names
    i = _pick(probs, "date", _marked(doc, "meta"))
    if i is not None:
        printed = parse_printed_date(doc.lines[i].text, doc.lang)
        if printed is not None and printed.value is not None:
            meta.date = printed
    return probs
