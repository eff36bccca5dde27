"""Bytes -> text that survives real archives: BOMs, Windows-1252, broken UTF-8, binaries.

Offsets everywhere refer to the text as returned here (after BOM removal and decoding).
"""

from __future__ import annotations

import codecs

BOM = codecs.BOM_UTF8
# C0 control characters that never occur in text (tab, newline, form feed, CR are allowed).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
_SNIFF = 65536


class BinaryContent(ValueError):
    """The bytes are not text in any encoding we accept."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 64 KB: not a text document."""
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > len(head) * 0.05


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode `data`, returning the text and the warnings recorded on the way.

    UTF-8 first (a leading BOM is removed); bytes that are not UTF-8 and hold no valid UTF-8
    multi-byte sequence are Windows-1252 (Latin-1 for its five undefined bytes); mostly-UTF-8
    bytes with a few bad sequences are decoded with U+FFFD replacements. Raises BinaryContent
    for data that is not text at all.
    """
    warnings: list[str] = []
    if data.startswith(BOM):
        data = data[len(BOM):]
    if looks_binary(data):
        raise BinaryContent("binary content, not text")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    if declared and _usable(declared) and codecs.lookup(declared).name != "utf-8":
        try:
            text = data.decode(declared)
            warnings.append(f"decoded as declared charset {declared}")
            return text, warnings
        except UnicodeDecodeError:
            pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if good == 0 or bad > good:
        warnings.append("not UTF-8: decoded as windows-1252")
        return decode_cp1252(data), warnings
    warnings.append(f"invalid UTF-8: {bad} sequence(s) replaced with U+FFFD")
    return replaced, warnings


def decode_cp1252(data: bytes) -> str:
    """Windows-1252, with its undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as Latin-1."""
    return data.decode("cp1252", errors="latin1_fallback")


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("latin1_fallback", _latin1_fallback)


def _usable(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
