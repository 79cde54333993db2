"""A pasted page as numbered lines, each with the features the chrome signals read."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitegen.clean.unwrap import unwrap

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_HAS_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
# the same for a line of ASCII, where it means the same: the engine then tests each
# character against a table rather than through four Unicode lookups (a third faster)
_ASCII_WORD = re.compile(_WORD.pattern, re.ASCII)
# a sentence ends in one of these, maybe with closing quotes or brackets after it, or in
# a bracketed aside after one: "... the town. (Reporting by Ana Lopes)"
_STOPS, _CLOSERS = ".!?…:;。！？", "\"'”’»)]」』«“‘›‹"  # closers: German quotes end with « “ ‘ too
_CUT = re.compile(r"[^\W\d_](?:\.\.\.|…)$")  # an ellipsis on a word: cut at a length
PARAGRAPH_WORDS = 20  # a line this long reads as running text however it ends ...
MENU_CAPITALS = 0.8  # ... unless this share of its words is capitalised: a menu flattened
MENU_COMMAS = 2  # ... and it has at most this many commas
_ASIDE = re.compile(r"[.!?…]\s*\(\w.*\)$")
# Scripts written without spaces (Chinese, Japanese, Thai): two characters count as a word
_RUN_TOGETHER_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f"
_RUN_TOGETHER = re.compile(f"[{_RUN_TOGETHER_RANGES}]")
# ... and Korean, which puts spaces between its words (they count as they stand): scripts
# whose words are not a dictionary's, a word's endings changing it
UNSPACED = re.compile(f"[{_RUN_TOGETHER_RANGES}\uac00-\ud7af]")


def _composed(text: str) -> str:
    """NFC, without zero-width characters (translate() visits every character: only if
    there is one)."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_ZERO_WIDTH) if _HAS_ZERO_WIDTH.search(text) else text


def normalise(text: str) -> str:
    """NFC, no zero-width characters, every run of white space one space."""
    return " ".join((text if text.isascii() else _composed(text)).split())


_DIGITS = re.compile(r"\d+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ASCII_CONTENT_WORD = re.compile(r"[a-z]{4,}")  # the same in lower-case ASCII, twice as fast


def count_words(text: str) -> int:
    """Words, counting two characters of a script written without spaces as one."""
    unspaced = len(_RUN_TOGETHER.findall(text)) if not text.isascii() else 0
    return len(_WORD.findall(text)) + unspaced // 2


def _menu(text: str, words: list[str]) -> bool:
    """Nearly every word capitalised and hardly a comma: a menu or a list of tags pasted
    as one line ("My Europe World Business EU Policy Green Next Health Travel Culture Video
    ..."), which no running text is, even in German; a list written out has its commas
    ("PGA Tour: AT&T Pebble Beach Pro-Am, 1. Tag in Pebble Beach, Kalifornien, ...").
    Words of scripts without case do not count."""
    if text.count(",") > MENU_COMMAS:
        return False
    upper = lower = 0
    for word in words:
        if word[0].isupper():
            upper += 1
        elif word[0].islower():
            lower += 1
    return upper + lower >= PARAGRAPH_WORDS and upper >= MENU_CAPITALS * (upper + lower)


class Line:
    """One non-blank line and its features, computed once: the signals read them many times."""

    __slots__ = ("_content", "_key", "index", "n_words", "number", "prose", "terminal", "text",
                 "words")  # fmt: skip

    def __init__(self, index: int, number: int, text: str):
        self.index = index  # position among the non-blank lines
        self.number = number  # 1-based line number in the file
        self.text = text  # normalised
        self.words: list[str] = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
        unspaced = len(_RUN_TOGETHER.findall(text)) if not text.isascii() else 0
        self.n_words = len(self.words) + unspaced // 2
        # ends like a sentence: its last characters, not a regex over the whole line; a
        # short line cut on a word ("... reach deal on n...") is a teaser's headline
        core = text.rstrip(_CLOSERS + " \u00a0\u202f")  # French « ... » spaced inside
        self.terminal = (bool(core) and core[-1] in _STOPS and not (
            self.n_words < PARAGRAPH_WORDS and _CUT.search(core[-4:]))) or (
            text.endswith(")") and bool(_ASIDE.search(text)))
        # reads as a paragraph of running text rather than a label, link or headline
        self.prose = (self.terminal and self.n_words >= 6) or (
            self.n_words >= PARAGRAPH_WORDS and not _menu(text, self.words))
        self._key: str | None = None
        self._content: frozenset[str] | None = None

    @property
    def key(self) -> str:
        """What makes two lines "the same" across a collection: case and digits folded."""
        if self._key is None:
            self._key = _DIGITS.sub("0", self.text.casefold())
        return self._key

    @property
    def content_words(self) -> frozenset[str]:
        """Its words of four letters or more, case folded: what says what it is about."""
        if self._content is None:
            text = self.text
            self._content = (frozenset(_ASCII_CONTENT_WORD.findall(text.lower())) if text.isascii()
                             else frozenset(w.casefold() for w in _CONTENT_WORD.findall(text)))
        return self._content

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text[:40]!r})"

if TYPE_CHECKING:
    from sitegen.clean.context import CleanContext


@dataclass
class Verdict:
    role: str  # "body", "heading", "chrome", "title", "subtitle", "meta"
    reason: str


@dataclass
class Document:
    lines: list[Line]
    verdicts: dict[int, Verdict] = field(default_factory=dict)
    start: int = 0  # first line of the article body (index into lines)
    end: int = 0  # one past the last line of the body
    lang: str = "en"
    collection: CleanContext | None = field(default=None, repr=False, compare=False)  # its site
    lede: tuple[tuple[int, int], set[str]] | None = field(default=None, repr=False, compare=False)
    notices: tuple[str, ...] | None = field(default=None, repr=False, compare=False)  # ©, folded

    @classmethod
    def from_text(cls, text: str) -> Document:
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        if not text.isascii():  # ``normalise`` of each line, the Unicode part done at once
            text = _composed(text)
        numbered = [(number, " ".join(raw.split()))
                    for number, raw in enumerate(text.split("\n"), start=1)]  # fmt: skip
        lines: list[Line] = []
        for number, clean in unwrap(numbered):
            if clean:
                lines.append(Line(len(lines), number, clean))
        return cls(lines, end=len(lines))

    def mark(self, line: Line, role: str, reason: str) -> None:
        self.verdicts[line.index] = Verdict(role, reason)

    def end_body(self, first: int, reason: str) -> None:
        """The body ends before line ``first`` (an index): what follows it, unless a rule
        said otherwise, is chrome for ``reason``. Never before the body's start."""
        if first <= self.start:
            return
        for line in self.lines[first : self.end]:
            if line.index not in self.verdicts:
                self.mark(line, "chrome", reason)
        self.end = first

    def role(self, line: Line) -> str | None:
        verdict = self.verdicts.get(line.index)
        return verdict.role if verdict else None

    def is_chrome(self, line: Line) -> bool:
        return self.role(line) == "chrome"
