"""The same story saved twice, found and published once: measured on real pages.

    python bench/duplicates.py [--count 10000]

Every page of ``../shared/bench/extraction`` goes into one content folder twice, as
``html/<id>.html`` (the saved page) and ``text/<id>.txt`` (its pasted text): 362 files,
181 stories. Printed: articles published, pairs merged, merge precision (merged pairs
that are the same page) and recall (pages whose two copies were merged), the closest
resemblance between two different pages and the lowest between two copies of one; then
the time the merge step adds to a plan of ``--count`` generated saved articles.
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from itertools import combinations
from pathlib import Path

from corpus import generate

from sitegen.build import read_articles
from sitegen.config import load_config
from sitegen.pages.duplicates import THRESHOLD, merge
from sitegen.readers.sketch import resemblance

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--count", type=int, default=10000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitegen-dups-") as tmp:
        root = Path(tmp)
        for page in sorted((SHARED / "html").glob("*.html.gz")):
            name = page.name.removesuffix(".html.gz")
            (root / "content/html").mkdir(parents=True, exist_ok=True)
            (root / "content/html" / f"{name}.html").write_bytes(gzip.decompress(page.read_bytes()))
        for page in sorted((SHARED / "text").glob("*.txt")):
            (root / "content/text").mkdir(parents=True, exist_ok=True)
            (root / "content/text" / page.name).write_bytes(page.read_bytes())
        (root / "sitegen.toml").write_text('title = "Copies"\n')
        articles, _ = read_articles(load_config(root / "sitegen.toml"))
        stories = {a.source.stem for a in articles}
        kept = merge(articles)
        pairs = [(x, y) for a in kept for x, y in combinations(sorted(s for s, _ in a.copies), 2)]
        right = [p for p in pairs if Path(p[0]).stem == Path(p[1]).stem]
        both = {Path(s).stem for a in kept if a.copies for s, _ in a.copies}
        by_story: dict[str, list] = {}
        for article in articles:
            by_story.setdefault(article.source.stem, []).append(article)
        same = [resemblance(*(c.sketch for c in cs)) for cs in by_story.values() if len(cs) == 2]
        sketched = [x for x in articles if x.sketch]
        other = max((resemblance(x.sketch, y.sketch) for x, y in combinations(sketched, 2)
                     if x.source.stem != y.source.stem), default=0.0)  # fmt: skip
        print(f"{len(articles)} files read ({len(stories)} stories): {len(kept)} articles "
              f"published, {len(pairs)} pairs merged (threshold {THRESHOLD})")
        print(f"precision {len(right) / max(1, len(pairs)):.3f}, recall "
              f"{len(both & stories) / len(stories):.3f} ({len(both & stories)} of "
              f"{len(stories)} stories published once with both copies)")
        print(f"resemblance of two copies of one page: lowest {min(same):.2f}, median "
              f"{sorted(same)[len(same) // 2]:.2f}; of two different pages: highest {other:.2f}")
    with tempfile.TemporaryDirectory(prefix="sitegen-dups-") as tmp:
        root = Path(tmp)
        generate(root / "content", a.count, "txt")
        (root / "sitegen.toml").write_text('title = "Bench"\n')
        articles, _ = read_articles(load_config(root / "sitegen.toml"))
        started = time.perf_counter()
        merge(articles)
        print(f"merge step on {len(articles):,} saved articles: "
              f"{time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
