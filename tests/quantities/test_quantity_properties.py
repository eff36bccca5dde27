"""Property tests: formatted numbers read back exactly; no text makes the finder raise."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.quantities import find_numbers, find_quantities
from extract.quantities.numerals import parse_digits

amounts = st.decimals(min_value=0, max_value=Decimal("1e15"), places=3, allow_nan=False,
                      allow_infinity=False)


def group(whole: str, sep: str, indian: bool = False) -> str:
    if indian and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return ",".join([head] + pairs + [tail])
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join([whole] + parts)


@given(amounts, st.sampled_from([",", "\u00a0", "\u202f", "\u2009", "indian", "plain", "european"]))
def test_formatted_numbers_parse_back(value, style):
    whole, _, frac = f"{value:f}".partition(".")
    if style == "european":  # unambiguous only with two dot groups: 1.234.567,5
        if value < 1_000_000:
            return
        text = group(whole, ".") + ("," + frac if frac else "")
        assert parse_digits(text) == value
        return
    if style == "plain":
        text = whole
    else:
        text = group(whole, style, indian=style == "indian") if style != "indian" else group(
            whole, ",", indian=True)
    if frac:
        text += "." + frac
    assert parse_digits(text) == value


@given(amounts, st.sampled_from([",", "\u00a0", "indian"]), st.sampled_from(
    ["", " percent", " million yuan", " tonnes"]))
def test_formatted_numbers_are_found_whole(value, style, suffix):
    whole, _, frac = f"{value:f}".partition(".")
    text = group(whole, ",", indian=True) if style == "indian" else group(whole, style)
    if frac:
        text += "." + frac
    sentence = f"They reported {text}{suffix} last week."
    found = find_quantities(sentence)
    if suffix == "" and 1900 <= value <= 2100 and value == int(value):
        return  # a bare year-like integer is a year, not a quantity
    assert len(found) == 1, found
    assert found[0].text == text + suffix


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    for finder in (find_quantities, find_numbers):
        found = finder(text)
        for q in found:
            assert 0 <= q.span[0] < q.span[1] <= len(text)
            assert text[q.span[0]:q.span[1]] == q.text
        for a, b in zip(found, found[1:], strict=False):
            assert a.span[1] <= b.span[0]


@settings(max_examples=300)
@given(st.text(alphabet="0123456789 ,.-%$\u00a5\u20acmkbn/\u00a0abcdefghijklmnopqrstuvwxyzRMBUS"))
def test_number_like_text_never_raises(text):
    find_quantities(text)
    find_numbers(text)
    find_quantities(text, durations=True)


PIECES = st.sampled_from(
    list("0123456789 ,.-%$\u00a5\u20ac\u00a3\u20b9()/^x\u00d7\u2212\u00bd") + [
        "million", "billion", " to ", " and ", "between ", "a ", "half", "third", "second",
        "ranked ", "the largest ", "per ", "kg", "barrel", " in ", "one", "twenty", "-fold",
        " times", "days", "RMB", "US$", "yen", "Sh", "pm", "No. ", "lakh crore", "since "])


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_quantity_soup_never_raises_and_never_overlaps(text):
    for found in (find_quantities(text), find_numbers(text),
                  find_quantities(text, durations=True)):
        for q in found:
            assert text[q.span[0]:q.span[1]] == q.text
        for a, b in zip(found, found[1:], strict=False):
            assert a.span[1] <= b.span[0]
