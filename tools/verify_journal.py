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


def canonical_base64(text):
    """True if text is base64 exactly as encoding its bytes gives it (no spare bits set, no odd padding)."""
    try:
        return isinstance(text, str) and base64.b64encode(base64.b64decode(text, validate=True)).decode() == text
    except ValueError:
        return False


P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def low_s(der):
    """True if der is SEQUENCE { INTEGER r, INTEGER s } with s <= n/2. (r, n - s) verifies too, so only the
    low-S form the terminal writes is accepted: nobody can make a second valid signature without the key."""
    if len(der) < 8 or der[0] != 0x30 or der[1] != len(der) - 2 or der[2] != 0x02:
        return False
    r_len = der[3]
    at = 4 + r_len
    if at + 2 > len(der) or der[at] != 0x02 or at + 2 + der[at + 1] != len(der):
        return False
    s = int.from_bytes(der[at + 2:], "big")
    return 0 < s <= P256_ORDER // 2


def signature_ok(pubkey, hash_hex, sig_b64):
    with tempfile.TemporaryDirectory() as tmp:
        data, sig = os.path.join(tmp, "hash"), os.path.join(tmp, "sig.der")
        with open(data, "wb") as f:
            f.write(hash_hex.encode("ascii"))
        der = base64.b64decode(sig_b64, validate=True)
        if not low_s(der):
            return False
        with open(sig, "wb") as f:
            f.write(der)
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
        sig = entry.get("sig")
        if not canonical_base64(sig):
            return fail(number, "signature is not in canonical base64")
        if not signature_ok(pubkey, entry["hash"], sig):
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
