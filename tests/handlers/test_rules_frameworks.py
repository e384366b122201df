"""The new rules on framework settings (read statically; the frameworks are not needed here)."""

from __future__ import annotations

from corslint.rules import (
    cors010_proxy_response_missing_allow_origin as cors010,
)
from corslint.rules import (
    cors011_error_path_missing_allow_origin as cors011,
)
from corslint.rules import (
    cors031_origin_reflected_without_allowlist as cors031,
)
from corslint.rules import (
    cors036_missing_vary_origin as cors036,
)
from corslint.rules import (
    cors041_weak_origin_check as cors041,
)
from corslint.rules import (
    cors054_backend_cors_ignored as cors054,
)

from corslint.model import Behaviour, HttpCors, ReflectOrigin, Static, Unknown

from .kit import analysed, lines, project, run_rule


def fastapi(settings: str, extra: str = "") -> dict[str, str]:
    return {
        "src/main.py": (
            "from fastapi import FastAPI, HTTPException\n"
            "from fastapi.middleware.cors import CORSMiddleware\n"
            "from mangum import Mangum\n"
            "\n"
            "app = FastAPI()\n"
            f"app.add_middleware(CORSMiddleware, {settings})\n"
            f"{extra}"
            "handler = Mangum(app)\n"
        )
    }


def test_fastapi_star_with_credentials(tmp_path):
    files = fastapi('allow_origins=["*"], allow_credentials=True')
    fn = analysed(tmp_path, files, "main.handler")
    proj = project(fn)
    problems = run_rule(cors031, proj)
    assert lines(problems) == [("src/main.py", 6)] and problems[0].severity is None
    assert lines(run_rule(cors011, proj)) == [("src/main.py", 5)]  # the 500 outside the middleware
    assert run_rule(cors010, proj) == [] and run_rule(cors036, proj) == []


def test_fastapi_star_without_credentials_is_static(tmp_path):
    fn = analysed(tmp_path, fastapi('allow_origins=["*"]'), "main.handler")
    success = next(o for o in fn.behaviour.outcomes if o.kind == "success")
    assert success.headers["access-control-allow-origin"].value == Static("*")
    assert run_rule(cors031, project(fn)) == []


def test_fastapi_http_exception_keeps_cors(tmp_path):
    extra = '@app.get("/x")\ndef x():\n    raise HTTPException(status_code=404, detail="no")\n\n'
    fn = analysed(
        tmp_path, fastapi('allow_origins=["https://a.example.com"]', extra), "main.handler"
    )
    errors = [o for o in fn.behaviour.outcomes if o.kind == "error"]
    assert [(o.status, o.loc.line) for o in errors] == [(404, 9)]
    assert errors[0].headers["access-control-allow-origin"].value == ReflectOrigin(
        ("https://a.example.com",)
    )
    assert lines(run_rule(cors011, project(fn))) == [("src/main.py", 5)]  # only the unhandled 500


def test_fastapi_weak_regex(tmp_path):
    fn = analysed(tmp_path, fastapi('allow_origin_regex=r"https://.*example.com"'), "main.handler")
    assert lines(run_rule(cors041, project(fn))) == [("src/main.py", 6)]
    fn = analysed(
        tmp_path, fastapi('allow_origin_regex=r"https://[a-z]+\\.example\\.com"'), "main.handler"
    )
    assert run_rule(cors041, project(fn)) == []


def test_fastapi_without_middleware_misses_acao(tmp_path):
    files = {
        "src/main.py": "from fastapi import FastAPI\nfrom mangum import Mangum\napp = FastAPI()\nhandler = Mangum(app)\n"
    }
    fn = analysed(tmp_path, files, "main.handler")
    assert lines(run_rule(cors010, project(fn))) == [("src/main.py", 3)]


def test_fastapi_origins_from_unknown_environment_stay_quiet(tmp_path):
    files = fastapi('allow_origins=os.environ["ORIGINS"].split(","), allow_credentials=True')
    files["src/main.py"] = "import os\n" + files["src/main.py"]
    fn = analysed(tmp_path, files, "main.handler", env={"ORIGINS": Unknown("known after apply")})
    success = next(o for o in fn.behaviour.outcomes if o.kind == "success")
    assert isinstance(success.headers["access-control-allow-origin"].value, Unknown)
    proj = project(fn)
    assert run_rule(cors031, proj) == [] and run_rule(cors036, proj) == []
    assert run_rule(cors010, proj) == []


POWERTOOLS = {
    "src/app.py": (
        "from aws_lambda_powertools.event_handler import APIGatewayRestResolver, CORSConfig\n"
        'app = APIGatewayRestResolver(cors=CORSConfig(allow_origin="https://app.example.com"))\n'
        "def handler(event, context):\n"
        "    return app.resolve(event, context)\n"
    )
}


def test_powertools_single_origin_without_vary(tmp_path):
    fn = analysed(tmp_path, POWERTOOLS, "app.handler")
    assert fn.behaviour.framework == "powertools"
    assert lines(run_rule(cors036, project(fn))) == [("src/app.py", 2)]


def test_powertools_default_star_needs_no_vary(tmp_path):
    files = {
        "src/app.py": POWERTOOLS["src/app.py"].replace('allow_origin="https://app.example.com"', "")
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert run_rule(cors036, project(fn)) == []


FLASK = {
    "src/app.py": (
        "import serverless_wsgi\nfrom flask import Flask\nfrom flask_cors import CORS\n"
        "app = Flask(__name__)\nCORS(app, supports_credentials=True)\n"
        "def handler(event, context):\n    return serverless_wsgi.handle_request(app, event, context)\n"
    )
}


def test_flask_cors_default_origins_with_credentials(tmp_path):
    fn = analysed(tmp_path, FLASK, "app.handler")
    assert isinstance(fn.behaviour, Behaviour) and fn.behaviour.framework == "flask"
    problems = run_rule(cors031, project(fn))
    assert lines(problems) == [("src/app.py", 5)] and problems[0].severity is None


def test_cors054_on_framework_behind_http_api_cors(tmp_path):
    fn = analysed(tmp_path, FLASK, "app.handler")
    proj = project(fn, kind="http", cors=HttpCors(allow_origins=("https://a.example.com",)))
    assert lines(run_rule(cors054, proj)) == [("src/app.py", 5)]


def test_fastapi_middleware_argument(tmp_path):
    files = {
        "src/main.py": (
            "from fastapi import FastAPI\nfrom fastapi.middleware import Middleware\n"
            "from fastapi.middleware.cors import CORSMiddleware\nfrom mangum import Mangum\n"
            'app = FastAPI(middleware=[Middleware(CORSMiddleware, allow_origins=["*"])])\n'
            "handler = Mangum(app)\n"
        )
    }
    fn = analysed(tmp_path, files, "main.handler")
    success = next(o for o in fn.behaviour.outcomes if o.kind == "success")
    assert success.headers["access-control-allow-origin"].value == Static("*")


def test_flask_headers_set_by_hand_are_unknown_not_missing(tmp_path):
    files = {
        "src/app.py": (
            "import serverless_wsgi\nfrom flask import Flask\napp = Flask(__name__)\n"
            "@app.after_request\ndef cors(resp):\n"
            "    resp.headers['Access-Control-Allow-Origin'] = 'https://a.example.com'\n    return resp\n"
            "def handler(event, context):\n    return serverless_wsgi.handle_request(app, event, context)\n"
        )
    }
    fn = analysed(tmp_path, files, "app.handler")
    success = next(o for o in fn.behaviour.outcomes if o.kind == "success")
    assert isinstance(success.headers["access-control-allow-origin"].value, Unknown)
    assert run_rule(cors010, project(fn)) == []
