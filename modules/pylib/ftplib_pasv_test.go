package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// ftplib's passive mode against CPython 3.6.15, which carries the fix for
// bpo-43285: the address in a PASV reply is ignored (the data connection
// goes to the control connection's peer) unless
// trust_server_pasv_ipv4_address is set. A small FTP server in a thread
// (every socket with a timeout) announces an address that is not its own.

const ftplibPasvPrelude = pytesting.ShowRepr + `import ftplib, socket, threading

class _Server:
    """Serves one control connection: a greeting, then PASV announcing
    10.9.8.7 with the port of a real data listener, then NLST sending two
    names over whatever data connection arrives, then QUIT."""
    def __init__(self):
        self.control = socket.socket()
        self.control.settimeout(5)
        self.control.bind(("127.0.0.1", 0))
        self.control.listen(1)
        self.port = self.control.getsockname()[1]
        self.data_peer = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        conn, _ = self.control.accept()
        conn.settimeout(5)
        reader = conn.makefile("rb")
        listener = None
        conn.sendall(b"220 ready\r\n")
        try:
            for line in reader:
                verb = line.decode("ascii").strip().split(" ")[0].upper()
                if verb == "PASV":
                    listener = socket.socket()
                    listener.settimeout(5)
                    listener.bind(("127.0.0.1", 0))
                    listener.listen(1)
                    p = listener.getsockname()[1]
                    conn.sendall(("227 Entering Passive Mode (10,9,8,7,%d,%d)\r\n" % (p // 256, p % 256)).encode())
                elif verb == "NLST":
                    conn.sendall(b"150 here\r\n")
                    data, self.data_peer = listener.accept()
                    data.sendall(b"alpha\r\nbeta\r\n")
                    data.close()
                    conn.sendall(b"226 done\r\n")
                elif verb == "QUIT":
                    conn.sendall(b"221 bye\r\n")
                    break
                else:
                    conn.sendall(b"200 ok\r\n")
        finally:
            reader.close()
            conn.close()
            if listener is not None:
                listener.close()
            self.control.close()

def _pasv(trust=None):
    server = _Server()
    client = ftplib.FTP(timeout=5)
    if trust is not None:
        client.trust_server_pasv_ipv4_address = trust
    client.connect("127.0.0.1", server.port)
    host, port = client.makepasv()
    client.quit()
    server.thread.join(5)
    return host, port > 0

def _listing():
    server = _Server()
    client = ftplib.FTP(timeout=5)
    client.connect("127.0.0.1", server.port)
    names = client.nlst()
    client.quit()
    server.thread.join(5)
    return names, server.data_peer[0]
`

var ftplibPasvCases = []pytesting.Case{
	{"default distrusts", `ftplib.FTP.trust_server_pasv_ipv4_address`},
	{"tls class inherits", `ftplib.FTP_TLS.trust_server_pasv_ipv4_address`},
	{"pasv host is the peer", `_pasv()`},
	{"pasv host trusted", `_pasv(True)`},
	{"pasv host distrusted explicitly", `_pasv(False)`},
	{"listing over the peer address", `_listing()`},
	{"parse227 keeps the announced host", `ftplib.parse227("227 Entering Passive Mode (10,9,8,7,4,1)")`},
}

func TestFtplibPasvDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "ftplib_pasv", ftplibPasvPrelude, ftplibPasvCases)
}
