"""A picture's credit, as pasted pages print it under or at the end of its caption.

Read from the shape of the credit, not from a list of agencies: names and outlets joined by
slashes ("Sakib Ali/Hindustan Times/Getty Images", "REUTERS/Denis Balibouse"), a short
bracket after the caption's last sentence holding an agency's capitals or a slash ("(AP)",
"(HT Photo)", "(NASA/JPL-Caltech/ASU)"), or a bracket that labels what it holds
("(Photo: Getty Images)", "(crédito: Minervino Júnior/CB/D.A.Press)").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

# a credit closing its caption: an agency beside a name, at the line's end (not "AC/DC",
# "TCP/IP", "Radio/TV"): "REUTERS/Denis Balibouse", "EPA-EFE/Stuart Brock",
# "AFP/SID/PASCAL GUYOT", "Amy K. Dragoo/AIMMEDIA", "Pedro Lopes/AFP via Getty Images"
_AGENCY_SLASH = re.compile(
    r"(?:\b[A-Z]{2,}(?:-[A-Z]{2,})?(?:/[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"|(?:/[A-Z]{2,}){2,} [A-Z]{2,})"
    r"|\b[A-Z][\w.]*[a-z.]/[A-Z]{3,}(?: via(?: [A-Z]\w*)+)?)\W*$")
# a line that is only names and outlets joined by two slashes or bars or more ("Natalie
# Naccache | Bloomberg | Getty Images")
_PART = r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|de|via))*"
_SLASHED = re.compile(rf"{_PART}(?: ?/ ?{_PART}){{2,}}|{_PART}(?: \| {_PART}){{2,}}")
# a short bracket closing the line: after a sentence's end, or labelled ("Photo: ...")
_AFTER_SENTENCE = re.compile(r"[.!?'\"’”]\s*\(([^()]{2,60})\)$")
_LABELLED = re.compile(r"\((?:[^\W\d_]+ )?[^\W\d_]+ ?: [A-Z][^()]{1,60}(?<![.!?])\)$")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# a sentence's end (not an initial's: "Gene J. Puskar"): a caption, not a credit alone
_STOP = re.compile(r"(?<!\b[A-Z])[.!?]\s|\)\s|[.!?]$")
CREDIT_WORDS = 8  # a line that is a credit alone has at most this many words
_JOINERS = frozenset(("via", "of", "de", "and", "&", "-"))  # lower-case words in a credit


def ends_with_credit(text: str) -> bool:
    """The line closes with a picture's credit: it is a caption, or a credit alone."""
    text = text.rstrip()
    if _AGENCY_SLASH.search(text[-60:]) or _LABELLED.search(text):
        return True
    bracket = _AFTER_SENTENCE.search(text)
    if bracket is None:
        return False
    inner = bracket.group(1)
    return (not inner.rstrip().endswith((".", "!", "?")) and len(inner.split()) <= 4
            and ("/" in inner or bool(_CAPITALS.search(inner))))  # fmt: skip


def is_credit(text: str) -> bool:
    """The line is a credit and nothing else: "Sonu Mehta/Hindustan Times/Getty Images",
    or one its label says is ("Photo: Gene J. Puskar")."""
    text = text.strip()
    labelled = is_labelled(text)
    if labelled:
        text = text.partition(":")[2].strip()
    words = text.replace("/", " ").replace(" | ", " ").split()
    return (0 < len(words) <= CREDIT_WORDS and not _STOP.search(text)
            and all(w[0].isupper() or w in _JOINERS for w in words)
            and (labelled or bool(_SLASHED.fullmatch(text) or _AGENCY_SLASH.search(text))))


def is_labelled(text: str) -> bool:
    """The line opens with a credit's label: "Photo: ...", "Foto: ..."."""
    label, colon, _ = text.partition(":")
    return bool(colon) and label.strip().casefold() in _labels()


@cache
def _labels() -> frozenset[str]:
    """The words that label a credit on its own line (``data/credits.toml``)."""
    data = tomllib.loads((Path(__file__).parent / "data" / "credits.toml").read_text("utf-8"))
    return frozenset(data["labels"])
