"""What the cleaner knows beyond one page: the collection it belongs to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitegen.clean.document import Document


@dataclass(frozen=True)
class CleanContext:
    """Line frequencies across the articles of one collection (usually one folder)."""

    line_counts: Counter[str] = field(default_factory=Counter)
    n_docs: int = 0

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> CleanContext:
        counts: Counter[str] = Counter()
        n = 0
        for text in texts:
            counts.update({line.key for line in Document.from_text(text).lines})
            n += 1
        return cls(counts, n)

    def doc_frequency(self, key: str) -> int:
        return self.line_counts.get(key, 0)
