from sitegen.clean import clean_text
from tests.clean.test_signals import PARAS, page, removed_reasons

NOTE = "Ana Lopes is a staff reporter at the Harbour Press covering the coast and its ports."


def test_an_authors_note_closing_the_article_goes_with_what_follows_it():
    about = ("The Harbour Press is where the coast's news is told first, with reporting from "
             "every port between the two capes since 1902.")
    text = page(tail=(NOTE, about))
    assert clean_text(text).authors == ["Ana Lopes"]
    assert clean_text(text).body == PARAS
    assert removed_reasons(text)[NOTE] == "an author's note closing the article"
    assert removed_reasons(text)[about] == "after the author's note"


def test_a_closing_paragraph_naming_the_author_without_a_role_stays():
    """Said of a place or a firm a wrong author was taken from, or of the author in the
    story itself: no role, no note."""
    line = "Ana Lopes is the name the fishermen gave the old pier after the storm of 1953."
    assert clean_text(page(tail=(line,))).body == [*PARAS, line]


def test_a_note_far_above_the_bodys_end_closes_it_when_a_feed_of_stories_follows():
    """The note, with no full stop, then a feed of other stories (kicker, headline, source,
    summary) long enough to hold the body open: the feed goes with the note; the same
    note above the article's second half (not yet half its words) closes nothing."""
    note = NOTE.removesuffix(".")
    feed = [x for n in range(6) for x in (
        f"STORY {n}", f"Another Headline Number {n} Of The Feed", f"{n} diggs example.org News",
        f"Summary {n} of another story from another site, told in a sentence or two here.")]
    more = [f"Paragraph {n}: the engineers said the pier's timbers were sound below the "
            "waterline and that the deck could be replaced in one season." for n in range(4)]
    text = page(*more, tail=(note, *feed))
    assert clean_text(text).body == [*PARAS[:2], *more, *PARAS[2:]]
    assert removed_reasons(text)[note] == "an author's note closing the article"
    early = clean_text(page(note, tail=(PARAS[0] + " More.", PARAS[1] + " More.")))
    assert early.body[-1] == PARAS[1] + " More."


def test_a_note_closes_the_article_whether_it_gives_the_authors_title_or_not():
    """The byline prints "Dr. Ana Lopes"; the author is Ana Lopes, and a note that names
    her either way still closes the article."""
    for note in (f"Dr. {NOTE}", NOTE):
        text = page(tail=(note,)).replace("By Ana Lopes", "By Dr. Ana Lopes")
        assert clean_text(text).authors == ["Ana Lopes"]
        assert removed_reasons(text)[note] == "an author's note closing the article"


def test_the_authors_signature_under_the_article_closes_it():
    """The name again under the last paragraph, with what the author does in brackets: the
    article is signed; a notice under the signature is the page's."""
    notice = "Reading of the Harbour Press continues on another device."
    for signature in ("Ana Lopes (Ballycastle, correspondent)", "Ana Lopes, staff reporter"):
        text = page(tail=(signature, notice))
        assert clean_text(text).body == PARAS
        assert removed_reasons(text)[signature] == "an author's note closing the article"


def test_the_authors_name_with_a_pictures_licence_is_no_signature():
    line = "Ana Lopes, CC-BY-SA 4.0"
    assert removed_reasons(page(tail=(line,))).get(line) != "an author's note closing the article"


def test_an_author_boxs_label_over_the_note_goes_with_it():
    text = page(tail=("About the author", "Ana Lopes", NOTE))
    assert clean_text(text).body == PARAS
    assert "About the author" in removed_reasons(text)


def test_a_note_that_says_what_the_author_covers_needs_no_role():
    """"covers", "writes", "schreibt" say by themselves that the name is a writer's."""
    note = "Ana Lopes covers the island's schools and its ferries. Reach her at ana@example.org."
    text = page(tail=(note,))
    assert clean_text(text).body == PARAS
    assert removed_reasons(text)[note] == "an author's note closing the article"


def test_a_reviewers_or_critics_note_closes_the_article():
    for note in ("Ana Lopes is a freelance reviewer who tests tools and home repair kit.",
                 "Ana Lopes is the paper's film critic."):
        assert clean_text(page(tail=(note,))).body == PARAS


def test_a_bare_name_over_the_headline_that_the_closing_note_names_is_the_author():
    """An opinion page prints its writer's name alone over the headline and says who they
    are under the article; the note and the prompt under it go."""
    page = clean_text("\n".join([
        "Opinion", "Transport", "Ana Lopes",
        "Island ferries are a lifeline. Why do we keep treating them as a luxury?",
        "Every winter the same boats break down and the same communities are cut off",
        "Wed 3 Dec 2026 07.00 GMT", "Share",
        "When the ferry to the island broke down last January, it took eleven days to find a "
        "replacement.",
        "In that time, a school closed, a shop ran out of bread and a man with a heart "
        "condition was flown to hospital by helicopter.",
        "None of this was bad luck. The boat was 38 years old.",
        "Ana Lopes is a writer from the Western Isles",
        "Do you have an opinion on the issues raised in this article? Send us a letter of up "
        "to 300 words by email.",
        "Explore more on these topics",
    ]))  # fmt: skip
    assert page.authors == ["Ana Lopes"]
    assert page.body[-1] == "None of this was bad luck. The boat was 38 years old."


def test_the_authors_name_over_the_headline_is_not_taken_for_it():
    """A column: the writer's name over the headline, a note under the article saying who
    she is. The name is the author, the line under it the headline."""
    page = clean_text("\n".join([
        "OPINIÓN", "Elena Martín Ruiz", "Los pueblos necesitan médicos, no promesas",
        "3 de diciembre de 2026",
        "Cada invierno los vecinos de Cantavieja se quedan sin médico de guardia durante "
        "semanas enteras, y nadie parece tener prisa.",
        "La consejería promete soluciones desde hace años, pero los complementos ofrecidos no "
        "convencen a nadie de mudarse.",
        "Mientras tanto, el consultorio más cercano está a 45 minutos por una carretera que se "
        "cierra con la nieve.",
        "Elena Martín Ruiz es periodista y escritora.", "Archivado En", "Sanidad",
    ]))  # fmt: skip
    assert (page.title, page.subtitle) == ("Los pueblos necesitan médicos, no promesas", "")
    assert page.authors == ["Elena Martín Ruiz"]
