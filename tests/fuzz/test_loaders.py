"""In-process fuzzing of every loader and the handler readers (fast, many examples).

Parsers may only raise their own error type; whole loaders may never raise and
never reach a catch-all guard ("internal error ...").
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corslint.handlers.node import parse_node
from corslint.handlers.python_ast import parse_python
from corslint.loaders import datafile, hcl, jsonpos, yamljson
from corslint.model import Unknown

from .kit import CORPUS, load_guarded, load_unguarded, mutated, mutated_file, plant

text = st.one_of(st.text(max_size=2000), st.binary(max_size=2000).map(lambda b: b.decode("latin-1")))


@given(st.binary(max_size=4000))
def test_decode_random_bytes(data: bytes) -> None:
    try:
        datafile.decode(data)
    except datafile.ParseError:
        pass


@given(text)
def test_yaml_random_text(source: str) -> None:
    try:
        yamljson.load_yaml(source, "f.yaml")
    except datafile.ParseError:
        pass


@given(text)
def test_json_random_text(source: str) -> None:
    try:
        jsonpos.load_json(source, "f.json")
    except datafile.ParseError:
        pass


@given(st.sampled_from(CORPUS["data"] + CORPUS["serverless"]).flatmap(lambda p: mutated(p.read_bytes())))
def test_yaml_json_parsers_on_mutated_fixtures(data: bytes) -> None:
    source = data.decode("utf-8", "replace")
    for load in (yamljson.load_yaml, jsonpos.load_json):
        try:
            load(source, "f")
        except datafile.ParseError:
            pass


@given(st.one_of(text, st.sampled_from(CORPUS["terraform"]).flatmap(lambda p: mutated(p.read_bytes())).map(
    lambda b: b.decode("utf-8", "replace"))))
def test_hcl_parser(source: str) -> None:
    for parse in (hcl.parse_hcl, hcl.parse_hcl_attrs):
        try:
            parse(source, "main.tf")
        except hcl.HclError:
            pass


@pytest.mark.parametrize("lang", ["python", "node"])
@given(data=st.data())
def test_handler_parsers(lang: str, data: st.DataObject) -> None:
    path, mutation = data.draw(mutated_file(lang))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / path.name
        target.write_bytes(mutation)
        parse = parse_python if lang == "python" else parse_node
        module = parse(target, path.name)
        assert isinstance(module, Unknown) or module.lang


@pytest.mark.parametrize("kind", ["data", "serverless", "terraform", "python", "node"])
@given(data=st.data())
def test_loaders_on_mutated_projects(kind: str, data: st.DataObject) -> None:
    """A fixture project with one file mutated loads (handlers included) without a bug."""
    path, mutation = data.draw(mutated_file(kind))
    with tempfile.TemporaryDirectory() as tmp:
        project = plant(Path(tmp), path, mutation)
        load_unguarded(project)


@given(st.sampled_from(["serverless.yml", "template.yaml", "openapi.json", "main.tf", "x.tf.json", "t.tfvars"]),
       st.binary(max_size=3000))
def test_loaders_on_random_bytes(name: str, data: bytes) -> None:
    head = {"template.yaml": b"AWSTemplateFormatVersion: x\n", "openapi.json": b'{"openapi": "3.0.1", '}.get(name, b"")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / name).write_bytes(head + data)
        load_unguarded(root)
        load_guarded(root)
