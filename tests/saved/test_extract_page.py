"""A saved page gives its article: text without chrome, metadata, safe clean markup."""

from __future__ import annotations

import re

from sitegen.saved import extract_page
from tests.saved.pages import PARAGRAPHS, news_page, unsafe_markup


def test_article_text_without_the_site_around_it():
    page = extract_page(news_page().encode())
    assert page.body == PARAGRAPHS
    text = " ".join(page.body)
    for chrome in ("cookies", "Log in", "Share", "Council approves", "commenting forum", "©"):
        assert chrome not in text


def test_metadata_from_the_markup():
    page = extract_page(news_page().encode())
    assert page.title == "Old railway line to become a cycle path"  # without "| Fenwick Herald"
    assert page.authors == ["Sam Okafor"]
    assert page.published == "2024-05-07T09:15:00+02:00"  # time and zone kept
    assert page.canonical == "https://fenwickherald.example/news/2024/05/railway-path"
    assert page.site_name == "Fenwick Herald"
    assert page.language == "en"


def test_date_from_article_published_time_meta():
    head = '<meta property="article:published_time" content="2023-11-02T17:40:00-05:00">'
    page = extract_page(news_page(head=head, published=None).encode())
    assert page.published == "2023-11-02T17:40:00-05:00"


def test_scripts_handlers_and_javascript_links_never_reach_the_body():
    inside = """
    <p>Officials <a href="javascript:alert(1)">said</a> the plan <b onclick="steal()">was final</b>
    and <a href="/news/plan" onmouseover="x()">published it</a> in full this week.</p>
    <script>document.write('<p>injected</p>')</script>
    <style>p { color: red }</style>
    <iframe src="https://ads.example/frame"></iframe>
    <form action="/subscribe"><input name="email"><button>Subscribe</button></form>
    <img src="https://fenwickherald.example/pixel.gif" width="1" height="1">
    <p><img src="https://fenwickherald.example/path.jpg" alt="The old line" onerror="x()"></p>
    """
    page = extract_page(news_page(inside=inside).encode())
    html = page.body_html
    assert unsafe_markup(html) == []
    assert "javascript:" not in html
    assert "injected" not in html and "pixel.gif" not in html
    assert "Officials" in html and "published it" in html
    # relative links point where they pointed on the web
    assert 'href="https://fenwickherald.example/news/plan"' in html


def test_broken_markup_still_gives_the_article():
    broken = news_page().replace("</p>", "").replace("</div>", "").replace("</article>", "<div>")
    page = extract_page(broken.encode())
    assert [p[:40] for p in page.body] == [p[:40] for p in PARAGRAPHS]


def test_structure_is_kept():
    inside = """<h2>What happens next</h2>
    <ul><li>Surveys of the old embankments this summer.</li><li>Tenders for the bridge works.</li></ul>
    <blockquote><p>It is the best news this town has had in years, one resident wrote.</p></blockquote>
    <table><tr><th>Section</th><th>Miles</th></tr><tr><td>Ashby to Mill Lane</td><td>4</td></tr></table>
    <p>The council will publish the full timetable for the works in the autumn, it said.</p>"""
    html = extract_page(news_page(inside=inside).encode()).body_html
    for tag in ("<h2>", "<ul>", "<li>", "<blockquote>", "<table>", "<th>", "<td>"):
        assert tag in html


def test_a_related_box_between_paragraphs_goes():
    paras = [*PARAGRAPHS[:2], '<a href="/news/x">Also read: Bridge closure extended into June</a>',
             *PARAGRAPHS[2:]]  # fmt: skip
    page = extract_page(news_page(paras).encode())
    assert page.body == PARAGRAPHS


def test_lead_image_and_its_caption():
    top = """<figure><img src="/img/path-1200.jpg" alt="The old railway bridge at Ashby">
    <figcaption>The old railway bridge at Ashby will carry the path over the river.</figcaption>
    </figure>"""
    page = extract_page(
        news_page(inside="", body_top="")
        .replace('<div class="article-body">', '<div class="article-body">' + top)
        .encode()
    )
    assert page.image is not None
    assert page.image.src == "https://fenwickherald.example/img/path-1200.jpg"
    assert page.image.alt == "The old railway bridge at Ashby"
    assert page.image.caption.startswith("The old railway bridge at Ashby will carry")
    assert page.body == PARAGRAPHS  # the caption is the picture's, not the text's
    assert "path-1200.jpg" not in page.body_html  # shown by the theme above the text


def test_pictures_in_the_text_become_figures_with_captions():
    inside = """<figure><img src="/img/embankment.jpg" alt="Embankment">
    <figcaption>Volunteers cleared the embankment near Fenwick last year.</figcaption></figure>
    <p>The second section, through the cutting at Fenwick, will follow once funds allow.</p>"""
    html = extract_page(news_page(inside=inside).encode()).body_html
    assert re.search(r"<figure><img[^>]+embankment\.jpg[^>]*><figcaption>Volunteers", html)


def test_no_article_gives_no_blocks():
    index = """<html><head><title>Fenwick Herald - News</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <ul><li><a href="/a">Council approves new budget</a></li>
    <li><a href="/b">Bridge closure extended into June</a></li>
    <li><a href="/c">School wins regional chess title</a></li></ul></body></html>"""
    assert extract_page(index.encode()).blocks == []
    login = """<html><body><h1>Subscribe to keep reading</h1><form><input name="email">
    <input type="password"><button>Log in</button></form></body></html>"""
    assert extract_page(login.encode()).blocks == []


def test_nothing_at_all():
    for data in (b"", b"\x00\xff\xfe", b"<html></html>", b"just some words"):
        assert extract_page(data).blocks == []


def test_a_wrong_charset_declaration_gives_no_mojibake():
    paras = ["Café owners in Fenwick say the path will bring “many more” visitors this summer,"
             " and at least one has already ordered new bike racks for the façade."]  # fmt: skip
    data = news_page(paras + PARAGRAPHS, charset='<meta charset="utf-8">').encode("cp1252")
    page = extract_page(data)
    assert page.body[0] == paras[0]


def test_a_japanese_article_is_an_article():
    paras = [
        "先日、不正に改造した製品を販売したとして、商標法違反の疑いで男性が逮捕されたというニュースがありました。",
        "報道によると、販売されたのは正規品の部品を交換したもので、元の商標がそのまま表示されていました。",
        "商標は品質を保証する役割も持つため、改造品に元の商標を付けたまま販売すると問題になることがあります。",
    ]
    page = extract_page(news_page(paras).encode())
    assert page.blocks  # not taken for an empty page: its words are not separated by spaces
    assert all(p in " ".join(page.body) for p in paras)


def test_what_the_browser_does_not_show_is_not_text():
    inside = """<div class="hide"><p>An error has occurred, please try again later.</p></div>
    <p hidden>This article has been sent to your friend, thank you for sharing it.</p>
    <div style="display: none"><p>Your session has expired, please sign in again to continue.</p></div>"""
    page = extract_page(news_page(inside=inside).encode())
    assert page.body == PARAGRAPHS


def test_footnotes_citing_sources_stay_though_they_are_links():
    inside = """<p>[1] <a href="https://journal.example/alarm-fatigue">Alarm fatigue: impacts on patient
    safety, Ruskin KJ, Curr Opin Anaesthesiol. 2015</a></p>"""
    page = extract_page(news_page(inside=inside).encode())
    assert page.body[-1].startswith("[1] Alarm fatigue")


def test_links_that_cannot_be_resolved_keep_their_text_but_not_their_link():
    inside = """<p>The council <a href="/news/plan">published the plan</a> and a
    <a href="#map">map of the route</a>; questions go to
    <a href="mailto:desk@fenwickherald.example">the desk</a> before the end of the month.</p>
    <p><img src="/img/route.jpg" alt="Route"></p>"""
    page_html = news_page(inside=inside)
    anonymous = page_html.replace(
        '<link rel="canonical" href="https://fenwickherald.example/news/2024/05/railway-path">', ""
    )
    html = extract_page(anonymous.encode()).body_html
    assert "published the plan" in html and "map of the route" in html
    assert 'href="/' not in html and 'href="#' not in html and 'src="/' not in html
    assert 'href="mailto:desk@fenwickherald.example"' in html
    based = anonymous.replace("<head>", '<head><base href="https://fenwickherald.example/">')
    html = extract_page(based.encode()).body_html
    assert 'href="https://fenwickherald.example/news/plan"' in html


def test_the_date_in_the_byline_is_no_second_author():
    """trafilatura splits "By Marta Kowalski, March 5, 2024" into two "authors"."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = extract_page(
        ("<html><head><title>Timetables</title></head><body><article><h1>Timetables</h1>"
         '<p class="byline">By Marta Kowalski, March 5, 2024</p>' + paragraphs
         + "</article></body></html>").encode())  # fmt: skip
    assert page.authors == ["Marta Kowalski"]
