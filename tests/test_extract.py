"""``sitegen extract`` prints the cleaned article and, asked, why each line went."""

from __future__ import annotations

import json

from tests.readers.test_text import PASTED
from tests.test_cli import run


def test_json_schema_and_explain(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(PASTED)
    before = path.read_bytes()
    done = run("extract", str(path), "--explain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"title", "subtitle", "author", "date", "language", "body", "removed",
                         "kept"}
    assert data["author"] == "Ana Lopes" and data["date"] == "2021-05-03T18:05:00+01:00"
    assert data["language"] == "en" and len(data["body"]) == 3
    removed = {r["text"]: r for r in data["removed"]}
    assert removed["Storm damage closes coastal path for the summer"]["line"] == 20
    assert all(r["reason"] for r in data["removed"])
    kept = {k["text"]: k for k in data["kept"]}  # every line that stays, and why
    assert kept[data["title"]]["role"] == "title"
    assert {k["role"] for k in data["kept"] if k["text"] in data["body"]} == {"body"}
    assert all(k["reason"] for k in data["kept"])
    lines = [line for line in PASTED.splitlines() if line.strip()]
    assert len(data["kept"]) + len(data["removed"]) == len(lines)  # each line explained once
    assert path.read_bytes() == before  # the source is never modified


def test_markdown_and_text_formats(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(PASTED)
    md = run("extract", str(path), "--format", "md", cwd=tmp_path).stdout
    assert md.startswith("# Old ferry pier to stay open after vote\n")
    text = run("extract", str(path), "--format", "text", "--explain", cwd=tmp_path)
    assert "Storm damage" not in text.stdout
    assert "pier.txt:20: headline-like line" in text.stderr


def test_saved_html_page(tmp_path):
    from tests.saved.pages import PARAGRAPHS, news_page

    path = tmp_path / "path.html"
    path.write_text(news_page())
    done = run("extract", str(path), "--explain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["title"] == "Old railway line to become a cycle path"
    assert data["date"] == "2024-05-07T09:15:00+02:00" and data["author"] == "Sam Okafor"
    assert data["body"] == PARAGRAPHS
    assert data["url"] == "https://fenwickherald.example/news/2024/05/railway-path"
    assert all("block" in r and r["reason"] for r in data["removed"])
    md = run("extract", str(path), "--format", "md", cwd=tmp_path).stdout
    assert md.startswith("# Old railway line to become a cycle path\n") and PARAGRAPHS[0] in md
    text = run("extract", str(path), "--format", "text", cwd=tmp_path).stdout
    assert text.rstrip().endswith(PARAGRAPHS[-1])


def test_a_pages_markup_saved_as_text_is_read_as_the_saved_page_it_is(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("<!DOCTYPE html>\n<html><body><article>"
                    "<h1>Ferry timetable changes after year of complaints</h1>"
                    "<p>The harbour board approved the new ferry timetable on Monday after a year "
                    "of complaints from island residents about missed connections.</p>"
                    "<p>Under the new timetable, the first boat will leave at 6am, an hour earlier "
                    "than now, and the last will return after 10pm.</p>"
                    "</article></body></html>\n")  # fmt: skip
    done = run("extract", str(path), cwd=tmp_path)
    data = json.loads(done.stdout)
    assert data["title"] == "Ferry timetable changes after year of complaints"
    assert not any("<" in text for text in data["body"])
