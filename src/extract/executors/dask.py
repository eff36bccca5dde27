"""The Dask engine (optional extra): the same per-document function over shards of jobs.

With no scheduler address a LocalCluster is started on 127.0.0.1 only (no dashboard).
At most `2 * workers` shards are in flight; results are yielded in input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from ..io.formats import MissingExtra
from ..io.jobs import Job
from ..model import DocumentResult
from .common import job_batches, process_shard


def require_distributed():
    try:
        from dask import distributed
    except ImportError as exc:
        raise MissingExtra("--engine dask needs dask.distributed: pip install 'extract[dask]'") \
            from exc
    return distributed


def run_dask(jobs: Iterable[Job], config, scheduler: str | None = None, workers: int = 2,
             shard_size: int = 64) -> Iterator[DocumentResult]:
    distributed = require_distributed()
    cluster = None
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            from .runner import UsageError

            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    else:
        cluster = distributed.LocalCluster(host="127.0.0.1", n_workers=max(workers, 1),
                                           threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    try:
        in_flight: deque = deque()
        limit = 2 * max(workers, len(client.scheduler_info().get("workers", {})), 1)
        for shard in job_batches(jobs, shard_size):
            in_flight.append(client.submit(process_shard, shard, config, pure=False))
            if len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
