"""Reading article files: front matter, Markdown, HTML main text, and hostile bytes."""

import time
from datetime import date
from pathlib import Path

import pytest

from scamgraph.loaders import LoadError, load_path
from scamgraph.loaders.text import MAX_TEXT_CHARS, parse_article, read_article

FRONT = b"---\ntitle: A raid\npublished: 2026-10-15\nurl: https://example.org/a\noutlet: Wire\n---\n"


def test_front_matter_is_read_and_offsets_stay_those_of_the_file() -> None:
    raw = FRONT + b"Police raided a compound."
    article = parse_article(raw, ".txt")
    assert (article.title, article.published, article.url, article.outlet) == (
        "A raid", date(2026, 10, 15), "https://example.org/a", "Wire")
    start = raw.decode().index("Police")
    assert article.text[start:start + 6] == "Police"


def test_markdown_markup_is_blanked_in_place() -> None:
    raw = b"# Heading\n\n**Bold** words and a [link](https://x.org) here."
    article = parse_article(raw, ".md")
    assert "**" not in article.text and "https" not in article.text and "#" not in article.text
    assert len(article.text) == len(raw.decode())


def test_html_keeps_the_article_and_drops_scripts_navigation_and_footers() -> None:
    html = b"""<html><head><title>T</title>
    <meta property="article:published_time" content="2026-04-18T09:30:00+08:00">
    <script>var secret = "SCRIPT TEXT";</script></head>
    <body><nav>NAVIGATION</nav><article><h1>Headline</h1><p>First <b>para</b>.</p>
    <script>alert("INLINE SCRIPT")</script><p>Second para.</p></article>
    <footer>FOOTER</footer></body></html>"""
    article = parse_article(html, ".html")
    assert article.published == date(2026, 4, 18)
    assert "First para." in article.text and "Second para." in article.text
    for junk in ("SCRIPT TEXT", "INLINE SCRIPT", "NAVIGATION", "FOOTER"):
        assert junk not in article.text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"Police raided \xff\xfe a compound", "not UTF-8 text: invalid byte 0xff at offset 14"),
        (b"\x00\x01\x02binary\x00junk" * 100, "binary content"),
        (bytes(range(1, 32)) * 200, "binary content"),
        (b"   \n\n  ", "no article text found"),
        (b"---\ntitle: [unclosed\n---\nText.", "front matter: invalid YAML"),
    ],
)
def test_hostile_bytes_give_a_clear_error(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(LoadError) as caught:
        load_path(path)
    assert str(path) in str(caught.value) and message in str(caught.value)


def test_five_megabytes_of_text_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Police raided a compound in Phnom Penh. " * 130_000)  # about 5 MB
    started = time.monotonic()
    with pytest.raises(LoadError, match="more than one article"):
        load_path(path)
    assert time.monotonic() - started < 10
    assert MAX_TEXT_CHARS < path.stat().st_size


def test_read_article_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read the file"):
        load_path(tmp_path / "missing.txt")
    with pytest.raises(OSError):
        read_article(tmp_path / "missing.txt")


def test_a_folder_given_as_one_report_is_named_as_a_folder(tmp_path: Path) -> None:
    (tmp_path / "reports.txt").mkdir()  # a folder, even one whose name looks like a report
    with pytest.raises(LoadError, match="is a folder, not a report file"):
        load_path(tmp_path / "reports.txt")


def test_a_headline_with_a_colon_of_its_own_is_read_as_written(tmp_path: Path) -> None:
    path = tmp_path / "colon.txt"
    path.write_text("---\ntitle: Nine workers freed from a border compound: ministry\npublished: 2025-03-04\n"
                    "url: https://news.example.org/a/1\n---\nNine workers were freed on Monday.\n")
    article = read_article(path)
    assert article.title == "Nine workers freed from a border compound: ministry"
    assert article.published == date(2025, 3, 4)
    assert article.url == "https://news.example.org/a/1"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Полиция Камбоджи в среду задержала двенадцать граждан Казахстана в здании казино. По словам "
         "посольства, все они приехали по объявлению о работе и теперь ждут отправки на родину.", "Cyrillic"),
        ("Polisi menangkap dua puluh warga negara asing di sebuah gedung di Sihanoukville pada hari Rabu. "
         "Menurut kedutaan, mereka dijanjikan pekerjaan dengan gaji tinggi dan akan segera dipulangkan.",
         "Latin"),
        ("柬埔寨警方周三在西哈努克港的一栋大楼里逮捕了二十名外国人，大使馆表示他们将被遣返回国。" * 3, "Han"),
    ],
)
def test_an_article_not_in_english_is_refused_with_its_script(tmp_path: Path, text: str, script: str) -> None:
    """The rules read English: on another language they find nothing, which would pass for an
    article with no facts. So the file is one clear error, like any file that cannot be read."""
    path = tmp_path / "foreign.txt"
    path.write_text(f"---\ntitle: Foreign\n---\n{text}\n")
    with pytest.raises(LoadError) as caught:
        load_path(path)
    message = str(caught.value)
    assert str(path) in message and "not in English" in message and script in message


def test_english_crowded_with_names_and_numbers_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Those sent home on Friday: 41 Chinese, 17 Vietnamese, 9 Indonesians, 6 Thais, 3 Laotians, "
                    "2 Malaysians and 1 Nepali, said Colonel Sok Dara of the Preah Sihanouk provincial police.\n")
    batch = load_path(path)
    assert any(n.label == "Nationality" for n in batch.nodes.values())
    assert parse_article("Пять задержаны.".encode(), ".txt").text == "Пять задержаны."  # too short to judge
