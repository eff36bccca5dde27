import pytest

from extract.relations import geonames


@pytest.fixture
def folder(tmp_path):
    geonames.keep_cities_in(tmp_path)
    yield tmp_path
    geonames.keep_cities_in(None)


def test_no_folder_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    geonames.keep_cities_in(None)
    assert len(geonames.cities()) > 10_000
    assert list(tmp_path.iterdir()) == []


def test_cities_kept_and_read_back_unchanged(folder):
    geonames.keep_cities_in(None)
    parsed = geonames.cities()
    geonames.keep_cities_in(folder)
    assert geonames.cities() == parsed  # parsed again, and written
    [kept] = list(folder.iterdir())
    assert kept.read_bytes().startswith(f"# {len(parsed)} cities\n".encode())
    assert geonames.cities() == parsed  # read back from the file
    assert all(isinstance(p, int) for _, p in parsed)


def test_a_cut_file_is_not_read(folder):
    parsed = geonames.cities()
    [kept] = list(folder.iterdir())
    kept.write_bytes(kept.read_bytes()[:1000])  # a torn copy: fewer lines than its count
    assert geonames.cities() == parsed


def test_user_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert geonames.user_cache_folder() == tmp_path / "extract"
