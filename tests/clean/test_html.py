"""HTML input: trafilatura's main text, one block per line, and the stripper keeps it whole."""

from extract.clean import html_to_text, strip_lines

PARAGRAPHS = [
    "The city's harbour handled 2.3 million containers in the first quarter of the year, "
    "up 9 percent from a year earlier, the port operator said in a statement on Monday.",
    "Transhipment cargo made up 61 percent of the total, while the average vessel waited "
    "1.4 days for a berth, down from 2.2 days in the same quarter of last year.",
    "The operator expects volumes to grow by between 4 and 6 percent this year as new "
    "shipping routes to South-East Asia open in the second half.",
]
PAGE = f"""<!DOCTYPE html><html><head><title>Harbour traffic hits a record</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<article>
<h1>Harbour traffic hits a record as container volumes recover</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
</article>
<footer><p>Copyright 2021 Example Media. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></footer>
</body></html>"""


def test_main_text_has_one_paragraph_per_line_and_no_navigation():
    lines = html_to_text(PAGE).split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert not any(word in lines for word in ("Home", "Sport", "Weather", "Privacy policy"))
    assert all(line == line.strip() and line for line in lines)


def test_same_html_gives_the_same_text():
    assert html_to_text(PAGE, url="https://example.com/a") == html_to_text(PAGE)


def test_empty_or_broken_html_gives_empty_text():
    assert html_to_text("") == ""
    assert html_to_text("   ") == ""
    assert html_to_text("<html><body></body></html>") == ""
    assert isinstance(html_to_text("<<<>>> not html at all \x00"), str)  # no exception


def test_extracted_text_is_kept_whole_by_the_stripper():
    text = html_to_text(PAGE)
    lines = strip_lines(text, extracted=True)
    assert all(line.keep for line in lines)
    assert [text[x.start:x.end] for x in lines] == text.split("\n")
