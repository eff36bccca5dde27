"""The line classifier on the seed and on short hand-made dumps of typical page layouts."""

import re
from pathlib import Path

import pytest

from extract.clean import LineStripper, split_lines, strip_lines

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "guangzhou-high-tech-2017.txt"


def kept(text: str) -> list[int]:
    return [line.number for line in strip_lines(text) if line.keep]


def test_seed_keeps_exactly_its_article_lines():
    assert kept(SEED.read_text(encoding="utf-8")) == [2, 3, 5, 7, 9, 11, 13]


def test_seed_loses_no_figure():
    text = SEED.read_text(encoding="utf-8")
    raw = text.split("\n")
    figures = set(re.findall(r"\d[\d,.]*\d|\d", "\n".join(raw[4:13])))
    kept_text = "\n".join(line.text for line in strip_lines(text) if line.keep)
    assert figures and figures <= set(re.findall(r"\d[\d,.]*\d|\d", kept_text))


WIRE = """\
Skip to content
NEWSDESK
World | Business | Markets | Tech | Sport | Opinion
Home > Business > Economy
Factory output in the region rises for a third month
Manufacturers reported stronger orders from abroad, although hiring stayed flat.
By Jane Doe
Updated: 2021-03-04 10:15

Factory output in the region rose 2.4 percent in February from a month earlier, the statistics office said on Thursday, the third monthly increase in a row.

Orders from abroad climbed 5.1 percent, led by machinery and chemicals, while domestic orders were little changed from January.

Jobs and wages

Employment in manufacturing was flat at 1.2 million, and average weekly wages rose 0.8 percent to 912 dollars, the office said.

Related Stories
Retail sales slip as shoppers hold back
Central bank keeps rates on hold
Share: Facebook | Twitter | Email
Copyright © 2021 Newsdesk Media. All rights reserved.
"""


def test_wire_story_keeps_headline_standfirst_body_and_subheading():
    assert kept(WIRE) == [5, 6, 10, 12, 14, 16]


def test_wire_story_reasons_explain_the_boilerplate():
    reasons = {line.number: line.reason for line in strip_lines(WIRE)}
    assert reasons[3] == "separator-heavy menu"
    assert reasons[7] == "byline"
    assert reasons[18] == "related stories section"
    assert reasons[22] == "copyright"
    assert "neighbour smoothing" in reasons[14]


CAPTION_AND_COMMENTS = """\
Portal Home
Harbour traffic hits a record as container volumes recover
The port handled 2.3 million containers in the first quarter, up 9 percent from a year earlier, its operator said on Monday.
Cranes load a vessel at the eastern terminal on March 2. (Photo: Port Authority)
Transhipment cargo made up 61 percent of the total, and the average ship waited 1.4 days for a berth, down from 2.2 days a year ago.
The operator expects volumes to grow by 4 to 6 percent this year as new shipping routes open.
Editor: John Roe
3 comments
I think the port should invest more in rail links to the hinterland, because trucks clog the roads every single morning.
Great news for the city, and I hope the jobs that come with it will go to young people who live nearby.
"""


def test_caption_inside_the_article_and_comments_after_it_are_dropped():
    assert kept(CAPTION_AND_COMMENTS) == [2, 3, 5, 6]
    reasons = {line.number: line.reason for line in strip_lines(CAPTION_AND_COMMENTS)}
    assert reasons[4] == "photo credit or caption"


TEASERS = """\
Most Popular
Police Say 2 In Custody After Crash On Main Street
Mayor Says Budget Plan Will Not Raise Taxes For Families
Heat Wave To Last Through The Weekend In The Valley
City council approves new budget with more money for schools
The city council on Tuesday approved a budget of 4.2 billion dollars for the coming year, with spending on schools up 6 percent.
Council members voted 9 to 2 for the plan after a debate that lasted more than five hours, the longest this year.
"""


def test_title_case_teasers_above_the_article_are_not_kept():
    assert kept(TEASERS) == [5, 6, 7]


CHINESE = """\
首页 | 新闻 | 经济 | 政务
当前位置：首页 > 新闻
全市一季度地区生产总值增长百分之六
一季度，全市地区生产总值达到二千三百亿元，同比增长百分之六，增速比上年同期提高零点五个百分点。其中第三产业增加值增长百分之七点二。
规模以上工业增加值增长百分之五点一，高技术制造业增加值增长百分之十二，占规模以上工业的比重为百分之十八。
责任编辑：王明
版权所有 © 2019 市人民政府
"""


def test_dense_script_article_is_found():
    assert kept(CHINESE) == [3, 4, 5]


def test_crlf_line_endings_change_nothing_but_the_line_text():
    crlf = WIRE.replace("\n", "\r\n")
    lines = strip_lines(crlf)
    assert [line.number for line in lines if line.keep] == kept(WIRE)
    assert all(line.text.endswith("\r") for line in lines[:-1])
    assert all(crlf[line.start:line.end] == line.text for line in lines)


def test_offsets_are_into_the_raw_text_and_numbers_are_one_based():
    lines = split_lines("a\n\nbc")
    assert [(x.number, x.start, x.end, x.text) for x in lines] == [
        (1, 0, 1, "a"), (2, 2, 2, ""), (3, 3, 5, "bc")]


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "Home", "©", "\u200b\n\u200b"])
def test_text_without_an_article_keeps_nothing(text):
    assert kept(text) == []


def test_extracted_html_text_is_kept_whole():
    text = "Headline\n\nFirst paragraph.\nSecond paragraph."
    assert [x.number for x in strip_lines(text, extracted=True) if x.keep] == [1, 3, 4]


def test_wrapper_gives_the_same_decisions():
    assert [x.keep for x in LineStripper()(WIRE)] == [x.keep for x in strip_lines(WIRE)]


PLAYLIST_AND_LIST = """\
Must Watch
Senator questions the budget plan in a heated hearing
Storm brings record rain to the coast overnight
Officials announce new rules for downtown parking
Fans line up for hours to see the championship parade
Water rates will rise next year, the city says
By Jane Doe
The city's water utility said on Monday that rates would rise 4 percent next year to pay for repairs to pipes that are more than 80 years old.
Here is what changes for households:
Monthly bills for a typical family go up by about 3 dollars
Discounts for low-income households stay in place for another two years
Late fees are waived for the first three months of the new rates
The utility will hold two public meetings on the plan in January, and residents can send comments until the end of February.
"""


def test_headline_playlist_is_dropped_and_an_introduced_list_is_kept():
    assert kept(PLAYLIST_AND_LIST) == [6, 8, 9, 10, 11, 12, 13]


RIVER = """\
Bridge repairs to close the river crossing for a month
Engineers will close the main river crossing for four weeks from Monday to replace worn bearings and resurface the deck, the transport department said.
Traffic will be diverted over the northern bridge, which the department expects to add about 15 minutes to peak-hour journeys for commuters.
Latest from our reporters
Council weighs new bike lanes
November 20, 2019
The council will vote next week on a plan to add 12 kilometres of protected bike lanes across the city centre, officials said.
School board picks new chief
November 19, 2019
The school board on Tuesday named a former deputy superintendent as its new chief, ending a search that lasted more than six months.
"""


def test_dated_teasers_below_the_article_are_dropped():
    assert kept(RIVER) == [1, 2, 3]


BOXED = """\
Rail strike set to halt freight for a week
Freight trains across the country will stop from Monday after talks between the union and the operators broke down late on Friday night.
Related articles
Port queues lengthen as lorries wait for ferries
Fuel prices climb for a third week in a row as supply tighte...
Union leaders said the strike would go ahead unless the operators improved their offer of a 3 percent pay rise over two years.
The operators said the offer was fair and that a week without freight would cost the economy about 400 million dollars.
Related articles
Airport expansion plan approved by council
Storm warning issued for the weekend
"""


def test_related_box_inside_the_article_does_not_cut_it():
    # lines 3-5 are a box between paragraphs; the box at the end closes the article
    assert kept(BOXED) == [1, 2, 6, 7]
    reasons = {line.number: line.reason for line in strip_lines(BOXED)}
    assert reasons[4] == reasons[5] == "related-stories box inside the article"


def test_cut_off_teaser_does_not_end_a_sentence():
    from extract.clean.features import ends_sentence

    assert not ends_sentence("Fuel prices climb for a third week as supply tighte...")
    assert not ends_sentence("Fuel prices climb for a third week as supply tighte…")
    assert ends_sentence("Prices rose again.")
    assert ends_sentence("Prices rose, and then ...")  # a spaced ellipsis ends a sentence


CAPTIONED = """\
Smog returns to the capital as farm fires burn
Thick smog covered the capital again on Monday as farmers in nearby states burned crop stubble, and the air quality index passed 400 in most districts.
Commuters wait at a bus stop in thick smog on Monday morning
Jane Doe/Getty Images
Schools were told to close for two days, and builders must stop work until the index falls below 300, the environment department said on Monday.
Doctors reported a rise in patients with breathing problems, most of them children and older people, at the city's main hospitals.
(Photo: City Images)
Edited by John Roe
"""


def test_caption_above_a_credit_is_dropped_but_not_the_last_paragraph():
    # line 3 is a caption: a credit follows it and the article goes on; line 6 is the last
    # paragraph above a credit that closes the article
    assert kept(CAPTIONED) == [1, 2, 5, 6]
    reasons = {line.number: line.reason for line in strip_lines(CAPTIONED)}
    assert reasons[3] == "caption above a photo credit"


LISTED = """\
What changed after I moved my business online
For years I ran a small shop on the high street, and every month I worried about the rent, the staff and the weather.
Here is what is different in my life now:
My business pays for a comfortable living (and I can work from home)
I am asked to speak to audiences who want to hear what I learned
My books are read by people who find my website every single day
People join my community from every part of the world all year long
I can travel anywhere because my whole business fits in a backpack
None of this happened overnight, and the rest of this story explains how it came about, step by step.
"""


def test_list_whose_first_item_breaks_the_headline_run_is_kept():
    assert kept(LISTED) == list(range(1, 10))


def test_interview_turns_are_not_label_metadata():
    from extract.clean.features import BOILER, classify_line

    assert classify_line("A: Lebron James")[0] != BOILER
    assert classify_line("Source: Reuters")[0] == BOILER


TEASED = """\
Water rates will rise next year, the city says
The city's water utility said on Monday that rates would rise 4 percent next year to pay for repairs to pipes that are more than 80 years old.
Mayor Plans New Parks Along The River Front
Read more
The utility will hold two public meetings on the plan in January, and residents can send comments until the end of February.
Households that use less than 10 cubic metres a month will pay the old rate until the end of the year, the utility said.
"""


def test_title_above_a_read_more_link_is_a_teaser():
    assert kept(TEASED) == [1, 2, 5, 6]
    reasons = {line.number: line.reason for line in strip_lines(TEASED)}
    assert reasons[3] == "teaser above a 'Read more' link"


TITLED = """\
Factory output rises for a third month
Factory output in the region rose 2.4 percent in February from a month earlier, the statistics office said on Thursday.
Orders from abroad climbed 5.1 percent, led by machinery and chemicals, while domestic orders were little changed.
Factory output rises for a third month | Business
Copyright 2021 Newsdesk Media
"""


def test_headline_repeated_with_a_section_name_is_the_page_title():
    assert kept(TITLED) == [1, 2, 3]
    reasons = {line.number: line.reason for line in strip_lines(TITLED)}
    assert reasons[4] == "page title: the headline with a site or section name"


def test_shouted_promo_is_boilerplate_but_not_a_quoted_exclamation():
    from extract.clean.features import BOILER, classify_line

    assert classify_line("GET THE QUIZ: INSTANT DOWNLOAD!")[0] == BOILER
    assert classify_line("“We won!” the coach shouted after the final whistle on Sunday!")[0] != BOILER


def test_prose_under_a_comments_header_weighs_less_once_two_prose_lines_came_before():
    from extract.clean.features import BLANK, COMMENTS, END, GOOD
    from extract.clean.region import densest_region

    # two 10-word paragraphs (5/3 each), a comments header (-6), three 10-word comments:
    # at 0.6 of their weight the comments (3.0) weigh less than the article (10/3)
    classes = [GOOD, BLANK, GOOD, COMMENTS, GOOD, GOOD, GOOD]
    assert densest_region(classes, [10] * 7) == (0, 2)
    # one paragraph before the header: the comments keep their full weight (5.0)
    assert densest_region([GOOD, COMMENTS, GOOD, GOOD, GOOD], [10] * 5) == (2, 4)
    # an END line is a wall no run crosses, blank lines weigh nothing
    assert densest_region([GOOD, END, GOOD, BLANK, GOOD], [10] * 5) == (2, 4)
    assert densest_region([BLANK, END], [0, 0]) == (-1, -2)


def test_only_text_lines_four_or_more_in_a_row_can_form_a_headline_run():
    from extract.clean.features import BLANK, GOOD, LINK, NEAR
    from extract.clean.region import near_runs

    # four text lines with a blank line among them; then three in a row (too few); then one
    classes = [NEAR, NEAR, BLANK, NEAR, NEAR, GOOD, NEAR, NEAR, NEAR, LINK, NEAR]
    assert near_runs(classes) == [0, 1, 3, 4]
    assert near_runs([NEAR, NEAR, NEAR, BLANK]) == []
