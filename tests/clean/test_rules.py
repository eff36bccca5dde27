"""The boilerplate rule data: well-formed, and every rule's example is caught by that rule."""

import pickle
import re

import pytest

from extract.clean.rules import (
    ANYWHERE_CHARS,
    END_CHARS,
    KEY_CHARS,
    TriggerFinder,
    build_rules,
    default_rules,
    find_rule,
    load_rules,
    load_stopwords,
    match_inside,
    match_inside_all,
    match_start,
)

RULES = load_rules()


def test_rule_ids_are_unique_and_fields_valid():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.scope in ("start", "anywhere", "end"), rule.id
        assert rule.role in ("drop", "end", "section", "comments"), rule.id
        assert rule.reason and rule.example and rule.triggers, rule.id
        assert all(t == t.lower() for t in rule.triggers), rule.id
        re.compile(rule.pattern)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_catches_its_example(rule):
    found = find_rule(rule.example)
    assert found is not None and found.id == rule.id


@pytest.mark.parametrize("rule", [r for r in RULES if r.counterexample], ids=lambda r: r.id)
def test_each_rule_spares_its_counterexample(rule):
    found = find_rule(rule.counterexample)
    assert found is None or found.id != rule.id


@pytest.mark.parametrize("line", [
    "In 2016, 2,823 high-tech companies began doing business in the city.",
    "By 2016, 103 alliances of industry and research were developed.",
    "Shares of the company fell 4 percent in early trading on Monday.",
    "About 3,000 homestays were operating across the province by the end of 2018.",
    "Editorial boards across the country weighed in on the decision this week.",
])
def test_article_sentences_match_no_rule(line):
    assert find_rule(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Copyright © 2019 Example Media. All rights reserved.", "copyright"),
    ("  • Copyright © 2006-2014 Example Network Company", "copyright"),
    ("By Staff Reporter", "byline"),
    ("[Editor: Jane Doe]", "editor or reporting credit"),
    ("Reporting by Jane Doe; Editing by John Roe", "editor or reporting credit"),
    ("Share this article: Email | Facebook | Twitter", "share widget"),
    ("Related Stories", "related stories section"),
    ("12 comments", "comments section"),
    ("We use cookies to improve your experience. By continuing you agree to our cookie policy.",
     "cookie notice"),
    ("粤ICP备12345678号", "licence number"),
    ("A worker at a plant in the north-east on June 3. [Photo/Agency]", "photo credit or caption"),
])
def test_reasons_of_typical_boilerplate(line, reason):
    found = find_rule(line)
    assert found is not None and found.reason == reason


def test_stopwords_are_lower_case_function_words():
    words = load_stopwords()
    assert {"the", "of", "and", "der", "de", "и"} <= words
    assert all(w == w.lower() and " " not in w for w in words)


def test_start_rules_are_gated_by_their_triggers():
    rules = default_rules()
    for rule in RULES:
        if rule.scope == "start":
            assert all(t[:KEY_CHARS] in rules.start_keys for t in rule.triggers)


def test_start_rules_of_bullet_led_lines_follow_the_words_after_the_bullets():
    # the head cache keys a line by its first characters as written; lines that share them
    # behind a bullet must still get the rule of their own first word, in any order
    lines = ["• Copyright © 2019 Example Media", "• Comments (3)", "• Copper prices rose", "• Cop",
             "•• Related Stories", "• Related Stories", "Copyright © 2019 Example Media",
             "- By Jane Doe | Reuters", "- Byzantine art returns to the museum"]
    # (the patterns allow one bullet before the words: "•• Related Stories" is no header)
    expected = ["copyright", "comments section", None, None, None, "related stories section",
                "copyright", "byline", None]

    def reasons(rules, order):
        found = {i: match_start(lines[i], rules) for i in order}
        return [found[i] and found[i].reason for i in range(len(lines))]

    fresh = lambda: build_rules(load_rules(), load_stopwords())  # noqa: E731 - empty caches
    forward, backward = range(len(lines)), range(len(lines) - 1, -1, -1)
    assert reasons(fresh(), forward) == expected
    assert reasons(fresh(), backward) == expected
    warm = fresh()
    reasons(warm, forward)
    assert reasons(pickle.loads(pickle.dumps(warm)), backward) == expected


def test_trigger_finder_reports_nested_overlapping_and_shared_triggers_in_table_order():
    finder = TriggerFinder(["tel", "hotel", "el", "tel", "fax"])
    texts = ["the hotel desk", "elephants", "nothing here", "fax: telephone", "", "“tel”"]
    assert list(map(list, finder.entries_of(texts))) == [
        [0, 1, 2, 3], [2], [], [0, 2, 3, 4], [], [0, 2, 3]]
    # texts are searched joined by newlines: no trigger is found across two of them
    assert list(map(list, finder.entries_of(["ho", "tel", "fa", "x"]))) == [[], [0, 2, 3], [], []]
    assert list(TriggerFinder(()).entries_of(["hotel"])) == [()]


def test_rule_set_pickles_with_its_trigger_automata():  # worker processes may receive one
    rules = pickle.loads(pickle.dumps(default_rules()))
    assert match_inside("We use cookies to improve your experience.", rules).id == "cookies"
    assert list(map(list, rules.end_finder.entries_of(["a report (pdf)"]))) == list(
        map(list, default_rules().end_finder.entries_of(["a report (pdf)"])))


def reference_match_inside(text, rules):
    """The in-line rules as specified: the first rule in file order with a trigger present
    (a plain substring test) whose pattern matches."""
    if len(text) <= ANYWHERE_CHARS:
        for trigger, rule, regex in rules.anywhere:
            if trigger in text.lower() and regex.search(text):
                return rule
    tail = text[-END_CHARS:]
    for trigger, rule, regex in rules.end:
        if trigger in tail.lower() and regex.search(tail):
            return rule
    return None


def test_match_inside_tries_exactly_the_triggered_rules():
    rules = default_rules()
    lines = [r.example for r in RULES] + [r.counterexample for r in RULES if r.counterexample]
    lines += ["We use cookies. Photo: Jane Doe/Getty Images", "Tel: +1 555 0100 | Fax: +1 555 0101",
              "The hotel website was updated on Monday, a spokesperson said.",
              "Prices rose 3% in May (Reuters) | Updated: 2019-06-14", "x" * 300 + " via Reuters"]
    for line in lines:
        assert match_inside(line, rules) == reference_match_inside(line, rules), line
    assert match_inside_all(lines, rules) == [reference_match_inside(t, rules) for t in lines]
