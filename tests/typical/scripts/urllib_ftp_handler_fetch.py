"""Fetching ftp:// URLs with urllib.request: a small scripted FTP server
(passive mode, USER/PASS/CWD/TYPE/RETR/LIST) runs in a thread; the client
uses urlopen, a CacheFTPHandler opener and urlretrieve, and reports the
headers, bodies, listings and the errors for missing files and bad
logins."""
import os
import socket
import tempfile
import threading
import urllib.error
import urllib.request

FILES = {
    "/": {"readme.txt": b"hello over ftp\r\nsecond line\r\n", "pub": None},
    "/pub": {"data.bin": bytes(range(256)) * 40, "notes.html": b"<p>notes</p>\n"},
}
LOG = []
PORTS = []


class FTPSession(threading.Thread):
    def __init__(self, conn):
        threading.Thread.__init__(self, daemon=True)
        self.conn = conn
        self.cwd = "/"
        self.user = None
        self.passive = None

    def reply(self, line):
        self.conn.sendall(line.encode("ascii") + b"\r\n")

    def run(self):
        f = self.conn.makefile("rb")
        self.reply("220 scripted ftp ready")
        try:
            for raw in f:
                line = raw.decode("ascii").rstrip("\r\n")
                cmd, _, arg = line.partition(" ")
                cmd = cmd.upper()
                LOG.append(cmd if cmd != "PASS" else "PASS ***")
                if not self.handle(cmd, arg):
                    break
        except ConnectionResetError:
            # urllib closes the control connection with the last 226
            # unread (3.6 does too), which may reset it.
            pass
        finally:
            f.close()
            self.conn.close()

    def target(self, arg):
        if arg in ("", "."):
            return self.cwd
        if arg.startswith("/"):
            return arg
        return (self.cwd.rstrip("/") + "/" + arg) if arg else self.cwd

    def data_conn(self):
        conn, _ = self.passive.accept()
        self.passive.close()
        self.passive = None
        return conn

    def handle(self, cmd, arg):
        if cmd == "USER":
            self.user = arg
            self.reply("331 password please")
        elif cmd == "PASS":
            if self.user in ("anonymous", "alice") and arg != "wrong":
                self.reply("230 logged in")
            else:
                self.reply("530 login incorrect")
        elif cmd == "TYPE":
            self.reply("200 type set to " + arg)
        elif cmd == "PWD":
            self.reply('257 "%s" is the current directory' % self.cwd)
        elif cmd == "CWD":
            path = self.target(arg).rstrip("/") or "/"
            if path in FILES:
                self.cwd = path
                self.reply("250 directory changed")
            else:
                self.reply("550 %s: no such directory" % arg)
        elif cmd == "PASV":
            self.passive = socket.socket()
            self.passive.bind(("127.0.0.1", 0))
            self.passive.listen(1)
            port = self.passive.getsockname()[1]
            self.reply("227 Entering Passive Mode (127,0,0,1,%d,%d)" % (port >> 8, port & 255))
        elif cmd == "RETR":
            folder = FILES.get(self.cwd, {})
            body = folder.get(arg)
            if body is None:
                self.reply("550 %s: not a plain file" % arg)
                return True
            self.reply("150 opening binary connection for %s (%d bytes)" % (arg, len(body)))
            conn = self.data_conn()
            conn.sendall(body)
            conn.close()
            self.reply("226 transfer complete")
        elif cmd == "LIST":
            path = self.target(arg).rstrip("/") or "/"
            names = sorted(FILES.get(path, {}))
            self.reply("150 here comes the listing")
            conn = self.data_conn()
            for name in names:
                body = FILES[path][name]
                size = 0 if body is None else len(body)
                kind = "d" if body is None else "-"
                conn.sendall(("%srw-r--r-- 1 ftp ftp %6d Jan 01 2020 %s\r\n" % (kind, size, name)).encode())
            conn.close()
            self.reply("226 listing sent")
        elif cmd == "QUIT":
            self.reply("221 bye")
            return False
        else:
            self.reply("502 %s not implemented" % cmd)
        return True


def serve(listener, stop):
    listener.settimeout(0.2)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        conn.settimeout(None)
        FTPSession(conn).start()


def show(title, resp):
    body = resp.read()
    print(title)
    print("  url:", resp.geturl().replace(str(PORTS[0]), "PORT"))
    print("  headers:", sorted(resp.info().items()))
    print("  %d bytes, first line: %r" % (len(body), body.split(b"\n")[0][:60]))
    resp.close()
    return body


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    port = listener.getsockname()[1]
    PORTS.append(port)
    stop = threading.Event()
    t = threading.Thread(target=serve, args=(listener, stop), daemon=True)
    t.start()
    base = "ftp://127.0.0.1:%d" % port

    show("readme via urlopen", urllib.request.urlopen(base + "/readme.txt", timeout=10))
    data = show("binary in a subdirectory", urllib.request.urlopen(base + "/pub/data.bin", timeout=10))
    print("  checksum:", sum(data) % 65521)
    show("html type guessed", urllib.request.urlopen("ftp://alice:secret@127.0.0.1:%d/pub/notes.html" % port, timeout=10))
    listing = urllib.request.urlopen(base + "/pub/", timeout=10).read().decode()
    print("directory listing:")
    for line in listing.splitlines():
        print("  " + line.split()[-1], line.split()[4])
    listing = urllib.request.urlopen(base + "/pub", timeout=10).read().decode()
    print("'pub' as a file falls back to LIST:", [l.split()[-1] for l in listing.splitlines()])
    text = urllib.request.urlopen(base + "/readme.txt;type=a", timeout=10).read()
    print("type=a body:", text)

    for url in (base + "/missing.txt", base + "/nodir/file.txt",
                "ftp://bob:wrong@127.0.0.1:%d/readme.txt" % port, "ftp:///readme.txt"):
        try:
            urllib.request.urlopen(url, timeout=10)
        except urllib.error.URLError as exc:
            print("URLError for", url.replace(str(port), "PORT"))
            print("  reason:", str(exc.reason).replace(str(port), "PORT"))

    handler = urllib.request.CacheFTPHandler()
    handler.setTimeout(30)
    handler.setMaxConns(4)
    opener = urllib.request.build_opener(handler)
    before = LOG.count("USER")
    for name in ("readme.txt", "readme.txt", "pub/notes.html"):
        try:
            with opener.open(base + "/" + name, timeout=10) as resp:
                print("cached opener:", name, len(resp.read()))
        except urllib.error.URLError as exc:
            # 3.6 leaves the 226 of the previous transfer unread on a
            # kept connection, so the replies run one behind.
            print("cached opener:", name, "URLError:", exc.reason)
    print("logins for three cached fetches:", LOG.count("USER") - before)
    print("cache entries:", len(handler.cache))
    handler.clear_cache()
    print("after clear_cache:", len(handler.cache), len(handler.timeout))

    names = sorted(type(h).__name__ for h in urllib.request.build_opener().handlers)
    print("default handlers:", names)

    with tempfile.TemporaryDirectory() as d:
        target = os.path.join(d, "copy.bin")
        blocks = []
        path, headers = urllib.request.urlretrieve(base + "/pub/data.bin", target,
                                                   lambda n, bs, total: blocks.append(total))
        print("urlretrieve:", os.path.basename(path), os.path.getsize(path), headers["Content-length"], blocks[0])
    urllib.request.urlcleanup()

    stop.set()
    t.join(5)
    listener.close()
    print("commands seen:", sorted(set(LOG)))


main()
