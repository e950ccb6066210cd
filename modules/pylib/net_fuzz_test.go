package pylib_test

import (
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Fuzz tests of the parsers that read untrusted input: URLs and query
// strings (urllib.parse), and a server's response (http.client). Whatever
// the bytes, the result is a value or one of the exceptions CPython
// raises for them, never a Go panic, a hang or another exception.

// urlFuzzScript parses the URL whose UTF-8 bytes are hex-encoded in the
// first line; it prints "ok" or the exception's class.
const urlFuzzScript = `from urllib.parse import *
s = bytes.fromhex(%q).decode('utf-8', 'replace')
try:
    r = urlsplit(s)
    (r.hostname, r.username, r.password, r.geturl())
    try:
        r.port
    except ValueError:
        pass
    urlparse(s).geturl()
    urljoin('http://a/b/c/d;p?q', s)
    urldefrag(s)
    parse_qs(s, keep_blank_values=True)
    parse_qsl(s)
    unquote(s)
    unquote_plus(s)
    unquote_to_bytes(s)
    quote(s)
    quote_plus(s, safe=s[:3])
    urlsplit(s.encode('utf-8', 'replace'))
    print('ok')
except (ValueError, UnicodeError) as e:
    print(type(e).__name__)
`

func FuzzURLParse(f *testing.F) {
	for _, s := range []string{"http://u:p@[::1]:80/a;b?c=d#e", "//x", "a:1", "%", "%zz%4", "http://[", "?a=1&&b", "\x00\t\n", "http://h:99999/", "\u00e9://\u2100"} {
		f.Add(s)
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, s string) {
		out, err := shared.Run(t, fmt.Sprintf(urlFuzzScript, hex.EncodeToString([]byte(s))))
		require.NoError(t, err, "input %q", s)
		require.Regexp(t, `^(ok|ValueError|UnicodeEncodeError|UnicodeDecodeError)\n$`, out, "input %q", s)
	})
}

// responseFuzzScript reads the response whose bytes are hex-encoded in
// the first line, as http.client reads one from a socket.
const responseFuzzScript = `import http.client, io
data = bytes.fromhex(%q)
class Sock:
    def makefile(self, mode):
        return io.BytesIO(data)
for method in ('GET', 'HEAD', 'LINES'):
    r = http.client.HTTPResponse(Sock(), method=method)
    try:
        r.begin()
        r.getheaders()
        if method == 'LINES':
            buf = bytearray(2)
            r.readinto(buf)
            r.read1(2)
            while r.readline(5):
                pass
        else:
            r.read(3)
            r.read()
        print('ok')
    except (http.client.HTTPException, ValueError) as e:
        print(type(e).__name__)
`

func FuzzHTTPResponse(f *testing.F) {
	for _, s := range []string{
		"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
		"HTTP/1.0 100 Continue\r\n\r\nHTTP/1.0 204 X\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nz\r\n",
		"HTTP/1.1 999 A\r\nX: a\r\n b\r\n\r\n",
		"", "HTTP/", "ICY 200 OK\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x\r\nab\nc\r\n 2 \r\nde\r\n0\r\nT: 1\r\n\r\n",
		"HTTP/1.0 200 OK\r\nContent-Length: 4\r\n\r\na\nbcdef",
	} {
		f.Add([]byte(s))
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := shared.Run(t, fmt.Sprintf(responseFuzzScript, hex.EncodeToString(data)))
		require.NoError(t, err, "input %q", data)
		require.Regexp(t, `^((ok|BadStatusLine|RemoteDisconnected|IncompleteRead|LineTooLong|UnknownProtocol|HTTPException|ValueError)\n){3}$`, out, "input %q", data)
	})
}

// headerFuzzScript parses the header block whose bytes are hex-encoded
// in the first line and queries it as HTTP code does.
const headerFuzzScript = `import http.client, io
data = bytes.fromhex(%q)
try:
    m = http.client.parse_headers(io.BytesIO(data))
    (m.items(), m.get_content_type(), m.get_params(), m.get_param('charset'),
     m.get_content_charset(), m.get_filename(), m.get_content_disposition(),
     str(m), m.get_payload(), len(m), list(m))
    for name in m:
        m.get_all(name)
        m.get_params(header=name, unquote=False)
    print('ok')
except http.client.HTTPException as e:
    print(type(e).__name__)
`

func FuzzHTTPHeaders(f *testing.F) {
	for _, s := range []string{
		"Content-Type: text/html; charset=\"a\\\";b\"; x*0=a; x*1*=%41\r\n\r\n",
		"Content-Disposition: attachment; filename*=utf-8''%C3%BC\r\nContent-Type: a/b; name=\"<n>\"\r\n\r\n",
		"From x\r\n folded\r\nA: 1\r\n\tb\r\n:c\r\nnot header\r\n\r\n",
		"A: a\rB: b\nC: c\r\n\n", "", ";;;=\r\n\r\n",
		"Content-Type: ;;\"\r\n\r\n", "Content-Type: a/b; t*=''\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := shared.Run(t, fmt.Sprintf(headerFuzzScript, hex.EncodeToString(data)))
		require.NoError(t, err, "input %q", data)
		require.Regexp(t, `^(ok|LineTooLong|HTTPException)\n$`, out, "input %q", data)
	})
}
