# TLS echo server used by the interop tests; runs under gpython-ssl and
# CPython alike. It prints "PORT n" once listening, then one outcome line
# per connection, and exits after COUNT connections.
#
#   tls_server.py CERTFILE CAFILE COUNT [--require-cert] [--tls12]
#                 [--ciphers LIST] [--no-ticket] [--stats]
import socket
import ssl
import sys


def message(e):
    s = str(e)
    i = s.rfind(" (")
    if i > 0 and s.endswith(")"):
        s = s[:i]
    return s


def serve_one(ctx, listener):
    raw, addr = listener.accept()
    raw.settimeout(20)
    try:
        conn = ctx.wrap_socket(raw, server_side=True)
    except ssl.SSLError as e:
        print("ERR SSLError", e.library, e.reason, message(e))
        raw.close()
        return
    except OSError as e:
        print("ERR OSError", e.errno)
        raw.close()
        return
    try:
        data = b""
        n = 0
        while data.find(b"\n") < 0 and n < 100:
            chunk = conn.recv(1024)
            if len(chunk) == 0:
                break
            data = data + chunk
            n += 1
        conn.sendall(data)
        peer = conn.getpeercert()
        who = "-"
        if peer:
            for rdn in peer["subject"]:
                for pair in rdn:
                    if pair[0] == "commonName":
                        who = pair[1]
        print("OK", conn.version(), conn.cipher()[0], who, data.decode("ascii").strip())
    except ssl.SSLError as e:
        print("ERR SSLError", e.library, e.reason, message(e))
    except OSError as e:
        print("ERR OSError", e.errno)
    finally:
        conn.close()


def main():
    args = sys.argv[1:]
    certfile, cafile, count = args[0], args[1], int(args[2])
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile)
    stats = False
    i = 3
    while i < len(args):
        opt = args[i]
        if opt == "--require-cert":
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.load_verify_locations(cafile)
            i += 1
        elif opt == "--tls12":
            ctx.options |= ssl.OP_NO_TLSv1_3
            i += 1
        elif opt == "--ciphers":
            ctx.set_ciphers(args[i + 1])
            i += 2
        elif opt == "--no-ticket":
            ctx.options |= ssl.OP_NO_TICKET
            i += 1
        elif opt == "--stats":
            stats = True
            i += 1
        else:
            raise ValueError("unknown option " + opt)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(30)
    print("PORT", listener.getsockname()[1])
    sys.stdout.flush()
    for _ in range(count):
        serve_one(ctx, listener)
        sys.stdout.flush()
    listener.close()
    if stats:
        st = ctx.session_stats()
        print("STATS hits", st["hits"], "misses", st["misses"], "accept_good", st["accept_good"])


main()
