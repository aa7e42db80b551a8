"""The validator rejects each kind of broken catalogue file, naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from familyguard.catalog import FEATURES, CatalogueError, load_catalogue, parse_app_file
from familyguard.errors import BadInputError

SOURCE = 'source = "https://example.org/a"\nlast_verified = 2026-11-01\nverified = true\n'


def app_text(app_id: str = "demo", *, extra_top: str = "", aliases: str = '["demo app"]') -> str:
    """A minimal valid catalogue file: every feature unknown except image_upload."""
    features = "".join(f'\n[features.{f}]\nvalue = "unknown"\n' for f in FEATURES if f != "image_upload")
    return (
        f'id = "{app_id}"\nname = "{app_id.title()}"\naliases = {aliases}\ncategory = "social"\n'
        f'summary = "A test app."\nlast_verified = 2026-11-01\n{extra_top}'
        f'\n[status]\nvalue = "active"\n{SOURCE}'
        f"\n[min_age]\nvalue = 13\n{SOURCE}"
        f'\n[features.image_upload]\nvalue = "yes"\nnote = "Profile pictures."\n{SOURCE}'
        f"{features}"
    )


def write(folder: Path, text: str, stem: str = "demo") -> Path:
    path = folder / f"{stem}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_valid_file_parses(tmp_path: Path) -> None:
    app = parse_app_file(write(tmp_path, app_text()))
    assert app.id == "demo"
    assert app.has("image_upload")
    assert not app.has("voice_chat")
    assert app.features["voice_chat"].source is None
    assert set(app.features) == set(FEATURES)


def expect_error(path: Path, *words: str) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        parse_app_file(path)
    message = str(caught.value)
    assert path.name in message
    for word in words:
        assert word in message
    return caught.value


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('category = "social"', 'category = "social"\ncolour = "red"', ("colour", "unknown key")),
        (
            "[features.ai_chat]",
            '[features.teleport]\nvalue = "yes"\n' + SOURCE + "\n[features.ai_chat]",
            ("features.teleport", "unknown feature"),
        ),
        ('[features.ai_chat]\nvalue = "unknown"\n', "", ("features.ai_chat", "missing")),
        (
            'value = "yes"\nnote = "Profile pictures."',
            'value = "maybe"\nnote = "x"',
            ("features.image_upload.value", "maybe"),
        ),
        (
            'note = "Profile pictures."\nsource = "https://example.org/a"\n',
            'note = "Profile pictures."\n',
            ("features.image_upload.source",),
        ),
        (
            'note = "Profile pictures."\nsource = "https://example.org/a"',
            'note = "x"\nsource = "example.org/a"',
            ("features.image_upload.source", "https://"),
        ),
        (
            'note = "Profile pictures."\nsource = "https://example.org/a"\nlast_verified = 2026-11-01',
            'note = "x"\nsource = "https://example.org/a"',
            ("features.image_upload.last_verified",),
        ),
        ("value = 13", 'value = "thirteen"', ("min_age.value",)),
        ('[status]\nvalue = "active"', '[status]\nvalue = "sleeping"', ("status.value",)),
        ('category = "social"', 'category = "toys"', ("category", "toys")),
        (
            'summary = "A test app."\nlast_verified = 2026-11-01',
            'summary = "A test app."\nlast_verified = 2020-01-01',
            ("last_verified", "newest"),
        ),
        ('aliases = ["demo app"]', 'aliases = ["Demo App"]', ("aliases", "lowercase")),
        ("verified = true", 'verified = "yes"', ("verified",)),
    ],
)
def test_rejects_broken_file(tmp_path: Path, old: str, new: str, words: tuple[str, ...]) -> None:
    text = app_text()
    assert old in text
    expect_error(write(tmp_path, text.replace(old, new, 1)), *words)


def test_min_age_may_be_unknown(tmp_path: Path) -> None:
    app = parse_app_file(write(tmp_path, app_text().replace("value = 13", 'value = "unknown"')))
    assert app.min_age == 0
    assert app.min_age_fact.value == "unknown"


def test_rejects_bad_country_age(tmp_path: Path) -> None:
    text = app_text().replace("value = 13", "value = 13\ncountries = { Australia = 16 }")
    expect_error(write(tmp_path, text), "min_age.countries.Australia")


def test_rejects_id_that_differs_from_file_name(tmp_path: Path) -> None:
    expect_error(write(tmp_path, app_text("other"), stem="demo"), "'id'", "demo")


def test_rejects_bad_setting_key(tmp_path: Path) -> None:
    text = app_text() + f'\n[settings.teleport_mode]\nwhere = "Settings"\n{SOURCE}'
    expect_error(write(tmp_path, text), "settings.teleport_mode", "unknown setting")


def test_accepts_good_setting_and_control(tmp_path: Path) -> None:
    text = app_text() + (
        f'\n[settings.private_account]\nwhere = "Settings > Privacy"\n{SOURCE}'
        f'\n[[parental_controls]]\nname = "Family hub"\nwhat = "Screen time."\nteen_consent = "yes"\n{SOURCE}'
    )
    app = parse_app_file(write(tmp_path, text))
    assert app.settings["private_account"].note == "Settings > Privacy"
    assert app.parental_controls[0].teen_consent == "yes"


def test_rejects_control_without_source(tmp_path: Path) -> None:
    text = app_text() + '\n[[parental_controls]]\nname = "Hub"\nwhat = "x"\nteen_consent = "unknown"\n'
    expect_error(write(tmp_path, text), "parental_controls[1].source")


def test_rejects_invalid_toml(tmp_path: Path) -> None:
    expect_error(write(tmp_path, app_text() + "\nthis is not toml"), "TOML")


def test_bad_file_is_a_bad_input_error(tmp_path: Path) -> None:
    assert isinstance(expect_error(write(tmp_path, 'id = "demo"\n'), "status"), BadInputError)


def test_load_rejects_duplicate_alias_across_files(tmp_path: Path) -> None:
    write(tmp_path, app_text("alpha", aliases='["shared"]'), stem="alpha")
    write(tmp_path, app_text("beta", aliases='["shared"]'), stem="beta")
    with pytest.raises(CatalogueError, match=r"beta\.toml.*'shared'.*alpha"):
        load_catalogue(tmp_path)


def test_load_rejects_alias_equal_to_other_id(tmp_path: Path) -> None:
    write(tmp_path, app_text("alpha"), stem="alpha")
    write(tmp_path, app_text("beta", aliases='["alpha"]'), stem="beta")
    with pytest.raises(CatalogueError, match="alpha"):
        load_catalogue(tmp_path)


def test_load_names_the_broken_file(tmp_path: Path) -> None:
    write(tmp_path, app_text("alpha"), stem="alpha")
    write(tmp_path, app_text("beta").replace('"social"', '"toys"'), stem="beta")
    with pytest.raises(CatalogueError, match=r"beta\.toml"):
        load_catalogue(tmp_path)


def test_load_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "nowhere")
