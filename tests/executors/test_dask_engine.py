import pytest

from extract.executors.dask import run_dask
from extract.executors.local import run_local
from extract.pipeline import Config

distributed = pytest.importorskip("dask.distributed")


def test_dask_on_a_loopback_cluster_matches_the_local_engine(jobs):
    batch = jobs(30)
    local = [r.accounting() for r in run_local(iter(batch), Config(), workers=1)]
    with distributed.LocalCluster(host="127.0.0.1", n_workers=1, threads_per_worker=2,
                                  processes=False, protocol="tcp://",
                                  dashboard_address=None) as cluster:
        remote = list(run_dask(iter(batch), Config(), scheduler=cluster.scheduler_address,
                               workers=1, shard_size=4))
    assert [r.accounting() for r in remote] == local
