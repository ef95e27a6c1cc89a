"""Packages: round trips with and without a password; wrong passwords, tampering, path traversal,
zip bombs and oversize entries are refused with a clear message and no file is written or changed."""
from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from models.errors import FileExistsRefused
from services.evaluation import assessments, findings
from services.teamwork import integrity, package
from services.teamwork.package import PackageError


@pytest.fixture(autouse=True)
def light_kdf(monkeypatch):
    """The real parameters cost a noticeable fraction of a second per key; the format is the same."""
    monkeypatch.setattr(package, "ARGON2_PARAMS", {"memory_cost": 1024, "iterations": 1, "lanes": 1})
    monkeypatch.setattr(package, "SCRYPT_PARAMS", {"n": 2 ** 10, "r": 8, "p": 1})


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def titles(path: Path) -> list[str]:
    with assessments.open_evaluation(path) as store:
        return sorted(f.title for f in findings.list_findings(store))


def rezip(src: Path, dst: Path, change) -> None:
    """Copy a package entry by entry; ``change(name, data)`` returns new data, or None to drop it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)


def test_plain_round_trip(sample_path, tmp_path):
    pkg, out = tmp_path / "a.fevpkg", tmp_path / "in" / "a.fev"
    info = package.export_package(sample_path, pkg)
    assert not info.encrypted
    with zipfile.ZipFile(pkg) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["entries"][0]["sha256"] == info.sha256
    package.import_package(pkg, out)
    assert integrity.verify(out) == [] and titles(out) == titles(sample_path)


def test_encrypted_round_trip_and_nothing_readable_without_the_password(sample_path, tmp_path):
    pkg, out = tmp_path / "a.fevpkg", tmp_path / "a.fev"
    info = package.export_package(sample_path, pkg, password="正确的密码 123")
    assert info.encrypted and package.is_encrypted(pkg)
    content = pkg.read_bytes()
    assert "衡阳".encode() not in content and b"SQLite format 3" not in content
    assert b"123" not in content.split(b"payload.bin")[0]  # the password is not stored
    with zipfile.ZipFile(pkg) as zf:
        header = json.loads(zf.read("manifest.json"))
    assert header["kdf"]["name"] in ("argon2id", "scrypt") and header["cipher"] == "AES-256-GCM"
    package.import_package(pkg, out, password="正确的密码 123")
    assert titles(out) == titles(sample_path)


def test_scrypt_packages_still_open(sample_path, tmp_path, monkeypatch):
    monkeypatch.setattr(package, "Argon2id", None)
    pkg = tmp_path / "s.fevpkg"
    package.export_package(sample_path, pkg, password="pw")
    monkeypatch.undo()
    with zipfile.ZipFile(pkg) as zf:
        assert json.loads(zf.read("manifest.json"))["kdf"]["name"] == "scrypt"
    package.import_package(pkg, tmp_path / "s.fev", password="pw")


def _refused(pkg: Path, folder: Path, match: str, password: str | None = None) -> None:
    before = files_in(folder)
    out = folder / "imported.fev"
    with pytest.raises(PackageError, match=match):
        package.import_package(pkg, out, password=password)
    assert files_in(folder) == before and not out.exists()


def test_wrong_or_missing_password(sample_path, tmp_path):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(sample_path, pkg, password="right")
    _refused(pkg, tmp_path, "密码错误", password="wrong")
    _refused(pkg, tmp_path, "请输入密码")


def test_tampered_encrypted_package(sample_path, tmp_path):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(sample_path, pkg, password="pw")

    def flip_payload(name, data):
        if name == "payload.bin":
            data = bytearray(data)
            data[len(data) // 2] ^= 1
        return bytes(data)

    bad = tmp_path / "payload.fevpkg"
    rezip(pkg, bad, flip_payload)
    _refused(bad, tmp_path, "篡改", password="pw")

    def edit_header(name, data):
        if name == "manifest.json":
            m = json.loads(data)
            m["note"] = "added"
            data = json.dumps(m).encode()
        return data

    bad = tmp_path / "header.fevpkg"
    rezip(pkg, bad, edit_header)
    _refused(bad, tmp_path, "篡改", password="pw")

    def hostile_kdf(name, data):
        if name == "manifest.json":
            m = json.loads(data)
            m["kdf"]["memory_cost"] = 10 ** 9
            data = json.dumps(m).encode()
        return data

    bad = tmp_path / "kdf.fevpkg"
    rezip(pkg, bad, hostile_kdf)
    _refused(bad, tmp_path, "超出允许范围", password="pw")


def test_tampered_plain_package_and_manifest(sample_path, tmp_path):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(sample_path, pkg)

    def edit_manifest(name, data):
        if name == "manifest.json":
            m = json.loads(data)
            m["entries"][0]["sha256"] = "0" * 64
            data = json.dumps(m).encode()
        return data

    bad = tmp_path / "manifest.fevpkg"
    rezip(pkg, bad, edit_manifest)
    _refused(bad, tmp_path, "校验值不符")

    def edit_db(name, data):
        if name == "evaluation.fev":
            data = data.replace("衡阳".encode(), "长沙".encode(), 1)
        return data

    bad = tmp_path / "db.fevpkg"
    rezip(pkg, bad, edit_db)
    _refused(bad, tmp_path, "校验值不符")

    def extra(name, data):
        return data

    bad = tmp_path / "extra.fevpkg"
    rezip(pkg, bad, extra)
    with zipfile.ZipFile(bad, "a") as zf:
        zf.writestr("notes.txt", "hello")
    _refused(bad, tmp_path, "清单之外")

    bad = tmp_path / "cut.fevpkg"
    bad.write_bytes(pkg.read_bytes()[: pkg.stat().st_size // 2])
    _refused(bad, tmp_path, "不是有效的")


@pytest.mark.parametrize("evil", ["../evil.fev", "/etc/evil.fev", "a/../../evil.fev", "C:/evil.fev", "..\\evil.fev"])
def test_path_traversal_names_are_refused(sample_path, tmp_path, evil):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(sample_path, pkg)
    bad = tmp_path / "evil.fevpkg"
    rezip(pkg, bad, lambda name, data: data)
    with zipfile.ZipFile(bad, "a") as zf:
        zf.writestr(zipfile.ZipInfo(evil), b"x")
    _refused(bad, tmp_path, "不安全的文件名")
    assert not (tmp_path.parent / "evil.fev").exists()


def test_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.fevpkg"
    manifest = {"format": "fieldeval-package", "version": 1, "encrypted": False,
                "entries": [{"name": "evaluation.fev", "size": 30 * 1024 * 1024, "sha256": "0" * 64}]}
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("evaluation.fev", b"\0" * (30 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    _refused(bomb, tmp_path, "压缩炸弹")


def test_sizes_that_lie_are_refused(sample_path, tmp_path, monkeypatch):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(sample_path, pkg)

    def lie(name, data):
        if name == "manifest.json":
            m = json.loads(data)
            m["entries"][0]["size"] = 10
            data = json.dumps(m).encode()
        return data

    bad = tmp_path / "lie.fevpkg"
    rezip(pkg, bad, lie)
    _refused(bad, tmp_path, "与清单声明的 10 字节不符")
    monkeypatch.setattr(package, "MAX_ENTRY", 100_000)
    _refused(pkg, tmp_path, "超过上限")
    with pytest.raises(PackageError, match="太大"):
        package.export_package(sample_path, tmp_path / "big.fevpkg")
    assert not (tmp_path / "big.fevpkg").exists()


def test_existing_files_are_never_replaced(sample_path, tmp_path):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(sample_path, pkg)
    keep = tmp_path / "keep.fev"
    keep.write_bytes(b"precious")
    with pytest.raises(FileExistsRefused):
        package.import_package(pkg, keep)
    with pytest.raises(FileExistsRefused):
        package.export_package(sample_path, keep)
    assert keep.read_bytes() == b"precious"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=2000), st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b)))
def test_random_bytes_as_a_package(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("rnd")
    p = folder / "x.fevpkg"
    p.write_bytes(content)
    with pytest.raises(PackageError):
        package.import_package(p, folder / "out.fev", password="pw")
    assert files_in(folder) == {"x.fevpkg": content}


def _main(*args) -> tuple[int, str, str]:
    import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def test_cli_export_import_with_password_from_the_environment(sample_path, tmp_path, monkeypatch):
    pkg, out = tmp_path / "a.fevpkg", tmp_path / "b.fev"
    monkeypatch.setenv("FEV_PW", "秘密")
    code, stdout, _ = _main("export", sample_path, "-o", pkg, "--password-env", "FEV_PW")
    assert code == 0 and "已加密" in stdout
    monkeypatch.setenv("FEV_PW", "不对")
    code, _, stderr = _main("import", pkg, "-o", out, "--password-env", "FEV_PW")
    assert code != 0 and "密码错误" in stderr and not out.exists()
    code, _, stderr = _main("import", pkg, "-o", out, "--password-env", "NO_SUCH_VAR")
    assert code != 0 and "NO_SUCH_VAR" in stderr
    monkeypatch.setenv("FEV_PW", "秘密")
    code, stdout, _ = _main("import", pkg, "-o", out, "--password-env", "FEV_PW")
    assert code == 0 and integrity.verify(out) == []
