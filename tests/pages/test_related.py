"""Related articles: the first page-kind data added through the table."""

from __future__ import annotations

from pathlib import Path

from sitegen.pages import KINDS, related
from tests.conftest import article
from tests.pages.test_plan import planned


def test_related_share_the_most_tags_then_nearest_in_date(tmp_path):
    pages = planned(tmp_path, {
        "content/raqqa.md": article("Raqqa", "2017-10-22", ["Syria", "Russia", "war"]),
        "content/aleppo.md": article("Aleppo", "2016-12-01", ["Syria", "Russia", "war"]),
        "content/idlib.md": article("Idlib", "2019-05-01", ["Syria", "war"]),
        "content/damascus.md": article("Damascus", "2017-10-01", ["Syria"]),
        "content/homs.md": article("Homs", "2012-02-01", ["Syria"]),
        "content/lisbon.md": article("Lisbon", "2017-10-21", ["travel"]),
    })  # fmt: skip
    by_url = {p.url: p for p in pages}
    shown = [a.title for a in by_url["2017/10/raqqa/"].context["related"]]
    assert shown == ["Aleppo", "Idlib", "Damascus", "Homs"]  # 2 shared, 2, then nearest first
    assert by_url["2017/10/lisbon/"].context["related"] == ()  # no tag in common


def test_at_most_five_never_itself_and_the_same_every_time(tmp_path):
    files = {f"content/p{i}.md": article(f"P{i}", f"2024-01-{i + 1:02d}", ["same"]) for i in range(12)}
    pages = planned(tmp_path, files)
    again = planned(tmp_path, files)
    for page, other in zip(pages, again, strict=True):
        if page.kind == "article":
            shown = page.context["related"]
            assert len(shown) == 5 and page.articles[0] not in shown
            assert [a.source for a in shown] == [a.source for a in other.context["related"]]
    p5 = next(p for p in pages if p.articles and p.articles[0].source == Path("p5.md"))
    assert [a.title for a in p5.context["related"]] == ["P4", "P6", "P3", "P7", "P2"]


def test_related_articles_are_on_the_page(site):
    out, _ = site({
        "content/a.md": article("Alpha", "2024-01-05", ["harbour"]),
        "content/b.md": article("Beta", "2024-02-07", ["harbour"]),
    })  # fmt: skip
    html = (out / "2024/01/a/index.html").read_text()
    assert 'aria-labelledby="related-heading"' in html and 'href="/2024/02/b/">Beta</a>' in html


def test_related_is_a_kind_in_the_table_after_the_article_pages():
    names = [f"{k.__module__.rsplit('.', 1)[1]}.{k.__name__}" for k in KINDS]
    assert names.index("related.add") == names.index("articles.add") + 1
    assert related.SHOWN == 5
