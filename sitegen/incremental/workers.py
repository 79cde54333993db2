"""What a worker process does with one file or one page (``sitegen.parallel`` runs these):
read it, or render it, or render an article's fragments that many pages share. Each
file's bytes are read once, for its reader and for the hash the cache keys it by; each
page's fingerprint is taken beside its rendering."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jinja2

from sitegen import parallel
from sitegen.content import source_hash
from sitegen.errors import NotAnArticle, Problem, SitegenError
from sitegen.incremental.keys import page_print
from sitegen.model import Article
from sitegen.readers import ReadContext, reader_for
from sitegen.render import per_article, render_page

Read = tuple[Article | None, list[Problem]]  # what reading one file gave


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


def read_task(rel: Path) -> tuple[Read, bytes]:
    """Read one file: what its reader gave, and the hash of its bytes."""
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
    return (article, problems), source_hash(ctx.content_root / rel, data)


def render_task(index: int) -> tuple[int, bytes | bool]:
    """Render one planned page: its fingerprint and its bytes, or, given the writer's
    ``stager``, whether the bytes it staged are new."""
    state = parallel.STATE
    page = state["pages"][index]
    print_ = state["known"].get(index) or page_print(state["site_print"], page, {})
    data = render_page(state["env"], page, state["site"])
    stager = state["stager"]
    return print_, (data if stager is None else stager.put(page.output_path, data))


def fragments_task(index: int) -> tuple[int, list[str | None]]:
    """One article's per-article fragments (``render.per_article``), to share with every
    process that renders pages: its digest and each fragment's HTML (None where the
    template fails: a page that calls it reports that, with its file and line)."""
    state = parallel.STATE
    article = state["articles"][index]
    found: list[str | None] = []
    for fragment in state["fragments"]:
        try:
            found.append(fragment.render(article))
        except Exception:
            found.append(None)
    return article.digest, found


def prime(env: jinja2.Environment, articles: list[Article], jobs: int) -> None:
    """Every article's entry in lists (and line among related articles) rendered once,
    spread over ``jobs`` processes, before the pages are: each process rendering pages
    would otherwise render most of them again. A theme whose pages call neither costs
    this pass, about a tenth of a millisecond an article."""
    begin_prime(env, articles, jobs)()


def begin_prime(env: jinja2.Environment, articles: list[Article], jobs: int
                ) -> Callable[[], None]:  # fmt: skip
    """``prime``, begun now in other processes while this one goes on (planning the
    pages); call the function returned to take the fragments in, before pages render."""
    fragments = per_article(env)
    state = {"articles": articles, "fragments": fragments}
    collect = parallel.begin(fragments_task, range(len(articles)), jobs, state)

    def finish() -> None:
        done: list[dict[int, str]] = [{} for _ in fragments]
        for digest, rendered in collect():
            for found, html in zip(done, rendered, strict=True):
                if html is not None:
                    found[digest] = html
        for fragment, found in zip(fragments, done, strict=True):
            fragment.prime(found)

    return finish
