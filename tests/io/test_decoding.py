import pytest

from extract.io.decoding import BinaryContent, decode_text, looks_binary


def test_utf8_bom_is_removed_and_offsets_start_after_it():
    text, warnings = decode_text("\ufeffGDP rose 6%".encode())
    assert text == "GDP rose 6%"
    assert text.index("6") == 9
    assert warnings == []


def test_windows_1252_text_is_decoded_with_a_warning():
    data = "Caf\u00e9 prices \u2013 up \u20ac5".encode("cp1252")
    text, warnings = decode_text(data)
    assert text == "Caf\u00e9 prices \u2013 up \u20ac5"
    assert warnings == ["not UTF-8: decoded as windows-1252"]


def test_latin1_only_bytes_undefined_in_cp1252_still_decode():
    # 0x81 has no Windows-1252 character: Latin-1 gives U+0081.
    text, warnings = decode_text(b"na\xefve \x81 text")
    assert text == "na\u00efve \u0081 text"
    assert warnings


def test_mostly_utf8_with_one_bad_byte_gets_a_replacement_character():
    data = "S\u00e3o Paulo grew 3\u00a0percent in \u00e9t\u00e9 ".encode() + b"\xff end"
    text, warnings = decode_text(data)
    assert text == "S\u00e3o Paulo grew 3\u00a0percent in \u00e9t\u00e9 \ufffd end"
    assert warnings == ["invalid UTF-8: 1 sequence(s) replaced with U+FFFD"]


def test_declared_charset_is_used_when_utf8_fails():
    data = "\u0426\u0435\u043d\u0430 5%".encode("koi8-r")
    text, warnings = decode_text(data, declared="koi8-r")
    assert text == "\u0426\u0435\u043d\u0430 5%"
    assert warnings == ["decoded as declared charset koi8-r"]


def test_binary_content_is_refused():
    assert looks_binary(b"PK\x03\x04\x00\x00")
    assert not looks_binary(b"plain text\twith tab\r\n")
    with pytest.raises(BinaryContent):
        decode_text(bytes(range(256)) * 4)


def test_empty_input_is_empty_text():
    assert decode_text(b"") == ("", [])
