"""Compare two runs of ``train.py --folds 5 --all --save``: which pages each field won and
lost, and the body's F1, so that a change is judged page by page, not by a mean alone.

    python training/compare.py BEFORE.json AFTER.json [--show]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FIELDS = ("title", "author", "date", "standfirst")
MOVED = 0.001  # a page's body F1 moved by more than this is better or worse


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--show", action="store_true", help="name the pages that moved")
    args = ap.parse_args()
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    pages = sorted(a.keys() & b.keys())
    for field in FIELDS:
        won = [p for p in pages if field in a[p] and not a[p][field] and b[p].get(field)]
        lost = [p for p in pages if field in a[p] and a[p][field] and not b[p].get(field)]
        print(f"{field}: {len(won)} won, {len(lost)} lost")
        if args.show and field == "title":
            for sign, moved in (("+", won), ("-", lost)):
                for p in moved:
                    print(f"  {sign} {p}: {a[p]['got_title']!r:.70} -> {b[p]['got_title']!r:.70}")
    f1s = [(a[p]["body"], b[p]["body"], p) for p in pages
           if a[p].get("body") is not None and b[p].get("body") is not None]  # fmt: skip
    mean = [sum(x[i] for x in f1s) / len(f1s) for i in (0, 1)]
    good = [sum(x[i] >= 0.9 for x in f1s) for i in (0, 1)]
    better = sorted((y - x, p) for x, y, p in f1s if y - x > MOVED)
    worse = sorted((y - x, p) for x, y, p in f1s if x - y > MOVED)
    print(f"body: {mean[0]:.4f} -> {mean[1]:.4f}, pages >= 0.9: {good[0]} -> {good[1]}, "
          f"{len(better)} better, {len(worse)} worse")
    if args.show:
        for delta, p in worse + better[::-1]:
            print(f"  {delta:+.3f} {p}")


if __name__ == "__main__":
    main()
