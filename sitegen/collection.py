"""Pasted pages are judged with their section's other pages: a line that recurs across a
collection saved from one site is that site's boilerplate. This module says which pages
form a collection, which must be read again when one changes, and what they share."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.readers import PASTED
from sitegen.readers.kinds import suffix

if TYPE_CHECKING:
    from sitegen.clean.context import CleanContext


def section_key(rel: Path) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else ""


def is_pasted(rel: Path) -> bool:
    return suffix(rel.name) in PASTED


def neighbours(changed: set[Path], known: set[Path]) -> set[Path]:
    """Pasted pages in the sections of the ``changed`` pasted pages: what they share
    changed, so each may be cleaned differently now."""
    sections = {section_key(r) for r in changed if is_pasted(r)}
    if not sections:
        return set()
    return {r for r in known if is_pasted(r) and section_key(r) in sections}


def contexts(root: Path, files: list[Path]) -> dict[Path, CleanContext]:
    """The collection each pasted page of ``files`` is cleaned with."""
    by_section: dict[str, list[Path]] = defaultdict(list)
    for rel in files:
        if is_pasted(rel):
            by_section[section_key(rel)].append(rel)
    if not by_section:
        return {}
    from sitegen.clean.context import CleanContext  # pasted pages only: the cleaner's import
    from sitegen.readers.text import decode, is_markup

    found = {}
    for rels in by_section.values():
        texts = (decode((root / rel).read_bytes()) for rel in rels)
        context = CleanContext.from_texts(text for text in texts if not is_markup(text))
        found.update(dict.fromkeys(rels, context))
    return found
