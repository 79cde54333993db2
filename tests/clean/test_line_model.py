"""The learned line model: its features on invented lines, the training script end to end
on a tiny sample, and the shipped model's recorded scores on the shared dev pages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.clean import clean_text, line_model, read_lines
from tests.conftest import REPO, SHARED

sys.path.insert(0, str(REPO / "training"))

import prepare

PAGE = """Menu
Search
World
The salt roads of the Sahara keep moving
The caravans that still cross the desert carry more than salt, and fewer every year
By Amina Diallo and Tomasz Wrona
Tue 14 May 2024 07.45 BST
The caravan left Taoudenni before dawn, forty camels long, loaded with slabs of salt cut by hand from the dry lake bed.
Each slab weighs about thirty kilograms and sells in Timbuktu for a little more than it did a decade ago.
The drivers say the road has not changed, but the buyers have, and the young men of the villages go elsewhere.
Most read
Cookie settings
"""


def never_titles(page: str) -> set[str]:
    """The lines of ``page`` that cannot be its headline, for a model sure of every line."""
    from sitegen.clean.not_headlines import not_titles

    doc, _ = read_lines(page)
    found = line_model.label(doc)
    assert found is not None
    for probs in found.probs:
        probs["title"] = 0.9
    return {doc.lines[i].text for i in not_titles(doc, found)}


def _title_odds(doc, odds: dict[int, float]) -> line_model.Labels:
    """The model's reading of ``doc`` as only title odds, ``odds`` by line (0 elsewhere)."""
    return line_model.Labels(first=0, best=["other"] * len(doc.lines),
                             probs=[{"title": odds.get(i, 0.0)} for i in range(len(doc.lines))],
                             features=[[] for _ in doc.lines],
                             numbers=[ln.number for ln in doc.lines])  # fmt: skip


def features_of(text: str) -> dict[str, list[str]]:
    doc, _ = read_lines(text)
    return {line.text: found for line, found in zip(doc.lines, line_model.features(doc), strict=True)}


def test_each_line_is_described_by_general_features():
    found = features_of(PAGE)
    assert "byline-by" in found["By Amina Diallo and Tomasz Wrona"]
    assert any(f.startswith("date") for f in found["Tue 14 May 2024 07.45 BST"])
    assert "prose" in found["Each slab weighs about thirty kilograms and sells in Timbuktu for "
                            "a little more than it did a decade ago."]  # fmt: skip
    assert "w1" in found["Menu"] and "at0" in found["Menu"]
    assert "-1:byline-by" in found["Tue 14 May 2024 07.45 BST"]  # its neighbours' too


def test_a_headline_names_what_the_paragraphs_keep_coming_back_to():
    """Words that recur through the body's paragraphs are its topic: the headline names
    them, a teaser for another story does not."""
    body = [f"The ferry crossing to Harbour Island ran late on day {n}, and the ferry "
            f"company blamed the island's old pier for the delay." for n in range(4)]
    found = features_of("\n".join(["Ferry delays pile up at Harbour Island pier",
                                    "Bakery opens a second shop on Main Street", *body]))
    assert "topic3" in found["Ferry delays pile up at Harbour Island pier"]
    assert "topic0" in found["Bakery opens a second shop on Main Street"]


def test_headline_sized_lines_are_ranked_by_how_much_of_the_story_they_name():
    """Among the page's lines that are no running text, the one sharing most words with
    the first paragraphs ranks first, whatever its shape; a caption naming less of the
    story ranks lower, a line naming none of it is not ranked; lengths are ranked too."""
    body = [f"The ferry crossing to Harbour Island ran late on day {n}, and the ferry "
            f"company blamed the island's old pier for the delay." for n in range(4)]
    headline = "Ferry delays pile up at Harbour Island pier"
    caption = "The old pier at Harbour Island"
    teaser = "Bakery opens a second shop on Main Street"
    found = features_of("\n".join([teaser, caption, headline, *body]))
    assert "lederank0" in found[headline] and "topicrank0" in found[headline]
    assert "lederank1" in found[caption]
    assert not any(f.startswith("lederank") for f in found[teaser])
    assert "lenrank0" in found[teaser] and "lenrank0" in found[headline]  # eight words each
    assert not any(f.startswith("lenrank") for f in found[body[0]])  # running text: not ranked


def test_a_line_printed_again_inside_a_longer_one_says_so():
    """A headline inside a comments header, a pull quote inside its paragraph: printed
    again within a longer line. A line printed twice on its own is not."""
    found = features_of(PAGE + "2 thoughts on The salt roads of the Sahara keep moving\nMenu\n")
    assert "inlonger" in found["The salt roads of the Sahara keep moving"]
    assert "inlonger" not in found["By Amina Diallo and Tomasz Wrona"]
    assert "inlonger" not in found["Menu"] and "twice" in found["Menu"]


def test_the_headline_group_of_a_guardian_style_paste():
    page = clean_text(PAGE)
    assert page.title == "The salt roads of the Sahara keep moving"
    assert page.subtitle.startswith("The caravans that still cross the desert")
    assert page.authors == ["Amina Diallo", "Tomasz Wrona"]
    assert page.date is not None and str(page.date.value).startswith("2024-05-14 07:45")


def test_the_training_script_runs_end_to_end_on_a_tiny_sample(tmp_path):
    text = PAGE
    labels = prepare.label_lines(text, "The salt roads of the Sahara keep moving | World news",
                                 ["Amina Diallo"], "2024-05-14",
                                 "\n".join(text.splitlines()[7:10]))  # fmt: skip
    assert labels[3] == "title" and labels[5] == "byline" and labels[6] == "date"
    assert labels[7:10] == ["body"] * 3 and labels[0] == "other"
    pages = [{"id": f"tiny/{n}", "text": text, "labels": labels} for n in range(3)]
    data = tmp_path / "pages.jsonl"
    data.write_text("\n".join(json.dumps(p) for p in pages))
    model = tmp_path / "lines.crfsuite"
    subprocess.run([sys.executable, str(REPO / "training" / "train.py"), "--pages", str(data),
                    "--out", str(model)], check=True, cwd=REPO)  # fmt: skip
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    doc, _ = read_lines(text)
    assert tagger.tag(line_model.features(doc))[3] == "title"


def _four_labelled_pages(tmp_path: Path) -> Path:
    """``PAGE`` four times, labelled as ``prepare.py`` labels it, as a pages file."""
    labels = prepare.label_lines(PAGE, "The salt roads of the Sahara keep moving",
                                 ["Amina Diallo"], "2024-05-14",
                                 "\n".join(PAGE.splitlines()[7:10]))  # fmt: skip
    data = tmp_path / "pages.jsonl"
    data.write_text("\n".join(json.dumps({"id": f"tiny/{n}", "text": PAGE, "labels": labels})
                              for n in range(4)))  # fmt: skip
    return data


def test_every_page_cross_validated_scores_metadata_and_the_bodys_lines(tmp_path):
    """``train.py --folds 2 --all`` trains a model per fold and scores each page with the
    model that did not see it: its title, author and date, and its body line by line."""
    data = _four_labelled_pages(tmp_path)
    run = subprocess.run([sys.executable, str(REPO / "training" / "train.py"), "--pages",
                          str(data), "--folds", "2", "--all"],
                         check=True, cwd=REPO, capture_output=True, text=True)  # fmt: skip
    scores = dict(re.findall(r"(\w+)=([\d.]+)", run.stdout.splitlines()[-1]))
    assert scores["title"] == "1.000" and scores["date"] == "1.000"
    assert float(scores["body"]) == 1.0


def test_fold_models_are_kept_for_the_next_run_and_two_runs_compared_page_by_page(tmp_path):
    """``--keep-folds`` trains each fold's model once and reuses it; ``--save`` keeps each
    page's scores, which ``training/compare.py`` sets side by side."""
    data = _four_labelled_pages(tmp_path)
    folds = tmp_path / "folds"

    def run(save: str) -> None:
        subprocess.run([sys.executable, str(REPO / "training" / "train.py"), "--pages", str(data),
                        "--folds", "2", "--all", "--keep-folds", str(folds), "--save",
                        str(tmp_path / save)], check=True, cwd=REPO, capture_output=True)  # fmt: skip

    run("before.json")
    trained = {p.name: p.stat().st_mtime_ns for p in folds.iterdir()}
    assert sorted(trained) == ["all-fold0.crfsuite", "all-fold1.crfsuite"]
    run("after.json")
    assert {p.name: p.stat().st_mtime_ns for p in folds.iterdir()} == trained
    after = json.loads((tmp_path / "after.json").read_text())
    assert after["tiny/0"]["title"] is True and after["tiny/0"]["body"] == 1.0
    after["tiny/0"]["title"] = False  # as if a change had lost that page's headline
    (tmp_path / "after.json").write_text(json.dumps(after))
    compared = subprocess.run([sys.executable, str(REPO / "training" / "compare.py"),
                               str(tmp_path / "before.json"), str(tmp_path / "after.json")],
                              check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert "title: 0 won, 1 lost" in compared and "date: 0 won, 0 lost" in compared
    assert "body: 1.0000 -> 1.0000" in compared


def test_a_byline_and_date_the_page_prints_but_does_not_declare_are_labelled_so():
    """Declared metadata is missing on many saved pages: a "By" line and a date line near
    the headline are still labelled byline and date, not chrome; a teaser's date under
    the body is not."""
    text = PAGE + "Most read\nBy Jo Lee\n3 March 2024\n"
    body = "\n".join(text.splitlines()[7:10])
    labels = prepare.label_lines(text, "The salt roads of the Sahara keep moving", [], None, body)
    assert labels[5] == "byline" and labels[6] == "date"
    assert labels.count("byline") == 1 and labels.count("date") == 1
    only_declared = prepare.label_lines(text, "The salt roads of the Sahara keep moving", [],
                                        None, body, printed=False)  # fmt: skip
    assert "byline" not in only_declared and "date" not in only_declared  # the truth to score
    declared = prepare.label_lines(text, "The salt roads of the Sahara keep moving",
                                   ["Amina Diallo"], "2024-05-14", body)  # fmt: skip
    assert declared[5] == "byline" and declared[6] == "date"


BENCH = SHARED / "bench" / "extraction"


def test_a_page_pasted_twice_is_prepared_once():
    """Two sources holding the same saved page give one training page: twice, it would be
    trained on twice and, cross-validated, tested on a model that saw it."""
    pages = [{"id": "eval/a", "text": "Same"}, {"id": "cache/b", "text": "Other"},
             {"id": "eval/a", "text": "Same"}]
    kept, left_out = prepare.distinct(pages)
    assert [p["id"] for p in kept] == ["eval/a", "cache/b"] and left_out == 1


@pytest.mark.skipif(not BENCH.is_dir(), reason=f"shared benchmark not found at {BENCH}")
def test_the_shipped_model_reproduces_its_recorded_dev_scores(tmp_path):
    from sitegen.commands.extract import as_json, from_text

    recorded = json.loads((line_model.MODEL.parent / "lines-scores.json").read_text())["dev"]
    for page in json.loads((BENCH / "splits.json").read_text())["dev"]:
        text = (BENCH / "text" / f"{page}.txt").read_text(encoding="utf-8", errors="replace")
        (tmp_path / f"{page}.json").write_text(json.dumps(as_json(from_text(clean_text(text)))))
    done = subprocess.run([sys.executable, str(BENCH / "score_meta.py"), str(tmp_path),
                           "--split", "dev", "--quiet"], capture_output=True, text=True,
                          check=True)  # fmt: skip
    scores = dict(part.split("=") for part in done.stdout.split() if "=" in part)
    for field, value in recorded.items():
        assert float(scores[field]) == pytest.approx(value, abs=0.001), field


def test_explain_gives_the_models_label_score_and_strongest_features(tmp_path):
    path = tmp_path / "salt.txt"
    path.write_text(PAGE)
    done = subprocess.run([sys.executable, "-m", "sitegen", "extract", str(path), "--format",
                           "text", "--explain"], capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = {line.rsplit(": ", 1)[-1]: line for line in done.stderr.splitlines()}
    assert re.search(r"\[model: date [01]\.\d\d \(", said["Tue 14 May 2024 07.45 BST"])
    assert re.search(r"\[model: other [01]\.\d\d \(", said["Cookie settings"])


def test_the_rules_take_a_two_word_headline_above_a_long_standfirst_but_not_a_label():
    _, meta = read_lines(PAGE.replace("The salt roads of the Sahara keep moving", "Salt Roads"))
    assert meta.title == "Salt Roads" and meta.subtitle.startswith("The caravans")
    _, meta = read_lines(PAGE.replace("The salt roads of the Sahara keep moving\n", ""))
    assert meta.title != "World"  # a section label: none of the story's words


BYLINE_AND_DATE = """MARKETS
EARNINGS REPORT
Harbour Stocks Slide After the Ferry Strike. Why Traders Shrug.
By Odile Brand Updated March 5, 2024 8:21 am ET / Original March 5, 2024 8:02 am ET
Order Reprints
Print Article
Text size
Shares of the harbour's three listed shipping firms fell in early trading after the ferry \
workers' union extended its strike into a second week, the longest stoppage since the port \
was rebuilt.
Analysts said the slide looked worse than it was. The firms earn most of their money from \
freight, which the strike does not touch, and their bookings for the spring are ahead.
"The market is pricing a headline, not a balance sheet," said one fund manager who holds all \
three. She expects the shares to recover once the talks resume on Thursday.
"""


def test_a_line_printing_byline_and_date_gives_both():
    """The model gives each line one label: it called this line a date, and a lone
    "Order Reprints" below it looked more like a byline than anything else."""
    page = clean_text(BYLINE_AND_DATE)
    assert page.authors == ["Odile Brand"]
    assert page.date.value.isoformat() == "2024-03-05T08:02:00-05:00"


BODY = (
    "The harbour board approved the new ferry timetable on Monday after a year of "
    "complaints from island residents about missed connections.\n"
    "Under the plan, the first crossing will leave at six in the morning, an hour earlier "
    "than now, and the last will return after ten at night.\n"
)


def test_a_trail_glued_to_the_headline_gives_way_to_the_headline_on_its_own():
    page = clean_text(
        "Menu\nHome News Island News Harbour board approves the new ferry timetable\n"
        "Harbour board approves the new ferry timetable\nMarch 3, 2024\n" + BODY
    )
    assert page.title == "Harbour board approves the new ferry timetable"


def test_a_prompt_ending_in_the_headline_gives_way_to_the_headline_on_its_own():
    page = clean_text(
        "Home\nNews\nYou've contributed successfully to: Harbour board approves the new "
        "ferry timetable\nHarbour board approves the new ferry timetable\nMarch 3, 2024\n" + BODY
    )
    assert page.title == "Harbour board approves the new ferry timetable"
    headline = "Italien: Harbour board approves the new ferry timetable"  # a kicker: one word
    assert clean_text(f"Home\nNews\n{headline}\nMarch 3, 2024\n" + BODY).title == headline


def test_a_topic_before_the_colon_is_no_prompt_though_its_question_comes_again_below():
    """"Harbour Ferry Board: What is it and what does it do?" keeps its place when the
    story asks its question again as a subheading: a name before the colon is a topic."""
    headline = "Harbour Ferry Board: What is it and what does it do?"
    page = clean_text(
        f"Home\nNews\nSport\n{headline}\nGetty Images\n"
        "The Harbour Ferry Board sets the timetable and the fares of the island's ferries, "
        "and it answers to the county council every spring.\n"
        "What is it and what does it do?\n" + BODY
    )
    assert page.title == headline


def test_a_headline_under_its_byline_and_a_bar_of_share_buttons_gives_way_to_the_one_above():
    """A video's title between the share buttons and the body, taken for the headline, is
    not it where the model reads a byline above the buttons and a headline above that;
    nor is a line straight under the byline (a standfirst, where the writer reported
    from). Between them, lines of another kind keep it: a paragraph."""
    from sitegen.clean.headline_group import above_its_byline

    headline, video = "Harbour board approves the new ferry timetable", "Top harbour videos"
    shares = "Facebook\nTwitter\nFlipboard\nPrint\nEmail\n"

    def taken(between: str) -> str:
        doc, _ = read_lines(f"Menu\n{headline}\nBy Marta Quillon\n{between}{video}\n" + BODY)
        found = line_model.label(doc)
        assert found is not None
        at = {line.text: line.index - found.first for line in doc.lines}
        for i, probs in enumerate(found.probs):
            probs["title"], probs["byline"] = 0.0, 0.0
            found.best[i] = "other"
        found.probs[at[headline]]["title"], found.probs[at[video]]["title"] = odds, 0.5
        found.best[at["By Marta Quillon"]] = "byline"
        found.probs[at["By Marta Quillon"]]["byline"] = 0.6
        index = at[video] + found.first
        return doc.lines[above_its_byline(doc, found, index, frozenset())].text

    odds = 0.2
    assert taken(shares) == headline
    assert taken("") == headline  # straight under the byline
    assert taken(BODY.split("\n")[0] + "\n") == video  # a paragraph between
    odds = 0.01
    assert taken("") == video  # the line above is no headline


def test_where_the_rules_find_no_headline_the_models_likeliest_line_is_taken(monkeypatch):
    """Even one the model doubts (odds under ``SURE``): a pasted page with no title is no
    article at all (its reader refuses it), one with a doubtful title is."""
    from sitegen.clean.learned import learned_metadata

    headline = "Harbour board approves the new ferry timetable"
    doc, meta = read_lines(f"Home\nNews\n{headline}\n" + BODY)
    doc.verdicts = {i: v for i, v in doc.verdicts.items() if v.role != "title"}
    meta.title = ""
    found = line_model.label(doc)
    assert found is not None
    for i, probs in enumerate(found.probs):
        probs["title"] = 0.03 if doc.lines[found.first + i].text == headline else 0.0
        found.best[i] = "other"
    monkeypatch.setattr(line_model, "label", lambda _: found)
    learned_metadata(doc, meta)
    assert meta.title == headline


def test_a_two_word_headline_over_a_byline_without_by_and_a_reading_time():
    page = clean_text("Menu\nSalt Roads\nPriya Raman · Harbourline News\n"
                      "Apr 18, 2024 · 6 min read\n" + BODY)
    assert (page.title, page.authors) == ("Salt Roads", ["Priya Raman"])
    assert str(page.date.value) == "2024-04-18"


@pytest.mark.parametrize("printed, day", [("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
                                          ("Mon 4 Mar 2024 17.45 GMT", "2024-03-04"),
                                          ("Published 12 March 2024, 14:05 WAT", "2024-03-12")])
def test_the_masthead_date_above_the_headline_is_not_the_articles(printed, day):
    """The day's date a masthead prints above the headline gives way to the article's own,
    printed under it."""
    page = clean_text(f"Menu\nNovember 20, 2019\nHarbour board approves timetable\n"
                      f"By Ana Lopes\n{printed}\n" + BODY)
    assert str(page.date.value)[:10] == day
    page = clean_text("Menu\nNovember 20, 2019\nHarbour board approves timetable\n" + BODY)
    assert str(page.date.value) == "2019-11-20"  # the only date printed: taken
    page = clean_text("Menu\nNovember 20, 2019\nHarbour board approves timetable\n"
                      "3 May 2021 at 10:02 am\nBy Ana Lopes\n" + BODY)
    assert (page.title, str(page.date.value)) == ("Harbour board approves timetable",
                                                  "2021-05-03 10:02:00")


def test_a_headline_of_sentences_over_its_standfirst_is_the_title():
    headline = "The Ferry Stopped. Then the Island Built Its Own."
    standfirst = "Residents say the change is overdue; the operator says it will cost more"
    page = clean_text(f"Menu\n{headline}\n{standfirst}\nBy Ana Lopes\nMarch 3, 2024\n" + BODY)
    assert (page.title, page.subtitle) == (headline, standfirst)
    opening = "It was a rough winter for the island's only ferry."  # a sentence, not title case
    _, meta = read_lines(f"Menu\n{opening}\n{standfirst}\nBy Ana Lopes\nMarch 3, 2024\n" + BODY)
    assert meta.title == standfirst


def test_a_headline_of_sentences_in_sentence_case_over_its_standfirst_is_the_title():
    """German writes headlines in sentence case: no title case tells this one from a lede,
    the standfirst under it that ends no sentence does."""
    headline = "Die Fähre blieb aus. Dann baute die Insel ihre eigene."
    standfirst = "Die Entscheidung beendet ein Jahr voller Beschwerden über verpasste Anschlüsse"
    body = ("Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem sich "
            "Inselbewohner ein Jahr lang über verpasste Anschlüsse beschwert hatten.\n"
            "Nach dem Plan legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als "
            "bisher, und die letzte kehrt erst nach zehn Uhr abends zurück.\n"
            "Die Bewohner sagten, so könnten sie rechtzeitig zur Arbeit auf dem Festland sein, "
            "manche sorgten sich aber um die Kosten der zusätzlichen Fahrten.\n")
    page = clean_text(f"Menü\nMeinung\n{headline}\n{standfirst}\nVon Jonas Weber\n"
                      f"3. Mai 2021\n{body}")
    assert page.language == "de"
    assert (page.title, page.subtitle) == (headline, standfirst)


def test_a_paragraph_under_the_byline_is_the_articles_first_not_its_standfirst():
    lede, rest = BODY.split("\n", 1)
    page = clean_text("Sport\nHarbour board approves the new ferry timetable\nBy ANA LOPES\n"
                      f"3 May 2021 at 10:02 am\n{lede}\nREAD MORE\n{rest}" + BODY)
    assert page.body[0] == lede and not page.subtitle


def test_a_kicker_over_a_headline_of_sentences_is_not_the_title():
    headline = "The Ferry Stopped. Then the Island Built Its Own."
    page = clean_text(f"World\nSign in\nSport\n{headline}\nBy ANA LOPES\n"
                      "3 May 2021 at 10:02 am\n" + BODY * 2)
    assert page.title == headline


def test_the_rules_leave_a_masthead_date_out_of_the_headline_group():
    """Its date above, another under the headline: the group is the headline's; a date with
    its time of day above the headline is the article's own."""
    group = ("The Ferry Stopped. Then the Island Built Its Own.\nResidents say the change is "
             "overdue; the operator says it will cost more\nBy Ana Lopes\n")
    _, meta = read_lines(f"Menu\nNovember 20, 2019\n{group}Mar 3, 2024\n" + BODY)
    assert meta.title.startswith("The Ferry Stopped") and str(meta.date.value) == "2024-03-03"
    _, meta = read_lines(f"Menu\nNovember 20, 2019, 15:29\n{group}Deadline: 15 March 2024\n"
                         + BODY)
    assert str(meta.date.value)[:10] == "2019-11-20"


def test_a_first_paragraph_alone_between_the_byline_and_an_advert_stays():
    """The model, unsure of a short page, reads it as neither body nor chrome: a paragraph
    of sentences keeps its place where it is likely enough body (``PARAGRAPH_ODDS``)."""
    first = ("The harbour board approved the new ferry timetable on Monday after a year of "
             "complaints from island residents about missed connections.")
    rest = ["Under the plan, the first crossing will leave at six in the morning, an hour "
            "earlier than now, and the last will return after ten at night.",
            "Residents said the change would let them reach the mainland in time for work, "
            "though some worried about the cost of the extra crossings.",
            "The operator, which runs three boats on the route, said it would hire four more "
            "crew members before the summer season."]
    page = clean_text("\n".join(["Sport", "World", "Harbour board approves the new ferry "
                                 "timetable", "The decision ends a year of complaints from "
                                 "residents about missed connections", "By Ana Lopes",
                                 "Published 12 March 2024, 14:05 WAT", first,
                                 "Sign up to our newsletter", "READ MORE", *rest,
                                 "© 2024 Island Herald", "Comments"]))
    assert page.body == [first, *rest]
    # without a standfirst, under a masthead's date and a byline in capitals
    page = clean_text("\n".join(["Newsletters", "Opinion", "News", "November 20, 2019",
                                 "Harbour board approves the new ferry timetable",
                                 "By ANA LOPES", "11/05/23 9:15 AM ET", first,
                                 "Sign up to our newsletter", *rest, "© 2024 Island Herald"]))
    assert page.body == [first, *rest]


def test_a_name_beside_its_outlet_under_the_date_is_the_author_not_a_two_word_headline():
    page = clean_text("Menu\nFerry Times\nUpdated 5 June 2023\nAna Lopes | Island Herald\n"
                      + BODY)
    assert page.authors == ["Ana Lopes"]


def test_a_kicker_in_capitals_is_not_the_headline_below_it():
    page = clean_text(
        "Menu\nISLAND LIFE\nFERRY TIMES\nHarbour Board Approves the New Ferry Timetable. "
        "Residents Cheer.\nBy Marta Quillon March 3, 2024\n" + BODY
    )
    assert page.title == "Harbour Board Approves the New Ferry Timetable. Residents Cheer."


def test_a_prompt_or_label_of_the_phrase_lists_is_never_taken_for_the_headline():
    """Whatever the model thinks of it: "Subscribe to ..." above a headline is a prompt."""
    never = never_titles(PAGE.replace("World\n", "Subscribe to 'Desert Weekly'\n"))
    assert "Subscribe to 'Desert Weekly'" in never
    assert "The salt roads of the Sahara keep moving" not in never


def test_a_line_that_is_only_a_date_is_never_taken_for_the_headline():
    """ "Updated 10:01 pm PST, Tuesday, November 19, 2019" above a headline is its date; a
    headline that names a day is still a headline."""
    never = never_titles(
        PAGE.replace("World\n", "Updated 10:01 pm PST, Tuesday, November 19, 2019\n").replace(
            "The salt roads of the Sahara keep moving", "What the caravans carried on 19 May 2024"))
    assert "Updated 10:01 pm PST, Tuesday, November 19, 2019" in never
    assert "Tue 14 May 2024 07.45 BST" in never
    assert "What the caravans carried on 19 May 2024" not in never


WIRED_STYLE = """Business
Culture
Science
Security
Marta Quillon
Business
11.15.2019 10:09 AM
Why the Harbour Ferry Became a Floating Market
The old car ferry that crossed the bay for forty years now sells fish, bread and bicycle parts at its moorings every Saturday morning.
Its owners bought it for the price of its scrap metal and spent two winters taking out the car deck and fitting stalls along its sides.
Traders pay a small fee for a stall, and the harbour board lets the market stay as long as the ferry never leaves the quay.
On a busy morning more than a thousand people walk up the old loading ramp, and the café on the upper deck sells out of pastries by ten.
Marta Quillon is a staff writer covering the coast, its harbours and the people who work on them.
Staff Writer
"""


def test_a_bare_name_beside_the_date_above_the_headline_is_the_author():
    """Name, section, date, then headline: the name the page repeats in its author's note
    is the author, not the headline."""
    page = clean_text(WIRED_STYLE)
    assert page.title == "Why the Harbour Ferry Became a Floating Market"
    assert page.authors == ["Marta Quillon"]


def test_the_value_under_a_label_is_never_taken_for_the_headline():
    never = never_titles(PAGE.replace("By Amina Diallo and Tomasz Wrona\n",
                                      "Author:\nDesert Weekly Editorial Staff\n"))  # fmt: skip
    assert "Desert Weekly Editorial Staff" in never
    assert "The salt roads of the Sahara keep moving" not in never


@pytest.mark.parametrize("figures", ["Rockledge 14 11 6 15 — 44", "0:00/2:33", "$1,299.00",
                                     "3,300円", "A- A+"])
def test_a_line_of_figures_more_than_words_is_never_taken_for_the_headline(figures):
    never = never_titles(PAGE.replace("World\n", f"{figures}\n").replace(
        "The salt roads of the Sahara keep moving", "The 2024 salt roads: 40 camels, 3 men"))
    assert figures in never
    assert "The 2024 salt roads: 40 camels, 3 men" not in never


@pytest.mark.parametrize("tags", ["Salt, Camels, Sahara, Mali, Trade",
                                  "caravans, desert trade, salt, Taoudenni",
                                  "Salt & the Sahara, Camels, Mali, Trade"])
def test_a_list_of_tags_is_never_taken_for_the_headline(tags):
    headline = "Salt, camels and a long road: the caravans of Mali, Niger and Chad"
    never = never_titles(PAGE.replace("World\n", f"{tags}\n").replace(
        "The salt roads of the Sahara keep moving", headline))
    assert tags in never
    assert headline not in never  # commas between longer parts: a headline's


def test_a_pull_quote_is_never_taken_for_the_headline():
    """A sentence in quotes, closed by its full stop, is a pull quote; a headline that
    quotes someone asks, exclaims or ends without a stop."""
    quote = '"The caravans will keep moving as long as there is salt to carry."'
    asks = "'Why Would Anyone Cross the Sahara for Salt?'"
    never = never_titles(PAGE.replace("World\n", f"{quote}\n").replace(
        "The salt roads of the Sahara keep moving", asks))
    assert quote in never
    assert asks not in never


@pytest.mark.parametrize("credited", [
    "Camels rest at the salt lake (REUTERS/Denis Balibouse)",
    "A caravan near Taoudenni. EPA-EFE/Stuart Brock",
    "Amina Diallo/AIMMEDIA",
    "Salt slabs at the market Pedro Lopes/AFP via Getty Images"])  # fmt: skip
def test_a_caption_closed_by_its_pictures_credit_is_never_taken_for_the_headline(credited):
    never = never_titles(PAGE.replace("World\n", f"{credited}\n").replace(
        "The salt roads of the Sahara keep moving", "Fans of AC/DC cross the Sahara"))
    assert credited in never
    assert "Fans of AC/DC cross the Sahara" not in never


@pytest.mark.parametrize(("credit", "caption", "caption_goes"), [
    ("Amina Diallo / Harbour Press / Coastal Images", "Camels rest at the salt lake", True),
    ("Amina Diallo/HarbourNet", "Camels rest at the salt lake", True),
    ("Photo: Amina Diallo", "Camels rest at the salt lake", False),
    ("Photo: Amina Diallo", "Camels rest at the salt lake before the crossing.", True)])  # fmt: skip
def test_a_credit_and_the_caption_over_it_are_never_taken_for_the_headline(credit, caption,
                                                                            caption_goes):  # fmt: skip
    """A picture's credit on its own line is no headline, nor is the caption over it; over
    a labelled credit ("Photo: ..."), which may credit a picture with no caption under the
    headline, the line may still be the headline, unless it ends a sentence as captions
    do."""
    never = never_titles(PAGE.replace("World\n", f"{caption}\n{credit}\n"))
    assert credit in never
    assert (caption in never) is caption_goes


def test_a_caption_printed_again_without_its_credit_is_never_taken_for_the_headline():
    """A gallery prints the caption over its credit, the player prints it again over the
    date: the second printing is the caption still, not the headline."""
    caption = "Camels rest at the salt lake before the crossing."
    page = PAGE.replace("Menu\n", f"Menu\n{caption}\nPhoto: Amina Diallo\n").replace(
        "World\n", f"World\n{caption}\n")
    assert caption in never_titles(page)
    assert caption not in never_titles(PAGE.replace("World\n", f"World\n{caption}\n"))


@pytest.mark.parametrize(("line", "never"), [
    ("Camels rest at the salt lake, where the caravans load their… more", True),
    ("Die Karawane erreicht den Salzsee nach zwölf Tagen ... Weiterlesen", True),
    ("The caravans are back… for now", False),  # cut, but no link's label after it
])  # fmt: skip
def test_text_cut_short_and_a_link_to_the_rest_is_never_taken_for_the_headline(line, never):
    assert (line in never_titles(PAGE.replace("World\n", f"World\n{line}\n"))) is never


@pytest.mark.parametrize(("line", "never"), [
    ("Click here for an exclusive photo essay from the salt lake", True),
    ("Clicking through the Sahara's salt roads", False),
])  # fmt: skip
def test_a_call_to_action_is_never_taken_for_the_headline(line, never):
    assert (line in never_titles(PAGE.replace("World\n", f"World\n{line}\n"))) is never
    call = "Klicken Sie hier für die Bilder vom Streik"  # a German page: its own words too
    assert call in never_titles(f"Startseite\n{call}\nStreiks im Nahverkehr\n{STRIKE_STORY}")


def test_an_embedded_posts_words_are_never_taken_for_the_headline():
    """A post the article quotes, over its attribution ("— Name (@handle) date"), is no
    headline; a headline over a byline printing the writer's handle is."""
    post = "#Caravans are back on the salt road this week."
    page = PAGE.replace("World\n", f"World\n{post}\n— Amina Diallo (@aminad) March 3, 2024\n")
    assert post in never_titles(page)
    byline = PAGE.replace("By Amina Diallo and Tomasz Wrona", "Amina Diallo (@aminad) March 3, 2024")
    assert "The salt roads of the Sahara keep moving" not in never_titles(byline)


def test_odds_the_model_gave_a_line_that_cannot_be_the_headline_go_to_the_others():
    """The model all but sure of a breadcrumb trail (ruled out), unsure of the headline
    under it: given that the trail is not the headline, the headline is."""
    from sitegen.clean.picking import pick as _pick

    found = line_model.Labels(first=0, best=["other", "title", "other"], features=[[], [], []],
                              probs=[{"title": 0.038}, {"title": 0.946}, {"title": 0.006}],
                              numbers=[1, 2, 3])  # fmt: skip
    assert _pick(found, "title", ruled=[1], never=frozenset({1})) == 0
    assert _pick(found, "title", ruled=[1]) == 1
    unsure = line_model.Labels(first=0, best=["other", "title", "other"], features=[[], [], []],
                               probs=[{"title": 0.038}, {"title": 0.2}, {"title": 0.006}],
                               numbers=[1, 2, 3])  # fmt: skip
    assert _pick(unsure, "title", ruled=[1], never=frozenset({1})) is None  # 0.038 / 0.8


def test_a_headline_printed_twice_is_picked_by_the_odds_of_both_printings():
    """The title is a text: printed over a picture and again under it, each printing's odds
    count for it; a menu's label printed many times over does not gather its odds so."""
    from sitegen.clean.picking import pick as _pick

    def labels(printed: int) -> line_model.Labels:
        return line_model.Labels(
            first=0, best=["other"] * 4, features=[[], [], [], []],
            probs=[{"title": 0.15}, {"title": 0.2}, {"title": 0.15}, {"title": 0.01}],
            numbers=[1, 2, 3, 4], texts=["Salt Roads", "The caravans that still cross",
                                         "Salt Roads", "Menu"],
            printed=[printed, 1, printed, 1])  # fmt: skip

    assert _pick(labels(2), "title", ruled=[]) == 0  # 0.15 + 0.15 against 0.2
    assert _pick(labels(5), "title", ruled=[]) == 1  # printed five times: a menu's


def test_the_likeliest_line_stands_in_for_a_rules_headline_that_cannot_be_one():
    """The rules took a caption closed by its picture's credit for the headline, and the
    model is unsure of every line: its likeliest headline is taken over the caption."""
    from sitegen.clean.learned import learned_metadata
    from sitegen.clean.metadata import Metadata

    text = PAGE.replace("By Amina Diallo", "Salt slabs at Taoudenni. AFP/Jane Roe\nBy Amina Diallo")
    doc, _ = read_lines(text)
    caption = next(ln for ln in doc.lines if ln.text.endswith("AFP/Jane Roe"))
    for line in doc.lines:
        if doc.role(line) == "title":
            doc.mark(line, "body", "test")
    doc.mark(caption, "title", "test: the rules' pick")
    found = line_model.label(doc)
    assert found is not None
    for probs in found.probs:  # unsure of every line, the headline likeliest
        probs["title"] = 0.02
    headline = next(ln for ln in doc.lines if ln.text.startswith("The salt roads"))
    found.probs[headline.index - found.first]["title"] = 0.04
    found.best = ["other"] * len(found.best)
    line_model_label = line_model.label
    try:
        line_model.label = lambda _doc: found
        meta = Metadata(title=caption.text)
        learned_metadata(doc, meta)
    finally:
        line_model.label = line_model_label
    assert meta.title == headline.text



def test_a_headline_just_above_a_standfirst_taken_for_it_is_the_headline():
    """The model took the standfirst (two sentences) for the headline, the headline above
    it, past a section label, a third as likely: the headline is taken. A line that ends
    no sentence, or one above it that does, is left as it is."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("Opinion\nThe view on the harbour: a town at the brink\nEditorial\n"
                        "The board has only fuelled the anger. It is up to it to listen\n"
                        "Mon 18 Nov 2019 18.54 GMT\n")  # fmt: skip
    headline, label, standfirst = (next(ln.index for ln in doc.lines if ln.text.startswith(w))
                                   for w in ("The view", "Editorial", "The board"))  # fmt: skip
    odds = {headline: 0.33, label: 0.01, standfirst: 0.93}
    found = _title_odds(doc, odds)
    assert headline_above(doc, found, standfirst, frozenset()) == headline
    assert headline_above(doc, found, headline, frozenset()) == headline  # ends no sentence
    found.probs[headline]["title"] = 0.1  # not a third as likely: the model's pick stands
    assert headline_above(doc, found, standfirst, frozenset()) == standfirst



def test_a_headline_of_sentences_keeps_its_place_under_a_kicker_printed_with_the_date():
    """A headline of two sentences under its kicker and date on one line: the model reads
    that line as the date, so it is not the headline, however likely a headline it is too."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("Menu\nHARBOURS 04/16/2020 10:31 am ET\n"
                        "I Was Stranded On The Ferry. Here's What The Island Did Next.\n"
                        "By Jane Roe\n")  # fmt: skip
    dated, headline = 1, 2
    found = _title_odds(doc, {dated: 0.11, headline: 0.39})
    assert headline_above(doc, found, headline, frozenset()) == dated  # read as no date
    found.best[dated] = "date"
    assert headline_above(doc, found, headline, frozenset()) == headline


def test_a_shorter_headline_straight_above_the_standfirst_taken_for_it_is_the_headline():
    """A standfirst that ends no sentence, taken for the headline: the shorter line straight
    above it, at least a quarter as likely a headline, is. A longer line above, or a less
    likely one, leaves the model's pick as it is."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("Sport\nNelson's late goal lifts the Isles\n"
                        "New York completes a frantic comeback to stretch its unbeaten run to 15\n"
                        "Published 11:26 pm EST, Tuesday, November 19, 2019\n")  # fmt: skip
    headline, standfirst = 1, 2
    odds = {headline: 0.31, standfirst: 0.40}
    found = _title_odds(doc, odds)
    assert headline_above(doc, found, standfirst, frozenset()) == headline
    assert headline_above(doc, found, standfirst, frozenset({headline})) == standfirst
    found.probs[headline]["title"] = 0.05
    assert headline_above(doc, found, standfirst, frozenset()) == standfirst


def test_a_headline_naming_its_topic_is_not_taken_for_the_standfirst_of_a_short_line_over_it():
    """The rules' headline of three words, under a menu's one-word label, over a line the
    model took for the headline: that line names its topic before a colon, a headline's
    form, so the model's pick stands; a line of a sentence there would be the standfirst."""
    from sitegen.clean.learned import _ruled_above

    for second, kept in (("Schluss mit Poltern: Vier Übungen für einen ruhigen Sitz", False),
                         ("Vier Übungen helfen Reiterinnen zu einem ruhigen Sitz", True)):  # fmt: skip
        doc, _ = read_lines(f"Pferde\nZurück\nSattelfest leicht gemacht\n{second}\n"
                            "Ein Artikel von Jana Roth | 27.01.2022 - 12:45\n")  # fmt: skip
        found = _title_odds(doc, {2: 0.03, 3: 0.96})
        assert _ruled_above(doc, found, [2], frozenset(), 3) is kept, second


def test_a_headline_in_title_case_keeps_its_place_under_a_shorter_line():
    """A pick set in Title Case is a headline, not a standfirst: the shorter line straight
    above it (a button's labels) does not take its place; in sentence case, it would."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("Jane Roe\nFollow Jane Roe Get Alerts from this Writer\n"
                        "Harbour Board's Fare Policy Is A 'Risky Bet,' Says Former Chair\n"
                        "Posted: 08-13-10 05:18 PM\n")  # fmt: skip
    buttons, headline = 1, 2
    found = _title_odds(doc, {buttons: 0.26, headline: 0.45})
    assert headline_above(doc, found, headline, frozenset()) == headline
    doc, _ = read_lines("Jane Roe\nFollow Jane Roe Get Alerts from this Writer\n"
                        "The harbour board's fare policy is a risky bet, says its former chair\n"
                        "Posted: 08-13-10 05:18 PM\n")  # fmt: skip
    assert headline_above(doc, found, headline, frozenset()) == buttons



def test_a_headline_naming_its_topic_before_a_colon_keeps_its_place_under_a_kicker():
    """"<topic>: <headline>" is a headline's form, not a standfirst's: the shorter line
    over it is its kicker, however likely the model reads it."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("Krieg in der Ukraine\nUkrainische Gegenoffensive: Ziele, Chancen, Risiken\n"
                        "Von Jana Roth\n")  # fmt: skip
    kicker, headline = 0, 1
    found = _title_odds(doc, {kicker: 0.14, headline: 0.58})
    assert headline_above(doc, found, headline, frozenset()) == headline
    doc, _ = read_lines("Krieg in der Ukraine\nDie Gegenoffensive hat Ziele, Chancen und Risiken\n"
                        "Von Jana Roth\n")  # fmt: skip
    assert headline_above(doc, found, headline, frozenset()) == kicker  # read as its standfirst


def test_the_first_of_the_storys_points_taken_for_the_headline_gives_way_to_the_headline():
    """A headline over a list of the story's points, lines alike: the first point taken for
    the headline gives way to the longer line over it; not to a trail that ends with it,
    and not where no list follows."""
    from sitegen.clean.headline_group import over_its_points

    points = ("Harbour pilots are on the hunt for the rarest of the old ferry tickets\n"
              "Two batches of tickets printed in 1994 and 1996 carry a misprinted date\n"
              "Six thousand of them were sold, but only nine are known to survive today\n")  # fmt: skip
    doc, _ = read_lines("Money\nYour old ferry ticket could be worth THOUSANDS - here's how to "
                        "check if you have one\n" + points + "By Jane Roe\n")  # fmt: skip
    headline, first = 1, 2
    found = _title_odds(doc, {headline: 0.18, first: 0.75})
    assert over_its_points(doc, found, first, frozenset()) == headline
    found.probs[headline]["title"] = 0.01  # not likely enough on its own
    assert over_its_points(doc, found, first, frozenset()) == first
    doc, _ = read_lines("Home News Money Harbour pilots are on the hunt for the rarest of the old "
                        "ferry tickets\n" + points + "By Jane Roe\n")  # fmt: skip
    found = _title_odds(doc, {0: 0.18, 1: 0.75})
    assert over_its_points(doc, found, 1, frozenset()) == 1  # a trail ending with it
    doc, _ = read_lines("Money\nYour old ferry ticket could be worth THOUSANDS - here's how to "
                        "check if you have one\n" + points.split("\n")[0] + "\nBy Jane Roe\n")
    found = _title_odds(doc, {1: 0.18, 2: 0.75})
    assert over_its_points(doc, found, 2, frozenset()) == 2  # no list under it


def test_a_menu_over_a_headline_of_sentences_is_not_taken_for_it():
    """A headline that ends a sentence, taken for the headline: the lines above it are
    looked at as the headline over its standfirst, but not past a second short line, which
    ends the headline group (a menu's items), however likely the model reads them. One
    short line straight above (a label: "Editorial") is passed over."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("Your life at the harbour\nFerries\nPolitics\n"
                        "The ferry crews are back at the quay. Some captains say they should not be.\n"
                        "Published 11:26 pm EST, Tuesday, November 19, 2019\n")  # fmt: skip
    headline = 3
    found = _title_odds(doc, {0: 0.2, headline: 0.3})
    assert headline_above(doc, found, headline, frozenset()) == headline
    doc, _ = read_lines("Ferries\nThe view on the harbour: a town at the brink\nEditorial\n"
                        "The board has only fuelled the anger. It is up to it to listen.\n")  # fmt: skip
    assert headline_above(doc, _title_odds(doc, {1: 0.2, 3: 0.3}), 3, frozenset()) == 1


def test_a_standfirst_in_sentence_case_under_a_headline_in_title_case_gives_way_to_it():
    """The model took the standfirst, in sentence case, for the headline: the line straight
    above it in Title Case is the headline, if likely enough a headline on its own. The
    case tells them apart whichever is the longer; a line above in sentence case, or one
    the model reads as no headline, leaves the pick as it is."""
    from sitegen.clean.headline_group import SURE, title_case_above

    doc, _ = read_lines("Style\nHarbour Master on Leaving the Tags on Her Yellow Raincoat: "
                        "'I Wore It Four Times and Never Noticed!'\n"
                        "The harbour master explained the story behind her wardrobe slip "
                        "to Radio Halden\nBy Jane Roe\n")  # fmt: skip
    headline, standfirst = 1, 2
    found = _title_odds(doc, {headline: 0.3, standfirst: 0.65})
    assert title_case_above(doc, found, standfirst, frozenset()) == headline
    assert title_case_above(doc, found, standfirst, frozenset({headline})) == standfirst
    found.probs[headline]["title"] = SURE["title"] / 2
    assert title_case_above(doc, found, standfirst, frozenset()) == standfirst
    doc, _ = read_lines("Style\nThe harbour master on leaving the tags on her yellow raincoat\n"
                        "The harbour master explained the story behind her wardrobe slip "
                        "to Radio Halden\n")  # fmt: skip
    found = _title_odds(doc, {headline: 0.3, standfirst: 0.65})
    assert title_case_above(doc, found, standfirst, frozenset()) == standfirst


def test_a_longer_promotion_above_a_short_headline_must_be_likelier_to_be_kept():
    """The rules took a longer line for the headline and the one under it for the
    standfirst, which the model took for the headline: where that line is the shorter and
    ends no sentence (a headline under a promotion's banner), the rules' line stays only if
    the model reads it at least as likely a headline; a standfirst of sentences, or a
    longer one, needs only a quarter of its odds, as before."""
    from sitegen.clean.learned import KEEP_ABOVE, LONGER_ABOVE, _keep_above

    doc, _ = read_lines("Winter sale 2026: grab the harbour shop's best early deals here now\n"
                        "The ten best winter deals on rain jackets\n"
                        "The sale opens on Friday. Most jackets are a third off\n"
                        "Ten jackets for the harbour, tested in a week of storms and spray\n")  # fmt: skip
    assert _keep_above(doc, 0, 1) == LONGER_ABOVE == 1.0  # shorter, no sentence
    assert _keep_above(doc, 0, 2) == KEEP_ABOVE  # a standfirst of sentences
    assert _keep_above(doc, 1, 3) == KEEP_ABOVE  # longer than the line above it


def test_a_kicker_straight_above_the_headline_is_not_taken_for_it():
    """A line of a word or three straight above the headline the model took is its kicker
    (a section's or topic's label), however likely a headline the model reads it."""
    from sitegen.clean.headline_group import headline_above

    doc, _ = read_lines("News\nRural Regions\n"
                        "Fifteenth forum on rural development opens in Halden\n"
                        "By Jane Roe\n")  # fmt: skip
    kicker, headline = 1, 2
    odds = {kicker: 0.5, headline: 0.9}
    found = _title_odds(doc, odds)
    assert headline_above(doc, found, headline, frozenset()) == headline


MENU_AS_PROSE = """X
Homepage
News
Latest News Applications Channel Programs Cloud Components Data Center Internet of Things Managed Services Mobility Networking Running Your Business Security Storage
Carousels
All Carousels Applications Channel Programs Cloud Components Data Center Internet of Things Managed Services Mobility Networking Running Your Business Security
Learning Centers
Harbour Board Approves the New Ferry Timetable

By Marta Quillon March 3, 2024, 07:47 PM EST

Share to LinkedIn
LinkedIn
Share to Facebook
Facebook
Share to Email

The harbour board approved the new ferry timetable on Tuesday evening after three hours of debate.
Ferries will leave every forty minutes from May, and the last boat of the day will sail an hour later than it does now.
The operator said it would hire six more crew for the summer and repaint the two older boats before the season begins.
Residents who had asked for an earlier first sailing said they were pleased, though some traders wanted more boats on market days.
"""


def test_the_body_starts_after_its_headline_group():
    """A menu pasted as one long line looks like running text to the rules; above the
    headline, and with the share buttons under the byline, it is not the article's."""
    page = clean_text(MENU_AS_PROSE)
    assert page.title == "Harbour Board Approves the New Ferry Timetable"
    assert page.body[0].startswith("The harbour board approved")
    assert len(page.body) == 4


CAPTION_UNDER_BYLINE = """Home
News
Harbour Board Approves the New Ferry Timetable
By Marta Quillon March 3, 2024, 07:47 PM EST
In this Tuesday, March 2, 2024, photograph, the old car ferry waits at the quay before its last sailing of the day.
Photo: Tomasz Wrona, Harbour Press
Image 1 of / 9
Caption
1 / 9
Back to Gallery
The harbour board approved the new ferry timetable on Tuesday evening after three hours of debate in the town hall.
Ferries will leave every forty minutes from May, and the last boat of the day will sail an hour later than it does now.
The operator said it would hire six more crew for the summer and repaint the two older boats before the season begins.
Residents who had asked for an earlier first sailing said they were pleased, though some traders wanted more boats on market days.
The board will review the timetable in October, after the first summer of the new sailings, and publish the numbers it collects.
Fares will not change this year, the operator said, but season tickets for islanders will cost a little less from the autumn.
The old ticket office on the quay will close, and tickets will be sold on board and from a machine beside the waiting room.
A new gangway for wheelchairs and prams, paid for by the county, is due to be fitted on both boats before the end of April.
"""


def test_the_lead_pictures_caption_credit_and_counters_under_the_byline_go():
    page = clean_text(CAPTION_UNDER_BYLINE)
    assert page.body[0].startswith("The harbour board approved")
    assert not any("Image 1 of" in p or p.startswith("Photo:") for p in page.body)


@pytest.mark.parametrize(
    ("lines", "at", "cannot"),
    [
        # a headline that starts as a German byline does ("Von ...") names no one
        (["Von der Leyen will die Ukraine in der EU – Österreich zahlt die Zeche"], 0, False),
        (["Von Max Mustermann"], 0, True),
        # a line naming two people is a byline; a headline's function words name no one
        (["Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader"], 0, True),
        (["How To Grow and Care For Bougainvillea"], 0, False),
        # a search box's prompt is no label of the headline under it
        (["Suche nach:", "Redaktion des Wörterbuchs erstellt ein Glossar zur Corona-Pandemie"], 1, False),
        (["Energiewende Oberland:", "Klimavorreiter Oberland?"], 1, False),
        (["Author:", "Jo Lee"], 1, True),
        # links to the posts before and after, marked by their arrows
        (["Part 1 of the Harbour Diaries series Next Work →"], 0, True),
        (["← Learning for the exam, sensibly"], 0, True),
        (["<All shops for corsets"], 0, True),
        (["more in Politics & Policy »"], 0, True),  # a guillemet closing no quotation
        # words without a capital, in a script that has them: tags, not a headline
        (["coronavirus new york city"], 0, True),
        (["Coronavirus in New York City"], 0, False),
        (["iPhone sales slow in China"], 0, False),
        # the site's name, as its copyright notice gives it; not a title the notice repeats
        (["The Harbour Courier", "Copyright 2024 © The Harbour Courier. All rights reserved."],
         0, True),
        (["Winter Tides", "© harbourcourier.com 2024 - Winter Tides"], 0, False),
        (["Winter Tides", "© Winter Tides/dpa"], 0, False),  # a picture's credit: no year
        # a caption under its picture's credit; a headline there ends no sentence
        (["Jules Roe / AP", "The premier, left, announces her resignation Saturday."], 1, True),
        (["Jules Roe / AP", "Harbour premier resigns as party leader"], 1, False),
        # a line over a credit is its caption; over a name and agency with its date under
        # them, the byline's, it is the headline
        (["Harbour premier resigns as party leader", "Jules Roe / AP"], 0, True),
        (["Harbour premier resigns as party leader", "Lucía Romero / EFE", "4.3.2024"], 0,
         False),
        (["« Les routes du sel » : un voyage"], 0, False),  # ... and one closing a quotation
        (["Le sel, « l'or blanc »"], 0, False),
        (["Salt Roads"], 0, False),
        # a row of buttons pasted as one line, each word a label of the phrase lists
        (["RSS Twitter Facebook"], 0, True),
        (["Share Email Print"], 0, True),
        (["Twitter sues over ferry ad ban"], 0, False),
        # a live blog's entry under its time of day, one update among many
        (["7:53 am: Harbour board approves the new timetable"], 0, True),
        (["14:32 GMT - Ferries cancelled for the rest of the day"], 0, True),
        (["5:2 diet: does it work for islanders?"], 0, False),
        # a link's label in square brackets, as some trails print them
        (["[Home]", "[Harbours]", "[Rathlin]"], 2, True),
        (["[Updated] Ferry timetable changes from Monday"], 0, False),
        # a list of teasers, each headline under its date line; the headline on its own stays
        (["Road closed for repairs", "27 April 2022", "Festival of films opens",
          "27 April 2022"], 0, True),
        (["Road closed for repairs", "27 April 2022", "Festival of films opens",
          "27 April 2022"], 2, True),
        (["Road closed for repairs", "27 April 2022"], 0, False),
        # a navigation label over the masthead's date of the day pairs with no headline
        (["Menu", "November 20, 2019", "Road closed for repairs", "27 April 2022"], 2, False),
        # a label's value is a name, a date, a few words; not a headline under a search box
        (["Author:", "Jo Lee"], 1, True),
        (["Quelle:", "Deutsche Presse-Agentur GmbH"], 1, True),
        (["Search for:", "The boat that did not come"], 1, False),
        # a list of topics, each with how many articles it holds; a headline closed by a
        # figure on its own, or over a date, is still one
        # a reading time, however it is worded
        (["Estimated reading time: 6 minutes"], 0, True),
        (["Reading time: 4 min"], 0, True),
        (["Harbours 12204", "Ferries 3922", "ferry strikes 27", "Islands 647"], 2, True),
        (["Harbours (12)", "Ferries (7)", "Rathlin (3)"], 1, True),
        (["The ferries of the north, part 49", "Tuesday, 2 November 2021"], 0, False),
        (["Harbours", "The ferries of the north, part 49", "Islands 647"], 1, False),
    ],
)
def test_lines_that_cannot_be_the_headline(lines, at, cannot):
    from sitegen.clean.not_headlines import not_title

    doc, _ = read_lines("\n".join([*lines, *BODY.split("\n")]))
    assert not_title(doc, at) is cannot


def test_an_update_gives_way_to_the_publication_date_the_page_prints():
    """A page printing "Updated" in its headline block and "Published" further down is
    filed under the day it was published."""
    page = clean_text(PAGE.replace("Tue 14 May 2024 07.45 BST", "Updated 21 May 2024 09:10")
                      .replace("Most read", "Published 14 May 2024 07:45\nMost read"))  # fmt: skip
    assert page.date is not None and str(page.date.value).startswith("2024-05-14")


def test_a_byline_that_says_so_beside_the_headline_outweighs_a_name_from_elsewhere():
    """A section printed beside the date looks like a name ("Regional News 14 May 2024");
    the "By" line of the headline's own group says who wrote the article. Authors already
    on such a line stay; a "By" line far from the headline is not its group's."""
    from sitegen.clean.learned import _said_by_beside

    doc, _ = read_lines(PAGE.replace("World\n", "World\nRegional News 14 May 2024\n")
                        .replace("By Amina Diallo and Tomasz Wrona\n", "Share\nBy Lena Hartwig\n"))
    headline = next(ln.index for ln in doc.lines if ln.text.startswith("The salt roads"))
    assert _said_by_beside(doc, headline, ["Regional News"]) == ["Lena Hartwig"]
    assert _said_by_beside(doc, headline, []) == ["Lena Hartwig"]
    assert _said_by_beside(doc, headline, ["Lena Hartwig"]) == []  # found already
    far = "\n".join(f"Paragraph {n} of the report, long enough to read as prose here." for n in range(9))
    doc, _ = read_lines(PAGE.replace("By Amina Diallo and Tomasz Wrona\n", f"{far}\nBy Lena Hartwig\n"))
    headline = next(ln.index for ln in doc.lines if ln.text.startswith("The salt roads"))
    assert _said_by_beside(doc, headline, []) == []


def test_a_standfirst_the_model_reads_under_the_headline_is_the_standfirst():
    """Where the rules found no standfirst, the line the model labels so, past the byline
    and date under the headline, is taken, and leaves the body; nothing is taken past the
    first line the model reads as body, nor a line too short to be one."""
    from sitegen.clean.standfirst import standfirst_under as _standfirst

    doc, _ = read_lines(PAGE.replace("The caravans that still", "Menu\nThe caravans that still"))
    headline, standfirst = (next(ln.index for ln in doc.lines if ln.text.startswith(w))
                            for w in ("The salt", "The caravans"))  # fmt: skip
    menu = standfirst - 1  # a one-word line between them

    def labelled(**labels: int) -> line_model.Labels:
        best = ["other"] * len(doc.lines)
        for label, index in labels.items():
            best[index] = label
        return line_model.Labels(first=0, best=best, probs=[{} for _ in doc.lines],
                                 features=[[] for _ in doc.lines],
                                 numbers=[ln.number for ln in doc.lines])  # fmt: skip

    assert _standfirst(doc, labelled(subtitle=standfirst), headline).startswith("The caravans")
    assert doc.role(doc.lines[standfirst]) == "subtitle"
    assert _standfirst(doc, labelled(body=menu, subtitle=standfirst), headline) == ""
    assert _standfirst(doc, labelled(subtitle=menu), headline) == ""  # one word


def test_the_line_between_headline_and_byline_is_the_standfirst_whatever_the_model_read():
    """A Guardian-style paste: the standfirst, without a full stop, between the headline
    and the author's bare name, goes to the standfirst, not lost with the chrome above the
    article; a caption closed by its credit there is no standfirst."""
    headline = "The ferry stopped. Then the island built its own"
    standfirst = ("When the mainland operator pulled out, residents crowdfunded a boat, "
                  "trained their own crew and now run a service the envy of the Hebrides")
    top = "Skip to main content\nSign in\nNews\nOpinion\nTue 14 May 2024 07.45 BST\nShare\n"
    under = "Mairi Campbell\nTue 14 May 2024 07.45 BST\n"
    page = clean_text(f"{top}{headline}\n{standfirst}\n{under}" + BODY)
    assert (page.title, page.subtitle) == (headline, standfirst)
    assert standfirst not in page.body
    chrome = "Listen to this article · 6:12 min\nShare full article\n42\n"  # between them
    page = clean_text(f"{top}{headline}\n{standfirst}\n{chrome}{under}" + BODY)
    assert page.subtitle == standfirst
    caption = "Residents at the pier on the morning of the first crossing. Photo: Jo Lee/Reuters"
    page = clean_text(f"{top}{headline}\n{caption}\n{under}" + BODY)
    assert page.title == headline and not page.subtitle


def test_the_line_the_rules_took_for_the_headline_is_the_standfirst_under_the_real_one():
    """The rules took the standfirst for the headline, under a headline in capitals: once
    the headline above is taken, that line is its standfirst, not chrome."""
    from sitegen.clean.standfirst import standfirst_under

    doc, _ = read_lines("SECTIONS\nSEARCH\nHARBOUR BOARD APPROVES THE NEW FERRY TIMETABLE\n"
                        "Residents had asked for an earlier crossing for years\nBY ANA LOPES\n"
                        "UPDATED: 10:15 AM GMT DEC 6, 2024\n" + BODY)  # fmt: skip
    headline, standfirst = 2, 3
    doc.mark(doc.lines[standfirst], "title", "headline above the byline")  # the rules' pick
    found = line_model.Labels(first=0, best=["other", "other", "title", "title", "byline",
                                             "date"] + ["body"] * (len(doc.lines) - 6),
                              probs=[{} for _ in doc.lines], features=[[] for _ in doc.lines],
                              numbers=[ln.number for ln in doc.lines])  # fmt: skip
    assert standfirst_under(doc, found, headline) == doc.lines[standfirst].text
    assert doc.role(doc.lines[standfirst]) == "subtitle"


def test_a_blogs_posted_on_date_by_name_line_dates_the_post_not_its_first_comment():
    """ "Posted on <date> by <name>" under the headline is byline and date at once: the
    post's date, not the date of the first comment under it, which the model reads as the
    likelier date line."""
    text = ("HOME\nABOUT\nWhy I moved my side project to a monorepo\n"
            "Posted on March 3, 2024 by Daniel Okafor\n" + BODY +
            "Leave a comment\n12 thoughts on this post\nSam Lee\nMarch 4, 2024 at 9:12 am\n"
            "Great write-up. We did the same at work and never looked back.\nReply\n")
    page = clean_text(text)
    assert str(page.date.value) == "2024-03-03" and page.authors == ["Daniel Okafor"]


def test_a_title_case_headline_over_a_sentence_case_standfirst_is_the_title():
    """Medium's paste: the headline in Title Case, the standfirst under it in sentence case;
    the model's pick of the standfirst gives way to the headline the rules found."""
    text = ("Open in app\nSign up\nSign in\nWrite\nMember-only story\nWhy Your Build Is Slow\n"
            "And what a profiler told me about it\nDaniel Okafor\nFollow\n7 min read\n·\n"
            "Mar 3, 2024\n--\n2\nListen\nShare\n" + BODY)
    page = clean_text(text)
    assert (page.title, page.subtitle) == ("Why Your Build Is Slow",
                                           "And what a profiler told me about it")


def test_a_paste_that_starts_at_a_short_headline_keeps_it_over_its_standfirst():
    """Copied from the headline down, as a reader selects an article: nothing above "Salt
    Roads" to make it a kicker, so the standfirst under it, which the model prefers (it
    learned from whole pages, where a short line over a longer one is mostly a section's
    label), stays the standfirst."""
    text = ("Salt Roads\nHow a forgotten trade route is being walked again\nPriya Raman\n"
            "Apr 18, 2024\nWhen the first salt merchants dragged their carts across the heath "
            "in the twelfth century, they could not have guessed that walkers would follow.\n"
            "Today blue signs mark the old salt route, and inns along it have opened again.\n")
    page = clean_text(text)
    assert (page.title, page.subtitle) == ("Salt Roads",
                                           "How a forgotten trade route is being walked again")


@pytest.mark.parametrize("header", ["2 Gedanken zu „{}“", "10 thoughts on “{}”"])
def test_a_comment_threads_header_is_no_headline_but_names_it(header):
    """ "2 Gedanken zu „<headline>“" under the article quotes the headline printed far above
    it: the header is never the headline; the line it quotes is."""
    from sitegen.clean.not_headlines import quoted_line

    headline = "Folge 70: Star Trek: Picard"
    doc, _ = read_lines(f"{headline}\n" + BODY + header.format(headline) + "\nHarm Otten sagt:\n")
    quoting = next(ln.index for ln in doc.lines if ln.text.endswith(("“", "”")))
    assert doc.lines[quoted_line(doc, quoting)].text == headline
    assert quoted_line(doc, 0) is None
    assert quoted_line(doc, quoting - 1) is None  # a paragraph quotes no line


def test_a_place_beside_the_date_is_not_a_byline_printed_with_it():
    """A dateline ("Puerto Plata - Apr 22, 2022") has the shape of a name beside a date;
    only a line that says "By" prints byline and date together."""
    from sitegen.clean.learned import _byline_and_date

    doc, _ = read_lines(PAGE.replace("By Amina Diallo and Tomasz Wrona\nTue 14 May 2024 07.45 BST",
                                     "Amina Diallo\nPuerto Plata - May 14, 2024 | 07:45\n"
                                     "By Tomasz Wrona, May 14, 2024"))  # fmt: skip
    found = line_model.label(doc)
    assert found is not None
    for probs in found.probs:
        probs["date"] = 0.5
    assert [doc.lines[i].text for i in _byline_and_date(doc, found)] == [
        "By Tomasz Wrona, May 14, 2024"]


def test_short_lines_in_and_under_the_body_the_model_reads_as_chrome_go():
    """Share buttons and a "Back" link the rules kept as a list under the article go where
    the model reads them as chrome, and an "Advert" label between paragraphs; paragraphs,
    short sentences and subheadings between paragraphs stay, whatever the model says."""
    from sitegen.clean.learned_body import chrome_in_body

    middle = ["Advert", "Really.", "What happens next"]
    tail = ["Facebook Twitter WhatsApp", "Back", "Print",
            "The pier will reopen in May, the commission said, once the repairs are done."]
    paragraphs = BODY.split("\n")
    doc, _ = read_lines("\n".join([paragraphs[0], *middle, *paragraphs[1:], *tail]))
    for line in doc.lines:
        doc.mark(line, "heading" if line.text == middle[2] else "body", "kept by the rules")
    chrome = set(range(1, 1 + len(middle))) | set(range(len(doc.lines) - len(tail), len(doc.lines)))
    found = line_model.Labels(
        first=0, best=["other" if i in chrome else "body" for i in range(len(doc.lines))],
        probs=[{"other": 0.9 if i in chrome else 0.0} for i in range(len(doc.lines))],
        features=[[] for _ in doc.lines], numbers=[ln.number for ln in doc.lines])
    chrome_in_body(doc, found)
    assert [ln.text for ln in doc.lines if doc.role(ln) == "chrome"] == ["Advert", *tail[:3]]


def test_another_storys_headline_under_a_widget_between_paragraphs_goes():
    """A headline-sized line between paragraphs, straight under a picture's caption, that
    the model reads as chrome is another story's headline dropped there ("Related" without
    its label); one straight under a paragraph is the article's subheading, and stays."""
    from sitegen.clean.learned_body import chrome_in_body

    paragraphs = [*BODY.split("\n")[:2], "The operator says the earlier crossing will cost more."]
    caption = "Harbour workers unload freight on Tuesday. Photo: Lena Marsh/Harbourline"
    teaser, subheading = "Ferry fares to rise in June", "What happens next"
    doc, _ = read_lines("\n".join([paragraphs[0], caption, teaser, paragraphs[1], subheading,
                                   *paragraphs[2:]]))
    for line in doc.lines:
        role = "chrome" if line.text == caption else "heading" if line.index in (2, 4) else "body"
        doc.mark(line, role, "kept by the rules")
    found = line_model.Labels(
        first=0, best=["body" if doc.role(ln) == "body" else "other" for ln in doc.lines],
        probs=[{"other": 0.1 if doc.role(ln) == "body" else 0.6} for ln in doc.lines],
        features=[[] for _ in doc.lines], numbers=[ln.number for ln in doc.lines])
    chrome_in_body(doc, found)
    assert doc.role(doc.lines[2]) == "chrome"
    assert doc.role(doc.lines[4]) == "heading"


@pytest.mark.parametrize(("label", "notice"), [
    ("Comments", "Comments are the views of their writers, not of this newspaper."),
    ("Comentários", "Os comentários não representam a opinião do site."),
])  # fmt: skip
def test_the_notice_under_a_comments_label_that_repeats_its_word_goes(label, notice):
    """A sentence under the comments' label, in the label's own words and none of the
    story's, is the comment section's notice, whatever the model reads it as; the article's
    last paragraph past an advert's label stays."""
    last = "Residents said the change would let them reach work on the mainland in time."
    page = clean_text(f"Home\nNews\nThe harbour board approves a new ferry timetable\n"
                      f"By Ana Lopes\nMarch 4, 2024\n{BODY}Advertisement\n{last}\n"
                      f"{label}\n{notice}\n")
    assert page.body == [*BODY.split("\n")[:2], last]


def test_a_closing_list_under_the_body_the_model_reads_as_body_stays():
    """A tour's dates under "... dates:" and a label, which the rules left below the
    article as no running text, are the body's where the model reads them as body; the
    label stays out, and so does all from three lines in a row it does not read as body."""
    from sitegen.clean.learned_body import body_below

    dates = ["June 9 – West Palm Beach, FL", "Europe", "June 10 – Paris", "June 14 – Lyon"]
    tail = ["Contact us", "Privacy", "Terms", "June 20 – Raleigh, NC"]
    doc, _ = read_lines("\n".join([*BODY.split("\n"), "The tour's dates:", *dates, *tail]))
    for line in doc.lines:
        doc.mark(line, "body", "kept by the rules")
    doc.end = len(doc.lines) - len(dates) - len(tail)
    for line in doc.lines[doc.end :]:
        doc.mark(line, "chrome", "below the article")
    odds = {"Europe": 0.3, "Contact us": 0.2, "Privacy": 0.1, "Terms": 0.1}
    found = line_model.Labels(
        first=0, best=["other" if ln.text in odds else "body" for ln in doc.lines],
        probs=[{"body": odds.get(ln.text, 0.9)} for ln in doc.lines],
        features=[[] for _ in doc.lines], numbers=[ln.number for ln in doc.lines])
    body_below(doc, found)
    assert [ln.text for ln in doc.lines if doc.role(ln) == "chrome"] == ["Europe", *tail]


def test_a_closing_list_goes_on_in_its_shape_past_the_lines_the_model_reads():
    """The model reads the first dates of a tour as body and stops reading before the
    list ends: the lines of the same shape after them are the list's, up to the footer."""
    from sitegen.clean.learned_body import body_below

    dates = [f"June {day} -- Arena {day}, Springfield, IL" for day in range(1, 9)]
    footer = ["Contact us", "June 30 -- the last word"]
    doc, _ = read_lines("\n".join([*BODY.split("\n"), "The tour's dates:", *dates, *footer]))
    doc.end = len(doc.lines) - len(dates) - len(footer)
    for line in doc.lines[: doc.end]:
        doc.mark(line, "body", "kept by the rules")
    for line in doc.lines[doc.end :]:
        doc.mark(line, "chrome", "below the article")
    read = doc.end + 4  # the model's window ends after the first four dates
    found = line_model.Labels(
        first=0, best=["body"] * read, probs=[{"body": 0.9} for _ in range(read)],
        features=[[] for _ in range(read)], numbers=[ln.number for ln in doc.lines[:read]])
    body_below(doc, found)
    assert [ln.text for ln in doc.lines if doc.role(ln) == "chrome"] == footer


def test_a_line_under_a_screen_readers_label_is_its_value_not_a_headline():
    """"Image caption," (a label for screen readers, ending in a comma) says what the line
    under it is, however long; a label with a colon holds only a short value."""
    from sitegen.clean.not_headlines import not_title

    caption = "Mr Rodrigues says he wanted to do something for a living that he really liked"
    doc, _ = read_lines("\n".join(["The man who built a firm in his basement", "14 July 2017",
                                   "Image caption,", caption, "Search for:", caption]) + "\n"
                        + BODY)  # fmt: skip
    at = {line.text: line.index for line in doc.lines}
    assert not_title(doc, at["Image caption,"] + 1)
    assert not not_title(doc, at["Search for:"] + 1)  # a headline under a search box's label
    assert not not_title(doc, at["The man who built a firm in his basement"])


def test_a_shorter_line_over_the_standfirst_taken_is_the_headline_if_a_sixth_as_likely():
    """The model's odds for a headline straight above a longer standfirst may be far below
    the standfirst's own ("Why collaborative thinking beats individual smarts" over "An
    interview with ..."); a sixth and more is enough, a tenth is not."""
    from sitegen.clean.headline_group import headline_above

    headline = "Why collaborative thinking beats individual smarts"
    standfirst = ("An interview with Thomas Malone, author of Superminds, together with a "
                  "reading list")

    def taken(odds: float) -> str:
        doc, _ = read_lines(f"Menu\n{headline}\n{standfirst}\n" + BODY)
        found = line_model.label(doc)
        assert found is not None
        at = {line.text: line.index - found.first for line in doc.lines}
        for probs in found.probs:
            probs["title"] = 0.0
        found.probs[at[standfirst]]["title"], found.probs[at[headline]]["title"] = 0.6, odds
        index = at[standfirst] + found.first
        return doc.lines[headline_above(doc, found, index, frozenset())].text

    assert taken(0.1) == headline  # a sixth of 0.6
    assert taken(0.06) == standfirst


def test_a_web_address_on_a_line_of_its_own_is_no_headline():
    from sitegen.clean.not_headlines import not_title

    address = "https://www.chron.com/business/article/New-car-sales-plunge-14847624.php"
    doc, _ = read_lines(f"Menu\n{address}\nNew car sales plunge 10 percent in October\n" + BODY)
    at = {line.text: line.index for line in doc.lines}
    assert not_title(doc, at[address])
    assert not not_title(doc, at["New car sales plunge 10 percent in October"])


def _prompt_over_the_story(prompt_text: str):
    """PAGE with ``prompt_text`` over its headline and a long body, as the model would read
    it were it sure of the prompt (0.9) and gave the headline twice ``SPEAKING_SURE``."""
    from sitegen.clean.learned import SPEAKING_LINES, SPEAKING_SURE

    more = "\n".join(f"Paragraph {n} of the story goes on about the desert and its trade."
                     for n in range(SPEAKING_LINES))  # fmt: skip
    page = PAGE.replace("Menu\n", f"Menu\n{prompt_text}\n").replace(
        "Most read", more + "\nMost read")
    doc, _ = read_lines(page)
    found = line_model.label(doc)
    assert found is not None
    prompt = next(ln.index for ln in doc.lines if ln.text == prompt_text)
    headline = next(ln.index for ln in doc.lines if ln.text.startswith("The salt roads"))
    for i, probs in enumerate(found.probs):
        probs["title"] = 0.0
        found.best[i] = "other"
    found.probs[prompt - found.first]["title"] = 0.45  # the model unsure of it
    found.probs[headline - found.first]["title"] = 2 * SPEAKING_SURE
    return doc, found, prompt, headline


def test_a_headline_in_other_words_than_its_story_keeps_its_place_over_its_standfirst():
    """A headline may say in other words what its story says: the standfirst straight under
    it, which repeats the story's words, does not take its place."""
    from sitegen.clean.learned import SPEAKING_LINES, _speaking_instead

    more = "\n".join(f"Paragraph {n} of the story goes on about the desert and its trade."
                     for n in range(SPEAKING_LINES))  # fmt: skip
    doc, _ = read_lines(PAGE.replace("The salt roads of the Sahara keep moving", "Journey without end")
                        .replace("Most read", more + "\nMost read"))  # fmt: skip
    found = line_model.label(doc)
    assert found is not None
    headline = next(ln.index for ln in doc.lines if ln.text == "Journey without end")
    standfirst = headline + 1
    for i, probs in enumerate(found.probs):
        probs["title"] = 0.0
        found.best[i] = "other"
    found.probs[headline - found.first]["title"] = 0.45
    found.probs[standfirst - found.first]["title"] = 0.3
    doc.mark(doc.lines[standfirst], "subtitle", "standfirst under the headline")
    assert _speaking_instead(doc, found, headline, frozenset()) == headline
    doc.mark(doc.lines[standfirst], "chrome", "above the article")  # a line, not its standfirst
    assert _speaking_instead(doc, found, headline, frozenset()) == standfirst


def test_a_headline_whose_words_the_story_never_uses_gives_way_to_one_that_names_it():
    """A prompt taken for the headline ("Did you spot a mistake?") names nothing the
    paragraphs speak of: the likeliest line that does is the headline, if the model gives
    it odds at all and is not sure of the prompt; a line the model reads as a byline or a
    date is not."""
    from sitegen.clean.learned import SPEAKING_KEEP, SPEAKING_SURE, _speaking_instead

    doc, found, prompt, headline = _prompt_over_the_story("Did you spot a mistake?")
    standfirst = next(ln.index for ln in doc.lines if ln.text.startswith("The caravans"))
    assert _speaking_instead(doc, found, prompt, frozenset()) == headline
    assert _speaking_instead(doc, found, headline, frozenset()) == headline  # it names the story
    assert _speaking_instead(doc, found, prompt, frozenset({headline})) == prompt  # none other
    found.probs[headline - found.first]["title"] = SPEAKING_SURE / 2
    assert _speaking_instead(doc, found, prompt, frozenset()) == prompt  # too unlikely
    found.probs[standfirst - found.first]["title"] = 0.5  # it speaks of salt too
    assert _speaking_instead(doc, found, prompt, frozenset()) == standfirst
    found.best[standfirst - found.first] = "date"
    assert _speaking_instead(doc, found, prompt, frozenset()) == prompt
    short, _ = read_lines(PAGE.replace("Menu\n", "Menu\nDid you spot a mistake?\n"))
    assert _speaking_instead(short, found, prompt, frozenset()) == prompt  # three paragraphs
    found.best[standfirst - found.first] = "other"
    found.probs[prompt - found.first]["title"] = SPEAKING_KEEP  # the model sure of it
    assert _speaking_instead(doc, found, prompt, frozenset()) == prompt


STRIKE_STORY = "\n".join([
    "Kein Homeoffice, kein Auto: Wenn die Streiks im Nahverkehr kommen, stehen viele "
    "Beschäftigte vor einem Problem.",
    "Roni Jaafar arbeitet als Servicekraft in München und ist auf Bus und Bahn angewiesen, "
    "jeden Tag.",
    "An Streiktagen braucht er für den Weg zur Arbeit drei Stunden statt vierzig Minuten, sagt er.",
    "Sein Arbeitgeber zeigt Verständnis, doch die verlorene Zeit muss er nacharbeiten, auch bei "
    "den nächsten Streiks.",
    "Die Gewerkschaft verteidigt die Streiks als letztes Mittel in einem festgefahrenen Tarifstreit.",
    "Die Beschäftigte im Nahverkehr fordern mehr Lohn und kürzere Schichten, die Arbeitgeber "
    "lehnen ab.",
    "Für viele Pendler bleibt das Problem, solange keine Einigung in Sicht ist, sagt ein Sprecher.",
])


def test_a_headline_asking_a_question_replaces_a_label_that_names_nothing_of_the_story():
    """A short question reads as a sentence, but it may be the headline: a player's label
    ("Audiobeitrag") taken for it gives way to the question the story speaks of."""
    page = clean_text("Bayern\nSuche\nAudiobeitrag\n15.04.2026, 14:36 Uhr\nAudiobeitrag\n>\n"
                      "ÖPNV-Streiks: Ein existenzielles Problem für Beschäftigte?\n" + STRIKE_STORY)
    assert page.title == "ÖPNV-Streiks: Ein existenzielles Problem für Beschäftigte?"
    assert page.date is not None and page.date.iso().startswith("2026-04-15")


def test_a_prompt_sharing_only_function_words_with_the_story_names_none_of_it():
    """The words every text uses ("about", "this") say nothing of the story: a prompt that
    shares only those with the paragraphs gives way to the headline. A line of only such
    words tells nothing either way, and stays."""
    from sitegen.clean.learned import _speaking_instead

    for prompt_text, moves in (("This feature is about members", True),
                               ("What about this?", False)):  # fmt: skip
        doc, found, prompt, headline = _prompt_over_the_story(prompt_text)
        assert _speaking_instead(doc, found, prompt, frozenset()) == (headline if moves else prompt)


def test_a_headline_of_two_words_over_its_standfirst_stays_the_headline():
    """A headline of a word or three ("Salt Roads") straight over a longer standfirst that
    ends no sentence: the rules read them as headline and standfirst, and where the model
    reads the short line as likely enough a headline, its preference for the longer one
    does not turn the standfirst into the headline; under a kicker of one word
    ("Transport"), less likely is enough. A trail or a label is no such headline, nor is a
    short line the model reads as a kicker, nor the line under a trail's root ("Home")."""
    from sitegen.clean.learned import KICKED, SURE, _ruled_above

    doc, _ = read_lines("Home\nWorld\nTransport\nSalt Roads\n"
                        "The caravans keep moving; the buyers have changed, and the price with them\n"
                        "By Amina Diallo · 14 May 2024 - 09:40 CET\n"
                        "The caravan left Taoudenni before dawn, forty camels long, loaded with salt.\n")  # fmt: skip
    headline, standfirst = 3, 4
    found = _title_odds(doc, {headline: 0.15, standfirst: 0.8})
    assert _ruled_above(doc, found, [headline], frozenset(), standfirst)
    found.probs[headline]["title"] = (SURE["title"] + KICKED) / 2  # under "Transport"
    assert _ruled_above(doc, found, [headline], frozenset(), standfirst)
    found.probs[headline]["title"] = KICKED / 2  # read as a kicker itself
    assert not _ruled_above(doc, found, [headline], frozenset(), standfirst)
    rooted, _ = read_lines("Home\nSalt Roads\n"
                           "The caravans keep moving; the buyers have changed, and the price with them\n"
                           "The caravan left Taoudenni before dawn, forty camels long, loaded with salt.\n")  # fmt: skip
    found = _title_odds(rooted, {1: (SURE["title"] + KICKED) / 2, 2: 0.8})
    assert not _ruled_above(rooted, found, [1], frozenset(), 2)  # a trail: Home > Salt Roads
    found.probs[1]["title"] = SURE["title"]
    assert _ruled_above(rooted, found, [1], frozenset(), 2)
    doc, _ = read_lines("Home\nWorld\nGroup: Salt » Roads\n"
                        "The caravans keep moving; the buyers have changed, and the price with them\n")  # fmt: skip
    found = _title_odds(doc, {2: 0.15, 3: 0.8})
    assert not _ruled_above(doc, found, [2], frozenset(), 3)


def test_a_headline_of_two_words_under_its_kicker_is_the_title():
    page = """Skip to content
Menu
Search
Sections
Climate
Salt Roads
How the old trade routes across the marshes are being walked again, one causeway at a time
By Eleanor Voss
Published November 20, 2023
Updated November 21, 2023, 9:02 a.m. ET
For six centuries, salt moved inland from the coast along raised paths through the marsh. Most were abandoned when the railway arrived, and many vanished under reeds within a generation.
Now a group of volunteers is mapping and reopening them. So far they have restored eleven kilometres of causeway, with another twenty planned before 2026.
The work is slow: each stretch has to be surveyed at low water and rebuilt with stone the volunteers carry in by hand.
Eleanor Voss is a climate reporter based in Norwich.
More on climate
Tidal power plan gets green light
Advertisement
"""
    got = clean_text(page)
    assert got.title == "Salt Roads"
    assert got.subtitle.startswith("How the old trade routes")
    assert got.authors == ["Eleanor Voss"]


def test_the_line_under_the_byline_is_not_the_headline_above_it():
    """Where the writer reported from, printed straight under the byline, reads as a
    headline to the model; the headline stands above the byline, past the share buttons
    and the listening time between them, and its full stops are its own."""
    page = """Skip to contentSkip to site index
World
Today’s Paper
Advertisement
SKIP ADVERTISEMENT
Supported by
SKIP ADVERTISEMENT
Island Dispatch
On a Remote Island, the Ferry Stopped. So Residents Bought Their Own.
Three hundred households pooled their savings to buy a second-hand boat. A year later, it is still running.
Listen to this article · 6:12 min Learn more
Share full article
48
By Marta Quillon
Reporting from Rathlin Island, Northern Ireland
March 3, 2024
Updated 5:02 p.m. ET
When the last scheduled ferry left in March, the island’s 600 residents assumed a replacement would follow. It did not.
Within a month, a cooperative had formed. Three hundred households bought shares at £200 each, enough for a second-hand passenger boat and a year of fuel.
The service now runs four times a day, and the cooperative says it will break even next year.
Marta Quillon is a correspondent based in Belfast.
A version of this article appears in print on March 4, 2024, Section A, Page 4 of the New York edition with the headline: Islanders Buy Their Own Ferry. Order Reprints | Today’s Paper | Subscribe
See more on: Rathlin Island
Share full article
48
Advertisement
SKIP ADVERTISEMENT
"""
    got = clean_text(page)
    assert got.title == "On a Remote Island, the Ferry Stopped. So Residents Bought Their Own."
    assert got.authors == ["Marta Quillon"]
    assert got.date is not None and got.date.iso().startswith("2024-03-03")


def test_a_spanish_headline_of_two_words_under_a_menu_is_the_title():
    page = """Portada
Nacional
Deportes
Transporte
Ferry madrugador
Los vecinos celebran el cambio; la naviera advierte de que costará más
Por María José Ferrer · 2 feb 2024 - 09:40 CET
Compartir en Facebook
Compartir en Twitter
La autoridad portuaria aprobó el lunes el nuevo horario del ferry tras un año de quejas de los vecinos de la isla por las conexiones perdidas.
A partir de ahora, el primer barco saldrá a las seis de la mañana, una hora antes que ahora, y el último regresará después de las diez de la noche.
Los vecinos dicen que el cambio les permitirá llegar a tiempo al trabajo, aunque a algunos les preocupa el coste de las travesías adicionales.
"""
    got = clean_text(page)
    assert got.title == "Ferry madrugador"
    assert got.subtitle.startswith("Los vecinos celebran el cambio")
    assert got.authors == ["María José Ferrer"]


PRESS_RELEASE = """Harbour Works Ltd
Home
About Us
Services
Projects
News
Contact
News
FOR IMMEDIATE RELEASE
Harbour Works Ltd Wins Contract to Rebuild Pier at Porthmadog
PORTHMADOG, Wales, March 4, 2024 /PRNewswire/ -- Harbour Works Ltd, a marine engineering firm based in Cardiff, today announced that it has been awarded a £12 million contract to rebuild the historic pier at Porthmadog.
The project will replace the pier's timber deck and strengthen its stone foundations, which were damaged in storms in 2022.
"We are proud to help restore a landmark that means so much to the town," said Chief Executive Gwen Roberts.
Work is expected to begin in June and finish by the end of 2025.
About Harbour Works Ltd
Harbour Works Ltd designs and builds harbours, piers and sea defences across the UK.
Media Contact:
Owen Price
press@harbourworks.example
SOURCE Harbour Works Ltd
"""


def test_the_heading_of_a_box_about_the_firm_names_no_author():
    """A press release's "About Harbour Works Ltd" heads the box about the firm: no byline,
    though the words after "About" are capitalised as a name's are."""
    page = clean_text(PRESS_RELEASE)
    assert page.title == "Harbour Works Ltd Wins Contract to Rebuild Pier at Porthmadog"
    assert page.authors == []


def test_a_brief_of_one_paragraph_under_its_headline_keeps_it_as_its_body():
    """A headline and one paragraph under it: the paragraph is the article's body, not a
    standfirst over no body. Over a body, the same line stays the standfirst."""
    headline = "Harbour board approves the new ferry timetable"
    lead = BODY.split("\n")[0]
    page = clean_text(f"{headline}\n{lead}\n")
    assert (page.title, page.subtitle, page.body) == (headline, "", [lead])
    standfirst = "The decision ends a year of complaints from residents about missed crossings."
    page = clean_text(f"{headline}\n{standfirst}\nBy Jane Roe\n{BODY}")
    assert page.subtitle == standfirst and standfirst not in page.body


WALL = (
    "The council voted on Tuesday evening after a debate that lasted more than three hours, "
    "with several residents speaking for and against the harbour wall plan.\n"
    "Supporters said the harbour wall was long overdue and would bring new life to the "
    "waterfront, which has seen several shops close in recent years.\n"
    "Opponents warned that the cost of the harbour wall had been underestimated and that "
    "the town could be left with unfinished work.\n"
    "A spokesperson for the council said the budget for the wall had been checked by "
    "independent engineers.\n"
)


def test_the_rules_standfirst_goes_with_their_headline_where_the_model_takes_another():
    """Key points under the headline: the rules took the last two for headline and
    standfirst, the model the headline above them. The last point is no standfirst of the
    headline taken, three lines above it."""
    page = clean_text("Home\nNews\nCouncil backs plan for new harbour wall\nKey points:\n"
                      "The wall will cost £4m and take two years to build\n"
                      "Residents were split on the plan at a three-hour meeting\n"
                      "Work starts in the autumn\nBy Jane Roe\nMarch 5, 2024\n" + WALL)  # fmt: skip
    assert page.title == "Council backs plan for new harbour wall"
    assert page.subtitle != "Work starts in the autumn"


def test_a_list_items_bullet_marks_a_line_that_is_never_the_headline():
    """"» More from the desert" is an item of a list of links; a headline in guillemets
    ("»Salt is our bread«", German quotes) is still a headline."""
    never = never_titles(PAGE.replace("World\n", "» Preview: the camel fair at Timbuktu\n"))
    assert "» Preview: the camel fair at Timbuktu" in never
    quoted = never_titles(PAGE.replace("The salt roads of the Sahara keep moving",
                                       "»Salt is our bread«, the drivers say"))  # fmt: skip
    assert "»Salt is our bread«, the drivers say" not in quoted


def test_the_model_reads_a_headline_group_over_a_long_menu_above_the_body():
    """A selector of forty makes between the headline group and the body (a car site's
    "Find your next car") keeps the headline within the lines the model reads."""
    makes = ["Find your next car", *(f"Make {chr(65 + n // 26)}{chr(97 + n % 26)}" for n in range(44))]
    head, body = PAGE.split("The caravan left")
    doc, _ = read_lines(head + "\n".join(makes) + "\nThe caravan left" + body)
    headline = next(ln.index for ln in doc.lines if ln.text.startswith("The salt roads"))
    assert doc.start - headline > 40
    assert headline in line_model.window(doc)
