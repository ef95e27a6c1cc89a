"""The evaluator's own signing key (Ed25519) for sign-offs.

The private key is created at first start and kept in the user's profile
(``<data dir>/keys/signing-key.pem``, readable by the user only); it never goes into an evaluation
file. Each sign-off carries its signature and the public key (raw 32 bytes, base64), so anyone who
has the public key — printed as a fingerprint on the 工作底稿 — can check that neither the sign-off
nor the audit chain below its anchor was rewritten.
"""
from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.base import dumps
from models.paths import data_dir

KEY_FILE = "signing-key.pem"


def key_path() -> Path:
    return data_dir() / "keys" / KEY_FILE


def ensure_key() -> Ed25519PrivateKey:
    """The evaluator's key, created on first use (first start of the window, or first sign-off)."""
    path = key_path()
    try:
        return serialization.load_pem_private_key(path.read_bytes(), password=None)  # type: ignore[return-value]
    except FileNotFoundError:
        pass
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)  # never replace a key another process created meanwhile
    except FileExistsError:
        pass
    except OSError:
        if not path.exists():
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return serialization.load_pem_private_key(path.read_bytes(), password=None)  # type: ignore[return-value]


def public_key_text(key: Ed25519PrivateKey | None = None) -> str:
    key = key or ensure_key()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public_key: str) -> str:
    """A short, readable fingerprint of a public key (16 hex digits in groups of four)."""
    digest = hashlib.sha256(public_key.encode("ascii")).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def signed_fields(so) -> dict:
    """What a sign-off's signature covers: the sign-off itself and the chain's head it anchors."""
    at = so.signed_at.isoformat() if hasattr(so.signed_at, "isoformat") else str(so.signed_at)
    return {"id": so.id, "stage": so.stage, "signer": so.signer, "signed_at": at, "scope": so.scope,
            "data_hash": so.data_hash, "comment": so.comment or "", "anchor_seq": so.anchor_seq,
            "anchor_hash": so.anchor_hash}


def message(fields: dict) -> bytes:
    """The bytes a sign-off's signature covers: its canonical JSON."""
    return dumps(fields).encode("utf-8")


def sign(fields: dict) -> tuple[str, str]:
    """(signature, public key), both base64, over ``fields``."""
    key = ensure_key()
    sig = key.sign(message(fields))
    return base64.b64encode(sig).decode("ascii"), public_key_text(key)


def verify(fields: dict, signature: str, public_key: str) -> bool:
    try:
        pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        pub.verify(base64.b64decode(signature, validate=True), message(fields))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def is_mine(public_key: str) -> bool:
    """Whether a public key is this evaluator's own (the key in this profile)."""
    path = key_path()
    if not path.exists():
        return False
    try:
        return public_key_text() == public_key
    except (OSError, ValueError):
        return False
