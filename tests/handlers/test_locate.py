"""Finding the handler's code, and everything that makes it Unknown."""

from __future__ import annotations

from corslint.handlers import analyse_functions
from corslint.model import Behaviour, Function, Unknown

from .kit import analysed, function, write

OK = 'def handler(event, context):\n    return {"statusCode": 200, "headers": {"Access-Control-Allow-Origin": "*"}}\n'


def test_dotted_python_module(tmp_path):
    fn = analysed(tmp_path, {"src/pkg/mod.py": OK}, "pkg.mod.handler")
    assert isinstance(fn.behaviour, Behaviour)
    assert fn.behaviour.outcomes[0].loc.file == "src/pkg/mod.py"


def test_code_given_as_a_file(tmp_path):
    fn = analysed(tmp_path, {"src/main.py": OK}, "main.handler", code="src/main.py")
    assert isinstance(fn.behaviour, Behaviour)


def test_helper_in_another_local_module(tmp_path):
    files = {
        "src/app.py": "from common.http import respond\n\ndef handler(event, context):\n    return respond(200, {})\n",
        "src/common/__init__.py": "",
        "src/common/http.py": (
            "from .cors import CORS\n\n"
            "def respond(status, body):\n"
            "    return {'statusCode': status, 'headers': {**CORS, 'Vary': 'Origin'}, 'body': ''}\n"
        ),
        "src/common/cors.py": "import os\nCORS = {'Access-Control-Allow-Origin': os.getenv('ORIGIN', 'https://x.example.com')}\n",
    }
    fn = analysed(tmp_path, files, "app.handler", env={"ORIGIN": "https://y.example.com"})
    [outcome] = fn.behaviour.outcomes
    assert outcome.status == 200
    header = outcome.headers["access-control-allow-origin"]
    assert header.value.value == "https://y.example.com" and header.loc.file == "src/common/cors.py"


def test_env_default_when_deployment_does_not_set_it(tmp_path):
    files = {
        "src/app.py": "import os\nO = os.environ.get('ORIGIN', 'https://x.example.com')\n"
        "def handler(e, c):\n    return {'statusCode': 200, 'headers': {'Access-Control-Allow-Origin': O}}\n"
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert (
        fn.behaviour.outcomes[0].headers["access-control-allow-origin"].value.value
        == "https://x.example.com"
    )


def _unknown(tmp_path, fn: Function, files=None) -> str:
    write(tmp_path, files or {})
    unchecked = analyse_functions({fn.key: fn}, cwd=tmp_path)
    assert isinstance(fn.behaviour, Unknown)
    assert len(unchecked) == 1
    return fn.behaviour.reason


def test_unknowns(tmp_path):
    image = function("app.handler")
    image.image = True
    assert "image" in _unknown(tmp_path, image)
    assert "outside" in _unknown(tmp_path, function("app.handler", code="../elsewhere"))
    assert "not in" in _unknown(tmp_path, function("missing.handler"), {"src/app.py": OK})
    assert "runtime" in _unknown(tmp_path, function("app.handler", runtime="java21"))
    assert "archive" in _unknown(tmp_path, function("app.handler", code="build/lambda.zip"))
    assert "syntax error" in _unknown(
        tmp_path, function("bad.handler"), {"src/bad.py": "def handler(:\n"}
    )
    big = "X = 1\n" * 200_000
    assert "1 MB" in _unknown(tmp_path, function("big.handler"), {"src/big.py": big})
    code = Function("f", "f", None, "python3.12", "app.handler", Unknown("a computed path"))
    assert "computed path" in _unknown(tmp_path, code)


def test_unfollowable_import_is_unknown_not_a_crash(tmp_path):
    files = {
        "src/app.py": "import importlib\nmod = importlib.import_module('x')\nhandler = mod.handler\n"
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert isinstance(fn.behaviour, Unknown)


def test_uncaught_raise_is_a_lambda_error(tmp_path):
    files = {
        "src/app.py": "def handler(e, c):\n    if not e.get('body'):\n        raise ValueError('x')\n"
        "    return {'statusCode': 200, 'headers': {'Access-Control-Allow-Origin': '*'}}\n"
    }
    fn = analysed(tmp_path, files, "app.handler")
    kinds = sorted((o.kind, o.note) for o in fn.behaviour.outcomes)
    assert kinds == [("exception", "lambda-error"), ("success", "")]


def test_options_branch(tmp_path):
    files = {
        "src/app.py": "def handler(e, c):\n    if e['httpMethod'] == 'OPTIONS':\n"
        "        return {'statusCode': 204, 'headers': {'Access-Control-Allow-Methods': 'GET,PUT'}}\n"
        "    return {'statusCode': 200}\n"
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert sorted((o.kind, o.status) for o in fn.behaviour.outcomes) == [
        ("options", 204),
        ("success", 200),
    ]


def test_many_branches_stay_bounded(tmp_path):
    ifs = "".join(
        f"    if event.get('q{i}'):\n        headers['X-{i}'] = '{i}'\n" for i in range(40)
    )
    files = {
        "src/app.py": "def handler(event, context):\n    headers = {'Access-Control-Allow-Origin': '*'}\n"
        + ifs
        + "    return {'statusCode': 200, 'headers': headers}\n"
    }
    fn = analysed(tmp_path, files, "app.handler")
    [outcome] = fn.behaviour.outcomes
    assert outcome.headers["access-control-allow-origin"].value.value == "*"


def test_partly_unreadable_handler_lists_the_rest_as_unchecked(tmp_path):
    files = {
        "src/app.py": "import lib\n\ndef handler(e, c):\n    if e.get('x'):\n        return lib.respond()\n"
        "    return {'statusCode': 200, 'headers': {'Access-Control-Allow-Origin': '*'}}\n"
    }
    write(tmp_path, files)
    fn = function("app.handler")
    unchecked = analyse_functions({fn.key: fn}, cwd=tmp_path)
    assert isinstance(fn.behaviour, Behaviour) and len(fn.behaviour.outcomes) == 1
    assert len(unchecked) == 1 and "src/app.py" in unchecked[0].reason


def test_normalised_header_dict_and_late_module_changes(tmp_path):
    files = {
        "src/app.py": """
def handler(event, context):
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    origin = headers.get("origin")
    cors = dict(BASE)
    if origin in ALLOWED:
        cors["Access-Control-Allow-Origin"] = origin
    return {"statusCode": 200, "headers": cors}

BASE = {"Vary": "Origin"}
ALLOWED = {"https://a.example.com"}
BASE["X-Frame-Options"] = "DENY"
"""
    }
    fn = analysed(tmp_path, files, "app.handler")
    [outcome] = fn.behaviour.outcomes
    assert outcome.headers["access-control-allow-origin"].value.allowlist == (
        "https://a.example.com",
    )
    assert "x-frame-options" in outcome.headers and outcome.headers["vary"].value.value == "Origin"


def test_local_decorator_is_followed_and_unknown_library_decorator_is_not(tmp_path):
    files = {
        "src/app.py": """
import functools
from somelib import magic
from aws_lambda_powertools import Logger

logger = Logger()
CORS = {"Access-Control-Allow-Origin": "https://a.example.com"}

def with_cors(fn):
    @functools.wraps(fn)
    def wrapper(event, context):
        response = fn(event, context)
        response["headers"] = {**response.get("headers", {}), **CORS}
        return response
    return wrapper

@logger.inject_lambda_context
@with_cors
def handler(event, context):
    return {"statusCode": 200}

@magic
def other(event, context):
    return {"statusCode": 200}
"""
    }
    fn = analysed(tmp_path, files, "app.handler")
    [outcome] = fn.behaviour.outcomes
    assert outcome.headers["access-control-allow-origin"].value.value == "https://a.example.com"
    other = analysed(tmp_path, files, "app.other")
    assert isinstance(other.behaviour, Unknown) and "magic" in other.behaviour.reason


def test_functions_sharing_code_keep_their_own_environment(tmp_path):
    files = {
        "src/cors.py": "import os\nCORS = {'Access-Control-Allow-Origin': os.environ['ORIGIN']}\n",
        "src/app.py": "from cors import CORS\n\ndef handler(e, c):\n    return {'statusCode': 200, 'headers': CORS}\n",
    }
    write(tmp_path, files)
    one = function("app.handler", env={"ORIGIN": "https://one.example.com"})
    two = function("app.handler", env={"ORIGIN": "https://two.example.com"})
    two.key = "fn2"
    assert analyse_functions({"fn": one, "fn2": two}, cwd=tmp_path) == []
    values = [
        f.behaviour.outcomes[0].headers["access-control-allow-origin"].value.value
        for f in (one, two)
    ]
    assert values == ["https://one.example.com", "https://two.example.com"]


def test_nested_header_assignment_and_json_allowlist(tmp_path):
    files = {
        "src/app.py": """
import json, os
ALLOWED = json.loads(os.environ["ALLOWED"])

def handler(event, context):
    response = {"statusCode": 200, "headers": {}}
    origin = event["headers"].get("origin")
    if origin in ALLOWED:
        response["headers"]["Access-Control-Allow-Origin"] = origin
    return response
"""
    }
    fn = analysed(tmp_path, files, "app.handler", env={"ALLOWED": '["https://a.example.com"]'})
    [outcome] = fn.behaviour.outcomes
    value = outcome.headers["access-control-allow-origin"].value
    assert value.allowlist == ("https://a.example.com",)
    assert outcome.headers["access-control-allow-origin"].loc.line == 8
