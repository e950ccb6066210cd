"""A remote admin shell: cmd.Cmd running on the server side with its
stdin/stdout being text files made from a TLS socket (makefile), commands
with help texts, completion-free dispatch, default() for unknown input
and a quit command; the client scripts a session and prints the
transcript."""
import cmd
import os
import shlex
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class AdminShell(cmd.Cmd):
    intro = "Welcome to the cert admin shell. Type help or ? to list commands."
    prompt = "(admin) "

    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.certs = {"web": 30, "mail": 4, "vpn": 120}

    def emptyline(self):
        pass

    def do_list(self, arg):
        """list [MAXDAYS]: show certificates, optionally those expiring within MAXDAYS."""
        limit = int(arg) if arg.strip() else None
        for name, days in sorted(self.certs.items(), key=lambda kv: kv[1]):
            if limit is None or days <= limit:
                self.stdout.write("%-6s %4d days\n" % (name, days))

    def do_renew(self, arg):
        """renew NAME [DAYS]: extend a certificate."""
        try:
            parts = shlex.split(arg)
            name = parts[0]
            days = int(parts[1]) if len(parts) > 1 else 90
            self.certs[name] += days
        except (IndexError, ValueError) as exc:
            self.stdout.write("*** bad arguments: %s\n" % exc)
        except KeyError as exc:
            self.stdout.write("*** unknown certificate %s\n" % exc)
        else:
            self.stdout.write("%s now valid for %d days\n" % (name, self.certs[name]))

    def do_quit(self, arg):
        """quit: close the session."""
        self.stdout.write("bye\n")
        return True

    def default(self, line):
        self.stdout.write("*** what is %r?\n" % line)

    def postcmd(self, stop, line):
        self.stdout.flush()
        return stop


def server(ls, ctx):
    conn, _ = ls.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        rfile = s.makefile("r", encoding="utf-8", newline="\n")
        wfile = s.makefile("w", encoding="utf-8", newline="\n")
        shell = AdminShell(rfile, wfile)
        shell.cmdloop()
        wfile.flush()
        rfile.close()
        wfile.close()
        s.unwrap()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(1)
        t = threading.Thread(target=server, args=(ls, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        script = ["help", "help renew", "list", "list 30", "", "renew mail 60", "renew dns",
                  "renew", "renew web lots", "rm -rf /", "list", "quit"]
        with cctx.wrap_socket(socket.create_connection(ls.getsockname(), timeout=10),
                              server_hostname="localhost") as s:
            s.sendall("".join(line + "\n" for line in script).encode())
            transcript = b""
            while True:
                data = s.recv(4096)
                if not data:
                    break
                transcript += data
            s.unwrap()
        t.join(10)
        ls.close()
        print(transcript.decode().replace("(admin) ", "(admin) \u23ce\n"), end="")


main()
