import sys
import threading

import pytest

from extract.executors.local import pool_context, run_local
from extract.io.jobs import failed
from extract.pipeline import Config


def lines(results) -> list[str]:
    return [str(r.accounting()) + "|" + "".join(x.to_json() for x in r.records)
            for r in results]


def test_two_workers_give_the_same_results_in_input_order(jobs):
    batch = jobs(40)
    batch.insert(7, failed("broken", "x.txt", "binary content, not text"))
    one = list(run_local(iter(batch), Config(), workers=1))
    two = list(run_local(iter(batch), Config(), workers=2, batch_size=8, chunksize=3))
    assert [r.doc_id for r in two] == [j.doc_id for j in batch]
    assert lines(one) == lines(two)
    assert one[7].status == "error" and one[7].error == "binary content, not text"


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_only_while_no_other_thread_runs(monkeypatch):
    import extract.executors.local as local

    monkeypatch.setattr(local.threading, "active_count", lambda: 1)
    assert pool_context().get_start_method() == "fork"
    monkeypatch.setattr(local.threading, "active_count", lambda: 2)
    assert pool_context().get_start_method() == "spawn"  # a thread could hold a lock


def test_spawned_and_forked_workers_give_the_same_results(jobs):
    batch = jobs(12)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        spawned = list(run_local(iter(batch), Config(), workers=2, batch_size=4))
    finally:
        release.set()
        other.join()
    default = list(run_local(iter(batch), Config(), workers=2, batch_size=4))
    assert lines(spawned) == lines(default) == lines(run_local(iter(batch), Config()))


def test_the_input_iterator_is_consumed_lazily(jobs):
    pulled = []

    def source():
        for job in jobs(200):
            pulled.append(job.doc_id)
            yield job

    results = run_local(source(), Config(), workers=2, batch_size=10, chunksize=2)
    first = next(results)
    assert first.doc_id == "d0"
    assert len(pulled) <= 30  # two batches in flight and the one being filled, not all 200
    results.close()


def test_batches_are_cut_by_count_and_by_bytes(jobs):
    from extract.executors.common import job_batches

    batch = jobs(10)
    for i, job in enumerate(batch):
        job.n_bytes = 100 if i != 4 else 1000
    sizes = [len(b) for b in job_batches(batch, size=3, max_bytes=450)]
    # 3 | then d3 (d4's 1000 bytes would pass 450) | d4 alone | 3 | 2
    assert sizes == [3, 1, 1, 3, 2]
    assert [j.doc_id for b in job_batches(batch, 3, 450) for j in b] == [j.doc_id for j in batch]
