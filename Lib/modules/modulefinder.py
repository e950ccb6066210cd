"""Find the modules a Python script imports, without running it.

ModuleFinder follows the import statements in the byte code of a script
(run_script) or module (load_file, import_hook) through every module
they name, recording each one found in .modules and each one that could
not be found in .badmodules; report() prints both. Modules compiled into
the interpreter are found as built-in modules, without being scanned."""

import dis
import imp
import importlib.machinery
import importlib.util
import marshal
import os
import sys

__all__ = ['Module', 'ModuleFinder', 'AddPackagePath', 'ReplacePackage']

# extra directories of packages (package name -> [directory]) and packages
# known under another name (name -> the name to record), as setuptools
# and py2exe-style tools declare them
packagePathMap = {}
replacePackageMap = {}


def AddPackagePath(packagename, path):
    """Search path too for the submodules of the package packagename."""
    packagePathMap.setdefault(packagename, []).append(path)


def ReplacePackage(oldname, newname):
    """Record the package oldname as newname when it is found."""
    replacePackageMap[oldname] = newname


_STORES = frozenset(['STORE_NAME', 'STORE_GLOBAL'])


def _import_events(code):
    # ('store', name), ('import', level, fromlist, name) for each binding
    # of a global and each import statement in code (not nested code)
    recent = []
    for ins in dis.get_instructions(code):
        if ins.opname in _STORES:
            yield 'store', ins.argval
        elif ins.opname == 'IMPORT_NAME' and len(recent) == 2 and \
                all(r.opname == 'LOAD_CONST' for r in recent):
            level, fromlist = recent[0].argval, recent[1].argval
            yield 'import', level, fromlist, ins.argval
        if ins.opname != 'EXTENDED_ARG':
            recent = (recent + [ins])[-2:]


def _searches_stdlib(path):
    # whether path is where the standard library is found: sys.path, or
    # a list holding the library's directory (a module's __file__ there
    # names no directory)
    return path is sys.path or \
        os.path.dirname(getattr(os, '__file__', '')) in path


class Module:
    """What the finder learned of one module: __name__, __file__, its
    __path__ when it is a package, its __code__, the global names it
    binds and the modules it star-imports from that were not scanned."""

    def __init__(self, name, file=None, path=None):
        self.globalnames, self.starimports = {}, {}
        self.__code__ = None
        self.__name__, self.__file__, self.__path__ = name, file, path

    def __repr__(self):
        shown = [repr(self.__name__)]
        shown.extend(repr(v) for v in (self.__file__, self.__path__)
                     if v is not None)
        return 'Module(%s)' % ', '.join(shown)


class ModuleFinder:
    """ModuleFinder(path=None, debug=0, excludes=[], replace_paths=[])

    path is searched for modules (sys.path when None); modules named in
    excludes are never looked for; replace_paths pairs (old prefix, new
    prefix) are applied to the file names of the code found; debug > 0
    prints what the finder does, the deeper the more."""

    def __init__(self, path=None, debug=0, excludes=[], replace_paths=[]):
        self.path = sys.path if path is None else path
        self.modules, self.badmodules = {}, {}
        self.debug = debug
        self.indent = 0
        self.excludes = excludes
        self.replace_paths = replace_paths
        self.processed_paths = []

    # -- tracing

    def msg(self, level, str, *args):
        if level > self.debug:
            return
        words = ['   '] * self.indent + [str] + [repr(a) for a in args]
        print(' '.join(words), end=' \n')

    def msgin(self, *args):
        if args[0] <= self.debug:
            self.indent += 1
            self.msg(*args)

    def msgout(self, *args):
        if args[0] <= self.debug:
            self.indent -= 1
            self.msg(*args)

    # -- entry points

    def run_script(self, pathname):
        """Scan the script pathname as the module __main__."""
        self.msg(2, 'run_script', pathname)
        with open(pathname) as fp:
            self.load_module('__main__', fp, pathname, ('', 'r', imp.PY_SOURCE))

    def load_file(self, pathname):
        """Scan the source file pathname as the module its name gives."""
        name, ext = os.path.splitext(os.path.basename(pathname))
        with open(pathname) as fp:
            self.load_module(name, fp, pathname, (ext, 'r', imp.PY_SOURCE))

    def import_hook(self, name, caller=None, fromlist=None, level=-1):
        """Follow `import name` (or `from name import fromlist`) made by
        the module caller at level: the head package is returned when
        there is no fromlist. ImportError when a module is missing."""
        self.msg(3, 'import_hook', name, caller, fromlist, level)
        parent = self.determine_parent(caller, level=level)
        head, tail = self.find_head_package(parent, name)
        last = self.load_tail(head, tail)
        if not fromlist:
            return head
        if last.__path__:
            self.ensure_fromlist(last, fromlist)
        return None

    # -- resolving names

    def determine_parent(self, caller, level=-1):
        """The package a relative import in caller is anchored at (None
        for an absolute import, or a caller outside any package)."""
        self.msgin(4, 'determine_parent', caller, level)
        if not caller or level == 0:
            self.msgout(4, 'determine_parent -> None')
            return None
        name = caller.__name__
        if level >= 1:
            drop = level - 1 if caller.__path__ else level
            if drop:
                if name.count('.') < drop:
                    raise ImportError('relative importpath too deep')
                name = name.rsplit('.', drop)[0]
        elif not caller.__path__:
            if '.' not in name:
                self.msgout(4, 'determine_parent -> None')
                return None
            name = name.rpartition('.')[0]
        parent = self.modules[name]
        self.msgout(4, 'determine_parent ->', parent)
        return parent

    def find_head_package(self, parent, name):
        """(module, rest): the first component of the dotted name
        imported, inside parent when it is there, else at the top level;
        rest is the remaining components."""
        self.msgin(4, 'find_head_package', parent, name)
        head, _, tail = name.partition('.')
        attempts = [(parent.__name__ + '.' + head, parent)] if parent else []
        attempts.append((head, None))
        for qname, where in attempts:
            found = self.import_module(head, qname, where)
            if found:
                self.msgout(4, 'find_head_package ->', (found, tail))
                return found, tail
        self.msgout(4, 'raise ImportError: No module named', attempts[0][0])
        raise ImportError('No module named ' + attempts[0][0])

    def load_tail(self, q, tail):
        """The module tail names inside q, each component imported."""
        self.msgin(4, 'load_tail', q, tail)
        current = q
        for part in tail.split('.') if tail else []:
            dotted = '%s.%s' % (current.__name__, part)
            current = self.import_module(part, dotted, current)
            if not current:
                self.msgout(4, 'raise ImportError: No module named', dotted)
                raise ImportError('No module named ' + dotted)
        self.msgout(4, 'load_tail ->', current)
        return current

    def ensure_fromlist(self, m, fromlist, recursive=0):
        """Import the submodules of package m that fromlist names (with
        '*', every submodule in its directories)."""
        self.msg(4, 'ensure_fromlist', m, fromlist, recursive)
        for sub in fromlist:
            if sub == '*':
                if not recursive:
                    every = self.find_all_submodules(m)
                    if every:
                        self.ensure_fromlist(m, every, 1)
                continue
            if hasattr(m, sub):
                continue
            dotted = '%s.%s' % (m.__name__, sub)
            if not self.import_module(sub, dotted, m):
                raise ImportError('No module named ' + dotted)

    def find_all_submodules(self, m):
        """The names of the modules in the directories of package m."""
        if not m.__path__:
            return None
        suffixes = (importlib.machinery.EXTENSION_SUFFIXES +
                    importlib.machinery.SOURCE_SUFFIXES +
                    importlib.machinery.BYTECODE_SUFFIXES)
        found = {}
        for directory in m.__path__:
            try:
                entries = os.listdir(directory)
            except OSError:
                self.msg(2, "can't list directory", directory)
                continue
            for entry in entries:
                stem = next((entry[:-len(s)] for s in suffixes
                             if entry.endswith(s)), None)
                if stem and stem != '__init__':
                    found[stem] = stem
        return found.keys()

    # -- loading

    def import_module(self, partname, fqname, parent):
        """The module fqname (partname inside parent), found and scanned
        on first use; None when it cannot be found."""
        self.msgin(3, 'import_module', partname, fqname, parent)
        if fqname in self.modules:
            self.msgout(3, 'import_module ->', self.modules[fqname])
            return self.modules[fqname]
        if fqname in self.badmodules or \
                (parent is not None and parent.__path__ is None):
            self.msgout(3, 'import_module -> None')
            return None
        try:
            found = self.find_module(partname, parent and parent.__path__,
                                     parent)
        except ImportError:
            self.msgout(3, 'import_module ->', None)
            return None
        m = self._load_found(fqname, found)
        if parent:
            setattr(parent, partname, m)
        self.msgout(3, 'import_module ->', m)
        return m

    def load_module(self, fqname, fp, pathname, file_info):
        """Record the module fqname kept at pathname (open as fp) and
        scan its code; file_info is imp's (suffix, mode, kind)."""
        kind = file_info[2]
        self.msgin(2, 'load_module', fqname, fp and 'fp', pathname)
        if kind == imp.PKG_DIRECTORY:
            m = self.load_package(fqname, pathname)
            self.msgout(2, 'load_module ->', m)
            return m
        code = None
        if kind == imp.PY_SOURCE:
            code = compile(fp.read() + '\n', pathname, 'exec')
        elif kind == imp.PY_COMPILED:
            data = fp.read()
            if data[:4] != importlib.util.MAGIC_NUMBER:
                problem = 'bad magic number in %r: %r' % (fqname, data[:4])
                self.msgout(2, 'raise ImportError: ' + problem, pathname)
                raise ImportError(problem, name=fqname)
            code = marshal.loads(data[12:])
        m = self.add_module(fqname)
        m.__file__ = pathname
        if code:
            if self.replace_paths:
                code = self.replace_paths_in_code(code)
            m.__code__ = code
            self.scan_code(code, m)
        self.msgout(2, 'load_module ->', m)
        return m

    def load_package(self, fqname, pathname):
        """Record the package fqname kept in the directory pathname and
        scan its __init__."""
        self.msgin(2, 'load_package', fqname, pathname)
        fqname = replacePackageMap.get(fqname) or fqname
        m = self.add_module(fqname)
        m.__file__ = pathname
        m.__path__ = [pathname] + packagePathMap.get(fqname, [])
        self._load_found(fqname, self.find_module('__init__', m.__path__))
        self.msgout(2, 'load_package ->', m)
        return m

    def _load_found(self, fqname, found):
        # load_module over what find_module found, its file closed after
        opened = found[0]
        try:
            return self.load_module(fqname, *found)
        finally:
            if opened:
                opened.close()

    def add_module(self, fqname):
        """The Module recorded for fqname, made on first use."""
        if fqname not in self.modules:
            self.modules[fqname] = Module(fqname)
        return self.modules[fqname]

    def find_module(self, name, path, parent=None):
        """imp.find_module's (file, pathname, description) for the module
        name in path (this finder's path for a top-level name, where the
        interpreter's built-in modules come first)."""
        fullname = parent.__name__ + '.' + name if parent is not None else name
        if fullname in self.excludes:
            self.msgout(3, 'find_module -> Excluded', fullname)
            raise ImportError(name)
        builtin = ('', '', imp.C_BUILTIN)
        if path is None:
            if name in sys.builtin_module_names:
                return None, None, builtin
            path = self.path
        try:
            return imp.find_module(name, path)
        except ImportError:
            # the standard library is compiled into this interpreter: its
            # modules are found where its directory is searched
            if parent is None and _searches_stdlib(path) and \
                    importlib.util.find_spec(name) is not None:
                return None, None, builtin
            raise

    # -- scanning

    def _add_badmodule(self, name, caller):
        callers = self.badmodules.setdefault(name, {})
        callers[caller.__name__ if caller else '-'] = 1

    def _safe_import_hook(self, name, caller, fromlist, level=-1):
        # import_hook, with what cannot be found recorded as bad modules
        if name in self.badmodules:
            self._add_badmodule(name, caller)
            return
        try:
            self.import_hook(name, caller, level=level)
        except ImportError as exc:
            self.msg(2, 'ImportError:', str(exc))
            self._add_badmodule(name, caller)
            return
        for sub in fromlist or ():
            if sub in self.badmodules:
                self._add_badmodule(sub, caller)
                continue
            try:
                self.import_hook(name, caller, [sub], level=level)
            except ImportError as exc:
                self.msg(2, 'ImportError:', str(exc))
                self._add_badmodule(name + '.' + sub, caller)

    def _star_import(self, m, name):
        # `from name import *` in m: m binds what that module binds
        source = None
        if m.__path__:
            source = self.modules.get(m.__name__ + '.' + name)
        if source is None:
            source = self.modules.get(name)
        if source is None:
            m.starimports[name] = 1
            return
        m.globalnames.update(source.globalnames)
        m.starimports.update(source.starimports)
        if source.__code__ is None:
            m.starimports[name] = 1

    def scan_code(self, co, m):
        """Follow the imports in the code object co of module m (and in
        the code nested in it), noting the global names it binds."""
        for event in _import_events(co):
            if event[0] == 'store':
                m.globalnames[event[1]] = 1
                continue
            level, fromlist, name = event[1:]
            if level == 0:
                names = None if fromlist is None else \
                    [f for f in fromlist if f != '*']
                self._safe_import_hook(name, m, names, level=0)
                if fromlist is not None and '*' in fromlist:
                    self._star_import(m, name)
            elif name:
                self._safe_import_hook(name, m, fromlist, level=level)
            else:
                anchor = self.determine_parent(m, level=level)
                self._safe_import_hook(anchor.__name__, None, fromlist,
                                       level=0)
        for const in co.co_consts:
            if isinstance(const, type(co)):
                self.scan_code(const, m)

    # -- results

    def report(self):
        """Print the modules found, then those missing and those that may
        be missing (or be global names of their package)."""
        print()
        print('  %-25s %s' % ('Name', 'File'))
        print('  %-25s %s' % ('----', '----'))
        for name in sorted(self.modules):
            m = self.modules[name]
            print('P' if m.__path__ else 'm', '%-25s' % name, m.__file__ or '')
        missing, maybe = self.any_missing_maybe()
        sections = [('Missing modules:', missing),
                    ('Submodules that appear to be missing, but could also '
                     'be global names in the parent package:', maybe)]
        for title, names in sections:
            if not names:
                continue
            print()
            print(title)
            for name in names:
                callers = ', '.join(sorted(self.badmodules[name]))
                print('?', name, 'imported from', callers)

    def any_missing(self):
        """The names of the modules that could not be found, with those
        that may be global names of their package."""
        missing, maybe = self.any_missing_maybe()
        return missing + maybe

    def any_missing_maybe(self):
        """(missing, maybe): sorted names of the modules that could not be
        found, and of submodules that may instead be global names bound
        by their package (it star-imports from a module not scanned)."""
        missing, maybe = [], []
        for name in self.badmodules:
            if name in self.excludes:
                continue
            pkgname, dot, sub = name.rpartition('.')
            pkg = self.modules.get(pkgname) if dot else None
            if pkg is None or pkgname in self.badmodules[name]:
                missing.append(name)
            elif sub in pkg.globalnames:
                continue
            elif pkg.starimports:
                maybe.append(name)
            else:
                missing.append(name)
        return sorted(missing), sorted(maybe)

    def replace_paths_in_code(self, co):
        """co with its file name rewritten by replace_paths. Code objects
        cannot be rebuilt here: the change is reported (debug output) and
        co returned as it is."""
        original = co.co_filename
        renamed = original
        for old, new in self.replace_paths:
            if original.startswith(old):
                renamed = new + original[len(old):]
                break
        if self.debug and original not in self.processed_paths:
            if renamed != original:
                self.msgout(2, 'co_filename %r changed to %r'
                            % (original, renamed))
            else:
                self.msgout(2, 'co_filename %r remains unchanged'
                            % (original,))
            self.processed_paths.append(original)
        for const in co.co_consts:
            if isinstance(const, type(co)):
                self.replace_paths_in_code(const)
        return co


def test():
    """python -m modulefinder [-d] [-m] [-p path] [-q] [-x name] script
    [module ...]: scan the script (and modules) and print the report."""
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'dmp:qx:')
    except getopt.error as exc:
        print(exc)
        return None
    debug, domods, addpath, excludes = 1, 0, [], []
    for opt, value in opts:
        if opt == '-d':
            debug += 1
        elif opt == '-m':
            domods = 1
        elif opt == '-p':
            addpath += value.split(os.pathsep)
        elif opt == '-q':
            debug = 0
        elif opt == '-x':
            excludes.append(value)
    script = args[0] if args else 'hello.py'
    path = sys.path[:]
    path[0] = os.path.dirname(script)
    path = addpath + path
    if debug > 1:
        print('path:')
        for item in path:
            print('   ', repr(item))
    mf = ModuleFinder(path, debug, excludes)
    for arg in args[1:]:
        if arg == '-m':
            domods = 1
        elif domods:
            if arg.endswith('.*'):
                mf.import_hook(arg[:-2], None, ['*'])
            else:
                mf.import_hook(arg)
        else:
            mf.load_file(arg)
    mf.run_script(script)
    mf.report()
    return mf


if __name__ == '__main__':
    try:
        test()
    except KeyboardInterrupt:
        print('\n[interrupted]')
