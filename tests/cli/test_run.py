import gzip
import json
import os
import signal
import subprocess
import time

import pytest


def documents(out) -> list[dict]:
    return [json.loads(x) for x in (out / "documents.jsonl").read_text().splitlines()]


def test_a_clean_run_exits_0_and_accounts_for_every_document(tmp_path, cli, helpers):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(helpers.news_text(1))
    (src / "sub" / "b.txt.gz").write_bytes(gzip.compress(helpers.news_text(2).encode()))
    helpers.write_jsonl(src / "feed.jsonl", 3)
    done = cli(src, "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    out = tmp_path / "out"
    assert [d["doc_id"] for d in documents(out)] == ["a", "n0", "n1", "n2", "b"]
    assert all(d["status"] == "ok" for d in documents(out))
    manifest = json.loads((out / "manifest.json").read_text())
    assert (manifest["documents"], manifest["ok"], manifest["errors"]) == (5, 5, 0)
    records = (out / "records.jsonl").read_text().splitlines()
    assert manifest["records"] == len(records) == sum(d["n_records"] for d in documents(out))
    assert sorted(p.name for p in out.iterdir()) == ["documents.jsonl", "manifest.json",
                                                      "records.jsonl"]


def test_summary_line_on_stderr_unless_quiet(tmp_path, cli, helpers):
    (tmp_path / "a.txt").write_text(helpers.news_text(1))
    done = cli(tmp_path / "a.txt", "--out", tmp_path / "out")
    assert done.returncode == 0
    assert done.stderr.decode().startswith("extract: 1 documents (1 ok, 0 errors)")


def test_colliding_ids_stop_the_run_before_any_work(tmp_path, cli):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("text")
    done = cli(tmp_path / "x", tmp_path / "y", "--out", tmp_path / "out")
    assert done.returncode == 2
    assert "same" in done.stderr.decode()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [
    ["missing.txt"], ["a.txt", "--format", "xml"], ["a.txt", "--pub-date", "July 2019"],
    ["a.txt", "--workers", "0"], ["a.txt", "--scheduler", "tcp://127.0.0.1:1"],
])
def test_bad_usage_exits_2(tmp_path, cli, args):
    (tmp_path / "a.txt").write_text("text")
    done = cli(*args, "--out", tmp_path / "out")
    assert done.returncode == 2, done.stderr


def test_stdin_is_one_document(tmp_path, cli, helpers):
    done = cli("-", "--out", tmp_path / "out", "--quiet", stdin=helpers.news_text(3).encode())
    assert done.returncode == 0, done.stderr
    assert [d["doc_id"] for d in documents(tmp_path / "out")] == ["stdin"]


def test_failure_batch_finishes_with_exit_1_and_every_document_accounted(tmp_path, cli,
                                                                        helpers):
    bad, good = tmp_path / "bad", tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    (good / "empty.txt").write_bytes(b"")
    (bad / "noise.txt").write_bytes(bytes(range(256)) * 64)
    latin = helpers.news_text(4).replace("dollars", "d\u00f3lares")
    (good / "latin.txt").write_bytes(latin.encode("latin-1"))
    whole = gzip.compress(helpers.news_text(5).encode() * 50)
    (bad / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    helpers.gzip_bomb(bad / "bomb.txt.gz", 2 << 30)  # 2 GB of zeros once decompressed
    (good / "long.txt").write_text((helpers.news_text(6).replace("\n", " ") * 40_000)[: 10 << 20])
    helpers.write_jsonl(good / "feed.jsonl", 3)
    with open(good / "feed.jsonl", "a") as fh:
        fh.write('{"id": "torn", "text": "unfinished\n')
        fh.write(json.dumps({"id": "after", "text": helpers.news_text(9)}) + "\n")
    done = cli(bad, good, "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 1, done.stderr
    assert done.stderr == b""
    docs = {d["doc_id"]: d for d in documents(tmp_path / "out")}
    assert sorted(docs) == sorted(["empty", "noise", "latin", "cut", "bomb", "long", "n0", "n1",
                                   "n2", "feed:4", "after"])
    errors = sorted(k for k, d in docs.items() if d["status"] == "error")
    assert errors == ["bomb", "cut", "feed:4", "long", "noise"]
    assert "longer than the limit" in docs["long"]["error"]
    assert "size limit" in docs["bomb"]["error"] and "malformed" in docs["feed:4"]["error"]
    assert "windows-1252" in docs["latin"]["warnings"][0]
    # The good documents' records are exactly those of a run over the good documents alone.
    alone = cli(good, "--out", tmp_path / "alone", "--quiet")
    assert alone.returncode == 1, alone.stderr  # the malformed line is in the good folder's JSONL
    assert alone.stderr == b""
    assert (tmp_path / "out" / "records.jsonl").read_bytes() == \
        (tmp_path / "alone" / "records.jsonl").read_bytes()
    peak = subprocess.run(
        [*helpers.CLI[:-1], "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
         *helpers.CLI, "run", str(bad), str(good), "--out", str(tmp_path / "again"), "--quiet"],
        capture_output=True, text=True, timeout=600)
    assert int(peak.stdout.split()[-1]) * 1024 < 2 << 30  # ru_maxrss is in KB on Linux


def test_workers_and_formats_do_not_change_the_output(tmp_path, cli, helpers):
    helpers.write_jsonl(tmp_path / "feed.jsonl", 120)
    one = cli("feed.jsonl", "--out", "one", "--quiet")
    two = cli("feed.jsonl", "--out", "two", "--quiet", "--workers", "2")
    assert (one.returncode, two.returncode) == (0, 0), two.stderr
    for name in ("records.jsonl", "documents.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    csv_run = cli("feed.jsonl", "--out", "csv", "--quiet", "--format", "csv")
    assert csv_run.returncode == 0
    rows = (tmp_path / "csv" / "records.csv").read_text().splitlines()
    assert len(rows) == 1 + len((tmp_path / "one" / "records.jsonl").read_text().splitlines())


def test_dask_engine_on_a_loopback_cluster_is_byte_identical(tmp_path, cli, helpers):
    distributed = pytest.importorskip("dask.distributed")
    helpers.write_jsonl(tmp_path / "feed.jsonl", 60)
    local = cli("feed.jsonl", "--out", "local", "--quiet")
    with distributed.LocalCluster(host="127.0.0.1", n_workers=1, threads_per_worker=2,
                                  protocol="tcp://", processes=False,
                                  dashboard_address=None) as cluster:
        remote = cli("feed.jsonl", "--out", "dask", "--quiet", "--engine", "dask",
                     "--scheduler", cluster.scheduler_address)
    assert (local.returncode, remote.returncode) == (0, 0), remote.stderr
    assert (tmp_path / "local" / "records.jsonl").read_bytes() == \
        (tmp_path / "dask" / "records.jsonl").read_bytes()
    assert (tmp_path / "local" / "documents.jsonl").read_bytes() == \
        (tmp_path / "dask" / "documents.jsonl").read_bytes()


def test_kill_9_then_resume_gives_the_uninterrupted_output(tmp_path, cli, helpers):
    (tmp_path / "in").mkdir()
    for part in range(4):
        helpers.write_jsonl(tmp_path / "in" / f"part{part}.jsonl", 500, start=part * 500)
    reference = cli("in", "--out", "reference", "--quiet")
    assert reference.returncode == 0, reference.stderr
    victim = subprocess.Popen([*helpers.CLI, "run", "in", "--out", "killed", "--quiet"],
                              cwd=tmp_path, stderr=subprocess.DEVNULL)
    journal = tmp_path / "killed" / ".partial" / "documents.jsonl"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and victim.poll() is None:
        if journal.exists() and journal.stat().st_size > 0:
            break
        time.sleep(0.005)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    assert not (tmp_path / "killed" / "manifest.json").exists(), "the run ended before the kill"
    journaled = len(journal.read_text().splitlines())
    assert 0 < journaled < 2000
    resumed = cli("in", "--out", "killed", "--quiet", "--resume", "--workers", "2")
    assert resumed.returncode == 0, resumed.stderr
    manifest = json.loads((tmp_path / "killed" / "manifest.json").read_text())
    assert manifest["resumed_documents"] >= journaled - 1 > 0
    assert manifest["documents"] == 2000
    for name in ("records.jsonl", "documents.jsonl"):
        assert (tmp_path / "killed" / name).read_bytes() == \
            (tmp_path / "reference" / name).read_bytes()
    again = cli("in", "--out", "killed", "--resume")
    assert again.returncode == 0 and b"already complete" in again.stderr
