"""Arbitrary text never makes the stripper raise, and its lines always tile the text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean import split_lines, strip_lines

# Text built from pieces that exercise the rules: separators, bullets, brackets, CJK, digits.
PIECES = st.sampled_from([
    "\n", "\r\n", " ", "|", "•", "»", " - ", "©", "(", ")", "[", "]", ":", ".", "Share", "By ",
    "Related", "Photo", "cookies", "2019", "1,234", "The ", "and ", "of ", "年", "。", "\u200b",
    "Copyright", "Editor:", "Comments", "ICP备", "Home", "a" * 30, "word " * 12,
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_arbitrary_text_never_raises_and_lines_tile_the_text(text):
    lines = strip_lines(text)
    assert len(lines) == text.count("\n") + 1
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    for line in lines:
        assert text[line.start:line.end] == line.text
        assert "\n" not in line.text
        assert line.reason
        if not line.text.strip():
            assert not line.keep


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_extracted_text_keeps_every_non_blank_line(text):
    lines = strip_lines(text, extracted=True)
    assert [line.keep for line in lines] == [bool(line.text.strip()) for line in lines]
    assert [(x.start, x.end) for x in lines] == [(x.start, x.end) for x in split_lines(text)]
