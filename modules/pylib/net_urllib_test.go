package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// urllibPrelude imports urllib.parse for the cases below.
const urllibPrelude = pytesting.ShowRepr + `from urllib.parse import *
import urllib.parse
def attrs(r):
    out = []
    for a in ('username', 'password', 'hostname', 'port'):
        try:
            out.append(getattr(r, a))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out
`

var urllibParseCases = []pytesting.Case{
	{"urlparse_full", `urlparse('http://user:pw@Host.Example:8080/a/b;p?q=1&r=2#frag')`},
	{"urlparse_attrs", `attrs(urlparse('http://user:pw@Host.Example:8080/a/b;p?q=1#frag'))`},
	{"urlparse_upper_scheme", `urlparse('HTTPS://EXAMPLE.com/X')`},
	{"urlparse_ipv6", `attrs(urlparse('http://[::1]:80/'))`},
	{"urlparse_ipv6_zone", `urlparse('http://[FE80::1%Eth0]:8/').hostname`},
	{"urlparse_ipv6_invalid", `urlparse('http://[::1/')`},
	{"urlparse_ipv6_invalid2", `urlsplit('http://::1]/')`},
	{"urlparse_no_scheme", `urlparse('//host/path')`},
	{"urlparse_relative", `urlparse('a/b?c#d')`},
	{"urlparse_default_scheme", `urlparse('a/b', scheme='ftp')`},
	{"urlparse_no_fragments", `urlparse('http://h/p#x', allow_fragments=False)`},
	{"urlparse_mailto", `urlparse('mailto:someone@example.com')`},
	{"urlparse_port_like", `urlparse('path:80')`},
	{"urlparse_http_port_like", `urlparse('http:80')`},
	{"urlparse_params_scheme", `[urlparse('ftp://h/a;type=i'), urlparse('git://h/a;x')]`},
	{"urlparse_params_in_dir", `urlparse('http://h/a;x/b;y')`},
	{"urlparse_bytes", `urlparse(b'http://h/p;a?q#f')`},
	{"urlparse_bytes_attrs", `attrs(urlparse(b'http://u:p@H:1/'))`},
	{"urlparse_mixed", `urlparse(b'http://h/', 'http')`},
	{"urlparse_tabs", `urlsplit('ht\ttp://h\nost/p\ra')`},
	{"urlsplit_full", `urlsplit('https://h:443/p?q#f')`},
	{"urlsplit_geturl", `urlsplit('HTTP://h/p?#').geturl()`},
	{"urlsplit_port_empty", `urlsplit('http://h:/').port`},
	{"urlsplit_port_range", `urlsplit('http://h:65536/').port`},
	{"urlsplit_port_bad", `urlsplit('http://h:abc/').port`},
	{"urlsplit_port_zero", `urlsplit('http://h:0/').port`},
	{"urlsplit_user_only", `attrs(urlsplit('ftp://anon@h/'))`},
	{"urlsplit_empty_password", `attrs(urlsplit('ftp://u:@h/'))`},
	{"urlsplit_no_host", `attrs(urlsplit('file:///etc/passwd'))`},
	{"urlsplit_fields", `(lambda r: (r.scheme, r.netloc, r.path, r.query, r.fragment, r[0], len(r)))(urlsplit('a://b/c?d#e'))`},
	{"urlsplit_replace", `urlsplit('http://h/p')._replace(path='/x').geturl()`},
	{"urlsplit_encode", `urlsplit('http://h/p').encode()`},
	{"urlsplit_decode", `urlsplit(b'http://h/p').decode('ascii')`},
	{"urlsplit_bad_type", `urlsplit(5)`},
	{"urlunsplit_basic", `urlunsplit(('http', 'h', 'p', 'q', 'f'))`},
	{"urlunsplit_no_netloc", `[urlunsplit(('http', '', '/p', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')), urlunsplit(('', '', 'p', 'q', ''))]`},
	{"urlunsplit_bytes", `urlunsplit((b'http', b'h', b'/p', b'', b''))`},
	{"urlunsplit_mixed", `urlunsplit(('http', b'h', '', '', ''))`},
	{"urlunparse_params", `urlunparse(('http', 'h', '/p', 'a=1', 'q', 'f'))`},
	{"urlunparse_list", `urlunparse(['https', 'h:1', '', '', '', ''])`},
	{"urljoin_rfc_normal", `[urljoin('http://a/b/c/d;p?q', x) for x in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g']]`},
	{"urljoin_rfc_abnormal", `[urljoin('http://a/b/c/d;p?q', x) for x in ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g']]`},
	{"urljoin_empty", `[urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('http://h/a/', 'b//c')]`},
	{"urljoin_other_scheme", `[urljoin('http://h/a', 'https://o/b'), urljoin('mailto:x', 'y'), urljoin('http://h', 'p')]`},
	{"urljoin_bytes", `urljoin(b'http://h/a/b', b'../c')`},
	{"urljoin_mixed", `urljoin('http://h/', b'x')`},
	{"urldefrag", `[urldefrag('http://h/p?q#f'), urldefrag('http://h/p'), urldefrag(b'/a#b')]`},
	{"urldefrag_geturl", `[urldefrag('http://h/p#f').geturl(), urldefrag('x').geturl()]`},
	{"quote_basic", `[quote('abc def'), quote('/a b/c'), quote('a&b=c', safe=''), quote('~._-')]`},
	{"quote_unicode", `[quote('\u00fc\u20ac'), quote('\u00fc', encoding='latin-1'), quote('\u20ac', encoding='ascii', errors='replace')]`},
	{"quote_unicode_error", `quote('\u20ac', encoding='ascii')`},
	{"quote_bytes", `[quote(b'a b\xff'), quote(b'/x', safe=b'')]`},
	{"quote_bytes_encoding", `quote(b'x', encoding='utf-8')`},
	{"quote_bytes_errors", `quote(b'x', errors='strict')`},
	{"quote_empty", `[quote(''), quote(b''), quote_plus('')]`},
	{"quote_safe_nonascii", `quote('a\u00e9/', safe='\u00e9')`},
	{"quote_all_bytes", `quote(bytes(range(256)))`},
	{"quote_not_str", `quote(5)`},
	{"quote_plus", `[quote_plus('a b+c/d'), quote_plus('a b', safe='+'), quote_plus(b'x y'), quote_plus('nospace')]`},
	{"quote_from_bytes", `[quote_from_bytes(b'abc def\x3f'), quote_from_bytes(bytearray(b'a/b'), '')]`},
	{"quote_from_bytes_str", `quote_from_bytes('abc')`},
	{"unquote_basic", `[unquote('abc%20def'), unquote('%41%4a%4B'), unquote('%'), unquote('%2'), unquote('%zz%41'), unquote('no escapes')]`},
	{"unquote_utf8", `[unquote('%C3%BC'), unquote('%FF'), unquote('%FF', errors='ignore'), unquote('%E9', encoding='latin-1'), unquote('\u00fc%20x')]`},
	{"unquote_none_args", `unquote('%C3%BC', encoding=None, errors=None)`},
	{"unquote_bytes", `unquote(b'a%20b')`},
	{"unquote_not_str", `unquote(None)`},
	{"unquote_plus", `[unquote_plus('%7e/abc+def'), unquote_plus('a+%2B')]`},
	{"unquote_to_bytes", `[unquote_to_bytes('abc%20def'), unquote_to_bytes(b'%ff%0'), unquote_to_bytes(''), unquote_to_bytes('\u00fc%41'), unquote_to_bytes(b'plain')]`},
	{"unquote_to_bytes_none", `unquote_to_bytes(None)`},
	{"urlencode_dict", `urlencode({'a': 1, 'b': 'x y', 'c': b'\xff', b'd': 'e&f'})`},
	{"urlencode_pairs", `urlencode([('a', '1'), ('a', '2'), ('\u00fc', '\u00e9')])`},
	{"urlencode_doseq", `[urlencode({'a': [1, 2], 'b': 'xy', 'c': (b'z', 3), 'd': 5}, doseq=True), urlencode({'a': [1, 2]})]`},
	{"urlencode_safe", `urlencode({'p': '/a b'}, safe='/')`},
	{"urlencode_quote_via", `urlencode({'p': '/a b'}, quote_via=quote)`},
	{"urlencode_encoding", `urlencode({'k': '\u00e9'}, encoding='latin-1')`},
	{"urlencode_bad", `urlencode('abc')`},
	{"urlencode_bad_list", `urlencode([1, 2])`},
	{"urlencode_empty", `[urlencode([]), urlencode({}), urlencode('')]`},
	{"parse_qs", `parse_qs('a=1&a=2&b=x+y&c=%C3%BC&d=&e')`},
	{"parse_qs_blank", `parse_qs('a=1&b=&c', keep_blank_values=True)`},
	{"parse_qs_bytes", `parse_qs(b'a=1&b=%20')`},
	{"parse_qsl", `parse_qsl('a=1&&b=2=3&c+d=e+f')`},
	{"parse_qsl_strict", `parse_qsl('a=1&b', strict_parsing=True)`},
	{"parse_qsl_strict_empty", `parse_qsl('a=1&&b=2', strict_parsing=True)`},
	{"parse_qsl_semicolon", `[parse_qsl('a=1;b=2'), parse_qsl('a=1;b=2', separator=';')]`},
	{"parse_qsl_bad_separator", `parse_qsl('a=1', separator=None)`},
	{"parse_qsl_max_fields", `parse_qsl('a=1&b=2&c=3', max_num_fields=2)`},
	{"parse_qsl_max_fields_ok", `parse_qsl('a=1&b=2', max_num_fields=2)`},
	{"parse_qsl_encoding", `parse_qsl('k=%E9', encoding='latin-1')`},
	{"parse_qsl_blank_bytes", `parse_qsl(b'a&b=', keep_blank_values=True)`},
	{"result_types", `[type(urlparse('x')).__name__, type(urlsplit(b'x')).__name__, type(urldefrag('x#y')).__name__, isinstance(urlsplit('x'), tuple)]`},
	{"result_eq_tuple", `urlsplit('a://b/c') == ('a', 'b', '/c', '', '')`},
	{"result_construct", `SplitResult('http', 'h', '/', '', '').geturl()`},
	{"result_defrag_bytes", `DefragResultBytes(b'u', b'f').geturl()`},
	{"legacy_helpers", `[urllib.parse.splittype('HTTP://x'), urllib.parse.splituser('u:p@h'), urllib.parse.splitpasswd('u:p'), urllib.parse.splitquery('/p?q'), urllib.parse.splittag('/p#t'), urllib.parse.splitattr('/p;a=1;b'), urllib.parse.splitvalue('a=1'), urllib.parse.unwrap('<URL:http://x>')]`},
	{"schemes", `[len(urllib.parse.uses_netloc), 'https' in urllib.parse.uses_relative, urllib.parse.scheme_chars[-4:]]`},
	{"all", `sorted(urllib.parse.__all__)`},
	{"splithost", `[urllib.parse.splithost(a) for a in ['//h/p', '//h', '/p', '//h:1/p?q', '//h?q', '//h#f', '//', 'http://x']]`},
	{"splitport", `[urllib.parse.splitport(a) for a in ['h:80', 'h:', 'h:x', '[::1]:80', 'h', 'h:80:90', ':80']]`},
	{"splitnport", `[(urllib.parse.splitnport(a), urllib.parse.splitnport(a, 5)) for a in ['h:80', 'h:', 'h:x', 'h', ':80']]`},
}

func TestURLLibParse(t *testing.T) {
	pytesting.DiffCases(t, "urllib_parse", urllibPrelude, urllibParseCases)
}
