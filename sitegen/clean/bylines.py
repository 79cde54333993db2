"""Authors' names from the lines sites print them on: "By Jane Roe", "Jane Roe and John Doe",
"Jane Roe | Reuters", "By Eleanor Voss, Northern Correspondent"."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sitegen.clean.byline_data import byline_data, byline_words
from sitegen.clean.byline_tail import _CASE_CHANGE, split_tail
from sitegen.clean.document import Line
from sitegen.clean.people import (
    OUTLET_MARK,
    _date_label,
    _joiner,
    _one_name,
    _without_outlet,
    is_name,
    names_in,
)
from sitegen.clean.phrases import phrase_list
from sitegen.clean.printed_dates import _data as _dates
from sitegen.clean.printed_dates import parse_printed_date
from sitegen.clean.roles import is_desk, is_role
from sitegen.dates import zone_names


@cache
def _prefix() -> re.Pattern[str]:
    words = sorted(byline_data()["prefixes"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?:\s*:)?\s+", re.I)


_SEPARATED = re.compile(r"\s[|·•–—-]\s")  # a line printing byline and date side by side
_GLUE_END = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")  # "ItalieThe": where a name ends


# "Posted on ... by X", "Veröffentlicht vonChris Jung" (glued as pasted text joins spans)
_NAME_START = r"(?=[A-ZÀ-Þ][a-zß-ÿ])"  # where a name glued to the word before it starts
_INLINE_BY = re.compile(r"\s(?:by|von|par|por):?(?:\s+|(?-i:" + _NAME_START + r"))(.+)$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# what each did, or where and as what: "(text)", "(Brest, envoyée spéciale)"; not "(Photo: AP)"
_BRACKETED = re.compile(r"\s*\([^():]{1,40}\)")


INTRO_WORDS = 2  # "Story by", "Photos and words by": what may stand before an inline "by"


def _introduces_by(before: str) -> bool:
    """What stands before an inline "by" makes it a byline's: a date or its label ("Posted
    on 3 May 2024 by"), or a word or two ("Story by"); a headline's words do not, its
    figures neither ("... order for 30 Boeing 787 jets, will ... expand by early 2020s")."""
    if len(before.split()) <= INTRO_WORDS or _date_label().search(before) or _YEAR.search(before):
        return True  # "... Datenschutz – 2009-2020 by Florian Posdziech"
    printed = parse_printed_date(before) if any(c.isdigit() for c in before) else None
    return printed is not None and printed.value is not None


@cache
def _glued_prefix() -> re.Pattern[str]:
    """A prefix glued to the name after it, as pasted text joins spans: "byJoseph Kovar",
    "Geschrieben vonElisa Marvena". Its last word printed in lower case only: "DeAndre",
    "DiCaprio" are names."""
    forms = []
    particles = byline_words("particles")
    for prefix in byline_data()["prefixes"]:
        *head, last = prefix.split()
        if last.isalpha():  # "ByNatasha Daly" too, but not "DeAndre", "VanDyke"
            first = re.escape(last[0]) if last in particles else f"[{last[0]}{last[0].upper()}]"
            forms.append("".join(f"(?i:{re.escape(w)})\\s+" for w in head) + first
                         + re.escape(last[1:]))
    forms.sort(key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(forms) + r")" + _NAME_START)


def _unglued_prefix(line: str) -> str:
    glued = _glued_prefix().match(line)
    return line if glued is None else f"{line[: glued.end()]} {line[glued.end() :]}"


_BAR = re.compile(r"\s*\|\s*|\s[·•]\s")  # "October 14, 2009|Marc Lifsher"
DATE_PART = 0.6  # of a part's words, the share its date takes


def _name_beside_date(line: str) -> str | None:
    """A bare name printed beside the date, a bar between them: a byline."""
    parts = [p.strip() for p in _BAR.split(line) if p.strip()]
    if not 2 <= len(parts) <= 3:
        return None
    names = [p for p in parts if is_name(p) and not is_desk(p)]
    dates = [p for p in parts if (d := parse_printed_date(p)) is not None
             and d.value is not None and d.coverage >= DATE_PART]  # fmt: skip
    return _said_inside(names[0]) if len(names) == 1 and dates else None


def _said_inside(name: str) -> str:
    """The name after a "by" inside what reads as one name, where a full name follows it:
    "Ein Artikel von Katrin Oberholzer" (German nouns are capitalised) is Katrin
    Oberholzer; "Johann Wolfgang von Goethe" stays whole."""
    inline = _INLINE_BY.search(name)
    return inline.group(1) if inline is not None and is_name(inline.group(1)) else name


NAME_WORDS = 4  # a name after its date has at most this many words


def _name_after_date(line: str) -> str | None:
    """A bare name printed after the date it opens with, no bar between them: "28. Jan.
    2022 Paula Balov", "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen"."""
    words = line.split()
    start = 0
    while start < len(words) and in_date(words[start]):
        start += 1
    if not 0 < start < len(words):
        return None
    printed = parse_printed_date(" ".join(words[:start]))
    if printed is None or printed.value is None or printed.coverage < DATE_PART:
        return None
    names = names_in(split_tail(" ".join(words[start:]))[0])
    return names[0] if len(names) == 1 and len(names[0].split()) <= NAME_WORDS else None


def in_date(word: str) -> bool:
    """A word a printed date is made of: figures, a month's or weekday's name, a word that
    joins its parts ("um", "at"), a clock's ("Uhr", "pm"), a time zone's ("EST"), a
    separator."""
    folded = word.casefold().strip(".,")
    return (any(c.isdigit() for c in word) or not folded.strip("|·•—–-/")
            or folded in _dates()["months"] or folded in _date_words()
            or word.strip(".,") in zone_names())  # fmt: skip


@cache
def _date_words() -> frozenset[str]:
    return frozenset([*_dates()["weekdays"]["names"], *_dates()["clock"]["words"],
                      *byline_words("connectors")])  # fmt: skip


def introduces(note: str, name: str, verbs: str = "bio_verbs") -> bool:
    """``note`` opens by saying who ``name`` is: "Jane Roe is a reporter ..." (an author's
    note, in the languages of the data file's ``bio_verbs``, or of its list ``verbs``)."""
    if not note.startswith(name + " "):
        return False
    return note[len(name) + 1 :].split(" ", 1)[0].casefold() in byline_words(verbs)


def may_say_by(line: str) -> bool:
    """Whether ``says_by`` can hold, tested cheaply: the line opens with a byline's prefix,
    or has a case change a glued role is split at (which may make it open with one)."""
    return bool(_prefix().match(line.replace("\u00a0", " ")) or _CASE_CHANGE.search(line))


def says_by(line: str, lang: str = "") -> bool:
    """A byline that says so at its start: "By Jane Roe", "Von Jonas Weber am 3. Mai"."""
    head = split_tail(line)[0]
    match = _prefix().match(head)
    return match is not None and bool(names_in(head[match.end() :], lang=lang))


def dated_then_by(line: str) -> bool:
    """A line that prints the date, then "by" and names: "Posted on March 3, 2024 by
    Daniel Okafor", "Publié le 3 mai 2024 par Jo Lee"."""
    inline = _INLINE_BY.search(line)
    if inline is None:
        return False
    before = line[: inline.start()]
    printed = parse_printed_date(before) if any(c.isdigit() for c in before) else None
    return printed is not None and printed.value is not None and bool(_parse_byline(line)[0])


def is_bare_prefix(line: str) -> bool:
    """A line that is only "By" (or "Written by:"): the pasted byline's names are below it."""
    return bool(_prefix().fullmatch(line.strip(" :") + " "))


def ends_with_by(line: str) -> bool:
    """A word or two and "by" alone on a line ("News provided by"): where a name stands
    under it, the byline's label."""
    return len(line.split()) <= INTRO_WORDS + 1 and _ENDS_BY.search(line) is not None


_ENDS_BY = re.compile(r"\S\s+(?:by|von|par|por)\s*:?\s*$", re.I)


AGENCY_WORDS = 3  # an agency or desk after "by": "EFE", "Lusa", "Redazione", "Agence France-Presse"


def by_agency(line: str) -> bool:
    """ "By" and an agency or a desk, no one's name ("Por EFE", "di Redazione", "By AFP",
    "by BWW News Desk Oct. 13, 2016"): a byline all the same, capitalised words after the
    prefix and before its date, no sentence."""
    line = split_tail(line)[0]
    match = _prefix().match(line)
    rest = line[match.end() :].split() if match else []
    return (0 < len(rest) <= AGENCY_WORDS and all(w[:1].isupper() for w in rest)
            and not line.rstrip().endswith((".", "!", "?")))  # fmt: skip


def under_other_label(lines: list[Line], index: int) -> bool:
    """The line at ``index`` is a label's value, and the label says it is no byline: a word
    or two ending with a colon, not "By" nor "Author:" ("Media contact:" over "Jo Lee")."""
    if index == 0:
        return False
    label = lines[index - 1].text.strip()
    return (label.endswith(":") and len(label.split()) <= 2 and not is_bare_prefix(label)
            and not _prefix().fullmatch(label + " "))  # fmt: skip


def parse_byline(line: str, lang: str = "") -> tuple[list[str], bool]:
    """Names on a byline line, and whether it said so ("By ...") rather than only looked so;
    ``lang``, the page's language, where its words for "and" and "in" are its own."""
    names, explicit = _parse_byline(line, lang)
    return list(names), explicit


@lru_cache(maxsize=8192)
def _parse_byline(line: str, lang: str = "") -> tuple[tuple[str, ...], bool]:
    """``parse_byline``, cached: the rules and the line model ask about the same lines."""
    names, explicit = _read_byline(line, lang)
    return tuple(_once(_without_buttons(name)) for name in names), explicit


def _once(name: str) -> str:
    """A name printed twice, glued as a paste joins a link's text to the same name hidden
    for small screens ("Andrea WongAndrea Wong"), once."""
    half = len(name) // 2
    if len(name) % 2 == 0 and " " in name and name[:half] == name[half:]:
        return name[:half]
    return name


def _without_buttons(name: str) -> str:
    """A name without the buttons pasted after it, labels of the phrase lists: "Brenna
    Ehrlich View Comments", "Jo Lee Follow" (two words at least are left: "Thomas More")."""
    words = name.split()
    while len(words) > 2:
        for k in (2, 1):
            if len(words) - k >= 2 and phrase_list().match(" ".join(words[-k:]), k):
                words = words[:-k]
                break
        else:
            break
    return " ".join(words)


def _past_role(text: str) -> str:
    """What follows a role printed before the names ("our correspondent Jo Lee", "unserem
    Korrespondenten Jo Lee", "notre envoyée spéciale Claire Dumas"): words in lower case
    and role words, a role among them; ``text`` itself where none is, or where the role is
    a newsroom's (``newsrooms``)."""
    words = text.split()
    i = 0
    while i < len(words) and (words[i][:1].islower() or is_role(words[i])):
        i += 1
    if i and words[i - 1].casefold() in byline_words("newsrooms"):
        return text  # "Redazione Milano Online": a desk's name follows, not a person's
    return " ".join(words[i:]) if 0 < i < len(words) and is_role(" ".join(words[:i])) else text


def _read_byline(line: str, lang: str = "") -> tuple[tuple[str, ...], bool]:
    """The names on a byline line, and whether it says so."""
    line = _unglued_prefix(line)
    head, had_tail = split_tail(line)
    match = _prefix().match(head)
    if match:  # what each did, in brackets, is no name: "By Jo Lee (text) and Al Roe (photos)"
        names = names_in(_BRACKETED.sub("", head[match.end() :]), True, lang)
        if not names:  # "By Hillel ItalieThe Associated Press": the outlet glued to the name
            names = names_in(_GLUE_END.split(head[match.end() :], maxsplit=1)[0], lang=lang)
        if not names:  # "By Jane Roe Sioux Falls Argus Leader": the outlet after the name
            names = names_in(_without_outlet(head[match.end() :].strip(), after_names=True),
                             lang=lang)  # fmt: skip
        if not names:  # "By our correspondent Jo Lee", "Door onze verslaggever Jan de Vries"
            names = names_in(_past_role(head[match.end() :]), True, lang)
        if not names and had_tail:  # "von eseppelt · 31. Oktober 2023": a user's name
            names = _one_name(head[match.end() :])
        return tuple(names), True
    for part in _SEPARATED.split(line)[1:]:  # "February 1, 2019 | By: Jane Roe"
        match = _prefix().match(part)
        if match:
            names = names_in(split_tail(part[match.end() :])[0], True, lang)
            if names:
                return tuple(names), True
    # "30. Oktober 2019 | Jo Lee": only where a digit is (every printed date has one)
    beside = any(map(str.isdigit, line)) and (_name_beside_date(line) or _name_after_date(line))
    if beside:
        return (beside,), True
    inline = _INLINE_BY.search(line)  # "Posted on ... by X", not "... the School Day by Thirty"
    if inline and _introduces_by(line[: inline.start()]):
        after, dated = split_tail(inline.group(1))
        dated = dated or any(c.isdigit() for c in line[: inline.start()])  # its date before
        names = names_in(after, lang=lang) or (_one_name(after) if dated else [])
        if names:
            return tuple(names), True
    aside = _BRACKETED.search(head)
    inner = aside.group().strip(" ()") if aside is not None else ""
    if inner and is_role(inner) and not any(map(is_name, inner.split(","))):
        # a role in brackets after the name: "Sophie Laurent (Brest, correspondante)"; not a
        # section's editor after its name: "Orphan Diseases (B Manger, Section Editor)"
        named = names_in(_BRACKETED.sub("", head), lang=lang)
        return tuple(named), bool(named)
    names = names_in(head, lang=lang)
    if not names:
        return (), False
    # no "By", but a byline's company: its date or handle, or a role or desk after it
    # ("Tomasz Wrona, Education Reporter", "Priya Raman · Harbourline News")
    parts = [*_joiner(lang).split(head), *re.split(OUTLET_MARK, head)[1:]]
    # a desk counts only set apart from the name ("Jo Lee, Politics"): "Main Blog Politics"
    # is a menu's labels
    role = is_role(parts[0]) or any(is_role(part) or is_desk(part) for part in parts[1:])
    return tuple(names), had_tail or role

