"""How a name found in a byline is written out: without the full stop of the sentence it
closed, in a name's case where the byline printed it in capitals, without the titles
before it. The finding is ``sitegen.clean.people``'s; this is the name's form."""

from __future__ import annotations

import re

from sitegen.clean.byline_data import byline_words

ABBREVIATION = 3  # characters, its dot with them, of a name's last word that keeps its dot


def without_full_stop(name: str) -> str:
    """A name without the full stop of the sentence it closed ("Eric Adams." is Eric
    Adams); an abbreviation or initial keeps its own ("Perry Bacon Jr.", "Jane M.")."""
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if name.endswith(".") and len(last) > ABBREVIATION else name


def name_case(name: str) -> str:
    """A name printed in capitals as a name is written ("ERIK SANDBERG" is Erik Sandberg,
    "JEAN-LUC DE LA CRUZ" Jean-Luc de la Cruz, "SEAN O'BRIEN" Sean O'Brien): a byline's
    typography, not its spelling. A name with any small letter is left as printed
    ("Erik McDONALD", "danah boyd")."""
    if not name.isupper() or " " not in name:
        return name  # one word in capitals is an agency's ("AP", "EFE"), not a name
    particles = byline_words("particles")
    words = [w.lower() if n and w.lower() in particles else _capitalised(w)
             for n, w in enumerate(name.split(" "))]  # fmt: skip
    return " ".join(words)


def _capitalised(word: str) -> str:
    """Each part of a word capitalised, after a hyphen or apostrophe too ("JEAN-LUC")."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def without_honorific(name: str) -> str:
    """A name without the titles printed before it ("Dr. Hannah O'Neill", "Prof. Dr. Jo
    Lee"), as a page's own metadata names its authors; a name that is only a title and one
    word keeps it ("Dr. Oz", "Mr. Bean")."""
    words = name.split()
    start = 0
    honorifics = byline_words("honorifics")
    while len(words) - start > 2 and words[start].rstrip(".").casefold() in honorifics:
        start += 1
    return " ".join(words[start:]) if start else name

