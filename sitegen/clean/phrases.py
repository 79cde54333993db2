"""Per-language phrase lists, loaded from data files beside this module."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sitegen.clean.document import Document

DATA = Path(__file__).parent / "data"
PHRASED = "phrase list"  # the reason a line the lists know is chrome starts so
SHORT_LINE = 25  # words: "~" phrases only mark lines shorter than this
_DIGITS = re.compile(r"[\d()\[\]]+")


# typographic apostrophes and quotes as a keyboard types them: "S’abonner" is "s'abonner";
# the dot above that "İ" folds to beside its "i" ("İLGİLİ" is "ilgili")
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"',
                             "”": '"', "„": '"', "‟": '"', "\u00a0": " ",
                             "\u202f": " ", "\u2011": "-",
                             "\u0307": ""})  # fmt: skip


def fold(text: str) -> str:
    """Lower case, with typographic apostrophes, quotes, non-breaking spaces and hyphens made plain,
    so one phrase in the lists matches every way a site prints it."""
    low = text.casefold()
    return low if low.isascii() else low.translate(_TYPOGRAPHY)


@dataclass(frozen=True)
class PhraseList:
    exact: frozenset[str]
    link_labels: frozenset[str]  # labels whose next line is the link they introduce
    inline_labels: frozenset[str]  # labels inside the article (an advert's, buttons): text goes on
    prefixes: re.Pattern[str]
    contains: re.Pattern[str]
    sentences: re.Pattern[str]  # the "^" phrases at the start of a later sentence
    continuations: re.Pattern[str]  # the "+" phrases: the article goes on under the line

    @staticmethod
    def bare(text: str) -> str:
        """The line as its phrases are matched: folded, without closing marks."""
        return fold(text).rstrip(" :.!›»>|").strip()

    def link_label(self, text: str) -> str | None:
        """The line is a link's label alone ("Related", "Lire aussi": a ``>`` phrase), or None."""
        bare = self.bare(text)
        return bare if bare in self.link_labels else None

    def inline_label(self, text: str) -> bool:
        """The line is a label or button the article's text may go on under ("Advertisement",
        "Share": a ``|`` phrase)."""
        return self.bare(text) in self.inline_labels

    def continues(self, text: str) -> bool:
        """The line says the article goes on under it ("Story continues below
        advertisement": a ``+`` phrase)."""
        return self.continuations.match(self.bare(text)) is not None

    def match(self, text: str, n_words: int) -> str | None:
        """The phrase a line matches, or None. ``text`` is already normalised."""
        low = fold(text).rstrip(" :.!›»>|").strip()  # ``bare``, inline: it runs on every line
        if low in self.exact:
            return low
        found = self.prefixes.match(low)
        if found:
            return found.group()
        if _DIGITS.search(low):  # "Show 48 comments" -> "show comments"
            bare = " ".join(_DIGITS.sub(" ", low).split())
            if bare in self.exact:
                return bare
            found = self.prefixes.match(bare)
            if found:
                return found.group()
        if n_words < SHORT_LINE:
            found = self.contains.search(low)
            if found:
                return found.group()
        if ". " not in low and "? " not in low and "! " not in low and "… " not in low:
            return None
        found = self.sentences.search(low)  # "More where that came from. Sign up for..."
        return found.group() if found else None


def phrased(doc: Document, index: int) -> bool:
    """The rules took the line at ``index`` for chrome because the phrase lists know it."""
    verdict = doc.verdicts.get(index)
    return verdict is not None and verdict.reason.startswith(PHRASED)


@cache
def phrase_list(langs: tuple[str, ...] | None = None) -> PhraseList:
    """The union of the lists for ``langs`` (all languages when None)."""
    exact: set[str] = set()
    labels: set[str] = set()
    inline: set[str] = set()
    prefixes: list[str] = []
    contains: list[str] = []
    continuations: list[str] = []
    for path in sorted(DATA.glob("*.txt")):
        if langs is not None and path.stem not in langs:
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            marker, _, phrase = raw.partition(" ")
            phrase = fold(phrase.strip())
            if not phrase or raw.startswith("#"):
                continue
            if marker == ">":  # a link's label: the line itself, and the link under it
                labels.add(phrase)
                marker = "="
            elif marker == "|":  # a label inside the article: the line itself
                inline.add(phrase)
                marker = "="
            elif marker == "+":  # the article goes on under it: a prefix, told apart
                continuations.append(phrase)
                marker = "^"
            {"=": exact.add, "^": prefixes.append, "~": contains.append}[marker](phrase)
    later = re.compile(r"(?<=[.!?…] )(?:" + _alternation(prefixes).pattern + ")")
    return PhraseList(frozenset(exact), frozenset(labels), frozenset(inline),
                      _alternation(prefixes), _alternation(contains), later,
                      _alternation(continuations))  # fmt: skip


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    """One regex for many phrases, written as a trie (``one_of``)."""
    return re.compile(one_of(phrases))


def one_of(phrases: list[str]) -> str:
    """A pattern matching any of ``phrases``, written as a trie ("sign (?:in|up)") so that
    a search tries each character once rather than each phrase in turn (twice as fast as
    the phrases side by side); where phrases share a start, the longest that matches is
    reported, the fullest. For a case-blind pattern, give the phrases in lower case."""
    trie: dict[str, dict] = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _trie(trie) or r"(?!)"


def _trie(node: dict[str, dict]) -> str:
    """The pattern of a trie's node: its branches, optional where a phrase ends there (a
    greedy "?" tries the longer phrase first)."""
    branches = [re.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def openers(name: str, lang: str) -> tuple[str, ...]:
    """The words that open a kind of line (``data/<name>.toml``'s ``openers``) in ``lang``
    and in English, which sites print in any language, longest first, each with the space
    after it: a folded line that starts with one opens so."""
    found = tomllib.loads((DATA / f"{name}.toml").read_text("utf-8"))["openers"]
    words = {*found["en"], *found.get(lang, ())}
    return tuple(f"{word} " for word in sorted(words, key=lambda w: (-len(w), w)))
