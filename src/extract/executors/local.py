"""The local engine: in-process for one worker, a spawn-safe process pool for more.

Jobs are submitted in batches with at most two batches in flight, so memory stays bounded
whatever the archive's size, and results come back in input order (deterministic output).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from ..io.jobs import Job, run_job
from ..model import DocumentResult
from .common import init_worker, job_batches, work


def run_local(jobs: Iterable[Job], config, workers: int = 1, batch_size: int = 256,
              chunksize: int = 8) -> Iterator[DocumentResult]:
    if workers <= 1:
        init_worker(config)
        for job in jobs:
            yield run_job(job, config)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker,
                             initargs=(config,)) as pool:
        in_flight: deque = deque()
        for batch in job_batches(jobs, batch_size):
            in_flight.append(pool.map(work, batch, chunksize=chunksize))
            if len(in_flight) >= 2:
                yield from in_flight.popleft()
        while in_flight:
            yield from in_flight.popleft()
