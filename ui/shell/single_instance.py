"""One window per user: a second start hands its request to the window already open.

Double-clicking a ``.fev`` while FieldEval is open must not start a second copy (two windows on
one file, two autosave timers). ``run()`` first tries to hand the request — open this file, open
the sample, or just come to the front — to a running window over a local socket (a named pipe on
Windows, a socket file in the temp folder elsewhere); when one answers, the second process exits
with status 0. Otherwise it becomes the window that listens.

The server's name is per user and per data folder (a hash of both), so two users on one machine —
or a portable install beside an installed one — never reach each other's window. A socket file
left behind by a crash is recognised (nothing answers on it) and replaced. Only the window's own
forms (``main.py``, ``main.py --sample``, ``main.py FILE.fev``) take part; sub-commands never do.

One request is one line of UTF-8 JSON: ``{"open": "/abs/path.fev"}``, ``{"sample": true}`` or
``{"show": true}``; the window answers ``ok`` as soon as it has accepted it.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from models.paths import data_dir

TIMEOUT_MS = 3000
MAX_REQUEST = 64 * 1024


def server_name() -> str:
    """``FieldEval-<hash of user and data folder>``: short enough for a socket path everywhere."""
    try:
        user = getpass.getuser()
    except Exception:
        user = str(Path.home())
    key = f"{user.lower()}\n{os.path.normcase(str(data_dir().resolve()))}"
    return "FieldEval-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def request_for(file: Path | None, sample: bool) -> dict:
    """The request a start makes: the absolute path of its file, the sample, or just the window."""
    if file is not None:
        return {"open": str(Path(file).resolve())}
    return {"sample": True} if sample else {"show": True}


def _allow_foreground() -> None:
    """Windows lets only the process the user just started take the foreground: pass that right on."""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        except (OSError, AttributeError):
            pass


def hand_over(request: dict, name: str | None = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``request`` to the window already running; True when it accepted it."""
    sock = QLocalSocket()
    sock.connectToServer(name or server_name())
    if not sock.waitForConnected(timeout_ms):
        return False
    try:
        _allow_foreground()
        sock.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        if not sock.waitForBytesWritten(timeout_ms):
            return False
        while not sock.canReadLine():
            if not sock.waitForReadyRead(timeout_ms):
                return False
        return bytes(sock.readLine().data()).strip() == b"ok"
    finally:
        sock.disconnectFromServer()


def _answers(name: str) -> bool:
    """Whether something is listening under ``name`` (a live window, not a crash's leftover)."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    alive = sock.waitForConnected(1000)
    if not alive and sock.error() == QAbstractSocket.SocketError.SocketTimeoutError:
        alive = True  # busy, not gone: never delete a live window's socket
    sock.abort()
    return alive


class InstanceServer(QObject):
    """Listens for later starts and passes their requests to ``handler`` (see :meth:`attach`)."""

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.handler: Callable[[dict], None] | None = None
        self.pending: list[dict] = []
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening, replacing a stale socket left by a crash; False when another window
        already listens (it then serves the requests) or the name cannot be used at all.

        The liveness check comes first because on Unix, with access options set, Qt renames its
        new socket over whatever file has the name — a live window's socket included."""
        if _answers(self.name):
            return False
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError and not _answers(self.name):
            QLocalServer.removeServer(self.name)  # a crash's leftover: nobody answers on it
            return self.server.listen(self.name)
        return False

    def attach(self, handler: Callable[[dict], None]) -> None:
        """From now on ``handler`` receives each request (those that came early first)."""
        self.handler = handler
        while self.pending:
            handler(self.pending.pop(0))

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            if sock.bytesAvailable():
                self._read(sock)

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST:
                sock.abort()
                self._buffers.pop(sock, None)
            else:
                self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers.pop(sock, None)
        try:
            request = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            request = None
        if not isinstance(request, dict):
            sock.abort()
            return
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        if self.handler is None:
            self.pending.append(request)
        else:
            QTimer.singleShot(0, lambda r=request: self.handler(r))  # after the answer has gone out


def bring_to_front(window) -> None:
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def serve(window, request: dict) -> None:
    """Carry out one request in ``window``: raise it, then open the file as 文件 → 打开 does.

    While a modal dialog is open the file waits until it closes (the evaluator sees the dialog
    come to the front)."""
    bring_to_front(window)
    if not (request.get("open") or request.get("sample")):
        return
    if QApplication.activeModalWidget() is not None:
        QTimer.singleShot(500, lambda: serve(window, request))
        return
    if request.get("open"):
        window.open_file(Path(str(request["open"])))
    else:
        window.open_sample()


def claim(request: dict) -> InstanceServer | None:
    """At start-up: hand ``request`` to a running window (None: this process should exit 0), or
    return the server this process now listens with. A window that cannot listen (another one
    is alive but does not answer) still starts, just without a server."""
    name = server_name()
    if hand_over(request, name):
        return None
    server = InstanceServer(name)
    if not server.listen() and hand_over(request, name):
        return None  # another window won the race to listen
    return server
