from decimal import Decimal

from extract.relations.entities import entity_for, find_entities
from extract.relations.subjects import main_subject


def _names(text, proper=None):
    return [(e.text, e.kind) for e in find_entities(text, proper)]


def test_places_from_the_gazetteer_and_organisations_by_their_shape():
    assert _names("Urban inflation in Delhi and Tamil Nadu stood at 4.1 percent") == [
        ("Delhi", "place"), ("Tamil Nadu", "place")]
    assert _names("it stayed below the Reserve Bank of India's target") == [
        ("Reserve Bank of India", "org")]
    assert _names("Acme Outdoor Oyj said sales rose") == [("Acme Outdoor", "org")]


def test_statistics_offices_are_sources_and_datelines_are_skipped():
    found = find_entities("LIMA (Wire) - The National Bureau of Statistics said Peru grew")
    assert [(e.text, e.kind) for e in found] == [("National Bureau of Statistics", "source"),
                                                  ("Peru", "place")]


def test_a_capitalised_subject_is_a_name_only_if_the_document_capitalises_it_inside():
    assert _names("Zorvex has paid farmers", frozenset({"Zorvex"})) == [("Zorvex", "name")]
    assert _names("Housing rose 5 percent", frozenset({"Zorvex"})) == []
    assert _names("Hong Kong-listed Zorvex Group posted") == [("Zorvex", "org")]


def test_entity_for_skips_names_compared_with():
    sentence = "The city ranked second only to Madrid, ahead of Lisbon."
    entities = find_entities(sentence)
    assert entity_for(sentence, entities, sentence.index("second"), "Porto") == "Porto"
    sentence = "Ghana received 182,000 tourists from Russia"
    entities = find_entities(sentence)
    assert entity_for(sentence, entities, sentence.index("tourists"), None) == "Ghana"


def test_main_subject_prefers_the_headline_and_possessives():
    assert main_subject("Japan's exports fall as China demand weakens",
                        ["TOKYO - Japan's exports fell 6 percent.", "Shipments to China fell."],
                        frozenset({"China", "Japan"})) == "Japan"


def test_a_release_that_never_names_its_country_takes_it_from_the_dropped_headline(run):
    # the short headline is dropped by the stripper; the body never names the country
    text = ("Uruguay beef exports climb\nPublished: 2023-06-12\n\n"
            "Figures released by the farm ministry showed beef exports rose 7 percent to "
            "310,000 tonnes in 2022, the highest level in a decade of shipments.\n")
    records = run(text)
    assert records and {r.entity for r in records} == {"Uruguay"}


def test_a_demonym_opening_a_sentence_case_headline_names_the_country(run):
    text = ("Norwegian salmon exports jump in May\nPublished: 2023-06-12\n\n"
            "Salmon exports rose 11 percent in May from a year earlier, the seafood council "
            "said on Tuesday in its monthly report.\n")
    records = run(text)
    assert records and {r.entity for r in records} == {"Norway"}


def test_who_states_a_figure_is_not_what_it_is_about(run):
    text = ("Gdansk container traffic grows\nPublished: 2023-02-01\n\n"
            "According to the Gdansk Port Authority, the port handled 2.1 million TEUs in 2022. "
            "Figures from Baltic Freight Group showed grain volumes rose 4 percent.\n")
    records = run(text)
    assert len(records) == 2 and {r.entity for r in records} == {"Gdansk"}


def test_people_named_by_title_or_role_are_never_entities(run):
    text = ("Porto approves spending plan\nPublished: 2023-03-01\n\n"
            "Porto will spend 48 million euros on housing in 2023. Councillor Rita Sousa said "
            "rents rose 7 percent last year. Sousa's office expects 900 new homes. "
            "Miguel Costa, chief economist at Atlantico Bank, said prices rose 4 percent.\n")
    records = run(text)
    assert len(records) == 4 and {r.entity for r in records} == {"Porto"}


def test_a_company_named_only_at_sentence_starts_is_still_the_main_subject(run):
    text = ("Nordvik Foods profit rises\nPublished: 2023-03-01\n\n"
            "Nordvik Foods said net profit rose 8 percent to 120 million euros in 2022. "
            "Chief executive Lars Berg said sales reached 2 billion euros.\n")
    records = run(text)
    assert len(records) == 3 and {r.entity for r in records} == {"Nordvik Foods"}


def test_a_given_name_and_surname_is_a_person_not_the_subject(run):
    text = ("Brightwater council weighs park spending\nPublished: 2023-03-01\n\n"
            "Brightwater plans to spend 3 million dollars on parks in 2023. Sarah Lund said "
            "the plan spends only 1.5 million dollars on playgrounds. Lund's group wants "
            "200 more trees.\n")
    records = run(text)
    assert len(records) == 3 and {r.entity for r in records} == {"Brightwater"}


def test_the_company_after_a_place_refers_back_to_the_company(run):
    text = ("Kestrel Motors sales climb\nPublished: 2023-03-01\n\n"
            "Kestrel Motors sold 900,000 cars in 2022. Sales in Brazil fell 6 percent, while "
            "the company's revenue rose 4 percent. President Okafor's bonus rose 10 percent.\n")
    entities = {r.value: r.entity for r in run(text)}  # "sales in Brazil" left aside
    assert entities[900000] == entities[4] == entities[10] == "Kestrel Motors"


def test_acronyms_of_units_and_measures_are_not_names():
    proper = frozenset({"MAUs", "RevPAR", "TEUs", "Zephyr"})
    assert _names("Zephyr has seen MAUs rise while RevPAR fell and TEUs climbed", proper) == [
        ("Zephyr", "name")]


def test_an_all_caps_headline_names_the_main_subject(run):
    records = run("LABOUR MARKET STATISTICS, NORWAY, THIRD QUARTER 2019\n\n"
                  "The unemployment rate was 3.9 percent in the third quarter.",
                  pub_date="2019-11-10")
    assert [(r.entity, r.value) for r in records] == [("Norway", Decimal("3.9"))]


def test_a_market_index_moves_in_its_closing_level(run):
    records = run("Tokyo stocks fall\n\nThe Tokyo Stock Price Index fell 1.2 percent to 1,580.3 "
                  "points, while the Jakarta Composite Index added 0.4 percent.",
                  pub_date="2019-08-05")
    assert [(r.entity, r.indicator, r.value) for r in records] == [
        ("Tokyo Stock Price Index", "closing level", Decimal("-1.2")),
        ("Tokyo Stock Price Index", "closing level", Decimal("1580.3")),
        ("Jakarta Composite Index", "closing level", Decimal("0.4")),
    ]


def test_a_crude_grade_is_named_without_crude(run):
    records = run("Oil prices\n\nWTI crude fell 2.1 percent to $55.20 a barrel on Friday.",
                  pub_date="2019-10-11")
    assert {(r.entity, r.indicator) for r in records} == {("WTI", "price")}


def test_a_company_s_short_name_takes_the_main_subject_s_spelling(run):
    records = run("Brightwater Appliances profit rises 9 percent\n\n"
                  "Brightwater Appliances said on Monday its profit rose 9 percent in 2019. "
                  "Brightwater sold 2 million washing machines, the company said.",
                  pub_date="2020-03-02")
    assert {r.entity for r in records} == {"Brightwater Appliances"}


def test_the_city_is_the_place_not_its_council(run):
    records = run("Harlow Borough Council approves budget\n\n"
                  "Harlow Borough Council approved a budget of 90 million pounds for 2021. "
                  "The town has 87,000 residents.", pub_date="2020-12-01")
    assert [(r.entity, r.value) for r in records] == [
        ("Harlow Borough Council", Decimal(90000000)), ("Harlow", Decimal(87000))]


def test_a_target_for_an_index_is_not_its_closing_level(run):
    records = run("Brokers trim index forecasts\n\nAnalysts at Harbour Capital cut their target for "
                  "the Jakarta Composite Index to 6,500 points.", pub_date="2019-08-05")
    assert [(r.entity, r.indicator) for r in records] == [("Jakarta Composite Index", "target")]


def test_a_place_in_an_apposition_describes_the_name_before_it(run):
    records = run("Retail sales in Yantai, a port city in Shandong province, reached 300 billion "
                  "yuan in 2019.", pub_date="2020-01-20")
    assert [(r.entity, r.value) for r in records] == [("Yantai", Decimal(300000000000))]


def test_the_city_is_not_the_country_named_as_a_ranking_s_scope(run):
    records = run("Hefei builds more cars\n\nIn 2019, Hefei made 63,000 electric cars, ranking "
                  "third among cities in central China. The industry's output reached 41 billion "
                  "yuan, a tenth of the city's industrial output. Battery capacity reached "
                  "30 GWh, the second largest in China.", pub_date="2020-02-01")
    assert {r.entity for r in records if r.measure != "rank"} == {"Hefei"}


def test_shares_of_a_company_and_a_quarter_code_are_no_part_of_its_name(run):
    records = run("Hallam Steel Q2 profit jumps 40 percent\n\nShares of Hallam Steel closed 1.2 "
                  "percent higher on Thursday.", pub_date="2021-11-11")
    assert [(r.entity, r.indicator) for r in records] == [
        ("Hallam Steel", "profit"), ("Hallam Steel", "shares closed")]


def test_a_price_index_is_a_statistic_not_an_entity(run):
    records = run("Consumer prices in March\n\nThe Consumer Price Index rose 0.6 percent in March, "
                  "the Norwegian statistics office said. Over the last 12 months the index rose "
                  "2.6 percent.", pub_date="2021-04-10")
    assert [(r.entity, r.indicator, r.period, r.base_period) for r in records] == [
        ("Norway", "consumer price index", "2021-03", None),
        ("Norway", "index", "2021-03", "2020-03")]


def test_a_figure_followed_by_its_place_in_a_coordination(run):
    records = run("Eurozone growth\n\nGDP rose by 0.3 percent in the euro area and by 0.4 percent "
                  "in Sweden in the third quarter.", pub_date="2019-11-14")
    assert [(r.entity, r.value, r.measure) for r in records] == [
        ("euro area", Decimal("0.3"), "change"), ("Sweden", Decimal("0.4"), "change")]


def test_a_quote_ends_the_clause_where_a_figure_s_place_is_looked_for(run):
    records = run("India rates outlook\n\nIndia's inflation rose in June. \"We expect the "
                  "policy rate to fall to 5.5 percent by December,\" said an economist at "
                  "Harbour Capital in Mumbai.", pub_date="2019-07-12")
    assert [r.entity for r in records] == ["India"]


def test_the_commodity_scan_is_skipped_only_where_no_commodity_can_be():
    from extract.relations.gazetteer import may_name_commodity

    assert may_name_commodity("Copper prices rose 2 percent.")
    assert may_name_commodity("BRENT CRUDE was up.")
    assert not may_name_commodity("Sales rose 2 percent to $3 billion.")
    assert may_name_commodity("\u017filver rose.")  # a long s: case-blind matching may read "s"
    commodity = [e.text for e in find_entities("Sales rose while copper climbed 1.1 percent.")
                 if e.kind == "commodity"]
    assert commodity == ["copper"]


def test_a_month_and_day_is_no_numbered_index():
    found = find_entities("Oct 24, 2019 (Wire) - Kordel Foods AG:", None, relaxed=True,
                          dateline=True)
    assert [(e.text, e.kind) for e in found] == [("Kordel Foods", "org")]


def test_coordinated_names_take_coordinated_ranks_in_order(run):
    records = run("Chile copper\n\nChile remained the largest copper producer in 2019. Peru and "
                  "China ranked second and third.", pub_date="2020-02-01")
    assert [(r.entity, r.value) for r in records] == [("Chile", 1), ("Peru", 2), ("China", 3)]


def test_a_company_s_market_is_not_the_figure_s_entity(run):
    records = run("Halden Motors sales rise\n\nHalden Motors said its revenue rose 5 percent in "
                  "2019. In Germany, where Halden Motors builds its vans, revenue rose 8 percent.",
                  pub_date="2020-02-01")
    assert {r.entity for r in records} == {"Halden Motors"}


def test_a_figure_in_a_whose_clause_belongs_to_the_name_it_describes(run):
    records = run("Growth league\n\nThailand trailed Malaysia, whose economy grew 4.4 percent in "
                  "the quarter.", pub_date="2019-11-15")
    assert [r.entity for r in records] == ["Malaysia"]


def test_a_price_per_tonne_belongs_to_the_commodity_named_before(run):
    records = run("Metals review\n\nNickel was the star. Spot prices at the Shanghai exchange "
                  "ended at $14,000 a tonne on December 31. My base case is zinc between $2,400 "
                  "and $2,600 a tonne.", pub_date="2019-01-05")
    assert [(r.entity.lower(), "price" in r.indicator) for r in records] == [
        ("nickel", True), ("zinc", True)]


def test_a_currency_prefix_and_a_month_are_no_names(run):
    records = run("Kerala presents Rs 1.1 lakh crore budget\n\nThiruvananthapuram, Feb 7: The "
                  "state allocated Rs 2,400 crore to health and Rs 1,900 crore to roads.",
                  pub_date="2020-02-07")
    assert {r.entity for r in records} == {"Kerala"}


def test_a_company_named_after_a_dateline_colon_is_the_subject(run):
    records = run("Deccan Cement profit jumps\n\nPune, January 22, 2020: Deccan Cement on Wednesday "
                  "reported a 24 per cent year-on-year rise in net profit to Rs 412 crore for the "
                  "October-December quarter.", pub_date="2020-01-22")
    assert {(r.entity, r.indicator) for r in records} == {("Deccan Cement", "net profit")}


def test_policy_rates_and_their_moves_belong_to_the_central_bank_named_in_the_page(run):
    # the bank is named only in the page's header; the statement names the country or no one
    records = run("Bank of Canada\nPress release\n\nPolicy rate decision\n\n"
                  "Today the Governing Council decided to lower the policy rate by 25 basis "
                  "points to 1.5 percent, its second cut this year. Canada's economy grew 1.6 "
                  "percent in the first quarter. The outlook is consistent with the medium-term "
                  "target of 2 percent.", pub_date="2020-03-04")
    entities = {r.text: r.entity for r in records}
    assert entities["25 basis points"] == entities["1.5 percent"] == "Bank of Canada"
    assert entities["2 percent"] == "Bank of Canada"
    assert entities["1.6 percent"] == "Canada"


def test_a_policy_rate_stays_the_country_s_when_no_central_bank_is_named(run):
    records = run("Chile rates\n\nChile's policy rate stood at 2.5 percent in May, while the "
                  "Bank of Commerce raised its deposit rates.", pub_date="2019-06-01")
    assert [r.entity for r in records] == ["Chile"]


def test_a_name_closed_by_a_facility_noun_is_the_facility_its_figures_are_about(run):
    records = run("Portugal solar boom\n\nPortugal added 900 MW of solar capacity in 2019. The "
                  "biggest, the 220 MW Serra Alva solar plant in Alentejo, cost about €180 million "
                  "and covers 400 hectares. The Kestrel field off the coast of Portugal, which "
                  "started production in May, pumped 2.1 million barrels in the year.",
                  pub_date="2020-01-15")
    entities = {r.text: r.entity for r in records}
    assert entities["900 MW"] == "Portugal"
    assert entities["220 MW"] == entities["€180 million"] == entities["400 hectares"] == "Serra Alva"
    assert entities["2.1 million barrels"] == "Kestrel"


def test_a_company_s_plant_is_not_a_facility_name(run):
    records = run("Halden Motors expands\n\nHalden Motors said it built a plant in 2019 and "
                  "Halden's car plant made 90,000 cars that year.", pub_date="2020-01-15")
    assert {r.entity for r in records} == {"Halden Motors"}


def test_a_crude_grade_is_priced_as_a_commodity(run):
    records = run("Angola crude\n\nAngola's benchmark Zafiro Light grade sold at $61.20 a barrel "
                  "on Thursday, up 0.8% on the day.", pub_date="2021-01-15")
    assert [(r.entity, r.indicator) for r in records] == [("Zafiro Light", "price")] * 2


def test_a_forecaster_that_puts_a_figure_at_a_value_is_its_source(run):
    records = run("Uruguay soy crop\n\nUruguay's soybean crop is set to grow. Private consultancy "
                  "Agrostat sees the 2021 crop at 3.1 million tonnes. Agrostat also estimated corn "
                  "output at 900,000 tonnes, including a second crop of 200,000 tonnes. Food group "
                  "Vinter Foods sees its revenue at $2 billion.", pub_date="2021-03-01")
    entities = {r.text: r.entity for r in records}
    assert entities["3.1 million tonnes"] == entities["900,000 tonnes"] == "Uruguay"
    assert entities["200,000 tonnes"] == "Uruguay"
    assert entities["$2 billion"] == "Vinter Foods"


def test_places_in_an_aside_of_a_company_s_market_are_not_the_figure_s(run):
    records = run("Halden Motors first-half results\n\nHalden Motors said first-half sales rose. "
                  "In Britain, where Halden builds its vans at a plant near Leeds, first-half "
                  "revenue rose 8 per cent to £450 million.", pub_date="2019-07-30")
    assert [r.entity for r in records] == ["Halden Motors"] * 2


def test_a_company_s_regional_segments_are_not_the_figure_s_entity(run):
    records = run("Halden Technologies results\n\nHalden Technologies said quarterly revenue rose 9 percent. "
                  "Asia contributed 58.5% of revenue and Europe 27%.", pub_date="2019-07-30")
    assert [r.entity for r in records] == ["Halden Technologies"] * 3


def test_turnover_on_an_exchange_is_the_exchange_s(run):
    records = run("Asian markets slide\n\nJapan's Nikkei fell 2 percent on Monday. Turnover on the "
                  "Lisbon Stock Exchange totalled 1.2 billion euros on Monday, about 10 percent "
                  "above its 30-day average. Figures from the Lisbon Stock Exchange showed 40 "
                  "companies fell.", pub_date="2019-08-05")
    entities = {r.text: r.entity for r in records}
    assert entities["1.2 billion euros"] == entities["10 percent"] == "Lisbon Stock Exchange"
    assert entities["40"] != "Lisbon Stock Exchange"


def test_respectively_pairs_names_and_figures_in_order_after_earlier_figures(run):
    # the figures before the list shorten the masked sentence the rule matched in
    records = run("Ningbo exports\n\nLast year, exports to Canada rose 24 percent to 150.9 "
                  "billion yuan, about half of the total, while shipments to Kenya and Peru grew "
                  "17.5 percent and 29.1 percent respectively.", pub_date="2020-01-05")
    entities = {r.text: r.entity for r in records}
    assert (entities["17.5 percent"], entities["29.1 percent"]) == ("Kenya", "Peru")


def test_a_rival_named_with_a_descriptor_is_a_company_even_before_said(run):
    records = run("Halden Technologies profit rises\n\nHalden Technologies said its net profit rose "
                  "8 percent in 2018. Rival Brixo said last week that its net profit for 2018 fell "
                  "21 percent to 1.9 billion yuan.", pub_date="2019-03-01")
    entities = {r.text: r.entity for r in records}
    assert entities["8 percent"] == "Halden Technologies"
    assert entities["21 percent"] == entities["1.9 billion yuan"] == "Brixo"


def test_the_province_is_the_last_province_named_not_a_city(run):
    records = run("Hubei power use\n\nHubei used 210 billion kWh in 2019. Among cities, Wuhan "
                  "used 60 billion kWh, the most in the province. The average electricity price "
                  "for industrial users in the province was 0.6 yuan per kWh.",
                  pub_date="2020-02-01")
    entities = {r.text: r.entity for r in records}
    assert entities["60 billion kWh"] == "Wuhan"
    assert entities["0.6 yuan per kWh"] == "Hubei"


def test_in_a_company_s_story_a_place_before_a_rank_word_is_ranked_not_a_modifier(run):
    records = run("Halden Airport traffic\n\nHalden Airport Group said traffic rose 5 percent in "
                  "2019. Canada remained its largest country market, Mexico was second and Chile "
                  "third.", pub_date="2020-01-20")
    ranks = [r.entity for r in records if r.unit == "rank"]
    assert ranks[-1] == "Chile"


def test_carbon_is_priced_as_a_commodity(run):
    records = run("Poland power market\n\nPoland added 2 GW of wind capacity in 2019, helped by "
                  "carbon prices of around €25 a tonne.", pub_date="2020-01-20")
    entities = {r.text: r.entity.lower() for r in records}
    assert entities["2 GW"] == "poland"
    assert entities["€25 a tonne"] == "carbon"


def test_the_country_between_an_organisation_and_the_figure_is_what_it_is_about(run):
    records = run("Ghana oil output falls\n\nGhana's crude output fell 4 percent in 2020. The "
                  "Ghana National Petroleum Corporation said pipeline theft cost the country "
                  "some 20,000 tonnes in 2020, and the corporation said it spent $40 million on "
                  "repairs.", pub_date="2021-01-20")
    entities = {r.text: r.entity for r in records}
    assert entities["20,000 tonnes"] == "Ghana"
    assert entities["$40 million"].startswith("Ghana National Petroleum")


def test_a_mining_company_s_story_keeps_it_as_the_subject_over_its_mines(run):
    records = run("Vardal Mining output rises\n\nOSLO, Oct 20 - Vardal Mining said on Tuesday its "
                  "third-quarter copper output rose 12 percent to 45,000 tonnes. The Skarvik mine "
                  "in northern Norway produced 18,000 tonnes, while output at the company's "
                  "Chilean operations fell 3 percent.", pub_date="2020-10-20")
    entities = {r.text: r.entity for r in records}
    assert entities["12 percent"] == entities["45,000 tonnes"] == "Vardal Mining"
    assert entities["18,000 tonnes"] == "Skarvik"
    assert entities["3 percent"] == "Vardal Mining"


def test_the_federal_reserve_is_a_central_bank_but_not_the_story_s_subject(run):
    records = run("Fed lowers rates\n\nWASHINGTON (Wire) - The Federal Reserve lowered the "
                  "federal funds rate to a range of 2.00 to 2.25 percent on Wednesday. U.S. "
                  "unemployment stood at 3.7 percent in June.", pub_date="2019-07-31")
    entities = {r.text: r.entity for r in records}
    assert entities["2.00 to 2.25 percent"] == "Federal Reserve"
    assert entities["3.7 percent"] == "U.S."


def test_a_demonym_before_an_index_name_is_no_part_of_it(run):
    records = run("European shares\n\nIn Europe, the pan-European FTSE Eurofirst 300 rose 0.4 "
                  "percent on Tuesday, while Japan's Nikkei fell 0.2 percent.",
                  pub_date="2020-03-03")
    assert [r.entity for r in records] == ["FTSE Eurofirst 300", "Nikkei"]


def test_a_name_before_a_lower_case_district_is_a_place(run):
    records = run("Ontario farm output\n\nOntario's farm output rose 4 percent in 2019. In the "
                  "western Norrvik district, output rose 9 percent.", pub_date="2020-01-20")
    assert [r.entity for r in records] == ["Ontario", "Norrvik"]


def test_a_capital_acting_as_the_government_is_its_country(run):
    records = run("Canada budget\n\nCanada's deficit will widen to 1.1 percent of GDP in 2020 as "
                  "Ottawa unveils 5 billion dollars in tax cuts. Canada's economy grew 1.6 percent "
                  "in 2019, and Ottawa recorded 2 million visitors.", pub_date="2020-03-05")
    entities = {r.text: r.entity for r in records}
    assert entities["5 billion dollars"] == "Canada"
    assert entities["2 million"] == "Ottawa"


def test_a_name_after_a_lower_case_company_descriptor_is_a_company(run):
    records = run("Peru copper exports\n\nPeru's copper exports rose 3 percent in 2019. Chilean "
                  "mining group Andes Norte said on Thursday it would invest $300 million in "
                  "Peruvian mines. Group chief executive Maria Lopez said costs rose 4 percent.",
                  pub_date="2020-01-20")
    entities = {r.text: r.entity for r in records}
    assert entities["$300 million"] == "Andes Norte"
    assert entities["4 percent"] != "Maria Lopez"


def test_the_city_is_not_a_region_named_just_before(run):
    records = run("Mumbai home sales rise 18 percent in 2019\nPublished: 2020-01-02\n\n"
                  "Home sales in Mumbai rose 18 percent to 60,943 units in 2019, property "
                  "consultancy Anarock said on Thursday in its annual report on housing.\n\n"
                  "Prices held firm across the country. Sales fell 2 percent in the National "
                  "Capital Region. Average prices in the city were 11,000 rupees per square foot.",
                  pub_date="2020-01-02")
    entities = {r.text: r.entity for r in records}
    assert entities["2 percent"] == "National Capital Region"
    assert entities["11,000 rupees per square foot"] == "Mumbai"


def test_a_share_of_what_is_shipped_to_a_partner_is_the_partner_s(run):
    records = run("Peru fishmeal exports\n\nPeru, the world's largest fishmeal exporter, is "
                  "expected to ship about 1.1 million tonnes this year, roughly 70 percent of it "
                  "to China.", pub_date="2019-05-01")
    entities = {r.text: r.entity for r in records}
    assert entities["1.1 million tonnes"] == "Peru"
    assert entities["70 percent"] == "China"


def test_the_bloc_refers_back_to_the_union_named_before(run):
    records = run("Norway salmon exports\n\nNorway's salmon exports rose 3 percent in 2018. "
                  "Exports to the European Union rose 4.6 percent to 7 billion crowns in 2018. "
                  "The council warned that new tariffs could cut exports to the bloc by up to a "
                  "fifth.", pub_date="2019-02-01")
    entities = {r.text: r.entity for r in records}
    assert entities["3 percent"] == "Norway"
    assert entities["a fifth"] == "European Union"


def test_a_commodity_before_its_trading_venue_is_the_entity_of_its_move(run):
    records = run("Metals.\n\nPrices were mixed on Tuesday.\n\nNickel on the Singapore Metals "
                  "Exchange slipped 0.4% to $21,100 a tonne. Silver in London eased 0.2%.",
                  pub_date="2023-03-07")
    assert [(r.entity, r.indicator) for r in records] == [
        ("Nickel", "price"), ("Nickel", "price"), ("Silver", "price")]


def test_a_name_ending_in_a_dot_leaves_the_indicator(run):
    records = run("Stocks.\n\nData came out.\n\nU.S. crude inventories rose by 1.7 million barrels "
                  "in the week to March 3.", pub_date="2023-03-08")
    assert [r.indicator for r in records] == ["crude inventories"]
