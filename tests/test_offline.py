"""Nothing on the evaluation path may touch the network, including stock Presidio's."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from pipelines.baseline import OFFLINE_TLD_EXTRACT, OfflineEmailRecognizer, presidio_baseline
try:
    from tests.netblock import NetworkBlockedError, block_network
except ModuleNotFoundError:  # run as `pytest` (tests/ on sys.path) rather than `python -m pytest`
    from netblock import NetworkBlockedError, block_network


def test_block_network_refuses_and_records_then_restores():
    real_getaddrinfo = socket.getaddrinfo
    with block_network() as attempts:
        with pytest.raises(NetworkBlockedError):
            socket.getaddrinfo("publicsuffix.org", 443)
        with pytest.raises(NetworkBlockedError):
            socket.create_connection(("192.0.2.1", 80))
        with pytest.raises(NetworkBlockedError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("192.0.2.1", 80))
        with pytest.raises(NetworkBlockedError):  # not swallowed as a URLError / OSError
            urllib.request.urlopen("https://publicsuffix.org/list/public_suffix_list.dat")
    assert len(attempts) == 4
    assert socket.getaddrinfo is real_getaddrinfo


def test_offline_email_validation_uses_the_bundled_suffix_list():
    with block_network() as attempts:
        assert OFFLINE_TLD_EXTRACT("jane@example.com").fqdn == "example.com"
        assert OfflineEmailRecognizer().validate_result("jane@example.com")
        assert not OfflineEmailRecognizer().validate_result("jane@example.notatld")
    assert attempts == []


@pytest.mark.slow
def test_stock_presidio_baseline_runs_with_the_network_blocked():
    with block_network() as attempts:
        baseline = presidio_baseline()
        text = "email me at jane@example.com"
        results = baseline.analyzer.analyze(text=text, language="en")
        redacted = baseline.redact(text)
    assert attempts == []
    # Stock Presidio also reports the domain as a URL; the anonymizer keeps the wider e-mail.
    assert ("EMAIL_ADDRESS", "jane@example.com") in {
        (r.entity_type, text[r.start : r.end]) for r in results
    }
    assert redacted == "email me at <EMAIL_ADDRESS>"
