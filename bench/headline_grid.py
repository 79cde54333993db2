"""Every byline form against every date form, in each headline-group layout.

    python bench/headline_grid.py [--show]

Where ``bench/invented_pastes.py`` draws pages at random, this tries each combination
once: nine bylines (with and without "By", a name beside its outlet or over its role,
names joined by "and", an honorific) times eleven date forms (a reading time, a zone of
the DST table, a glued year and hour, an ISO stamp) in three layouts (a two-word headline
over byline then date; a long headline over date then byline; byline and date on one
line). Printed: how many headline groups had title, authors, day or body wrong; with
``--show``, each of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from invented_pastes import ENGLISH

from sitegen.clean import clean_text

BODY = ENGLISH.paragraphs[:3]
HEADLINE = "Ferry board approves earlier crossings for islanders"
LAYOUTS = [  # (head, its headline)
    ("Home\nNews\nSalt Roads\n{by}\n{date}\n", "Salt Roads"),
    (f"Menu\nWorld\n{HEADLINE}\n{{date}}\n{{by}}\n", HEADLINE),
    (f"Sign in\n{HEADLINE}\n{{by}} · {{date}}\n", HEADLINE),
]
BYLINES = [
    ("By Ana Lopes", ["Ana Lopes"]),
    ("Priya Raman · Harbourline News", ["Priya Raman"]),
    ("Tomasz Wrona, Education Reporter", ["Tomasz Wrona"]),
    ("Words by Marta Quillon", ["Marta Quillon"]),
    ("Kofi Mensah\nSenior Correspondent", ["Kofi Mensah"]),
    ("By ANA LOPES", ["Ana Lopes"]),  # written as a name
    ("Jane Roe, Associated Press", ["Jane Roe"]),
    ("Written by Dr. Hannah O'Neill", ["Hannah O'Neill"]),
    ("Ana Lopes and Tomasz Wrona", ["Ana Lopes", "Tomasz Wrona"]),
]
DATES = [
    ("Apr 18, 2024 · 6 min read", "2024-04-18"),
    ("Mon 4 Mar 2024 17.45 GMT", "2024-03-04"),
    ("11/05/23 9:15 AM ET", "2023-11-05"),
    ("PUBLISHED WED, NOV 20 20194:29 AM EST", "2019-11-20"),
    ("Published 12 March 2024, 14:05 WAT", "2024-03-12"),
    ("Updated: Nov. 19, 2019, 7:10 p.m.", "2019-11-19"),
    ("2024-03-04T17:45:00Z", "2024-03-04"),
    ("March 4th, 2024", "2024-03-04"),
    ("4 March 2024 at 5:45pm", "2024-03-04"),
    ("Tuesday 14 May 2024 07.45 HKT", "2024-05-14"),
    ("May 14, 2024 | 7:45 AM SGT", "2024-05-14"),
]


def wrong(text: str, title: str, authors: list[str], day: str,
          body: list[str] = BODY) -> list[str]:  # fmt: skip
    """What the cleaner got wrong on one headline group, each with what it gave."""
    got = clean_text(text)
    found = str(got.date.value)[:10] if got.date is not None and got.date.value else None
    errors = [f"title={got.title!r}"] if got.title != title else []
    errors += [f"authors={got.authors}"] if got.authors != authors else []
    errors += [f"day={found}"] if found != day else []
    return errors + ([f"body={got.body}"] if got.body != body else [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--show", action="store_true", help="print each group got wrong")
    args = ap.parse_args()
    bad = tried = 0
    for head, title in LAYOUTS:
        for byline, authors in BYLINES:
            if "·" in head and "\n" in byline:
                continue  # a name over its role line prints no date beside it
            for date, day in DATES:
                text = head.format(by=byline, date=date) + "\n".join(BODY) + "\n"
                errors = wrong(text, title, authors, day)
                tried += 1
                bad += bool(errors)
                if errors and args.show:
                    print(f"{'; '.join(errors)}\n    {text[:120]!r}")
    print(f"{tried} headline groups, wrong: {bad}")


if __name__ == "__main__":
    main()
