import gzip
import json
from pathlib import Path

import pytest

from extract.io.jobs import run_job
from extract.io.readers import (
    MB,
    Limits,
    doc_id_of,
    expand_inputs,
    kind_of,
    read_jobs,
    read_path,
    scan_ids,
)
from extract.pipeline import Config


@pytest.mark.parametrize("name, doc_id", [
    ("corpus/a/b.txt", "b"), ("x.txt.gz", "x"), ("page.html", "page"), ("p.htm.gz", "p"),
    ("crawl.warc.gz", "crawl"), ("batch.jsonl", "batch"), ("notes.md", "notes.md"), ("-", "stdin"),
])
def test_doc_id_drops_the_input_extensions(name, doc_id):
    assert doc_id_of(name) == doc_id


def test_kind_follows_the_name_through_gz():
    assert [kind_of(n) for n in ("a.txt", "a.HTML.gz", "a.jsonl.gz", "a.warc", "a.csv")] == [
        "text", "html", "jsonl", "warc", "text"]


def test_directories_are_walked_sorted_with_known_extensions_only(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("sub/b.txt", "a.html", ".hidden.txt", "gold.json", "c.jsonl.gz"):
        (tmp_path / name).write_bytes(b"x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])]
    assert found == ["a.html", "c.jsonl.gz", "sub/b.txt"]


def test_globs_expand_and_missing_inputs_are_reported(tmp_path):
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text("x")
    assert [Path(p).name for p in expand_inputs([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]
    with pytest.raises(FileNotFoundError):
        expand_inputs([str(tmp_path / "nothing.txt")])
    with pytest.raises(FileNotFoundError):
        expand_inputs([str(tmp_path / "*.warc")])


def test_plain_and_gzipped_text(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffLine one.\nLine two.".encode())
    with gzip.open(tmp_path / "b.txt.gz", "wb") as fh:
        fh.write(b"Zipped text.")
    a, = read_jobs(str(tmp_path / "a.txt"))
    b, = read_jobs(str(tmp_path / "b.txt.gz"))
    assert (a.doc_id, a.document.text, a.error) == ("a", "Line one.\nLine two.", None)
    assert (b.doc_id, b.document.text, b.n_bytes) == ("b", "Zipped text.", 12)


def test_gzip_bomb_and_truncated_gzip_are_error_entries(tmp_path, make_gzip_bomb):
    make_gzip_bomb(tmp_path / "bomb.txt.gz", 8 * MB)
    whole = gzip.compress(b"A sentence that will be cut short. " * 2000)
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    bomb, = read_jobs(str(tmp_path / "bomb.txt.gz"), Limits(max_doc_bytes=2 * MB))
    cut, = read_jobs(str(tmp_path / "cut.txt.gz"))
    assert bomb.doc_id == "bomb" and "size limit of 2 MB" in bomb.error
    assert cut.doc_id == "cut" and cut.error.startswith("EOFError")


def test_binary_file_is_an_error_entry_and_empty_file_a_document(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    noise, = read_jobs(str(tmp_path / "noise.txt"))
    empty, = read_jobs(str(tmp_path / "empty.txt"))
    assert noise.error == "binary content, not text"
    assert (empty.error, empty.document.text) == (None, "")


def test_jsonl_lines_ids_and_errors(tmp_path):
    lines = [
        json.dumps({"id": 7, "text": "Seven.", "pub_date": "2019-03-05T10:00:00", "url": "u"}),
        "",
        "{not json",
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "h", "html": "<p>markup</p>"}),
        json.dumps({"id": "n"}),
        json.dumps([1, 2]),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    jobs = list(read_jobs(str(path)))
    assert [j.doc_id for j in jobs] == ["7", "feed:3", "feed:4", "h", "n", "feed:7"]
    assert [j.error is None for j in jobs] == [True, False, True, True, False, False]
    assert jobs[0].document.pub_date == "2019-03-05" and jobs[0].document.url == "u"
    assert jobs[0].document.source == f"{path}:1"
    assert jobs[1].error.startswith("malformed JSON line")
    assert jobs[3].raw_html and not jobs[0].raw_html
    assert [i for i, _ in scan_ids(str(path))] == ["7", "feed:3", "feed:4", "h", "n", "feed:7"]


def test_jsonl_line_over_the_limit_is_skipped_without_losing_the_next(tmp_path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "x" * (3 * MB)})
    path.write_text(big + "\n" + json.dumps({"id": "small", "text": "ok"}) + "\n")
    jobs = list(read_jobs(str(path), Limits(max_doc_bytes=1 * MB)))
    assert [(j.doc_id, j.error is None) for j in jobs] == [("big:1", False), ("small", True)]
    assert "size limit" in jobs[0].error


def test_html_file_becomes_its_extracted_text_with_page_date(tmp_path, article_html):
    (tmp_path / "page.html").write_text(article_html)
    job, = read_jobs(str(tmp_path / "page.html"))
    assert job.raw_html and job.document.format == "html"
    result = run_job(job, Config())
    assert result.status == "ok"
    assert "rose 12 percent" in job.document.text and "<p>" not in job.document.text
    assert job.document.pub_date == "2019-07-02"


def test_read_path_yields_readable_documents_only(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{oops\n')
    docs = list(read_path(path))
    assert [(d.doc_id, d.text) for d in docs] == [("a", "Fine.")]
    assert "mixed:2" in capsys.readouterr().err


def test_a_document_with_an_overlong_line_is_an_error_entry(tmp_path):
    (tmp_path / "blob.txt").write_text("short line\n" + "x" * 5000 + "\nend")
    (tmp_path / "fine.txt").write_text("short line\n" + "x" * 1000 + "\nend")
    blob, = read_jobs(str(tmp_path / "blob.txt"), Limits(max_line_chars=4096))
    fine, = read_jobs(str(tmp_path / "fine.txt"), Limits(max_line_chars=4096))
    assert "longer than the limit of 4096" in run_job(blob, Config()).error
    assert run_job(fine, Config()).status == "ok"


def test_a_windows_1252_jsonl_line_gets_the_same_id_when_scanned_and_read(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_bytes('{"id": "caf\u00e9", "text": "Sales rose 5%."}\n'.encode("cp1252"))
    job, = read_jobs(str(path))
    assert job.doc_id == "caf\u00e9" and job.document.warnings
    assert [i for i, _ in scan_ids(str(path))] == ["caf\u00e9"]
