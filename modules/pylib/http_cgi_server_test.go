package pylib_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// http.server.CGIHTTPRequestHandler against CPython 3.6: URL paths made
// canonical (_url_collapse_path), which paths are CGI (is_cgi and
// cgi_info), the 404/403/501 answers for missing, non-file and
// non-executable scripts and for a POST elsewhere, plain files still
// served, and Python scripts run through subprocess (have_fork is false
// here; the CPython run is given the same setting) with their query,
// PATH_INFO and posted body. Each server runs in a thread for one test
// and every socket has a timeout.

const httpCGIPrelude = pytesting.ShowRepr + `import http.client, http.server, os, shutil, tempfile, threading

def _collapse(path):
    return http.server._url_collapse_path(path)

class _Probe(http.server.CGIHTTPRequestHandler):
    def __init__(self, path):
        self.path = path

def _is_cgi(path):
    probe = _Probe(path)
    return probe.is_cgi(), getattr(probe, "cgi_info", None)

class _Quiet(http.server.CGIHTTPRequestHandler):
    have_fork = False
    def log_message(self, *args):
        pass

_SCRIPT = '''import os, sys
print("Content-type: text/plain")
print()
print("method", os.environ["REQUEST_METHOD"])
print("query", repr(os.environ.get("QUERY_STRING")))
print("path_info", repr(os.environ.get("PATH_INFO")))
print("script", os.environ["SCRIPT_NAME"])
print("argv", sys.argv[1:])
n = int(os.environ.get("CONTENT_LENGTH") or 0)
print("body", sys.stdin.read(n) if n else "")
'''

def _serve(requests):
    root = tempfile.mkdtemp()
    os.mkdir(os.path.join(root, "cgi-bin"))
    os.mkdir(os.path.join(root, "cgi-bin", "sub"))
    with open(os.path.join(root, "cgi-bin", "show.py"), "w") as f:
        f.write(_SCRIPT)
    with open(os.path.join(root, "cgi-bin", "sub", "deep.py"), "w") as f:
        f.write(_SCRIPT)
    with open(os.path.join(root, "cgi-bin", "plain.sh"), "w") as f:
        f.write("echo hi\n")
    os.chmod(os.path.join(root, "cgi-bin", "plain.sh"), 0o644)
    with open(os.path.join(root, "hello.txt"), "w") as f:
        f.write("static text\n")
    saved = os.getcwd()
    os.chdir(root)
    server = http.server.HTTPServer(("127.0.0.1", 0), _Quiet)
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    out = []
    try:
        for method, path, body in requests:
            conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
            headers = {"Content-Type": "text/plain"} if body else {}
            conn.request(method, path, body, headers)
            reply = conn.getresponse()
            text = reply.read().decode()
            if reply.status != 200:
                text = text.split("<p>Message: ")[1].split(".</p>")[0]
            out.append((reply.status, reply.reason, text))
            conn.close()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        os.chdir(saved)
        shutil.rmtree(root)
    return out
`

var httpCGICases = []pytesting.Case{
	{"collapse plain", `[_collapse(p) for p in ("/", "/a/b", "/a/b/", "/a/./b", "/a/../b", "//a//b//", "/a/b/..", "/a/b/.")]`},
	{"collapse query", `[_collapse(p) for p in ("/cgi-bin/x.py?a=1/../b", "/x?", "/a/%2E%2E/b", "/cgi-bin/?q")]`},
	{"collapse above root", `_collapse("/../etc/passwd")`},
	{"is_cgi", `[_is_cgi(p) for p in ("/cgi-bin/x.py", "/htbin/a/b?c", "/cgi-bin", "/cgi-binx/y", "/docs/cgi-bin/x", "/a/../cgi-bin/x")]`},
	{"directories", `http.server.CGIHTTPRequestHandler.cgi_directories`},
	{"helpers", `(callable(http.server.nobody_uid), http.server.executable("/bin/sh"), http.server.executable("/etc/hostname"))`},
	{"is_python", `[_Probe("/").is_python(p) for p in ("a.py", "b.PYW", "c.pyc", "d")]`},
	{"GET with query and path info", `_serve([("GET", "/cgi-bin/show.py/extra/path?word", None)])`},
	{"GET with form query", `_serve([("GET", "/cgi-bin/show.py?a=1&b=2", None)])`},
	{"POST body", `_serve([("POST", "/cgi-bin/show.py", "posted data")])`},
	{"script in a subdirectory", `_serve([("GET", "/cgi-bin/sub/deep.py/more", None)])`},
	{"missing script", `_serve([("GET", "/cgi-bin/nosuch.py", None)])`},
	{"directory as script", `_serve([("GET", "/cgi-bin/sub", None)])`},
	{"not executable", `_serve([("GET", "/cgi-bin/plain.sh", None)])`},
	{"POST elsewhere", `_serve([("POST", "/hello.txt", "x")])`},
	{"static file", `_serve([("GET", "/hello.txt", None)])`},
}

// TestHTTPCGIServerDiffCPython36 runs the script with the interpreter's
// binary: the CGI scripts run under sys.executable, which in this test
// process would be the test binary.
func TestHTTPCGIServerDiffCPython36(t *testing.T) {
	src := pytesting.CaseScript(httpCGIPrelude, httpCGICases)
	want := pytesting.CPython36Output(t, "http_cgi_server", src)
	path := filepath.Join(t.TempDir(), "cgi_server.py")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, pytesting.Binary(t), path).CombinedOutput()
	require.NoError(t, err, "output:\n%s", out)
	pytesting.CompareCases(t, httpCGICases, want, string(out))
}
