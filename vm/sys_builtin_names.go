package vm

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// StdlibModuleNames are the top-level module names of CPython 3.6's
// library (and of this project's native helpers), separated by white
// space. gpython's registry of compiled-in modules can only be asked
// about a name, never listed: these are the names worth asking about.
const StdlibModuleNames = `
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

// builtinModuleNames is sys.builtin_module_names, sorted: the modules
// compiled into the binary that have no Python code of their own (the Go
// ones, as CPython's are the C ones it links in: gc, math, _socket,
// _ssl...), with CPython's own built-in modules among them. A module of
// the library written in Python (os, json, ssl.py over _ssl) is not one,
// as CPython's source modules are not.
func builtinModuleNames() py.Tuple {
	var names []string
	for _, name := range strings.Fields(StdlibModuleNames) {
		impl := py.GetModuleImpl(name)
		if impl == nil {
			continue
		}
		if interpreterBuiltins[name] || (impl.Code == nil && impl.CodeSrc == "" && len(impl.CodeBuf) == 0) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	out := make(py.Tuple, len(names))
	for i, n := range names {
		out[i] = py.String(n)
	}
	return out
}
