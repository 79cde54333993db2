"""Whatever bytes a saved page holds, reading it never crashes and never lets markup run."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.saved import extract_page
from sitegen.saved.sanitize import sanitize
from tests.saved.pages import news_page, unsafe_markup

TAGS = ["p", "div", "script", "style", "a", "img", "iframe", "table", "td", "h1", "h2", "ul",
        "li", "figure", "figcaption", "article", "span", "b", "form", "svg", "object"]  # fmt: skip
ATTRS = ['onclick="x()"', 'href="javascript:alert(1)"', 'src="/a.jpg"', 'class="caption"',
         'style="display:none"', 'width="1"', 'href="https://example.org/"', ""]  # fmt: skip


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Tag soup: random nesting, unclosed tags, hostile attributes, random text."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            parts.append(f"<{tag} {draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=80)))
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_are_read_without_error(data):
    page = extract_page(data)
    assert isinstance(page.body, list)
    assert unsafe_markup(page.body_html) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup())
def test_tag_soup_inside_an_article_never_runs(soup):
    page = extract_page(news_page(inside=soup).encode("utf-8", "surrogatepass"))
    assert unsafe_markup(page.body_html) == []


@settings(max_examples=200, deadline=None)
@given(markup())
def test_the_sanitiser_output_is_safe(soup):
    clean = sanitize(soup)
    assert unsafe_markup(clean) == []
    assert unsafe_markup(sanitize(clean)) == []


def test_the_safety_check_sees_what_it_looks_for():
    assert unsafe_markup('<p onclick="x()">a</p>') == ["p[onclick]"]
    assert unsafe_markup('<a href=" javascript:alert(1)">a</a>') != []
    assert unsafe_markup("<script>x()</script>") == ["<script>"]
    assert unsafe_markup("&lt;script&gt; is text") == []
