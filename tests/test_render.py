"""Themes: site templates override by name; a theme extends the default without copying it."""

from __future__ import annotations

import json
import re

import markupsafe
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from sitegen.render import display_date
from tests.conftest import article, write_files


def test_site_template_overrides_theme_template(site):
    out, _ = site(
        {
            "content/a.md": article("A", "2024-01-05"),
            "templates/404.html": '{% extends "base.html" %}{% block main %}<p>Custom lost page</p>{% endblock %}',
        }
    )
    assert "Custom lost page" in (out / "404.html").read_text()
    assert "Skip to content" in (out / "404.html").read_text()  # still the default base


def test_theme_extends_default_and_adds_static_files(site, tmp_path):
    write_files(
        tmp_path,
        {
            "themes/tidy/theme.toml": 'extends = "default"\n',
            "themes/tidy/templates/base.html": '{% extends "default/base.html" %}{% block head %}<meta name="theme" content="tidy">{% endblock %}',
            "themes/tidy/static/extra.css": "body{}",
        },
    )
    out, _ = site({"content/a.md": article("A", "2024-01-05")}, config='theme = "tidy"\n')
    page = (out / "2024/01/a/index.html").read_text()
    assert '<meta name="theme" content="tidy">' in page and "<h1>A</h1>" in page
    assert (out / "theme/extra.css").is_file() and (out / "theme/style.css").is_file()


def test_article_page_metadata(site):
    out, _ = site(
        {
            "content/a.md": article(
                "Title </script>",
                "2017-10-22 11:18",
                ["Syria"],
                subtitle="Standfirst",
                author="Samuel Osborne",
            )
        },
        config='base_url = "https://ex.org/"\ntimezone = "Europe/London"\n',
    )
    page = (out / "2017/10/a/index.html").read_text()
    assert '<link rel="canonical" href="https://ex.org/2017/10/a/">' in page
    assert '<meta property="og:title" content="Title &lt;/script&gt;">' in page
    assert (
        '<time datetime="2017-10-22T11:18:00+01:00">Sunday 22 October 2017, 11:18 BST</time>'
        in page
    )
    assert 'href="/tag/syria/" rel="tag"' in page
    ld = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    )
    assert ld["@type"] == "NewsArticle" and ld["headline"] == "Title </script>"
    assert ld["author"] == [{"@type": "Person", "name": "Samuel Osborne"}]
    assert ld["keywords"] == ["Syria"]
    assert ld["mainEntityOfPage"] == "https://ex.org/2017/10/a/"
    assert '<html lang="en">' in page


def test_neighbour_links(site):
    out, _ = site(
        {
            f"content/{n}.md": article(n, d)
            for n, d in [("old", "2024-01-01"), ("mid", "2024-01-02"), ("new", "2024-01-03")]
        }
    )
    mid = (out / "2024/01/mid/index.html").read_text()
    assert 'href="/2024/01/old/" rel="prev"' in mid and 'href="/2024/01/new/" rel="next"' in mid


def test_display_date_without_time(site):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    d = datetime(2020, 2, 3, tzinfo=ZoneInfo("UTC"))
    assert display_date(d, with_time=False) == "Monday 3 February 2020"


def test_lists_show_a_short_date_and_the_article_the_full_one(site):
    out, _ = site({"content/a.md": article("A", "2026-01-11 11:00")})
    home = (out / "index.html").read_text()
    page = (out / "2026/01/a/index.html").read_text()
    assert ">11 Jan 2026</time>" in home and "Sunday" not in home
    assert ">Sunday 11 January 2026, 11:00 UTC</time>" in page


def test_every_page_has_the_themes_favicon(site):
    out, _ = site({"content/a.md": article("A", "2024-01-05")})
    assert '<link rel="icon" href="/theme/favicon.svg" type="image/svg+xml">' in (
        out / "2024/01/a/index.html").read_text()
    assert (out / "theme/favicon.svg").read_text().startswith("<svg")


def test_a_tag_page_says_how_many_links_its_feed_and_leads_back_to_all_tags(site):
    out, _ = site({f"content/p{i}.md": article(f"P{i}", f"2024-01-0{i + 1}", ["harbour"])
                   for i in range(3)})  # fmt: skip
    page = (out / "tag/harbour/index.html").read_text()
    assert '<p class="list-meta">3 articles · <a href="/tag/harbour/feed.xml">Atom feed</a> · ' \
           '<a href="/tags/">All tags</a></p>' in page  # fmt: skip
    index = (out / "tags/index.html").read_text()
    assert '<a href="/tag/harbour/">harbour <span class="count">3</span></a>' in index


def test_a_cached_block_is_rendered_once_per_key_and_reused(tmp_path):
    """``{% call cached(key) %}``: what the archives index keys each month's list by, so a
    live server renders one month again after an edit, not every title."""
    from sitegen.config import load_config
    from sitegen.render import make_environment

    write_files(tmp_path, {"sitegen.toml": 'title = "T"\n'})
    env = make_environment(load_config(tmp_path / "sitegen.toml"))
    calls: list[str] = []
    env.globals["seen"] = lambda name: calls.append(name) or name
    template = env.from_string(
        "{% for n in names %}{% call cached('greet', n) %}<{{ seen(n) }}>{% endcall %}"
        "{% endfor %}")  # fmt: skip
    assert template.render(names=["a", "b", "a"]) == "<a><b><a>"
    assert template.render(names=["b", "c & d"]) == "<b><c &amp; d>"  # escaped as ever
    assert calls == ["a", "b", "c & d"]  # each key's block rendered once


def test_each_articles_list_entry_is_rendered_once_before_pages_are_spread(tmp_path):
    """Processes rendering pages would each render most articles' list entries again:
    ``prime`` renders every article's entry once, spread over processes, for all of them.
    A per-article template that fails is left to the page that calls it to report."""
    from sitegen.build import read_articles
    from sitegen.config import load_config
    from sitegen.incremental.workers import prime
    from sitegen.pages import plan
    from sitegen.render import PerArticle, make_environment

    count = 250  # enough to be spread over processes
    write_files(tmp_path, {"sitegen.toml": 'title = "T"\n', **{
        f"content/a{n}.md": article(f"Article {n} <&>", f"2024-01-{n % 28 + 1:02d}", ["t"])
        for n in range(count)}})  # fmt: skip
    config = load_config(tmp_path / "sitegen.toml")
    articles, _ = read_articles(config)
    shown = [p.articles[0] for p in plan(articles, config)[0] if p.kind == "article"]
    env = make_environment(config)
    prime(env, shown, 2)
    summary, related = env.globals["summary"], env.globals["related_item"]
    assert len(summary.done) == len(related.done) == count
    rendered_here = PerArticle(env, "summary.html")
    assert all(summary(a) == rendered_here(a) for a in shown)  # the same entries
    assert any("Article 7 &lt;&amp;&gt;</a>" in summary(a) for a in shown)

    write_files(tmp_path, {"templates/summary.html": "{{ article.no_such_field }}"})
    broken = make_environment(config)
    prime(broken, shown, 2)
    assert broken.globals["summary"].done == {} and len(broken.globals["related_item"].done) == count


def test_calls_in_templates_pass_what_each_callable_asks_for_as_jinja_does(tmp_path):
    """sitegen's quicker ``Context.call`` hands a context (seeing the loop's and block's
    variables), an evaluation context or the environment to what is marked for one, calls
    the rest as they are, and renders every template as Jinja's own would."""
    import jinja2

    from sitegen.config import load_config
    from sitegen.render import make_environment

    class Shout:
        @jinja2.pass_context
        def __call__(self, ctx, word):
            return f"{word.upper()} in {ctx.get('where')}"

    write_files(tmp_path, {"sitegen.toml": 'title = "T"\n'})
    env = make_environment(load_config(tmp_path / "sitegen.toml"))
    env.globals.update(
        shout=Shout(),
        seen=jinja2.pass_context(lambda ctx, name: f"{name}:{ctx.get('y')}/{ctx.get('where')}"),
        escaping=jinja2.pass_eval_context(lambda ev, s: f"{s}:{ev.autoescape}"),
        env_name=jinja2.pass_environment(lambda e: type(e).__name__),
        plain=lambda a, b=0: a + b,
        stop=lambda: next(iter(())),
    )
    source = (
        "{% macro twice(s) %}{{ s }}{{ s }}{% endmacro %}"
        "{% block b %}{% set where = 'block' %}{% for x in [1, 2] %}{% set y = x %}{{ seen('n') }};"
        "{% endfor %}{{ shout('hi') }}{% endblock %}|{{ escaping('e') }}|{{ env_name() }}|"
        "{{ plain(1, b=2) }}|{{ 'a-b'.split('-') | join }}|{{ twice('<>') }}|{{ stop() is undefined }}|"
        "{{ {'k': 'v'}.get('k') }}"
    )
    expected = "n:1/top;n:2/top;HI in block|e:True|Environment|3|ab|&lt;&gt;&lt;&gt;|True|v"
    assert env.from_string(source).render(where="top") == expected
    env.context_class = jinja2.runtime.Context  # Jinja's own: the same page
    assert env.from_string(source).render(where="top") == expected


def test_templates_see_the_environments_globals_and_keep_their_own_to_themselves(tmp_path):
    """Templates without globals of their own read the environment's (a global added later
    is seen, as through Jinja's ChainMap); one given its own keeps them from the others."""
    from sitegen.config import load_config
    from sitegen.render import make_environment

    write_files(tmp_path, {"sitegen.toml": 'title = "T"\n',
                           "templates/hello.html": "{{ greeting }}, {{ name }}"})  # fmt: skip
    env = make_environment(load_config(tmp_path / "sitegen.toml"))
    env.globals["greeting"] = "Hello"
    assert env.get_template("hello.html").render(name="Ana") == "Hello, Ana"
    env.globals["greeting"] = "Hi"
    assert env.get_template("hello.html").render(name="Ana") == "Hi, Ana"
    own = env.from_string("{{ greeting }} {{ mine }}", globals={"mine": "only here"})
    assert own.render() == "Hi only here"
    assert "mine" not in env.globals
    assert env.from_string("{{ greeting }}").render() == "Hi"


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.none(),
                 st.builds(Markup, st.text()), st.lists(st.text(max_size=3), max_size=3)))
def test_templates_escape_whatever_they_print_as_markupsafe_does(value):
    from sitegen import render

    class Named(str):  # a subclass of str goes the long way, as in markupsafe
        pass

    for shown in (value, Named(str(value))):
        escaped = render.escape(shown)
        assert type(escaped) is Markup and escaped == markupsafe.escape(shown)


def test_a_page_renders_as_under_jinjas_own_template_class(tmp_path):
    import jinja2

    from sitegen import render
    from sitegen.config import load_config

    write_files(tmp_path, {"sitegen.toml": 'title = "T & <Co>"\n'})
    source = ('{% macro m(x) %}<b title="{{ x }}">{{ x }}</b>{% endmacro %}{{ m(t) }}{{ t }}'
              "{{ safe }}{{ n }}{{ t ~ safe }}{{ [t] }}{{ none }}")
    values = {"t": "a<b>&'\"", "safe": Markup("<i>ok</i>"), "n": 3}
    env = render.make_environment(load_config(tmp_path / "sitegen.toml"))
    ours = env.from_string(source)
    assert ours.root_render_func.__globals__["escape"] is render.escape  # the quick path is taken
    env.template_class = jinja2.Template
    assert ours.render(values) == env.from_string(source).render(values)


def test_a_phrase_in_a_loop_or_block_reads_the_language_they_set_and_else_the_pages(tmp_path):
    import jinja2

    from sitegen import render
    from sitegen.config import load_config

    write_files(tmp_path, {"sitegen.toml": 'title = "T"\n',
                           "themes/default/i18n/fr.toml": '"Next" = "Suivant"\n'})  # fmt: skip
    env = render.make_environment(load_config(tmp_path / "sitegen.toml"))
    source = ("{{ _('Next') }}|{% for x in [1] %}{% set y = x %}{{ _('Next') }}{% endfor %}|"
              "{% for lang in ['fr', 'en'] %}{{ _('Next') }},{% endfor %}|"  # as Jinja: not seen
              "{% block b %}{% set lang = 'fr' %}{{ _('Next') }}{% endblock %}|"
              "{% for x in [1] %}{% set lang = 'en' %}{{ _('Next') }}{% endfor %}")
    expected = env.from_string(source).render(lang="fr")
    assert expected == "Suivant|Suivant|Suivant,Suivant,|Suivant|Next"
    env.context_class = jinja2.runtime.Context  # Jinja's own, which copies the context each call
    assert env.from_string(source).render(lang="fr") == expected
