"""Pasted pages build into clean article pages."""

from __future__ import annotations

import os

from tests.conftest import REPO

PASTED = """\
Home
Local
Weather
Sign in

Old ferry pier to stay open after vote

Commissioners reject plans for a marina on the site

By Ana Lopes
Monday 3 May 2021 18:05 BST

Share
Comments

The harbour commission voted on Monday evening to keep the old ferry pier open.

Commissioners heard from fishermen, residents and the ferry operator over three hours.

Storm damage closes coastal path for the summer

Most speakers asked for the pier to be repaired rather than replaced with a marina.

Join the conversation
Most read
Ferry fares to rise in June
"""


def test_pasted_page_becomes_a_clean_article(site):
    out, result = site(
        {
            "content/harbour/pier.txt": PASTED,
            "content/harbour/_defaults.toml": 'site_name = "Harbour Times"\ntags = ["harbour"]\n',
        }
    )
    assert not result.problems, result.problems
    page = (out / "2021/05/pier/index.html").read_text()
    assert "<h1>Old ferry pier to stay open after vote</h1>" in page
    assert '<p class="standfirst">Commissioners reject plans for a marina on the site</p>' in page
    assert 'datetime="2021-05-03T18:05:00+01:00"' in page and "18:05 BST" in page
    assert ">Ana Lopes</a>" in page
    assert "Storm damage" not in page and "Join the conversation" not in page
    assert "Sign in" not in page and "Ferry fares" not in page
    assert "Harbour Times" in page and 'href="/tag/harbour/"' in page
    assert '<html lang="en">' in page


NOTICE = "\n".join([
    "Privacy Overview",
    "This website uses cookies to improve your experience while you navigate through the "
    "website. Out of these, the cookies that are categorised as necessary are stored on your "
    "browser as they are essential for the working of basic functions of the website.",
    "Necessary",
    "Necessary cookies are absolutely essential for the website to function properly. This "
    "category only includes cookies that ensure the basic functions and security features "
    "of the website, and they store no personal information.",
    "Non-necessary",
    "Any cookies that may not be particularly necessary for the website to function and are "
    "used to collect personal data through analytics, adverts or other embedded contents "
    "are non-necessary cookies, set only with your consent.",
])


def test_a_notice_two_pasted_pages_of_one_site_print_stays_out_of_both(site):
    """A folder saved from several sites: the cookie notice the Harbour Times prints under
    both its articles, longer than either, is the site's, and neither article page shows
    it; the paragraphs the two articles share beside their own stay."""
    library = PASTED.replace("Old ferry pier to stay open after vote", "Library to close") \
        .replace("The harbour commission voted on Monday evening to keep the old ferry pier "
                 "open.", "The council voted on Monday evening to close the library branch.")
    out, result = site({
        "content/saved/pier.txt": f"{PASTED}\n{NOTICE}\n",
        "content/saved/library.txt": f"{library}\n{NOTICE}\n",
        "content/saved/other.txt": "Seals return to the bay\n\nBy Jo Lee\n3 May 2021\n\n"
                                   "Grey seals were counted on the sandbank this spring.\n",
    })
    assert not result.errors, result.errors
    for slug, own in (("pier", "to keep the old ferry pier"), ("library", "library branch")):
        page = (out / f"2021/05/{slug}/index.html").read_text()
        assert own in page and "Commissioners heard from fishermen" in page
        assert "cookies" not in page


def test_no_date_is_a_warning_and_the_file_time_is_used(site, tmp_path):
    text = PASTED.replace("Monday 3 May 2021 18:05 BST\n", "")
    path = tmp_path / "content/pier.txt"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    os.utime(path, (1600000000, 1600000000))  # 2020-09-13
    out, result = site({})
    assert [str(p) for p in result.warnings] == [
        f"{path}: warning: no publication date found; placed by the file's modification time"
    ]
    page = (out / "2020/09/pier/index.html").read_text()
    assert "date of the saved file" in page


def test_paragraphs_alone_keep_every_paragraph_and_are_named_after_the_file(site):
    """A paste of the article's paragraphs alone, no headline: none of them is taken for
    one (and lost from the body); the page is named after its file, with a warning."""
    paragraphs = [
        "The first hard frost came last night, and this morning the reeds were white all the "
        "way down to the water's edge.",
        "I walked out at seven with the dog and counted eleven snipe along the ditch, more "
        "than I have seen there in years.",
        "By nine the sun had burned the frost off the south side of the marsh, but the north "
        "bank stayed white all day long.",
    ]
    out, result = site({"content/first-frost.txt": "12 May 2021\n" + "\n".join(paragraphs)})
    assert [str(p) for p in result.warnings] == [
        f"{out.parent / 'content/first-frost.txt'}: warning: no title found; named after "
        "the file"
    ]
    page = (out / "2021/05/first-frost/index.html").read_text()
    assert "<h1>First frost</h1>" in page or ">First frost</h1>" in page
    assert all(p in page for p in paragraphs)


def test_a_web_pages_markup_saved_as_text_is_read_as_a_saved_page(site):
    """"View source" saved as page.txt: its tags are not pasted text to print."""
    markup = (
        "<!DOCTYPE html>\n<html><head><title>Ferry timetable</title></head><body>\n"
        "<article><h1>Ferry timetable changes after year of complaints</h1>\n"
        "<p>By Ana Lopes, 3 May 2021</p>\n"
        "<p>The harbour board approved the new ferry timetable on Monday after a year of "
        "complaints from island residents about missed connections on the mainland.</p>\n"
        "<p>Under the new timetable, the first boat will leave at 6am, an hour earlier than "
        "now, and the last will return after 10pm on weekdays and Saturdays.</p>\n"
        "<script>alert(1)</script></article></body></html>\n"
    )
    out, result = site({"content/ferry.txt": markup})
    pages = list(out.glob("**/ferry/index.html"))
    assert len(pages) == 1
    page = pages[0].read_text()
    assert "Ferry timetable changes after year of complaints</h1>" in page
    assert "&lt;p&gt;" not in page and "alert(1)" not in page
    assert "The harbour board approved the new ferry timetable" in page
    assert any("read as a saved page" in str(p) for p in result.warnings)


def test_a_date_far_from_the_article_is_used_with_a_warning_naming_its_line(site):
    menu = "\n".join(f"Section {n}" for n in range(40))
    text = "12 May 2021\n" + menu + "\n" + PASTED.replace("Monday 3 May 2021 18:05 BST\n", "")
    out, result = site({"content/pier.txt": text})
    assert [str(p) for p in result.warnings] == [
        f"{out.parent / 'content/pier.txt'}:1: warning: date taken from a line far from the "
        "headline (the page prints none beside it): check it"
    ]
    assert (out / "2021/05/pier/index.html").is_file()


def test_page_with_no_article_is_an_error_not_an_empty_page(site):
    out, result = site({"content/menu.txt": "Home\nNews\nSport\n", "content/ok.txt": PASTED})
    assert any("no article text" in str(p) for p in result.errors)
    assert (out / "2021/05/ok/index.html").is_file()


def test_web_clipping_is_cleaned_but_own_posts_are_not(site):
    clipping = "---\nsource: https://harbour.example/pier\n---\n" + PASTED.replace(
        "The harbour commission voted", "The **harbour commission** voted"
    )
    own = "---\ntitle: Notes\ndate: 2021-05-04\n---\n" + PASTED
    out, _ = site({"content/clip.md": clipping, "content/own.md": own})
    clip = (out / "2021/05/clip/index.html").read_text()
    assert "<strong>harbour commission</strong>" in clip
    assert "Storm damage" not in clip and "Join the conversation" not in clip
    assert "<h1>Old ferry pier to stay open after vote</h1>" in clip
    assert 'href="https://harbour.example/pier"' in clip  # "Originally published at"
    mine = (out / "2021/05/own/index.html").read_text()
    assert "Storm damage" in mine and "Join the conversation" in mine


def test_the_users_own_example_builds_clean(tmp_path):
    import shutil

    from sitegen.build import build
    from sitegen.config import load_config

    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "sitegen.toml", tmp_path / "sitegen.toml")
    result = build(load_config(tmp_path / "sitegen.toml"))
    assert not result.problems
    page = (tmp_path / "public/2017/10/raqqa/index.html").read_text()
    body = page.split('<div class="body">')[1].split("</div>")[0]
    assert "<h1>Russia compares US-led bombing of Raqqa to WWII destruction of Dresden</h1>" in page
    assert "Russia's Defence Ministry has repeatedly been forced" in page
    assert "Samuel Osborne" in page and "11:18 BST" in page
    assert body.count("<p>") == 11
    for chrome in (
        "Comments",
        "Isis completely driven out",
        "regist",
        "logged in",
        "commenting forum",
    ):
        assert chrome not in body
