"""A picture's credit, as pasted pages print it under or at the end of its caption.

Read from the shape of the credit, not from a list of agencies: names and outlets joined by
slashes ("Sakib Ali/Hindustan Times/Getty Images", "REUTERS/Denis Balibouse", a name glued
to its outlet: "Jason Cipriani/ZDNet"), a short bracket after the caption's last sentence
holding an agency's capitals or a slash ("(AP)", "(HT Photo)", "(NASA/JPL-Caltech/ASU)"),
a bracket that labels what it holds ("(Photo: Getty Images)"), or a label ("Photo: Gene J.
Puskar", "Image Credit: WeWork", "Photo by David Dyer-Bennet"; the labels' words are data,
per language).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from sitegen.clean.people import is_name

# a credit closing its caption: an agency beside a name, at the line's end (not "AC/DC",
# "TCP/IP", "Radio/TV"): "REUTERS/Denis Balibouse", "EPA-EFE/Stuart Brock",
# "AFP/SID/PASCAL GUYOT", "Amy K. Dragoo/AIMMEDIA", "Pedro Lopes/AFP via Getty Images",
# "REUTERS/Clodagh Kilcoyne/File Photo"
_AGENCY_SLASH = re.compile(
    r"(?:\b[A-Z]{2,}(?:-[A-Z]{2,})?(?:(?:/[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})+"
    r"|(?:/[A-Z]{2,}){2,} [A-Z]{2,})"
    r"|\b[A-Z][\w.]*[a-z.]/[A-Z]{3,}(?: via(?: [A-Z]\w*)+)?)\W*$")
# a line that is only names and outlets joined by two slashes or bars or more ("Natalie
# Naccache | Bloomberg | Getty Images")
_PART = r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|de|via))*"
_SLASHED = re.compile(rf"{_PART}(?: ?/ ?{_PART}){{2,}}|{_PART}(?: \| {_PART}){{2,}}")
# a short bracket closing the line: after a sentence's end (a full stop, maybe in quotes:
# a headline's "... 'GoldenEye 007' (VIDEO)" ends none), or labelled ("Photo: ...")
_AFTER_SENTENCE = re.compile(r"[.!?]['\"’”]?\s*\(([^()]{2,60})\)$")
_LABELLED = re.compile(r"\((?:[^\W\d_]+ )?[^\W\d_]+ ?: [A-Z][^()]{1,60}(?<![.!?])\)$")
# a bracket closing the line, its label set off by "=", as Korean dailies print it ("[사진
# 출처 = 연합뉴스]", "[Photo = Yonhap]")
_EQUALS = re.compile(r"[(\[][^\W\d_]{2,}(?: [^\W\d_]+)?\s?=\s?[^()\[\]=\d]{2,60}[)\]]$")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# a sentence's end (not an initial's: "Gene J. Puskar"): a caption, not a credit alone
_STOP = re.compile(r"(?<!\b[A-Z])[.!?]\s|\)\s|[.!?]$")
_LAST_SENTENCE = re.compile(r"\w[.!?]\s+([^.!?]{3,80})$")  # what follows a caption's last sentence
# a caption's last words, a spaced slash and who took the picture: "Polizei-Razzia, hier beim
# ersten Einsatz in La Soledat / Lorenzo Marina", "Sala de espera de un ambulatorio. / GORKA
# LEJARCEGI" (one slash only: "Home / Essays / 2017" is a trail)
_SLASH_NAME = re.compile(r"^([^/]+) / ([^/\d]{3,40})$")
CAPTION_LOWER = 0.4  # a caption is running words: at least this share of them in lower case
CAPTION_BEFORE = 4  # ... and at least this many of them before the slash
CREDIT_WORDS = 8  # a line that is a credit alone has at most this many words
AGENCY_LETTERS = 4  # an agency's name in lower case is its short letters: "dpa", "epd", "kna"
_JOINERS = frozenset(("via", "of", "de", "and", "&", "-"))  # lower-case words in a credit


def ends_with_credit(text: str) -> bool:
    """The line closes with a picture's credit: it is a caption, or a credit alone."""
    text = text.rstrip()
    if _AGENCY_SLASH.search(text[-60:]) or _LABELLED.search(text) or _EQUALS.search(text):
        return True
    last = _LAST_SENTENCE.search(text[-90:]) if ":" in text[-80:] or " by " in text else None
    if last is not None and _credited(last.group(1)) is not None and is_credit(last.group(1)):
        return True  # "... the first crossing. Photograph: Jo Lee/Reuters"
    if _caption_then_name(text) or _caption_then_capitals(text) or _caption_then_bar(text):
        return True
    bracket = _AFTER_SENTENCE.search(text)
    if bracket is None:
        return False
    inner = bracket.group(1)
    return (not inner.rstrip().endswith((".", "!", "?")) and len(inner.split()) <= 4
            and ("/" in inner or bool(_CAPITALS.search(inner))))  # fmt: skip


def _caption_then_name(text: str) -> bool:
    """A caption's words, then a spaced slash and a name of two or three words: the
    photographer, set apart as a byline's outlet would be ("... in La Soledat / Lorenzo
    Marina"); running words before it, not a headline's capitals or a menu's labels."""
    found = _SLASH_NAME.match(text) if " / " in text else None
    if found is None:
        return False
    before, name = found.group(1).split(), found.group(2)
    lower = sum(w[0].islower() for w in before)
    return (len(before) >= CAPTION_BEFORE and lower >= CAPTION_LOWER * len(before)
            and 2 <= len(name.split()) <= 3 and is_name(name))  # fmt: skip


# a caption's last sentence, then who took the picture in capitals: "Residentes esperan el
# ferri en el puerto de Vigo. ÓSCAR CORRAL", "... en Madrid. EFE"
_CAPITALS_AFTER = re.compile(r"^(.+[.!?])\s+((?:[^\W\d_a-zß-ÿ][^\W\d_]*[.'’-]?\s?){1,3})$")
CAPITALS_WORDS = 3  # a credit in capitals after the caption: at most this many words


def _caption_then_capitals(text: str) -> bool:
    """A caption's running words, a sentence's end, then a name or agency in capitals of up
    to ``CAPITALS_WORDS`` words: the photographer, as Spanish and Portuguese dailies print
    them ("... en el puerto de Vigo. ÓSCAR CORRAL")."""
    found = _CAPITALS_AFTER.match(text) if text[-1:].isupper() else None
    if found is None:
        return False
    before, credit = found.group(1).split(), found.group(2).split()
    lower = sum(w[0].islower() for w in before)
    return (len(before) >= CAPTION_BEFORE and lower >= CAPTION_LOWER * len(before)
            and len(credit) <= CAPITALS_WORDS and all(w.isupper() for w in credit)
            and any(len(w.strip(".'’-")) >= 2 for w in credit))  # fmt: skip


# a caption's last sentence, a bar, and its credit, maybe with a button pasted after it:
# "... poised to lose electoral votes. | AP Photo Close"
_BAR_AFTER = re.compile(r"[.!?]['\"’”]?\s*\|\s*([^|]{2,40})$")
BAR_CREDIT_WORDS = 4  # a credit after the bar: at most this many words, with its label


def _caption_then_bar(text: str) -> bool:
    """A caption's sentence, a bar, then a credit: a credit alone, or capitalised words
    with a credit's label among them ("AP Photo", "Getty Images"), a button's label after
    it left out ("Close")."""
    found = _BAR_AFTER.search(text) if "|" in text else None
    if found is None:
        return False
    words = found.group(1).split()
    if len(words) > 1 and words[-1].casefold() in _buttons():
        words = words[:-1]
    credit = " ".join(words)
    return is_credit(credit) or (
        len(words) <= BAR_CREDIT_WORDS and all(w[0].isupper() for w in words)
        and any(w.casefold() in _labels() for w in words))  # fmt: skip


@cache
def _buttons() -> frozenset[str]:
    """A picture's buttons, pasted after its credit (``data/credits.toml``)."""
    return frozenset(_data().get("buttons", ()))


def is_credit(text: str) -> bool:
    """The line is a credit and nothing else: "Sonu Mehta/Hindustan Times/Getty Images",
    "Jason Cipriani/ZDNet", or one its label says is ("Photo: Gene J. Puskar", "Photo by
    Jason Kempin/Getty Images")."""
    if text.count(" ") > 2 * CREDIT_WORDS:  # a paragraph or caption: most lines, at once
        return False
    if _named_then_labelled(text):
        return True
    credited = _credited(text.strip())
    labelled = credited is not None
    text = credited if credited is not None else text.strip()
    words = _credit_words(text)
    # a label says it is a credit, or a name's one slash: the agency after the last slash
    # may be in lower case ("Foto: Jan Keller/dpa", "Kay Nietfeld / dpa")
    one = labelled or text.count("/") == 1
    named = _credit_words(text.rpartition("/")[0]) if one and "/" in text else words
    agency = labelled and len(named) == 1 and _agency(named[0])  # "Bild: dpa"
    if not (0 < len(words) <= CREDIT_WORDS and not _STOP.search(text)
            and (agency or all(w[0].isupper() or w in _JOINERS for w in named))):  # fmt: skip
        return False
    if labelled or _SLASHED.fullmatch(text) or _AGENCY_SLASH.search(text):
        return True
    # a name glued to its outlet ("Jason Cipriani/ZDNet") or set apart from it by spaces
    # ("Mike Segar / Reuters"; then a name of two words at least: "Rust / Go" is none)
    name, slash, outlet = text.partition("/")
    glued = not name.endswith(" ") and not outlet.startswith(" ")
    return bool(slash and is_name(name.strip()) and (glued or len(name.split()) >= 2)
                and _outlet(outlet))


_AGENCY = re.compile(rf"[a-z]{{2,{AGENCY_LETTERS}}}(?:-[A-Z][\w]*)?")


def _agency(word: str) -> bool:
    """An agency's short letters in lower case, maybe with its service: "dpa",
    "dpa-Bildfunk" (alone before the slash, where a label says the line is a credit:
    "Foto: dpa-Bildfunk/Thomas Frey")."""
    return _AGENCY.fullmatch(word) is not None


def _outlet(text: str) -> bool:
    """An outlet's or agency's name: up to three words with capitals ("Reuters",
    "iStockphoto"), or one word that is an agency's short letters in lower case ("dpa") or
    a web address; no figures ("March 1, 2020")."""
    words = text.split()
    if not 0 < len(words) <= 3 or any(c.isdigit() for c in text):
        return False
    if len(words) == 1 and ((words[0].isalpha() and len(words[0]) <= AGENCY_LETTERS)
                            or "." in words[0].strip(".")):  # fmt: skip
        return True
    return all(not w.islower() or w in _JOINERS for w in words)


def _credit_words(text: str) -> list[str]:
    """A credit's words, its slashes and bars between names and outlets left out."""
    return text.replace("/", " ").replace(" | ", " ").split()


def _named_then_labelled(text: str) -> bool:
    """A name, then the label in lower case, maybe after a word saying how the picture came
    ("Christopher Tays Submitted photo", "Ana Lopes Staff photo", "Jo Lee foto"); a
    heading's last word is capitalised ("The Big Picture")."""
    words = text.split()
    if not 2 <= len(words) <= CREDIT_WORDS or not words[-1].islower() or (
            words[-1] not in _labels()):  # fmt: skip
        return False
    return is_name(" ".join(words[:-1])) or (len(words) > 3 and is_name(" ".join(words[:-2])))


def _credited(text: str) -> str | None:
    """What the line's label says is a credit ("Photo: Gene J. Puskar", "Image Credit:
    WeWork", "Photo by Jo Lee", "Foto von Anna Weber"), or None for a line without one."""
    label, colon, rest = text.partition(":")
    if colon and label.strip() and all(w in _labels() for w in label.casefold().split()):
        return rest.strip()
    words = text.split(maxsplit=2)
    if (len(words) == 3 and words[0].casefold() in _labels()
            and words[1].casefold() in _by()):  # fmt: skip
        return words[2]
    return None


def is_bare_label(text: str) -> bool:
    """The line is a credit's label and nothing else ("Photo:", "Фото:"): the credit is
    pasted on the line under it."""
    return _credited(text.strip()) == ""


def is_labelled(text: str) -> bool:
    """The line opens with a credit's label: "Photo: ...", "Foto: ...", "Photo by ..."."""
    return _credited(text) is not None


@cache
def _data() -> dict:
    return tomllib.loads((Path(__file__).parent / "data" / "credits.toml").read_text("utf-8"))


@cache
def _labels() -> frozenset[str]:
    """The words that label a credit on its own line (``data/credits.toml``)."""
    return frozenset(_data()["labels"])


def labels_credit(word: str) -> bool:
    """The word labels a picture's credit, alone or in the plural: "Foto.", "Images"."""
    bare = word.strip(".,:;()").casefold()
    return bare in _labels() or bare.removesuffix("s") in _labels()


@cache
def _by() -> frozenset[str]:
    """The words between a label and whom it credits: "Photo by ...", "Foto von ..."."""
    return frozenset(_data()["by"])
