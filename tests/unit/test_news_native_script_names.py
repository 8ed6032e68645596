"""A person's name followed by its rendering in its own script in brackets ("Peter Lian
(藍夏禮), director-general of ...", "Lin Yu-ting (林玉婷) said"), as Taiwanese, Chinese, Japanese
and Korean outlets write names, is read as the name written alone would be; a body's name with
such a rendering stays a body. Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_name_then_its_script_then_a_title_is_a_person() -> None:
    batch = run("Officials said 25 were freed. David Chen (陳大衛), director-general of the department, praised the team.")
    assert "David Chen" in names(batch, Label.PERSON)


def test_a_name_then_its_script_then_said_is_a_person() -> None:
    batch = run("Forty Taiwanese were freed in Myawaddy. Martin Kuo (郭明德) said on Friday they were safe.")
    assert "Martin Kuo" in names(batch, Label.PERSON)


def test_a_bodys_name_with_its_script_is_no_person() -> None:
    batch = run("In Yangon, Taiwan's Taipei Economic and Cultural Office in Myanmar (駐緬甸代表處) took up 38 files.")
    assert not names(batch, Label.PERSON)
