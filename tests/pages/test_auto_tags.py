"""Tags proposed for articles that give none: the names they repeat, distinctive in the
collection, never replacing tags an article or its folder gives."""

from __future__ import annotations

from sitegen.readers.names import names
from tests.conftest import article, write_files
from tests.pages.test_plan import planned

RAQQA = ("<p>Russia has accused the coalition of bombing Raqqa. Officials in Raqqa said "
         "Syria's army had left. Germany's Dresden was bombed in 1945.</p>"
         "<p>The Russian Defence Ministry compared Raqqa to Dresden in March. In Syria the "
         "coalition denied it; Russia insisted. The face of the Earth changed. Many "
         "officials left.</p>")  # fmt: skip


def test_names_are_capitalised_runs_inside_sentences_counted_and_folded():
    found = names(RAQQA.replace("<p>", "").replace("</p>", "\n\n"), "en")
    assert found[0] == "Raqqa"  # three times; the others twice
    assert {"Raqqa", "Dresden", "Russia", "Syria"} <= set(found)
    assert "Germany Dresden" not in found and "The" not in found  # a possessive ends a name
    assert "March" not in found  # a month is no name
    assert "Officials" not in found  # capitalised only because a sentence starts there


def test_german_names_and_months_in_german():
    text = "Im März fuhr der Zug nach Dresden. In Dresden war es kalt, im März immer."
    assert names(text, "de") == ("Dresden",)


def test_an_article_without_tags_gets_its_names_the_titles_first(tmp_path):
    pages = planned(tmp_path, {
        "content/raqqa.md": article("Russia compares Raqqa to Dresden", "2017-10-22", None,
                                    RAQQA.replace("<p>", "").replace("</p>", "\n\n")),
        "content/tagged.md": article("Tagged", "2017-10-23", ["mine"],
                                     RAQQA.replace("<p>", "").replace("</p>", "\n\n")),
    })  # fmt: skip
    raqqa = next(p for p in pages if p.url == "2017/10/raqqa/").articles[0]
    assert raqqa.auto_tags  # the title's names first (most repeated first), then the rest
    assert [t.name for t in raqqa.tags] == ["Raqqa", "Dresden", "Russia", "Syria"]
    tagged = next(p for p in pages if p.url == "2017/10/tagged/").articles[0]
    assert [t.name for t in tagged.tags] == ["mine"] and not tagged.auto_tags


def test_folder_defaults_and_auto_tags_false_are_respected(tmp_path):
    body = RAQQA.replace("<p>", "").replace("</p>", "\n\n")
    write_files(tmp_path, {"content/news/_defaults.toml": 'tags = ["news"]\n'})
    pages = planned(tmp_path, {"content/news/a.md": article("A", "2017-10-22", None, body),
                               "content/b.md": article("B", "2017-10-23", None, body)},
                    "auto_tags = false\n")  # fmt: skip
    by_url = {p.url: p for p in pages}
    assert [t.name for t in by_url["2017/10/a/"].articles[0].tags] == ["news"]
    assert by_url["2017/10/b/"].articles[0].tags == ()


def test_auto_tags_are_marked_on_the_page(site):
    out, _ = site({"content/raqqa.md": article("Raqqa", "2017-10-22", None,
                                               RAQQA.replace("<p>", "").replace("</p>", "\n\n"))},
                  "auto_tags = 2\n")  # fmt: skip
    page = (out / "2017/10/raqqa/index.html").read_text()
    assert '<ul class="tags auto"' in page
    assert (out / "tag/raqqa/index.html").is_file()
    assert page.count('rel="tag"') == 2


def test_names_are_read_only_for_articles_that_give_no_tags(tmp_path):
    """Names are what tags are proposed from: a tagged article, or a site with
    ``auto_tags = false``, costs no name-finding."""
    body = RAQQA.replace("<p>", "").replace("</p>", "\n\n")
    pages = planned(tmp_path, {"content/a.md": article("A", "2017-10-22", ["mine"], body),
                               "content/b.md": article("B", "2017-10-23", None, body)})  # fmt: skip
    by_url = {p.url: p.articles[0] for p in pages if p.kind == "article"}
    assert by_url["2017/10/a/"].names == ()
    assert "Raqqa" in by_url["2017/10/b/"].names
    off = planned(tmp_path / "off", {"content/b.md": article("B", "2017-10-23", None, body)},
                  "auto_tags = false\n")  # fmt: skip
    assert next(p for p in off if p.kind == "article").articles[0].names == ()


def test_a_name_common_among_the_untagged_articles_is_no_tag(tmp_path):
    """Twelve pasted articles, five about Dresden (more than a third of them), beside
    twenty tagged posts of one's own: "Dresden" says nothing about one of the twelve."""
    dresden = "Dresden was cold. In Dresden the trams stopped, said {name}. Ask {name}."
    other = "Lisbon was warm. In Lisbon the ferries ran, said {name}. Ask {name}."
    files = {f"content/d{n}.md": article(f"D{n}", "2020-01-01", None,
                                         dresden.format(name=f"Ada{chr(97 + n)}"))
             for n in range(5)}  # fmt: skip
    files |= {f"content/o{n}.md": article(f"O{n}", "2020-01-02", None,
                                          other.format(name=f"Nadia{chr(97 + n)}"))
              for n in range(7)}  # fmt: skip
    files |= {f"content/t{n}.md": article(f"T{n}", "2020-01-03", ["mine"]) for n in range(20)}
    pages = planned(tmp_path, files)
    tags = {t.name for p in pages if p.kind == "article" and p.url.startswith("2020/01/d")
            for t in p.articles[0].tags}  # fmt: skip
    assert "Dresden" not in tags and "Adaa" in tags
