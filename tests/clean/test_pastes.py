"""Pasted pages written for these tests, one per layout a site prints (a wire story, a
blog, a newsletter, a live blog, a press release, a gallery; English, German, French,
Spanish, Italian, Portuguese, Dutch, Japanese, Chinese), each with its truth in
``pastes/expected.json``: the title, standfirst, authors, day, and the first and last
words of the body. Where the cleaner is wrong today, the truth is kept with the reason
(``gaps``) and the check is expected to fail, so that mending it shows."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from sitegen.clean import Extraction, clean_text

PASTES = Path(__file__).parent / "pastes"
EXPECTED: dict[str, dict] = json.loads((PASTES / "expected.json").read_text(encoding="utf-8"))
FIELDS = ("title", "subtitle", "authors", "day", "first", "last")


@cache
def _cleaned(name: str) -> Extraction:
    return clean_text((PASTES / name).read_text(encoding="utf-8"))


def _got(page: Extraction, field: str) -> object:
    if field == "day":
        return page.date.iso()[:10] if page.date is not None else None
    if field in ("first", "last"):
        return page.body[0 if field == "first" else -1][:40] if page.body else None
    return getattr(page, field)


def _cases() -> list[object]:
    cases = []
    for name, truth in sorted(EXPECTED.items()):
        for field in FIELDS:
            if field not in truth:
                continue
            why = truth.get("gaps", {}).get(field)
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            cases.append(pytest.param(name, field, truth[field], marks=marks, id=f"{name}-{field}"))
    return cases


@pytest.mark.parametrize(("name", "field", "want"), _cases())
def test_a_pasted_page_gives_what_its_reader_sees(name, field, want):
    assert _got(_cleaned(name), field) == want


def test_every_paste_has_its_truth():
    assert {p.name for p in PASTES.glob("*.txt")} == set(EXPECTED)
