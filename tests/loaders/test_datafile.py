"""Tests for corslint.loaders.datafile: limits, encodings, and the choice of parser."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from corslint.loaders.datafile import MAX_BYTES, ParseError, load_data

HERE = pathlib.Path(__file__).parent / "openapi"


def test_load_data_limits(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: 1\n" * (MAX_BYTES // 5 + 1))
    with pytest.raises(ParseError, match="file too large"):
        load_data(big, "big.yaml")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b'{"a":\n 1}\x00\x01')
    with pytest.raises(ParseError, match="binary file") as err:
        load_data(binary, "bin.json")
    assert err.value.line == 2
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(ParseError, match="not UTF-8 text") as err:
        load_data(latin, "latin.yaml")
    assert err.value.line == 2


def test_load_data_by_extension_and_bom(tmp_path: pathlib.Path) -> None:
    bom = tmp_path / "t.yml"
    bom.write_bytes(b"\xef\xbb\xbfa: !Ref B\n")
    doc = load_data(bom, "t.yml")
    assert doc == {"a": {"Ref": "B"}} and doc.loc.file == "t.yml"
    js = tmp_path / "t.template"
    js.write_text('{"a": 1e5}')
    assert load_data(js, "t.template") == {"a": 100000.0}
    assert load_data(HERE / "pets-prod-swagger-apigateway.json", "p.json")["info"]["title"] == "pets"


def test_json_files_do_not_import_the_yaml_parser() -> None:
    probe = (
        "import sys, pathlib\n"
        "from corslint.loaders.datafile import load_data\n"
        f"load_data(pathlib.Path({str(HERE / 'pets-prod-swagger-apigateway.json')!r}), 'p.json')\n"
        "print('yaml' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
