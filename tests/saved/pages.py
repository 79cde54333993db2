"""Saved news pages written by the tests: site chrome around an article, as sites print it."""

from __future__ import annotations

import json

PARAGRAPHS = [
    "The county council voted on Tuesday to reopen the old railway line between Ashby and"
    " Fenwick as a cycle path, ending a dispute that has run for more than a decade.",
    "Work on the first section, a four-mile stretch along the river, will start in the spring"
    " and is expected to take eighteen months, the council's planning officer said.",
    "Residents who had campaigned against the plan said they would not appeal. “We made our"
    " case and lost it fairly,” said Jo Marsh, who chairs the Fenwick residents' association.",
    "The path will cost about four million pounds, most of it from a national fund for"
    " walking and cycling routes, with the rest paid by the two towns it connects.",
]


def news_page(
    paragraphs: list[str] | None = None,
    head: str = "",
    body_top: str = "",
    inside: str = "",
    charset: str = '<meta charset="utf-8">',
    published: str | None = "2024-05-07T09:15:00+02:00",
) -> str:
    """A complete page: cookie banner, menu, share bar, the article, related links, comments."""
    paras = paragraphs if paragraphs is not None else PARAGRAPHS
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Old railway line to become a cycle path",
        "author": {"@type": "Person", "name": "Sam Okafor"},
    }
    if published:
        ld["datePublished"] = published
    story = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{charset}
<title>Old railway line to become a cycle path | Fenwick Herald</title>
<meta property="og:site_name" content="Fenwick Herald">
<link rel="canonical" href="https://fenwickherald.example/news/2024/05/railway-path">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>var tracker = 1;</script>
{head}
</head><body>
<div class="cookies"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/login">Log in</a></li></ul></nav>
{body_top}
<article>
<h1>Old railway line to become a cycle path</h1>
<div class="share"><a href="https://facebook.example/share">Share</a>
<a href="https://twitter.example/share">Tweet</a></div>
<div class="article-body">
{story}
{inside}
</div>
</article>
<section class="related"><h3>Related</h3><ul>
<li><a href="/news/a">Council approves new budget</a></li>
<li><a href="/news/b">Bridge closure extended into June</a></li></ul></section>
<section class="comments"><h3>Comments</h3>
<p>Join our commenting forum. <a href="/login">Log in</a> to comment.</p></section>
<footer><p>© 2024 Fenwick Herald</p></footer>
</body></html>"""


FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "input", "button",
                  "link", "meta", "base", "svg", "frame", "frameset"}  # fmt: skip


def unsafe_markup(html: str) -> list[str]:
    """Elements and attributes that could run or load anything, found by parsing ``html``
    as a browser would (escaped text that merely mentions a tag is harmless)."""
    from lxml.html import fragments_fromstring

    found = []
    try:
        fragments = fragments_fromstring(html) if html.strip() else []
    except Exception:
        fragments = fragments_fromstring(f"<div>{html}</div>")
    for fragment in fragments:
        if isinstance(fragment, str):
            continue
        for el in fragment.iter():
            if not isinstance(el.tag, str):
                continue
            if el.tag in FORBIDDEN_TAGS:
                found.append(f"<{el.tag}>")
            for name, value in el.attrib.items():
                if name.lower().startswith("on") or name.lower() == "style":
                    found.append(f"{el.tag}[{name}]")
                if value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                    found.append(f"{el.tag}[{name}={value[:20]}]")
    return found
