"""A client that walks an explicit Enum state machine (connect, handshake,
greet, auth, work, quit) against a line-based TLS server, logging every
transition."""
import enum
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class State(enum.Enum):
    IDLE = "idle"
    CONNECTED = "connected"
    SECURE = "secure"
    GREETED = "greeted"
    AUTHED = "authed"
    DONE = "done"
    FAILED = "failed"


class Reply(enum.IntEnum):
    OK = 200
    READY = 220
    DENIED = 530
    BYE = 221


ALLOWED = {
    State.IDLE: {State.CONNECTED, State.FAILED},
    State.CONNECTED: {State.SECURE, State.FAILED},
    State.SECURE: {State.GREETED, State.FAILED},
    State.GREETED: {State.AUTHED, State.FAILED},
    State.AUTHED: {State.AUTHED, State.DONE, State.FAILED},
}


class Machine:
    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.history = [State.IDLE]

    def go(self, new):
        if new not in ALLOWED.get(self.state, set()):
            raise RuntimeError("illegal transition %s -> %s" % (self.state, new))
        print("  [%s] %s -> %s" % (self.name, self.state.name, new.name))
        self.state = new
        self.history.append(new)


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def server(srv, ctx, n):
    for _ in range(n):
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as s, s.makefile("rwb") as f:
            f.write(b"220 ready\n")
            f.flush()
            for line in f:
                cmd = line.strip().decode()
                if cmd.startswith("AUTH "):
                    ok = cmd[5:] == "s3cret"
                    f.write(b"200 welcome\n" if ok else b"530 denied\n")
                elif cmd == "QUIT":
                    f.write(b"221 bye\n")
                    f.flush()
                    break
                else:
                    f.write(("200 %s\n" % cmd[::-1]).encode())
                f.flush()


def session(name, port, ctx, password, jobs):
    m = Machine(name)
    print("session", name)
    try:
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        m.go(State.CONNECTED)
        s = ctx.wrap_socket(raw, server_hostname="localhost")
        m.go(State.SECURE)
        f = s.makefile("rwb")
        code = Reply(int(f.readline().split()[0]))
        if code is Reply.READY:
            m.go(State.GREETED)

        def ask(text):
            f.write(text.encode() + b"\n")
            f.flush()
            head, _, rest = f.readline().decode().strip().partition(" ")
            return Reply(int(head)), rest
        code, text = ask("AUTH " + password)
        if code != Reply.OK:
            raise PermissionError("%s (%d)" % (text, code))
        m.go(State.AUTHED)
        for job in jobs:
            code, text = ask(job)
            print("    %s -> %s %s" % (job, code.name, text))
            m.go(State.AUTHED)
        code, _ = ask("QUIT")
        print("    quit ->", code, int(code), code == 221)
        m.go(State.DONE)
        f.close()
        s.close()
    except (PermissionError, ssl.SSLError, OSError) as e:
        m.go(State.FAILED)
        print("    failed: %s: %s" % (type(e).__name__, e))
        ask("QUIT")
        f.close()
        s.close()
    return [st.value for st in m.history]


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(2)
        t = threading.Thread(target=server, args=(srv, sctx, 2))
        t.start()
        ctx = ssl.create_default_context(cafile=cert)
        port = srv.getsockname()[1]
        print(session("good", port, ctx, "s3cret", ["abc", "state"]))
        print(session("bad", port, ctx, "guess", ["never"]))
        t.join(10)
        srv.close()
    print(list(State)[:3], Reply(220), Reply.DENIED.value, State("secure"))
    try:
        Machine("x").go(State.DONE)
    except RuntimeError as e:
        print("error:", e)


main()
