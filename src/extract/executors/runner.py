"""`extract run` as a plain function: inputs -> journaled results -> final files + manifest."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..io.jobs import Job
from ..io.readers import Limits, expand_inputs, read_jobs, scan_ids
from ..io.writers import PARTIAL, Journal
from ..pipeline import Config
from .progress import ProgressReport

FORMATS = ("jsonl", "csv", "parquet")
ENGINES = ("local", "dask")


class UsageError(ValueError):
    """Bad usage or nothing that can run: exit status 2."""


@dataclass
class RunOptions:
    inputs: list[str]
    out: Path
    format: str = "jsonl"
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    pub_date: str | None = None
    resume: bool = False
    quiet: bool = False
    progress: bool | None = None  # None: on a terminal only
    limits: Limits = field(default_factory=Limits)
    journal_every: int = 64  # documents per durable journal batch (or 2 seconds, if sooner)

    def identity(self, paths: list[str]) -> dict:
        """What must match for --resume to continue a run: what changes the outputs."""
        digest = hashlib.sha256("\n".join(paths).encode("utf-8")).hexdigest()
        return {"inputs": self.inputs, "input_files": len(paths), "input_files_sha256": digest,
                "format": self.format, "pub_date": self.pub_date,
                "max_doc_bytes": self.limits.max_doc_bytes,
                "max_line_chars": self.limits.max_line_chars}


def check_unique_ids(paths: list[str], limits: Limits) -> tuple[int, int]:
    """Scan every input's ids before any work; raise UsageError on a collision."""
    where: dict[str, str] = {}
    total_bytes = 0
    for path in paths:
        for doc_id, size in scan_ids(path, limits):
            total_bytes += size
            if doc_id in where:
                raise UsageError(f"two inputs give the doc_id {doc_id!r}: {where[doc_id]} and "
                                 f"{path}; rename one (nothing was run)")
            where[doc_id] = path
    return len(where), total_bytes


def jobs_to_do(paths: list[str], limits: Limits, done: set[str]) -> Iterator[Job]:
    for path in paths:
        for job in read_jobs(path, limits):
            if job.doc_id not in done:
                yield job


def validate(options: RunOptions) -> None:
    if options.format not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    if options.engine not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}")
    if options.workers < 1:
        raise UsageError("--workers must be at least 1")
    if options.pub_date:
        try:
            datetime.strptime(options.pub_date, "%Y-%m-%d")
        except ValueError as exc:
            raise UsageError("--pub-date must be YYYY-MM-DD") from exc
    if options.format == "parquet":
        from ..io.formats import require_pyarrow

        require_pyarrow()
    if options.engine == "dask":
        from .dask import require_distributed

        require_distributed()


def execute(options: RunOptions) -> dict:
    """Run everything; return the manifest. Raises UsageError before any work on bad usage."""
    validate(options)
    try:
        paths = expand_inputs(options.inputs)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    if not paths:
        raise UsageError("no input documents found")
    if paths.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    scan_clock = time.perf_counter()
    total_docs, total_bytes = check_unique_ids(paths, options.limits)
    scan_seconds = time.perf_counter() - scan_clock
    finished = finished_manifest(options, paths)
    if finished is not None:
        if not options.quiet:
            print(f"extract: already complete, nothing to resume in {options.out}",
                  file=sys.stderr)
        return finished
    started = datetime.now(timezone.utc)
    clock = time.perf_counter()
    options.out.mkdir(parents=True, exist_ok=True)
    journal = Journal(options.out, options.identity(paths), resume=options.resume)
    config = Config(pub_date=options.pub_date)
    progress = ProgressReport(total_docs, enabled=False if options.quiet else options.progress)
    jobs = jobs_to_do(paths, options.limits, journal.done)
    try:
        pending, flushed = [], time.monotonic()
        for result in engine_results(options, jobs, config):
            pending.append(result)
            progress.advance(result)
            if len(pending) >= options.journal_every or time.monotonic() - flushed > 2:
                journal.append(pending)
                pending, flushed = [], time.monotonic()
        journal.append(pending)
    finally:
        progress.close()
        journal.close()
    seconds = time.perf_counter() - clock
    manifest = {
        **journal.counts,
        "resumed_documents": journal.resumed,
        "timings": {"started": started.isoformat(timespec="seconds"), "seconds": round(seconds, 3),
                    "id_scan_seconds": round(scan_seconds, 3),
                    "documents_per_s": round(progress.docs / seconds, 2) if seconds else None,
                    "mb_per_s": round(progress.rate(), 3)},
        "version": __version__,
        "options": {**options.identity(paths), "workers": options.workers,
                    "engine": options.engine, "scheduler": options.scheduler,
                    "resume": options.resume, "config": config.to_dict()},
        "input_bytes": total_bytes,
    }
    journal.finish(options.format, manifest)
    if not options.quiet:
        print(summary_line(manifest, options.out), file=sys.stderr)
    return manifest


def finished_manifest(options: RunOptions, paths: list[str]) -> dict | None:
    """With --resume and no journal: the manifest of a complete run of the same job, if any."""
    manifest_path = options.out / "manifest.json"
    if not options.resume or (options.out / PARTIAL).exists() or not manifest_path.exists():
        return None
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    identity = options.identity(paths)
    saved = manifest.get("options", {})
    return manifest if all(saved.get(k) == v for k, v in identity.items()) else None


def engine_results(options: RunOptions, jobs, config):
    if options.engine == "dask":
        from .dask import run_dask

        return run_dask(jobs, config, scheduler=options.scheduler, workers=options.workers)
    from .local import run_local

    return run_local(jobs, config, workers=options.workers)


def summary_line(manifest: dict, out: Path) -> str:
    t = manifest["timings"]
    return (f"extract: {manifest['documents']} documents ({manifest['ok']} ok, "
            f"{manifest['errors']} errors), {manifest['records']} records in {t['seconds']:.1f} s "
            f"({t['mb_per_s']:.2f} MB/s) -> {out}")


def exit_status(manifest: dict) -> int:
    return 1 if manifest["errors"] else 0
