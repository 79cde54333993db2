"""The fast Markdown engine (markdown-it-pyrs) never changes a page: every text it takes
renders exactly as markdown-it-py renders it, with the same first heading and paragraph;
what it cannot match (footnotes, raw HTML, highlighted code, links to files beside the
article) goes to markdown-it-py."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from sitegen.readers import markdown
from sitegen.readers.frontmatter import split_front_matter
from tests.conftest import REPO

pytest.importorskip("markdown_it_pyrs")
sys.path.insert(0, str(REPO / "bench"))

from corpus import article_parts
from corpus import markdown as corpus_markdown

CASES = [
    "# Title\n\nFirst *para* with `code` and **bold**.\n\nSecond.\n",
    "Intro\nsoft break  \nhard break\n\n> quoted\n\n- a\n- b\n\n1. one\n\n***\n",
    "| a | b |\n|:--|--:|\n| `1` | ~~2~~ |\n\nTom & Jerry &amp; \\*stars\\* <3\n",
    "[abs](https://example.org/a) [root](/about/) [frag](#top) <https://x.org> ![p](https://x.org/p.png)\n",
    "[r][ref]\n\n[ref]: https://example.org/r \"t\"\n",
    "    indented code\n\n```\nplain fence\n```\n",
    "- tight\n- list\n\nthen a paragraph\n",
    "## Not a title\n\n# Later h1\n\ntext\n",
    "# Only a title\n",
    "",
    "Ünïcödé — “quotes” ‘and’ … 日本語 ```inline``` \n",
    "1. loose\n\n2. list\n\nthen\n",
    "# A `code` title ![alt](https://x.org/i.png) &amp; [link](https://x.org)\n\n"
    "Para ![pic](https://x.org/p.png \"t\") &copy; \"q\" [a *b*](https://x.org/ \"t\")\n",
    "Setext title\n===\n\n> quote first\n\npara\n",
    "[q](?x=1) [mail](mailto:a@b.c) [cdn](//cdn.org/x) [esc](https://x.org/a%20b&amp;c)\n",
    "![only a picture](https://x.org/p.png)\n\n- item [not a box] here\n",
    # the reference engine's own: footnotes, raw HTML, highlighted code, relative links
    "A note[^1].\n\n[^1]: the note\n",
    "raw <b>html</b>\n\n<div>\nblock\n</div>\n",
    "```python\nx = 1\n```\n",
    "[beside](pic.png) ![img](img/a.jpg)\n",
    "Euler: $e^{i\\pi}+1=0$\n",
    "- [ ] to do\n- [x] done\n",
]


def texts() -> list[str]:
    rng = random.Random(7)
    found = list(CASES)
    found += [corpus_markdown(article_parts(rng, n)) for n in range(300)]
    found += [p.read_text(encoding="utf-8") for p in sorted((REPO / "content").rglob("*.md"))]
    return [split_front_matter(t, Path("x.md")).body if t.startswith("---") else t
            for t in found]  # fmt: skip


def reference(text: str, take_title: bool) -> markdown.Body:
    return markdown._render_reference(text, REPO, REPO, take_title, False, 1)


@pytest.mark.parametrize("take_title", [True, False])
def test_the_fast_engine_renders_exactly_as_the_reference(take_title):
    fast = 0
    for text in texts():
        found = markdown._render_fast(text, take_title)
        if found is None:
            continue
        fast += 1
        assert found == reference(text, take_title), text[:200]
    assert fast >= 300  # the corpus and most cases went the fast way


def test_what_only_the_reference_renders_goes_to_it():
    for text in CASES[-6:]:
        assert markdown._render_fast(text, True) is None
    body = markdown.render_markdown("[beside](pic.png)\n", REPO / "content", REPO)
    assert body.html == '<p><a href="pic.png">beside</a></p>\n'
