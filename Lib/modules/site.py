"""Where third-party packages live and how they reach sys.path: the
site-packages directories of the installation prefixes and of the user,
.pth files naming further directories, and the customisation modules run
at start-up. Importing it runs main(), which only adds directories that
exist."""

import builtins
import os
import sys

# The installation prefixes, and the user's site settings (set by main()
# and the functions that compute them).
PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = USER_SITE = USER_BASE = None


def makepath(*paths):
    """(absolute path, its normcase) of os.path.join(*paths)."""
    joined = os.path.join(*paths)
    try:
        joined = os.path.abspath(joined)
    except OSError:
        pass
    return joined, os.path.normcase(joined)


def abs_paths():
    """Make the __file__ of the modules already imported absolute."""
    for module in set(sys.modules.values()):
        where = getattr(module, '__file__', None)
        if isinstance(where, str) and not where.startswith('<'):
            try:
                module.__file__ = os.path.abspath(where)
            except (AttributeError, OSError, TypeError):
                pass


def removeduppaths():
    """Drop repeated entries of sys.path (compared absolute and
    normcased); return the set of those kept."""
    kept, known = [], set()
    for entry in sys.path:
        path, key = makepath(entry)
        if key not in known:
            kept.append(path)
            known.add(key)
    sys.path[:] = kept
    return known


def _init_pathinfo():
    known = set()
    for entry in sys.path:
        try:
            if os.path.exists(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Read the .pth file name of sitedir: each line a directory to add to
    sys.path (when it exists), or an import statement to run."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    if not os.path.isfile(fullname):
        return None if reset else known_paths
    with open(fullname) as pth:
        lines = pth.readlines()
    for number, line in enumerate(lines, 1):
        if line[:1] != "#":
            try:
                if line[:6] == "import" and line[6:7] in (" ", "\t"):
                    exec(line)
                    continue
                path, key = makepath(sitedir, line.rstrip())
                if key not in known_paths and os.path.exists(path):
                    sys.path.append(path)
                    known_paths.add(key)
            except Exception:
                print("Error processing line {:d} of {}:\n".format(number, fullname),
                      file=sys.stderr)
                import traceback
                for text in traceback.format_exception(*sys.exc_info()):
                    for piece in text.splitlines():
                        print('  ' + piece, file=sys.stderr)
                print("\nRemainder of file ignored", file=sys.stderr)
                break
    return None if reset else known_paths


def addsitedir(sitedir, known_paths=None):
    """Add sitedir to sys.path, then what its .pth files name."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith(".pth")):
        addpackage(sitedir, name, known_paths)
    return None if reset else known_paths


def check_enableusersite():
    """False when disabled by -s, None when the process runs with other
    ids than its real ones, else True."""
    if sys.flags.no_user_site:
        return False
    for real, effective in (("getuid", "geteuid"), ("getgid", "getegid")):
        if hasattr(os, real) and hasattr(os, effective):
            if getattr(os, real)() != getattr(os, effective)():
                return None
    return True


def getuserbase():
    """The user's base directory: $PYTHONUSERBASE, else ~/.local."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = (os.environ.get("PYTHONUSERBASE") or
                     os.path.expanduser(os.path.join("~", ".local")))
    return USER_BASE


def getusersitepackages():
    """The user's site-packages directory."""
    global USER_SITE
    if USER_SITE is None:
        USER_SITE = os.path.join(getuserbase(), "lib",
                                 "python%d.%d" % sys.version_info[:2],
                                 "site-packages")
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages when it is enabled and exists."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The site-packages directories of the prefixes (default PREFIXES)."""
    found, seen = [], set()
    for prefix in PREFIXES if prefixes is None else prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        if os.sep == '/':
            found.append(os.path.join(prefix, "lib",
                                      "python%d.%d" % sys.version_info[:2],
                                      "site-packages"))
        else:
            found.append(prefix)
            found.append(os.path.join(prefix, "lib", "site-packages"))
    return found


def addsitepackages(known_paths, prefixes=None):
    """Add the site-packages directories that exist."""
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def setquit():
    """quit and exit are the interpreter's own here."""


def setcopyright():
    """copyright, credits and license are the interpreter's own here."""


def sethelper():
    """help is the interpreter's own here."""


def enablerlcompleter():
    """Set up tab completion in the interactive interpreter (done at its
    first prompt, when readline can be imported)."""
    def register_readline():
        try:
            import readline
            import rlcompleter
        except ImportError:
            return
        readline.set_completer(rlcompleter.Completer().complete)
        readline.parse_and_bind('tab: complete')
    sys.__interactivehook__ = register_readline


def venv(known_paths):
    """When a pyvenv.cfg lies beside the executable or one directory
    above it, that directory is a virtual environment: it becomes
    sys.prefix and sys.exec_prefix and its site-packages go on sys.path,
    ahead of the user's; include-system-site-packages = false keeps only
    it (and turns the user's site off); a home key shows as sys._home."""
    global PREFIXES, ENABLE_USER_SITE
    bindir = os.path.dirname(os.path.abspath(sys.executable))
    envdir = os.path.dirname(bindir)
    sys._home = None
    found = None
    for where in (bindir, envdir):
        candidate = os.path.join(where, 'pyvenv.cfg')
        if os.path.isfile(candidate):
            found = candidate
            break
    if found is None:
        return known_paths
    system_site = 'true'
    with open(found, encoding='utf-8') as cfg:
        for line in cfg:
            key, sep, value = line.partition('=')
            if not sep:
                continue
            key = key.strip().lower()
            if key == 'include-system-site-packages':
                system_site = value.strip().lower()
            elif key == 'home':
                sys._home = value.strip()
    sys.prefix = envdir
    sys.exec_prefix = envdir
    # the environment's own packages come before the user's
    known_paths = addsitepackages(known_paths, [envdir])
    isolated = system_site != 'true'
    PREFIXES = [envdir] + ([] if isolated else PREFIXES)
    if isolated:
        ENABLE_USER_SITE = False
    return known_paths


def _customize(name):
    # A missing module is fine; any other failure is reported on stderr
    # (its traceback under -v) and start-up goes on.
    try:
        try:
            __import__(name)
        except ImportError as exc:
            if getattr(exc, 'name', None) != name:
                raise
    except Exception as err:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            sys.stderr.write(
                "Error in %s; set PYTHONVERBOSE for traceback:\n"
                "%s: %s\n" % (name, err.__class__.__name__, err))


def execsitecustomize():
    """Import sitecustomize, if there is one."""
    _customize('sitecustomize')


def execusercustomize():
    """Import usercustomize, if there is one."""
    _customize('usercustomize')


def main():
    """Put the site directories on sys.path and import the customisation
    modules, as start-up does unless -S was given."""
    global ENABLE_USER_SITE
    abs_paths()
    known = venv(removeduppaths())
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    for add in (addusersitepackages, addsitepackages):
        known = add(known)
    for install in (setquit, setcopyright, sethelper):
        install()
    if not sys.flags.isolated:
        enablerlcompleter()
    for name, wanted in (('sitecustomize', True),
                         ('usercustomize', ENABLE_USER_SITE)):
        if wanted:
            _customize(name)


if not sys.flags.no_site:
    main()


def _script():
    """python -m site: print the site settings, or with --user-base or
    --user-site those paths, exiting 0/1/2/3 for enabled/disabled/
    denied/error user site."""
    args = sys.argv[1:]
    if not args:
        print("sys.path = [")
        for entry in sys.path:
            print("    %r," % (entry,))
        print("]")
        state = {True: "exists", False: "doesn't exist"}
        print("USER_BASE: %r (%s)" % (USER_BASE, state[os.path.isdir(USER_BASE)]))
        print("USER_SITE: %r (%s)" % (USER_SITE, state[os.path.isdir(USER_SITE)]))
        print("ENABLE_USER_SITE: %r" % ENABLE_USER_SITE)
        sys.exit(0)
    shown = []
    if '--user-base' in args:
        shown.append(USER_BASE)
    if '--user-site' in args:
        shown.append(USER_SITE)
    if not shown:
        print(_script.__doc__)
        sys.exit(10)
    print(os.pathsep.join(shown))
    sys.exit({True: 0, False: 1, None: 2}.get(ENABLE_USER_SITE, 3))


if __name__ == '__main__':
    _script()
