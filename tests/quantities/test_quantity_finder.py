"""find_quantities: what is a quantity in news text, with what value, unit and qualifier."""

from decimal import Decimal

import pytest

from extract.quantities import find_numbers, find_quantities


def only(text, **kwargs):
    got = find_quantities(text, **kwargs)
    assert len(got) == 1, [(q.text, str(q.value), q.unit) for q in got]
    return got[0]


@pytest.mark.parametrize("text, mention, value, unit", [
    ("RMB 1.2 billion", "RMB 1.2 billion", "1200000000", "CNY"),
    ("1.2 billion yuan", "1.2 billion yuan", "1200000000", "CNY"),
    ("cost \u00a53.2bn", "\u00a53.2bn", "3200000000", "CNY"),
    ("US$4.5m", "US$4.5m", "4500000", "USD"),
    ("$5m", "$5m", "5000000", "USD"),
    ("Rs 2.5 crore", "Rs 2.5 crore", "25000000", "INR"),
    ("\u20b91,200 crore", "\u20b91,200 crore", "12000000000", "INR"),
    ("\u20ac2bn", "\u20ac2bn", "2000000000", "EUR"),
    ("\u00a3450 million", "\u00a3450 million", "450000000", "GBP"),
    ("HK$1.1 billion", "HK$1.1 billion", "1100000000", "HKD"),
    ("A$3 million", "A$3 million", "3000000", "AUD"),
    ("C$2 million", "C$2 million", "2000000", "CAD"),
    ("S$40 million", "S$40 million", "40000000", "SGD"),
    ("NT$3 billion", "NT$3 billion", "3000000000", "TWD"),
    ("1.2 trillion won", "1.2 trillion won", "1200000000000", "KRW"),
    ("USD 5 million", "USD 5 million", "5000000", "USD"),
    ("5 million USD", "5 million USD", "5000000", "USD"),
    ("20 million Hong Kong dollars", "20 million Hong Kong dollars", "20000000", "HKD"),
    ("15 dollars", "15 dollars", "15", "USD"),
    ("3 dollars 50 cents", "3 dollars 50 cents", "3.50", "USD"),
    ("361 million pounds", "361 million pounds", "361000000", "GBP"),
])
def test_money(text, mention, value, unit):
    q = only(text)
    assert (q.text, q.value, q.unit, q.kind) == (mention, Decimal(value), unit, "money")


def test_yen_sign_follows_the_text():
    assert only("sold for \u00a5500 million").unit == "CNY"
    both = find_quantities("sold for \u00a5500 million, or about 4.5 billion yen")
    assert [q.unit for q in both] == ["JPY", "JPY"]


def test_money_per_physical_unit():
    q = only("$70 a barrel")
    assert q.unit == "USD/m3"
    assert q.value == Decimal("440.28675393")  # 70 / 0.158987294928 = 440.286753930..., 12 digits
    assert only("8 yuan per kilogram").unit == "CNY/kg"
    assert only("$98 a share").unit == "USD"
    both = find_quantities("was 46,240 yuan (US$6,850) per square meter in 2018")
    assert [(q.value, q.unit) for q in both] == [(46240, "CNY/m2"), (6850, "USD/m2")]


def test_the_parts_of_a_price_per_unit_are_prices_per_that_unit():
    found = find_quantities("Growers get 30 rupees a kg, of which 20 rupees is the support price "
                            "and 10 rupees a bonus. A bag costs 5 rupees.")
    assert [(q.value, q.unit) for q in found] == [
        (30, "INR/kg"), (20, "INR/kg"), (10, "INR/kg"), (5, "INR")]


def test_the_old_price_after_from_is_per_the_same_unit():
    found = find_quantities("The auction price fell to $2.35 per kilogram from $2.41, and Brent "
                            "rose to $70 a barrel, up from $65. Sales rose to $5 from $4.")
    assert [(q.value, q.unit) for q in found] == [
        (Decimal("2.35"), "USD/kg"), (Decimal("2.41"), "USD/kg"),
        (Decimal("440.28675393"), "USD/m3"), (Decimal("408.837700078"), "USD/m3"),
        (5, "USD"), (4, "USD")]


def test_a_bare_shilling_amount_is_kenya_s_and_named_ones_their_country_s():
    found = find_quantities("Tea earned 138 billion shillings; Uganda's budget is 48 trillion "
                            "Ugandan shillings.")
    assert [(q.value, q.unit) for q in found] == [
        (138000000000, "KES"), (48000000000000, "UGX")]


def test_a_price_per_pack_of_stated_size_is_a_price_per_unit():
    # 150 / 60 kg = 2.5 a kilogram; 7 / 25 kg = 0.28; the pack's size is no figure of its own
    found = find_quantities("Coffee sold for 150 dollars per 60-kilogram sack, and cement at "
                            "7 euros a 25 kg bag.")
    assert [(q.value, q.unit) for q in found] == [
        (Decimal("2.5"), "USD/kg"), (Decimal("0.28"), "EUR/kg")]


@pytest.mark.parametrize("text, value, unit", [
    ("61 percent", "61", "percent"), ("61 per cent", "61", "percent"), ("61%", "61", "percent"),
    ("61 pct", "61", "percent"), ("0.5 percentage points", "0.5", "percentage_point"),
    ("25 basis points", "0.25", "percentage_point"),
])
def test_percent(text, value, unit):
    q = only(text)
    assert (q.value, q.unit, q.kind) == (Decimal(value), unit, "percent")


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("between 5 and 6 percent", "5", "6", "percent"),
    ("a 5-6% rise", "5", "6", "percent"),
    ("an estimated 10 to 12 million", "10000000", "12000000", "count"),
    ("estimates ranging from 4 million to 5 million tonnes", "4000000000", "5000000000", "kg"),
    ("$5-6 million", "5000000", "6000000", "USD"),
])
def test_ranges(text, value, value_max, unit):
    q = only(text)
    assert (q.value, q.value_max, q.unit) == (Decimal(value), Decimal(value_max), unit)


@pytest.mark.parametrize("text, first, second", [
    ("fell from 12 to 10 percent", ("12", "percent"), ("10", "percent")),
    ("rose from 10 to 12 million", ("10000000", "count"), ("12000000", "count")),
    ("lowered from 16 percent to 13 percent", ("16", "percent"), ("13", "percent")),
    ("rose 38 percent from 2017 to 112.4 billion yuan", ("38", "percent"),
     ("112400000000", "CNY")),  # a year shares nothing
])
def test_from_then_to_is_two_figures_sharing_the_unit(text, first, second):
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(Decimal(first[0]), first[1]), (Decimal(second[0]), second[1])]


def test_a_fraction_then_an_amount_is_no_range():
    got = find_quantities("sales fell by a third to 18.2 billion yuan")
    assert [(q.text, q.unit) for q in got] == [("a third", "percent"),
                                               ("18.2 billion yuan", "CNY")]


def test_a_year_then_to_is_no_range():
    got = find_quantities("sales dropped 24% from June 2021 to 3,054 homes")
    assert [(q.text, q.value) for q in got] == [("24%", 24), ("3,054", 3054)]
    assert find_quantities("1.2 million twenty-foot equivalent units")[0].unit == "count"


def test_by_then_to_is_a_change_then_a_level():
    got = find_quantities("orders were cut by 30 to 126")
    assert [(q.text, q.value, q.value_max) for q in got] == [("30", 30, None), ("126", 126, None)]


def test_by_then_a_close_percentage_is_a_range():
    q = only("tariffs are expected to rise by 4 to 6 percent")
    assert (q.value, q.value_max, q.unit) == (4, 6, "percent")
    got = find_quantities("inflation slowed by 0.4 to 2.2 percent")  # too far apart
    assert [(q.value, q.unit) for q in got] == [(Decimal("0.4"), "count"),
                                                (Decimal("2.2"), "percent")]


@pytest.mark.parametrize("text, value", [
    ("Quarterly profit halves", "-50"), ("Sales doubles", "100"), ("Output triples", "200"),
])
def test_change_verbs_in_the_present(text, value):
    q = only(text)
    assert (q.value, q.unit) == (Decimal(value), "percent")


def test_money_then_a_time_word_is_money():
    q = only("Q3 EBIT EUR 112 mln versus EUR 98 mln year ago".split("versus ")[1])
    assert (q.text, q.value, q.unit) == ("EUR 98 mln", 98000000, "EUR")


@pytest.mark.parametrize("text", ["five-star hotels", "a four-lane highway", "3-bedroom flats"])
def test_a_number_inside_an_adjective_is_no_quantity(text):
    assert find_quantities(text) == []


def test_the_first_three_quarters_is_a_period_not_a_fraction():
    assert find_quantities("in the first three quarters of 2019") == []
    assert only("three quarters of the firms").value == 75


def test_halves_after_a_determiner_or_numeral_is_a_noun():
    assert find_quantities("the first and second halves of the season") == []


@pytest.mark.parametrize("text, value, unit", [
    ("The rupee weakened to 71.25 per dollar on Friday", "71.25", "INR"),
    ("the baht closed at 30.6 against the U.S. dollar", "30.6", "THB"),
    ("the factory made 410 parts per dollar of wages", "410", "count"),  # no currency named
])
def test_an_exchange_rate_is_in_the_currency_named_before_it(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_a_dash_between_falling_numbers_is_no_range():
    assert find_quantities("won 3-2 on Sunday") == []


@pytest.mark.parametrize("words, qualifier", [
    ("about", "approximately"), ("around", "approximately"), ("some", "approximately"),
    ("roughly", "approximately"), ("nearly", "nearly"), ("almost", "nearly"),
    ("over", "more_than"), ("more than", "more_than"), ("above", "more_than"),
    ("exceeding", "more_than"), ("at least", "at_least"), ("less than", "less_than"),
    ("under", "less_than"), ("fewer than", "less_than"), ("up to", "at_most"),
    ("at most", "at_most"), ("no more than", "at_most"),
])
def test_qualifiers(words, qualifier):
    q = only(f"it had {words} 300 stores")
    assert (q.text, q.qualifier) == ("300", qualifier)


@pytest.mark.parametrize("text, value, unit", [
    ("1,500 hectares", "15000000", "m2"), ("10 million tonnes", "10000000000", "kg"),
    ("3 square kilometres", "3000000", "m2"), ("3 sq km", "3000000", "m2"),
    ("5 km2", "5000000", "m2"), ("2 kWh", "7200000", "J"), ("300 megawatts", "300000000", "W"),
    ("2 GW", "2000000000", "W"), ("1,000 barrels", "158.987294928", "m3"),
    ("500 litres", "0.5", "m3"), ("42 kilometres", "42000", "m"), ("2016 tonnes", "2016000", "kg"),
    ("25 degrees Celsius", "298.15", "K"),
])
def test_physical(text, value, unit):
    q = only(text)
    assert (q.value, q.unit, q.kind) == (Decimal(value), unit, "physical")


@pytest.mark.parametrize("text, value, unit", [
    ("The door is 2 in thick", "0.0508", "m"), ("it cost $1.22 in change", "1.22", "USD"),
    ("ranked 2 in the region", "2", "count"), ("2.48\u00d710\u22125", "0.0000248", "count"),
    ("66 Ma ago", "2082801600000000", "s"),
])
def test_guarded_and_scientific_forms(text, value, unit):
    q = only(text, durations=True)
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_unknown_unit_stays_a_count_of_its_noun():
    q = only("10,000 mu of farmland")
    assert (q.value, q.unit, q.noun) == (Decimal(10000), "count", "mu")


@pytest.mark.parametrize("text, value", [
    ("twenty-one firms", "21"), ("a dozen firms", "12"), ("1 lakh people", "100000"),
    ("45k jobs", "45000"), ("3 billion users", "3000000000"), ("12,34,567 votes", "1234567"),
    ("one and a half million", "1500000"),
])
def test_counts(text, value):
    assert only(text).value == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("two thirds of firms", "66.6666666666667"), ("nearly a third of sales", "33.3333333333333"),
    ("roughly three-quarters of revenue", "75"), ("half of the firms", "50"),
    ("About one in five listings", "20"), ("3 out of 10 adults", "30"), ("3/4 of firms", "75"),
])
def test_fractions_in_words_are_shares_in_percent(text, value):
    q = only(text)
    assert (q.value, q.unit, q.kind) == (Decimal(value), "percent", "percent")


@pytest.mark.parametrize("text, value", [
    ("Profits doubled", "100"), ("tripled", "200"), ("halved", "-50"), ("a fourfold rise", "300"),
    ("output grew 2.5 times", "150"),
])
def test_change_multipliers(text, value):
    q = only(text)
    assert (q.value, q.unit, q.kind) == (Decimal(value), "percent", "change")


@pytest.mark.parametrize("text, mention, value", [
    ("It ranked second only to the capital.", "second", 2),
    ("the third-largest economy", "third-largest", 3),
    ("the country's No. 1 exporter", "No. 1", 1),
    ("it ranks top among peers", "top", 1),
    ("ranked highest among the cities", "highest", 1),
    ("the largest port in the world", "largest", 1),
])
def test_ranks(text, mention, value):
    q = only(text)
    assert (q.text, q.value, q.unit) == (mention, Decimal(value), "rank")


@pytest.mark.parametrize("text", [
    "for the first time", "in the second quarter", "the second phase", "first-tier cities",
    "the 21st century", "the highest level since the crisis", "In 2016", "2015-16", "fiscal 2016",
    "March 5", "5 March 2019", "2019-03-05", "at 10:30", "at 6 pm", "call 800-555-0199",
    "ICP No. 09012345", "version 2.3.1", "the Group of 20", "the G20", "Line 3", "the iPhone 11",
    "COVID-19", "the Fortune 500", "a 54-year-old man", "for three years", "over three years",
    "hundreds of firms", "one of them", "the 1990s", "the first half", "5G networks",
    "the 80 Day Obsession plan", "it may one day become", "open 7 days a week", "a five year plan",
    "the Radeon 5300M", "from 2004 to 2017", "between 2008 and 2016",
    "Patrick Carlineo Jr., 55, of Addison", "open 24/7", "since 9/11", "in 2019/20",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_durations_that_measure_something_are_kept():
    got = find_quantities("an average of 19 days on the market, up from 12 days a year ago")
    assert [(q.text, q.value, q.unit) for q in got] == [("19 days", 1641600, "s"),
                                                        ("12 days", 1036800, "s")]
    assert find_quantities("10 days ago, a two-year plan") == []
    assert find_quantities("for three days", durations=False) == []


def test_durations_on_request():
    q = only("for three days", durations=True)
    assert (q.value, q.unit) == (Decimal(259200), "s")


def test_spans_in_text_order_and_without_overlap():
    text = "In 2016, 2,823 firms raised $5m, up 61% (about 3 times as much), ranked second."
    got = find_quantities(text)
    assert [q.text for q in got] == ["2,823", "$5m", "61%", "3 times", "second"]
    for a, b in zip(got, got[1:], strict=False):
        assert a.span[1] <= b.span[0]
    for q in got:
        assert text[q.span[0]:q.span[1]] == q.text


def test_numbers_reader_keeps_every_numeral():
    assert [q.text for q in find_numbers("In 2016, the first two")] == ["2016", "first", "two"]


def test_no_number_no_work():
    assert find_quantities("") == []
    assert find_quantities("Nothing to see here.") == []


@pytest.mark.parametrize("text, value", [
    ("1.1^2", "1.21"), ("2.5^-1", "0.4"), ("one twenty-fifth", "0.04"),
    ("one hundred and thirty fifths", "26"), ("twenty and three fifths", "20.6"),
    ("3 hundred and 21", "321"), ("4 thousand 3 hundred and 21", "4321"),
    ("one billion and a half million", "1000500000"), ("three quarters million", "750000"),
    ("1 over 4", "0.25"), ("one out of five", "0.2"), ("minus 5", "-5"),
])
def test_numeral_reader(text, value):
    got = find_numbers(text)
    assert [q.value for q in got] == [Decimal(value)], [(q.text, q.value) for q in got]


def test_numeral_reader_reads_durations_as_numerals_and_drops_pronouns():
    assert [(q.text, q.value) for q in find_numbers("in 3 years")] == [("3 years", 3)]
    assert find_numbers("which one do you prefer") == []
    assert [q.unit for q in find_quantities("a gallon of it", lenient=True)] == ["m3"]


@pytest.mark.parametrize("text, expected", [
    ("a size of 2.1 pm", ["m"]), ("a size of 2.123 am", ["m"]), ("at 2.13 am", []),
    ("at 2 pm", []),
])
def test_clock_symbols_for_the_numeral_reader(text, expected):
    got = [q.unit for q in find_quantities(text, lenient=True) if q.unit != "count"]
    assert got == expected


def test_hot_patterns_compile_with_the_standard_library():
    """The quantity patterns stay within what `re` compiles (about twice as fast as `regex`
    here); only rank patterns need `regex` (variable-length lookbehinds)."""
    import re

    from extract.quantities.finder import _PATTERNS

    for lenient in (False, True):
        assert isinstance(_PATTERNS[lenient]["number"], re.Pattern)
