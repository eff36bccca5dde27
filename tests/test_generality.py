"""Generality: short texts of our own that restate the seed's sentences (and the rule families)
in other words, with other places, companies and numbers. Every expected record below was
worked out by hand from gold/GUIDELINES.md, never copied from the program's output.

Each text must give exactly its expected records: quantity, measure and indicator as SCORING.md
matches them (Dice >= 0.5 of content words), and entity, period and base period exactly.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.evaluate.protocol import indicator_similarity
from extract.model import Document
from extract.pipeline import Config, process

# (measure, value, unit, indicator, entity, period, base_period, qualifier)
CASES = {
    "company_apposition_the_company": (
        "Volvo Cars posts record deliveries\n"
        "Published: 2022-01-10\n\n"
        "Volvo Cars, Sweden's biggest carmaker, said its deliveries rose 9 percent to 1.2 "
        "million vehicles in 2021. The company employs some 40,000 people.\n",
        [
            ("rank", "1", "rank", "carmaker", "Volvo Cars", None, None, None),
            ("change", "9", "percent", "deliveries", "Volvo Cars", "2021", None, None),
            ("level", "1200000", "count", "deliveries", "Volvo Cars", "2021", None, None),
            ("level", "40000", "count", "people employed", "Volvo Cars", None, None,
             "approximately"),
        ]),
    "count_np_rank_among_change_over": (
        "Port growth accelerates in Valencia\n"
        "Valencia saw strong growth of logistics firms last year.\n\n"
        "In 2018, 1,457 logistics companies started operating in Valencia, well ahead of other "
        "port cities in Spain. The net increase ranked third behind Rotterdam and Antwerp. Among "
        "these newly registered logistics firms, 96 were listed on the regional stock exchange, "
        "ranking first among all coastal cities. 48 cold-storage warehouses were built, up 35 "
        "percent over 2017.\n",
        [
            ("level", "1457", "count", "logistics companies started operating", "Valencia",
             "2018", None, None),
            ("rank", "3", "rank", "net increase of logistics companies", "Valencia", "2018",
             None, None),
            ("level", "96", "count", "newly registered logistics firms listed on the regional "
             "stock exchange", "Valencia", "2018", None, None),
            ("rank", "1", "rank", "logistics firms listed on the regional stock exchange",
             "Valencia", "2018", None, None),
            ("level", "48", "count", "cold-storage warehouses built", "Valencia", "2018", None,
             None),
            ("change", "35", "percent", "cold-storage warehouses built", "Valencia", "2018",
             "2017", None),
        ]),
    "as_np_among_which_representing_raised_up_nearly": (
        "Regional innovation fund expands in Bavaria\n"
        "Bavaria's technology sector grew quickly in 2019.\n\n"
        "The regional government spent 850 million euros as grants for software research at "
        "universities. The latest survey shows that 3,400 companies above the regional "
        "threshold have opened design centres, among which 610 are manufacturing companies "
        "above the statutory size, representing 18 percent of all such companies. Listed "
        "start-ups raised 2.3 billion euros, up nearly 150 percent over 2018.\n",
        [
            ("level", "850000000", "EUR", "grants for software research", "Bavaria", "2019",
             None, None),
            ("level", "3400", "count", "companies above the regional threshold with design "
             "centres", "Bavaria", None, None, None),
            ("level", "610", "count", "manufacturing companies above the statutory size",
             "Bavaria", None, None, None),
            ("share", "18", "percent", "manufacturing companies above the statutory size",
             "Bavaria", None, None, None),
            ("level", "2300000000", "EUR", "funds raised by listed start-ups", "Bavaria",
             "2019", None, None),
            ("change", "150", "percent", "funds raised by listed start-ups", "Bavaria", "2019",
             "2018", "nearly"),
        ]),
    "garbled_comma_valued_at_last_year": (
        "Research output climbs in Osaka\n"
        "By 2019, 88 joint research centres of university-industry partnerships were set up, "
        "generating 12 billion yen on licensing income last year. Medical devices valued at 45 "
        "billion yen were made in 2019, 31 clinical trials were completed and 912, patents were "
        "filed, and 433 patents were granted. The network of testing laboratories was expanded, "
        "with 164 testing laboratories certified.\n",
        [
            ("level", "88", "count", "joint research centres set up", "Osaka", "2019", None,
             None),
            ("level", "12000000000", "JPY", "licensing income", "Osaka", "2019", None, None),
            ("level", "45000000000", "JPY", "medical devices value", "Osaka", "2019", None,
             None),
            ("level", "31", "count", "clinical trials completed", "Osaka", "2019", None, None),
            ("level", "912", "count", "patents filed", "Osaka", "2019", None, None),
            ("level", "433", "count", "patents granted", "Osaka", "2019", None, None),
            ("level", "164", "count", "testing laboratories certified", "Osaka", "2019", None,
             None),
        ]),
    "year_on_year_respectively_accounted_for": (
        "Lyon economy keeps growing\n"
        "Updated: 2019-02-14\n\n"
        "Lyon's gross regional product reached 95.2 billion euros in 2018, up 6 percent year on "
        "year. Exports and imports rose 4.1 percent and 7.3 percent respectively. Services "
        "accounted for 71.5 percent of the regional economy.\n",
        [
            ("level", "95200000000", "EUR", "gross regional product", "Lyon", "2018", None,
             None),
            ("change", "6", "percent", "gross regional product", "Lyon", "2018", "2017", None),
            # the paragraph said "year on year": its base carries over (GUIDELINES section 4)
            ("change", "4.1", "percent", "exports", "Lyon", "2018", "2017", None),
            ("change", "7.3", "percent", "imports", "Lyon", "2018", "2017", None),
            ("share", "71.5", "percent", "services", "Lyon", "2018", None, None),
        ]),
    "nth_place_by_of_which_largest": (
        "Busan port traffic hits new high\n"
        "Busan handled 21.9 million containers in 2019, keeping the city in sixth place among "
        "world ports by container throughput. The port operator opened 12 new berths, 5 of "
        "which serve automated cranes. Busan remains the country's largest port.\n",
        [
            ("level", "21900000", "count", "containers handled", "Busan", "2019", None, None),
            ("rank", "6", "rank", "container throughput", "Busan", "2019", None, None),
            ("level", "12", "count", "new berths opened", "Busan", "2019", None, None),
            ("level", "5", "count", "new berths serving automated cranes", "Busan", "2019",
             None, None),
            # "remains": a standing fact in the present tense takes no period from its paragraph
            ("rank", "1", "rank", "port", "Busan", None, None, None),
        ]),
    "headline_repeat_quarter_made_up_or_percent_of": (
        "Retail sales in Ohio up 3.5% in first quarter\n"
        "Published: 12 May 2021\n\n"
        "Retail sales in Ohio rose 3.5 percent in the first quarter from a year earlier to 41.2 "
        "billion dollars. Online sales made up nearly a quarter of the total. Grocery sales "
        "reached 9.8 billion dollars, or 24 percent of all retail sales.\n",
        [
            ("change", "3.5", "percent", "retail sales", "Ohio", "2021-Q1", "2020-Q1", None),
            ("level", "41200000000", "USD", "retail sales", "Ohio", "2021-Q1", None, None),
            ("share", "25", "percent", "online sales", "Ohio", "2021-Q1", None, "nearly"),
            ("level", "9800000000", "USD", "grocery sales", "Ohio", "2021-Q1", None, None),
            ("share", "24", "percent", "retail sales", "Ohio", "2021-Q1", None, None),
        ]),
    "falls_fewer_than_month_last_month": (
        "Dublin house prices fall\n"
        "Published: 2020-07-09\n\n"
        "The median house price in Dublin fell 2.4 percent in June to 390,000 euros. Sales "
        "volumes dropped by 1,150 from a year earlier. The number of listings was 8,200, 600 "
        "fewer than in May. Rents rose 1.2 percent last month.\n",
        [
            ("change", "-2.4", "percent", "median house price", "Dublin", "2020-06", None, None),
            ("level", "390000", "EUR", "median house price", "Dublin", "2020-06", None, None),
            ("change", "-1150", "count", "sales volumes", "Dublin", "2020-06", "2019-06", None),
            ("level", "8200", "count", "number of listings", "Dublin", "2020-06", None, None),
            ("change", "-600", "count", "number of listings", "Dublin", "2020-06", "2020-05",
             None),
            ("change", "1.2", "percent", "rents", "Dublin", "2020-06", None, None),
        ]),
    "wire_brief_bullets_shorthand": (
        "BRIEF-Kordel Foods Q3 revenue up 6 pct\n"
        "Oct 24, 2019 (Wire) - Kordel Foods AG:\n"
        "* Q3 revenue EUR 1.24 bln, up 6 pct y/y\n"
        "* Q3 EBIT EUR 112 mln versus EUR 98 mln year ago\n",
        [
            ("level", "1240000000", "EUR", "revenue", "Kordel Foods", "2019-Q3", None, None),
            ("change", "6", "percent", "revenue", "Kordel Foods", "2019-Q3", "2018-Q3", None),
            ("level", "112000000", "EUR", "ebit", "Kordel Foods", "2019-Q3", None, None),
            ("level", "98000000", "EUR", "ebit", "Kordel Foods", "2018-Q3", None, None),
        ]),
    "flash_estimate_coordinated_places": (
        "GDP up by 0.1% in the euro area and by 0.2% in the EU\n"
        "Published: 31 January 2020\n\n"
        "Seasonally adjusted GDP rose by 0.1% in the euro area and by 0.2% in the EU during the "
        "fourth quarter of 2019, compared with the previous quarter, according to a flash "
        "estimate published by the statistics office.\n",
        [
            ("change", "0.1", "percent", "seasonally adjusted gdp", "euro area", "2019-Q4",
             "2019-Q3", None),
            ("change", "0.2", "percent", "seasonally adjusted gdp", "EU", "2019-Q4", "2019-Q3",
             None),
        ]),
    "central_bank_release_names_the_bank_only_in_its_header": (
        "Bank of Canada\n"
        "Monetary policy decision\n"
        "Published: 2020-03-04\n\n"
        "At its meeting today, the Governing Council decided to lower the target for the "
        "overnight rate by 50 basis points to 1.25 percent. Canada's economy grew 1.6 percent "
        "in 2019, and the unemployment rate stood at 5.6 percent in February. Inflation is "
        "expected to stay consistent with the medium-term target of 2 percent.\n",
        [
            ("change", "-0.5", "percentage_point", "overnight rate", "Bank of Canada",
             "2020-03-04", None, None),
            ("level", "1.25", "percent", "overnight rate", "Bank of Canada", "2020-03-04", None,
             None),
            ("change", "1.6", "percent", "economy grew", "Canada", "2019", None, None),
            ("level", "5.6", "percent", "unemployment rate", "Canada", "2020-02", None, None),
            ("level", "2", "percent", "medium-term target", "Bank of Canada", None, None, None),
        ]),
}


def _matches(record, expected) -> bool:
    measure, value, unit, indicator, *_ = expected
    return (record.measure == measure and record.unit == unit
            and abs(record.value - Decimal(value)) <= Decimal("1e-6") * max(1, abs(Decimal(value)))
            and indicator_similarity(record.indicator, indicator) >= 0.5)


@pytest.mark.parametrize("name", sorted(CASES))
def test_restatement_gives_the_hand_worked_records(name):
    text, expected = CASES[name]
    result = process(Document(doc_id=name, text=text), Config())
    assert result.status == "ok", result.error
    records = list(result.records)
    for exp in expected:
        found = [r for r in records if _matches(r, exp)]
        assert found, f"missing {exp}; got {[(r.measure, str(r.value), r.indicator) for r in records]}"
        record = found[0]
        entity, period, base, qualifier = exp[4:]
        assert (record.entity, record.period, record.base_period, record.qualifier) == (
            entity, period, base, qualifier), exp
        records.remove(record)
    assert records == [], f"unexpected records: {[(r.measure, str(r.value), r.indicator) for r in records]}"
