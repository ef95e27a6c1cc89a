"""Evaluation packages (数据包): one file to hand over, optionally protected by a password.

A package is a zip file. Plain package::

    manifest.json      {"format": "fieldeval-package", "version": 1, "encrypted": false,
                        "entries": [{"name": "evaluation.fev", "size": …, "sha256": …}], …}
    evaluation.fev     a consistent copy of the evaluation (SQLite backup API)

Password-protected package::

    manifest.json      {"format": …, "encrypted": true, "cipher": "AES-256-GCM", "nonce": …,
                        "kdf": {"name": "argon2id" | "scrypt", "salt": …, parameters}, "check": …}
    payload.bin        AES-256-GCM(the plain package above, as bytes), with manifest.json's exact
                       bytes as associated data — so changing the header, the parameters or the
                       ciphertext is detected

The key comes from the password through a memory-hard KDF (Argon2id when the installed
``cryptography`` has it, else scrypt), 64 bytes: 32 for the cipher, 32 for ``check`` (an HMAC that
tells a wrong password apart from a tampered package). The password is never stored; an
encrypted package's outer manifest names nothing about the evaluation.

Import refuses — before writing anything, with a clear message — a wrong password, a tampered
package or manifest, unsafe entry names (``../``, absolute paths, drive letters), zip bombs
(declared or actual sizes over the limit, absurd compression ratios), oversize entries, and an
evaluation file that fails ``services.teamwork.integrity.verify``. It never replaces an existing file.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import posixpath
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from models import anchors
from models.errors import FileExistsRefused
from models.messages import said
from models.readonly import connect_readonly
from services.appinfo import APP_NAME, VERSION
from services.core.errors import EditRefused
from services.core.filenames import check_target
from services.core.files import atomic_write
from services.teamwork import integrity

try:  # cryptography ≥ 44
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
except ImportError:  # pragma: no cover - older cryptography: scrypt only
    Argon2id = None

FORMAT = "fieldeval-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
PAYLOAD = "payload.bin"
EVALUATION = "evaluation.fev"

#: the largest evaluation file a package may hold (bytes), and the largest package
MAX_ENTRY = 2 * 1024 ** 3 - 1024
MAX_MANIFEST = 1024 * 1024
#: a deflated entry that claims to expand more than this many times is treated as a zip bomb
MAX_RATIO = 200
CHUNK = 1024 * 1024
CHECK_LABEL = b"fieldeval-password-check"

#: Argon2id per OWASP's first recommendation (46 MiB, 1 pass); scrypt 32 MiB
ARGON2_PARAMS = {"memory_cost": 47104, "iterations": 1, "lanes": 1}
SCRYPT_PARAMS = {"n": 2 ** 15, "r": 8, "p": 1}
#: upper bounds accepted from a package header: exactly what this program writes, so a hostile
#: header cannot make key derivation cost more memory or time than an honest package (~46 MiB)
ARGON2_LIMITS = {"memory_cost": 47104, "iterations": 1, "lanes": 1}
SCRYPT_LIMITS = {"n": 2 ** 15, "r": 8, "p": 1}
#: an encrypted payload is decrypted in memory (AES-GCM authenticates it whole): its size is capped
#: so that reading a package never needs more than a few hundred MB; plain packages are streamed
MAX_SEALED = 128 * 1024 ** 2


class PackageError(EditRefused):
    """A package that cannot be written or read; the message is for the evaluator. Nothing changed."""


@dataclass
class PackageInfo:
    path: Path
    encrypted: bool
    size: int
    sha256: str
    name: str = ""


# ── keys ────────────────────────────────────────────────────────────────────
def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s, what: str) -> bytes:
    try:
        return base64.b64decode(str(s), validate=True)
    except (ValueError, TypeError):
        raise PackageError(said("数据包的{what}已损坏（清单被篡改）", what=what)) from None


def _new_kdf() -> dict:
    salt = os.urandom(16)
    if Argon2id is not None:
        return {"name": "argon2id", "salt": _b64(salt), **ARGON2_PARAMS}
    return {"name": "scrypt", "salt": _b64(salt), **SCRYPT_PARAMS}


def _derive(password: str, kdf: dict) -> tuple[bytes, bytes]:
    if not isinstance(kdf, dict):
        raise PackageError(said("数据包的加密参数已损坏（清单被篡改）"))
    salt = _unb64(kdf.get("salt"), said("加密参数"))
    if len(salt) < 16:
        raise PackageError(said("数据包的加密参数已损坏（清单被篡改）"))
    secret = password.encode("utf-8")
    try:
        if kdf.get("name") == "argon2id" and Argon2id is not None:
            params = {k: int(kdf[k]) for k in ARGON2_LIMITS}
            if any(not 1 <= params[k] <= ARGON2_LIMITS[k] for k in params) or params["memory_cost"] < 8 * params["lanes"]:
                raise PackageError(said("数据包的加密参数超出允许范围（清单被篡改）"))
            key = Argon2id(salt=salt, length=64, **params).derive(secret)
        elif kdf.get("name") == "scrypt":
            params = {k: int(kdf[k]) for k in SCRYPT_LIMITS}
            if any(not 1 <= params[k] <= SCRYPT_LIMITS[k] for k in params) or params["n"] & (params["n"] - 1):
                raise PackageError(said("数据包的加密参数超出允许范围（清单被篡改）"))
            key = Scrypt(salt=salt, length=64, **params).derive(secret)
        else:
            raise PackageError(said("数据包使用了本程序不支持的密钥算法（{value}）", value=kdf.get('name')))
    except PackageError:
        raise
    except (KeyError, TypeError, ValueError):
        raise PackageError(said("数据包的加密参数已损坏（清单被篡改）")) from None
    return key[:32], key[32:]


def _check(check_key: bytes) -> bytes:
    return hmac.new(check_key, CHECK_LABEL, hashlib.sha256).digest()


# ── export ──────────────────────────────────────────────────────────────────
def export_package(source: Path | str, out: Path | str, password: str | None = None) -> PackageInfo:
    """Write ``out`` holding ``source`` (a consistent copy) and a manifest of hashes.

    With a ``password`` the content is encrypted (AES-256-GCM, key from Argon2id/scrypt).
    Never replaces an existing file.
    """
    source, out = Path(source), check_target(out)
    if out.exists():
        raise FileExistsRefused(said("文件“{out}”已存在，为保护已有数据不会覆盖。请换一个文件名。", out=out))
    if password is not None and not password:
        raise PackageError(said("密码不能为空"))
    problems = integrity.verify(source)
    if problems:
        raise PackageError(said("“{name}”未通过完整性校验，不能导出：{problems}", name=source.name, problems=problems[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".fev-export-") as td:
        snapshot = Path(td) / EVALUATION
        src = connect_readonly(source)
        try:
            dst = sqlite3.connect(snapshot)
            try:
                src.backup(dst)
                name_row = dst.execute("SELECT name FROM evaluation LIMIT 1").fetchone()
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        data = snapshot.read_bytes()
        if len(data) > MAX_ENTRY:
            raise PackageError(said("评价文件太大，无法打包"))
        digest = hashlib.sha256(data).hexdigest()
        head = anchors.head_of_file(snapshot)
        manifest = {"format": FORMAT, "version": FORMAT_VERSION, "encrypted": False, "app": f"{APP_NAME} {VERSION}",
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "evaluation": name_row[0] if name_row else "",
                    "entries": [{"name": EVALUATION, "size": len(data), "sha256": digest}]}
        if head is not None:  # the audit chain's head: the file's trail must still reach it
            manifest["anchor"] = {"seq": head[0], "hash": head[1]}
        inner = _zip_bytes([(MANIFEST, _json_bytes(manifest), zipfile.ZIP_DEFLATED),
                            (EVALUATION, data, zipfile.ZIP_DEFLATED)])
        if password is None:
            content = inner
        else:
            kdf = _new_kdf()
            key, check_key = _derive(password, kdf)
            nonce = os.urandom(12)
            header = {"format": FORMAT, "version": FORMAT_VERSION, "encrypted": True, "cipher": "AES-256-GCM",
                      "nonce": _b64(nonce), "kdf": kdf, "check": _b64(_check(check_key))}
            header_bytes = _json_bytes(header)
            if len(inner) > MAX_SEALED:
                raise PackageError(said("评价文件太大（{inner} MB），加密数据包最多 {MAX_SEALED} MB；请导出不加密的数据包，另行加密传送", inner=len(inner) // 1024 ** 2, MAX_SEALED=MAX_SEALED // 1024 ** 2))
            sealed = AESGCM(key).encrypt(nonce, inner, header_bytes)
            content = _zip_bytes([(MANIFEST, header_bytes, zipfile.ZIP_DEFLATED),
                                  (PAYLOAD, sealed, zipfile.ZIP_STORED)])

        def write_package(tmp: Path) -> None:
            tmp.write_bytes(content)
            if out.exists():
                raise FileExistsRefused(said("文件“{out}”已存在，为保护已有数据不会覆盖。请换一个文件名。", out=out))

        atomic_write(out, write_package, durable=True)
    anchors.record(source, head, said("导出数据包 {name}", name=out.name))
    return PackageInfo(out, password is not None, out.stat().st_size, digest, manifest["evaluation"])


def _json_bytes(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _zip_bytes(entries) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = method
            zf.writestr(info, data)
    return buf.getvalue()


# ── reading safely ──────────────────────────────────────────────────────────
def _safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    norm = posixpath.normpath(name)
    return not (norm.startswith("../") or norm == ".." or "/../" in f"/{name}/" or norm.startswith("/"))


def _open_zip(data_or_path, what: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(data_or_path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackageError(said("{what}不是有效的 FieldEval 数据包（{exc}）", what=what, exc=_reason(exc))) from None
    names = [i.filename for i in zf.infolist()]
    for n in names:
        if not _safe_name(n):
            zf.close()
            raise PackageError(said("{what}中含有不安全的文件名“{n}”（路径穿越），已拒绝", what=what, n=n))
    if len(set(names)) != len(names):
        zf.close()
        raise PackageError(said("{what}中有重名的条目（被篡改），已拒绝", what=what))
    total = sum(i.file_size for i in zf.infolist())
    if len(names) > 16 or total > MAX_ENTRY + MAX_MANIFEST + 64:
        zf.close()
        raise PackageError(said("{what}解压后共 {total} 字节（{names} 个条目），超过上限，已拒绝", what=what, total=total, names=len(names)))
    return zf


def _reason(exc: BaseException) -> str:
    return str(exc) or exc.__class__.__name__


def _read_entry(zf: zipfile.ZipFile, name: str, limit: int, what: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise PackageError(said("{what}中缺少“{name}”，不是完整的 FieldEval 数据包", what=what, name=name)) from None
    if info.file_size > limit:
        raise PackageError(said("{what}中的“{name}”声明大小 {file_size} 字节，超过上限 {limit} 字节，已拒绝", what=what, name=name, file_size=info.file_size, limit=limit))
    if info.compress_size and info.file_size > CHUNK and info.file_size / info.compress_size > MAX_RATIO:
        raise PackageError(said("{what}中的“{name}”压缩比异常（{file_size} 倍），疑似压缩炸弹，已拒绝", what=what, name=name, file_size=info.file_size // max(info.compress_size, 1)))
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                out += chunk
                if len(out) > info.file_size or len(out) > limit:
                    raise PackageError(said("{what}中的“{name}”解压后超过声明的大小（疑似压缩炸弹），已拒绝", what=what, name=name))
    except PackageError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PackageError(said("{what}中的“{name}”已损坏或被篡改（{exc}）", what=what, name=name, exc=_reason(exc))) from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends: damaged data
        raise PackageError(said("{what}中的“{name}”已损坏或被篡改（{exc}）", what=what, name=name, exc=_reason(exc))) from None
    if len(out) != info.file_size:
        raise PackageError(said("{what}中的“{name}”大小与声明不符（已损坏或被篡改）", what=what, name=name))
    return bytes(out)


def _stream_entry(zf: zipfile.ZipFile, name: str, limit: int, what: str, dest) -> tuple[int, str]:
    """Copy an entry to the open file ``dest`` chunk by chunk; returns (size, SHA-256). Memory stays
    at one chunk whatever the entry claims or holds."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise PackageError(said("{what}中缺少“{name}”，不是完整的 FieldEval 数据包", what=what, name=name)) from None
    if info.file_size > limit:
        raise PackageError(said("{what}中的“{name}”声明大小 {file_size} 字节，超过上限 {limit} 字节，已拒绝", what=what, name=name, file_size=info.file_size, limit=limit))
    if info.compress_size and info.file_size > CHUNK and info.file_size / info.compress_size > MAX_RATIO:
        raise PackageError(said("{what}中的“{name}”压缩比异常（{file_size} 倍），疑似压缩炸弹，已拒绝", what=what, name=name, file_size=info.file_size // max(info.compress_size, 1)))
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size or size > limit:
                    raise PackageError(said("{what}中的“{name}”解压后超过声明的大小（疑似压缩炸弹），已拒绝", what=what, name=name))
                digest.update(chunk)
                dest.write(chunk)
    except PackageError:
        raise
    except OSError as exc:
        if exc.errno == 28:
            raise PackageError(said("磁盘已满，未能导入数据包（没有留下任何文件）")) from None
        raise PackageError(said("{what}中的“{name}”已损坏或被篡改（{exc}）", what=what, name=name, exc=_reason(exc))) from None
    except Exception as exc:  # noqa: BLE001 - zlib.error, BadZipFile and friends: damaged data
        raise PackageError(said("{what}中的“{name}”已损坏或被篡改（{exc}）", what=what, name=name, exc=_reason(exc))) from None
    if size != info.file_size:
        raise PackageError(said("{what}中的“{name}”大小与声明不符（已损坏或被篡改）", what=what, name=name))
    return size, digest.hexdigest()


def _manifest(zf: zipfile.ZipFile, what: str) -> tuple[dict, bytes]:
    raw = _read_entry(zf, MANIFEST, MAX_MANIFEST, what)
    try:
        m = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(said("{what}的清单已损坏（被篡改）", what=what)) from None
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise PackageError(said("{what}不是 FieldEval 数据包（清单格式不对）", what=what))
    if m.get("version") != FORMAT_VERSION:
        raise PackageError(said("{what}由不同版本的 FieldEval 制作（数据包版本 {value}），本程序无法读取", what=what, value=m.get('version')))
    return m, raw


def read_package(path: Path | str, password: str | None = None) -> tuple[dict, bytes]:
    """The inner manifest and the evaluation file's bytes, every check passed. Writes nothing
    outside a temporary folder (for reading small packages; importing streams to disk)."""
    with tempfile.TemporaryDirectory(prefix=".fev-read-") as td:
        dest = Path(td) / EVALUATION
        manifest = extract_package(path, dest, password)
        return manifest, dest.read_bytes()


def extract_package(path: Path | str, dest: Path, password: str | None = None) -> dict:
    """Check a package and stream its evaluation file to ``dest``; returns the inner manifest.

    Every size is checked against its cap before anything is allocated: the package's own size, the
    sum of its entries' declared sizes, each entry's size and compression ratio, the encrypted
    payload (decrypted in memory, ``MAX_SEALED``) and the key derivation's parameters.
    """
    path = Path(path)
    if not path.exists():
        raise PackageError(said("找不到数据包：{path}", path=path))
    if path.is_dir():
        raise PackageError(said("“{name}”是文件夹，不是数据包", name=path.name))
    if path.stat().st_size > MAX_ENTRY + 64 * 1024 * 1024:
        raise PackageError(said("数据包“{name}”太大（超过上限），已拒绝", name=path.name))
    what = said("数据包“{name}”", name=path.name)
    with _open_zip(path, what) as zf:
        manifest, raw = _manifest(zf, what)
        if manifest.get("encrypted") is True:
            if not password:
                raise PackageError(said("{what}有密码保护，请输入密码", what=what))
            if manifest.get("cipher") != "AES-256-GCM":
                raise PackageError(said("{what}使用了本程序不支持的加密方式（{value}）", what=what, value=manifest.get('cipher')))
            sealed = _read_entry(zf, PAYLOAD, MAX_SEALED + 16, what)
            key, check_key = _derive(password, manifest.get("kdf"))
            if not hmac.compare_digest(_check(check_key), _unb64(manifest.get("check"), said("密码校验值"))):
                raise PackageError(said("密码错误，无法打开数据包"))
            nonce = _unb64(manifest.get("nonce"), said("加密参数"))
            if len(nonce) != 12:
                raise PackageError(said("{what}的加密参数已损坏（清单被篡改）", what=what))
            try:
                inner = AESGCM(key).decrypt(nonce, sealed, raw)
            except InvalidTag:
                raise PackageError(said("{what}已被篡改或损坏（加密校验失败），已拒绝", what=what)) from None
            del sealed
            with _open_zip(io.BytesIO(inner), what) as inner_zf:
                manifest, _raw = _manifest(inner_zf, what)
                _checked_entry(inner_zf, manifest, what, dest)
                return dict(manifest, encrypted=True)
        if manifest.get("encrypted") is not False:
            raise PackageError(said("{what}的清单已损坏（被篡改）", what=what))
        _checked_entry(zf, manifest, what, dest)
        return manifest


def _checked_entry(zf: zipfile.ZipFile, manifest: dict, what: str, dest: Path) -> None:
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise PackageError(said("{what}的清单已损坏（被篡改）", what=what))
    entry = next((e for e in entries if isinstance(e, dict) and e.get("name") == EVALUATION), None)
    if entry is None:
        raise PackageError(said("{what}的清单中没有评价文件", what=what))
    for e in entries:
        if not isinstance(e, dict) or not _safe_name(str(e.get("name", ""))):
            raise PackageError(said("{what}的清单中含有不安全的文件名“{value}”，已拒绝", what=what, value=e.get('name') if isinstance(e, dict) else e))
    listed = {e["name"] for e in entries} | {MANIFEST}
    extra = sorted(set(zf.namelist()) - listed)
    if extra:
        raise PackageError(said("{what}中有清单之外的文件“{extra}”（被篡改），已拒绝", what=what, extra=extra[0]))
    try:
        size = int(entry.get("size"))
    except (TypeError, ValueError):
        raise PackageError(said("{what}的清单已损坏（被篡改）", what=what)) from None
    if size > MAX_ENTRY:
        raise PackageError(said("{what}中的评价文件声明大小 {size} 字节，超过上限，已拒绝", what=what, size=size))
    try:
        stored = zf.getinfo(EVALUATION).file_size
    except KeyError:
        raise PackageError(said("{what}中缺少评价文件", what=what)) from None
    if stored != size:
        raise PackageError(said("{what}中评价文件的大小（{stored} 字节）与清单声明的 {size} 字节不符（被篡改），已拒绝", what=what, stored=stored, size=size))
    try:
        free = shutil.disk_usage(dest.parent).free
    except OSError:
        free = None
    if free is not None and free < size + 16 * 1024 * 1024:
        raise PackageError(said("磁盘空间不足：导入需要 {size} 字节，只剩 {free} 字节（没有写入任何文件）", size=size, free=free))
    try:
        with open(dest, "wb") as fh:
            written, digest = _stream_entry(zf, EVALUATION, min(size, MAX_ENTRY), what, fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    if written != size or digest != entry.get("sha256"):
        dest.unlink(missing_ok=True)
        raise PackageError(said("{what}的内容与清单中的校验值不符（已损坏或被篡改），已拒绝", what=what))


# ── import ──────────────────────────────────────────────────────────────────
def import_package(path: Path | str, out: Path | str, password: str | None = None) -> PackageInfo:
    """Check the package completely, then write its evaluation to ``out`` (a new file). The evaluation
    is streamed from the package to the temporary file; memory stays bounded whatever its size."""
    out = check_target(out)
    if out.exists():
        raise FileExistsRefused(said("文件“{out}”已存在，为保护已有数据不会覆盖。请换一个文件名。", out=out))
    out.parent.mkdir(parents=True, exist_ok=True)
    found: dict = {}

    def write_evaluation(tmp: Path) -> None:
        found["manifest"] = extract_package(path, tmp, password)
        problems = integrity.verify(tmp)
        if problems:
            raise PackageError(said("数据包中的评价文件有问题，未导入：{problems}", problems=problems[0]))
        found["head"] = anchors.head_of_file(tmp)
        anchor = found["manifest"].get("anchor")
        if anchor is not None and not _reaches(tmp, anchor):
            raise PackageError(said("数据包清单记录的审计轨迹锚点与其中的评价文件不符（审计轨迹被截断或改写），未导入"))
        found["size"], found["digest"] = tmp.stat().st_size, _file_sha256(tmp)
        if out.exists():
            raise FileExistsRefused(said("文件“{out}”已存在，为保护已有数据不会覆盖。请换一个文件名。", out=out))

    atomic_write(out, write_evaluation, durable=True)
    anchors.restart(out, found["head"], said("导入数据包 {name}", name=Path(path).name))
    manifest = found["manifest"]
    return PackageInfo(out, bool(manifest.get("encrypted")), found["size"], found["digest"],
                       str(manifest.get("evaluation", "")))


def _reaches(path: Path, anchor) -> bool:
    """Whether the file's audit trail still holds the event ``anchor`` names, with its hash."""
    if not isinstance(anchor, dict):
        return False
    try:
        con = connect_readonly(path)
        try:
            row = con.execute("SELECT hash FROM audit_event WHERE seq = ?", (int(anchor.get("seq")),)).fetchone()
        finally:
            con.close()
    except (sqlite3.Error, TypeError, ValueError):
        return False
    return row is not None and row[0] == anchor.get("hash")


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def is_encrypted(path: Path | str) -> bool:
    """Whether a package needs a password (False when it cannot be read at all)."""
    try:
        with _open_zip(Path(path), said("数据包")) as zf:
            m, _ = _manifest(zf, said("数据包"))
            return m.get("encrypted") is True
    except PackageError:
        return False
