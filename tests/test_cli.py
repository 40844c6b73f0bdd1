"""The ``foresight`` command: exit codes, one-line errors, the JSON and HTML it writes."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from foresight import __version__
from foresight.cli import main

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = """\
agency,person_id,given_names,family_name,date_of_birth,sex,role,subject
HV,H1,Amy,Example,12/01/2011,female,,yes
HV,M1,Mia,Example,02/05/1992,female,mother,
POLICE,X1,,,,,unknown male,
"""

EVENTS = """\
agency,event_id,date,event_type,subjects,people,details,outcome,source,mobility
HV,e1,2011-03-01,home_visit;injury,H1,,Bruise seen on the left cheek.,Advice,SystmOne,not_mobile
HV,e2,2011-04-01,home_visit,H1,M1,Visit.,,SystmOne,
POLICE,p1,Mar 2011,domestic_abuse_incident,,X1,Call to the address.,,Niche,
HV,e3,31/02/2011,home_visit,H1,,Written with an impossible date.,,SystmOne,
"""


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "example-family"
    folder.mkdir()
    (folder / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (folder / "events.csv").write_text(EVENTS, encoding="utf-8")
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), prog_name="foresight")


def assert_one_line_error(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("foresight: "), result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_review_opens_a_bundle_with_problems_and_exits_0(bundle: Path) -> None:
    result = run("review", str(bundle), "--as-of", "2011-06-30")
    assert result.exit_code == 0, result.output + result.stderr
    assert "Foresight review: example-family" in result.stdout
    assert "As of: 30 June 2011" in result.stdout
    assert "31/02/2011" in result.stdout  # the unreadable date is a located problem
    assert result.stderr == ""  # no spinner or progress when standard error is not a terminal


def test_review_json_contract(bundle: Path) -> None:
    result = run("review", str(bundle), "--json", "--as-of", "2011-06-30")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data)[:7] == [
        "as_of",
        "children",
        "findings",
        "not_evaluated",
        "uncertain_links",
        "errors",
        "problems",
    ]
    assert data["as_of"] == "2011-06-30"
    assert [c["name"] for c in data["children"]] == ["Amy Example"]
    assert data["children"][0]["date_of_birth"] == "12/01/2011"
    for finding in data["findings"]:
        assert isinstance(finding["check"], str) and finding["check"].startswith("FS-")
        assert all(isinstance(lp, str) for lp in finding["learning_points"])
        assert isinstance(finding["subject"], str) and isinstance(finding["message"], str)
        assert all(":" in ref for ref in finding["evidence"])
        assert len(finding["first_date"]) == 10
    for item in data["not_evaluated"]:
        assert set(item) == {"check", "subject", "reason"}
    for item in data["errors"]:
        assert set(item) == {"check", "subject", "message"}
    assert data["problems"], "the impossible date must be reported"
    for problem in data["problems"]:
        assert list(problem) == ["file", "row", "column", "message", "severity"]
        assert problem["severity"] in {"error", "warning"}
    bad_date = [p for p in data["problems"] if p["column"] == "date"]
    assert bad_date and bad_date[0]["row"] == 5 and "events" in bad_date[0]["file"]


def test_as_of_is_respected(bundle: Path) -> None:
    def nat2(as_of: str) -> list[dict[str, Any]]:
        result = run("review", str(bundle), "--json", "--as-of", as_of)
        assert result.exit_code == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["as_of"] == as_of
        return [f for f in data["findings"] if f["check"] == "FS-NAT2"]

    # On the day of the bruise nothing is overdue yet; months later the missing referral is.
    assert nat2("2011-03-01") == []
    (late,) = nat2("2011-06-30")
    assert "HV:e1" in late["evidence"]
    assert "2011-03-01" < str(late["first_date"]) <= "2011-06-30"


def test_out_writes_html_and_json(bundle: Path, tmp_path: Path) -> None:
    html_file, json_file = tmp_path / "report.html", tmp_path / "report.json"
    assert run("review", str(bundle), "--out", str(html_file)).exit_code == 0
    html = html_file.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'id="ev-HV-e1"' in html
    result = run("review", str(bundle), "--out", str(json_file), "--as-of", "2011-06-30")
    assert result.exit_code == 0
    assert json.loads(json_file.read_text(encoding="utf-8"))["as_of"] == "2011-06-30"


def test_out_with_another_extension_is_a_usage_error(bundle: Path, tmp_path: Path) -> None:
    result = run("review", str(bundle), "--out", str(tmp_path / "report.pdf"))
    assert result.exit_code == 2 and ".html or .json" in result.stderr
    assert not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize("as_of", ["2011-13-01", "30/06/2011", "soon"])
def test_bad_as_of_is_a_usage_error(bundle: Path, as_of: str) -> None:
    result = run("review", str(bundle), "--as-of", as_of)
    assert result.exit_code == 2
    assert "--as-of" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    result = run("review", str(tmp_path / "no-such-bundle.xlsx"))
    assert_one_line_error(result)
    assert "no-such-bundle.xlsx" in result.stderr


def test_empty_file_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert_one_line_error(run("review", str(empty)))


def test_corrupt_xlsx_is_one_line(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a workbook")
    assert_one_line_error(run("review", str(corrupt)))


def test_missing_settings_file_is_one_line(bundle: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("review", str(bundle), "--settings", str(tmp_path / "no.toml")))


def test_unknown_setting_is_one_line(bundle: Path, tmp_path: Path) -> None:
    settings = tmp_path / "partnership.toml"
    settings.write_text("no_such_threshold = 3\n", encoding="utf-8")
    assert_one_line_error(run("review", str(bundle), "--settings", str(settings)))


def test_python_dash_m_gives_one_line_and_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "foresight", "review", str(empty)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_synth_lists_what_it_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import foresight.synth

    def write_bundles(out_dir: Path) -> list[Path]:
        paths = [out_dir / "a.xlsx", out_dir / "b.zip"]
        for path in paths:
            path.write_bytes(b"x")
        return paths

    monkeypatch.setattr(foresight.synth, "write_bundles", write_bundles, raising=False)
    out = tmp_path / "new" / "bundles"
    result = run("synth", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "Wrote 2 synthetic bundles" in result.stdout
    assert str(out / "a.xlsx") in result.stdout and str(out / "b.zip") in result.stdout


def test_real_synth_then_review_an_xlsx(tmp_path: Path) -> None:
    from foresight.synth import AS_OF, EXPECTED

    out = tmp_path / "bundles"
    written = run("synth", "--out", str(out))
    assert written.exit_code == 0, written.stderr
    name = next(n for n in EXPECTED if n.endswith(".xlsx") and EXPECTED[n])
    assert str(out / name) in written.stdout
    result = run("review", str(out / name), "--json", "--as-of", AS_OF[name].isoformat())
    assert result.exit_code == 0, result.stderr
    assert EXPECTED[name] <= {f["check"] for f in json.loads(result.stdout)["findings"]}


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: object) -> None:
    module = types.ModuleType(name)
    for key, value in attrs.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, name, module)


def test_serve_passes_host_and_port(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []
    fake_module(
        monkeypatch, "foresight.web.server", serve=lambda host, port: calls.append((host, port))
    )
    assert run("serve", "--host", "0.0.0.0", "--port", "8123").exit_code == 0
    assert calls == [("0.0.0.0", 8123)]


def test_demo_prints_the_login_and_can_skip_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import foresight.synth

    prepared: list[Path] = []
    served: list[tuple[str, int]] = []
    monkeypatch.setattr(
        foresight.synth, "write_bundles", lambda out: [out / "a.xlsx"], raising=False
    )

    def prepare_demo(bundles: Path) -> tuple[str, str]:
        prepared.append(bundles)
        return ("demo", "s3cret-Random")

    fake_module(monkeypatch, "foresight.web.demo", prepare_demo=prepare_demo)
    fake_module(
        monkeypatch, "foresight.web.server", serve=lambda host, port: served.append((host, port))
    )
    result = run("demo", "--bundles", str(tmp_path / "b"), "--port", "8001", "--no-serve")
    assert result.exit_code == 0, result.stderr
    assert prepared == [tmp_path / "b"] and served == []
    assert "http://127.0.0.1:8001/" in result.stdout
    assert "Username: demo" in result.stdout and "Password: s3cret-Random" in result.stdout
    assert run("demo", "--bundles", str(tmp_path / "b")).exit_code == 0
    assert served == [("127.0.0.1", 8000)]
