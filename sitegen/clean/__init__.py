"""Clean a pasted page: take the site's chrome away, keep the article and its metadata.

text --Document--> signals (phrases, repetition, glue, main block)
     --metadata--> title, standfirst, byline, date
     --signals---> head/tail, repeats, headings and teasers --> Extraction
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitegen.clean.author_note import close_at_note, named_in_note
from sitegen.clean.bare_names import author_box
from sitegen.clean.bylines import _parse_byline, parse_byline
from sitegen.clean.context import CleanContext
from sitegen.clean.document import Document
from sitegen.clean.embedded import keep_posts
from sitegen.clean.far_metadata import (
    dateline_date,
    footer_date,
    lone_date,
    said_by_nearest,
    signed_under,
)
from sitegen.clean.language import detect_language
from sitegen.clean.learned import learned_metadata
from sitegen.clean.line_model import Labels
from sitegen.clean.metadata import Metadata, find_metadata
from sitegen.clean.name_form import name_case, without_full_stop, without_honorific
from sitegen.clean.people import opens_with_small_word
from sitegen.clean.printed_dates import PrintedDate, parse_printed_date
from sitegen.clean.roles import is_role
from sitegen.clean.signals import AFTER_METADATA, BEFORE_METADATA
from sitegen.clean.site_names import notice_names
from sitegen.clean.standfirst import (
    credit_as_standfirst,
    date_as_standfirst,
    dateline_lead,
    headline_whole,
    name_over_headline,
    standfirst_as_body,
)
from sitegen.clean.trails import without_site_name


@dataclass
class Removed:
    number: int  # line number in the source
    text: str
    reason: str


@dataclass
class Kept:
    """A line that stays, with what it was taken for and why (``extract --explain``)."""

    number: int
    text: str
    role: str  # "title", "subtitle", "meta", "body" or "heading"
    reason: str


@dataclass
class Extraction:
    title: str
    subtitle: str
    authors: list[str]
    date: PrintedDate | None
    language: str
    blocks: list[tuple[str, str]]  # ("p" | "h2", text)
    removed: list[Removed] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    doubts: list[tuple[str, int]] = field(default_factory=list)  # (what to check, line)
    model: Labels | None = field(default=None, repr=False)  # the line model's reading

    def learned(self, number: int) -> str:
        """What the line model made of the line numbered ``number`` ("" without a model)."""
        return self.model.explain(number) if self.model is not None else ""

    @property
    def body(self) -> list[str]:
        return [text for _, text in self.blocks]

    @property
    def author(self) -> str | None:
        return " and ".join(self.authors) or None

    def front_matter(self) -> dict[str, object]:
        """What the page printed, as the keys a Markdown post's front matter would use."""
        meta: dict[str, object] = {"lang": self.language}
        if self.title:
            meta["title"] = self.title
        if self.subtitle:
            meta["subtitle"] = self.subtitle
        if self.authors:
            meta["authors"] = self.authors
        if self.date is not None and self.date.value is not None:
            meta["date"] = self.date.value
        return meta


def forget() -> None:
    """Empty the per-line caches (of printed dates, bylines and roles): for benchmarks, so that
    no round is timed with the lines of an earlier one already parsed."""
    parse_printed_date.cache_clear()
    _parse_byline.cache_clear()
    is_role.cache_clear()


def read_lines(text: str, context: CleanContext | None = None,
               lang: str | None = None) -> tuple[Document, Metadata]:  # fmt: skip
    """The rules' reading of a page: every line marked, and the metadata they found."""
    doc = Document.from_text(text)
    doc.collection = context or CleanContext()
    prose = " ".join(line.text for line in doc.lines if line.prose)
    doc.lang = lang or detect_language(prose)
    for rule in BEFORE_METADATA:
        rule(doc)
    meta = find_metadata(doc)
    for rule in AFTER_METADATA:
        rule(doc)
    return doc, meta


def _headline_as_name(doc: Document, name: str, title: str) -> bool:
    """The headline taken for an author's name too ("Heizjacken von Bosch" over "Bosch |
    26.01.2022"): it names the story, unless a byline elsewhere prints the name ("Gunter
    Frank" over "Gunter Frank / 22.04.2020 / 06:10": the headline is what is wrong)."""
    if name.casefold() != title.casefold():
        return False
    return not any(ln.text != title and name in ln.text
                   and name in parse_byline(ln.text, doc.lang)[0] for ln in doc.lines)  # fmt: skip


def clean_text(
    text: str, context: CleanContext | None = None, lang: str | None = None
) -> Extraction:
    """Extract the article from a page's pasted text. Never raises on any text."""
    doc, meta = read_lines(text, context, lang)
    model = learned_metadata(doc, meta)
    if meta.date is None:
        meta.date = footer_date(doc) or dateline_date(doc)
    doubts: list[tuple[str, int]] = []
    titles = [i for i, v in doc.verdicts.items() if v.role == "title"]
    headline = titles[0] if titles else doc.start
    if meta.date is None:
        lone = lone_date(doc, headline)
        if lone is not None:
            meta.date = lone[1]
            doubts.append(("date taken from a line far from the headline (the page prints "
                           "none beside it): check it", lone[0].number))  # fmt: skip
    meta.authors = [name for name in meta.authors if not _headline_as_name(doc, name, meta.title)
                    and not opens_with_small_word(name)]  # fmt: skip
    if not meta.authors:
        meta.authors = (author_box(doc) or said_by_nearest(doc, headline)
                        or named_in_note(doc, headline) or signed_under(doc))
    printed = [without_full_stop(name) for name in meta.authors]
    meta.authors = [without_honorific(name) for name in printed]
    # a note may name its author either way: "Dr. Jo Lee is ...", "Jo Lee is ..."
    close_at_note(doc, [*printed, *meta.authors] if printed != meta.authors else printed)
    meta.authors = [name_case(name) for name in meta.authors]
    keep_posts(doc)
    meta.subtitle = standfirst_as_body(doc, meta.subtitle) if meta.subtitle else ""
    meta.subtitle = dateline_lead(doc, meta.subtitle)
    meta.subtitle = credit_as_standfirst(doc, meta.subtitle)
    meta.subtitle = date_as_standfirst(doc, meta.subtitle)
    meta.title, meta.subtitle = headline_whole(doc, meta.title, meta.subtitle)
    meta.title, meta.subtitle = name_over_headline(doc, meta.title, meta.subtitle, meta.authors)
    blocks, removed, meta_lines, kept = [], [], [], []
    for line in doc.lines:
        verdict = doc.verdicts[line.index]
        if verdict.role == "chrome":
            removed.append(Removed(line.number, line.text, verdict.reason))
            continue
        kept.append(Kept(line.number, line.text, verdict.role, verdict.reason))
        if verdict.role in ("body", "heading"):
            blocks.append(("h2" if verdict.role == "heading" else "p", line.text))
        elif verdict.role == "meta":
            meta_lines.append(line.text)
    if not any(kind == "p" for kind, _ in blocks):
        blocks = []
    names = [*(line.text for line in doc.lines), *(n.strip() for n in notice_names(doc))]
    title = without_site_name(meta.title, names)
    if meta.subtitle == title:  # the headline printed twice (a trail's last crumb, then it)
        meta.subtitle = ""
    return Extraction(title, meta.subtitle, meta.authors, meta.date, doc.lang, blocks,
                      removed, meta_lines, kept, doubts, model)  # fmt: skip
