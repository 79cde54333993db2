"""The shared pasted-article examples come out exact (skipped without ../shared)."""

from __future__ import annotations

import json

import pytest

from sitegen.clean import clean_text
from sitegen.clean.document import normalise
from tests.conftest import SHARED

EXAMPLES = SHARED / "examples" / "articles"
CASES = sorted(p.stem for p in EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else []

pytestmark = pytest.mark.skipif(not CASES, reason=f"shared examples not found at {EXAMPLES}")


@pytest.mark.parametrize("case", CASES)
def test_example_is_exact(case):
    truth = json.loads((EXAMPLES / f"{case}.json").read_text(encoding="utf-8"))
    e = clean_text((EXAMPLES / f"{case}.txt").read_text(encoding="utf-8"))
    assert e.title == normalise(truth["title"])
    assert (e.subtitle or None) == (truth["subtitle"] and normalise(truth["subtitle"]))
    assert (e.author or "").casefold() == (truth["author"] or "").casefold()
    assert (e.date.iso() if e.date else None) == truth["date"] or _same_local(e, truth["date"])
    assert e.language == truth["language"]
    assert e.body == [normalise(p) for p in truth["body"]]
    leaks = [c for c in truth["chrome"] if normalise(c) in e.body]
    assert leaks == []


def _same_local(e, truth_date: str | None) -> bool:
    """A time printed without a zone: the local date and time must match."""
    return bool(e.date and truth_date and e.date.iso().startswith(truth_date[:19]))
