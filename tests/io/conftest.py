import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = (
    "<html><head><title>Exports</title>"
    '<meta property="article:published_time" content="2019-07-02T08:00:00Z"></head>'
    "<body><article><h1>Exports grow</h1>"
    "<p>Exports from the province rose 12 percent to 4.5 billion dollars in the first half, "
    "the customs office said on Tuesday in its regular statement to the press.</p>"
    "<p>Imports fell 3 percent over the same period, according to the same office, which "
    "publishes the figures every month.</p></article></body></html>"
)


def warc_bytes(records, gz: bool = True) -> bytes:
    """A WARC archive of (uri, content_type, payload bytes, warc_date) response records."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for uri, content_type, payload, date in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                           http_headers=http,
                                           warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)
    return buffer.getvalue()


def gzip_of_zeros(path, size: int, chunk: int = 1 << 20) -> None:
    """A gzip bomb: `size` zero bytes, compressed chunk by chunk (never held in memory)."""
    zeros = bytes(chunk)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(size // chunk):
            fh.write(zeros)


@pytest.fixture
def article_html():
    return ARTICLE


@pytest.fixture
def make_warc():
    return warc_bytes


@pytest.fixture
def make_gzip_bomb():
    return gzip_of_zeros
