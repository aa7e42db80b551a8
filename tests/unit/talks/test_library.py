"""The talk guide library: the bundled guides, the validator, lookups and reporting channels."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from familyguard.bundled import resource_dir
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.errors import NotFoundError
from familyguard.talks.library import BANDS, TalkLibraryError, TopicLibrary, load_library

REQUIRED_IDS = {
    "strangers_online",
    "too_nice",
    "intimate_images",
    "live_streaming",
    "random_chat",
    "personal_details",
    "private_app",
    "hidden_channels",
    "modelling_offers",
    "sextortion",
    "block_and_report",
    "new_app",
    "friend_list",
    "upsetting_content",
}
NOT_THEIR_FAULT = re.compile(r"\bnot (their|your|your child's) fault\b", re.IGNORECASE)

BAND = """
[bands."{name}"]
why = "Why it matters for this age."
openers = ["First thing to say.", "Second thing to say.", "Third thing to say."]
signs = ["One sign.", "Another sign.", "A third sign."]
if_happened = ["Stay calm; it is not their fault.", "Keep evidence, never images.", "Block and report."]
"""
VALID = """id = "sample"
title = "A sample topic"
summary = "One sentence."
dimensions = ["stranger_contact", "money_gifts"]
min_age = 5
max_age = 17
sources = ["https://www.thinkuknow.co.uk/parents/articles/Online-grooming/"]
last_reviewed = 2026-11-22
""" + "".join(BAND.format(name=name) for name in BANDS)


@pytest.fixture(scope="module")
def library() -> TopicLibrary:
    return load_library()


def write_folder(folder: Path, topic_text: str, name: str = "sample.toml") -> Path:
    """A library folder with one topic file and the bundled reporting file."""
    shutil.copy(resource_dir("talks", "reporting.toml"), folder / "reporting.toml")
    (folder / name).write_text(topic_text, encoding="utf-8")
    return folder


def rejected(folder: Path, topic_text: str, name: str = "sample.toml") -> str:
    """Load a folder whose topic file is broken; return the error message."""
    with pytest.raises(TalkLibraryError) as caught:
        load_library(write_folder(folder, topic_text, name))
    message = str(caught.value)
    assert name in message
    return message


# --- the bundled library -------------------------------------------------------------------------


def test_bundled_library_has_the_required_topics_sorted_by_title(library: TopicLibrary) -> None:
    ids = {t.id for t in library.topics}
    assert ids >= REQUIRED_IDS
    assert len(library.topics) >= 14
    titles = [t.title.casefold() for t in library.topics]
    assert titles == sorted(titles)
    assert load_library() is load_library()


def test_every_topic_has_all_bands_or_says_why(library: TopicLibrary) -> None:
    for topic in library.topics:
        assert tuple(topic.bands) == tuple(b for b in BANDS if b in topic.bands), topic.id
        if len(topic.bands) < len(BANDS):
            assert len(topic.band_note) > 20, topic.id
        for band in topic.bands.values():
            assert 3 <= len(band.openers) <= 4, (topic.id, band.name)
            assert 3 <= len(band.signs) <= 5, (topic.id, band.name)
            assert band.why and band.if_happened


def test_every_dimension_has_a_topic(library: TopicLibrary) -> None:
    for dimension in DIMENSIONS:
        assert library.for_dimension(dimension), dimension
    assert library.get("live_streaming") in library.for_dimension("live_streaming")


def test_sources_are_web_addresses(library: TopicLibrary) -> None:
    for topic in library.topics:
        assert topic.sources
        assert all(s.startswith(("https://", "http://")) for s in topic.sources), topic.id


@pytest.mark.parametrize("topic_id", ["sextortion", "intimate_images", "too_nice"])
def test_if_happened_says_it_is_not_the_childs_fault(library: TopicLibrary, topic_id: str) -> None:
    for band in library.get(topic_id).bands.values():
        assert any(NOT_THEIR_FAULT.search(step) for step in band.if_happened), band.name


def test_every_guide_says_it_is_not_the_childs_fault(library: TopicLibrary) -> None:
    for topic in library.topics:
        for band in topic.bands.values():
            assert any(NOT_THEIR_FAULT.search(s) for s in band.if_happened), (topic.id, band.name)


def test_sextortion_never_says_to_pay_and_keeps_evidence_without_images(library: TopicLibrary) -> None:
    topic = library.get("sextortion")
    for band in topic.bands.values():
        for step in band.if_happened:
            for match in re.finditer(r"\bpay\b", step, re.IGNORECASE):
                before = step[max(0, match.start() - 12) : match.start()].lower()
                assert re.search(r"\b(not|don't|never)\b", before), step
        steps = " ".join(band.if_happened).lower()
        assert "do not pay" in steps, band.name
        assert "keep the evidence" in steps, band.name
        assert re.search(r"never (save|screenshot)[^.]*forward the image", steps), band.name


# --- lookups ---------------------------------------------------------------------------------------


def test_get_by_id_or_title_and_suggests_close_ids(library: TopicLibrary) -> None:
    assert library.get("live_streaming").title == "Live streaming"
    assert library.get("  LIVE STREAMING ").id == "live_streaming"
    with pytest.raises(NotFoundError) as caught:
        library.get("sextorsion")
    assert caught.value.kind == "topic"
    assert "sextortion" in caught.value.suggestions
    with pytest.raises(NotFoundError) as caught:
        library.get("private app")
    assert caught.value.suggestions[0] == "private_app"


def test_unknown_dimension_is_not_found(library: TopicLibrary) -> None:
    with pytest.raises(NotFoundError) as caught:
        library.for_dimension("live_stream")
    assert "live_streaming" in caught.value.suggestions


@pytest.mark.parametrize(
    ("topic_id", "age", "band"),
    [
        ("live_streaming", 3, "5-8"),
        ("live_streaming", 5, "5-8"),
        ("live_streaming", 8, "5-8"),
        ("live_streaming", 9, "9-12"),
        ("live_streaming", 13, "13-16"),
        ("live_streaming", 17, "13-16"),
        ("sextortion", 6, "9-12"),
        ("sextortion", 16, "13-16"),
    ],
)
def test_band_for_age(library: TopicLibrary, topic_id: str, age: int, band: str) -> None:
    assert library.get(topic_id).band_for_age(age).name == band


def test_for_age(library: TopicLibrary) -> None:
    six = {t.id for t in library.for_age(6)}
    assert "live_streaming" in six
    assert "sextortion" not in six
    assert {t.id for t in library.for_age(15)} >= REQUIRED_IDS


def test_reporting_by_country_with_fallback(library: TopicLibrary) -> None:
    gb = library.reporting("GB")
    assert any("CEOP" in c.name for c in gb)
    assert library.reporting("uk") == gb
    assert any("CyberTipline" in c.name for c in library.reporting("us"))
    fallback = library.reporting("FR")
    assert fallback == library.reporting("default")
    assert fallback != gb
    assert any("Take It Down" in c.name for c in fallback)
    for code in ("GB", "US", "AU", "CA", "IE", "DE", "default"):
        assert code in library.countries
        assert all(c.url.startswith("https://") and c.purpose for c in library.reporting(code)), code


# --- the validator -----------------------------------------------------------------------------------


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    topic = load_library(write_folder(tmp_path, VALID)).get("sample")
    assert tuple(topic.bands) == BANDS
    assert topic.last_reviewed.isoformat() == "2026-11-22"


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('summary = "One sentence."', 'summary = "One sentence."\ncolour = "red"', "colour"),
        ('why = "Why it matters for this age."', 'why = "x"\nmood = "calm"', 'bands."5-8".mood'),
        ('"money_gifts"]', '"money_gift"]', "dimensions"),
        ("min_age = 5", "min_age = 18", "min_age"),
        ("min_age = 5", "min_age = -1", "min_age"),
        ("max_age = 17", "max_age = 40", "max_age"),
        ("max_age = 17", 'max_age = "17"', "max_age"),
        ('id = "sample"', 'id = "other"', "id"),
        ('sources = ["https://', 'sources = ["ftp://', "sources"),
        ('sources = ["https://www.thinkuknow', 'sources = ["www.thinkuknow', "sources"),
        ("last_reviewed = 2026-11-22", 'last_reviewed = "recently"', "last_reviewed"),
        ('title = "A sample topic"', "", "title"),
    ],
)
def test_validator_rejects_broken_topic(tmp_path: Path, old: str, new: str, key: str) -> None:
    assert old in VALID
    assert f"'{key}'" in rejected(tmp_path, VALID.replace(old, new, 1))


@pytest.mark.parametrize("key", ["why", "openers", "signs", "if_happened"])
def test_validator_rejects_missing_band_key(tmp_path: Path, key: str) -> None:
    text = re.sub(rf"^{key} = .*\n", "", VALID, count=1, flags=re.MULTILINE)
    assert f'bands."5-8".{key}\'' in rejected(tmp_path, text)


def test_validator_rejects_fewer_than_three_openers(tmp_path: Path) -> None:
    text = VALID.replace(', "Third thing to say."]', "]", 1)
    assert "needs 3 to 4 entries, has 2" in rejected(tmp_path, text)


def test_validator_rejects_unknown_missing_or_misplaced_band(tmp_path: Path) -> None:
    assert "'bands.\"17-18\"'" in rejected(tmp_path, VALID + BAND.format(name="17-18"))
    without_teens = VALID.split('[bands."13-16"]')[0]
    assert "'bands.\"13-16\"'" in rejected(tmp_path, without_teens)
    older = VALID.replace("min_age = 5", "min_age = 9")
    assert "outside the topic's ages" in rejected(tmp_path, older)


def test_band_note_required_exactly_when_a_band_is_left_out(tmp_path: Path) -> None:
    older = VALID.replace("min_age = 5", "min_age = 9").split('[bands."5-8"]')[0]
    older += "".join(BAND.format(name=name) for name in BANDS[1:])
    assert "'band_note'" in rejected(tmp_path, older)
    noted = older.replace("min_age = 9", 'min_age = 9\nband_note = "Too young for this."')
    assert load_library(write_folder(tmp_path, noted)).get("sample").band_note == "Too young for this."
    assert "'band_note'" in rejected(tmp_path, VALID.replace("min_age = 5", 'band_note = "x"\nmin_age = 5'))


def test_validator_rejects_bad_toml_and_duplicate_titles(tmp_path: Path) -> None:
    assert "cannot be read" in rejected(tmp_path, VALID.replace("min_age = 5", "min_age = "))
    (tmp_path / "other.toml").write_text(VALID.replace('id = "sample"', 'id = "other"'), encoding="utf-8")
    assert "'title'" in rejected(tmp_path, VALID)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("[default]", "[elsewhere]", "elsewhere"),
        ('url = "https://report.cybertip.org"', 'url = "report.cybertip.org"', "US.channels[1].url"),
        ('country = "Canada"', 'country = "Canada"\nflag = "maple"', "CA.flag"),
        ('name = "Webwise"', 'label = "Webwise"', "IE.channels[3].label"),
    ],
)
def test_validator_rejects_broken_reporting_file(tmp_path: Path, old: str, new: str, key: str) -> None:
    write_folder(tmp_path, VALID)
    reporting = tmp_path / "reporting.toml"
    text = reporting.read_text(encoding="utf-8")
    assert old in text
    reporting.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(TalkLibraryError) as caught:
        load_library(tmp_path)
    assert "reporting.toml" in str(caught.value)
    assert f"'{key}'" in str(caught.value)
