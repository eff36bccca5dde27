"""HTML for the readers: its text (the stripping stage's extractor), the publication date and
the charset a page states."""

from __future__ import annotations

import re

from ..clean import html_to_text  # noqa: F401 - the readers' HTML -> text (trafilatura)

_META_DATE = re.compile(
    r"""<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["']?"""
    r"""(?:article:published_time|og:published_time|datePublished|pubdate|publishdate|"""
    r"""date|dc\.date|dcterms\.date|sailthru\.date)["']?[^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']?(\d{4}-\d{2}-\d{2})""", re.IGNORECASE)
_TIME = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})""", re.IGNORECASE)
_HEAD_CHARS = 200_000  # metadata lives in the head; never scan a whole huge page


def page_pub_date(html: str) -> str | None:
    """YYYY-MM-DD from the page's publication-date meta tags (or first <time datetime>)."""
    head = html[:_HEAD_CHARS]
    for tag in _META_DATE.finditer(head):
        found = _CONTENT.search(tag.group(0))
        if found:
            return found.group(1)
    found = _TIME.search(head)
    return found.group(1) if found else None


_CHARSET = re.compile(rb"""<meta\b[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes | bytearray) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB."""
    found = _CHARSET.search(bytes(data[:4096]))
    return found.group(1).decode("ascii") if found else None
