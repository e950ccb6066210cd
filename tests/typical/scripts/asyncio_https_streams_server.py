"""A tiny HTTPS server on asyncio streams (asyncio.start_server with an
SSL context) serving a JSON status endpoint and a 404, with blocking
urllib clients run through loop.run_in_executor; the handler reads the
request line and headers with readline() and uses get_extra_info to
report the TLS version and peer address family."""
import asyncio
import json
import os
import socket
import ssl
import subprocess
import tempfile
import urllib.error
import urllib.request


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


STATS = {"requests": 0}


async def handle(reader, writer):
    request_line = (await reader.readline()).decode().strip()
    headers = {}
    while True:
        line = (await reader.readline()).decode()
        if line in ("\r\n", "\n", ""):
            break
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    STATS["requests"] += 1
    method, path, _ = request_line.split(" ", 2)
    sslobj = writer.get_extra_info("ssl_object")
    peer = writer.get_extra_info("peername")
    if path == "/status":
        body = json.dumps({"ok": True, "tls": sslobj.version(), "family": "ipv4" if len(peer) == 2 else "ipv6",
                           "agent": headers.get("user-agent", "").split("/")[0],
                           "requests": STATS["requests"]}, sort_keys=True).encode()
        status = "200 OK"
    else:
        body = b'{"error": "not found"}'
        status = "404 Not Found"
    writer.write(("HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                  "Connection: close\r\n\r\n" % (status, len(body))).encode() + body)
    await writer.drain()
    writer.close()


def fetch(url, ctx):
    try:
        with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
            return resp.status, json.loads(resp.read().decode())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read().decode())


async def main(loop, crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    cctx = ssl.create_default_context(cafile=crt)
    base = "https://localhost:%d" % port
    for path in ("/status", "/missing", "/status"):
        status, body = await loop.run_in_executor(None, fetch, base + path, cctx)
        print(path, status, body)
    results = await asyncio.gather(*[loop.run_in_executor(None, fetch, base + "/status", cctx)
                                     for _ in range(4)])
    print("parallel:", sorted(r[1]["requests"] for r in results), {r[0] for r in results})
    server.close()
    await server.wait_closed()
    print("server closed, total requests", STATS["requests"])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        loop = asyncio.get_event_loop()
        loop.run_until_complete(asyncio.wait_for(main(loop, crt, key), 30))
        loop.close()
