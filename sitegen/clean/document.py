"""A pasted page as numbered lines, each with the features the chrome signals read."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_TERMINAL = re.compile(r"""[.!?…:;]["'”’»)\]]*$|[.!?…]\s*\(\w.*\)$""")


def normalise(text: str) -> str:
    """NFC, no zero-width characters, every run of white space one space."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).split())


@dataclass
class Line:
    index: int  # position among the non-blank lines
    number: int  # 1-based line number in the file
    text: str  # normalised

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def terminal(self) -> bool:
        """Ends like a sentence: a full stop, question, exclamation, or a closing quote after one."""
        return bool(_TERMINAL.search(self.text))

    @cached_property
    def key(self) -> str:
        """What makes two lines "the same" across a collection: case and digits folded."""
        return re.sub(r"\d+", "0", self.text.casefold())

    @property
    def prose(self) -> bool:
        """Reads as a paragraph of running text rather than a label, link or headline."""
        return (self.terminal and self.n_words >= 6) or self.n_words >= 20


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

    @classmethod
    def from_text(cls, text: str) -> Document:
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        lines = []
        for number, raw in enumerate(text.split("\n"), start=1):
            clean = normalise(raw)
            if clean:
                lines.append(Line(len(lines), number, clean))
        return cls(lines, end=len(lines))

    def mark(self, line: Line, role: str, reason: str) -> None:
        self.verdicts[line.index] = Verdict(role, reason)

    def role(self, line: Line) -> str | None:
        verdict = self.verdicts.get(line.index)
        return verdict.role if verdict else None

    def is_chrome(self, line: Line) -> bool:
        return self.role(line) == "chrome"
