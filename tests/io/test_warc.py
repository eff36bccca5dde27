from extract.io.jobs import prepare
from extract.io.readers import read_jobs, scan_ids


def test_warc_response_records_with_html_or_text_are_documents(tmp_path, article_html, make_warc):
    data = make_warc([
        ("http://example.org/a", "text/html; charset=utf-8", article_html.encode(),
         "2019-07-05T12:00:00Z"),
        ("http://example.org/logo.png", "image/png", b"\x89PNG\r\n", "2019-07-05T12:00:01Z"),
        ("http://example.org/b.txt", "text/plain", b"Output rose 4 percent.",
         "2020-01-02T00:00:00Z"),
    ])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    jobs = list(read_jobs(str(path)))
    assert len(jobs) == 2
    html, text = jobs
    assert html.doc_id.startswith("urn:uuid:") and not html.doc_id.endswith(">")
    assert html.document.url == "http://example.org/a" and html.raw_html
    assert text.document.text == "Output rose 4 percent." and not text.raw_html
    assert text.document.pub_date == "2020-01-02"  # the record's WARC-Date
    doc = prepare(html)
    assert doc.pub_date == "2019-07-02"  # page metadata wins over the crawl date
    assert "rose 12 percent" in doc.text
    assert [i for i, _ in scan_ids(str(path))] == [html.doc_id, text.doc_id]


def test_uncompressed_warc_and_a_truncated_archive(tmp_path, article_html, make_warc):
    one = ("http://example.org/a", "text/html", article_html.encode(), "2019-07-05T12:00:00Z")
    plain = make_warc([one, one], gz=False)
    (tmp_path / "plain.warc").write_bytes(plain)
    assert [j.error for j in read_jobs(str(tmp_path / "plain.warc"))] == [None, None]
    packed = make_warc([one, one])
    (tmp_path / "cut.warc.gz").write_bytes(packed[: len(packed) - 200])
    jobs = list(read_jobs(str(tmp_path / "cut.warc.gz")))
    assert jobs[0].error is None
    assert len(jobs) == 2 and jobs[1].error.startswith("truncated WARC record")
    (tmp_path / "bad.warc").write_bytes(plain + b"not a warc record\r\n\r\n")
    bad = list(read_jobs(str(tmp_path / "bad.warc")))
    assert [j.error is None for j in bad] == [True, True, False]
    assert bad[2].doc_id == "bad:warc-error-3" and "after 2 document(s)" in bad[2].error


def test_warc_page_charset_from_its_meta_tag(tmp_path, make_warc):
    page = ('<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 sales rose '
            '\u20ac5 million.</p></body></html>').encode("cp1252")
    (tmp_path / "one.warc").write_bytes(
        make_warc([("http://example.org/c", "text/html", page, "2019-01-01T00:00:00Z")],
                  gz=False))
    job, = read_jobs(str(tmp_path / "one.warc"))
    assert "Caf\u00e9 sales rose \u20ac5 million." in job.document.text
    assert job.document.warnings == ["decoded as declared charset windows-1252"]
