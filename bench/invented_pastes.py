"""The pasted-text cleaner on invented pastes of the forms issue 12 names, with known truth.

    python bench/invented_pastes.py [--pages 300] [--seed 1] [--show]

Each page is put together at random from parts a browser paste of a news article has:
navigation labels ("Top Picks", "Follow Along"), sometimes a masthead's date of the day
and a kicker, the headline (long, of two words, of sentences with full stops), sometimes
a standfirst, a byline in one of several forms (with or without "By", a name beside its
outlet or its role, a name over a role line), the date in one of the forms pages print
("Apr 18, 2024 · 6 min read", "Mon 4 Mar 2024 17.45 GMT", "11/05/23 9:15 AM ET"), three
to six paragraphs with chrome between them ("Advertisement", "Related: ...", a "Related"
label with the other story's headline under it, share buttons, a picture's caption with
its credit), and a footer (comments, a login prompt, a cookie notice); sometimes a consent
notice above it all that never says "cookie". Printed: how many pages had their
title, authors, day or body wrong; with ``--show``, each wrong page. The real pages of
``bench/extraction.py`` and ``bench/paste_meta.py`` are what the targets are measured on;
these pages find the forms that fail, one at a time, with nothing else in the way.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitegen.clean import clean_text

NAV = ["Menu", "Home", "News", "World", "Sport", "Opinion", "Top Picks", "Follow Along",
       "Subscribe", "Sign in", "Search", "Newsletters"]  # fmt: skip
MASTHEAD = "November 20, 2019"  # the day's date a masthead prints: never the article's
KICKERS = ["WORLD", "Opinion"]
HEADLINES = [
    "Harbour board approves the new ferry timetable",
    "Ferry Times",
    "The Ferry Stopped. Then the Island Built Its Own.",
    "Why the island's ferry timetable is changing",
    "New ferry timetable: what residents need to know",
    "Island residents win earlier ferry crossings",
]
STANDFIRSTS = [
    "The decision ends a year of complaints from residents about missed connections",
    "Residents say the change is overdue; the operator says it will cost more",
]
BYLINES = [
    ("By Ana Lopes", ["Ana Lopes"]),
    ("By Ana Lopes and Tomasz Wrona", ["Ana Lopes", "Tomasz Wrona"]),
    ("Priya Raman · Harbourline News", ["Priya Raman"]),
    ("Tomasz Wrona, Education Reporter", ["Tomasz Wrona"]),
    ("Kofi Mensah\nSenior Correspondent", ["Kofi Mensah"]),
    ("Words by Marta Quillon", ["Marta Quillon"]),
    ("By ANA LOPES", ["ANA LOPES"]),
    ("Ana Lopes | Island Herald", ["Ana Lopes"]),
]
DATES = [
    ("Apr 18, 2024 · 6 min read", "2024-04-18"),
    ("Mon 4 Mar 2024 17.45 GMT", "2024-03-04"),
    ("11/05/23 9:15 AM ET", "2023-11-05"),
    ("Published 12 March 2024, 14:05 WAT", "2024-03-12"),
    ("March 3, 2024", "2024-03-03"),
    ("Updated 5 June 2023", "2023-06-05"),
    ("3 May 2021 at 10:02 am", "2021-05-03"),
]
PARAGRAPHS = [
    "The harbour board approved the new ferry timetable on Monday after a year of "
    "complaints from island residents about missed connections.",
    "Under the plan, the first crossing will leave at six in the morning, an hour earlier "
    "than now, and the last will return after ten at night.",
    "Residents said the change would let them reach the mainland in time for work, though "
    "some worried about the cost of the extra crossings.",
    "The operator, which runs three boats on the route, said it would hire four more crew "
    "members before the summer season.",
    "“We have waited a long time for this,” said Mairi Nicolson, who runs a guest house "
    "near the pier. “It will change how we live here.”",
    "The council will review the timetable in a year, and has promised to publish the "
    "number of passengers on each crossing every month.",
]
BETWEEN = [  # widgets a page prints between paragraphs, a line each
    ["Advertisement"], ["Related: Ferry fares to rise in June"], ["Share this article"],
    ["READ MORE"], ["Sign up to our newsletter"],
    ["Related", "Lifeboat crew honoured for winter rescue"],  # a label, its link under it
    ["Read more", "Island school to stay open after parents' campaign"],
    ["Share", "Facebook", "Email"],
    ["The ferry Isle of Rona at the pier on Monday. Photo: Jo Lee/Island Herald"],
]
CONSENT = [  # a consent notice above the page that never says "cookie"
    "We and our 180 partners store and access information on your device to measure "
    "audiences and to show you personalised content and adverts.",
    "Accept all", "Manage choices",
]
FOOTER = ["Comments", "Join our commenting forum", "Log in to comment",
          "We use cookies to improve your experience. By continuing to use the site you "
          "agree.", "© 2024 Island Herald", "Privacy Policy"]  # fmt: skip


@dataclass
class Page:
    text: str
    title: str
    authors: list[str]
    day: str
    body: list[str]


def invent(rng: random.Random) -> Page:
    """One pasted page, and what a reader should take from it."""
    title, (byline, authors), (date, day) = (rng.choice(HEADLINES), rng.choice(BYLINES),
                                             rng.choice(DATES))  # fmt: skip
    lines = list(CONSENT) if rng.random() < 0.2 else []
    lines += rng.sample(NAV, rng.randint(1, 5))
    lines += [MASTHEAD] if rng.random() < 0.3 else []
    lines += [rng.choice(KICKERS)] if rng.random() < 0.5 else []
    lines += [title] + ([rng.choice(STANDFIRSTS)] if rng.random() < 0.5 else [])
    lines += [byline, date] if rng.random() < 0.7 else [date, byline]
    body = PARAGRAPHS[: rng.randint(3, 6)]
    shown = list(body)
    for _ in range(rng.randint(0, 2)):
        at = rng.randint(1, len(shown) - 1)
        shown[at:at] = rng.choice(BETWEEN)
    lines += shown + rng.sample(FOOTER, rng.randint(1, 4))
    return Page("\n".join(lines) + "\n", title, authors, day, body)


def wrong(page: Page) -> dict[str, str]:
    """The fields the cleaner got wrong on ``page``, each with what it gave."""
    got = clean_text(page.text)
    day = str(got.date.value)[:10] if got.date is not None and got.date.value else None
    found = {"title": (got.title, page.title), "authors": (got.authors, page.authors),
             "day": (day, page.day), "body": (got.body, page.body)}  # fmt: skip
    return {field: repr(value) for field, (value, truth) in found.items() if value != truth}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", action="store_true", help="print each page got wrong")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts = {"title": 0, "authors": 0, "day": 0, "body": 0}
    for _ in range(args.pages):
        page = invent(rng)
        errors = wrong(page)
        for field in errors:
            counts[field] += 1
        if errors and args.show:
            print("; ".join(f"{k}: {v[:100]}" for k, v in errors.items()))
            print("    " + page.text.replace("\n", " | ")[:300])
    print(f"{args.pages} invented pastes (seed {args.seed}), wrong: "
          + ", ".join(f"{field} {n}" for field, n in counts.items()))  # fmt: skip


if __name__ == "__main__":
    main()
