"""The local engine: in-process for one worker, a process pool for more.

Jobs are submitted in batches with at most two batches in flight, so memory stays bounded
whatever the archive's size, and results come back in input order (deterministic output).

Where the platform forks and the parent runs no other thread, the stages are built once in
the parent and the workers are forked from it: each starts ready, instead of importing the
package and compiling the rules again (about a second per spawned worker). Elsewhere (macOS,
Windows, a parent with threads) the pool spawns fresh processes.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from ..io.jobs import Job, run_job
from ..model import DocumentResult
from .common import init_worker, job_batches, work


def pool_context():
    """fork when it is safe (a thread other than the main one could hold a lock forever in
    the child), else spawn."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def run_local(jobs: Iterable[Job], config, workers: int = 1, batch_size: int = 256,
              chunksize: int = 8) -> Iterator[DocumentResult]:
    if workers <= 1:
        init_worker(config)
        for job in jobs:
            yield run_job(job, config)
        return
    context = pool_context()
    if context.get_start_method() == "fork":
        init_worker(config)  # built once here, inherited by every worker
    with ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker,
                             initargs=(config,)) as pool:
        in_flight: deque = deque()
        for batch in job_batches(jobs, batch_size):
            in_flight.append(pool.map(work, batch, chunksize=chunksize))
            if len(in_flight) >= 2:
                yield from in_flight.popleft()
        while in_flight:
            yield from in_flight.popleft()
