"""A prompt's box under the article: its text speaks to the reader, under the prompt."""

from __future__ import annotations

from sitegen.clean import clean_text

STORY = [
    "Council votes to close Eastfield library",
    "By Daniel Okafor",
    "12 March 2024",
    "Councillors voted 7 to 5 on Monday to close Eastfield library, one of the town's oldest "
    "public buildings, to save money.",
    "Residents packed the public gallery and several held placards reading 'Books not budgets'.",
    "The library's collection will be moved to the central branch, and a mobile library will "
    "visit Eastfield twice a week.",
]
PARAGRAPHS = STORY[3:]
FORM = ["Email address", "Sign up", "Most read", "Road closures planned for marathon weekend"]


def test_the_text_of_a_newsletter_box_under_the_article_is_the_boxs():
    box = "Get the day's top stories in your inbox every morning."
    found = clean_text("\n".join([*STORY, "Sign up for our newsletter", box, *FORM]))
    assert found.body == PARAGRAPHS
    assert {r.text: r.reason for r in found.removed}[box] == "a prompt's box under the article"


def test_a_closing_paragraph_speaking_to_the_reader_without_a_prompt_over_it_stays():
    closing = "If you live in Eastfield, you can still borrow books at the central branch."
    found = clean_text("\n".join([*STORY, closing, *FORM]))
    assert found.body == [*PARAGRAPHS, closing]


def test_a_contact_box_under_the_article_goes_with_its_title():
    box = ["Contact us", "Do you have a story from Eastfield?",
           "Send your news and pictures to newsdesk@eastfield-echo.example."]
    found = clean_text("\n".join([*STORY, *box, *FORM]))
    assert found.body == PARAGRAPHS


def test_a_closing_section_speaking_to_the_reader_without_an_address_stays():
    section = ["What you can do", "If you live in Eastfield, you can still borrow books at "
               "the central branch."]
    found = clean_text("\n".join([*STORY, *section, *FORM]))
    assert found.body[-1] == section[1]


def test_a_newsletter_box_between_the_articles_paragraphs_goes_and_the_paragraphs_stay():
    box = "Get the day's top stories in your inbox every morning."
    lines = [*STORY[:5], "Sign up for our newsletter", box, "Enter your email", "Sign up",
             STORY[5], "Comments"]  # fmt: skip
    found = clean_text("\n".join(lines))
    assert found.body == PARAGRAPHS
    assert {r.text: r.reason for r in found.removed}[box] == "a prompt's box between paragraphs"


def test_a_paragraph_speaking_to_the_reader_between_paragraphs_without_a_prompt_stays():
    advice = "If you live in Eastfield, you can still borrow books at the central branch."
    found = clean_text("\n".join([*STORY[:5], advice, STORY[5], "Comments"]))
    assert found.body == [*STORY[3:5], advice, STORY[5]]


DIARY = [
    "What the cranes told me",
    "Hannah Weiss",
    "Mar 03, 2025",
    "I went out to the marsh before dawn on Monday, the way I have every March for the last "
    "nine years, expecting to count a few herons.",
    "Instead there were cranes, eleven of them, standing in the shallow water at the far end "
    "of the reed bed and entirely unbothered by me.",
    "The last cranes to breed in this county were shot in the 1980s, and the birds I saw "
    "are almost certainly from the reintroduced population.",
]


def test_a_diarys_last_paragraph_under_a_button_is_no_prompt():
    """The article speaks as "I" itself: its last paragraph, long, under a "Subscribe"
    button, is the article's, though it reads in the prompts' voice."""
    last = ("I went back on Tuesday and Wednesday. On the third morning they were gone, but I "
            "found their tracks in the mud, as wide as my hand.")
    found = clean_text("\n".join([*DIARY, "Subscribe", last, "Share", "Comments"]))
    assert found.body == [*DIARY[3:], last]


def test_the_text_between_a_boxs_prompt_and_its_button_goes_whatever_its_voice():
    box = ["Subscribe to The Field Notes", "Hundreds of paid subscribers",
           "A weekly letter about birds, weather and the marsh.", "Subscribe"]
    found = clean_text("\n".join([*STORY[:5], *box, STORY[5]]))
    assert found.body == PARAGRAPHS
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons[box[2]] == "a prompt's box between paragraphs"


def test_a_paragraph_between_two_adverts_stays():
    """An advert's label is no prompt: the paragraph between two of them is the article's."""
    found = clean_text("\n".join([*STORY[:4], "Advertisement", STORY[4], "Advertisement",
                                  STORY[5]]))  # fmt: skip
    assert found.body == PARAGRAPHS


def test_a_paragraph_between_a_prompt_and_a_links_label_stays():
    """A link's label ("Related") is no box's button: the paragraph above it stays."""
    found = clean_text("\n".join([*STORY[:4], "Sign up to our newsletter", STORY[4], "Related",
                                  "Road closures planned for marathon weekend", STORY[5]]))  # fmt: skip
    assert found.body == PARAGRAPHS

