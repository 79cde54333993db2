"""Position: the article is the densest run of prose; chrome gathers above and below it.

Each line gets a weight (running text counts for its length, labels and links
against), and the body is the contiguous run with the largest sum, the way Body
Text Extraction finds the densest stretch of a page. A lone paragraph cut off
from the rest by chrome at either end (a comment-policy blurb, a cookie notice)
is then trimmed away, and so is a smaller run under a long stretch of short lines
(a newsletter box and social links, then the footer's disclaimers); under the largest
run, such a stretch with some chrome in it ends the article, whatever follows. A short
last run past a widget printed between paragraphs (an advert, a "Related:" link) stays,
unless it speaks to or as the reader, as a newsletter box or a consent form does.
"""

import re

from sitegen.clean import voice
from sitegen.clean.credits import ends_with_credit
from sitegen.clean.document import Document, Line
from sitegen.clean.language import function_share
from sitegen.clean.phrases import phrase_list
from sitegen.clean.signals import copyright_notice, headings
from sitegen.stopwords import stop_words

PROSE_CAP = 60  # words: one very long line should not carry the whole block
LABEL_PENALTY = 3
CHROME_PENALTY = 8
ISLAND_SHARE = 0.25  # an end run with less than this share of the words left is trimmed
LEAD_SHARE = 0.12  # ... at the top only a lone paragraph this small: leads sit above images
FOOTER_GAP = 12  # lines of no text between two runs, some chrome: the page's footer between
FOOTER_SHARE = 0.5  # ... and the run after it, smaller than the text before, is the footer's
INLINE_GAP = 2  # lines of chrome an article prints between two paragraphs (an advert, a link)
LINK_LIST_SHARE = 0.05  # a long line with no sentence end and fewer function words than
# this is a list of links run together ("iPhone 15 vs 15 Pro iPhone 14 vs ..."), not text


def weight(doc: Document, line: Line) -> float:
    if doc.is_chrome(line):
        return -CHROME_PENALTY
    if line.prose and not _link_list(doc, line):
        return min(line.n_words, PROSE_CAP)
    return -LABEL_PENALTY


def _link_list(doc: Document, line: Line) -> bool:
    """Words run together with no sentence's end and (almost) no function words."""
    if line.terminal:
        return False
    share = function_share(line.words, doc.lang)
    return share is not None and share < LINK_LIST_SHARE


def densest_run(doc: Document) -> tuple[int, int]:
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, line in enumerate(doc.lines):
        if total <= 0:
            total, start = 0.0, i
        total += weight(doc, line)
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def runs(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of text split wherever two or more lines in a row include chrome, unless
    one of them says the article goes on under it ("Story continues below advertisement")
    and no closing credit ends the article among them."""
    result, run_start, gap, chrome, goes_on, credited = [], start, 0, False, False, False
    phrases = phrase_list()
    for i in range(start, end):
        line = doc.lines[i]
        if line.prose and not doc.is_chrome(line):
            if gap >= 2 and chrome and (credited or not goes_on):
                result.append((run_start, i - gap))
                run_start = i
            gap, chrome, goes_on, credited = 0, False, False, False
        else:
            gap += 1
            if doc.is_chrome(line):
                chrome = True
                goes_on |= phrases.continues(line.text)
                credited |= _credits_the_article(line)
    result.append((run_start, end - gap))
    return result


def _footer_after(doc: Document, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Many lines of no text between two runs, chrome among them (a newsletter box, social
    links, a rail of related links): the run after them is the page's footer, not more of
    the article."""
    gap = doc.lines[before[1] : after[0]]
    return sum(1 for line in gap if not line.prose) >= FOOTER_GAP


FOOTER_CHROME = 0.1  # ... with this share of it chrome already: the article ended above it


def _footer_gap(doc: Document, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """A footer's gap (``_footer_after``) with some lines already known as chrome (labels
    of the phrase lists, lines printed twice): under the article's largest run of text,
    the article ends above it however much text follows (a comment thread, a related
    story's opening paragraphs, a notice's paragraphs)."""
    gap = doc.lines[before[1] : after[0]]
    return _footer_after(doc, before, after) and (
        sum(1 for line in gap if doc.is_chrome(line)) >= FOOTER_CHROME * len(gap))


def _past_a_widget(doc: Document, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The run ``after`` follows ``before`` past at most ``INLINE_GAP`` lines, each already
    known as chrome (an advert, a "Related:" link, share buttons), or up to ``WIDGET_LINES``
    where they go on with the article (``_goes_on``), and none of its lines
    speaks to or as the reader: the article's last paragraphs past a widget printed between
    them, however short, not a newsletter box's or a consent form's prose ("Bleiben Sie
    auf dem Laufenden", "I agree to ..."). Only in a language whose voice words are known."""
    gap = doc.lines[before[1] : after[0]]
    heading = _section_heading(doc, gap)
    widget = gap[:-1] if heading else gap
    links = [line for line in widget  # a caption closed by its credit is the widget's too
             if not doc.is_chrome(line) and not ends_with_credit(line.text)]  # fmt: skip
    if not 0 < len(widget) <= WIDGET_LINES or not all(
            headings.link_label(doc, line) is not None for line in links):  # fmt: skip
        return False
    if heading and not links and not headings.numbered_next(gap[-1], doc.lines[slice(*before)]):
        return False  # a heading under chrome alone: the footer's ("Most read"); not a list
        # article's next numbered heading ("6. Join ..." after "5. Watch ...")
    if (links or len(widget) > INLINE_GAP) and not _goes_on(
            doc, after, links[0] if links else None):  # fmt: skip
        return False
    return voice.knows(doc.lang) and not any(
        voice.prompts(line, doc.lang) for line in doc.lines[after[0] : after[1]])


def _before_prompts(doc: Document, run: tuple[int, int]) -> tuple[int, int] | None:
    """The run without the prompt that closes it ("Vous avez trouvé une erreur?
    Signalez-la."), where a paragraph or two of the article's stand above it, nothing
    else; None where no prompt closes it, or more than paragraphs are left (a feed of
    teasers, each with its date and byline)."""
    end = run[1]
    while (end > run[0] and run[1] - end < PROMPT_LINES
           and voice.prompts(doc.lines[end - 1], doc.lang)):  # fmt: skip
        end -= 1
    left = doc.lines[run[0] : end]
    if not 0 < len(left) <= LINKED_PARAGRAPHS or end == run[1]:
        return None
    return (run[0], end) if all(line.prose for line in left) else None


def _section_heading(doc: Document, gap: list[Line]) -> bool:
    """The gap's last line heads the section after it: short, no sentence, not chrome,
    under a widget ("Related" and its link, then "What happens next")."""
    if len(gap) < 2:
        return False
    last = gap[-1]
    return (not doc.is_chrome(last) and not last.terminal
            and 0 < last.n_words <= headings.MAX_HEADING_WORDS
            and headings.link_label(doc, last) is None)  # fmt: skip


LINKED_PARAGRAPHS = 2  # paragraphs past a "Related" link that can be the article's last
RETOLD = 2  # words of the link's (or half of them) a teaser's blurb retells
WIDGET_LINES = 6  # lines of widgets back to back (buttons, a label and its link, an advert)
PROMPT_LINES = 2  # lines of prompts that may close the article's last run ("Found a mistake?")


def _goes_on(doc: Document, after: tuple[int, int], link: Line | None) -> bool:
    """The paragraphs past a widget go on with the article: a paragraph or two, with no other
    teaser under them and, past a link under its label ("Related" / another story's
    headline), not in the link's own words (a teaser's blurb retells its headline)."""
    run = doc.lines[after[0] : after[1]]
    # a teaser's blurb stands under its headline, not under buttons or an advert's label
    blurb = after[0] > 0 and not doc.is_chrome(doc.lines[after[0] - 1])
    if (blurb and _teaser_under(doc, after[1])) or any(not line.prose for line in run):
        return False  # another teaser under them, or a headline between them
    linked = link.content_words - stop_words(doc.lang) if link is not None else frozenset()
    return len(run) <= LINKED_PARAGRAPHS and all(
        len(line.content_words & linked) < max(RETOLD, len(linked) / 2) for line in run)


def _teaser_under(doc: Document, at: int) -> bool:
    """Another link's label at ``at``, or another headline with its blurb under it: the
    paragraphs above are one teaser of a list of them (each with its blurb)."""
    if at >= len(doc.lines):
        return False
    line = doc.lines[at]
    if phrase_list().link_label(line.text) is not None:
        return True
    return (not doc.is_chrome(line) and not line.prose and at + 1 < len(doc.lines)
            and doc.lines[at + 1].prose and not doc.is_chrome(doc.lines[at + 1]))  # fmt: skip


def _notice_over(doc: Document, lead: tuple[int, int], rest: list[tuple[int, int]]) -> bool:
    """A lone paragraph over the article that speaks to the reader, where the article does
    not: a consent notice ("We and our 180 partners store information on your device"),
    whatever its share of the words; a lead above a picture speaks of others."""
    paragraphs = [x for a, b in rest for x in doc.lines[a:b] if x.prose]
    return (voice.knows(doc.lang) and not voice.own_voice(paragraphs, doc.lang)
            and any(voice.prompts(x, doc.lang) for x in doc.lines[lead[0] : lead[1]]))


SHORT_SENTENCE = 3  # words: a brief's one sentence, where no line reads as a paragraph


def _sentences(doc: Document) -> tuple[int, int]:
    """Where no line reads as running text (a brief of one short sentence): the stretch
    from the first sentence of a few words to the last, chrome aside."""
    found = [line.index for line in doc.lines if line.terminal and not doc.is_chrome(line)
             and line.n_words >= SHORT_SENTENCE]  # fmt: skip
    return (found[0], found[-1] + 1) if found else (0, 0)


def rule(doc: Document) -> None:
    start, end = densest_run(doc)
    if start == end:  # no paragraph: the runs below are of paragraphs
        doc.start, doc.end = _sentences(doc)
        return

    def words(run: tuple[int, int]) -> int:
        return sum(x.n_words for x in doc.lines[run[0] : run[1]] if x.prose)

    notice = copyright_notice.notice(doc, start, end)
    if notice is not None and words((start, notice)) >= ISLAND_SHARE * words((start, end)):
        # the page's footer under the article (not a picture's credit under a teaser
        # above it): what is under it (a cookie dialog's paragraphs) must not outweigh
        # the article's runs when they are weighed below
        for line in doc.lines[notice:end]:
            if line.index not in doc.verdicts:
                doc.mark(line, "chrome", copyright_notice.REASON)
        end = notice
    parts = runs(doc, start, end)

    def lone(run: tuple[int, int]) -> bool:
        return sum(1 for x in doc.lines[run[0] : run[1]] if x.prose) == 1

    total = sum(words(r) for r in parts) or 1
    while len(parts) > 1 and words(parts[-1]) < ISLAND_SHARE * total:
        if _past_a_widget(doc, parts[-2], parts[-1]):
            break
        before_prompts = _before_prompts(doc, parts[-1])
        if before_prompts is not None and _past_a_widget(doc, parts[-2], before_prompts):
            parts[-1] = before_prompts
            break
        total -= words(parts.pop())  # a share of what is left: the footer's runs go first
    while len(parts) > 1 and _footer_after(doc, parts[-2], parts[-1]) and (
            words(parts[-1]) < FOOTER_SHARE * sum(words(r) for r in parts[:-1])):
        parts.pop()
    while len(parts) > 1 and lone(parts[0]) and (
            words(parts[0]) < LEAD_SHARE * total or _notice_over(doc, parts[0], parts[1:])):
        parts.pop(0)
    largest = max(range(len(parts)), key=lambda k: words(parts[k]))
    for k in range(largest, len(parts) - 1):
        if _footer_gap(doc, parts[k], parts[k + 1]):
            parts = parts[: k + 1]
            break
    doc.start, doc.end = parts[0][0], _resumed(doc, parts[-1])
    if (doc.end < len(doc.lines) and doc.end == parts[-1][1]
            and _short_close(doc, doc.lines[doc.end])):  # fmt: skip
        doc.end += 1


RESUMES = 3  # widgets the article may go on past, one after another


def _resumed(doc: Document, last: tuple[int, int]) -> int:
    """Where the body ends: after ``last``, or after a paragraph or two past a widget that
    go on with the article (``_past_a_widget``, ``_goes_on``), which the densest run stops
    short of: "Related", its link and a section's heading, or three share buttons, weigh
    more than one short paragraph; and so on past the next widget, up to ``RESUMES`` of
    them (share buttons printed after every few paragraphs). Never past the article's
    closing credit."""
    for _ in range(RESUMES):
        end = _resumed_once(doc, last)
        if end == last[1]:
            return end
        last = (last[0], end)
    return last[1]


def _resumed_once(doc: Document, last: tuple[int, int]) -> int:
    at = last[1]
    while at < len(doc.lines) and at - last[1] < WIDGET_LINES and not doc.lines[at].prose:
        at += 1
    stop = at
    while stop < len(doc.lines) and doc.lines[stop].prose and not doc.is_chrome(doc.lines[stop]):
        stop += 1
    if (at == stop or any(_credits_the_article(line) for line in doc.lines[last[1] : at])
            or not _past_a_widget(doc, last, (at, stop))
            or not _goes_on(doc, (at, stop), None)):  # fmt: skip
        return last[1]
    return stop


def _credits_the_article(line: Line) -> bool:
    """A closing credit ("Reporting by Jason Hovet"; a phrase of the lists that ends in
    "by"): the article ended above it, whatever prose follows (the outlet's notice)."""
    found = phrase_list().match(line.text, line.n_words)
    return found is not None and found.endswith(" by")


_SENTENCES = re.compile(r"\w[.!?]\s+[\"«“¿¡]?[^\W\d_]")  # a sentence's end, then another's start
CLOSE_WORDS = 2  # the fewest words of a short closing line


def _short_close(doc: Document, line: Line) -> bool:
    """A short line of two sentences or more straight under the last paragraph, in no
    prompt's voice, closes the article ("Pasó. Siempre pasa."): a label or a button
    prints no sentence after a sentence."""
    return (not doc.is_chrome(line) and line.terminal and line.n_words >= CLOSE_WORDS
            and _SENTENCES.search(line.text) is not None and voice.knows(doc.lang)
            and not voice.prompts(line, doc.lang))  # fmt: skip
