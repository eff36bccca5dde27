"""HTML to main text through trafilatura, one block per line.

trafilatura runs in precision mode without comments: on the real pages of the benchmark this
beats its default mode, and a missed boilerplate line costs the indicator stage more than a
missed paragraph. Its plain-text output already has one block (paragraph, heading, list item,
table row) per line, which is the shape `strip_lines` reads. The text returned here is what
`Document.text` holds for HTML input, so every offset of an HTML document points into it; see
docs/HTML.md for how to get it back from the HTML.
"""

from __future__ import annotations

import trafilatura

EXTRACT_OPTIONS = dict(
    favor_precision=True,
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_links=False,
    include_formatting=False,
    deduplicate=False,
    output_format="txt",
    with_metadata=False,
)


def html_to_text(html: str | bytes, url: str | None = None) -> str:
    """The main text of an HTML page, one block per line; "" when nothing is found.

    Deterministic for a given trafilatura version: the same HTML always gives the same text,
    so offsets into it can be resolved again later.
    """
    if not html or not html.strip():
        return ""
    try:
        text = trafilatura.extract(html, url=url, **EXTRACT_OPTIONS)
    except (ValueError, TypeError):  # unparsable markup: no text rather than a crash
        return ""
    if not text:
        return ""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
