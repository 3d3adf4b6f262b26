"""Fail loudly when code under test reaches for the network.

blindscreen runs offline: no code path may resolve a host name or open a network connection.
``block_network()`` patches the socket module so that ``getaddrinfo``, ``connect`` and
``connect_ex`` raise :class:`NetworkBlockedError` and record what was attempted. The error is
deliberately *not* an ``OSError``: libraries such as requests and urllib3 catch ``OSError`` and fall
back or retry quietly, which would hide the attempt we want to see. Unix-domain sockets are not
network traffic and stay allowed.

Use it as a context manager or as the ``no_network`` pytest fixture::

    from tests.netblock import block_network

    def test_offline():
        with block_network() as attempts:
            do_something()
        assert attempts == []
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import pytest


class NetworkBlockedError(RuntimeError):
    """Code tried to use the network while it was blocked."""


@contextlib.contextmanager
def block_network() -> Iterator[list[str]]:
    """Block name resolution and outgoing connections; yield the list of attempts made."""
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(what: str) -> None:
        attempts.append(what)
        raise NetworkBlockedError(f"network access attempted while blocked: {what}")

    def getaddrinfo(host, port, *args, **kwargs):
        refuse(f"getaddrinfo({host!r}, {port!r})")

    def gethostbyname(host, *args, **kwargs):
        refuse(f"gethostbyname({host!r})")

    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        refuse(f"connect({address!r})")

    def connect_ex(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect_ex(self, address)
        refuse(f"connect_ex({address!r})")

    def create_connection(address, *args, **kwargs):
        refuse(f"create_connection({address!r})")

    patches = {
        (socket, "getaddrinfo"): getaddrinfo,
        (socket, "gethostbyname"): gethostbyname,
        (socket, "gethostbyname_ex"): gethostbyname,
        (socket, "create_connection"): create_connection,
        (socket.socket, "connect"): connect,
        (socket.socket, "connect_ex"): connect_ex,
    }
    saved = {key: getattr(*key) for key in patches}
    try:
        for (owner, name), replacement in patches.items():
            setattr(owner, name, replacement)
        yield attempts
    finally:
        for (owner, name), original in saved.items():
            setattr(owner, name, original)


@pytest.fixture
def no_network() -> Iterator[list[str]]:
    """Pytest fixture form of :func:`block_network`; the test receives the attempts list."""
    with block_network() as attempts:
        yield attempts
