"""What a byline prints beside names that is no one's name: a role or job title ("Senior
Correspondent", "Chefredakteur"), a desk or section ("CNN Business", "World"), the
institution the writer works at ("University of Harbourton")."""

from __future__ import annotations

import re
from functools import lru_cache

from sitegen.clean.byline_data import byline_words


@lru_cache(maxsize=8192)
def is_role(text: str) -> bool:
    """A role or job title is in it ("Staff Writer", "Redakteurin"): cached, as the byline
    parser asks about the same words and parts many times a page."""
    roles = byline_words("roles")
    for word in text.casefold().split():
        parts = word.strip(".,()").split("-")
        if any(part in roles for part in parts) or any(map(_compound_role, parts)):
            return True
    return False


COMPOUND_ROLE = 5  # letters of a role that ends a compound ("Chefredakteur")


def _compound_role(word: str) -> bool:
    """A compound ending in a role of ``COMPOUND_ROLE`` letters or more, as German joins
    them ("Chefredakteur", "Lokalreporterin", "FOCUS-Online-Experte")."""
    return any(word[-k:] in byline_words("roles") for k in range(COMPOUND_ROLE, len(word) - 2))


def is_section(text: str) -> bool:
    """A desk's name and nothing else ("News", "World", "Tech News"): a menu's or a
    section's label, never a headline or a person."""
    words = text.casefold().split()
    return 0 < len(words) <= 2 and all(w.strip(".:|·") in byline_words("desks") for w in words)


# a broadcaster's or paper's initials glued to its desk: "ARD-Studio Rio de Janeiro"
_INITIALS_DESK = re.compile(r"[A-ZÄÖÜ]{2,}\d*-[A-ZÄÖÜ][a-zäöüß]")


def is_desk(part: str) -> bool:
    """A desk or outlet set apart from the names ("Politics", "ARD-Studio Rio"), or the
    institution the writer works at."""
    desks = byline_words("desks")
    words = part.split()
    return (len(words) <= 3 and any(w.casefold() in desks for w in words)) or bool(
        _INITIALS_DESK.match(part)) or _is_institution(words)


INSTITUTION_WORDS = 6  # "Institute for Transport Policy, Harbourton": an affiliation, at most


def _is_institution(words: list[str]) -> bool:
    """Where the writer works, after their name: "University of Harbourton", "Harvard
    University", "Max-Planck-Institut" (a word of ``institutions``, or a compound ending in
    one)."""
    institutions = byline_words("institutions")
    return len(words) <= INSTITUTION_WORDS and any(
        w.casefold() in institutions or w.casefold().rsplit("-", 1)[-1] in institutions
        for w in words)  # fmt: skip
