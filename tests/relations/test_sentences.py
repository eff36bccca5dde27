from extract.relations.sentences import split_sentences


def _split(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_sentence_ends_not_abbreviations_or_decimals():
    text = ("Minister K. Raghavan said output rose 5.2 percent. Acme Co. Ltd. sold 3 million "
            "units in the U.S. market. \"Prices rose,\" he said. 2,100 firms opened.")
    assert _split(text) == [
        "Minister K. Raghavan said output rose 5.2 percent.",
        "Acme Co. Ltd. sold 3 million units in the U.S. market.",
        "\"Prices rose,\" he said.",
        "2,100 firms opened.",
    ]


def test_garbled_punctuation_stays_one_sentence():
    text = "25 findings were converted into results 1,438, patents were applied, and 647 won."
    assert _split(text) == [text]


def test_headline_without_final_stop_is_one_sentence():
    assert _split("  Exports soar in Lyon  ") == ["Exports soar in Lyon"]
