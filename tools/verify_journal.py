#!/usr/bin/env python3
"""Checks a Madang journal export with Python 3 and the openssl command only (see docs/journal.md).

usage: verify_journal.py EXPORT.jsonl PUBKEY.pem
Exit 0 when every entry is in sequence, chained, correctly hashed and signed by the key; otherwise
prints the first bad line and exits 1.
"""
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signature_ok(pubkey, hash_hex, sig_b64):
    with tempfile.TemporaryDirectory() as tmp:
        data, sig = os.path.join(tmp, "hash"), os.path.join(tmp, "sig.der")
        with open(data, "wb") as f:
            f.write(hash_hex.encode("ascii"))
        with open(sig, "wb") as f:
            f.write(base64.b64decode(sig_b64, validate=True))
        result = subprocess.run(["openssl", "dgst", "-sha256", "-verify", pubkey, "-signature", sig, data],
                                capture_output=True)
        return result.returncode == 0


def main(path, pubkey):
    prev = "0" * 64
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, raw in enumerate(lines, start=1):
        try:
            entry = json.loads(raw.decode("utf-8"))
        except ValueError as e:
            return fail(number, f"not JSON ({e})")
        if canonical(entry) != raw:
            return fail(number, "not in canonical form")
        if entry.get("seq") != number:
            return fail(number, f"seq is {entry.get('seq')}, expected {number}")
        if entry.get("prev") != prev:
            return fail(number, "prev does not match the previous entry's hash")
        hashed = {k: v for k, v in entry.items() if k not in ("hash", "sig")}
        digest = hashlib.sha256(prev.encode("ascii") + canonical(hashed)).hexdigest()
        if digest != entry.get("hash"):
            return fail(number, "hash does not match the contents")
        if not signature_ok(pubkey, entry["hash"], entry.get("sig", "")):
            return fail(number, "signature does not verify")
        prev = entry["hash"]
    print(f"journal: intact, {len(lines)} entries")
    return 0


def fail(number, reason):
    print(f"journal: NOT intact at line {number}: {reason}")
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
