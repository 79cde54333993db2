"""Related articles: the first page-kind data added through the table."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sitegen.pages import KINDS, related
from tests.conftest import article
from tests.pages.test_plan import planned


def test_related_say_the_same_things_and_shared_tags_count_more(tmp_path):
    war = ("The war in Syria reached {0} as coalition air strikes and shelling went on. "
           "In {0} the strikes and the shelling went on for weeks; the war emptied it.")
    pages = planned(tmp_path, {
        "content/raqqa.md": article("Raqqa", "2017-10-22", ["Syria"], war.format("Raqqa")),
        "content/aleppo.md": article("Aleppo", "2016-12-01", ["Syria"], war.format("Aleppo")),
        "content/idlib.md": article("Idlib", "2019-05-01", [], war.format("Idlib")),
        "content/ruins.md": article("Ruins", "2017-11-01", ["Syria"],
                                    "Rebuilding Raqqa. Raqqa is rebuilt by hand."),
        "content/lisbon.md": article("Lisbon", "2017-10-21", ["travel"],
                                     "Trams climb past tiled houses. The trams run early."),
        "content/porto.md": article("Porto", "2018-04-02", ["travel"],
                                    "Port wine lodges line the river. Wine, then the trams."),
    })  # fmt: skip
    by_url = {p.url: p for p in pages}
    shown = [a.title for a in by_url["2017/10/raqqa/"].context["related"]]
    assert shown[:3] == ["Aleppo", "Ruins", "Idlib"]  # words and tag; tag and name; words
    assert "raqqa" in by_url["2017/10/raqqa/"].articles[0].keywords  # said twice: a keyword
    assert "Lisbon" not in shown and "Porto" not in shown  # nothing said in common
    assert [a.title for a in by_url["2017/10/lisbon/"].context["related"]] == ["Porto"]


def test_a_body_word_from_another_language_links_nothing_by_itself(tmp_path):
    pages = planned(tmp_path, {
        "content/a.md": article("Ein Tag", "2024-01-01", None,
                                "Der Zug und die Stadt. Die Stadt und der Zug.", lang="de"),
        "content/b.md": article("Noch ein Tag", "2024-01-02", None,
                                "Die Stadt und der Fluss. Der Fluss und die Stadt.", lang="de"),
    })  # fmt: skip
    a = next(p for p in pages if p.url == "2024/01/a/")
    assert [x.title for x in a.context["related"]] == ["Noch ein Tag"]  # "stadt": yes
    assert "der" not in a.articles[0].keywords and "und" not in a.articles[0].keywords


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


def test_the_lists_are_the_same_scored_in_two_processes(tmp_path):
    import random

    from sitegen.model import Article, Term

    rng = random.Random(3)
    vocabulary = [f"word{i}" for i in range(60)]
    articles = [Article(Path(f"a{i}.md"), f"A{i}", datetime(2020, 1, 1 + i % 28, tzinfo=UTC),
                        tags=(Term("T", f"t{i % 7}"),),
                        keywords=tuple(rng.sample(vocabulary, 8)))
                for i in range(400)]  # fmt: skip  (enough for the work to be spread)
    spread = related.related(articles, 2)  # begun in two processes: collected below
    alone = related.related(articles, 1)()
    assert alone == spread() and all(len(found) == related.SHOWN for found in alone.values())
