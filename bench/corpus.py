"""A reproducible generator of synthetic articles: Markdown posts and pasted pages with chrome.

    python bench/corpus.py OUT_DIR --count 1000 [--kind md|txt|both] [--seed 1]

The same seed always writes the same files. Pasted pages imitate what a browser's
"select all, copy" gives: a menu, a headline, a standfirst, a byline, a date with
its zone, paragraphs with a teaser headline dropped between them, and a tail of
comment and newsletter prompts.
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

WORDS = (
    "harbour council ferry vote residents market bridge river station school budget report "
    "winter summer plan city village road train museum library festival water power street "
    "district minister committee survey workers union company farmers weather coast island"
).split()
VERBS = "said announced agreed rejected found warned expected approved reported promised".split()
TAGS = ["news", "travel", "politics", "science", "books", "transport", "climate", "sport",
        "health", "culture", "business", "local", "europe", "asia", "music", "food"]  # fmt: skip
NAMES = ["Ana Lopes", "Tom Reyes", "Jane Roe", "Samuel Park", "Mara Lind", "Ines Marlow"]
MENU = ["Home", "News", "Sport", "Business", "Opinion", "Culture", "Travel", "Sign in"]
TAIL = ["Comments", "Join the conversation", "Most read", "Sign up to our newsletter",
        "Share this article", "© The Example Times"]  # fmt: skip


def sentence(rng: random.Random, words: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(words - 2))
    return f"The {body} {rng.choice(VERBS)}."


def headline(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10))).capitalize()


def article_parts(rng: random.Random, n: int) -> dict[str, object]:
    date = datetime(2015, 1, 1) + timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
    return {
        "title": headline(rng) + f" {n}",
        "subtitle": sentence(rng, rng.randint(10, 18)),
        "author": rng.choice(NAMES),
        "date": date,
        "tags": sorted(rng.sample(TAGS, rng.randint(1, 4))),
        "paragraphs": [
            " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(4, 12))
        ],
    }


def markdown(parts: dict[str, object]) -> str:
    date: datetime = parts["date"]  # type: ignore[assignment]
    return (
        "---\n"
        f'title: "{parts["title"]}"\n'
        f'subtitle: "{parts["subtitle"]}"\n'
        f"author: {parts['author']}\n"
        f"date: {date:%Y-%m-%dT%H:%M:%S}\n"
        f"tags: [{', '.join(parts['tags'])}]\n"  # type: ignore[arg-type]
        "---\n\n" + "\n\n".join(parts["paragraphs"]) + "\n"  # type: ignore[arg-type]
    )


def pasted(parts: dict[str, object], rng: random.Random) -> str:
    date: datetime = parts["date"]  # type: ignore[assignment]
    paragraphs = list(parts["paragraphs"])  # type: ignore[call-overload]
    paragraphs.insert(len(paragraphs) // 2, headline(rng))  # a teaser of another story
    lines = [*MENU, "", parts["title"], "", parts["subtitle"], "", parts["author"],
             f"{date:%A} {date.day} {date:%B %Y %H:%M} GMT", "Comments", ""]  # fmt: skip
    lines += [p for para in paragraphs for p in (para, "")]
    lines += [*TAIL, *(headline(rng) for _ in range(3))]
    return "\n".join(str(x) for x in lines) + "\n"


def generate(out: Path, count: int, kind: str = "md", seed: int = 1) -> list[Path]:
    """Write ``count`` articles into ``out`` (spread over a few section folders)."""
    rng = random.Random(seed)
    written = []
    for n in range(count):
        parts = article_parts(rng, n)
        folder = out / ["notes", "world", "reading", "travel"][n % 4]
        folder.mkdir(parents=True, exist_ok=True)
        as_text = kind == "txt" or (kind == "both" and n % 2)
        path = folder / f"article-{n:05d}.{'txt' if as_text else 'md'}"
        path.write_text(pasted(parts, rng) if as_text else markdown(parts), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--kind", choices=["md", "txt", "both"], default="md")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(f"wrote {len(generate(a.out, a.count, a.kind, a.seed))} articles to {a.out}")


if __name__ == "__main__":
    main()
