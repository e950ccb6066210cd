# The sys module a script uses, attribute by attribute (issue 17: sys
# complete), compared with CPython 3.6.
import sys, io

def case(name, f):
    try:
        r = f()
    except BaseException as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(name, repr(r))

case("argv", lambda: (type(sys.argv).__name__, sys.argv[0].endswith("sys_module.py"), len(sys.argv)))
case("path", lambda: (type(sys.path).__name__, all(isinstance(p, str) for p in sys.path)))
case("modules", lambda: (type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules))
case("modules main", lambda: sys.modules["__main__"].__name__)
case("version_info", lambda: (sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 6), sys.version_info < (3, 7)))
case("version_info repr", lambda: repr(sys.version_info)[:40])
case("version", lambda: sys.version.startswith("3.6"))
case("hexversion", lambda: hex(sys.hexversion)[:5])
case("maxsize", lambda: (sys.maxsize, sys.maxsize == 2**63 - 1))
case("maxunicode", lambda: sys.maxunicode)
case("byteorder", lambda: sys.byteorder)
case("platform", lambda: sys.platform)
case("implementation", lambda: (sys.implementation.name, sys.implementation.version[:2]))
case("flags", lambda: (sys.flags.optimize, sys.flags.verbose, sys.flags.ignore_environment, type(sys.flags.debug).__name__))
case("int_info", lambda: (sys.int_info, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, type(sys.int_info).__name__, len(sys.int_info)))
case("float_info", lambda: (sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig))
case("hash_info", lambda: (sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf))
case("getrecursionlimit", lambda: sys.getrecursionlimit())
case("setrecursionlimit", lambda: (sys.setrecursionlimit(2000), sys.getrecursionlimit(), sys.setrecursionlimit(1000))[1])
case("setrecursionlimit bad", lambda: sys.setrecursionlimit(0))
case("setrecursionlimit float", lambda: sys.setrecursionlimit(1.5))
case("getdefaultencoding", lambda: sys.getdefaultencoding())
case("getfilesystemencoding", lambda: sys.getfilesystemencoding())

def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        t, v, tb = sys.exc_info()
        return (t.__name__, repr(v), type(tb).__name__)
case("exc_info in handler", in_handler)
case("exc_info outside", lambda: sys.exc_info())
case("exit", lambda: sys.exit())
case("exit code", lambda: sys.exit(3))
case("exit message", lambda: sys.exit("bye"))
case("exit args", lambda: (lambda e: (e.code, e.args))(catch_exit(lambda: sys.exit(5))))

def catch_exit(f):
    try:
        f()
    except SystemExit as e:
        return e

case("stdout write", lambda: sys.stdout.write("written\n"))
case("stderr name", lambda: sys.stderr.name if hasattr(sys.stderr, "name") else None)
case("stdout redirect", lambda: redirect())

def redirect():
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        print("captured", 1)
    finally:
        sys.stdout = old
    return buf.getvalue()

case("getframe", lambda: sys._getframe().f_code.co_name)
case("getframe back", lambda: sys._getframe(1).f_code.co_name)
case("builtin_module_names", lambda: ("sys" in sys.builtin_module_names, type(sys.builtin_module_names).__name__))
case("warnoptions", lambda: sys.warnoptions)
case("dont_write_bytecode", lambda: type(sys.dont_write_bytecode).__name__)
case("prefix", lambda: type(sys.prefix).__name__)
case("executable", lambda: type(sys.executable).__name__)
