"""Two commits of sitegen on the same collection, side by side, interleaved over rounds.

    python bench/before_after.py REV_BEFORE REV_AFTER [--count 10000] [--rounds 3]

Each commit is checked out in a temporary worktree and run with this Python (the
dependencies installed here). Per round and commit: a clean build, a no-op rebuild,
and a rebuild after one article's title changed, each in a fresh process; the medians
and the after/before ratios are printed (below 1: the later commit is faster). The
order of the two commits alternates between rounds, so neither always runs first.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orphans
from aside import set_aside
from corpus import generate

REPO = Path(__file__).resolve().parents[1]
STEPS = ("full", "no-op", "one edit")


def timed(cmd: list[str], cwd: Path, source: Path) -> tuple[float, float]:
    """Wall seconds of one command; CPU seconds of it, its workers and what it left running
    (``orphans.py``)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"})  # fmt: skip
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{source.name}: {' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    orphans.reap()  # the build cache's saver, counted in RUSAGE_CHILDREN once waited for
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_round(source: Path, corpus: Path, work: Path,
              extra: str = "") -> dict[str, tuple[float, float]]:  # fmt: skip
    """One commit's three builds; ``extra``: more lines for its sitegen.toml."""
    site = work / "site"
    set_aside(site, work / "trash")
    shutil.copytree(corpus, site)
    (site / "sitegen.toml").write_text('title = "Bench"\nbase_url = "https://example.org/"\n'
                                       + extra)
    cmd = [sys.executable, "-m", "sitegen", "build"]
    times = {"full": timed(cmd, site, source), "no-op": timed(cmd, site, source)}
    post = sorted((site / "content").rglob("*.md"))[len(list((site / "content").rglob("*.md"))) // 2]
    text = post.read_text()
    post.write_text(text.replace("title: ", "title: Edited ", 1))
    times["one edit"] = timed(cmd, site, source)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--toml-after", default="",
                    help="a setting for the later commit only, e.g. 'search = false' to leave "
                    "out what the earlier one did not do")  # fmt: skip
    ap.add_argument("--toml", default="",
                    help="a setting for both commits, e.g. 'search = false' to time the "
                    "pages without the search index (bench/search_index.py times that)")  # fmt: skip
    args = ap.parse_args()
    orphans.adopt()  # count the CPU of what a build leaves running
    both = args.toml + "\n" if args.toml else ""
    extra = {args.before: both, args.after: both + (args.toml_after + "\n" if args.toml_after else "")}
    with tempfile.TemporaryDirectory(prefix="sitegen-ab-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        generate(corpus / "content", args.count, "md")
        trees = {}
        for rev in (args.before, args.after):
            tree = root / f"tree-{rev}"
            subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(tree), rev],
                           cwd=REPO, check=True)  # fmt: skip
            trees[rev] = tree
        results: dict[str, list[dict[str, tuple[float, float]]]] = {rev: [] for rev in trees}
        try:
            for n in range(args.rounds):
                order = list(trees) if n % 2 == 0 else list(reversed(trees))
                for rev in order:
                    times = one_round(trees[rev], corpus, root / f"work-{rev}", extra[rev])
                    results[rev].append(times)
                    print(f"round {n + 1} {rev}: " + ", ".join(
                        f"{k} {w:.2f} s ({c:.2f} s CPU)" for k, (w, c) in times.items()),
                        flush=True)  # fmt: skip
        finally:
            for tree in trees.values():
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO)
    print(f"\n{args.count:,} articles, {args.rounds} rounds, medians (seconds):")
    print(f"| step | {args.before} wall | {args.after} wall | after/before | "
          f"{args.before} CPU | {args.after} CPU | after/before |\n|---|---|---|---|---|---|---|")
    for step in STEPS:
        cells = []
        for kind in (0, 1):
            a = statistics.median(r[step][kind] for r in results[args.before])
            b = statistics.median(r[step][kind] for r in results[args.after])
            cells += [f"{a:.2f}", f"{b:.2f}", f"{b / a:.2f}"]
        print(f"| {step} | " + " | ".join(cells) + " |")
    # a machine whose speed drifts between rounds: the ratio within each round is steadier
    print("\nratio after/before within each round (median over rounds), wall and CPU:")
    for step in STEPS:
        pairs = list(zip(results[args.before], results[args.after], strict=True))
        wall = statistics.median(b[step][0] / a[step][0] for a, b in pairs)
        cpu = statistics.median(b[step][1] / a[step][1] for a, b in pairs)
        print(f"  {step}: wall {wall:.2f}, CPU {cpu:.2f}")


if __name__ == "__main__":
    main()
