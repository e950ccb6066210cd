"""Certificate checks that run openssl as child processes from asyncio:
create_subprocess_exec with pipes (x509 fields, a key/cert modulus match
fed through stdin), a bounded number of concurrent children with a
Semaphore, a shell pipeline through create_subprocess_shell, timeouts
with wait_for and kill(), and a TLS handshake against an
`openssl s_server` child checked from the same loop."""
import asyncio
import hashlib
import os
import re
import ssl
import tempfile
from asyncio.subprocess import DEVNULL, PIPE, STDOUT


async def run(*args, stdin_data=None):
    proc = await asyncio.create_subprocess_exec(*args, stdin=PIPE if stdin_data else None, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate(stdin_data)
    return proc.returncode, out.decode(), err.decode()


async def make_pair(d, name, days, gate):
    async with gate:
        key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
        rc, _, _ = await run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", str(days),
                             "-subj", "/O=Async/CN=" + name, "-addext", "subjectAltName=DNS:" + name,
                             "-keyout", key, "-out", crt)
        return name, rc, key, crt


async def fields(crt):
    rc, out, _ = await run("openssl", "x509", "-in", crt, "-noout", "-subject", "-enddate", "-ext", "subjectAltName",
                           "-nameopt", "RFC2253")
    subject = re.search(r"subject=(.*)", out).group(1)
    san = re.search(r"DNS:(\S+)", out).group(1)
    return subject, san, "notAfter=" in out


async def modulus_digest(kind, path):
    with open(path, "rb") as f:
        data = f.read()
    rc, out, _ = await run("openssl", kind, "-noout", "-modulus", stdin_data=data)
    return hashlib.sha256(out.strip().encode()).hexdigest()[:12]


async def s_server_probe(crt, key):
    server = await asyncio.create_subprocess_exec(
        "openssl", "s_server", "-accept", "127.0.0.1:0", "-cert", crt, "-key", key, "-naccept", "1", "-www",
        stdin=DEVNULL, stdout=PIPE, stderr=STDOUT)
    port = None
    while port is None:
        line = await asyncio.wait_for(server.stdout.readline(), 10)
        if not line:
            break
        m = re.search(rb"ACCEPT .*:(\d+)", line)
        if m:
            port = int(m.group(1))
    ctx = ssl.create_default_context(cafile=crt)
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="alpha.async")
    writer.write(b"GET / HTTP/1.0\r\n\r\n")
    body = await reader.read()
    writer.close()
    status = body.split(b"\r\n", 1)[0].decode()
    rc = await asyncio.wait_for(server.wait(), 10)
    await server.stdout.read()
    return status, b"Ciphers supported in s_server binary" in body, rc


async def main(d):
    gate = asyncio.Semaphore(2)
    made = await asyncio.gather(*(make_pair(d, n, days, gate) for n, days in
                                  (("alpha.async", 5), ("beta.async", 50), ("gamma.async", 500))))
    for name, rc, key, crt in made:
        subject, san, has_date = await fields(crt)
        same = await modulus_digest("rsa", key) == await modulus_digest("x509", crt)
        print("%-12s rc=%d subject=%s san=%s date=%s key-matches=%s" % (name, rc, subject, san, has_date, same))
    other_key = made[1][2]
    print("alpha cert with beta key:", await modulus_digest("rsa", other_key) == await modulus_digest("x509", made[0][3]))

    shell = await asyncio.create_subprocess_shell(
        "for f in %s/*.crt; do openssl x509 -in $f -noout -serial >/dev/null && echo ok; done | wc -l" % d, stdout=PIPE)
    out, _ = await shell.communicate()
    print("shell pipeline counted:", out.decode().strip(), "rc", shell.returncode)

    slow = await asyncio.create_subprocess_exec("sleep", "30")
    try:
        await asyncio.wait_for(slow.wait(), 0.2)
    except asyncio.TimeoutError:
        slow.kill()
        print("slow child killed, returncode", await slow.wait())

    rc, out, err = await run("openssl", "x509", "-in", os.path.join(d, "missing.crt"), "-noout")
    print("missing file rc:", rc, "stderr mentions file:", "missing.crt" in err)
    status, listed, rc = await s_server_probe(made[0][3], made[0][2])
    print("s_server:", status, "ciphers listed:", listed, "exit:", rc)


with tempfile.TemporaryDirectory() as tmp:
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main(tmp))
    loop.close()
