package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of mimetypes against CPython 3.6, which reads this
// machine's /etc/mime.types (knownfiles) as the binary does.

const mimetypesPrelude = pytesting.ShowRepr + `import mimetypes as m, os, tempfile
D = tempfile.mkdtemp(prefix='mimet')
F = os.path.join(D, 'my.types')
with open(F, 'w') as f:
    f.write('# a comment line\napplication/x-mine  mine  mi2 # trailing comment\n\n  text/x-blank\ntext/x-over txt\nimage/x-hash #nothing here\nA/B c#d e\n')
def em(f):
    try:
        f()
    except OSError as e:
        return (type(e).__name__, e.errno, e.filename[len(D):])
fresh = (m.inited, len(m.types_map), len(m.common_types), m._db)
`

var mimetypesCases = []pytesting.Case{
	{"before init", `fresh`},
	{"names", `sorted(n for n in dir(m) if not n.startswith('_'))`},
	{"all", `m.__all__`},
	{"knownfiles", `m.knownfiles`},
	{"maps", `(m.suffix_map, m.encodings_map, m.common_types)`},
	{"guess_type basic", `[m.guess_type(n) for n in ('a.html', 'a.HTML', 'b.txt', 'c.py', 'photo.jpeg', 'x.json', 'noext', '', '.bashrc', 'dir.d/file')]`},
	{"guess_type encodings", `[m.guess_type(n) for n in ('a.tar.gz', 'a.tgz', 'a.svgz', 'a.txz', 'a.tbz2', 'a.gz', 'a.Z', 'a.tar.bz2', 'a.xz', 'a.GZ')]`},
	{"guess_type urls", `[m.guess_type(u) for u in ('http://example.com/a/b.png', 'http://example.com/', 'file:///tmp/x.pdf', 'http://h/p.css?x=1', 'HTTP://H/a.JS')]`},
	{"guess_type data urls", `[m.guess_type(u) for u in ('data:text/html,<b>', 'data:image/png;base64,AAA', 'data:,x', 'data:foo,x', 'data:a=b/c,x', 'data:nocomma', 'DATA:text/x,1', 'data:;base64,xx')]`},
	{"guess_type strict", `[(m.guess_type(n), m.guess_type(n, strict=False)) for n in ('a.jpg', 'a.rtf', 'a.mid', 'a.xul', 'a.pict', 'a.PICT')]`},
	{"guess_type not str", `m.guess_type(5)`},
	{"guess_type None", `m.guess_type(None)`},
	{"guess_extension", `[m.guess_extension(t) for t in ('text/plain', 'image/jpeg', 'text/html', 'application/json', 'TEXT/HTML', 'application/x-nothing', 'image/png', 'application/octet-stream', 'audio/mpeg', 'video/mp4')]`},
	{"guess_extension non-strict", `[m.guess_extension(t, strict=False) for t in ('image/jpg', 'audio/midi', 'text/xul', 'application/rtf')]`},
	{"guess_all_extensions", `[sorted(m.guess_all_extensions(t)) for t in ('text/plain', 'image/jpeg', 'application/javascript', 'application/x-none')]`},
	{"guess_all_extensions order", `(m.guess_all_extensions('image/jpeg'), m.guess_all_extensions('text/html'), m.guess_all_extensions('application/xml'))`},
	{"guess_extension not str", `m.guess_extension(None)`},
	{"tables after init", `(m.inited, len(m.types_map), len(m.common_types), m.types_map['.html'], m.types_map is m._db.types_map[True], m.common_types is m._db.types_map[False])`},
	{"table checksum", `sorted(m.types_map.items())[:3] + sorted(m.types_map.items())[-3:] + [sum(len(k) + len(v) for k, v in m.types_map.items())]`},
	{"add_type", `(m.add_type('application/x-zz', '.zz'), m.guess_type('f.zz'), m.guess_extension('application/x-zz'), m.types_map.get('.zz'))`},
	{"add_type non-strict", `(m.add_type('application/x-yy', '.yy', False), m.guess_type('f.yy'), m.guess_type('f.yy', False), m.guess_all_extensions('application/x-yy', False))`},
	{"add_type upper type", `(m.add_type('Application/X-Up', '.up'), m.guess_type('a.up'), m.guess_all_extensions('application/x-up'), m.guess_all_extensions('Application/X-Up'))`},
	{"add_type override", `(m.add_type('text/x-mypy', '.py'), m.guess_type('x.py'), m.guess_all_extensions('text/x-python'))`},
	{"MimeTypes fresh", `(lambda db: (db.guess_type('a.zz'), db.guess_type('a.py'), len(db.types_map[True]) == len(m.types_map), db.encodings_map == m.encodings_map, db.suffix_map is m.suffix_map))(m.MimeTypes())`},
	{"MimeTypes with file", `(lambda db: (db.guess_type('a.mine'), db.guess_type('a.MI2'), db.guess_type('a.txt'), db.guess_extension('application/x-mine'), db.guess_all_extensions('a/b'), db.guess_type('x.c#d'), db.guess_type('x.e')))(m.MimeTypes([F]))`},
	{"MimeTypes non-strict file", `(lambda db: (db.guess_type('a.mine'), db.guess_type('a.mine', False), db.types_map_inv[False].get('application/x-mine')))(m.MimeTypes([F], strict=False))`},
	{"MimeTypes missing file", `em(lambda: m.MimeTypes([os.path.join(D, 'none')]))`},
	{"MimeTypes read readfp", `(lambda db: (db.read(F), db.readfp(open(F)), db.guess_extension('text/x-over')))(m.MimeTypes())`},
	{"MimeTypes methods", `sorted(n for n in dir(m.MimeTypes) if not n.startswith('_'))`},
	{"read_mime_types", `(lambda t: (type(t).__name__, t['.mine'], t['.mi2'], t['.txt'], '.html' in t, '.e' in t))(m.read_mime_types(F))`},
	{"read_mime_types missing", `m.read_mime_types(os.path.join(D, 'none'))`},
	{"read_mime_types directory", `m.read_mime_types(D)`},
	{"init with files", `(m.init([F]), m.guess_type('a.mine'), m.guess_type('a.zz'), m.inited, '.mine' in m.types_map)`},
	{"init empty", `(m.init([]), m.guess_type('a.mine'), m.guess_type('a.html'), len(m.types_map))`},
	{"init default", `(m.init(), m.guess_type('a.mine'), len(m.types_map) > 1000)`},
	{"guess_all_extensions non-strict leak", `(m.guess_all_extensions('image/jpeg', strict=False), m.guess_all_extensions('image/jpeg'))`},
	{"cleanup", `(__import__('shutil').rmtree(D), 'ok')[1]`},
}

// TestMimetypes compares mimetypes with CPython 3.6's on this machine's
// mime.types.
func TestMimetypes(t *testing.T) {
	pytesting.DiffCases(t, "mimetypes", mimetypesPrelude, mimetypesCases)
}
