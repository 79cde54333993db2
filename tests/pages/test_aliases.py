"""Old URLs of a moved article keep working: ``aliases:`` writes redirect pages, as Hugo does."""

from __future__ import annotations

import pytest

from tests.conftest import article


def moved(aliases: str) -> str:
    return article("Moved", "2024-05-07").replace("---\n\n", f"aliases: {aliases}\n---\n\n", 1)


def test_each_alias_is_a_page_that_sends_the_reader_on(site):
    out, result = site({"content/moved.md": moved("[/old/url/, /2019/old-name.html, notes/x]")})
    assert not result.problems
    for rel in ("old/url/index.html", "2019/old-name.html", "notes/x/index.html"):
        page = (out / rel).read_text()
        assert '<meta http-equiv="refresh" content="0; url=/2024/05/moved/">' in page
        assert '<link rel="canonical" href="/2024/05/moved/">' in page
        assert '<meta name="robots" content="noindex">' in page
    assert "old/url" not in (out / "sitemap.xml").read_text()


def test_an_alias_never_takes_a_url_the_site_uses(site):
    out, result = site({"content/moved.md": moved("[/tags/]"),
                        "content/b.md": article("B", "2024-01-01")})  # fmt: skip
    assert "Tags" in (out / "tags/index.html").read_text()  # the tag index stays
    [problem] = result.errors
    assert "URL /tags/ is already used" in problem.message
    assert problem.path is not None and problem.path.name == "moved.md"


@pytest.mark.parametrize("bad", ["https://elsewhere.example/x", "/../up/", "/a b/", "/"])
def test_an_alias_that_is_not_a_path_here_is_an_error_on_its_line(site, bad):
    _, result = site({"content/moved.md": moved(f"['{bad}']")})
    [problem] = result.errors
    assert "is not a path on this site" in problem.message and problem.line == 4
