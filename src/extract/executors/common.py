"""What every executor maps over documents: one job -> one result, stages built once per process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..io.jobs import Job, run_job
from ..model import Document, DocumentResult

# A small text that touches every stage, so that rules, lexicons and spaCy objects are built
# when a worker starts, not inside the first real document's timing.
_WARM_UP = Document(doc_id="warm-up", text=(
    "Exports rose 5.2 percent to 1.3 billion dollars in 2019, the ministry said.\n"
    "The city added 2,000 companies last year, up 12 percent over 2018.\n"))
_state: dict = {}


def init_worker(config) -> None:
    """Per-process initialiser: keep the config and build the stages' cached objects."""
    _state["config"] = config
    run_job(Job(Document(**_WARM_UP.to_dict())), config)


def work(job: Job) -> DocumentResult:
    return run_job(job, _state["config"])


def process_shard(jobs: list[Job], config) -> list[DocumentResult]:
    """A shard on a remote worker: initialise that process once, then run its jobs in order."""
    if _state.get("config") != config:
        init_worker(config)
    return [run_job(job, config) for job in jobs]


def job_batches(jobs: Iterable[Job], size: int, max_bytes: int = 64 << 20) -> Iterator[list[Job]]:
    """Batches of at most `size` jobs and, past the first job, at most `max_bytes` of content:
    a run of huge documents does not multiply memory by the batch size."""
    batch: list[Job] = []
    weight = 0
    for job in jobs:
        if batch and (len(batch) >= size or weight + job.n_bytes > max_bytes):
            yield batch
            batch, weight = [], 0
        batch.append(job)
        weight += job.n_bytes
    if batch:
        yield batch
