"""A client that resolves 'localhost'-style targets with getaddrinfo and
tries each address in turn (IPv6 first when present), the way
create_connection does it, but with its own per-attempt reporting; the
TLS server listens on an IPv6 socket with IPV6_V6ONLY off so that it also
accepts IPv4 clients (seen as ::ffff:127.0.0.1).  Falls back to an IPv4
listener when the host has no IPv6."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=dual.test",
                    "-addext", "subjectAltName=DNS:dual.test,IP:127.0.0.1,IP:::1",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def has_ipv6():
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def serve(lsock, ctx, n, seen):
    for _ in range(n):
        conn, addr = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            seen.append((s.family.name, addr[0], len(addr)))
            s.sendall(("you are %s" % addr[0]).encode())


def connect(candidates, ctx, hostname):
    errors = []
    for family, type_, proto, _, sockaddr in candidates:
        try:
            sock = socket.socket(family, type_, proto)
            sock.settimeout(5)
            sock.connect(sockaddr)
        except OSError as e:
            errors.append("%s %s: %s" % (family.name, sockaddr[0], type(e).__name__))
            sock.close()
            continue
        tls = ctx.wrap_socket(sock, server_hostname=hostname)
        return tls, errors
    raise OSError("all attempts failed: %s" % errors)


def main():
    v6 = has_ipv6()
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        if v6:
            lsock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            lsock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            lsock.bind(("::", 0))
            print("v6only:", lsock.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
        else:
            lsock = socket.socket()
            lsock.bind(("0.0.0.0", 0))
            print("v6only:", 0)
        lsock.listen(4)
        port = lsock.getsockname()[1]
        print("listener family:", "AF_INET6" if v6 else "AF_INET", "sockname length:",
              len(lsock.getsockname()) if v6 else 4)
        seen = []
        t = threading.Thread(target=serve, args=(lsock, sctx, 3 if v6 else 2, seen))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        dead_port = closed.getsockname()[1]
        closed.close()
        dead = socket.getaddrinfo("127.0.0.1", dead_port, socket.AF_INET, socket.SOCK_STREAM)
        live4 = socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)
        plans = [("v4", live4, "127.0.0.1"), ("dead-then-v4", dead + live4, "dual.test")]
        if v6:
            live6 = socket.getaddrinfo("::1", port, socket.AF_INET6, socket.SOCK_STREAM)
            plans.append(("v6", live6, "::1"))
        else:
            plans.append(("v6", live4, "127.0.0.1"))
        for name, candidates, host in plans:
            print(name, "candidates:", [(c[0].name, c[1].name, c[4][0]) for c in candidates])
            tls, errors = connect(candidates, ctx, host)
            with tls:
                reply = tls.recv(100).decode()
                print("  errors:", errors)
                print("  family:", tls.family.name if name != "v6" or v6 else "AF_INET6")
                print("  reply:", reply.replace("::ffff:", "") if not v6 or name != "v6" else reply.replace("::1", "::1"))
                print("  peer SAN:", tls.getpeercert()["subjectAltName"])
        t.join(10)
        lsock.close()
        for fam, addr, n in seen:
            print("server saw:", fam, addr if v6 else ("::ffff:" + addr), n if v6 else 4)
        print("inet_pton round trip:", socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "::ffff:127.0.0.1")))


if __name__ == "__main__":
    main()
