"""Prepare training pages for the pasted-page line model: a page's pasted text and a
label for each of its lines, found without labelling by hand.

    python training/prepare.py --out training/data/pages.jsonl \
        [--shared ../shared] [--readability PATH] [--chromium /usr/bin/chromium]

Sources (neither is copied into the repository; the prepared file is not committed):
- ``--shared``: the ``dev`` split of ``bench/extraction`` (its pasted text, the body in
  ``ground-truth.json``, the metadata in ``declared-meta.json``). The ``holdout`` split is
  never read: it is kept for measuring.
- ``--readability``: a checkout of Mozilla Readability (Apache-2.0), whose test pages
  carry the expected title, byline, date and body; each ``source.html`` is pasted as a
  person would, with headless Chromium (``document.body.innerText``, JavaScript off,
  no network), as ``bench/extraction/make_text.py`` in the shared folder does.
- ``--saved``: any folder of saved pages (``.html``, ``.htm``, ``.html.gz``), labelled by
  what sitegen's HTML reader extracts; each is named after its site (its canonical
  address), so ``train.py --by-site`` holds it out with that site's benchmark pages.

A saved page that is one of the benchmark's (either split) is left out: by its address,
its headline, or the benchmark's page id in its file name. (The benchmark's pages are
scrapinghub/article-extraction-benchmark's: never a source of training pages.)

A line is ``title`` when it is the declared headline (or the part before a site's
name), ``subtitle`` when it is the declared standfirst, ``byline`` when it is short and
names a declared author, ``date`` when it prints the declared day, ``body`` when the
declared body contains it, else ``other``. The shared folder's ``examples/articles``
(pasted articles with their exact truth) are read too.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitegen.clean.bylines import says_by
from sitegen.clean.document import Document, Line
from sitegen.clean.printed_dates import parse_printed_date

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")
_NON_WORD = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def label_lines(text: str, title: str, authors: list[str], day: str | None,
                body: str, subtitle: str = "", printed: bool = True) -> list[str]:  # fmt: skip
    """One label per non-blank line of ``text`` (as ``Document.from_text`` numbers them).
    With ``printed``, a byline or date printed near the headline but not declared is
    labelled too (``undeclared``); without, the labels say only what the page declares."""
    doc = Document.from_text(text)
    standfirst = norm(subtitle)
    body_norm = " " + norm(body) + " "
    titles = {norm(title)} | {norm(part) for part in _SEPARATORS.split(title)
                              if len(part.split()) >= 2}  # fmt: skip
    names = [norm(a) for a in authors if norm(a)]
    labels = []
    for line in doc.lines:
        key = norm(line.text)
        if key and key in titles:
            labels.append("title")
        elif standfirst and line.n_words >= 4 and key == standfirst:
            labels.append("subtitle")
        elif line.n_words >= 3 and f" {key} " in body_norm:
            labels.append("body")
        elif names and line.n_words <= 15 and any(n in key for n in names):
            labels.append("byline")
        elif day and line.n_words <= 20 and _prints_day(line.text, day):
            labels.append("date")
        else:
            labels.append("other")
    first_body = next((i for i, lab in enumerate(labels) if lab == "body"), len(labels))
    seen_title = [i for i, lab in enumerate(labels) if lab == "title"]
    if seen_title:  # the headline nearest above the body; other copies are chrome
        keep = max((i for i in seen_title if i < first_body), default=seen_title[0])
        labels = ["other" if lab == "title" and i != keep else lab for i, lab in enumerate(labels)]
    if printed:
        labels = undeclared(doc, labels, "byline", lambda line: says_by(line.text))
        labels = undeclared(doc, labels, "date", lambda line: _all_date(line.text))
    return labels


def labelled(page: dict, *facts: Any) -> dict:
    """A page with both labellings: ``labels`` (to train on) and ``declared`` (what it
    declares alone: the truth cross-validation scores against, ``--truth-out``)."""
    return {**page, "labels": label_lines(page["text"], *facts),
            "declared": label_lines(page["text"], *facts, printed=False)}


UNDECLARED_NEAR = (3, 8)  # lines above and below the headline where a byline or date is printed
ALL_DATE = 0.6  # share of its words a date takes, on a line taken for the date without a label


def undeclared(doc: Document, labels: list[str], label: str,
               prints: Callable[[Line], bool]) -> list[str]:  # fmt: skip
    """A page may print an author or date it does not declare (or declares in another
    form): where no line has ``label``, the first line near its headline, above its body,
    that ``prints`` it gets it, not ``other`` (else
    the model learns from every such page that "By Jane Roe" or "Published Nov 19, 2019"
    is chrome)."""
    if "title" not in labels or label in labels:
        return labels
    at = labels.index("title")
    body = next((i for i, lab in enumerate(labels) if lab == "body" and i > at), len(labels))
    labels = list(labels)
    near = doc.lines[max(0, at - UNDECLARED_NEAR[0]) : min(body, at + UNDECLARED_NEAR[1] + 1)]
    for line in near:
        if labels[line.index] == "other" and line.n_words <= 20 and prints(line):
            labels[line.index] = label
            break
    return labels


def _all_date(text: str) -> bool:
    """A line that prints a date and little else, or says which date it is ("Published")."""
    found = parse_printed_date(text)
    return found is not None and found.value is not None and (
        found.coverage >= ALL_DATE or bool(found.label))


def _prints_day(text: str, day: str) -> bool:
    found = parse_printed_date(text)
    value = found.value if found else None
    return value is not None and str(value)[:10] == day


def from_shared(shared: Path) -> list[dict]:
    bench = shared / "bench" / "extraction"
    dev = json.loads((bench / "splits.json").read_text())["dev"]
    declared = json.loads((bench / "declared-meta.json").read_text())
    truth = json.loads((bench / "ground-truth.json").read_text())
    pages = []
    for page in dev:
        text = (bench / "text" / f"{page}.txt").read_text(encoding="utf-8", errors="replace")
        meta = declared.get(page, {})
        pages.append(labelled({"id": f"dev/{page}", "text": text}, meta.get("title") or "",
                              meta.get("author") or [], meta.get("date"),
                              truth[page]["articleBody"]))  # fmt: skip
    return pages


class Paster:
    """Pastes saved pages as a person would: headless Chromium, JavaScript off, no network,
    ``document.body.innerText``."""

    def __init__(self, chromium: str):
        from playwright.sync_api import sync_playwright

        self._play = sync_playwright().start()
        args = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking"]
        self._browser = self._play.chromium.launch(executable_path=chromium, args=args)
        self._tab = self._new_tab()

    def _new_tab(self) -> Any:
        ctx = self._browser.new_context(java_script_enabled=False,
                                        viewport={"width": 1280, "height": 900})  # fmt: skip
        ctx.route("**/*", lambda route: route.abort())
        return ctx.new_page()

    def paste(self, html: str) -> str:
        """The page's text; a page that crashed its tab is left out, and a new tab takes
        the next (a crashed tab fails every page after it)."""
        try:
            self._tab.set_content(html, wait_until="domcontentloaded", timeout=15000)
            return str(self._tab.evaluate("() => document.body ? document.body.innerText : ''"))
        except Exception:
            with contextlib.suppress(Exception):
                self._tab.context.close()
            self._tab = self._new_tab()
            raise

    def close(self) -> None:
        self._browser.close()
        self._play.stop()


def _site(url: str) -> str:
    """A page's site, as its domain's main label: "www.nytimes.com" -> "nytimes"."""
    host = (url.split("/")[2] if "//" in url else url).removeprefix("www.").split(".")
    if len(host) < 2:
        return host[0]
    return host[-3] if len(host) > 2 and host[-2] in ("co", "com", "org", "ac") else host[-2]


def _address(url: str) -> str:
    """A page's address without scheme, "www.", query, fragment or final slash: the same
    page saved twice has the same address."""
    rest = url.split("//", 1)[-1].split("#")[0].split("?")[0]
    return rest.removeprefix("www.").rstrip("/").casefold()


def from_saved_pages(files: list[Path], paster: Paster, source: str) -> list[dict]:
    """Any saved HTML pages: labelled by what sitegen's HTML reader extracts from them (the
    metadata they declare, their body), kept where the paste shows the headline."""
    from sitegen.saved import extract_page

    pages = []
    for path in files:
        try:
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            text = paster.paste(data.decode("utf-8", errors="replace"))
        except Exception as err:  # a page Chromium cannot take: left out
            print(f"skipped {path}: {err}", file=sys.stderr)
            continue
        page = extract_page(data)
        if not page.title or len(page.body) < 3:
            continue
        name = f"{_site(page.canonical)}-{path.stem}" if page.canonical else path.stem
        found = labelled({"id": f"{source}/{name}", "text": text, "url": page.canonical},
                         page.title, page.authors, page.published[:10] or None,
                         "\n".join(page.body), page.subtitle)  # fmt: skip
        if "title" in found["labels"]:  # the site in the name: held out with it (--by-site)
            pages.append(found)
    return pages


def from_readability(repo: Path, paster: Paster) -> list[dict]:
    import lxml.html

    pages = []
    folders = sorted(p for p in (repo / "test" / "test-pages").iterdir() if p.is_dir())
    for folder in folders:
        try:
            meta = json.loads((folder / "expected-metadata.json").read_text())
            html = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
            expected = lxml.html.fromstring((folder / "expected.html").read_bytes())
            text = paster.paste(html)
        except Exception as err:  # a page Chromium or lxml cannot take: left out
            print(f"skipped {folder.name}: {err}", file=sys.stderr)
            continue
        if meta.get("lang") not in (None, "en", "en-US", "en-GB", "fr", "de", "es", "it"):
            continue
        byline = re.sub(r"^\s*by\s+", "", meta.get("byline") or "", flags=re.I)
        authors = [a for a in re.split(r",| and | & |;", byline) if len(a.split()) in (2, 3, 4)]
        day = (meta.get("publishedTime") or "")[:10] or None
        body = "\n".join(expected.itertext())
        pages.append(labelled({"id": f"readability/{folder.name}", "text": text},
                              meta.get("title") or "", authors, day, body,
                              meta.get("excerpt") or ""))  # fmt: skip
    return pages


def from_examples(folder: Path) -> list[dict]:
    """Pasted articles with their exact truth (``examples/articles`` in the shared folder)."""
    pages = []
    for truth_file in sorted(folder.glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        text = truth_file.with_suffix(".txt").read_text(encoding="utf-8")
        authors = truth.get("author") or []
        authors = [authors] if isinstance(authors, str) else authors
        day = (truth.get("date") or "")[:10] or None
        body = "\n".join(truth.get("body") or [])
        pages.append(labelled({"id": f"examples/{truth_file.stem}", "text": text},
                              truth.get("title") or "", authors, day, body,
                              truth.get("subtitle") or ""))  # fmt: skip
    return pages


def distinct(pages: list[dict]) -> tuple[list[dict], int]:
    """The pages whose pasted text no page before them has: sources share test pages
    (htmldate's and trafilatura's ``tests/eval`` hold the same saved pages), and a page
    twice would be trained on twice and, cross-validated, tested on what trained it."""
    seen: set[str] = set()
    kept = []
    for page in pages:
        if page["text"] not in seen:
            seen.add(page["text"])
            kept.append(page)
    return kept, len(pages) - len(kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--out", type=Path, default=Path("training/data/pages.jsonl"))
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--readability", type=Path)
    ap.add_argument("--saved", type=Path, action="append",
                    help="a folder of saved HTML pages (any source; repeatable)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    pages = []
    if args.shared:
        pages += from_shared(args.shared) + from_examples(args.shared / "examples" / "articles")
    if args.readability or args.saved:
        paster = Paster(args.chromium)
        if args.readability:
            pages += from_readability(args.readability, paster)
        for folder in args.saved or []:
            files = sorted(p for p in folder.rglob("*")
                           if p.name.endswith((".html", ".htm", ".html.gz")))  # fmt: skip
            pages += from_saved_pages(files, paster, folder.name)
        paster.close()
    if args.shared:  # a saved page that is also one of the benchmark's pages: left out
        bench = args.shared / "bench" / "extraction"
        declared = json.loads((bench / "declared-meta.json").read_text())
        known = {norm(meta.get("title") or "") for meta in declared.values()} - {""}
        truth = json.loads((bench / "ground-truth.json").read_text())
        addresses = {_address(page["url"]) for page in truth.values() if page.get("url")}
        pages = [p for p in pages if p["id"].startswith("dev/") or not (
                 _address(p.get("url") or "") in addresses
                 or any(page in p["id"] for page in truth)  # its own saved copy
                 or any(norm(line) in known for line in p["text"].splitlines()[:80]))]  # fmt: skip
    pages, twins = distinct(pages)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for page in pages:
            fh.write(json.dumps(page, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for page in pages:
        for label in page["labels"]:
            counts[label] = counts.get(label, 0) + 1
    print(f"{len(pages)} pages ({twins} left out: the same paste as a page before), "
          f"lines by label: {counts}")


if __name__ == "__main__":
    main()
