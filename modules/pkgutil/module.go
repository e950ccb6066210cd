// Package pkgutil registers "_pkgutil", the native half of
// Lib/modules/pkgutil.py: the names of the modules built into the binary
// (the Python ones of Lib/modules and the Go ones), which pkgutil lists as
// importable beside those of sys.path.
package pkgutil

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// knownNames are the top-level module names of CPython 3.6 (and of this
// project's native helpers): a Go module registers under one of them, and
// the registry can only be asked about a name.
const knownNames = `
__future__ _apdecimal _ast _asyncio _bisect _blake2 _bootlocale _bz2 _codecs
_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw
_collections _collections_abc _compat_pickle _compression _crypt _csv
_ctypes _ctypes_test _curses _curses_panel _datetime _decimal _dummy_thread
_elementtree _functools _hashlib _heapq _imp _io _json _locale _lsprof _lzma
_markupbase _md5 _multibytecodec _multiprocessing _opcode _operator
_osx_support _pickle _pkgutil _posixsubprocess _pydecimal _pyio _random
_sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl
_stat _string _strptime _struct _structseq _symtable
_sysconfigdata_m_linux_x86_64-linux-gnu _testbuffer _testcapi
_testimportmultiple _testmultiphase _thread _threading_local _tkinter
_tracemalloc _warnings _weakref _weakrefset abc aifc antigravity argparse
array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii
binhex bisect builtins bz2 cProfile calendar cc cgi cgitb chunk cm cmath cmd
code codecs codeop collections colorsys compileall concurrent configparser
contextlib copy copyreg crypt csv ctypes curses d datetime dbm decimal
difflib dis distutils doctest dummy_threading e e2 email encodings ensurepip
enum errno faulthandler fcntl filecmp fileinput fnmatch formatter fractions
ftplib functools gc genericpath getopt getpass gettext glob grp gzip hashlib
heapq hmac html http idlelib imaplib imghdr imp importlib inspect io
ipaddress itertools json keyword lib2to3 linecache locale logging lzma
macpath macurl2path mailbox mailcap marshal math mimetypes mmap modulefinder
multiprocessing n netrc nis nntplib ntpath nturl2path numbers opcode
operator optparse os ossaudiodev parser pathlib pdb pickle pickletools pipes
pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty
pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re
readline reprlib resource rlcompleter runpy sched secrets select selectors
shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver sp
spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string
stringprep struct structseq subprocess sunau symbol symtable sys sysconfig
syslog tabnanny tarfile telnetlib tempfile termios test textwrap this
threading time timeit tkinter token tokenize trace traceback tracemalloc tty
turtle turtledemo types typing unicodedata unittest urllib uu uuid venv w
warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc xxlimited
xxsubtype zipapp zipfile zipimport zlib
`

// embedded returns every registered module name that modules lists or
// knownNames holds, and whether each is a package.
func embedded() map[string]bool {
	out := map[string]bool{}
	candidates := strings.Fields(knownNames)
	_ = fs.WalkDir(lib.Modules, "modules", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(p, "modules/"), ".py")
		rel = strings.TrimSuffix(rel, "/__init__")
		candidates = append(candidates, strings.ReplaceAll(rel, "/", "."))
		return nil
	})
	for _, name := range candidates {
		impl := py.GetModuleImpl(name)
		if impl == nil {
			continue
		}
		_, pkg := impl.Globals["__path__"]
		out[name] = pkg
	}
	return out
}

func pkgutilEmbedded(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("embedded() takes no arguments (%d given)", len(args))
	}
	found := embedded()
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.Tuple{py.String(n), py.NewBool(found[n])}
	}
	return py.NewListFromItems(items), nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name:     "_pkgutil",
			Doc:      "The modules built into the interpreter, for pkgutil.",
			FileDesc: "<_pkgutil>",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("embedded", pkgutilEmbedded, 0,
				"embedded() -> list of (name, ispkg)\n\nEvery module built into the binary, sorted by name; ispkg tells packages."),
		},
	})
}
