"""What a worker process does with one file or one page (``sitegen.parallel`` runs these).

Work that can be done beside the other worker is done here: each file is read once,
hashed for the cache, its article fingerprinted and, when the cache will keep it,
pickled as its row; each page rendered, written into the staging folder, fingerprinted
and pickled as its row.
"""

from __future__ import annotations

from pathlib import Path

from sitegen import parallel
from sitegen.content import source_hash
from sitegen.errors import NotAnArticle, Problem, SitegenError
from sitegen.incremental.keys import page_print
from sitegen.incremental.store import dump_page, dump_row
from sitegen.model import Article
from sitegen.readers import ReadContext, reader_for
from sitegen.render import render_page
from sitegen.write import put

Read = tuple[Article | None, list[Problem]]  # what reading one file gave
Fresh = tuple[Read | bytes, bytes]  # a file just read (perhaps pickled), its source_hash


def read_one(rel: Path, ctx: ReadContext) -> Read:
    """One file through its reader: the article, or the problems that kept it out."""
    reader = reader_for(rel)
    assert reader is not None
    path = ctx.content_root / rel
    try:
        article = reader(rel, ctx)
    except NotAnArticle as err:
        return None, [Problem.from_error(err, "warning")]
    except SitegenError as err:
        return None, [Problem.from_error(err)]
    except (OSError, UnicodeDecodeError) as err:
        return None, [Problem("error", f"cannot read: {err}", path)]
    except (RecursionError, MemoryError) as err:
        return None, [Problem("error", f"too deeply nested or too large to read ({err})", path)]
    except Exception as err:  # a library failing on a hostile file: that file, not the site
        return None, [Problem("error", f"could not read this file ({type(err).__name__}: "
                              f"{err})", path)]  # fmt: skip
    return article, [Problem("warning", w, path, line) for w, line in article.warnings]


def read_task(rel: Path) -> Fresh:
    """Read one file in a worker: its bytes read once, for the reader and for the cache's
    hash; the article hashed here, in parallel, and pickled here too when the state file
    will store it (the parent unpickles it instead of what the pool sends)."""
    state = parallel.STATE
    config = state["config"]
    try:
        data = (config.content_path / rel).read_bytes()
    except OSError as err:
        return (None, [Problem("error", f"cannot read: {err}", config.content_path / rel)]), b""
    ctx = ReadContext(config, state["defaults"][rel.parent], state["contexts"].get(rel), data)
    article, problems = read_one(rel, ctx)
    if article is not None:
        article.digest  # noqa: B018 - cached on the article: it travels with it
    read = (article, problems)
    return (dump_row(read) if state["rows"] else read), source_hash(ctx.content_root / rel, data)


def render_task(index: int) -> bytes | tuple[int, bytes]:
    """Render one planned page: returned as bytes, or written into the staging folder
    (then its fingerprint and its stored form are returned, made here in parallel)."""
    state = parallel.STATE
    page = state["pages"][index]
    data = render_page(state["env"], page, state["site"])
    if state["stage"] is None:
        return data
    put(state["stage"], page.output_path, data, state["made"])
    return page_print(state["site_print"], page, {}), dump_page(page)
