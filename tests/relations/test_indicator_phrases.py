"""Indicator phrases worked out by hand for sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest


def _indicators(records):
    return {r.value: r.indicator for r in records}


@pytest.mark.parametrize(("text", "value", "indicator"), [
    # a preposition after a noun stays inside the subject; after a verb it does not
    ("Prices at the pump rose 5 percent in May.", "5", "prices at the pump"),
    ("Profit before tax was 3 billion yuan last year.", "3000000000", "profit before tax"),
    ("Revenue per employee climbed 8 percent.", "8", "revenue per employee"),
    ("Output of mines above a certain size was 12 billion dollars.", "12000000000",
     "output of mines above a certain size"),
    ("Inflation stayed below the medium-term target of 4 percent.", "4", "medium-term target"),
])
def test_subject_phrases(run, text, value, indicator):
    assert _indicators(run(text, pub_date="2020-06-01"))[Decimal(value)] == indicator


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("The jobless rate held near 4 percent for a year, although it edged up to 4.3 percent "
     "in March.", "4.3", "jobless rate"),
    ("Coffee exports rose 5 percent in May. They reached 3 billion dollars.", "3000000000",
     "coffee exports"),
])
def test_a_pronoun_subject_takes_the_indicator_before_it(run, text, value, indicator):
    assert indicator in _indicators(run(text, pub_date="2020-06-01"))[Decimal(value)]


def test_a_name_as_subject_gives_way_to_the_noun_after_the_amount(run):
    records = run("Harlow Borough Council approves £90m budget for 2021\n\nThe council met on "
                  "Monday.", pub_date="2020-12-01")
    assert _indicators(records)[Decimal(90000000)] == "budget"


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("The carmaker's revenue climbed 12 percent last year.", "12", "revenue"),
    ("The bank's loan book grew to 900 million dollars in 2019.", "900000000", "loan book"),
])
def test_an_owner_before_the_indicator_is_left_out(run, text, value, indicator):
    assert _indicators(run(text, pub_date="2020-06-01"))[Decimal(value)] == indicator


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("The retailer plans to invest 500 million dollars in warehouses next year.", "500000000",
     "invest in warehouses"),
    ("The utility will deliver 2 billion kWh to neighbouring regions in 2021.",
     "7200000000000000", "deliver to neighbouring regions"),
])
def test_an_infinitive_takes_the_place_the_amount_goes(run, text, value, indicator):
    assert _indicators(run(text, pub_date="2020-06-01"))[Decimal(value)] == indicator


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("Profit rose 12 percent as shipping rates more than doubled.", "100", "shipping rates"),
    ("Per capita income of rural residents reached 16,000 yuan.", "16000",
     "per capita income of rural residents"),
])
def test_subjects_before_a_qualifier_and_per_capita(run, text, value, indicator):
    assert _indicators(run(text, pub_date="2020-06-01"))[Decimal(value)] == indicator


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("The Forties blend sold at $62.40 a barrel on Friday, up 1.1 percent on the day.",
     "392.484192", "price"),
    ("Excise duty on wine rises to 80 rupees per litre.", "80000", "excise duty on wine"),
])
def test_money_per_unit_of_something_is_its_price(run, text, value, indicator):
    got = {round(k, 6): v for k, v in _indicators(run(text, pub_date="2020-06-01")).items()}
    assert got[round(Decimal(value), 6)] == indicator


def test_a_rate_per_day_says_so_in_its_indicator(run):
    records = run("Angola's crude output averaged 1.3 million bpd in May.", pub_date="2020-06-10")
    assert [r.indicator for r in records] == ["crude output per day"]


def test_a_rate_lowered_from_one_figure_to_another(run):
    records = run("The levy on diesel was lowered from 12 percent to 9 percent in 2021.",
                  pub_date="2021-06-01")
    assert [(r.indicator, r.value) for r in records] == [
        ("levy on diesel", 12), ("levy on diesel", 9)]


def test_a_measured_duration_names_itself(run):
    records = run("Cargo ships waited an average of 30 hours at anchor in 2021, up from 18 hours "
                  "a year earlier.", pub_date="2022-02-01")
    assert [r.indicator for r in records] == ["hours at anchor", "hours at anchor"]


def test_a_figure_expected_at_takes_the_subject_of_expected(run):
    records = run("Wheat exports are forecast at 30 million tonnes, with shipments to Egypt "
                  "expected at around 5 million tonnes.", pub_date="2020-04-09")
    assert [r.indicator for r in records] == ["wheat exports", "shipments"]


def test_a_noun_phrase_stops_before_the_next_figure_s_clause(run):
    records = run("The town will hire 12 teachers and add 4 nurses next year.", pub_date="2020-06-24")
    assert [r.indicator for r in records][1] == "nurses"
    assert "add" not in records[0].indicator


def test_a_participle_rank_after_a_comma_ranks_the_figure_before(run):
    records = run("Air cargo reached 1.9 million tonnes, an increase of 3 percent, ranking fifth "
                  "in the world.", pub_date="2020-01-10")
    assert [r.indicator for r in records if r.measure == "rank"] == ["air cargo"]


def test_a_count_of_years_is_no_part_of_the_ranked_noun(run):
    records = run("The airport was the country's busiest airport by passengers for the fifth "
                  "consecutive year in 2019.", pub_date="2020-01-10")
    assert [r.indicator for r in records] == ["airport by passengers"]


def test_a_noun_phrase_after_a_figure_stops_at_a_second_verb(run):
    records = run("Budget.\n\nThe council met.\n\nThe budget adds 45 firefighters and raises the "
                  "property tax rate by 2 cents.", pub_date="2023-06-14")
    assert [r.indicator for r in records] == ["firefighters", "property tax rate"]


def test_a_reporting_verb_before_the_noun_is_no_part_of_the_indicator(run):
    records = run("Results.\n\nThe firm met.\n\nThe board proposed a final dividend of 0.40 dirhams "
                  "per share.", pub_date="2023-02-09")
    assert [r.indicator for r in records] == ["final dividend"]


def test_a_wire_update_tag_is_no_figure_and_no_indicator_word(run):
    records = run("UPDATE 2-Kestrel Motors' global sales rise 5% in May\n\nThe carmaker said "
                  "GDP-linked bond sales grew 4 percent.", pub_date="2023-06-10")
    assert [(r.value, r.indicator) for r in records] == [
        (5, "global sales"), (4, "gdp-linked bond sales")]


def test_including_is_no_verb_of_the_counted_noun(run):
    records = run("Tourism.\n\nThe bureau reported.\n\nThe city now has 76 star-rated hotels, "
                  "including 22 five-star hotels.", pub_date="2019-02-20")
    assert [r.indicator for r in records] == ["star-rated hotels", "five-star hotels"]


def test_with_only_a_name_as_subject_the_verb_and_its_source_name_the_figure(run):
    records = run("Tea earnings.\n\nThe board reported.\n\nGhana earned 2 billion cedis from cocoa "
                  "exports in 2022.", pub_date="2023-01-20")
    assert [(r.entity, r.indicator) for r in records] == [("Ghana", "earned from cocoa exports")]
