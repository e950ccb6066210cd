"""Compare the names several certificates cover with set algebra:
union, intersection, difference, symmetric difference, subset tests,
frozensets as dict keys, and printing the sets as they are (the run
uses PYTHONHASHSEED=0, so their order is fixed)."""
import os
import ssl
import subprocess
import tempfile

CERTS = {
    "web": ["example.test", "www.example.test", "static.example.test"],
    "api": ["api.example.test", "example.test"],
    "mail": ["mail.example.test", "smtp.example.test", "www.example.test"],
}


def make_cert(d, label, names):
    key, crt = os.path.join(d, label + ".key"), os.path.join(d, label + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=" + names[0],
                    "-addext", "subjectAltName=" + ",".join("DNS:" + n for n in names),
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt


def main():
    covered = {}
    with tempfile.TemporaryDirectory() as d:
        for label, names in sorted(CERTS.items()):
            info = ssl._ssl._test_decode_cert(make_cert(d, label, names))
            covered[label] = {v for k, v in info["subjectAltName"] if k == "DNS"}
    web, api, mail = covered["web"], covered["api"], covered["mail"]
    print("web:", web)
    print("union:", web | api | mail)
    print("web & mail:", web & mail, "| web - api:", web - api)
    print("web ^ mail:", web ^ mail)
    print("api <= web|api:", api <= web | api, "disjoint api/mail:", api.isdisjoint(mail))
    domains = {n.split(".", 1)[1] if n.count(".") > 1 else n for n in web | api | mail}
    print("parent domains:", domains)
    index = {frozenset(v): k for k, v in covered.items()}
    print("lookup:", index[frozenset(api)], frozenset(["b.test", "a.test"]))
    counts = {}
    for names in covered.values():
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    shared = {n for n, c in counts.items() if c > 1}
    print("shared:", shared, "| first letters:", {n[0] for n in counts})
    s = set("tls handshake")
    print(s, len(s))
    s.discard("z")
    s -= set("aeiou ")
    print(sorted(s), s.pop() in "tlshndk")
    print({1, 2, 3} | {"x"}, set(), frozenset(), {(1, "a"), (2, "b")})


if __name__ == "__main__":
    main()
