"""Function words per language: stopwords-iso's lists, English's always."""

from sitegen.stopwords import stop_words


def test_stop_words_are_stopwords_iso_lists_with_english_always():
    import stopwordsiso

    assert stop_words("de") == stopwordsiso.stopwords("de") | stopwordsiso.stopwords("en")
    assert stop_words("pt-BR") == stopwordsiso.stopwords("pt") | stopwordsiso.stopwords("en")
    assert stop_words("xx") == stopwordsiso.stopwords("en")  # a language it has no list for
