"""Find the classes, methods and functions of a module without running it.

readmodule_ex(module, path=None) scans the module's source with the
tokenizer and returns a dict from each top-level name defined by a def or
class statement to a Function or Class describing it (name, module,
file, line; a Class also has the bases it names, in super, and its
methods, in methods: name -> line).  A package's dict also holds its
search path under '__path__'.  readmodule() is the same, classes only.

Only def and class statements are seen: names bound otherwise (by
assignment, import, or inside if blocks that decide at run time) are not.
Bases that are classes of this module, or of a module this one imports
and that was scanned already, are given as their Class; others as their
dotted name.
"""

import importlib.machinery
import importlib.util
import io
import sys
import tokenize
from token import NAME, DEDENT, OP

__all__ = ["readmodule", "readmodule_ex", "Class", "Function"]

# Every module scanned so far: full name -> its dict.
_modules = {}


class Class:
    """A class statement found at the top level of a module."""

    def __init__(self, module, name, super, file, lineno):
        self.module = module
        self.name = name
        self.super = [] if super is None else super
        self.methods = {}
        self.file = file
        self.lineno = lineno

    def _addmethod(self, name, lineno):
        self.methods[name] = lineno


class Function:
    """A def statement found at the top level of a module."""

    def __init__(self, module, name, file, lineno):
        self.module = module
        self.name = name
        self.file = file
        self.lineno = lineno


def readmodule(module, path=None):
    """The classes of readmodule_ex(module, path)."""
    found = _readmodule(module, path or [])
    return {name: item for name, item in found.items()
            if isinstance(item, Class)}


def readmodule_ex(module, path=None):
    """A dict of the top-level functions and classes of module, found in
    path (a list of directories) and then sys.path."""
    return _readmodule(module, path or [])


def _find_spec(fullname, search_path):
    spec = importlib.machinery.PathFinder.find_spec(fullname, search_path)
    if spec is None:
        # Modules built into the interpreter (its own library included),
        # whose packages' search paths name no directory PathFinder can
        # read: the import system finds them (importing a submodule's
        # parent package, which a package of the library allows).
        try:
            spec = importlib.util.find_spec(fullname)
        except ImportError:
            spec = None
    return spec


def _readmodule(module, path, inpackage=None):
    # module is looked for in path (then sys.path) or, when inpackage is
    # the dotted name of a package, as its submodule in path (the
    # package's search path).
    fullname = module if inpackage is None else inpackage + '.' + module
    if fullname in _modules:
        return _modules[fullname]
    found = {}
    if inpackage is None and module in sys.builtin_module_names:
        _modules[module] = found
        return found
    package, dot, submodule = module.rpartition('.')
    if dot:
        parent = _readmodule(package, path, inpackage)
        if inpackage is not None:
            package = inpackage + '.' + package
        if '__path__' not in parent:
            raise ImportError('No package named {}'.format(package))
        return _readmodule(submodule, parent['__path__'], package)
    search_path = path if inpackage is not None else path + sys.path
    spec = _find_spec(fullname, search_path)
    _modules[fullname] = found
    if spec is None:
        # As CPython 3.6, which looks at the missing spec's attributes.
        raise AttributeError(
            "'NoneType' object has no attribute 'submodule_search_locations'")
    if spec.submodule_search_locations is not None:
        found['__path__'] = spec.submodule_search_locations
    try:
        source = spec.loader.get_source(fullname)
    except (AttributeError, ImportError):
        return found
    if source is None:
        return found
    try:
        filename = spec.loader.get_filename(fullname)
    except (AttributeError, ImportError):
        filename = spec.origin
    _Scanner(fullname, filename, path, inpackage, found).scan(source)
    return found


class _Scanner:
    """Reads one module's tokens into its dict."""

    def __init__(self, fullname, filename, path, inpackage, found):
        self.fullname = fullname
        self.filename = filename
        self.path = path
        self.inpackage = inpackage
        self.found = found
        # The enclosing def and class statements: (Class or None, column).
        self.open = []

    def scan(self, source):
        tokens = tokenize.generate_tokens(io.StringIO(source).readline)
        self.tokens = tokens
        try:
            for kind, text, start, _, _ in tokens:
                if kind == DEDENT:
                    self.close(start[1])
                elif text == 'def':
                    self.on_def(start)
                elif text == 'class':
                    self.on_class(start)
                elif text == 'import' and start[1] == 0:
                    for name, _ in self.names():
                        self.follow(name)
                elif text == 'from' and start[1] == 0:
                    self.on_from()
        except StopIteration:
            pass

    def close(self, column):
        while self.open and self.open[-1][1] >= column:
            self.open.pop()

    def on_def(self, start):
        line, column = start
        self.close(column)
        kind, name = next(self.tokens)[:2]
        if kind != NAME:
            return
        if self.open:
            owner = self.open[-1][0]
            if isinstance(owner, Class):
                owner._addmethod(name, line)
        else:
            self.found[name] = Function(self.fullname, name, self.filename, line)
        self.open.append((None, column))

    def on_class(self, start):
        line, column = start
        self.close(column)
        kind, name = next(self.tokens)[:2]
        if kind != NAME:
            return
        bases = None
        if next(self.tokens)[1] == '(':
            bases = self.bases()
        cls = Class(self.fullname, name, bases, self.filename, line)
        if not self.open:
            self.found[name] = cls
        self.open.append((cls, column))

    def bases(self):
        # The base list after '(': each base's tokens at depth 1 joined,
        # resolved to a Class when it names one we know.
        bases, words, depth = [], [], 1
        while True:
            kind, text = next(self.tokens)[:2]
            if depth == 1 and text in (')', ','):
                bases.append(self.resolve(''.join(words)))
                words = []
            if text == '(':
                depth += 1
            elif text == ')':
                depth -= 1
                if depth == 0:
                    return bases
            elif depth == 1 and text != ',' and kind in (NAME, OP):
                words.append(text)

    def resolve(self, name):
        if name in self.found:
            return self.found[name]
        parts = name.split('.')
        if len(parts) > 1:
            scanned = _modules.get(parts[-2])
            if scanned is not None and parts[-1] in scanned:
                return scanned[parts[-1]]
        return name

    def follow(self, module):
        # Scan an imported module too, so that bases from it resolve.
        try:
            if self.inpackage is None:
                _readmodule(module, self.path)
            else:
                try:
                    _readmodule(module, self.path, self.inpackage)
                except ImportError:
                    _readmodule(module, [])
        except Exception:
            pass

    def on_from(self):
        module, text = self.dotted()
        if not module or text != 'import':
            return
        names = self.names()
        try:
            scanned = _readmodule(module, self.path, self.inpackage)
        except Exception:
            return
        for name, alias in names:
            if name in scanned:
                self.found[alias or name] = scanned[name]
            elif name == '*':
                for key, value in scanned.items():
                    if not key.startswith('_'):
                        self.found[key] = value

    def dotted(self):
        # A dotted name; returns it and the token after it.
        kind, text = next(self.tokens)[:2]
        if kind != NAME and text != '*':
            return None, text
        parts = [text]
        while True:
            kind, text = next(self.tokens)[:2]
            if text != '.':
                return '.'.join(parts), text
            kind, text = next(self.tokens)[:2]
            if kind != NAME:
                return '.'.join(parts), text
            parts.append(text)

    def names(self):
        # The "a.b as c, d" list of an import: [(name, alias or None)].
        out = []
        while True:
            name, text = self.dotted()
            if not name:
                return out
            alias = None
            if text == 'as':
                alias, text = self.dotted()
            out.append((name, alias))
            while text != ',' and '\n' not in text:
                text = next(self.tokens)[1]
            if text != ',':
                return out


def _main():
    # Print the classes and functions of the module named on the command
    # line, in line order.
    import os
    module = sys.argv[1]
    if os.path.exists(module):
        path = [os.path.dirname(module)]
        module = os.path.basename(module)
        if module.lower().endswith('.py'):
            module = module[:-3]
    else:
        path = []
    found = readmodule_ex(module, path)
    items = sorted((item for item in found.values()
                    if isinstance(item, (Class, Function))),
                   key=lambda item: getattr(item, 'lineno', 0))
    for item in items:
        if isinstance(item, Class):
            print('class', item.name, item.super, item.lineno)
            for name, line in sorted(item.methods.items(), key=lambda m: m[1]):
                if name != '__path__':
                    print('  def', name, line)
        else:
            print('def', item.name, item.lineno)


if __name__ == '__main__':
    _main()
