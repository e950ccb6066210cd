"""Where Python 2 kept the modules and globals that Python 3 renamed.

pickle consults these tables when fix_imports is on and the protocol is
below 3: Unpickler.find_class reads Python 2 names through IMPORT_MAPPING
and NAME_MAPPING, Pickler writes Python 3 names through
REVERSE_IMPORT_MAPPING and REVERSE_NAME_MAPPING.  The contents are those of
CPython 3.6.
"""

# One rename a line: "<python 2 name> <way> <python 3 name>".  The way is
# "=" when both directions use the pair, ">" when only reading Python 2 data
# does, "<" when only writing for Python 2 does.
_MODULE_RENAMES = """
    __builtin__ = builtins          copy_reg = copyreg
    Queue = queue                   SocketServer = socketserver
    ConfigParser = configparser     repr = reprlib
    _abcoll = collections.abc       _winreg = winreg
    thread = _thread                dummy_thread = _dummy_thread
    httplib = http.client           urllib2 = urllib.request
    urlparse = urllib.parse         HTMLParser = html.parser
    htmlentitydefs = html.entities  Cookie = http.cookies
    cookielib = http.cookiejar      BaseHTTPServer = http.server
    xmlrpclib = xmlrpc.client       SimpleXMLRPCServer = xmlrpc.server
    commands = subprocess           markupbase = _markupbase
    anydbm = dbm                    dbm = dbm.ndbm
    dbhash = dbm.bsd                dumbdbm = dbm.dumb
    gdbm = dbm.gnu                  robotparser = urllib.robotparser
    test.test_support = test.support
    Tkinter = tkinter               Tkconstants = tkinter.constants
    Tix = tkinter.tix               ttk = tkinter.ttk
    Dialog = tkinter.dialog         Tkdnd = tkinter.dnd
    ScrolledText = tkinter.scrolledtext
    tkColorChooser = tkinter.colorchooser
    tkCommonDialog = tkinter.commondialog
    tkFileDialog = tkinter.filedialog
    tkFont = tkinter.font           tkMessageBox = tkinter.messagebox
    tkSimpleDialog = tkinter.simpledialog
    cPickle > pickle                cStringIO > io
    StringIO > io                   UserDict > collections
    UserList > collections          UserString > collections
    whichdb > dbm                   _elementtree > xml.etree.ElementTree
    CGIHTTPServer > http.server     SimpleHTTPServer > http.server
    DocXMLRPCServer > xmlrpc.server FileDialog > tkinter.filedialog
    SimpleDialog > tkinter.simpledialog
    pickle < _pickle                functools < _functools
    bz2 < _bz2                      dbm < _dbm
    gdbm < _gdbm
"""

# The same for globals, written module.name on both sides.
_GLOBAL_RENAMES = """
    __builtin__.xrange = builtins.range
    __builtin__.reduce = functools.reduce
    __builtin__.intern = sys.intern
    __builtin__.unichr = builtins.chr
    __builtin__.unicode = builtins.str
    __builtin__.long = builtins.int
    __builtin__.basestring > builtins.str
    __builtin__.reduce < _functools.reduce
    itertools.izip = builtins.zip
    itertools.imap = builtins.map
    itertools.ifilter = builtins.filter
    itertools.ifilterfalse = itertools.filterfalse
    itertools.izip_longest = itertools.zip_longest
    UserDict.IterableUserDict = collections.UserDict
    UserDict.UserDict > collections.UserDict
    UserList.UserList = collections.UserList
    UserString.UserString = collections.UserString
    whichdb.whichdb = dbm.whichdb
    _socket.fromfd = socket.fromfd
    socket._socketobject > socket.SocketType
    socket._socketobject < _socket.socket
    _multiprocessing.Connection = multiprocessing.connection.Connection
    multiprocessing.process.Process = multiprocessing.context.Process
    multiprocessing.forking.Popen = multiprocessing.popen_fork.Popen
    urllib.ContentTooShortError = urllib.error.ContentTooShortError
    urllib.getproxies = urllib.request.getproxies
    urllib.pathname2url = urllib.request.pathname2url
    urllib.quote_plus = urllib.parse.quote_plus
    urllib.quote = urllib.parse.quote
    urllib.unquote_plus = urllib.parse.unquote_plus
    urllib.unquote = urllib.parse.unquote
    urllib.url2pathname = urllib.request.url2pathname
    urllib.urlcleanup = urllib.request.urlcleanup
    urllib.urlencode = urllib.parse.urlencode
    urllib.urlopen = urllib.request.urlopen
    urllib.urlretrieve = urllib.request.urlretrieve
    urllib2.HTTPError = urllib.error.HTTPError
    urllib2.URLError = urllib.error.URLError
    exceptions.StandardError > builtins.Exception
    SimpleHTTPServer.SimpleHTTPRequestHandler < http.server.SimpleHTTPRequestHandler
    CGIHTTPServer.CGIHTTPRequestHandler < http.server.CGIHTTPRequestHandler
    FileDialog.FileDialog < tkinter.filedialog.FileDialog
    FileDialog.LoadFileDialog < tkinter.filedialog.LoadFileDialog
    FileDialog.SaveFileDialog < tkinter.filedialog.SaveFileDialog
    SimpleDialog.SimpleDialog < tkinter.simpledialog.SimpleDialog
    DocXMLRPCServer.ServerHTMLDoc < xmlrpc.server.ServerHTMLDoc
    DocXMLRPCServer.XMLRPCDocGenerator < xmlrpc.server.XMLRPCDocGenerator
    DocXMLRPCServer.DocXMLRPCRequestHandler < xmlrpc.server.DocXMLRPCRequestHandler
    DocXMLRPCServer.DocXMLRPCServer < xmlrpc.server.DocXMLRPCServer
    DocXMLRPCServer.DocCGIXMLRPCRequestHandler < xmlrpc.server.DocCGIXMLRPCRequestHandler
"""

# Python 2's exceptions module held every built-in exception.
PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
    "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning",
    "ReferenceError", "RuntimeError", "RuntimeWarning", "StopIteration",
    "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError",
)

# multiprocessing's own exceptions moved to multiprocessing.context.
MULTIPROCESSING_EXCEPTIONS = (
    "AuthenticationError", "BufferTooShort", "ProcessError", "TimeoutError",
)

# Python 3 exceptions Python 2 had only as a general one.
PYTHON3_OSERROR_EXCEPTIONS = (
    "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError",
    "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError",
)
PYTHON3_IMPORTERROR_EXCEPTIONS = ("ModuleNotFoundError",)


def _renames(table, split):
    """Yield (old, way, new) for each rename of a table above."""
    words = table.split()
    for at in range(0, len(words), 3):
        old, way, new = words[at:at + 3]
        yield split(old), way, split(new)


def _as_global(dotted):
    module, _, name = dotted.rpartition(".")
    return (module, name)


def _fill(table, split, forward, backward):
    for old, way, new in _renames(table, split):
        if way != "<":
            forward[old] = new
        if way != ">":
            backward[new] = old


IMPORT_MAPPING = {}
REVERSE_IMPORT_MAPPING = {}
NAME_MAPPING = {}
REVERSE_NAME_MAPPING = {}
_fill(_MODULE_RENAMES, str, IMPORT_MAPPING, REVERSE_IMPORT_MAPPING)
_fill(_GLOBAL_RENAMES, _as_global, NAME_MAPPING, REVERSE_NAME_MAPPING)

for _exc in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _exc)] = ("builtins", _exc)
    REVERSE_NAME_MAPPING[("builtins", _exc)] = ("exceptions", _exc)
for _exc in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _exc)] = ("multiprocessing.context", _exc)
    REVERSE_NAME_MAPPING[("multiprocessing.context", _exc)] = (
        "multiprocessing", _exc)
for _exc in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _exc)] = ("exceptions", "OSError")
for _exc in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _exc)] = ("exceptions", "ImportError")
del _exc
