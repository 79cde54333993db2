"""Render planned pages through Jinja2 templates into bytes."""

from __future__ import annotations

import contextlib
import json
import os
import re
import traceback
from collections import OrderedDict
from collections.abc import Iterable, MutableMapping
from datetime import datetime
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jinja2
import markupsafe
from markupsafe import Markup

from sitegen import __version__, i18n, routes, seal
from sitegen.config import Config
from sitegen.errors import SitegenError
from sitegen.model import Article, Page, Term
from sitegen.pages.plan import OWN_PAGES
from sitegen.readers.kinds import ARTICLE_LINK
from sitegen.themes import builtin_themes_dir, theme_chain
from sitegen.urls import absolute, feed_id, link


def display_date(value: datetime, with_time: bool = True, lang: str = "en") -> str:
    """ "Sunday 22 October 2017, 11:18 BST": the date as the article's own zone tells it."""
    return i18n.long_date(value, lang, with_time)


def short_date(value: datetime, lang: str = "en") -> str:
    """ "22 Oct 2017": the date in lists, where the article page gives it in full."""
    return i18n.short_date(value, lang)


def page_language(page: Page, config: Config) -> str:
    """An article's, a standalone page's or an old address's own language; the site's for
    every other page."""
    return page.articles[0].lang if page.kind in (*OWN_PAGES, "alias") else config.language


def jsonld(data: dict[str, Any]) -> Markup:
    """JSON-LD for a ``<script>`` element: empty values dropped; ``<``, ``>`` and ``&`` as
    JSON escapes, so no text (``</script>``, ``<!--``) can end or confuse the element.
    Compact: indented JSON is written by the json module's Python encoder, which made this
    a sixth of an article page's time; machines read it."""
    clean = {k: v for k, v in data.items() if v not in (None, "", [])}
    text = json.dumps(clean, ensure_ascii=False, separators=(",", ":"))
    # three replaces: str.translate with a table of three costs several times as much
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


class SealedBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates are code: loaded only when sealed with this user's key
    (``sitegen.seal``), so a planted cache folder runs nothing."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            with open(self._get_cache_filename(bucket), "rb") as fh:
                data = seal.unseal(fh.read())
        except (OSError, seal.BadSeal):
            return
        bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        name = self._get_cache_filename(bucket)
        temp = f"{name}.tmp-{os.getpid()}"
        try:
            with open(temp, "wb") as fh:
                fh.write(seal.seal(bucket.bytecode_to_string()))
            os.replace(temp, name)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)


@lru_cache(maxsize=256)
def _passes_on_call(kind: type) -> Any:
    """What instances of ``kind`` take through their ``__call__`` (a context, the
    environment...), if anything: Jinja asks each call anew, the type answers once."""
    return getattr(getattr(kind, "__call__", None), "jinja_pass_arg", None)  # noqa: B004


# what Jinja's decorators mark a callable with (its own names for them are private)
_CONTEXT, _EVAL_CONTEXT, _ENVIRONMENT = (
    decorate(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]
    for decorate in (jinja2.pass_context, jinja2.pass_eval_context, jinja2.pass_environment))


class Context(jinja2.runtime.Context):
    """Jinja's context with a quicker ``call``, which every call in a template goes through
    (``url(x)``, ``_("Next")``, ``date.isoformat()``, a macro): Jinja's own asks each callable
    twice for what it takes, a tenth of a page's time. Same arguments, same results. A
    callable that takes the context and names the variables it reads (``context_reads``)
    gets this context itself when no loop or block around the call sets them, not a copy of
    it with the loop's variables (Jinja's ``derived``): ``_()`` in a loop reads ``lang``."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        loop_vars = kwargs.pop("_loop_vars", None) if kwargs else None
        block_vars = kwargs.pop("_block_vars", None) if kwargs else None
        passes = _passes_on_call(type(__obj))
        if passes is not None:
            __obj = __obj.__call__
        else:
            passes = getattr(__obj, "jinja_pass_arg", None)
        if passes is _CONTEXT:  # it sees the variables of the loop or block it is in
            reads = getattr(__obj, "context_reads", None)
            if reads is None or (loop_vars and not reads.isdisjoint(loop_vars)) or (
                    block_vars and not reads.isdisjoint(block_vars)):  # fmt: skip
                ctx = __self.derived(loop_vars) if loop_vars else __self
                __self = ctx.derived(block_vars) if block_vars else ctx
            args = (__self, *args)  # (one that reads only names no loop set: this context)
        elif passes is _EVAL_CONTEXT:
            args = (__self.eval_ctx, *args)
        elif passes is _ENVIRONMENT:
            args = (__self.environment, *args)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja: a stray next() is undefined, not a crash
            return __self.environment.undefined("value was undefined because a callable "
                                                "raised a StopIteration exception")  # fmt: skip


def escape(value: Any) -> Markup:
    """``markupsafe.escape``, which every ``{{ }}`` of a page goes through, without its
    ``Markup.__new__`` (Python, asking each string for ``__html__``) for a plain string:
    the same ``Markup``, 7 % of an article page's time less."""
    if type(value) is str and _escape_text is not None:
        return _new_str(Markup, _escape_text(value))
    return markupsafe.escape(value)


_new_str = str.__new__
_escape_text = getattr(markupsafe, "_escape_inner", None)  # its C escaping, where it has one


class Template(jinja2.Template):
    """Jinja's template, whose compiled code escapes through ``escape``."""

    @classmethod
    def _from_namespace(cls, environment: jinja2.Environment, namespace: MutableMapping[str, Any],
                        globals: MutableMapping[str, Any]) -> jinja2.Template:  # fmt: skip
        if namespace.get("escape") is markupsafe.escape:  # what the compiled code imported
            namespace["escape"] = escape
        return super()._from_namespace(environment, namespace, globals)


class Environment(jinja2.Environment):
    """Jinja's environment, whose templates share its globals as they are when they have
    none of their own: Jinja lays a ``ChainMap`` over them for each template, and a
    ``ChainMap`` is read key by key in Python when every render copies the globals into its
    context, twice, and again at each ``{% from ... import %}``, a third of the time of
    rendering an article's entry in a list."""

    context_class = Context
    template_class = Template

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return self.globals if not d else super().make_globals(d)


def person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def names(terms: Iterable[Term]) -> list[str]:
    """``article.tags | names``: what ``map(attribute="name") | list`` gives, at a
    fraction of the cost (Jinja's ``map`` was 6 % of an article page)."""
    return [term.name for term in terms]


def people(terms: Iterable[Term]) -> list[dict[str, str]]:
    """``article.authors | people``: each author as a JSON-LD Person."""
    return [person(term.name) for term in terms]


def make_environment(config: Config, compiled: Path | None = None) -> jinja2.Environment:
    """The site's ``templates/`` first, then the theme chain; "default/x.html" names the default's.

    With ``compiled``, templates compiled once are kept there (Jinja2 checks each against
    its source): a short build need not compile them again."""
    folders = [config.root / "templates"] + [t / "templates" for t in theme_chain(config)]
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader([str(f) for f in folders if f.is_dir()]),
            jinja2.PrefixLoader(
                {
                    "default": jinja2.FileSystemLoader(
                        str(builtin_themes_dir() / "default/templates")
                    )
                }
            ),
        ]
    )
    env = Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a template change makes a new environment; no stat per page
        bytecode_cache=SealedBytecodeCache(str(compiled)) if compiled else None,
    )
    words = i18n.load_words(theme_chain(config))

    @jinja2.pass_context
    def gettext(ctx: jinja2.runtime.Context, text: str, lang: str | None = None,
                **values: Any) -> str:  # fmt: skip
        """``_("Older")``: the theme's phrase in ``lang`` or the page's language; ``values``
        fill its ``{placeholders}`` after translation."""
        found = i18n.translate(words, lang or ctx.get("lang") or config.language, text)
        return found.format(**values) if values else found

    @jinja2.pass_context
    def dates(ctx: jinja2.runtime.Context, name: str) -> str:
        """``"2024/05" | month``: an archive month's name in the page's language."""
        year, month = (int(part) for part in name.replace("-", "/").strip("/").split("/")[:2])
        return i18n.month_name(year, month, ctx.get("lang") or config.language)

    gettext.context_reads = dates.context_reads = frozenset({"lang"})  # type: ignore[attr-defined]
    env.globals.update(
        _=gettext,
        lang=config.language,
        config=config,
        urls=routes,
        generator=f"sitegen {__version__}",
        url=lru_cache(maxsize=65536)(lambda u="": link(config, u)),
        abs_url=lru_cache(maxsize=65536)(lambda u="": absolute(config, u)),
        feed_id=lambda u="": feed_id(config, u),
        summary=PerArticle(env, "summary.html"),
        related_item=PerArticle(env, "related_item.html",
                                wanted="related" not in config.disable_kinds),
        cached=fragment_cache(),
    )
    env.filters.update(display_date=display_date, short_date=short_date, jsonld=jsonld,
                       person=person, names=names, people=people, month=dates)  # fmt: skip
    return env


class PerArticle:
    """A template about one article (its entry in lists, its line among related articles),
    rendered once per article version and reused by every page that shows it."""

    def __init__(self, env: jinja2.Environment, template: str, wanted: bool = True):
        self.env, self.template = env, template
        self.wanted = wanted  # rendered for every article beforehand (``per_article``)
        self.done: dict[int, Markup] = {}  # by the article's digest

    def __call__(self, article: Article) -> Markup:
        entry = self.done.get(article.digest)
        if entry is None:
            entry = self.done[article.digest] = Markup(self.render(article))
        return entry

    def render(self, article: Article) -> str:
        return self.env.get_template(self.template).render(article=article)

    def prime(self, entries: dict[int, str]) -> None:
        """Entries rendered elsewhere (``per_article``), by article digest."""
        self.done.update((digest, Markup(html)) for digest, html in entries.items())


def per_article(env: jinja2.Environment) -> list[PerArticle]:
    """The per-article templates pages may call: worth rendering once for every article
    before pages are spread over processes, which would each render most of them again."""
    return [value for value in env.globals.values()
            if isinstance(value, PerArticle) and value.wanted]  # fmt: skip


def fragment_cache(size: int = 4096):  # type: ignore[no-untyped-def]
    """``{% call cached(key, ...) %}...{% endcall %}``: the block rendered once per key and
    reused on later renders in this process (Hugo's ``partialCached``); the key must name
    everything the block shows. The archives index keys each month by its rows, so an
    edit in a live server renders one month's list again, not ten thousand titles."""
    cache: OrderedDict[tuple[Any, ...], Markup] = OrderedDict()

    def cached(*key: Any, caller: Any) -> Markup:
        key = tuple(tuple(k) if isinstance(k, list) else k for k in key)
        found = cache.get(key)
        if found is None:
            found = cache[key] = Markup(caller())
            if len(cache) > size:
                cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return found

    return cached


def render_page(env: jinja2.Environment, page: Page, site: dict[str, Any]) -> bytes:
    """Render one page; a template mistake is reported with the template's file and line."""
    try:
        if ":" in page.template:  # a data page (JSON, XML) written by a function
            module, _, name = page.template.partition(":")
            text = getattr(import_module(module), name)(page, env.globals)
        else:
            template = env.get_template(page.template)
            text = template.render(page=page, site=site, articles=page.articles,
                                   lang=page_language(page, env.globals["config"]), **page.context)
    except jinja2.TemplateSyntaxError as err:
        raise SitegenError(f"template error: {err.message}", err.filename, err.lineno) from None
    except jinja2.TemplateNotFound as err:
        raise SitegenError(f"template {err.name!r} not found (page /{page.url})") from None
    except Exception as err:
        where, line = _template_frame(err)
        raise SitegenError(f"template error on page /{page.url}: {err}", where, line) from None
    if ARTICLE_LINK in text:
        text = resolve_article_links(text, site.get("article_urls", {}), env.globals["url"])
    return text.encode("utf-8")


_ARTICLE_LINKS = re.compile(re.escape(ARTICLE_LINK) + r"([^\s\\\"'#<>&]*)")


def resolve_article_links(text: str, urls: dict[str, str], link: Any) -> str:
    """Links to other articles' sources, made by the Markdown reader, become their pages'
    URLs; one to an article that is not published leads nowhere ("#")."""

    def url(match: re.Match[str]) -> str:
        target = urls.get(unquote(match.group(1)))
        return link(target) if target is not None else "#"

    return _ARTICLE_LINKS.sub(url, text)


def _template_frame(err: BaseException) -> tuple[str | None, int | None]:
    """Jinja rewrites tracebacks to show template lines; the innermost one is the culprit."""
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        if not frame.filename.endswith(".py"):
            return frame.filename, frame.lineno
    return None, None
