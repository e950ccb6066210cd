package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Fuzz tests of the parsers of untrusted input among the net2 modules:
// cgi's multipart reading (FieldStorage and parse_multipart) and
// http.cookiejar's header and date parsers, cookie extraction and its
// two file formats. Each input is also tried truncated. Whatever the
// bytes, the result is a value or a Python exception of the kinds
// CPython raises for bad input, never a Go panic or a hang.

const cgiFuzzSource = `import cgi, io
def check(s):
    raw = s.encode("utf-8", "surrogateescape")
    seen = []
    for data in (raw, raw[:len(raw) // 2], raw[:-1]):
        for body in (data, b"--FZ\r\n" + data, b"--FZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + data):
            for length in (None, str(len(body)), "3"):
                env = {"REQUEST_METHOD": "POST", "CONTENT_TYPE": "multipart/form-data; boundary=FZ"}
                if length is not None:
                    env["CONTENT_LENGTH"] = length
                try:
                    fs = cgi.FieldStorage(fp=io.BytesIO(body), environ=env, max_num_fields=50)
                    for key in fs.keys():
                        fs.getlist(key)
                    repr(fs)
                    seen.append("ok")
                except ValueError as e:
                    seen.append(type(e).__name__)
            try:
                cgi.parse_multipart(io.BytesIO(body), {"boundary": b"FZ"})
                seen.append("ok")
            except ValueError as e:
                seen.append(type(e).__name__)
        cgi.parse_header(data.decode("latin-1"))
    return " ".join(sorted(set(seen)))
`

func FuzzNet2CGIMultipart(f *testing.F) {
	for _, s := range []string{
		"", "--FZ--\r\n", "--FZ\r\n\r\nbody\r\n--FZ--",
		"Content-Disposition: form-data; name=\"x\"; filename=\"f\"\r\nContent-Type: multipart/mixed; boundary=IN\r\n\r\n--IN\r\n\r\nz\r\n--IN--\r\n--FZ--\r\n",
		"\r\n--FZ\r\nContent-Length: 5\r\nContent-Disposition: form-data; name=b\r\n\r\nabc\r\n--FZ--",
		"Content-Type: multipart/x; boundary=\"bad boundary \"\r\n\r\n--FZ\r",
		"--FZ\r\n--FZ\r\n--FZ\r\n\r\n\r\n\r\n--FZ--\r\n", "\x00\xff\r\r\n\n--",
		"Content-Disposition: form-data; name=\"q\"\r\n\r\n" + string(make([]byte, 1200)) + "\r\n--FZ--",
	} {
		f.Add(s)
	}
	fn := pytesting.FuzzFunc(f, cgiFuzzSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, fn, s)
		if !called {
			return
		}
		require.NoError(t, err, "input %q", s)
		require.Regexp(t, `^(ok|ValueError)( (ok|ValueError))*$`, string(res.(py.String)), "input %q", s)
	})
}

const cookieFuzzSource = `import http.cookiejar as cj, email, io, os, tempfile, urllib.request, warnings
warnings.simplefilter("ignore")
D = tempfile.mkdtemp(prefix="cjfuzz-")
class Response:
    def __init__(self, text):
        self.msg = email.message_from_string(text)
    def info(self):
        return self.msg
def check(s):
    seen = []
    for text in (s, s[:len(s) // 2], s[:-1]):
        cj.split_header_words([text])
        cj.join_header_words(cj.split_header_words([text]))
        cj.parse_ns_headers([text])
        for date in (text, text.strip()):
            cj.http2time(date)
            try:
                cj.iso2time(date)
            except ValueError:
                seen.append("ValueError")
        jar = cj.CookieJar(cj.DefaultCookiePolicy(rfc2965=True))
        req = urllib.request.Request("http://www.example.com:8080/a/b?c")
        headers = "".join("%s: %s\n" % (h, text.replace("\n", " ").replace("\r", " ")) for h in ("Set-Cookie", "Set-Cookie2"))
        jar.extract_cookies(Response(headers), req)
        later = urllib.request.Request("http://www.example.com:8080/a/b/c")
        jar.add_cookie_header(later)
        repr(jar)
        for kind, magic in ((cj.LWPCookieJar, "#LWP-Cookies-2.0\n"), (cj.MozillaCookieJar, "# Netscape HTTP Cookie File\n")):
            path = os.path.join(D, "f")
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(magic + text)
            fj = kind()
            try:
                fj.load(path, ignore_discard=True, ignore_expires=True)
                fj.save(path, ignore_discard=True, ignore_expires=True)
                seen.append("ok")
            except cj.LoadError:
                seen.append("LoadError")
            except UnicodeError:
                seen.append("UnicodeError")
    return " ".join(sorted(set(seen)))
`

func FuzzNet2CookieParsers(f *testing.F) {
	for _, s := range []string{
		"", "a=b", "a=\"b\\\"c\"; Path=/; Domain=.example.com; Max-Age=60, d=e; Version=1; Port=\"80,8080\"",
		"sid=1; expires=Wed, 09 Feb 1994 22:23:32 GMT; secure; httponly",
		"x=y; max-age=abc; domain", "=; ;;, ,= \"", "Wed, 09 Feb 1994 22:23:32 GMT",
		"1994-02-03 14:15:29 -0100", "1994-02-03T14:15:29.5Z", "09-Feb-94 22:23:32 GMT (PST)",
		"Set-Cookie3: a=b; path=\"/\"; domain=\".x.com\"; expires=\"2030-01-01 00:00:00Z\"; version=0",
		".x.com\tTRUE\t/\tFALSE\t2000000000\tn\tv\nbad line\n", "www.x.com\tFALSE\t/\tFALSE\t\t\tonly\n",
		"\x00\xff\t\t\t\t\t\t\n", "a=b; expires=Tue, 31 Dec 99999 23:59:59 GMT",
	} {
		f.Add(s)
	}
	fn := pytesting.FuzzFunc(f, cookieFuzzSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, fn, s)
		if !called {
			return
		}
		require.NoError(t, err, "input %q", s)
		require.Regexp(t, `^((ok|LoadError|ValueError|UnicodeError) ?)*$`, string(res.(py.String)), "input %q", s)
	})
}
