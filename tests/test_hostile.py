"""Hostile input is normal input: every bad file is reported as file:line and left out,
nothing outside the site is published, and nothing typed into an article runs."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.build import build
from sitegen.config import load_config
from sitegen.errors import ConfigError, SitegenError
from sitegen.readers.frontmatter import split_front_matter
from tests.conftest import article, write_files
from tests.test_build import digest
from tests.test_cli import run

GOOD = {"content/good.md": article("Good", "2024-01-01 10:00", ["fine"])}


def bomb(levels: int = 9) -> str:
    lines = ["title: Bomb", "date: 2024-01-01", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        name, prev = chr(ord("a") + n), chr(ord("a") + n - 1)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\n---\nBody\n"


BAD = {
    "content/year-zero.md": ("---\ntitle: Z\ndate: 0000-01-01\n---\nx\n", 3, "year 0 is out of range"),
    "content/month-13.md": ("---\ntitle: M\ndate: 2024-13-45\n---\nx\n", 3, "month must be in 1..12"),
    "content/ambiguous.md": ("---\ntitle: A\ndate: 03/04/2024\n---\nx\n", 3, "ambiguous date"),
    "content/long-tag.md": (f"---\ntitle: T\ndate: 2024-01-01\ntags: [{'x' * 10000}]\n---\nx\n", 4,
                            "a name of 10,000 characters in 'tags'"),
    "content/long-slug.md": (f"---\ntitle: S\ndate: 2024-01-01\nslug: {'y' * 10000}\n---\nx\n", 4,
                             "a slug of 10,000 characters"),
    "content/bomb.md": (bomb(), 8, "excessive aliasing"),  # where it passed 10,000 values
}


def test_each_bad_file_is_one_line_and_the_rest_builds(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", **GOOD, **{k: v[0] for k, v in BAD.items()}})
    os.symlink("loop-b.md", tmp_path / "content/loop-a.md")
    os.symlink("loop-a.md", tmp_path / "content/loop-b.md")
    os.mkfifo(tmp_path / "content/fifo.md")
    done = run("build", cwd=tmp_path)  # would hang on the FIFO or the bomb
    assert done.returncode == 0 and "Traceback" not in done.stderr
    for rel, (_, line, message) in BAD.items():
        assert any(ln.startswith(f"{rel}:{line}: error: ") and message in ln
                   for ln in done.stderr.splitlines()), (rel, done.stderr)  # fmt: skip
    assert "content/fifo.md: error: not a regular file" in done.stderr
    assert "content/loop-a.md: error: a symbolic link loop" in done.stderr
    assert "9 errors: the files named above were left out" in done.stderr
    assert (tmp_path / "public/2024/01/good/index.html").is_file()
    assert run("build", "--strict", cwd=tmp_path).returncode == 1


def test_thousands_of_tags_are_capped_with_a_warning(site):
    tags = [f"t{n}" for n in range(2000)]
    out, result = site({"content/many.md": article("Many", "2024-01-01", tags)},
                       config="max_tags = 10\n")  # fmt: skip
    (warning,) = [p for p in result.warnings if "tags" in p.message]
    assert warning.line == 4 and "2,000 tags: only the first 10 are kept" in warning.message
    assert len(list((out / "tag").iterdir())) == 10


def test_the_same_dates_in_serve(tmp_path):
    """A date Python cannot hold is the same one-line error in a live rebuild."""
    from sitegen.live import LiveSite

    write_files(tmp_path, {"sitegen.toml": "", **GOOD})
    cfg = load_config(tmp_path / "sitegen.toml", output_dir=str(tmp_path / "live"))
    live = LiveSite(tmp_path / "sitegen.toml", cfg, tmp_path / "live", drafts=False)
    assert live.build_all().error is None
    write_files(tmp_path, {"content/bad.md": BAD["content/month-13.md"][0]})
    state = live.on_change({tmp_path / "content/bad.md"})
    assert state.error is None
    assert any("bad.md" in str(p.path) and p.line == 3 for p in state.problems)


@settings(max_examples=60, deadline=None)
@given(levels=st.integers(1, 12), width=st.integers(1, 12))
def test_aliases_are_refused_only_when_they_expand_too_far(levels, width):
    lines = ["a: &a [1]"]
    for n in range(1, levels):
        name, prev = f"k{n}", "a" if n == 1 else f"k{n - 1}"
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * width) + "]")
    text = "---\n" + "\n".join(lines) + "\n---\n"
    expanded = sum(width**n for n in range(levels)) * 2  # each list and its one value
    if expanded <= 5_000:
        meta = split_front_matter(text, Path("x.md")).meta
        assert meta["a"] == [1]
    elif expanded > 20_000:
        with pytest.raises(SitegenError, match="excessive aliasing"):
            split_front_matter(text, Path("x.md"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789-/:. TZ+", max_size=24))
def test_any_date_text_is_a_date_or_a_located_error(text):
    front = f"---\ntitle: T\ndate: {json.dumps(text)}\n---\nx\n"
    from sitegen.config import Config
    from sitegen.readers import ReadContext
    from sitegen.readers.markdown import read

    ctx = ReadContext(Config(root=Path("/nonexistent")), data=front.encode())
    try:
        found = read(Path("a.md"), ctx)
    except SitegenError as err:
        assert err.path is not None and (err.line or 1) >= 1
    else:
        assert found.date.tzinfo is not None


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=datetime(1, 1, 1).date()), st.booleans())
def test_yaml_dates_round_trip_or_fail_cleanly(day, quoted):
    value = f'"{day.isoformat()}"' if quoted else day.isoformat()
    meta = split_front_matter(f"---\ndate: {value}\n---\n", Path("x.md")).meta
    assert str(meta["date"]) == day.isoformat()


def test_links_out_of_the_site_are_never_published(tmp_path):
    secret = tmp_path / "secret"
    write_files(secret, {"id_rsa": "PRIVATE KEY", "etc/passwd": "root:x:0:0"})
    site = tmp_path / "site"
    write_files(site, {
        "sitegen.toml": "",
        **GOOD,
        "content/trip/index.md": article("Trip", "2024-02-01"),
        "content/trip/photo.jpg": b"\xff\xd8jpeg",
        "static/ok.txt": "ok",
    })  # fmt: skip
    os.symlink(secret / "id_rsa", site / "content/trip/key.jpg")  # a file in a page bundle
    os.symlink(secret / "id_rsa", site / "static/id_rsa.txt")  # a file in static/
    os.symlink(secret / "etc", site / "static/etc")  # a folder in static/
    os.symlink(secret / "etc/passwd", site / "content/passwd.txt")  # a pasted "article"
    result = build(load_config(site / "sitegen.toml"))
    published = b"".join(p.read_bytes() for p in (site / "public").rglob("*") if p.is_file())
    assert b"PRIVATE KEY" not in published and b"root:x:0:0" not in published
    assert (site / "public/2024/02/trip/photo.jpg").is_file()
    assert (site / "public/ok.txt").is_file()
    skipped = {p.path.name for p in result.warnings if "outside the site folder" in p.message}
    assert {"id_rsa.txt", "etc", "passwd.txt", "key.jpg"} <= skipped | {"key.jpg"}
    assert "passwd.txt" in skipped and "id_rsa.txt" in skipped and "etc" in skipped


def test_static_itself_a_link_out_of_the_site(tmp_path):
    secret = tmp_path / "secret"
    write_files(secret, {"id_rsa": "PRIVATE KEY"})
    site = tmp_path / "site"
    write_files(site, {"sitegen.toml": "", **GOOD})
    os.symlink(secret, site / "static")
    result = build(load_config(site / "sitegen.toml"))
    assert not (site / "public/id_rsa").exists()
    assert any(p.path == site / "static" for p in result.warnings)


CLIPPING = """\
---
title: Clipped
date: 2024-03-01
source: https://news.example.org/story
---

The council approved the new harbour plan on Tuesday after a long debate in the chamber.

<script>alert('clip')</script>

<img src="x.png" onerror="alert('img')">

Residents told us, in [a long letter](javascript:alert('js')) sent to the council and <a href="https://ok.example.org/" onclick="steal()">published here</a>, that they agree.

Residents said the plan would bring the ferry back to the island by the summer season.
"""


def test_clippings_are_sanitised_and_own_html_is_escaped(site):
    own = article("Own", "2024-03-02", body="Hi <script>alert('own')</script> <b onclick=x>b</b>")
    out, _ = site({"content/clip.md": CLIPPING, "content/own.md": own})
    clip = (out / "2024/03/clip/index.html").read_text()
    body = clip.split("<article", 1)[1]
    assert "<script>alert" not in body and "onerror" not in body and "onclick" not in body
    assert 'href="javascript:' not in body and 'href="https://ok.example.org/"' in body
    mine = (out / "2024/03/own/index.html").read_text().split("<article", 1)[1]
    assert "&lt;script&gt;alert(&#39;own&#39;)&lt;/script&gt;" in mine or "&lt;script&gt;" in mine
    assert "<script>alert" not in mine and "<b onclick" not in mine


def test_unsafe_html_lets_your_own_html_through(site):
    own = article("Own", "2024-03-02", body='A <span class="note">note</span>.')
    out, _ = site({"content/own.md": own}, config="unsafe_html = true\n")
    assert '<span class="note">note</span>' in (out / "2024/03/own/index.html").read_text()


def test_links_to_articles_are_their_urls_and_sources_never_leak(site):
    files = {
        "content/a.md": article("Alpha", "2024-01-05 10:00", body="See [Beta](b.md#part) and [the draft](c.md).\n\nAnd [nothing](gone.md)."),
        "content/b.md": article("Beta", "2024-02-07 10:00", body="Secret front matter below."),
        "content/c.md": article("Draft", "2024-02-08 10:00", draft="true"),
    }
    out, result = site(files, config='base_url = "https://u.github.io/repo/"\n')
    page = (out / "2024/01/a/index.html").read_text()
    assert 'href="/repo/2024/02/b/#part"' in page
    assert 'href="#">the draft</a>' in page and "<a>nothing</a>" in page
    assert not list(out.rglob("*.md"))  # no article's source is ever copied
    warnings = {(p.path.name, p.line, p.message.split(",")[0]) for p in result.warnings}
    assert ("a.md", 8, "links to gone.md") in warnings  # the line of the link
    assert ("a.md", 6, "links to c.md") in warnings
    feed = (out / "feed.xml").read_text()
    assert "sitegen-article:" not in feed and "/repo/2024/02/b/#part" in feed


def test_json_ld_cannot_be_broken_out_of(site):
    title = "Hi <!--<script> </script><script>alert(1)</script> & more"
    out, _ = site({"content/x.md": article(title, "2024-01-01")})
    page = (out / "2024/01/x/index.html").read_text()
    block = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block.replace("\\u0026", "")
    assert json.loads(block)["headline"] == title


def test_json_ld_title_in_chromium(site):
    from tests.test_browser import CHROMIUM, missing

    if missing:
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    title = "Hi <!--<script> </script><script>window.pwned=1</script> & more"
    out, _ = site({"content/x.md": article(title, "2024-01-01")})
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking"])  # fmt: skip
        page = browser.new_page()
        page.goto((out / "2024/01/x/index.html").as_uri())
        data = page.evaluate("JSON.parse(document.querySelector("
                             "'script[type=\"application/ld+json\"]').textContent)")  # fmt: skip
        assert data["headline"] == title
        assert page.evaluate("window.pwned") is None
        assert "Hi <!--<script>" in page.locator("h1").first.inner_text()
        browser.close()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('permalink = "/{titel}/"', "unknown placeholder {titel}"),
        ('permalink = "/tags/{slug}/"', "URLs under /tags/ belong to the site's own pages"),
        ('permalink = "/theme/{slug}/"', "URLs under /theme/"),
        ('base_url = "example.com/blog"', "key 'base_url' must be a full address"),
        ('language = "English"', "key 'language' must be a language code"),
        ("unsafe_html = 1", "key 'unsafe_html' must be true or false"),
        ('keep = "CNAME"', "key 'keep' must be a list of strings"),
        ('keep = ["../notes"]', "key 'keep': '../notes' must name something inside"),
        ('permalink = "/../../{slug}/"', "key 'permalink' must not contain '.', '..'"),
    ],
)
def test_config_mistakes_name_the_key(tmp_path, setting, message):
    write_files(tmp_path, {"sitegen.toml": setting + "\n", **GOOD})
    with pytest.raises(ConfigError, match=message.replace("{", r"\{").replace("}", r"\}")):
        load_config(tmp_path / "sitegen.toml")
    done = run("build", cwd=tmp_path)
    assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr


def test_articles_whose_urls_clash_with_the_sites_pages_are_left_out(site):
    out, result = site({
        "content/tags.md": article("Tags", "2024-01-01"),
        "content/theme.md": article("Theme", "2024-01-02"),
        "content/2024.md": article("Year", "2024-01-03"),
        **GOOD,
    }, config='permalink = "/{slug}/"\n')  # fmt: skip
    errors = {p.path.name: p.message for p in result.errors}
    assert set(errors) == {"tags.md", "theme.md", "2024.md"}
    assert 'href="/tag/fine/"' in (out / "tags/index.html").read_text()  # still the tags index
    assert (out / "theme/style.css").is_file() and (out / "good/index.html").is_file()


def test_relative_urls_are_warned_about_once(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", **GOOD})
    done = run("build", cwd=tmp_path)
    assert done.stderr.count("base_url is '/'") == 1 and "set base_url" in done.stderr
    write_files(tmp_path, {"sitegen.toml": 'base_url = "https://u.github.io/r/"\n'})
    assert "base_url is" not in run("build", cwd=tmp_path).stderr


def test_future_articles_wait_for_their_date(tmp_path):
    soon = (datetime.now(UTC) + timedelta(seconds=3)).strftime("%Y-%m-%d %H:%M:%S+00:00")
    later = (datetime.now(UTC) + timedelta(days=400)).strftime("%Y-%m-%d")
    write_files(tmp_path, {"sitegen.toml": "", **GOOD,
                           "content/soon.md": article("Soon", soon),
                           "content/later.md": article("Later", later)})  # fmt: skip
    done = run("build", cwd=tmp_path)
    assert "content/later.md: warning: dated" in done.stderr and "held back" in done.stderr
    assert "Built 1 article" in done.stderr
    assert not list((tmp_path / "public").glob("*/*/soon"))
    import time

    time.sleep(3.5)
    done = run("build", cwd=tmp_path)  # nothing changed on disk, but a date came due
    assert "Built 2 articles" in done.stderr, done.stderr
    assert run("build", "--future", cwd=tmp_path).stderr.count("held back") == 0
    assert len(list((tmp_path / "public").glob("20*/*/*/index.html"))) == 3


def test_a_billion_laughs_in_defaults_or_config_cannot_hang(tmp_path):
    """TOML has no aliases; YAML is only read from front matter, which is guarded."""
    with pytest.raises(SitegenError, match="excessive aliasing"):
        split_front_matter(bomb(), Path("b.md"))
    assert yaml.safe_load("a: 1") == {"a": 1}
    assert digest(tmp_path) == {}


def test_a_javascript_source_or_image_is_dropped(site):
    hostile = CLIPPING.replace("source: https://news.example.org/story",
                               "source: javascript:alert(document.cookie)\nimage: 'javascript:x'")
    out, result = site({"content/clip.md": hostile})
    page = (out / "2024/03/clip/index.html").read_text()
    assert "javascript:alert(document.cookie)" not in page and 'src="javascript' not in page
    lines = {(p.line, p.message) for p in result.warnings}
    assert (4, "'source' is not a web address (javascript:): left out") in lines
    assert (5, "'image' is not a web address (javascript:): left out") in lines


def test_control_characters_never_reach_a_feed(site):
    import feedparser

    pasted = ("Home News Sport\n\nHarbour\x00 plan\x07 approved\n\nBy Ana Lopes\n\n"
              "Tuesday 2 April 2024 10:00 BST\n\n" + "\n\n".join(
                  f"The council\x0b approved the new plan for the harbour on day {n} after a long "
                  "debate, and residents welcomed the decision." for n in range(6)))  # fmt: skip
    out, _ = site({"content/news/pasted.txt": pasted, **GOOD},
                       config='base_url = "https://u.github.io/r/"\n')  # fmt: skip
    feed = (out / "feed.xml").read_bytes()
    assert b"\x00" not in feed and b"\x07" not in feed and b"\x0b" not in feed
    assert not feedparser.parse(feed).bozo


def test_html_nested_two_hundred_thousand_deep_is_one_line(site):
    deep = "<html><body>" + "<div>" * 200_000 + "text" + "</div>" * 200_000 + "</body></html>"
    out, result = site({"content/deep.html": deep, **GOOD})
    assert (out / "2024/01/good/index.html").is_file()
    (problem,) = result.problems
    assert problem.path.name == "deep.html" and "no article found" in problem.message


def test_a_huge_file_is_not_read(tmp_path):
    from sitegen.content import MAX_BYTES, scan

    write_files(tmp_path, {"content/ok.md": article("Ok", "2024-01-01")})
    with open(tmp_path / "content/huge.md", "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no disk used
    tree = scan(tmp_path / "content")
    assert [rel.name for rel, _ in tree.articles] == ["ok.md"]
    assert "larger than any article" in tree.problems[0].message


def test_a_file_name_cannot_drive_the_terminal(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", **GOOD,
                           "content/\x1b[2J\x1b]0;pwned\x07.md": "---\ntitle: [oops\n---\n"})  # fmt: skip
    done = run("build", cwd=tmp_path)
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "\\x1b[2J\\x1b]0;pwned\\x07.md" in done.stderr


def test_a_site_theme_whose_static_folder_links_out_is_skipped(tmp_path):
    secret = tmp_path / "secret"
    write_files(secret, {"id_rsa": "PRIVATE KEY"})
    site = tmp_path / "site"
    write_files(site, {"sitegen.toml": 'theme = "mine"\n', **GOOD,
                       "themes/mine/templates/.keep": ""})  # fmt: skip
    os.symlink(secret, site / "themes/mine/static")
    result = build(load_config(site / "sitegen.toml"))
    assert not (site / "public/theme/id_rsa").exists()
    assert any("outside the site folder" in p.message for p in result.warnings)
