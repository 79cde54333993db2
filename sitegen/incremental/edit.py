"""An edit that leaves every article in its place, applied without loading the whole site.

When the changed files are published articles that keep their place (``Article.placing``:
a typo fixed, a new title, a longer text), the pages to render again are exactly the
pages that show them, and the state file knows which those are. A ``Session`` restored
with just those pages applies the edit, as the live session of ``sitegen serve`` does
with every page in memory. Anything else (a file added or removed, an article moved, a
folder's defaults, a picture, a pasted page whose collection may now clean differently)
returns None and goes through the whole build.
"""

from __future__ import annotations

from pathlib import Path

from sitegen.collection import is_pasted
from sitegen.content import DEFAULTS_NAME
from sitegen.errors import Problem
from sitegen.ignore import is_ignored
from sitegen.incremental.cache import BuildCache, Snapshot
from sitegen.incremental.session import NeedsWholeBuild, Session
from sitegen.incremental.workers import Fresh
from sitegen.readers import reader_for
from sitegen.write import write_changes


def _plain_article(rel: Path) -> bool:
    return not (rel.name == DEFAULTS_NAME or is_ignored(rel) or reader_for(rel) is None
                or is_pasted(rel))  # fmt: skip


def edit_in_place(
    cache: BuildCache, snapshot: Snapshot, changed: set[str], reads: dict[Path, Fresh]
) -> tuple[list[Problem], int] | None:
    """Apply the edit to the output and the state; the build's problems and the number
    of files written, or None when the edit is not of this kind (nothing was written;
    what was read is left in ``reads`` for the whole build)."""
    if not all(_plain_article(Path(rel)) for rel in changed):
        return None
    stored = cache.stored(snapshot, changed)
    if stored is None or stored.entries.keys() != changed:
        return None  # a new file, or rows that could not be read
    session = Session.restore(cache.config, cache.drafts, stored, cache.compiled_templates())
    root = cache.config.content_path.absolute()
    try:
        session.refresh({root / rel for rel in changed})
        out = session.render()
    except NeedsWholeBuild:
        reads.update(session.fresh_reads())
        return None
    if not cache.output_intact(snapshot):
        return None  # changed by hand since: the whole site is built again
    serial = cache.save_state(session.rows())  # the state first: if it cannot be saved,
    written = write_changes(cache.config.output_path, out.files, {}, out.changed, set(),
                            cache.config.keep)  # fmt: skip
    cache.write_snapshot(serial, snapshot.articles, snapshot.pages, out.problems,
                         out.changed, snapshot.held_until)  # fmt: skip
    return out.problems, written
