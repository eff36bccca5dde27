"""A progress bar on a terminal (documents, records, MB/s, ETA); nothing elsewhere."""

from __future__ import annotations

import sys
import time

from ..model import DocumentResult

MB = 1024 * 1024


class ProgressReport:
    def __init__(self, total_docs: int, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.start = time.perf_counter()
        self.docs = self.records = self.chars = 0
        self._bar = None
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("{task.completed}/{task.total} docs"), BarColumn(),
                TextColumn("{task.fields[records]} records"),
                TextColumn("{task.fields[rate]:.2f} MB/s"), TimeRemainingColumn(),
                console=Console(file=self.stream, force_terminal=True), transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("run", total=total_docs or None, records=0, rate=0.0)

    def advance(self, result: DocumentResult) -> None:
        self.docs += 1
        self.records += len(result.records)
        self.chars += result.n_chars
        if self._bar is not None:
            self._bar.update(self._task, advance=1, records=self.records, rate=self.rate())

    def rate(self) -> float:
        """Throughput in MB/s of document text (characters, counted as bytes)."""
        return self.chars / MB / max(time.perf_counter() - self.start, 1e-9)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
