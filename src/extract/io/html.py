"""HTML -> text for every reader, and the publication date a page states in its metadata."""

from __future__ import annotations

import re

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


def html_to_text(html: str, url: str | None = None) -> str:
    """The main text of a page: the stripping stage's extractor when present.

    Until `extract.clean.html.html_to_text` exists, FALLBACK: a minimal call of
    `trafilatura.extract` (no comments, no tables' markup), giving "" when it finds nothing.
    """
    try:
        from ..clean.html import html_to_text as stage_html_to_text
    except ImportError:
        stage_html_to_text = None
    if stage_html_to_text is not None:
        return stage_html_to_text(html, url=url)
    import trafilatura  # FALLBACK until the stripping stage provides html_to_text

    return trafilatura.extract(html, url=url, include_comments=False) or ""


_CHARSET = re.compile(rb"""<meta\b[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes | bytearray) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB."""
    found = _CHARSET.search(bytes(data[:4096]))
    return found.group(1).decode("ascii") if found else None
