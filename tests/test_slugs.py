from sitegen.slugs import slugify, term_key, term_slug, unique_slugs


def test_case_and_spacing_fold_into_one_tag():
    assert term_key("Syria") == term_key("syria") == term_key("  SYRIA ")
    assert term_slug("Syria") == term_slug("syria") == "syria"


def test_symbols_keep_distinct_names_distinct():
    assert term_slug("C") == "c"
    assert term_slug("C++") == "c-plus-plus"
    assert term_slug("C#") == "c-sharp"
    assert len({term_slug(n) for n in ["C", "C++", "C#"]}) == 3


def test_unicode_letters_are_kept():
    assert slugify("Köln Straße") == "köln-strasse"
    assert term_slug("日本 旅行") == "日本-旅行"
    assert term_slug("Ελλάδα") == "ελλάδα"


def test_punctuation_only_tag_gets_a_stable_safe_slug():
    slug = term_slug("???")
    assert slug.startswith("t-") and slug == term_slug("???")
    assert slug != term_slug("!!!")
    assert all(ch.isalnum() or ch == "-" for ch in slug)


def test_tag_called_page_cannot_shadow_pagination():
    assert term_slug("page") != "page"


def test_colliding_slugs_are_made_unique():
    slugs = unique_slugs(["C plus plus", "C++", "Syria"])
    assert slugs["syria"] == "syria"
    assert slugs["c plus plus"] != slugs["c++"]
    assert slugs["c++"].startswith("c-plus-plus-")
