"""People's names in a byline's words: whether some words are a name ("Ursula von der
Leyen", not "Home Music News") or an outlet after one ("The Associated Press"), and the
names a byline's text gives once its roles, outlets and places are taken off
(``sitegen.clean.roles`` tells roles and desks; ``sitegen.clean.bylines`` finds the lines
that are bylines)."""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from sitegen.clean.byline_data import byline_data, byline_words, in_language
from sitegen.clean.printed_dates import any_label
from sitegen.clean.roles import is_desk, is_role
from sitegen.stopwords import stop_words

_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[A-Z]\.)$")  # and its first letter a capital


def _name_word(word: str) -> bool:
    """A word that may be part of a name: a capital in any cased script ("Андрей", "Νίκος",
    "Ødegaard"), then letters, apostrophes, dots and hyphens; or an initial ("J.")."""
    return word[:1].isupper() and _NAME_WORD.match(word) is not None


@cache
def _date_label() -> re.Pattern[str]:
    """The words that say which date a line gives: never part of a name."""
    return re.compile(r"\b(?:" + any_label() + r")\b", re.I)


@cache
def _joiner(lang: str = "") -> re.Pattern[str]:
    words = [re.escape(w) for w in in_language("joiners", lang)]
    return re.compile(r"\s*(?:,|;|\s(?:" + "|".join(words) + r")\s)\s*", re.I)


@cache
def _word_joiner(lang: str = "") -> re.Pattern[str]:
    words = [re.escape(w) for w in in_language("joiners", lang) if w.isalpha()]
    return re.compile(r"\s(?:" + "|".join(words) + r")\s", re.I)


@cache
def _by_words() -> frozenset[str]:
    """The one-word prefixes of bylines ("by", "von", "por"): never a name's first word."""
    return frozenset(p for p in byline_data()["prefixes"] if " " not in p and not p.endswith(":"))


NAME_MOST = 5  # a name's words, at most


def is_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed, but not first), no digits: "Ursula
    von der Leyen", not "de São Paulo";
    no word twice ("Home Music Music News" is a trail), no date label ("Published Wed"), no
    place's word first or last ("South County", "Carmel Valley"), no byline's word first."""
    words = text.split()
    if not 2 <= len(words) <= NAME_MOST or any(map(str.isdigit, text)):
        return False
    folded = [w.casefold() for w in words]
    if len(set(folded)) < len(folded) or _date_label().search(text):
        return False
    if folded[0] in byline_words("place_first") or folded[-1] in byline_words("place_last"):
        return False  # "South County", "Carmel Valley": a place
    if not byline_words("institutions").isdisjoint(folded):
        return False  # "Harvard University": where the writer works
    if folded[0] in _by_words():
        return False  # "Por EFE", "By Reuters": a byline's word, then an agency
    particles = byline_words("particles")
    if words[0] in particles:
        return False  # a place after a comma: "de São Paulo", "da Redação"
    capitals = 0
    for word in words:
        if _name_word(word):
            capitals += 1
        elif word not in particles:
            return False
    return capitals >= 2 and not is_role(text)


def opens_with_small_word(name: str) -> bool:
    """The "name" opens with a preposition or a possessive ("In Local", "My Account"): a
    menu's words, no one's name."""
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    return first in byline_words("never_first")


def names_alone(text: str, lang: str = "") -> list[str]:
    """The names of a line that is two names or more and nothing else, joined by commas or
    a joiner ("Ana Lopes and Tomasz Wrona", "Jo Lee, Al Roe & Kim Yu"): a byline without
    "By", as a single bare name is one. [] for anything else ("Salt and Pepper")."""
    parts = [p.strip() for p in _joiner(lang).split(text.strip()) if p and p.strip()]
    return parts if len(parts) >= 2 and all(map(is_name, parts)) else []


# letters after a name: "Ilana Muhlstein, MS, RDN", "Jane Roe, PhD"
_CREDENTIAL = re.compile(r"^(?=(?:\w*[A-Z]){2})[A-Za-z.]{2,6}$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")  # an outlet: "Phys.org"

OUTLET_MARK = r"\s*\|\s*|\s[·•—–-]\s"  # a mark between a name and its outlet: "Jo Lee|Actu"
# names end here: "Jane Roe for The Times", "DOLORES CHANG FOR DAILYMAIL.COM"
_OUTLET = re.compile(OUTLET_MARK + r"|\s+(?:for|For|FOR)\s+")


@cache
def _elsewhere(lang: str = "") -> re.Pattern[str]:
    """Where names end: an outlet ("Jane Roe | Reuters", "for The Times") or a place
    ("Olivia Solon in San Francisco", "Camila Méndez en Territorio")."""
    places = "|".join(map(re.escape, in_language("places", lang)))
    return re.compile(_OUTLET.pattern + r"|\s+(?:" + places + r")\s+(?=[A-ZÀ-Þ])")

_ONE_NAME = re.compile(r"^(?=(?:[^\W\d_]){3})[^\W_][\w.-]*$")  # "eseppelt", "Dominique", "jo_lee"


def _without_role(part: str) -> str:
    """ "Meg James Staff Writer" -> "Meg James": a role printed after the name goes."""
    words = part.split()
    if words and words[0].casefold() in byline_words("articles"):
        return part  # an outlet's name, kept whole: "The Associated Press", not "The Associated"
    stripped = False
    desks = byline_words("desks")
    folded = {w.casefold() for w in words}  # a trail repeats its words: "Home Music Music News"
    if (len(words) > 3 and words[-1].casefold() in desks and len(folded) == len(words)
            and is_name(" ".join(words[:-2]))):  # fmt: skip
        return " ".join(words[:-2])  # "Paul Steinhauser Fox News": an outlet's two words
    head = words[-1]
    while len(words) > 2 and (is_role(words[-1]) or words[-1].casefold() in desks):
        words.pop()
        stripped = True
    if stripped and len(words) > 2 and head[:1].islower():
        return _without_roles_subject(part, words)
    if stripped and len(words) > 2:
        return part  # "Ap National Political Writer": a description, kept whole (a role)
    return " ".join(words)


def _without_roles_subject(part: str, words: list[str]) -> str:
    """A role in lower case after a name says of what before it: "Rory Carroll Ireland
    correspondent", "Jessica Elgot Chief political correspondent", "Heather Stewart
    Political editor". The words of the role's subject go (lower case, roles, then one
    capitalised word where a name stays); ``part`` whole where no name is left."""
    words = list(words)
    while len(words) > 2 and (words[-1][:1].islower() or is_role(words[-1])):
        words.pop()
    if len(words) > 2 and is_name(" ".join(words[:-1])):
        words.pop()  # the role's subject: "Ireland", "Political"
    name = " ".join(words)
    return name if is_name(name) else part


SAID_TAIL = 3  # words of each part after the names of a byline that says so: "dpa", "AP"


def names_in(text: str, said: bool = False, lang: str = "") -> list[str]:
    """The names a byline gives, roles and outlets dropped; [] when it is not a byline.
    Where the line ``said`` so ("Von ..."), the names it opens with, whatever short parts
    follow them: "Robin Amberg, Volontär", "Jo Lee und Al Roe, dpa", "Diana Resnik mit AP"."""
    text = _past_places(text.strip(" |·•—–-/"), lang)
    text = _until_role(text.strip(" ,;:"))
    parts = [_without_role(p.strip()) for p in _joiner(lang).split(text) if p and p.strip()]
    parts, compound = _compound_surnames(parts, text, lang)
    parts = [p for p in parts if p and not _CREDENTIAL.match(p) and not _DOMAIN.match(p)]
    if not parts:
        return []
    # each part's kind worked out once: the tests below ask about each part again
    named = [p in compound or is_name(p) for p in parts[:-1]]
    # the outlet printed after the last name: "Kevin McCoy USA TODAY"
    parts[-1] = _without_outlet(parts[-1], after_names=said or (len(parts) > 1 and all(named)))
    named.append(parts[-1] in compound or is_name(parts[-1]))
    if not any(named):  # no part a name: neither test below can give any
        return _leading_names(parts) if said else []
    desk = [is_desk(p) or _outlet_after(parts, i) for i, p in enumerate(parts)]
    role = [is_role(p) for p in parts]
    names = [p for p, n, d in zip(parts, named, desk, strict=True) if n and not d]
    if names and len(names) == sum(not r and not d for r, d in zip(role, desk, strict=True)):
        return names
    # "Jane Roe, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project":
    # what follows a role is where the person works, not more names
    first_role = role.index(True) if True in role else 0
    if first_role and all(named[i] and not desk[i] for i in range(first_role)):
        return parts[:first_role]
    return _leading_names(parts) if said else []


def _outlet_after(parts: list[str], i: int) -> bool:
    """The part at ``i`` is an outlet after the names: in capitals after a name that is not
    ("Jefferson Graham, USA TODAY"), or opening with an article ("Spencer S. Hsu, The
    Washington Post")."""
    part = parts[i]
    if part.isupper():
        return any(not p.isupper() for p in parts[:i])
    first = part.split(maxsplit=1)[0].casefold()
    return i > 0 and " " in part and first in byline_words("articles")


def _compound_surnames(parts: list[str], text: str, lang: str) -> tuple[list[str], set[str]]:
    """The parts with each one-word part joined to the full name before it by a
    language's surname joiner made that name's second surname ("José Volta e Pinto",
    "José Ortega y Gasset": one person, not two; ``surname_joiners`` in the data file, by
    language), and the names so made."""
    joiners = byline_data()["language"].get(lang, {}).get("surname_joiners", [])
    if not joiners or len(parts) < 2:
        return parts, set()
    joined: list[str] = []
    compound: set[str] = set()
    for part in parts:
        if joined and " " not in part and part[:1].isupper() and is_name(joined[-1]):
            joiner = "|".join(map(re.escape, joiners))
            pattern = rf"{re.escape(joined[-1])}\s+(?:{joiner})\s+{re.escape(part)}"
            found = re.search(pattern, text)
            if found is not None:
                joined[-1] = found.group()
                compound.add(joined[-1])
                continue
        joined.append(part)
    return joined, compound


PLACE_WORDS = 3  # words of a place a byline names between two names ("in Kyiv and ...")


def _past_places(text: str, lang: str = "") -> str:
    """The names of a byline up to where an outlet or a place follows them, and the names
    joined after a place: "Jo Lee in Kyiv and Ann Berg in London" is Jo Lee's and Ann
    Berg's."""
    first, *pieces = _elsewhere(lang).split(text)
    if not pieces or not is_name(_joiner(lang).split(first)[-1]):
        return first
    for piece in pieces:
        place, *after = _word_joiner(lang).split(piece, maxsplit=1)  # "and", not a comma
        if (not after or len(place.split()) > PLACE_WORDS
                or not is_name(_joiner(lang).split(after[0], maxsplit=1)[0])):  # fmt: skip
            break
        first = f"{first}, {after[0]}"
    return first


ROLE_AFTER = 3  # words of a part after a comma that ends with a role: the role's own


def _until_role(text: str) -> str:
    """A byline up to a role set apart by a comma, which a role word ends: "Daniel Okafor,
    Local Democracy Reporter" is Daniel Okafor's (not "Local Democracy"'s too). Where the
    role follows the name without a comma ("Meg James Staff Writer"), ``_without_role``
    takes it off."""
    if "," not in text:
        return text
    head, *rest = text.split(",")
    for k, part in enumerate(rest):
        words = part.split()
        if len(words) >= ROLE_AFTER and is_role(words[-1]) and not _names_joined(part):
            return ",".join([head, *rest[:k]])
    return text


def _names_joined(part: str) -> bool:
    """The part opens with a name that "and" joins to another: the last names of a list
    ("Jane Doe and Ali Khan Associated Press"), not a role."""
    first, *others = _joiner().split(part.strip(), maxsplit=1)
    return bool(others) and is_name(first)


def _leading_names(parts: list[str]) -> list[str]:
    """The names a byline that says so opens with, where only short parts follow them
    (an agency, a role, an agency it wrote with: "dpa", "Volontär", "Diana Resnik mit AP")."""
    if not parts:
        return []
    *names, last = parts
    first, *companion = _companion().split(last, maxsplit=1)
    parts = [*names, first, *companion]
    lead = list(takewhile(lambda p: is_name(p) and not is_desk(p), parts))
    return lead if lead and all(len(p.split()) <= SAID_TAIL for p in parts[len(lead) :]) else []


@cache
def _companion() -> re.Pattern[str]:
    words = "|".join(map(re.escape, byline_data()["companions"]))
    return re.compile(r"\s(?:" + words + r")\s", re.I)


_CAPITALS_TAIL = re.compile(r"(?: (?![IVX]+\b)[A-Z]{2,}[\w.&-]*)+$")  # "USA TODAY", not "III"
LEADING_NAME = 3  # words of a name that an outlet follows: "Trevor J. Mitchell"


def _without_outlet(part: str, after_names: bool = False) -> str:
    """A name with the outlet printed after it taken off: an outlet in capitals ("Kevin
    McCoy USA TODAY"); and after other names, or where the byline says "By", a run of
    capitalised words too long for one name ("Trevor J. Mitchell Sioux Falls Argus
    Leader"), of which the name is the first two words, with any initials between; not
    where the words after those are a headline's, function words among them."""
    words = part.split()
    tail = _CAPITALS_TAIL.search(part)
    if tail and not part.isupper():
        head = part[: tail.start()]
        if len(head.split()) >= 2 and is_name(head):
            return head
    named = _name_before_outlet(words) if after_names else None
    if named is not None:
        return named
    if not after_names or is_name(part) or len(words) <= LEADING_NAME + 1:
        return part
    if not all(_name_word(w) for w in words):
        return part
    end = 1
    while end < len(words) - 1 and re.fullmatch(r"[A-Z]\.", words[end]):
        end += 1  # middle initials
    stop = stop_words("en")  # "Kate Henshaw Is Looking Stunning": a headline, no outlet
    return part if any(w.casefold() in stop for w in words[end + 1 :]) else " ".join(
        words[: end + 1])


_INITIAL = re.compile(r"[A-Z]\.?")  # "J. K. Osei": no name ends with an initial
_GLUED_WORD = re.compile(r"[a-z]{3}[A-Z][a-z]")  # "ItalieThe", not "McCoy" nor "MacDonald"


def _name_before_outlet(words: list[str]) -> str | None:
    """The name that a wire's outlet or desk follows with no mark between: where the name is
    in capitals and the rest is not ("JOHN MILLER Associated Press"), or where the rest is
    a role or desk of the data ("Jane Doe Associated Press", "Jo Lee Bloomberg News"), or a
    title that "The" opens ("Ann Berg The Washington Post"); a name of two or three words."""
    if words and words[0].casefold() in stop_words("en"):
        return None  # "The Associated Press": an outlet whole
    for k in range(2, min(LEADING_NAME, len(words) - 1) + 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if (not rest[:1].isupper() or _GLUED_WORD.search(head) or _INITIAL.fullmatch(words[k - 1])
                or not is_name(head)):  # fmt: skip
            continue  # "Hillel ItalieThe Associated Press": the outlet glued to the name
        caps = head.isupper() and not rest.isupper() and not words[k].isupper()
        titled = words[k] == "The" and all(_name_word(w) for w in words[k + 1 :])
        if caps or titled or is_role(rest) or is_desk(rest):
            return head
    return None


def _one_name(text: str) -> list[str]:
    """The one word a byline that says so gives before its date: a user's name or a first
    name ("von eseppelt · 31. Oktober 2023", "erstellt von Dominique — 28.01.2022"); not a
    role, desk or joining word ("By staff")."""
    text = _elsewhere().split(text.strip(" |·•—–-/"), maxsplit=1)[0].strip(" ,;:|·•—–-")
    if not _ONE_NAME.match(text) or is_role(text) or is_desk(text):
        return []
    return [] if text.casefold() in _joining_words() else [text]


@cache
def _joining_words() -> frozenset[str]:
    """Words that join names, dates and places in a byline: no one's name on their own."""
    return frozenset(w for kind in ("connectors", "places", "joiners", "particles")
                     for w in byline_words(kind))  # fmt: skip
