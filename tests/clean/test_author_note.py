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
