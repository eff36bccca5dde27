"""Signs and measures worked out by hand for sentences that mix changes and amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest


def _facts(records):
    return sorted((r.measure, r.unit, r.value) for r in records)


def test_a_fall_is_negative_but_the_old_amount_is_not(run):
    records = run("Acme reported profit of 6.3 billion dollars for the half, down 18 percent "
                  "from 7.7 billion dollars a year earlier.", pub_date="2019-08-21")
    assert _facts(records) == sorted([
        ("level", "USD", Decimal("6300000000")),
        ("change", "percent", Decimal("-18")),
        ("level", "USD", Decimal("7700000000")),
    ])


def test_a_restated_fall_keeps_its_sign(run):
    records = run("The council cut spending to 900 million euros, down 40 million euros, or "
                  "4.3 percent, on last year.", pub_date="2019-11-20")
    assert ("change", "percent", Decimal("-4.3")) in _facts(records)


def test_growth_named_in_the_indicator_is_a_change(run):
    records = run("Wages growth remained under 2.5 percent over the year to the March quarter, "
                  "the bank said.", pub_date="2019-06-04")
    assert [(r.measure, r.period) for r in records] == [("change", "2019-Q1")]


def test_a_bracketed_conversion_keeps_the_period_a_bracketed_bare_figure_is_a_year_earlier(run):
    records = run("The city exported goods worth 296.8 billion yuan (about $43 billion) in 2019, "
                  "customs data showed. Group revenue increased to EUR 312.6 million (264.0 "
                  "million) in the first half of 2021, the company said.", pub_date="2021-07-20")
    periods = {(r.unit, r.value): r.period for r in records}
    assert periods[("USD", Decimal("43000000000"))] == "2019"
    assert periods[("EUR", Decimal("264000000"))] == "2020-H1"


def test_a_date_after_the_compared_figure_is_that_figure_s(run):
    records = run("Gross margin narrowed to 14.2 percent from 15.9 percent in 2017, the company "
                  "said in its annual report for 2018.", pub_date="2019-03-20")
    periods = {r.value: r.period for r in records}
    assert periods[Decimal("15.9")] == "2017"
    assert periods[Decimal("14.2")] != "2017"


def test_a_standing_target_takes_no_period_from_the_paragraph(run):
    records = run("Consumer prices rose 3.1 percent in May. The central bank keeps a "
                  "medium-term target of 2 to 3 percent.", pub_date="2019-07-12")
    assert [(r.indicator, r.period) for r in records] == [
        ("consumer prices", "2019-05"), ("medium-term target", None)]


def test_a_span_opening_the_sentence_leaves_its_figures_without_a_period(run):
    records = run("Exports rose 4 percent in 2019. Since its opening in 2012, the terminal has "
                  "handled more than 9,000 ships.", pub_date="2020-01-10")
    assert [(r.value, r.period) for r in records] == [(4, "2019"), (9000, None)]


def test_a_clause_in_the_present_tense_is_a_standing_fact(run):
    records = run("Tourism revenue rose 8 percent in 2019.\n\nThe harbour town is busy. About "
                  "2,000 foreign traders live in the town, and 40,000 visitors came last year.",
                  pub_date="2020-01-10")
    assert [(r.value, r.period) for r in records] == [
        (8, "2019"), (2000, None), (40000, "2019")]


def test_a_compared_figure_s_date_does_not_move_the_running_period(run):
    records = run("Acme said net profit rose 9 percent in 2019. Its margin narrowed to 12.1 "
                  "percent from 13.4 percent in 2018. Spending on research rose 20 percent to "
                  "3 billion yuan.", pub_date="2020-03-10")
    assert [(r.value, r.period) for r in records] == [
        (9, "2019"), (Decimal("12.1"), "2019"), (Decimal("13.4"), "2018"), (20, "2019"),
        (3000000000, "2019")]


def test_a_record_in_time_is_not_a_rank(run):
    records = run("The jobless rate was 7.4 percent in December, the lowest rate since May 2008. "
                  "Exports hit the highest level in five years.", pub_date="2020-01-31")
    assert [r.measure for r in records] == ["level"]


def test_a_double_dash_dateline_is_no_period_of_the_account(run):
    records = run("Yunnan exports up 6 percent\n\nKunming, Oct 22 -- Exports from southwest China's "
                  "Yunnan Province rose 6.1 percent in the first three quarters of 2019.",
                  pub_date="2019-10-22")
    assert [(r.indicator, r.period) for r in records] == [
        ("exports", "2019"), ("exports", "2019")]


@pytest.mark.parametrize(("text", "facts"), [
    ("Retailers said a new levy could cut imports by up to a fifth.",
     [("change", "percent", Decimal("-20"))]),
    ("Acme quarterly earnings slide 18pc as sales slow", [("change", "percent", Decimal("-18"))]),
    ("Roughly one in four households bought a heat pump in 2021.",
     [("share", "percent", Decimal("25"))]),
    ("Exports to Canada, its third-largest export market, fell 2 percent.",
     [("change", "percent", Decimal("-2")), ("rank", "rank", Decimal("3"))]),
])
def test_measures_of_qualifiers_headline_verbs_ratios_and_ranks(run, text, facts):
    assert _facts(run(text, pub_date="2022-03-01")) == sorted(facts)


def test_a_change_after_two_dated_amounts_compares_with_the_older(run):
    records = run("Wasted wind power fell to 8 billion kWh in 2018 from 12 billion kWh in 2017, a "
                  "drop of a third.", pub_date="2019-02-01")
    assert [(r.measure, r.period, r.base_period) for r in records] == [
        ("level", "2018", None), ("level", "2017", None), ("change", "2018", "2017")]


def test_a_change_before_its_dated_compared_amount_compares_with_it(run):
    records = run("Net sales were 84 million francs in 2019, an increase of 11 percent compared "
                  "with 76 million francs in 2018.", pub_date="2020-02-20")
    assert [(r.measure, r.period, r.base_period) for r in records] == [
        ("level", "2019", None), ("change", "2019", "2018"), ("level", "2018", None)]


def test_the_same_quarter_of_a_year_is_the_account_s_quarter_then(run):
    records = run("Thai economy grows 2.4 percent in the second quarter of 2019\n\nThe economy "
                  "grew 2.4 percent year-on-year in the second quarter of 2019, below the 4.7 "
                  "percent recorded in the same quarter of 2018.", pub_date="2019-08-19")
    assert [(r.period, r.base_period) for r in records] == [
        ("2019-Q2", "2018-Q2"), ("2018-Q2", "2017-Q2")]


def test_a_present_clause_of_its_own_does_not_take_the_other_clause_s_date(run):
    records = run("Markets were mixed.\n\nThe index of exporters fell 0.5 percent on Friday; "
                  "roughly two-thirds of its members' sales are made abroad. Importers gained.",
                  pub_date="2021-03-12")
    assert [(round(r.value, 4), r.period) for r in records] == [
        (Decimal("-0.5"), "2021-03-12"), (Decimal("66.6667"), None)]


def test_a_second_share_under_a_present_verb_is_a_standing_fact(run):
    records = run("Mining output grew 6 percent in 2020.\n\nCopper makes up about 70 percent of "
                  "the nation's exports and nearly a third of state revenue.", pub_date="2021-02-01")
    assert [(round(r.value, 4), r.period) for r in records] == [
        (6, "2020"), (70, None), (Decimal("33.3333"), None)]


def test_what_could_or_would_be_takes_no_period_from_the_paragraph(run):
    records = run("Harbour budget.\n\nThe board met on Monday.\n\nThe port handled 12 million tonnes in 2020. A second quay "
                  "could add 3 million tonnes of capacity. The levy would raise about 40 million "
                  "dollars.", pub_date="2021-01-20")
    assert [(r.value, r.period) for r in records] == [
        (12000000000, "2020"), (3000000000, None), (40000000, None)]


def test_a_forecast_change_does_not_take_the_release_s_year_on_year_base(run):
    records = run("Steel output rose 5 percent year on year in 2019.\n\nCement output fell 2 "
                  "percent year on year. Producers expect output to grow by about 3 percent in "
                  "2020.", pub_date="2020-01-15")
    assert [(r.value, r.period, r.base_period) for r in records] == [
        (5, "2019", "2018"), (-2, "2019", "2018"), (3, "2020", None)]


def test_a_date_inside_a_subordinate_clause_belongs_to_that_clause_s_figure(run):
    records = run("Stocks rally.\n\nShares closed higher.\n\nMiners led Friday's gains, with one "
                  "producer up 7.4 percent after it said first-half profit rose to 312 million "
                  "pounds, while a brewer fell 3.1 percent.", pub_date="2019-10-11")
    assert [(r.value, r.period) for r in records] == [
        (Decimal("7.4"), "2019-10-11"), (312000000, "2019-H1"), (Decimal("-3.1"), "2019-10-11")]


def test_a_date_in_a_relative_aside_describes_its_noun_not_the_figure(run):
    records = run("Budget day.\n\nThe ministry met.\n\nThe plan covers fiscal year 2022, which "
                  "starts on April 1, and cuts the deficit to 4.1 percent of GDP.",
                  pub_date="2021-02-10")
    assert [(r.value, r.period) for r in records] == [(Decimal("4.1"), "2022")]


def test_last_year_s_amount_is_the_base_of_a_comparison_and_dates_its_own_figure(run):
    records = run("Grain forecast cut.\n\nThe agency met.\n\nThe new forecast is 2.1 percent above "
                  "last year's record harvest of 98 million tonnes, and the area sown grew 3 "
                  "percent from last season.", pub_date="2021-03-01")
    assert [(r.value, r.period, r.base_period) for r in records] == [
        (Decimal("2.1"), "2021", "2020"), (98000000000, "2020", None), (3, "2021", "2020")]


def test_a_target_in_a_clause_of_its_own_takes_no_date_from_the_sentence(run):
    records = run("Prices data.\n\nThe office reported.\n\nInflation slowed to 2.4 percent in "
                  "March, but it stayed above the central bank's medium-term target of 2 percent "
                  "for a sixth month.", pub_date="2022-04-14")
    assert [(r.value, r.period) for r in records] == [
        (Decimal("2.4"), "2022-03"), (2, None)]


def test_a_date_in_a_trailing_relative_clause_is_not_the_figure_s(run):
    records = run("Trade data.\n\nThe customs office reported.\n\nExports rose 5 percent in 2021. "
                  "The surplus with the bloc reached 80 billion dollars, a figure set to feature "
                  "in talks, the next round of which is due at the end of March.",
                  pub_date="2022-01-14")
    assert [(r.value, r.period) for r in records] == [(5, "2021"), (80000000000, "2021")]


def test_the_total_in_a_year_is_a_period_unless_a_comparison_names_it(run):
    records = run("Power use.\n\nThe bureau reported.\n\nFactories used 70 percent of the total in "
                  "2019, while household use rose 5 percent. Exports reached 8 billion dollars, "
                  "double the 2018 figure.", pub_date="2020-02-01")
    assert [(r.value, r.period, r.base_period) for r in records][1:] == [
        (5, "2019", None), (8000000000, "2019", None), (100, "2019", "2018")]


def test_a_date_in_a_participle_aside_is_the_aside_s(run):
    records = run("Plan approved.\n\nThe cabinet met.\n\nThe 2023 plan, approved last month, "
                  "assumes an oil price of 70 dollars a barrel.", pub_date="2023-01-20")
    assert [r.period for r in records] == ["2023"]


def test_the_previous_quarter_is_the_one_before_the_account_s_quarter(run):
    # written in July about April-June: "the previous quarter" is January-March
    records = run("Results.\n\nThe firm reported.\n\nProfit rose 4 percent in the April-June "
                  "quarter. Staff turnover fell to 12% from 14% in the previous quarter.",
                  pub_date="2021-07-15")
    assert [(r.value, r.period) for r in records] == [
        (4, "2021-Q2"), (12, "2021-Q2"), (14, "2021-Q1")]


def test_the_old_amount_is_a_year_before_in_a_paragraph_comparing_year_on_year(run):
    records = run("Results.\n\nThe firm reported.\n\nSales fell 3 percent year on year in the "
                  "first half. The margin dropped to 4.2 percent from 6.0 percent.",
                  pub_date="2021-08-01")
    assert [(r.value, r.period) for r in records] == [
        (-3, "2021-H1"), (Decimal("4.2"), "2021-H1"), (6, "2020-H1")]


def test_a_crop_priced_per_sack_is_the_entity_of_its_price(run):
    records = run("Harvest news.\n\nFarmers sold early.\n\nIn the port, coffee traded at 150 "
                  "dollars per 60-kilogram sack on Tuesday.", pub_date="2021-05-06")
    assert [(r.entity, r.indicator, r.value, r.unit) for r in records] == [
        ("Coffee", "price", Decimal("2.5"), "USD/kg")]


def test_year_on_year_carries_over_within_its_paragraph_until_another_comparison(run):
    records = run("Results.\n\nThe group reported.\n\nSales reached 9 billion yuan in 2020, up "
                  "12% year on year. Profit grew 20%. Costs were 300 million yuan lower than in "
                  "2019. Staff numbers rose 3%.\n\nExports to the region rose 7% in 2020, the "
                  "group said in its annual report.", pub_date="2021-03-01")
    assert [(r.value, r.base_period) for r in records if r.measure == "change"] == [
        (12, "2019"), (20, "2019"), (-300000000, "2019"), (3, None), (7, None)]


def test_double_the_amount_it_had_at_a_date_is_compared_with_that_date(run):
    records = run("Solar boom.\n\nThe grid operator reported.\n\nThe country connected 3,975 "
                  "megawatts of solar capacity in 2019. That lifted its total fleet to 8.7 "
                  "gigawatts, nearly double the 4.7 GW it had at the end of 2018.",
                  pub_date="2020-01-20")
    assert [(r.measure, r.value, r.period, r.base_period) for r in records][1:] == [
        ("level", 8700000000, "2019", None), ("change", 100, "2019", "2018"),
        ("level", 4700000000, "2018", None)]


def test_a_date_before_and_belongs_to_the_earlier_conjunct(run):
    records = run("Energy plan.\n\nThe region met.\n\nThe region plans to lift the green share to "
                  "40 percent by 2025 and to build 2 GW of new grid-scale battery storage in 2023.",
                  pub_date="2022-05-01")
    assert [(r.value, r.period) for r in records] == [(40, "2025"), (2000000000, "2023")]


def test_an_opening_in_terms_phrase_qualifies_the_indicators_and_names_no_entity(run):
    records = run("Vietnam trade grows.\n\nVietnam's customs office reported on Monday.\n\nIn U.S. "
                  "dollar terms, 2018 exports and imports rose 9.9 percent and 15.8 percent year "
                  "on year respectively. In real terms, output grew 3 percent.",
                  pub_date="2019-01-14")
    assert [(r.entity, r.indicator) for r in records] == [
        ("Vietnam", "exports in u.s. dollar terms"), ("Vietnam", "imports in u.s. dollar terms"),
        ("Vietnam", "output in real terms")]


def test_the_size_of_what_is_counted_is_no_figure(run):
    records = run("Exports.\n\nThe association said.\n\nThe number of 70cl bottles shipped "
                  "overseas climbed to 1.28 billion in 2018.", pub_date="2019-03-01")
    assert [(r.value, r.unit, r.indicator) for r in records] == [
        (1280000000, "count", "number of bottles shipped overseas")]


def test_recover_by_is_a_change_and_plural_account_for_shares_are_standing(run):
    records = run("Cocoa report.\n\nThe regulator said output fell 8 percent in 2020.\n\nOutput "
                  "is expected to recover by about 10 percent. Exports account for a fifth of "
                  "foreign earnings and nearly 60 percent of farm output.", pub_date="2020-10-03")
    assert [(r.measure, round(r.value, 2), r.period) for r in records][1:] == [
        ("change", 10, "2020"), ("share", 20, None), ("share", 60, None)]


def test_a_numbered_line_is_no_index_and_past_tense_raise_by_is_a_change(run):
    records = run("Property rents rise.\n\nAgents reported on Monday.\n\nThe market was busy."
                  "\n\nTram Line 4, due to open in 2026, has lifted "
                  "rents along its route by 6 percent. The central bank raised its policy rate "
                  "by 75 basis points in November.", pub_date="2024-12-02")
    assert [(r.measure, r.value, r.indicator, r.period) for r in records] == [
        ("change", 6, "rents along route", "2024"),
        ("change", Decimal("0.75"), "policy rate", "2024-11")]


def test_the_entity_s_demonym_leaves_the_indicator(run):
    records = run("Retail data.\n\nWARSAW, April 22 (Wire) - Polish retail sales rose 5.4% year on "
                  "year in March, the statistics office said.", pub_date="2019-04-22")
    assert [(r.entity, r.indicator) for r in records] == [("Poland", "retail sales")]


def test_the_money_after_per_is_the_base_of_a_rate_not_a_figure(run):
    records = run("Budget.\n\nThe council met.\n\nThe plan raises the property tax rate by 2 cents "
                  "per $100 of assessed value.", pub_date="2023-06-14")
    assert [(r.value, r.unit) for r in records] == [(Decimal("0.02"), "USD")]


def test_a_month_in_a_future_clause_is_the_coming_one(run):
    records = run("Budget.\n\nThe council met.\n\nWater rates will rise 6 percent in July. Sewer "
                  "fees rose 3 percent in March.", pub_date="2023-06-14")
    assert [(r.value, r.period) for r in records] == [(6, "2023-07"), (3, "2023-03")]


def test_a_compared_figure_s_month_does_not_date_the_next_sentence(run):
    records = run("Survey.\n\nThe institute reported.\n\nConfidence fell to 86.4 in August. About 42 "
                  "percent of households expect worse finances over the next six months, up from "
                  "37 percent in July. The survey covered 1,800 households.", pub_date="2022-08-25")
    assert [(r.value, r.period) for r in records] == [
        (Decimal("86.4"), "2022-08"), (42, None), (37, "2022-07"), (1800, "2022-08")]


def test_a_hyphenated_adjective_in_ed_leaves_a_present_sentence_standing(run):
    records = run("Tourism.\n\nThe bureau reported.\n\nThe port handled 10 million containers in "
                  "2018. The city now has 76 star-rated hotels.", pub_date="2019-02-20")
    assert [(r.value, r.period) for r in records] == [(10000000, "2018"), (76, None)]


def test_an_amount_a_year_earlier_is_the_year_before_s_and_as_much_as_is_a_bound(run):
    records = run("Results.\n\nThe shipper reported.\n\nThe group posted a second-quarter net loss "
                  "of $42 million, compared with a profit of $118 million a year earlier. Its "
                  "shares fell as much as 6.2 percent.", pub_date="2023-08-17")
    assert [(r.measure, r.value, r.indicator, r.period, r.qualifier) for r in records] == [
        ("level", 42000000, "net loss", "2023-Q2", None),
        ("level", 118000000, "profit", "2022-Q2", None),
        ("change", Decimal("-6.2"), "shares", "2023-Q2", "at_most")]


def test_in_the_same_quarter_last_year_is_the_base_and_the_old_amount_s_period(run):
    records = run("Results.\n\nThe firm reported results for the October-December quarter.\n\n"
                  "Revenue rose 12 percent to Rs 18,560 crore from Rs 16,571 crore in the same "
                  "quarter last year.", pub_date="2023-01-24")
    assert [(r.value, r.period, r.base_period) for r in records] == [
        (12, "2022-Q4", "2021-Q4"), (185600000000, "2022-Q4", None),
        (165710000000, "2021-Q4", None)]
