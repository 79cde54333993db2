"""The same collection as a Pelican site and as a Hugo site, for builds measured side by side.

Pelican reads Markdown with its own metadata lines; Hugo reads the same files as
sitegen (YAML front matter). Each gets settings and templates close to sitegen's
defaults: articles at /YYYY/MM/slug/, ten per list page, tag and archive pages,
Atom feeds.
"""

from __future__ import annotations

import random
from pathlib import Path

from corpus import article_parts, markdown

PELICAN_CONF = """\
AUTHOR = "Bench"
SITENAME = "Bench"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
CATEGORY_URL = "section/{slug}/"
CATEGORY_SAVE_AS = "section/{slug}/index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
FEED_ALL_ATOM = "feed.xml"
TAG_FEED_ATOM = "tag/{slug}/feed.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""

HUGO_CONF = """\
baseURL = "https://example.org/"
title = "Bench"
disableKinds = ["RSS"]
[pagination]
  pagerSize = 10
[permalinks]
  [permalinks.page]
    notes = "/:year/:month/:slug/"
    world = "/:year/:month/:slug/"
    reading = "/:year/:month/:slug/"
    travel = "/:year/:month/:slug/"
[taxonomies]
  tag = "tags"
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body><nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Params.subtitle }}</p><p>{{ .Params.author }} · <time>{{ .Date.Format "2006-01-02" }}</time></p>
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ with .Prev }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .Next }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}
{{ range $pager.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Params.subtitle }}</p></article>{{ end }}
{{ with $pager.Next }}<a href="{{ .URL }}">Older</a>{{ end }}{{ end }}
""",
}


def pelican_markdown(parts: dict[str, object]) -> str:
    date = parts["date"]
    tags = ", ".join(parts["tags"])  # type: ignore[arg-type]
    head = (f"Title: {parts['title']}\nDate: {date:%Y-%m-%d %H:%M}\nAuthor: {parts['author']}\n"
            f"Tags: {tags}\nSummary: {parts['subtitle']}\n\n")  # fmt: skip
    return head + "\n\n".join(parts["paragraphs"]) + "\n"  # type: ignore[arg-type]


def write_peer_sites(root: Path, count: int, seed: int = 1) -> dict[str, Path]:
    """sitegen, Pelican and Hugo sites of the same ``count`` articles under ``root``."""
    rng = random.Random(seed)
    sites = {name: root / name for name in ("sitegen", "pelican", "hugo")}
    for n in range(count):
        parts = article_parts(rng, n)
        section = ["notes", "world", "reading", "travel"][n % 4]
        name = f"article-{n:05d}.md"
        for folder, text in ((sites["sitegen"] / "content", markdown(parts)),
                             (sites["hugo"] / "content", markdown(parts)),
                             (sites["pelican"] / "content", pelican_markdown(parts))):  # fmt: skip
            (folder / section).mkdir(parents=True, exist_ok=True)
            (folder / section / name).write_text(text, encoding="utf-8")
    (sites["sitegen"] / "sitegen.toml").write_text(
        'title = "Bench"\nbase_url = "https://example.org/"\n'
    )
    (sites["pelican"] / "pelicanconf.py").write_text(PELICAN_CONF)
    (sites["hugo"] / "hugo.toml").write_text(HUGO_CONF)
    layouts = sites["hugo"] / "layouts"
    layouts.mkdir(parents=True, exist_ok=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text)
    return sites
