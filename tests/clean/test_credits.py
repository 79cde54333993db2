import pytest

from sitegen.clean.credits import ends_with_credit, is_credit


@pytest.mark.parametrize("line, credit", [
    ("Foto: Jan Keller/dpa", True),  # a labelled credit: its agency in lower case
    ("Photo: Gene J. Puskar", True),
    ("Foto: the end/of it", False),  # the name before the slash still capitalised
    ("Foto: dpa-Bildfunk/Thomas Frey", True),  # an agency's letters and service first
    ("Bildrechte: dpa/Thomas Frey", True),  # "picture rights", a label too
    ("Foto: die Brücke bei Nacht", False),  # no slash: lower-case words are a caption's
    ("Bild: dpa", True),  # ... but an agency's letters alone under a label are its credit
    ("Foto: brücke", False),
    ("Jan Keller/the end", False),  # unlabelled: lower-case words are no agency's
    ("Jan Keller/dpa", True),  # ... but an agency's short letters are
    ("Jo Segar / Reuters", True),  # a name, then its outlet, set apart by spaces
    ("Kay Roe / dpa", True),
    ("Getty Images / iStockphoto", True),
    ("Anna Trygg/imagebank.example.se", True),  # the outlet's web address
    ("Rust / Go", False),  # one word before the slash: no name
    ("The Frontier Post / March 1, 2020", False),  # an outlet, then a date: a byline
    ("Jane Roe / freelance photographer", False),
])
def test_a_credit_alone(line, credit):
    assert is_credit(line) is credit


def test_a_caption_closed_by_a_labelled_credit_in_lower_case():
    assert ends_with_credit("Die Fähre im Hafen von Lindau. Foto: Jan Keller/dpa")
    assert not ends_with_credit("Die Fähre legt um sechs Uhr morgens ab. Foto folgt.")


def test_a_headline_s_label_in_brackets_after_a_quoted_name_is_no_credit():
    # a quote closing a name is no sentence's end: "(VIDEO)" labels the headline
    assert not ends_with_credit("Harbour Pilot Loses to Jane Roe in 'Salt Roads 007' (VIDEO)")
    assert ends_with_credit("The ferry leaves the harbour at dawn. (AP)")
    assert ends_with_credit('She said: "We will sail at dawn." (AP)')


@pytest.mark.parametrize("line, credit", [
    # a caption's running words, a spaced slash, and who took the picture
    ("Die Fähre am Steg von Lindau, kurz vor der ersten Abfahrt am Morgen / Jan Keller", True),
    ("Sala de espera de un ambulatorio en Vigo. / MARTA PENA", True),
    ("Home / Ratgeber / 2024 / März / Fähren Lindau", False),  # a trail: several slashes
    ("Aktuelles und Übersicht: Grundsicherung / Arbeitslosengeld II", False),  # few words
    ("Leitender Redakteur Politik Und Wirtschaft / Jan Keller", False),  # capitals: a role
])
def test_a_caption_closed_by_a_spaced_slash_and_a_name(line, credit):
    assert ends_with_credit(line) is credit


@pytest.mark.parametrize("line, credit", [
    # a caption's last sentence, then the photographer or agency in capitals
    ("Residentes esperan el ferri en el puerto de Vigo. ÓSCAR CORRAL", True),
    ("El ministro de Exteriores, este domingo en Madrid. EFE", True),
    ("The ferry leaves the harbour at dawn. Read more at BBC", False),  # words, not capitals
    ("We went home. I", False),  # a letter is no credit
    ("FERRY CUTS. ISLANDERS PROTEST", False),  # capitals throughout: a headline
])
def test_a_caption_closed_by_a_credit_in_capitals(line, credit):
    assert ends_with_credit(line) is credit


@pytest.mark.parametrize("line, credit", [
    # a bracket closing the caption, its label set off by "=" (Korean dailies)
    ("지난 14일 서울 시내 모습. [사진=연합뉴스]", True),
    ("The ferry at dawn [Photo = Yonhap]", True),
    ("Results of the survey (n = 120)", False),  # a figure, no label's words
    ("If the fare is x then (y = z)", False),
])
def test_a_caption_closed_by_a_bracketed_credit_with_an_equals_sign(line, credit):
    assert ends_with_credit(line) is credit


@pytest.mark.parametrize("line, credit", [
    ("Fotografía: EFE", True),  # Spanish
    ("Fotografia: Reuters", True),  # Italian, Portuguese
    ("Imagen: Marta Ruiz", True),
    ("Fotografía de la semana", False),  # no label's colon: a heading
])
def test_a_credit_labelled_in_the_words_of_other_languages(line, credit):
    assert is_credit(line) is credit


@pytest.mark.parametrize("line, credit", [
    # a caption's last sentence, a bar, and its credit (a button's label pasted after it)
    ("The ferry leaves the harbour at dawn. | AP Photo Close", True),
    ("Die Fähre legt um sechs Uhr ab. | Foto: Jan Keller/dpa", True),
    ("The ferry returns. | Home | News", False),  # a menu's labels after the bar
    ("Why the ferry matters. | Read More", False),  # a link's label, no credit
])
def test_a_caption_closed_by_a_bar_and_its_credit(line, credit):
    assert ends_with_credit(line) is credit
