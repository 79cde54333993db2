"""Authors the rules find where no line near the headline says "By": a name printed
alone beside the date (with its role on a line of its own, or its outlet beside it), or
beside a dateline whose place reads as a name, an author's box under the article whose
note says who they are, or a bare name the line model took the title away from."""

from __future__ import annotations

import re
from collections.abc import Callable

from sitegen.clean.bylines import introduces, says_by
from sitegen.clean.credits import is_credit, labels_credit
from sitegen.clean.document import Document, Line
from sitegen.clean.people import NAME_MOST, OUTLET_MARK, is_name, names_alone
from sitegen.clean.phrases import phrase_list, phrased
from sitegen.clean.printed_dates import parse_printed_date
from sitegen.clean.roles import is_desk, is_role
from sitegen.stopwords import stop_words

ROLE_WORDS = 4  # "Senior Reporter", "Chief Political Correspondent": a role line, at most


def is_role_line(text: str) -> bool:
    """A person's role on a line of its own, under or over their name; with what or where
    after a bar ("Librarian and writer | Kiruna", "Senior Reporter · The Harbour Times")."""
    role = re.split(OUTLET_MARK, text.strip())[0]
    words = role.split()
    return (0 < len(words) <= ROLE_WORDS and not any(c.isdigit() for c in text)
            and is_role(role) and words[0][:1].isupper())  # fmt: skip


OUTLET_WORDS = 4  # an outlet's name beside a byline's: "Island Herald", "The Harbour Times"


def names_beside_outlet(line: str, lang: str = "") -> list[str]:
    """The names of a line that is a name (or several) and its outlet, a mark between
    them ("Ana Lopes | Island Herald", "Priya Raman · Harbourline", "Ana Lopes and Tomasz
    Wrona · Reuters"): a byline, where it stands by a date. [] for any other line."""
    first, *rest = re.split(OUTLET_MARK, line.strip())
    if not rest:
        return []
    names = [first] if is_name(first) else names_alone(first, lang)
    outlets = all(0 < len(part.split()) <= OUTLET_WORDS and part[:1].isupper() for part in rest)
    return names if outlets else []


JOINED_ROLE_WORDS = 3  # a role printed after a name without a mark: "International Editor"


def name_then_role(line: str) -> list[str]:
    """A name and the role after it on one line, nothing between them but a space, as a
    paste joins a byline's spans ("Lindsey Hilsum International Editor", "Jane Roe Staff
    Writer"): the name. The role is a few capitalised words, the last a role's; [] for any
    other line."""
    if any(mark in line for mark in ",|·•/"):
        return []  # a mark between them: a name and its outlet, or a credit
    words = line.split()
    if len(words) > NAME_MOST + JOINED_ROLE_WORDS:
        return []  # longer than a name and a role: running text
    for k in range(2, len(words)):
        role = words[k:]
        if (len(role) <= JOINED_ROLE_WORDS and all(w[0].isupper() for w in role)
                and is_role(role[-1]) and is_name(" ".join(words[:k]))):  # fmt: skip
            return [" ".join(words[:k])]
    return []


def _name_then_place(line: str) -> list[str]:
    """A name, a comma and the one word of the place it was written in ("Anna Berg,
    Zürich"), as a byline over its date prints it: the name. [] for any other line."""
    name, comma, place = line.rpartition(", ")
    if not comma or len(place.split()) != 1 or not place[:1].isupper() or not place.isalpha():
        return []
    return [name] if is_name(name) else []


def bare_name_near(doc: Document, date_index: int) -> tuple[list[str], list[Line]]:
    """The author and the lines that name them: a name printed alone ("Samuel Osborne")
    a few lines above or just below the date, its role or a one-word button on a line of
    its own between them or not ("Senior Reporter", "Follow"); above first, unless the name
    below is printed with its outlet ("Ana Lopes | Island Herald") or its role ("Kofi
    Mensah" over "Senior Correspondent"), or names several, and the one above alone (a
    two-word headline reads as a name: "Ferry Times")."""
    above = _above(doc, date_index)
    below = doc.lines[date_index + 1 : date_index + 3]
    found = [_name_on_side(doc, side) for side in (above, below)]
    if found[0] and found[1] and found[1][2] and not found[0][2]:
        found.reverse()
    for side in found:
        if side is not None:
            names, lines, _ = side
            return names, lines
    return [], []


NEAR_LINES, NEAR_REACH = 4, 8  # lines above a date a name may stand in; chrome only in the reach


def _above(doc: Document, index: int) -> list[Line]:
    """The lines above ``index``, nearest first: ``NEAR_LINES`` of them, past the chrome a
    paste splits a byline's row into ("Follow" / "·" / "6 min read" / "·"), up to
    ``NEAR_REACH`` lines in all."""
    found: list[Line] = []
    counted = 0
    for line in reversed(doc.lines[max(0, index - NEAR_REACH) : index]):
        found.append(line)
        counted += not doc.is_chrome(line)
        if counted == NEAR_LINES:
            break
    return found


def bare_name_beside(doc: Document, date: int, headline: int | None) -> list[str]:
    """``bare_name_near`` the date the line model found, its lines marked as meta (the
    rules look beside the dates of their own window, which a long paragraph above the
    headline can end before the date: "Ronja Beck" over "/ 16.11.2018, 03:00 Uhr");
    never the headline."""
    names, lines = bare_name_near(doc, date)
    if any(line.index == headline for line in lines):
        return []
    for line in lines:
        doc.mark(line, "meta", "a name beside the date")
    return names


DATELINE_WORDS = 25  # a dated line of the headline group, at most (longer is a paragraph)


def name_over_dateline(doc: Document, authors: list[str], group: list[Line], headline: int,
                       likely: Callable[[int], bool]) -> tuple[list[str], str] | None:  # fmt: skip
    """An author read from a line of the headline ``group`` that prints a date and does not
    say "by" gives way to a name printed alone next to that line, where ``likely`` (the
    line model's odds of a byline) holds for it: "María José Ferrer" over "Palma de
    Mallorca - 2 feb 2024 - 09:40 CET", where the words before the date are the place it
    was filed from. Returns the names and their line, marked as meta."""
    if len(authors) != 1:
        return None
    for line in group:
        if (authors[0] not in line.text or says_by(line.text, doc.lang)
                or line.n_words > DATELINE_WORDS):  # fmt: skip
            continue
        printed = parse_printed_date(line.text, doc.lang)
        if printed is None or printed.value is None:
            continue
        names, lines = bare_name_near(doc, line.index)
        if not names or any(x.index in (headline, line.index) for x in lines):
            return None
        name = lines[0]
        if abs(name.index - line.index) > 1 or not likely(name.index):
            return None
        for x in lines:
            doc.mark(x, "meta", "a name beside the date")
        return names, name.text
    return None


def _name_on_side(doc: Document, side: list[Line]) -> tuple[list[str], list[Line], bool] | None:
    """The name nearest the date on one side of it (or names: "Ana Lopes and Tomasz
    Wrona"), past a role, a button or the place it was written from, the lines it takes
    (with its role's), and whether it is sure to be a byline:
    its outlet or role printed with it (between it and the date, or under it), or several
    names (a lone two-word line may be a headline: "Salt Roads")."""
    role = None
    for n, line in enumerate(side):
        if line.n_words == 0 or doc.is_chrome(line):
            continue
        beside = (names_beside_outlet(line.text, doc.lang) or _name_then_place(line.text)
                  or name_then_role(line.text))  # fmt: skip
        several = [] if beside else names_alone(line.text, doc.lang)
        if (beside or several or is_name(line.text)) and not _pictured(doc, line):
            under = doc.lines[line.index + 1 : line.index + 2]
            if (role is None and under and under[0] not in side[:n]
                    and is_role_line(under[0].text)):  # fmt: skip
                role = under[0]  # the role under the name, the date above both
            roles = [role] if role is not None and is_role_line(role.text) else []
            names = beside or several or [line.text]
            return names, [line, *roles], bool(beside) or bool(roles) or len(names) > 1
        if role is not None or not (is_role_line(line.text) or line.n_words == 1
                                    or _place_line(line)):  # fmt: skip
            return None  # the name stands next to the date, never beyond another line
        role = line  # or a button between them ("Follow"), or where they wrote it from
    return None


def _pictured(doc: Document, line: Line) -> bool:
    """The name straight over a picture's credit ("Friedrich Merz" over "Foto:
    REUTERS/Nadja Wohlleben"): the caption's, whom the picture shows, not who wrote; or
    the credit itself ("Fot. Europol Gaz")."""
    under = doc.lines[line.index + 1] if line.index + 1 < len(doc.lines) else None
    return (under is not None and is_credit(under.text)) or any(map(labels_credit, line.words))


PLACE_WORDS = 5  # a place a writer files from: "São Sebastião (SP)", "Rathlin, Northern Ireland"
PLAIN_PLACE_WORDS = 3  # ... or plainly: "São Paulo", "Rio de Janeiro"


def _place_line(line: Line) -> bool:
    """A place, as a dateline prints it under the writer's name: a few capitalised words
    (the first always: "in Healthcare" is a category), with a comma or a bracket between
    them or up to three plainly, no figures, no sentence."""
    text = line.text
    return (line.n_words <= PLACE_WORDS and text[:1].isupper()
            and ("(" in text or ", " in text or line.n_words <= PLAIN_PLACE_WORDS)
            and not line.terminal and not any(c.isdigit() for c in text)
            and all(w[0].isupper() for w in line.words if len(w) > 3))  # fmt: skip


def names_under(doc: Document, headline: int, reach: int) -> tuple[list[str], list[Line]]:
    """Names printed alone within ``reach`` lines under the headline, where no date stands
    beside them (it is printed above the headline): several names ("Katrin Oberholzer und
    Jonas Weber"), a name with its outlet ("Galo Ramírez | El Sol de México"), one over
    its role ("Korrespondentin in Wien"), or one straight over the first paragraph
    (``_over_the_body``); not one name alone elsewhere, which a short standfirst or heading
    may look like. The names and the lines they take, marked as meta."""
    for line in doc.lines[headline + 1 : headline + 1 + reach]:
        if line.n_words == 0:  # chrome or not: the rules may have left it above the body
            continue
        several = (names_alone(line.text, doc.lang) or names_beside_outlet(line.text, doc.lang)
                   or name_then_role(line.text))  # fmt: skip
        under = doc.lines[line.index + 1 : line.index + 2]
        named = bool(under) and is_name(line.text)
        if several or (named and _over_the_body(doc, line, under[0], headline)):
            lines = [line]
        elif named and (is_role_line(under[0].text) or _desk_line(under[0].text)
                        or _outlet_over_body(doc, line, under[0], headline)):
            lines = [line, under[0]]  # the name and its role or outlet
        else:
            continue
        for taken in lines:
            doc.mark(taken, "meta", "names under the headline")
        return several or [line.text], lines
    return [], []


OVER_NAME_WORDS = 4  # the headline or standfirst over a bare name: this many words at least
STANDFIRST_LINES = 1  # lines between the headline and a bare name over the body, at most
BYLINE_REACH = 6  # lines under the headline a name over its outlet may stand (buttons between)


def _over_the_body(doc: Document, name: Line, under: Line, headline: int) -> bool:
    """A name alone straight under the headline or its standfirst and over the article's
    first paragraph: the byline, printed without "By" or a date ("Amina Diallo"); not
    under a label, a category or a date."""
    above = doc.lines[name.index - 1]
    return (name.index - headline <= STANDFIRST_LINES + 1 and under.prose
            and above.n_words >= OVER_NAME_WORDS and doc.role(above) != "meta"
            and _someone(doc, name))  # fmt: skip


def _someone(doc: Document, name: Line) -> bool:
    """A name's line names someone: not a label in capitals ("KEY POINTS"), a picture's
    credit ("Getty Images", "Foto. Cortesía"), buttons, nor words the page writes in lower
    case too."""
    if is_credit(name.text):
        return False
    stop, labels = stop_words(doc.lang), phrase_list().exact
    page = {w for line in doc.lines for w in line.words if w.islower()}
    return all(not w.isupper() and w.casefold() not in stop and w.casefold() not in labels
               and w.casefold() not in page and not labels_credit(w)
               for w in name.words)  # fmt: skip


# an outlet's short letters or web address on a line of its own: "BBC", "AP", "Vox.com"
_OUTLET = re.compile(r"[A-Z]{2,5}|[\w-]+\.(?:com|net|org|co\.uk|de|fr|es|it|nl|pt)")


def _outlet_over_body(doc: Document, name: Line, outlet: Line, headline: int) -> bool:
    """A name alone over its outlet's name, both straight over the first paragraph, under
    the headline's group ("Duncan Walker" / "BBC"): the byline, as ``_over_the_body``
    says of a name alone. The outlet as its short letters or its web address, no label of
    the phrase lists."""
    first = doc.lines[outlet.index + 1] if outlet.index + 1 < len(doc.lines) else None
    if (first is None or not first.prose or name.index - headline > BYLINE_REACH
            or phrased(doc, outlet.index) or _OUTLET.fullmatch(outlet.text) is None):  # fmt: skip
        return False
    return _someone(doc, name)


def _desk_line(text: str) -> bool:
    """A desk of an outlet on a line of its own, maybe with its place: "BBC News, Cornwall",
    "Politics desk"."""
    desk, *place = text.split(", ")
    return (len(place) <= 1 and is_desk(desk) and desk[:1].isupper()
            and not any(c.isdigit() for c in text))  # fmt: skip


def role_under(doc: Document, byline: int) -> None:
    """The role printed on the line under a byline ("Korrespondentin in Wien") leaves the
    body with it."""
    role = doc.lines[byline + 1] if byline + 1 < len(doc.lines) else None
    if role is not None and doc.role(role) in ("body", "heading") and is_role_line(role.text):
        doc.mark(role, "meta", "the role under the byline")


NOTE_LINES = 3  # the article's last paragraphs, where an author's note may close it


def author_box(doc: Document) -> list[str]:
    """For a page with no byline at its top: the name of an author's box outside the
    article, a bare name whose note says who they are ("Michael Larabel is the principal
    author of ..."), under the article or closing it. A note higher up in the article is
    its subject's, not its author's."""
    outside = [ln for ln in doc.lines if not doc.start <= ln.index < doc.end]
    closing = [ln for ln in doc.lines[doc.start : doc.end] if ln.prose][-NOTE_LINES:]
    notes = [ln.text for ln in outside + closing if ln.prose]
    if not notes:
        return []
    for line in outside:
        if is_name(line.text) and any(introduces(note, line.text) for note in notes):
            doc.mark(line, "meta", "an author's box under the article")
            return [line.text]
    return []


NAME_TO_DATE = 2  # lines between a bare name and the date it is printed with, at most


def name_left_by_the_title(doc: Document, index: int) -> list[str]:
    """The rules' headline the model moved the title from, where it is a bare name a line
    or two from a date and the page names that person again further down (an author's
    note: "Louise Matsakis is a staff writer..."): the author, as on pages that print name,
    section, date, then headline."""
    line = doc.lines[index]
    if not is_name(line.text):
        return []
    near = doc.lines[max(0, index - NAME_TO_DATE) : index + NAME_TO_DATE + 1]
    if not any(doc.role(other) == "meta" and parse_printed_date(other.text, doc.lang)
               for other in near):  # fmt: skip
        return []
    again = any(other.index > index + NAME_TO_DATE and other.text.startswith(line.text)
                for other in doc.lines)  # fmt: skip
    return [line.text] if again else []
