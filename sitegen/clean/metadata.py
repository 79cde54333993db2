"""Title, standfirst, byline and date: found around the top of the body, where sites print them.

The byline and date lines anchor the search: here, which lines they are (the group
nearest the body, not a masthead's date, not a post embedded in the article); which
lines around them are the headline and standfirst is ``headline_lines``'s to say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from sitegen.clean.bare_names import bare_name_near
from sitegen.clean.bylines import (
    by_agency,
    ends_with_by,
    is_bare_prefix,
    may_say_by,
    parse_byline,
    says_by,
)
from sitegen.clean.credits import is_labelled
from sitegen.clean.document import Document, Line
from sitegen.clean.headline_lines import (
    between_dateline_and_byline,
    echo,
    echoed_headline,
    post_under_date,
    stopped_headline,
    title_lines,
)
from sitegen.clean.people import is_name
from sitegen.clean.phrases import phrase_list
from sitegen.clean.printed_dates import PrintedDate, parse_printed_date, yearless_date
from sitegen.clean.roles import is_role
from sitegen.clean.trails import without_trail

HEAD_WINDOW = 30  # lines above the body searched for metadata
INTO_BODY = 4  # lines into the body: the block may have swallowed a byline
MAX_META_WORDS = 24
MIN_DATE_COVERAGE = 0.5


@dataclass
class Metadata:
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    date: PrintedDate | None = None


def _labelled_date(line: Line, printed: PrintedDate | None) -> bool:
    """A date the phrase lists took for chrome by a label printed beside it: "Apr 18, 2024 ·
    6 min read". Mostly the date still, so the headline group's."""
    return (printed is not None and printed.value is not None
            and printed.coverage >= MIN_DATE_COVERAGE
            and bool(phrase_list().match(line.text, line.n_words)))  # fmt: skip


def menu_words(doc: Document, names: list[str]) -> bool:
    """Each word of the names stands alone on a line elsewhere in the page: a site's
    sections or categories printed after a date ("27.01.2022 Aktuelles
    Experteninterviews", each also a link of the menu), not someone's name."""
    words = [w.casefold() for name in names for w in name.split()]
    if len(words) < 2:
        return False  # a user's name, printed alone again by their posts ("lupa")
    alone = {ln.text.casefold() for ln in doc.lines if ln.n_words == 1}
    return all(w in alone for w in words)


def find_metadata(doc: Document) -> Metadata:
    """Mark title, subtitle and meta lines on ``doc`` and move its body start below them."""
    meta = Metadata()
    lo, hi = max(0, doc.start - HEAD_WINDOW), min(doc.end, doc.start + INTO_BODY)
    meta_lines: list[Line] = []
    dates: list[tuple[Line, PrintedDate]] = []
    yearless: list[Line] = []  # days printed without their year: "Posted on Mar 5"
    for line in doc.lines[lo:hi]:
        if line.n_words > MAX_META_WORDS:
            continue
        if line.index >= doc.start and line.prose and line.n_words > 10:
            continue
        printed = parse_printed_date(line.text, doc.lang)
        if printed is None and not doc.is_chrome(line) and yearless_date(line.text):
            yearless.append(line)
        if doc.is_chrome(line) and not _labelled_date(line, printed) and not (
                may_say_by(line.text) and says_by(line.text, doc.lang)):  # fmt: skip
            continue  # a prompt; not "Written by Jo Lee", which the phrase lists also hold
        names, explicit = parse_byline(line.text, doc.lang)
        if explicit and is_labelled(line.text):
            names = []  # "Illustration by Jo Lee", "Photo by ...": who made the picture
        above = doc.lines[line.index - 1] if line.index else None
        if not explicit and above and is_bare_prefix(above.text) and is_name(line.text):
            names, explicit = [line.text], True  # "By" on a line of its own, the name below
            meta_lines.append(above)
        signed = explicit and (bool(names) or by_agency(line.text))  # "By Jo Lee", "By AFP"
        if printed and (printed.value is None or printed.coverage >= MIN_DATE_COVERAGE
                        or printed.label or signed):  # fmt: skip
            dates.append((line, printed))  # a byline's own date counts, whatever is beside it
            meta_lines.append(line)
        if names and explicit and not meta.authors and not menu_words(doc, names):
            meta.authors = names
            if line not in meta_lines:
                meta_lines.append(line)
        elif explicit and not names and by_agency(line.text) and line not in meta_lines:
            meta_lines.append(line)  # "Por EFE", "di Redazione": a byline, no one's name
    if any(doc.start - SIGNED_OVER <= ln.index < doc.start for ln in meta_lines):
        # signed or dated straight over the body: a later dated line is inside the article
        meta_lines = [ln for ln in meta_lines if not _deep_in_body(doc, ln)]
    group = _nearest_group(doc, meta_lines)
    group = _without_masthead(doc, group, dates)
    if len(group) < len(meta_lines):  # a masthead's date of the day, far above: not ours
        dates = [(ln, d) for ln, d in dates if ln in group]
        if not any(parse_byline(ln.text, doc.lang)[0] for ln in group):
            meta.authors = []
        meta_lines = group
    if dates:
        real = [(ln, d) for ln, d in dates if d.value is not None]
        published = [(ln, d) for ln, d in real if d.label != "updated"]
        chosen = (published or real)[0][1] if published or real else None
        meta.date = chosen
        for at in sorted({ln.index for ln, _ in dates}, reverse=True):
            if meta.authors:
                break  # the date nearest the body first: a masthead's stands over the headline
            meta.authors, lines = bare_name_near(doc, at)
            meta_lines.extend(lines)
    for line in reversed(yearless if not meta.authors else []):
        # no date can be had from it, but a name beside it is the byline's
        meta.authors, lines = bare_name_near(doc, line.index)
        if meta.authors:
            meta_lines.extend([*lines, line])
            break
    for line in meta_lines:
        doc.mark(line, "meta", "byline or date")
    anchor = min((ln.index for ln in meta_lines), default=doc.start)
    titles = between_dateline_and_byline(doc, meta_lines) or title_lines(doc, anchor)
    under = post_under_date(doc, meta_lines, dates, titles)
    if under is not None:
        titles = [under]  # a blog's date header over its post's title
    echoed = echoed_headline(doc, anchor, HEAD_WINDOW)
    # its own standfirst speaks more of the article than a headline of sentences does
    own = (len(titles) > 1 and echoed is titles[1]
           and stopped_headline(titles[0], titles[1], doc.lang))  # fmt: skip
    if echoed is not None and not own and (not titles or (
            echo(titles[0], doc) < echo(echoed, doc) / 2
            and _tells_its_story(doc, titles))):  # fmt: skip
        titles = [echoed]  # the line above did not speak of the article; this one does
    elif (not meta.authors and len(titles) == 1 and echoed is not None
          and echoed.index < titles[0].index and echoed.n_words >= 4
          and is_name(titles[0].text)):  # fmt: skip
        # a bare name under the headline, share buttons between: the author, not the title
        meta.authors = [titles[0].text]
        doc.mark(titles[0], "meta", "a name under the headline")
        meta_lines.append(titles[0])
        titles = [echoed]
    if not meta.authors and len(titles) == 1:
        named = _name_over_standfirst(doc, titles[0])
        if named is not None:  # headline / bare name / standfirst / date
            meta.authors = [named[1].text]
            doc.mark(named[1], "meta", "a name between the headline and the standfirst")
            meta_lines.append(named[1])
            titles = [named[0], titles[0]]
    if len(titles) > 1 and titles[1].n_words <= ROLE_WORDS and (
            is_role(titles[1].text) or ends_with_by(titles[1].text)
            or not any(ch.isalpha() for ch in titles[1].text)):  # fmt: skip
        titles = titles[:1]  # a byline naming a desk, no one ("Staff report"), its label,
        # or figures alone (a gallery's counter, "1 / 12")
    if len(titles) == 1:
        titles += _standfirst_in_group(doc, meta_lines, titles[0])
    if titles:
        meta.title = without_trail(titles[0].text)
        doc.mark(titles[0], "title", "headline above the byline")
        if len(titles) > 1:
            meta.subtitle = titles[1].text
            doc.mark(titles[1], "subtitle", "standfirst under the headline")
    claimed = [ln.index for ln in meta_lines + titles]
    if claimed and max(claimed) >= doc.start:
        doc.start = max(claimed) + 1
        while doc.start < doc.end and not doc.lines[doc.start].prose:
            doc.start += 1
    return meta


ECHO_PARAGRAPHS = 3  # a body this long tells which headline speaks of it (a paywall's two do not)
ROLE_WORDS = 4  # a desk's byline under the headline ("Staff report"), no standfirst
NAME_WORDS = 4  # a bare name's words, at most
OVER_NAME_WORDS = 3  # a headline over a bare name: this many words at least
SENTENCE_WORDS = 12  # a standfirst without its full stop: this many words at least


def _name_over_standfirst(doc: Document, line: Line) -> tuple[Line, Line] | None:
    """The headline and the bare name under it, where the line taken for the headline
    stands under the name and reads as a standfirst (a sentence's length, longer than the
    line over the name): "Lend me your drill: why every town needs ..." / "Anna Lindqvist" /
    "Kiruna's tool library shows that sharing is not a sacrifice" / the date."""
    if line.index < 2:
        return None
    name, head = doc.lines[line.index - 1], doc.lines[line.index - 2]
    if (name.n_words > NAME_WORDS or doc.is_chrome(name) or not is_name(name.text)
            or head.n_words < OVER_NAME_WORDS or doc.is_chrome(head) or is_name(head.text)
            or line.n_words <= head.n_words
            or not (line.terminal or line.n_words >= SENTENCE_WORDS)):  # fmt: skip
        return None  # not under a teaser's "Previous Next", nor over another headline
    return head, name
IN_GROUP_WORDS = 6  # a standfirst between the group's lines: a sentence this long, at least


def _standfirst_in_group(doc: Document, meta_lines: list[Line], headline: Line) -> list[Line]:
    """The first line past the buttons under the group's line straight under the headline,
    where the group goes on below it: the standfirst, printed inside the headline group
    ("di Erik Sandberg" / "A Kiruna, città mineraria svedese, ..." / buttons / the date;
    the date / "Lesezeit: 2 Min." / the standfirst / "Von Erik Sandberg")."""
    at = sorted(ln.index for ln in meta_lines)
    if len(at) < 2 or at[0] != headline.index + 1:
        return []
    if any(doc.lines[i].text == doc.lines[at[0]].text for i in at[1:]):
        return []  # a byline printed again under it: cards of other stories, each signed
    line = next((ln for ln in doc.lines[at[0] + 1 : at[-1]] if not doc.is_chrome(ln)), None)
    if line is None or line.index in at or line.n_words < IN_GROUP_WORDS or line.index == 0:
        return []
    if line.index >= doc.start and not parse_byline(doc.lines[at[-1]].text, doc.lang)[1]:
        return []  # read as the body's first paragraph, over no byline: over a post's date
    return [line]


GROUP_GAP = 6  # a group's meta lines (the headline block) stand fewer lines apart, chrome aside


def _without_masthead(doc: Document, group: list[Line],
                      dates: list[tuple[Line, PrintedDate]]) -> list[Line]:  # fmt: skip
    """The group less its first line where that is a date alone above the headline, with
    no time of day, and another date is printed below it: a masthead's date of the day
    ("November 20, 2019" over the headline, "Nov. 19, 2019 8:03 am ET" under it)."""
    if len(group) < 2 or parse_byline(group[0].text, doc.lang)[0]:
        return group
    dated = {ln.index: d for ln, d in dates if d.value is not None}
    top = group[0]
    if top.index not in dated or dated[top.index].has_time or not dated.keys() - {top.index}:
        return group  # a masthead prints the day, no time: "04. Februar 2022, 15:29 Uhr" is ours
    between = doc.lines[top.index + 1 : group[1].index]
    if any(ln.n_words >= 2 and not doc.is_chrome(ln) for ln in between):
        return group[1:]  # a headline stands between: the date above it is the page's
    return group


BODY_PARAGRAPHS = 2  # a dated line under this many of the article's paragraphs is inside it
SIGNED_OVER = 2  # ... where a byline or date stands this close over the first of them
HEADLINE_SENTENCE = 12  # a headline of sentences ("... time to be careful?") is no paragraph


def _deep_in_body(doc: Document, line: Line) -> bool:
    """The line stands under the article's first paragraphs: a post embedded in the text
    ("— Jo Lee (@jolee) March 4, 2024"), a quoted letter's date; not where a headline and a
    standfirst of sentences stand over the byline."""
    if line.index <= doc.start:
        return False
    between = doc.lines[doc.start : line.index]
    paragraphs = [ln for ln in between if ln.prose and not doc.is_chrome(ln)
                  and (ln.n_words > HEADLINE_SENTENCE or ln.text.endswith("."))]  # fmt: skip
    return len(paragraphs) >= BODY_PARAGRAPHS


def _nearest_group(doc: Document, lines: list[Line]) -> list[Line]:
    """The meta lines that stand together nearest the body: walking up from the body, a
    gap of more than ``GROUP_GAP`` lines ends the article's headline block. Buttons and
    labels the phrase lists know do not count: a row of them ("Ascolta l'articolo", "3 min",
    "Condividi") can stand between a byline and its date."""
    ordered = sorted(lines, key=lambda ln: ln.index)
    if not ordered:
        return []
    group = [ordered[-1]]
    if doc.start - ordered[-1].index > 2 * GROUP_GAP:
        return ordered  # nothing near the body: keep what was found
    for line in reversed(ordered[:-1]):
        between = doc.lines[line.index + 1 : group[-1].index]
        if sum(not doc.is_chrome(ln) for ln in between) >= GROUP_GAP:
            break
        group.append(line)
    return sorted(group, key=lambda ln: ln.index)


def _tells_its_story(doc: Document, titles: list[Line]) -> bool:
    """The body has ``ECHO_PARAGRAPHS`` paragraphs besides the headline group's lines: enough
    to tell which line above speaks of the article."""
    paragraphs = (ln for ln in doc.lines[doc.start : doc.end] if ln.prose and ln not in titles)
    return len(list(islice(paragraphs, ECHO_PARAGRAPHS))) == ECHO_PARAGRAPHS
