"""Where the headline stands in its group: the line the model took for the title moved
to the headline it stands for, where the group's shape says the pick is its standfirst,
a line under its byline, a sentence under a Title Case line, or the first of the story's
points (``to_the_headline``). Each move is a small function of one signature, run in order."""

from __future__ import annotations

from sitegen.clean import line_model
from sitegen.clean.document import Document
from sitegen.clean.headline_lines import echo, stopped_headline
from sitegen.clean.headline_shapes import (
    KICKER_UNDER,
    ends_sentence,
    title_case,
    title_over_sentence,
    topic_first,
)
from sitegen.clean.line_model import SHARED
from sitegen.clean.metadata import NAME_WORDS
from sitegen.clean.people import is_name
from sitegen.clean.picking import SURE, prob

KEEP_ABOVE = 0.25  # the rules' headline over a standfirst the model took: at least this likely
OVER_STANDFIRST = 0.15  # ... a shorter line straight over it, ending no sentence: this likely
STANDFIRST_ABOVE = 3  # lines above a standfirst taken for the headline where the headline is
BYLINE_SURE = 0.5  # the model's odds of a byline that a headline under it gives way to
BAR_LINES = 3  # ... past this many lines of chrome at least (a bar of share buttons)
BYLINE_ABOVE, BYLINE_BELOW = 3, 6  # lines around the headline where its own byline is
HEADLINE_WORDS = 20  # a line of more words under a kicker is a paragraph, not its headline


def to_the_headline(doc: Document, found: line_model.Labels, index: int,
                    never: frozenset[int]) -> int:  # fmt: skip
    """The headline the model's pick at ``index`` stands for (``index`` itself, mostly);
    lines in ``never`` cannot be it."""
    for move in (headline_above, above_its_byline, title_case_above, over_its_points,
                 story_under_kicker):
        index = move(doc, found, index, never)
    return index


def headline_above(doc: Document, found: line_model.Labels, index: int,
                   never: frozenset[int]) -> int:  # fmt: skip
    """A line taken for the headline that ends a sentence (a full stop at its end, or a
    sentence after one) reads as a standfirst where a line up to ``STANDFIRST_ABOVE``
    above it that does not is at least a share ``KEEP_ABOVE`` as likely a headline: "The
    Guardian view on Hong Kong: a city on the brink" over "The authorities' repression has
    only fuelled the crisis. It is up to them to de-escalate...". That line is. So is a
    shorter line straight above it that ends no sentence, at least a share
    ``OVER_STANDFIRST`` as likely (and likely enough to be taken on its own, ``SURE``):
    "Nelson's OT goal lifts Isles" over "N.Y. completes frantic comeback to extend
    unbeaten streak to 15", "Why collaborative thinking beats individual smarts" over "An
    interview with Thomas Malone, author of ...". A line of fewer than ``KICKER_UNDER``
    words straight above is the headline's kicker, never taken for it (on every training
    page cross-validated, 5 titles more right for 1 more wrong); nor is a line above a
    second short one, which ends the headline group (a menu's "Politics" over a headline
    of sentences)."""
    text, j = doc.lines[index].text, index - 1
    over = max(SURE["title"], OVER_STANDFIRST * prob(found, index, "title"))
    # a line the model reads as a byline or date is none ("CORONAVIRUS 04/16/2020 10:31 am ET")
    never = never | {
        k for k in range(max(0, index - STANDFIRST_ABOVE), index) if found.label_at(k) in SHARED
    }
    if j >= 0 and doc.lines[j].n_words < KICKER_UNDER:  # a kicker straight above it
        never = never | {j}  # ("Ländliche Regionen" over "15. Zukunftsforum Ländliche ...")
    if stopped_headline(doc.lines[index]):
        never = never | {
            k
            for k in range(max(0, index - STANDFIRST_ABOVE), index)
            if doc.lines[k].n_words < KICKER_UNDER
        }  # a kicker over it
    if (j >= 0 and j not in never and not ends_sentence(doc.lines[j].text)
            and doc.lines[j].n_words < doc.lines[index].n_words
            and not topic_first(text)  # "Ukrainische Gegenoffensive: Ziele, ..." heads
            and not title_case(doc.lines[index], doc.lang)  # a headline's case, no standfirst's
            and not _teaser_over(doc, j)
            and prob(found, j, "title") >= over):  # fmt: skip
        return j  # the headline straight above its longer standfirst
    if not ends_sentence(text):
        return index
    above = []
    for j in range(index - 1, max(-1, index - 1 - STANDFIRST_ABOVE), -1):
        if doc.lines[j].n_words < KICKER_UNDER and j not in never:
            break  # a label straight above is passed over ("Editorial"), a menu's is not
        if j not in never and not ends_sentence(doc.lines[j].text):
            above.append(j)
    best = max(above, key=lambda j: prob(found, j, "title"), default=None)
    p = prob(found, index, "title")
    return best if best is not None and prob(found, best, "title") >= KEEP_ABOVE * p else index


LISTED_WORDS = 4  # another story's headline in a list over the line: this many words at least


def _teaser_over(doc: Document, j: int) -> bool:
    """Another headline-sized line straight over the line at ``j``, ending no sentence: the
    two are a list of other stories' headlines ("Trending Stories:" / "Police: Man charged
    after crash" / "School closings for Tuesday"), the line under them the page's own. Its
    words are spaced (a link's address over the headline is no headline)."""
    if j == 0:
        return False
    above = doc.lines[j - 1]
    return (above.n_words >= LISTED_WORDS and len(above.text.split()) >= LISTED_WORDS
            and not above.prose and not ends_sentence(above.text))  # fmt: skip


def above_its_byline(doc: Document, found: line_model.Labels, index: int,
                     never: frozenset[int]) -> int:  # fmt: skip
    """A headline stands above its byline. Where the line taken for it stands under the
    line the model is sure is a byline, past a bar of chrome (share buttons: a video's
    title between byline and body, "Fox News Flash top entertainment headlines for Nov.
    19"), the likeliest line of the ``BYLINE_ABOVE`` above that byline is the headline, if
    at least a share ``KEEP_ABOVE`` as likely (and likely enough on its own, ``SURE``);
    likewise where it stands straight under the byline ("By Marta Quillon" over
    "Reporting from Rathlin Island, Northern Ireland"), of the group's lines above the
    byline that are not chrome ("Share full article" between them)."""
    bylines = [found.first + i for i, label in enumerate(found.best)
               if label == "byline" and found.first + i < index
               and found.odds(found.first + i, "byline") >= BYLINE_SURE]  # fmt: skip
    if not bylines:
        return index
    byline = bylines[-1]
    between = doc.lines[byline + 1 : index]
    under = index == byline + 1  # straight under it: where the writer reported from
    if not under and (
        len(between) < BAR_LINES or any(ln.prose or not doc.is_chrome(ln) for ln in between)
    ):
        return index
    if under:  # the group's lines above the byline, past the chrome between them
        above = [j for j in range(found.first, byline) if j not in never
                 and not doc.is_chrome(doc.lines[j])][-BYLINE_ABOVE:]  # fmt: skip
    else:
        above = [j for j in range(max(found.first, byline - BYLINE_ABOVE), byline)
                 if j not in never]  # fmt: skip
    best = max(above, key=lambda j: prob(found, j, "title"), default=None)
    floor = max(SURE["title"], KEEP_ABOVE * prob(found, index, "title"))
    if best is None or prob(found, best, "title") < floor:
        return index
    if under and found.label_at(index) == "title" and doc.lines[best].n_words < KICKER_UNDER:
        return index  # a section's label over the group ("Formel 1-News" / date / byline)
    return best


POINTS = 2  # lines like it under the pick that make it the first of a list of points
POINT_WORDS = (6, 30)  # ... each of this many words


def over_its_points(doc: Document, found: line_model.Labels, index: int,
                    never: frozenset[int]) -> int:  # fmt: skip
    """A headline over the story's points, a list of lines alike ("Currency collectors are
    on hunt for rare dollar bills", "Two batches of $1 bills feature ...") under it: where
    the line taken for the headline is the first of such a list, the longer line straight
    over it is the headline, if likely enough on its own (``SURE``)."""
    lines = doc.lines
    first = lines[index]
    if not POINT_WORDS[0] <= first.n_words <= POINT_WORDS[1] or index == 0:
        return index
    points = lines[index + 1 : index + 1 + POINTS]
    alike = [POINT_WORDS[0] <= ln.n_words <= POINT_WORDS[1] and not ln.prose for ln in points]
    if len(points) < POINTS or not all(alike):
        return index
    j = index - 1
    if (j not in never and lines[j].n_words > first.n_words and not lines[j].prose
            and first.text not in lines[j].text  # a trail ending with it: "Home News <it>"
            and prob(found, j, "title") >= SURE["title"]):  # fmt: skip
        return j
    return index


def title_case_above(doc: Document, found: line_model.Labels, index: int,
                     never: frozenset[int]) -> int:  # fmt: skip
    """A line in sentence case taken for the headline, straight under one in Title Case,
    is its standfirst ("The actress explained the story behind her wardrobe malfunction"
    under "Jennifer Aniston on Leaving the Tags on Her Coat"), where that line is likely
    enough a headline on its own (``SURE``): the case, not the length, tells them apart."""
    j = index - 1
    if (j >= 0 and j not in never and title_over_sentence(doc.lines[j], doc.lines[index])
            and prob(found, j, "title") >= SURE["title"]):  # fmt: skip
        return j
    return index


def _over_byline(doc: Document, found: line_model.Labels, index: int) -> bool:
    """The line at ``index`` is the group's byline or date, by the model or the rules."""
    return found.label_at(index) in SHARED or doc.role(doc.lines[index]) == "meta"


def story_under_kicker(doc: Document, found: line_model.Labels, index: int,
                       never: frozenset[int]) -> int:  # fmt: skip
    """A word taken for the headline, straight over a line that stands straight over the
    byline or date, is that line's kicker where that line names the story more ("Opinión"
    over "Horarios" over "Por Lucía Romero"), or where it is in capitals and that line is
    not ("INSELVERKEHR" over "Fährzeiten"), whether that line is a word or sentences
    ("Política" over "A balsa parou. Então a ilha construiu a sua."), though not a
    paragraph (more than ``HEADLINE_WORDS``): a kicker names the section, a headline what
    the paragraphs tell, however short both are."""
    j = index + 1
    if j + 2 < len(doc.lines) and j not in never and _kicker_over_group(doc, found, index):
        return j
    if j + 2 < len(doc.lines) and j not in never and _kicker_over_named(doc, index):
        return j
    if doc.lines[index].n_words != 1 or j + 1 >= len(doc.lines) or j in never:
        return index
    under = doc.lines[j]
    if under.n_words > HEADLINE_WORDS or _over_byline(doc, found, j) or not _over_byline(
            doc, found, j + 1):
        return index
    kicker = doc.lines[index].text.isupper() and not under.text.isupper()  # "INSELVERKEHR"
    return j if kicker or echo(doc.lines[j], doc) > echo(doc.lines[index], doc) else index


def _kicker_over_named(doc: Document, index: int) -> bool:
    """The line at ``index``, of fewer than ``KICKER_UNDER`` words, is the kicker over a
    longer headline with no sentence's end, a bare name straight under that, then the first
    paragraph ("Night trains" / "The quiet return of the night train" / "Lena Fischer"):
    a standfirst would end as a sentence."""
    kicker, headline, name, first = doc.lines[index : index + 4]
    return (kicker.n_words < KICKER_UNDER < headline.n_words <= HEADLINE_WORDS
            and not headline.terminal and not kicker.terminal and name.n_words <= NAME_WORDS
            and is_name(name.text) and first.prose)  # fmt: skip


def _kicker_over_group(doc: Document, found: line_model.Labels, index: int) -> bool:
    """The line at ``index`` is a kicker of fewer than ``KICKER_UNDER`` words over the
    whole group: a longer headline, a longer standfirst still, then the byline or date
    ("Stromausfall in Berlin" / "Ampeln tot, S-Bahnen stoppen: Wie sicher ist
    Deutschlands Stromnetz?" / "Berlin. In Berlin brennen zwei Strommasten. ..." / "Von
    Christian Unger")."""
    kicker, headline, standfirst = doc.lines[index : index + 3]
    return (kicker.n_words < KICKER_UNDER < headline.n_words <= HEADLINE_WORDS
            and standfirst.n_words > headline.n_words and not _over_byline(doc, found, index + 1)
            and not _over_byline(doc, found, index + 2)
            and _over_byline(doc, found, index + 3))  # fmt: skip


NAMES_STORY = 0.5  # of its words the first paragraphs use again: a headline over its byline


def over_its_byline(doc: Document, found: line_model.Labels, never: frozenset[int],
                    naming: float = NAMES_STORY) -> int | None:  # fmt: skip
    """Where neither the rules nor the model are sure of a line for the headline, the line
    straight over the first of the group's bylines and dates that has one naming the story
    (a share ``naming`` of its words in the first paragraphs) over it: a headline of one
    word among a menu's ("Economía" / "Horarios" / "Pablo Gil · El Faro"), which no line's
    shape tells, maybe under a masthead's date. With ``naming`` 0, the line over the byline
    or date nearest the body (a masthead's date over a menu is no byline of the group's)."""
    window = range(found.first + 1, min(doc.start + 1, found.first + len(found.best)))
    for k in window if naming else reversed(window):
        line = doc.lines[k - 1]
        if (_over_byline(doc, found, k) and k - 1 not in never and not line.prose
                and not _over_byline(doc, found, k - 1) and line.n_words <= 30
                and echo(line, doc) >= naming):  # fmt: skip
            return k - 1
    return None
