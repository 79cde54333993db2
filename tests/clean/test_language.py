"""Language detection: function words for the supported languages, the model for others."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sitegen.clean.language import by_function_words, detect_language, function_share

SAMPLES = {
    "en": "The council approved the new plan for the harbour on Tuesday after a long debate, "
          "and residents said they were glad that the ferry would return by the summer.",
    "de": "Der Rat hat den neuen Plan für den Hafen am Dienstag nach einer langen Debatte "
          "gebilligt, und die Bewohner sagten, dass sie froh sind, dass die Fähre zurückkehrt.",
    "fr": "Le conseil a approuvé le nouveau plan pour le port mardi après un long débat, et les "
          "habitants ont dit qu'ils étaient contents que le ferry revienne cet été.",
    "es": "El consejo aprobó el nuevo plan para el puerto el martes tras un largo debate, y los "
          "vecinos dijeron que estaban contentos porque el ferry volverá en verano.",
    "it": "Il consiglio ha approvato il nuovo piano per il porto martedì dopo un lungo dibattito, "
          "e gli abitanti hanno detto che sono contenti perché il traghetto tornerà in estate.",
    "pt": "O conselho aprovou o novo plano para o porto na terça-feira depois de um longo debate, "
          "e os moradores disseram que estão contentes porque a balsa vai voltar no verão.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_supported_languages_by_their_function_words(lang):
    assert by_function_words(SAMPLES[lang]) == lang
    assert detect_language(SAMPLES[lang]) == lang


def test_one_function_word_again_and_again_names_no_language():
    """Swedish prints "den" often, a German function word too: one word, however often,
    does not make a text German; the model reads it as Swedish."""
    swedish = ("Den första överfarten under den nya flaggan gick den 3 januari och den var full. "
               "Sedan dess har båten bara stått still fyra dagar, den gamla färjan också. När "
               "den sista färjan lämnade ön trodde ingen att den skulle bli den sista.")  # fmt: skip
    assert by_function_words(swedish) is None
    assert detect_language(swedish) == "sv"


def test_other_scripts_and_languages_go_to_the_model():
    japanese = "港の新しい計画は長い議論の末に火曜日に承認され、住民はフェリーが夏までに戻ることを喜んだ。" * 2
    assert by_function_words(japanese) is None
    assert detect_language(japanese) == "ja"
    dutch = ("De gemeenteraad heeft dinsdag na een lang debat het nieuwe plan voor de haven "
             "goedgekeurd, en de bewoners zeiden blij te zijn dat de veerboot terugkomt.")  # fmt: skip
    assert detect_language(dutch) == "nl"


def test_short_text_keeps_the_fallback():
    assert detect_language("Hafen", fallback="de") == "de"


def test_the_model_is_not_loaded_for_a_supported_language():
    code = ("import sys; from sitegen.clean.language import detect_language; "
            f"print(detect_language({SAMPLES['it']!r}), 'py3langid' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["it", "False"]


def test_the_share_of_function_words_tells_running_text_from_a_list_of_links():
    text = "The council said that the pier would stay open for the summer and then be repaired"
    assert function_share(text.split(), "en") > 0.3
    links = "Nova X2 Pro Nova X2 Nova X1 Pro Orbit 7 Orbit 7 Max Kestrel Fold Kestrel Flip"
    assert function_share(links.split(), "en") == 0.0
    assert function_share(text.split(), "xx") is None  # no list for it: no reading
