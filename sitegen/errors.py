"""One error type that knows where the problem is, so every message names file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class SitegenError(Exception):
    """A problem with the user's input, located at ``path:line`` when known."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __reduce__(self):  # type: ignore[no-untyped-def]
        """Keep file and line when the error crosses from a worker process."""
        return (type(self), (self.message, self.path, self.line))

    @property
    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        return printable(f"{self.location}: {self.message}" if self.path else self.message)


class NotAnArticle(SitegenError):
    """The file holds no article (a saved index page, a login wall): skipped with a warning."""


class ConfigError(SitegenError):
    """The site's configuration is wrong; nothing can be built."""


@dataclass(frozen=True)
class Problem:
    """A reported, non-fatal problem: the build goes on without the article it names."""

    level: str  # "error" or "warning"
    message: str
    path: Path | None = None
    line: int | None = None

    @classmethod
    def from_error(cls, err: SitegenError, level: str = "error") -> Problem:
        return cls(level, err.message, err.path, err.line)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return printable(f"{where}{self.level}: {self.message}")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Terminal control characters (a file named with an escape sequence) shown as
    escapes, never sent to the terminal as they are."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
