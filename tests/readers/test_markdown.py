from pathlib import Path

import pytest

from sitegen.config import Config
from sitegen.errors import SitegenError
from sitegen.readers.article import ReadContext
from sitegen.readers.markdown import read, render_markdown
from tests.conftest import article, write_files


def read_one(tmp_path: Path, text: str, name: str = "post.md", **defaults) -> object:
    write_files(tmp_path, {f"content/{name}": text})
    ctx = ReadContext(Config(root=tmp_path, timezone="Europe/London"), defaults)
    return read(Path(name), ctx)


def test_front_matter_fields(tmp_path):
    a = read_one(
        tmp_path,
        """
        ---
        title: A title
        subtitle: A standfirst
        date: 2017-10-22 11:18
        updated: 2017-10-23
        authors: [Jane Roe, John Doe]
        tags: [Syria, news]
        summary: Short.
        slug: Custom Slug
        lang: de
        ---
        Text.
        """,
    )
    assert (a.title, a.subtitle, a.summary, a.lang) == ("A title", "A standfirst", "Short.", "de")
    assert a.date.isoformat() == "2017-10-22T11:18:00+01:00"
    assert a.updated is not None and a.updated.day == 23
    assert a.author_names == "Jane Roe and John Doe"
    assert [t.name for t in a.tags] == ["Syria", "news"]
    assert a.slug == "custom-slug"
    assert a.url == "2017/10/custom-slug/"


def test_title_from_first_heading_and_summary_from_first_paragraph(tmp_path):
    a = read_one(
        tmp_path,
        "---\ndate: 2020-05-01\n---\n# Heading *one*\n\nFirst **para**\ngraph.\n\nSecond.\n",
    )
    assert a.title == "Heading one"
    assert a.summary == "First para graph."
    assert "<h1" not in a.body_html  # shown once, by the template


def test_commonmark_extensions_and_highlighting(tmp_path):
    body = render_markdown(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ note[^1]\n\n[^1]: Foot.\n\n"
        "```python\ndef f(): pass\n```\n",
        tmp_path,
        tmp_path,
    ).html
    assert "<table>" in body and "<td>1</td>" in body
    assert "<s>gone</s>" in body
    assert 'class="footnote-ref"' in body and "Foot." in body
    assert '<pre class="highlight"><code class="language-python">' in body
    assert '<span class="k">def</span>' in body
    assert body.count("<pre") == 1  # one block, not a <pre> inside another


def test_unknown_code_language_is_escaped_not_highlighted(tmp_path):
    html = render_markdown("```nosuchlang\n<b>x</b>\n```\n", tmp_path, tmp_path).html
    assert "&lt;b&gt;" in html and "highlight" not in html


@pytest.mark.parametrize(
    "front, message, line",
    [
        ("title: x\n", "no date", 1),
        ("title: x\ndate: not a date\n", "unparseable", 3),
        ("title: x\ndate: 2020-01-01\ndraft: maybe\n", "draft", 4),
    ],
)
def test_bad_metadata_names_the_line(tmp_path, front, message, line):
    with pytest.raises(SitegenError, match=message) as err:
        read_one(tmp_path, "---\n" + front + "---\nText\n")
    assert err.value.line == line and err.value.path.name == "post.md"


def test_folder_defaults_apply_unless_the_article_says_otherwise(tmp_path):
    a = read_one(
        tmp_path,
        "---\ntitle: T\ndate: 2017-01-10 12:00\n---\nx\n",
        site_name="The Paper",
        timezone="America/New_York",
        author="Desk",
    )
    assert a.site_name == "The Paper"
    assert a.date.tzname() == "EST"
    assert a.author_names == "Desk"
    b = read_one(
        tmp_path,
        "---\ntitle: T\ndate: 2017-01-10 12:00\nauthor: Me\n---\nx\n",
        name="b.md",
        author="Desk",
    )
    assert b.author_names == "Me"


def test_relative_images_become_assets_and_links_stay_relative(tmp_path):
    write_files(
        tmp_path, {"content/trip/photo.jpg": b"\xff\xd8jpeg", "content/shared/map.png": b"png"}
    )
    a = read_one(
        tmp_path,
        "---\ntitle: T\ndate: 2020-01-01\n---\n![a](photo.jpg)\n![m](../shared/map.png)\n"
        "[site](https://example.org) ![gone](missing.png)\n",
        name="trip/index.md",
    )
    assert {(x.source.as_posix(), x.dest) for x in a.assets} == {
        ("trip/photo.jpg", "photo.jpg"),
        ("shared/map.png", "_assets/shared/map.png"),
    }
    assert 'src="photo.jpg"' in a.body_html
    assert 'src="_assets/shared/map.png"' in a.body_html
    assert 'href="https://example.org"' in a.body_html
    assert a.slug == "trip"  # a page bundle takes its folder's name


def test_non_utf8_file_is_a_located_error(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content/post.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    with pytest.raises(SitegenError, match="UTF-8"):
        read(Path("post.md"), ReadContext(Config(root=tmp_path)))


@pytest.mark.parametrize(("name", "date", "url"), [
    ("2024-05-07-lisbon.md", "2024-05-07", "2024/05/lisbon/"),  # as Jekyll names posts
    ("2024-lisbon/index.md", "2024-05-07", "2024/05/lisbon/"),  # a bundle
    ("1984-review.md", "2024-05-07", "2024/05/1984-review/"),  # not its date: kept
    ("2024-05-07.md", "2024-05-07", "2024/05/2024-05-07/"),  # nothing else: kept
])  # fmt: skip
def test_a_name_that_starts_with_the_articles_date_does_not_repeat_it(site, name, date, url):
    _, result = site({f"content/{name}": article("Lisbon", date)})
    assert [a.url for a in result.articles] == [url]


def test_math_is_mathml_made_at_build_time_and_money_stays_text(tmp_path):
    html = render_markdown("Euler: $e^{i\\pi}+1=0$. It costs $5 and $6.\n\n$$\\int_0^1 x\\,dx$$\n",
                           tmp_path, tmp_path).html  # fmt: skip
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in html
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">' in html
    assert "<msup><mi>e</mi>" in html and "It costs $5 and $6." in html


def test_tex_that_would_write_markup_or_links_stays_inert(tmp_path):
    html = render_markdown("$\\text{<script>alert(1)</script>}$ $\\href{javascript:alert(1)}{x}$ "
                           "$\\frac{$\n", tmp_path, tmp_path).html  # fmt: skip
    assert "<script" not in html and "javascript:" not in html
    assert '<code class="math">\\frac{</code>' in html  # unreadable TeX: shown as written


def test_task_lists(tmp_path):
    html = render_markdown("- [ ] to do\n- [x] done\n", tmp_path, tmp_path).html
    assert 'class="task-list-item-checkbox" disabled="disabled" type="checkbox"> to do' in html
    assert 'checked="checked" disabled="disabled" type="checkbox"> done' in html


def test_headings_get_stable_ids_and_links_and_long_articles_a_contents_list(site):
    body = "\n\n".join(["Intro.", "## Getting there", "Text.", "### By *train*", "Text.",
                        "## Getting there", "Text.", "## <script>x</script>", "Text."])  # fmt: skip
    out, _ = site({"content/long.md": article("Long", "2024-05-07", body=body),
                   "content/short.md": article("Short", "2024-05-08", body="## One\n\nText.")})
    page = (out / "2024/05/long/index.html").read_text()
    assert '<h2 id="getting-there">Getting there<a class="anchor" href="#getting-there"' in page
    assert '<h2 id="getting-there-2">' in page  # the same words twice: numbered
    assert '<h3 id="by-train">By <em>train</em><a class="anchor"' in page
    assert "<script>x" not in page and '<h2 id="script-x-script">' in page
    assert '<nav class="toc" aria-label="Contents">' in page
    assert '<li class="toc-3"><a href="#by-train">By train</a></li>' in page
    short = (out / "2024/05/short/index.html").read_text()
    assert 'id="one"' in short and 'class="toc"' not in short  # one heading: no contents


def test_toc_false_or_true_in_front_matter_decides(site):
    body = "## A\n\nx\n\n## B\n\ny\n\n## C\n\nz"
    off = article("Off", "2024-05-07", body=body).replace("---\n\n", "toc: false\n---\n\n", 1)
    on = article("On", "2024-05-08", body="## A\n\nx").replace("---\n\n", "toc: true\n---\n\n", 1)
    out, _ = site({"content/off.md": off, "content/on.md": on})
    assert 'class="toc"' not in (out / "2024/05/off/index.html").read_text()
    assert 'class="toc"' in (out / "2024/05/on/index.html").read_text()
