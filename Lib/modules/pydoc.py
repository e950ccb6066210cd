"""Produce text documentation for Python objects, as help() shows it.

help(thing) prints the documentation of a module, class, function or
other object (or of the object a dotted name such as "os.path.join"
names). render_doc() returns that text; plain() removes the overstruck
bold of the terminal renderer; getdoc() gives an object's cleaned
docstring.

HTMLDoc (the instance html) gives the HTML pieces CPython 3.6's pydoc
builds pages from (page, heading, section, markup, ...) and documents
functions, methods and other values; it does not document modules or
classes in HTML. There is no documentation server and no topic browser.
"""

__all__ = ["help"]

import builtins
import inspect
import os
import re
import reprlib
import sys
import types

_HIDDEN_NAMES = frozenset((
    "__author__", "__builtins__", "__cached__", "__credits__", "__date__",
    "__doc__", "__file__", "__spec__", "__loader__", "__module__",
    "__name__", "__package__", "__path__", "__qualname__", "__slots__",
    "__version__"))

_RULE = "-" * 70


# ---------------------------------------------------------------- helpers

# What object's slots say of themselves, for the methods a class inherits
# from object without documenting them (object's wrappers carry no
# docstrings here).
_OBJECT_SLOT_DOCS = {
    "__init__": "Initialize self.  See help(type(self)) for accurate "
                "signature.",
    "__repr__": "Return repr(self).",
    "__str__": "Return str(self).",
    "__hash__": "Return hash(self).",
    "__eq__": "Return self==value.",
    "__ne__": "Return self!=value.",
    "__lt__": "Return self<value.",
    "__le__": "Return self<=value.",
    "__gt__": "Return self>value.",
    "__ge__": "Return self>=value.",
    "__setattr__": "Implement setattr(self, name, value).",
    "__delattr__": "Implement delattr(self, name).",
    "__getattribute__": "Return getattr(self, name).",
}


def _own_doc(object):
    # object's docstring, looking through the classes a method overrides
    # when it has none; a class's docstring is its own or a base's other
    # than object's.
    if inspect.isclass(object):
        for k in object.__mro__:
            if k is builtins.object:
                break
            d = vars(k).get("__doc__")
            if isinstance(d, str):
                return d
        return None
    try:
        d = object.__doc__
    except AttributeError:
        d = None
    if isinstance(d, str):
        return d
    func = getattr(object, "__func__", object)
    name = getattr(func, "__name__", None)
    qualname = getattr(func, "__qualname__", "")
    if inspect.isfunction(func) and name and "." in qualname:
        cls = getattr(object, "__self__", None)
        if cls is not None and not inspect.isclass(cls):
            cls = type(cls)
        if cls is None:
            parts = qualname.split(".")[:-1]
            cls = getattr(func, "__globals__", {}).get(parts[0])
            for part in parts[1:]:
                cls = getattr(cls, part, None)
        if inspect.isclass(cls):
            for k in cls.__mro__[1:]:
                if k is builtins.object:
                    return _OBJECT_SLOT_DOCS.get(name)
                if name in vars(k):
                    v = vars(k)[name]
                    if isinstance(v, (classmethod, staticmethod)):
                        v = v.__func__
                    d = getattr(v, "__doc__", None)
                    if isinstance(d, str):
                        return d
    return None


def getdoc(object):
    """The docstring of object (or the comments before its source),
    cleaned of indentation and leading blank lines; "" when it has none."""
    text = _own_doc(object)
    if text:
        text = inspect.cleandoc(text)
    if not text:
        try:
            text = inspect.getcomments(object)
        except Exception:
            text = None
    if not text:
        return ""
    return re.sub(r"^ *\n", "", text.rstrip())


def splitdoc(doc):
    """Split doc into its one-line synopsis and the rest.

    The synopsis is the first line when a blank line follows it; otherwise
    there is none and the whole text is the rest."""
    first, sep, rest = doc.strip().partition("\n")
    if not sep:
        return first, ""
    second, sep2, after = rest.partition("\n")
    if second.rstrip():
        return "", first + "\n" + rest
    return first, after


def classname(object, modname):
    """The name of class object as seen from module modname: qualified by
    its module when that differs."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + "." + name
    return name


def isdata(object):
    """Whether object is documented as a plain value."""
    return not any(test(object) for test in (
        inspect.ismodule, inspect.isclass, inspect.isroutine,
        inspect.isframe, inspect.istraceback, inspect.iscode))


def replace(text, *pairs):
    """Apply each (old, new) replacement of pairs to text, in turn."""
    for old, new in zip(pairs[0::2], pairs[1::2]):
        text = text.replace(old, new)
    return text


def cram(text, maxlen):
    """Shorten text to maxlen characters, eliding its middle with '...'."""
    if len(text) <= maxlen:
        return text
    room = max(0, maxlen - 3)
    front, back = room // 2, room - room // 2
    return text[:front] + "..." + (text[-back:] if back else "")


# The address CPython's default reprs end with, in either case.
_ADDRESS = re.compile(r" at 0x[0-9a-f]{6,16}(>+)$", re.IGNORECASE)


def stripid(text):
    """Remove a ' at 0x...' address from the end of a repr."""
    found = _ADDRESS.search(text)
    if found is None:
        return text
    return text[:found.start()] + found.group(1)


def visiblename(name, all=None, obj=None):
    """Whether a module or class member named name is documented."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith("__") and name.endswith("__"):
        return 1
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")


def _is_bound_method(fn):
    self = getattr(fn, "__self__", None)
    return self is not None and not inspect.ismodule(self)


def _is_some_method(obj):
    # A function or method of any kind, Python's or built-in.
    return (inspect.isfunction(obj) or inspect.ismethod(obj) or
            inspect.isbuiltin(obj) or inspect.ismethoddescriptor(obj))


def allmethods(cl):
    """A dict of every method cl has or inherits, by name, each as
    getattr(cl, name) gives it."""
    def wanted(value):
        # gpython answers some built-in class methods (__subclasshook__)
        # as method-wrappers.
        return _is_some_method(value) or \
            type(value).__name__ == "method-wrapper"
    names = set()
    for k in inspect.getmro(cl) if inspect.isclass(cl) else (cl,):
        for key, value in inspect.getmembers(k, wanted):
            names.add(key)
    return dict((key, getattr(cl, key)) for key in names)


def _split_list(s, predicate):
    # (items of s for which predicate holds, the others), order kept.
    yes, no = [], []
    for item in s:
        (yes if predicate(item) else no).append(item)
    return yes, no


def pathdirs():
    """The directories of sys.path that exist, each once, in order."""
    seen, dirs = set(), []
    for entry in sys.path:
        entry = os.path.abspath(entry or ".")
        key = os.path.normcase(entry)
        if key not in seen and os.path.isdir(entry):
            seen.add(key)
            dirs.append(entry)
    return dirs


def ispath(x):
    """Whether x is a str naming a file system path (it has a separator)."""
    return isinstance(x, str) and os.sep in x


def ispackage(path):
    """Whether path is a directory holding an __init__ module."""
    return os.path.isdir(path) and any(
        os.path.isfile(os.path.join(path, name))
        for name in ("__init__.py", "__init__.pyc"))


class ErrorDuringImport(Exception):
    """A module named by a help() request failed to import."""

    def __init__(self, filename, exc_info):
        self.exc, self.value, self.tb = exc_info
        self.filename = filename

    def __str__(self):
        return "problem in %s - %s: %s" % (self.filename,
                                           self.exc.__name__, self.value)


def source_synopsis(file):
    """The first line of the docstring a module's source (an open text
    file) starts with, after comments and blank lines; None when the
    source does not start with a triple-quoted docstring."""
    line = file.readline()
    while line and (line.startswith('#') or not line.strip()):
        line = file.readline()
    text = line.strip()
    if text.startswith('r"""'):
        text = text[1:]
    if not text.startswith('"""'):
        return None
    text = text[3:]
    if text.endswith('\\'):
        text = text[:-1]
    # the summary may start on the line after the opening quotes
    while not text.strip():
        text = file.readline()
        if not text:
            break
    return text.split('"""')[0].strip()


def synopsis(filename, cache={}):
    """The one-line summary of the module in the file filename (its
    docstring's first line), or None; remembered until the file
    changes."""
    mtime = os.stat(filename).st_mtime
    known = cache.get(filename)
    if known is not None and known[0] >= mtime:
        return known[1]
    import importlib.machinery
    compiled = tuple(importlib.machinery.BYTECODE_SUFFIXES) + \
        tuple(importlib.machinery.EXTENSION_SUFFIXES)
    if filename.endswith(compiled):
        # only importing tells what a compiled module's docstring is
        try:
            module = importfile(filename)
        except ErrorDuringImport:
            return None
        sys.modules.pop(module.__name__, None)
        doc = module.__doc__
        result = doc.splitlines()[0] if doc else None
    else:
        import tokenize
        try:
            source = tokenize.open(filename)
        except OSError:
            return None
        with source:
            result = source_synopsis(source)
    cache[filename] = (mtime, result)
    return result


def importfile(path):
    """Import the module in the file path (named for the file, without
    its extension) and return it; ErrorDuringImport when running it
    fails."""
    import importlib.util
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    try:
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    except BaseException:
        raise ErrorDuringImport(path, sys.exc_info())
    return module


def safeimport(path, forceload=0, cache={}):
    """Import the module of dotted name path and return it, or None when
    no module has that name; an error inside the module (or a module it
    imports that is missing) raises ErrorDuringImport. With forceload, a
    module already imported from a file is imported afresh, its
    submodules with it."""
    try:
        if forceload and path in sys.modules and \
                path not in sys.builtin_module_names:
            # the old modules stay alive in cache: their functions may
            # still be running
            stale = [path] + [m for m in sys.modules if m.startswith(path + ".")]
            for name in stale:
                cache[name] = sys.modules.pop(name)
        module = __import__(path)
    except BaseException:
        info = sys.exc_info()
        kind, value = info[0], info[1]
        if path in sys.modules:
            # the module was found, and failed as it ran
            raise ErrorDuringImport(getattr(sys.modules[path], "__file__", path), info)
        if kind is SyntaxError:
            raise ErrorDuringImport(value.filename, info)
        if issubclass(kind, ImportError) and value.name == path:
            return None
        raise ErrorDuringImport(path, info)
    for part in path.split(".")[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def locate(path, forceload=0):
    """Find the object the dotted name path names (a module, or an
    attribute reached from one, or a builtin); None when nothing does."""
    parts = [p for p in path.split(".") if p]
    module, n = None, 0
    while n < len(parts):
        found = safeimport(".".join(parts[:n + 1]), forceload)
        if found is None:
            break
        module, n = found, n + 1
    found = builtins if module is None else module
    try:
        for part in parts[n:]:
            found = getattr(found, part)
    except AttributeError:
        return None
    return found


def _descriptor_path(thing):
    owner = thing.__objclass__
    return "%s.%s.%s" % (owner.__module__, owner.__name__, thing.__name__)


# How describe() names a kind of object, tried in this order.
_DESCRIPTIONS = (
    (inspect.isbuiltin, lambda t: "built-in function " + t.__name__),
    (inspect.isgetsetdescriptor,
     lambda t: "getset descriptor " + _descriptor_path(t)),
    (inspect.ismemberdescriptor,
     lambda t: "member descriptor " + _descriptor_path(t)),
    (inspect.isclass, lambda t: "class " + t.__name__),
    (inspect.isfunction, lambda t: "function " + t.__name__),
    (inspect.ismethod, lambda t: "method " + t.__name__),
)


def describe(thing):
    """A short description of thing's kind and name ("function f",
    "class C", "module m", "int")."""
    if inspect.ismodule(thing):
        name = thing.__name__
        if name in sys.builtin_module_names:
            kind = "built-in module"
        else:
            kind = "package" if hasattr(thing, "__path__") else "module"
        return kind + " " + name
    for test, text in _DESCRIPTIONS:
        if test(thing):
            return text(thing)
    return type(thing).__name__


def resolve(thing, forceload=0):
    """Return (object, name): thing itself, or the object its dotted name
    names (ImportError when there is none)."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError("No Python documentation found for %r.\n"
                              "Use help() to get the interactive help "
                              "utility.\n"
                              "Use help(str) for help on the str class." %
                              (thing,))
        return object, thing
    name = getattr(thing, "__name__", None)
    return thing, name if isinstance(name, str) else None


# ------------------------------------------------------- class attributes

class _Attr:
    # One member of a class as the documentation sorts it.
    def __init__(self, name, kind, owner, value):
        self.name = name
        self.kind = kind
        self.owner = owner
        self.value = value


def _instance_slots_owner(cls):
    # The class of cls's MRO that gives instances their __dict__ and
    # __weakref__ (the first class defined in Python over built-in
    # bases), with the names it adds.
    chain = [k for k in cls.__mro__ if k.__module__ != "builtins"]
    if not chain:
        return None, ()
    first = chain[-1]
    if "__slots__" in vars(first):
        return None, ()
    for k in first.__mro__[1:]:
        if issubclass(k, BaseException):
            return first, ("__weakref__",)
    return first, ("__dict__", "__weakref__")


class _SlotDescriptor:
    # Stands for the __dict__/__weakref__ attributes of instances, which
    # every Python class without __slots__ describes.
    _docs = {
        "__dict__": "dictionary for instance variables (if defined)",
        "__weakref__": "list of weak references to the object (if defined)",
    }

    def __init__(self, name):
        self.__name__ = name
        self.__doc__ = self._docs[name]

    def __get__(self, obj, cls=None):
        return self

    def __set__(self, obj, value):
        raise AttributeError(self.__name__)


def _meta_owner(cls, name, value):
    # The metaclass (past type) whose __getattr__ produces value for
    # name on cls, the last of the metaclass MRO to do so, or None.
    found = None
    for meta in type(cls).__mro__:
        if meta is type or meta is object:
            continue
        hook = getattr(meta, "__getattr__", None)
        if hook is None:
            continue
        try:
            got = hook(cls, name)
        except Exception:
            continue
        if got is value:
            found = meta
    return found


def _class_attrs(cls):
    # Every attribute of cls with the class of its MRO (or the metaclass
    # whose __getattr__ supplies it) that defines it and its kind, for
    # the sections of a class's documentation.
    owner_of_slots, slot_names = _instance_slots_owner(cls)
    listed = set(dir(cls))
    names = sorted(listed | set(n for n in slot_names if n in listed))
    # A DynamicClassAttribute shows twice: as the descriptor of its class
    # and as what the class itself answers for the name.
    dynamic = set()
    for k in cls.__mro__:
        for key, raw in list(vars(k).items()):
            if isinstance(raw, types.DynamicClassAttribute):
                dynamic.add(key)
    result = []
    for name in names:
        owner = None
        raw = None
        for k in cls.__mro__:
            d = vars(k)
            if name in d:
                owner, raw = k, d[name]
                break
        if owner is None or name in dynamic:
            try:
                got = getattr(cls, name)
            except Exception:
                pass
            else:
                meta = _meta_owner(cls, name, got)
                if meta is not None:
                    kind = "method" if inspect.isroutine(got) else "data"
                    result.append(_Attr(name, kind, meta, got))
        if name in slot_names and (owner is None or owner is object):
            owner, raw = owner_of_slots, _SlotDescriptor(name)
        elif name in _SlotDescriptor._docs and type(raw).__name__ == "getset_descriptor":
            raw = _SlotDescriptor(name)  # described in 3.6's words
        if owner is None:
            continue
        if isinstance(raw, staticmethod):
            kind, value = "static method", getattr(cls, name)
        elif isinstance(raw, classmethod):
            kind, value = "class method", getattr(cls, name)
        elif isinstance(raw, property):
            kind, value = "data descriptor", raw
        elif isinstance(raw, (_SlotDescriptor, types.DynamicClassAttribute)):
            kind, value = "data descriptor", raw
        else:
            try:
                value = getattr(cls, name)
            except AttributeError:
                value = raw
            if inspect.isroutine(value) or inspect.isroutine(raw):
                kind = "method"
            elif inspect.isdatadescriptor(raw) or type(raw).__name__ in (
                    "member_descriptor", "getset_descriptor"):
                kind, value = "data descriptor", raw
            else:
                kind = "data"
        result.append(_Attr(name, kind, owner, value))
    return result


def getclasstree(classes):
    """Arrange classes as nested (class, bases) entries and lists of the
    entries of their subclasses, the shape the CLASSES section prints:
    a base not among classes heads its own tree."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                kids = children.setdefault(parent, [])
                if c not in kids:
                    kids.append(c)
                if parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walktree(roots, children, None)


def _walktree(classes, children, parent):
    out = []
    for c in sorted(classes, key=lambda k: (k.__module__, k.__name__)):
        out.append((c, c.__bases__))
        if c in children:
            out.append(_walktree(children[c], children, c))
    return out


# --------------------------------------------------------------- renderers

class _Repr(reprlib.Repr):
    # Shortened reprs for values in documentation.
    def __init__(self):
        reprlib.Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        kind = type(x).__name__
        method = getattr(self, "repr_" + "_".join(kind.split()), None)
        if method is not None and hasattr(type(x), "__repr__"):
            return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_str(self, x, level):
        return repr(cram(x, self.maxstring))

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return "<%s instance>" % x.__class__.__name__


TextRepr = _Repr


# Modules documented at docs.python.org although nothing marks them as
# the standard library's.
_DOCUMENTED_BUILTINS = frozenset((
    "errno", "exceptions", "gc", "imp", "marshal", "posix", "signal", "sys",
    "_thread", "zipimport"))

# Modules without a page of their own in the library reference.
_UNDOCUMENTED = frozenset(("xml.etree", "test.pydoc_mod"))

_REFERENCE_NOTE = (
    "What follows is generated from the module itself and may be\n"
    "incomplete, or show details of this implementation that others do\n"
    "not share; the reference above is the authority.")


class Doc:
    """What the renderers share: dispatch on the kind of object and the
    location of a module's page in the library reference."""

    PYTHONDOCS = os.environ.get(
        "PYTHONDOCS", "https://docs.python.org/%d.%d/library"
        % sys.version_info[:2])

    def document(self, object, name=None, *args):
        """The documentation of object (under name) in the form its kind
        takes."""
        args = (object, name) + args
        if inspect.ismodule(object):
            return self.docmodule(*args)
        if inspect.isclass(object):
            return self.docclass(*args)
        if inspect.isroutine(object):
            return self.docroutine(*args)
        if isinstance(object, property):
            return self.docproperty(*args)
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        """What a renderer without a method for object's kind does."""
        raise TypeError("don't know how to document object%s of type %s" % (
            name and " " + repr(name), type(object).__name__))

    docmodule = docclass = docroutine = docother = docproperty = \
        docdata = fail

    def getdocloc(self, object, basedir=None):
        """The address of module object's page in the library reference,
        or None when it is not a documented standard module."""
        if not inspect.ismodule(object):
            return None
        name = object.__name__
        if name in _UNDOCUMENTED:
            return None
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = "(built-in)"
        standard = name in _DOCUMENTED_BUILTINS or \
            name in sys.builtin_module_names
        if not standard:
            import importlib.machinery
            loader = getattr(object, "__loader__", None)
            standard = loader is importlib.machinery.BuiltinImporter
        if not standard and basedir is not None:
            basedir = os.path.normcase(basedir)
            standard = file.startswith(basedir) and not file.startswith(
                os.path.join(basedir, "site-packages"))
        if not standard:
            return None
        docloc = os.environ.get("PYTHONDOCS", self.PYTHONDOCS)
        if docloc.startswith(("http://", "https://")):
            return "%s/%s" % (docloc.rstrip("/"), name.lower())
        return os.path.join(docloc, name.lower() + ".html")


class TextDoc(Doc):
    """Renders documentation as terminal text, names in overstruck bold."""

    _repr_instance = _Repr()
    repr = _repr_instance.repr

    def bold(self, text):
        """text in overstruck bold: each character, a backspace, itself."""
        return "".join(ch + "\b" + ch for ch in text)

    def indent(self, text, prefix="    "):
        """text with prefix before each of its lines."""
        if not text:
            return ""
        return "\n".join(prefix + line for line in text.split("\n"))

    def section(self, title, contents):
        """A titled section of a module's page."""
        body = self.indent(contents).rstrip()
        return self.bold(title) + "\n" + body + "\n\n"

    def document(self, object, name=None, *args):
        """The documentation of object (under name) in the form its kind
        takes."""
        if inspect.ismodule(object):
            return self.docmodule(object, name, *args)
        if inspect.isclass(object):
            return self.docclass(object, name, *args)
        if inspect.isroutine(object):
            return self.docroutine(object, name, *args)
        if isinstance(object, property):
            return self.docproperty(object, name, *args)
        return self.docother(object, name, *args)

    # -- classes

    def formattree(self, tree, modname, parent=None, prefix=""):
        """Text of a class tree as inspect.getclasstree gives it."""
        out = []
        for entry in tree:
            if type(entry) is type(()):
                c, bases = entry
                line = prefix + classname(c, modname)
                if bases and bases != (parent,):
                    line += "(%s)" % ", ".join(
                        classname(b, modname) for b in bases)
                out.append(line + "\n")
            elif type(entry) is type([]):
                out.append(self.formattree(entry, modname, c,
                                           prefix + "    "))
        return "".join(out)

    def docclass(self, object, name=None, mod=None, *ignored):
        """The documentation of class object."""
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        if name == realname:
            title = "class " + self.bold(realname)
        else:
            title = self.bold(name) + " = class " + realname
        if bases:
            title += "(%s)" % ", ".join(classname(b, object.__module__)
                                        for b in bases)

        parts = []
        doc = getdoc(object)
        if doc:
            parts.append(doc + "\n")

        mro = list(inspect.getmro(object))
        if len(mro) > 2:
            parts.append("Method resolution order:")
            for base in mro:
                parts.append("    " + classname(base, object.__module__))
            parts.append("")

        sections = []
        attrs = [a for a in _class_attrs(object)
                 if visiblename(a.name, obj=object)]
        owners = list(mro)
        for a in attrs:
            if a.owner not in owners:
                owners.append(a.owner)
        for owner in owners:
            if owner is builtins.object:
                continue
            mine = [a for a in attrs if a.owner is owner]
            if not mine:
                continue
            if owner is object:
                where = "defined here"
            else:
                where = "inherited from %s" % classname(owner,
                                                        object.__module__)
            groups = (
                ("Methods", "method", self._doc_routine_attr),
                ("Class methods", "class method", self._doc_routine_attr),
                ("Static methods", "static method", self._doc_routine_attr),
                ("Data descriptors", "data descriptor",
                 self._doc_descriptor_attr),
                ("Data and other attributes", "data", self._doc_data_attr),
            )
            for label, kind, render in groups:
                group = [a for a in mine if a.kind == kind]
                if not group:
                    continue
                lines = ["%s %s:\n" % (label, where)]
                for a in group:
                    lines.append(render(a, object))
                sections.append("\n".join(lines))

        body = "\n".join(parts)
        if sections:
            body = body + ("\n" if parts else "") + \
                ("\n" + _RULE + "\n").join(sections)
        body = body.rstrip()
        return title + "\n" + self.indent(body, " |  ") + "\n"

    def _doc_routine_attr(self, attr, cls):
        return self.document(attr.value, attr.name, cls.__module__, cls)

    def _doc_descriptor_attr(self, attr, cls):
        return self._docdescriptor(attr.name, attr.value, cls.__module__)

    def _doc_data_attr(self, attr, cls):
        if callable(attr.value) or inspect.isdatadescriptor(attr.value):
            doc = getdoc(attr.value)
        else:
            doc = None
        text = self.docother(attr.value, attr.name, cls.__module__,
                             maxlen=70, doc=doc)
        return text + "\n"

    def _docdescriptor(self, name, value, mod):
        out = []
        if name:
            out.append(self.bold(name) + "\n")
        doc = getdoc(value) or ""
        if doc:
            out.append(self.indent(doc) + "\n")
        return "".join(out)

    def docproperty(self, object, name=None, mod=None, cl=None):
        """The documentation of a property."""
        return self._docdescriptor(name, object, mod)

    def docdata(self, object, name=None, mod=None, cl=None):
        """The documentation of a data descriptor."""
        return self._docdescriptor(name, object, mod)

    # -- routines

    def docroutine(self, object, name=None, mod=None, cl=None):
        """The documentation of a function or method."""
        realname = object.__name__
        name = name or realname
        note, skipdocs = "", False
        if _is_bound_method(object):
            owner = type(object.__self__)
            if not cl:
                note = " method of %s instance" % classname(owner, mod)
            elif owner is not cl:
                note = " from " + classname(owner, mod)

        if name == realname:
            title = self.bold(realname)
        else:
            if cl is not None:
                for k in getattr(cl, "__mro__", (cl,)):
                    if realname in vars(k):
                        skipdocs = vars(k)[realname] is object
                        break
            title = self.bold(name) + " = " + realname

        argspec = None
        try:
            argspec = str(inspect.signature(object))
        except (ValueError, TypeError):
            argspec = None
        if argspec and realname == "<lambda>":
            title = self.bold(name) + " lambda "
            argspec = argspec[1:-1]
        if not argspec:
            argspec = "(...)"
        decl = title + argspec + note
        if skipdocs:
            return decl + "\n"
        doc = getdoc(object)
        if doc:
            return decl + "\n" + self.indent(doc).rstrip() + "\n"
        return decl + "\n"

    # -- other values

    def docother(self, object, name=None, mod=None, parent=None,
                 maxlen=None, doc=None):
        """The documentation of any other value: name = its repr."""
        text = self.repr(object)
        if maxlen:
            line = (name and name + " = " or "") + text
            excess = len(line) - maxlen
            if excess > 0:
                text = text[:-excess] + "..."
        line = (name and self.bold(name) + " = " or "") + text
        if doc is not None:
            line += "\n" + self.indent(str(doc))
        return line

    # -- modules

    def docmodule(self, object, name=None, mod=None):
        """The documentation of a module."""
        name = object.__name__
        synopsis, rest = splitdoc(getdoc(object))
        out = [self.section("NAME", name + (synopsis and " - " + synopsis))]
        loc = self.getdocloc(object)
        if loc is not None:
            out.append(self.section("MODULE REFERENCE",
                                    loc + "\n\n" + _REFERENCE_NOTE))

        all = getattr(object, "__all__", None)
        if rest:
            out.append(self.section("DESCRIPTION", rest))

        classes = []
        for key, value in sorted(vars(object).items()):
            if not inspect.isclass(value):
                continue
            if all is not None or (inspect.getmodule(value) or object) \
                    is object:
                if visiblename(key, all, object):
                    classes.append((key, value))
        funcs = []
        for key, value in sorted(vars(object).items()):
            if not inspect.isroutine(value):
                continue
            if all is not None or inspect.isbuiltin(value) or \
                    inspect.getmodule(value) is object:
                if visiblename(key, all, object):
                    funcs.append((key, value))
        data = []
        for key, value in sorted(vars(object).items()):
            if isdata(value) and visiblename(key, all, object):
                data.append((key, value))

        if hasattr(object, "__path__"):
            path = object.__path__
            names = []
            for entry in (path if isinstance(path, list) else []):
                try:
                    listing = sorted(os.listdir(entry))
                except OSError:
                    continue
                for fname in listing:
                    full = os.path.join(entry, fname)
                    if fname.endswith(".py") and fname != "__init__.py":
                        names.append(fname[:-3])
                    elif ispackage(full):
                        names.append(fname + " (package)")
            if names:
                out.append(self.section("PACKAGE CONTENTS",
                                        "\n".join(sorted(names))))

        if classes:
            tree = getclasstree([v for k, v in classes])
            blocks = [self.formattree(tree, name)]
            for key, value in classes:
                blocks.append(self.document(value, key, name))
            out.append(self.section("CLASSES", "\n".join(blocks)))
        if funcs:
            blocks = [self.document(v, k, name) for k, v in funcs]
            out.append(self.section("FUNCTIONS", "\n".join(blocks)))
        if data:
            lines = [self.docother(v, k, name, maxlen=70) for k, v in data]
            out.append(self.section("DATA", "\n".join(lines)))

        for attr, title in (("__version__", "VERSION"), ("__date__", "DATE"),
                            ("__author__", "AUTHOR"),
                            ("__credits__", "CREDITS")):
            if hasattr(object, attr):
                value = str(getattr(object, attr))
                if attr == "__version__" and value[:11] == "$" + "Revision: " \
                        and value[-1:] == "$":
                    value = value[11:-1].strip()
                out.append(self.section(title, value))

        try:
            where = inspect.getabsfile(object)
        except TypeError:
            where = "(built-in)"
        out.append(self.section("FILE", where))
        return "".join(out)


class _PlainTextDoc(TextDoc):
    """TextDoc without the overstruck bold."""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


class HTMLRepr(_Repr):
    """Shortened reprs for values in HTML documentation, escaped, with
    the escape sequences of strings coloured."""

    def escape(self, text):
        return replace(text, "&", "&amp;", "<", "&lt;", ">", "&gt;")

    def repr1(self, x, level):
        method = getattr(self, "repr_" + "_".join(type(x).__name__.split()),
                         None)
        if method is not None:
            return method(x, level)
        return self.escape(cram(stripid(repr(x)), self.maxother))

    def repr_str(self, x, level):
        short = cram(x, self.maxstring)
        quoted = repr(short)
        if "\\" in short and "\\" not in replace(quoted, r"\\", ""):
            # a raw string shows the backslashes without doubling them
            return "r" + quoted[0] + self.escape(short) + quoted[0]
        return _ESCAPES.sub(r'<font color="#c040c0">\1</font>',
                            self.escape(quoted))

    repr_string = repr_unicode = repr_str

    def repr_instance(self, x, level):
        try:
            return self.escape(cram(stripid(repr(x)), self.maxstring))
        except Exception:
            return self.escape("<%s instance>" % x.__class__.__name__)


_ESCAPES = re.compile(r'((\\[\\abfnrtv\'"]|\\[0-9]..|\\x..|\\u....)+)')
_MARKUP = re.compile(r'\b((http|ftp)://\S+[\w/]|RFC[- ]?(\d+)|PEP[- ]?(\d+)|'
                     r'(self\.)?(\w+))')


class HTMLDoc(Doc):
    """The HTML renderer: page building blocks, and the documentation of
    functions, methods and other values."""

    _repr_instance = HTMLRepr()
    repr = _repr_instance.repr
    escape = _repr_instance.escape

    def page(self, title, contents):
        """A whole HTML page."""
        head = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
                '<html><head><title>Python: %s</title>\n'
                '<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n</head><body bgcolor="#f0f0f8">\n')
        return head % title + contents + "\n</body></html>"

    def heading(self, title, fgcol, bgcol, extras=""):
        """The banner at the top of a page."""
        font = '<font color="%s" face="helvetica, arial">' % fgcol
        return "".join([
            '\n<table width="100%" cellspacing=0 cellpadding=2 border=0 '
            'summary="heading">\n',
            '<tr bgcolor="%s">\n<td valign=bottom>&nbsp;<br>\n' % bgcol,
            font, "&nbsp;<br>%s</font></td\n" % title,
            "><td align=right valign=bottom\n",
            ">", font, "%s</font></td></tr></table>\n    " % (extras or "&nbsp;")])

    def section(self, title, fgcol, bgcol, contents, width=6,
                prelude="", marginalia=None, gap="&nbsp;"):
        """A titled section: a coloured bar, a margin, the contents."""
        if marginalia is None:
            marginalia = "<tt>" + "&nbsp;" * width + "</tt>"
        parts = ['<p>\n<table width="100%" cellspacing=0 cellpadding=2 '
                 'border=0 summary="section">\n',
                 '<tr bgcolor="%s">\n<td colspan=3 valign=bottom>&nbsp;<br>\n'
                 % bgcol,
                 '<font color="%s" face="helvetica, arial">%s</font></td></tr>'
                 '\n    ' % (fgcol, title)]
        if prelude:
            parts.append('\n<tr bgcolor="%s"><td rowspan=2>%s</td>\n'
                         '<td colspan=2>%s</td></tr>\n<tr><td>%s</td>'
                         % (bgcol, marginalia, prelude, gap))
        else:
            parts.append('\n<tr><td bgcolor="%s">%s</td><td>%s</td>'
                         % (bgcol, marginalia, gap))
        parts.append('\n<td width="100%%">%s</td></tr></table>' % contents)
        return "".join(parts)

    def bigsection(self, title, *args):
        """section with its title big and bold."""
        return self.section("<big><strong>%s</strong></big>" % title, *args)

    def preformat(self, text):
        """Literal text: escaped, spaces kept, lines broken with <br>."""
        text = self.escape(text.expandtabs())
        return replace(text, "\n\n", "\n \n", "\n\n", "\n \n",
                       " ", "&nbsp;", "\n", "<br>\n")

    def multicolumn(self, list, format, cols=4):
        """The items of list, each through format, in cols columns."""
        per = (len(list) + cols - 1) // cols
        cells = []
        for col in range(cols):
            chunk = list[per * col:per * col + per]
            cells.append('<td width="%d%%" valign=top>%s</td>' % (
                100 // cols, "".join(format(x) + "<br>\n" for x in chunk)))
        return '<table width="100%%" summary="list"><tr>%s</tr></table>' % (
            "".join(cells))

    def grey(self, text):
        return '<font color="#909090">%s</font>' % text

    def namelink(self, name, *dicts):
        """name linked to the address the first mapping holding it gives."""
        for table in dicts:
            if name in table:
                return '<a href="%s">%s</a>' % (table[name], name)
        return name

    def classlink(self, object, modname):
        """A class's name, linked to its module's page when the module
        holds it under that name."""
        module = sys.modules.get(object.__module__)
        if getattr(module, object.__name__, None) is object:
            return '<a href="%s.html#%s">%s</a>' % (
                module.__name__, object.__name__, classname(object, modname))
        return classname(object, modname)

    def modulelink(self, object):
        return '<a href="%s.html">%s</a>' % (object.__name__, object.__name__)

    def modpkglink(self, modpkginfo):
        """A link for (name, path, ispackage, shadowed) in an index."""
        name, path, package, shadowed = modpkginfo
        if shadowed:
            return self.grey(name)
        url = ("%s.%s.html" % (path, name)) if path else name + ".html"
        label = ("<strong>%s</strong>&nbsp;(package)" % name) if package else name
        return '<a href="%s">%s</a>' % (url, label)

    def filelink(self, url, path):
        return '<a href="file:%s">%s</a>' % (url, path)

    def markup(self, text, escape=None, funcs={}, classes={}, methods={}):
        """text escaped, with web addresses, RFC and PEP numbers linked
        and the names the mappings know linked to their anchors."""
        escape = escape or self.escape
        out = []
        pos = 0
        for found in _MARKUP.finditer(text):
            start, end = found.span()
            out.append(escape(text[pos:start]))
            whole, scheme, rfc, pep, selfdot, name = found.groups()
            call = text[end:end + 1] == "("
            if scheme:
                url = escape(whole).replace('"', "&quot;")
                out.append('<a href="%s">%s</a>' % (url, url))
            elif rfc:
                out.append('<a href="http://www.rfc-editor.org/rfc/rfc%d.txt">'
                           '%s</a>' % (int(rfc), escape(whole)))
            elif pep:
                out.append('<a href="http://www.python.org/dev/peps/pep-%04d/">'
                           '%s</a>' % (int(pep), escape(whole)))
            elif selfdot:
                out.append("self." + (self.namelink(name, methods) if call
                                      else "<strong>%s</strong>" % name))
            elif call:
                out.append(self.namelink(name, methods, funcs, classes))
            else:
                out.append(self.namelink(name, classes))
            pos = end
        out.append(escape(text[pos:]))
        return "".join(out)

    def docroutine(self, object, name=None, mod=None, funcs={}, classes={},
                   methods={}, cl=None):
        """A function or method: its name (an anchor), signature, where a
        method comes from, and its marked-up docstring."""
        realname = object.__name__
        name = name or realname
        anchor = (cl.__name__ if cl else "") + "-" + name
        note = ""
        if _is_bound_method(object):
            owner = object.__self__.__class__
            if not cl:
                note = " method of %s instance" % self.classlink(owner, mod)
            elif owner is not cl:
                note = " from " + self.classlink(owner, mod)
        skipdocs = False
        if name == realname:
            title = '<a name="%s"><strong>%s</strong></a>' % (anchor, realname)
        else:
            target = realname
            if cl and inspect.getattr_static(cl, realname, []) is object:
                target = '<a href="#%s">%s</a>' % (
                    cl.__name__ + "-" + realname, realname)
                skipdocs = True
            title = '<a name="%s"><strong>%s</strong></a> = %s' % (
                anchor, name, target)
        argspec = None
        if inspect.isroutine(object):
            try:
                sig = inspect.signature(object)
            except (ValueError, TypeError):
                sig = None
            if sig:
                argspec = str(sig)
                if realname == "<lambda>":
                    title = "<strong>%s</strong> <em>lambda</em> " % name
                    argspec = argspec[1:-1]
        decl = title + self.escape(argspec or "(...)")
        if note:
            decl += self.grey('<font face="helvetica, arial">%s</font>' % note)
        if skipdocs:
            return "<dl><dt>%s</dt></dl>\n" % decl
        doc = self.markup(getdoc(object), self.preformat, funcs, classes,
                          methods)
        return "<dl><dt>%s</dt>%s</dl>\n" % (
            decl, doc and "<dd><tt>%s</tt></dd>" % doc)

    def docother(self, object, name=None, mod=None, *ignored):
        """A value: name = its shortened repr."""
        return ("<strong>%s</strong> = " % name if name else "") + \
            self.repr(object)

    def docdata(self, object, name=None, mod=None, cl=None):
        """A data descriptor (a property): its name and docstring."""
        parts = ["<dl><dt><strong>%s</strong></dt>\n" % name] if name else []
        if object.__doc__ is not None:
            parts.append("<dd><tt>%s</tt></dd>\n"
                         % self.markup(getdoc(object), self.preformat))
        parts.append("</dl>\n")
        return "".join(parts)

    docproperty = docdata

    def document(self, object, name=None, *args):
        """The HTML documentation of a function, method, property or
        other value."""
        if inspect.ismodule(object) or inspect.isclass(object):
            raise NotImplementedError(
                "pydoc.HTMLDoc does not document modules or classes")
        if inspect.isroutine(object):
            return self.docroutine(object, name, *args)
        if inspect.isdatadescriptor(object):
            return self.docdata(object, name, *args)
        return self.docother(object, name, *args)


html = HTMLDoc()


def plain(text):
    """text without overstruck bold (character, backspace pairs)."""
    return re.sub(".\b", "", text)


# ------------------------------------------------------------------ output

def plainpager(text):
    """Write text to sys.stdout without bold and without paging."""
    sys.stdout.write(plain(_escape_stdout(text)))


def _escape_stdout(text):
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return text.encode(encoding, "backslashreplace").decode(encoding)


def getpager():
    """The pager for the terminal: plain output when either standard
    stream is not a terminal (which is all this module does)."""
    return plainpager


def pager(text):
    """Show text with the pager getpager() chooses."""
    global pager
    pager = getpager()
    pager(text)


class _ModuleName:
    # Stands for a module that is not in sys.modules, by its name.
    def __init__(self, name):
        self.__name__ = name


def render_doc(thing, title="Python Library Documentation: %s",
               forceload=0, renderer=None):
    """The text documentation of thing (an object or a dotted name), under
    a title line that title gives."""
    object, name = resolve(thing, forceload)
    renderer = renderer or text
    desc = describe(object)
    module = inspect.getmodule(object)
    if module is None and not inspect.ismodule(object):
        modname = getattr(object, "__module__", None)
        if isinstance(modname, str):
            module = sys.modules.get(modname) or _ModuleName(modname)
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module and module is not object:
        desc += " in module " + module.__name__
    documented_as_is = isinstance(object, property) or any(
        test(object) for test in (
            inspect.ismodule, inspect.isclass, inspect.isroutine,
            inspect.isgetsetdescriptor, inspect.ismemberdescriptor))
    if not documented_as_is:
        # A value: its type is what the page documents.
        desc, object = desc + " object", type(object)
    return "%s\n\n%s" % (title % desc, renderer.document(object, name))


def doc(thing, title="Python Library Documentation: %s", forceload=0,
        output=None):
    """Show the documentation of thing with the pager, or write it as
    plain text to output."""
    try:
        if output is not None:
            output.write(render_doc(thing, title, forceload, plaintext))
        else:
            pager(render_doc(thing, title, forceload))
    except (ImportError, ErrorDuringImport) as problem:
        print(problem)


def writedoc(thing, forceload=0):
    """HTML documentation is not provided."""
    raise NotImplementedError("pydoc here renders text only")


class ModuleScanner:
    """Walks the importable modules (built-in ones, then those under
    sys.path), reporting each whose "name - synopsis" line contains a key;
    setting quit stops the walk."""

    def run(self, callback, key=None, completer=None, onerror=None):
        """Call callback(path, modname, synopsis) for each module that
        matches key (every module, with an empty synopsis, when key is
        None), then completer(); onerror(modname) hears of a module
        that cannot be read."""
        if key:
            key = key.lower()
        self.quit = False
        for modname in sys.builtin_module_names:
            if modname == "__main__":
                continue
            if key is None:
                callback(None, modname, "")
                continue
            try:
                text = __import__(modname).__doc__ or ""
            except Exception:
                text = ""
            synopsis = text.split("\n")[0]
            if key in (modname + " - " + synopsis).lower():
                callback(None, modname, synopsis)
        import pkgutil
        for finder, modname, ispkg in pkgutil.walk_packages(onerror=onerror):
            if self.quit:
                break
            if key is None:
                callback(None, modname, "")
                continue
            found = self._synopsis(finder, modname, onerror)
            if found is None:
                continue
            path, synopsis = found
            if key in (modname + " - " + synopsis).lower():
                callback(path, modname, synopsis)
        if completer:
            completer()

    def _synopsis(self, finder, modname, onerror):
        # (file, first docstring line) of modname, read from its source
        # when its loader has it, else from the imported module; None
        # when neither works.
        import io
        try:
            spec = finder.find_spec(modname)
        except SyntaxError:
            return None
        except Exception:
            spec = None
        loader = getattr(spec, "loader", None)
        if loader is None:
            if onerror:
                onerror(modname)
            return None
        if hasattr(loader, "get_source"):
            try:
                source = loader.get_source(modname)
            except Exception:
                if onerror:
                    onerror(modname)
                return None
            synopsis = source_synopsis(io.StringIO(source or "")) or ""
            path = None
            if hasattr(loader, "get_filename"):
                path = loader.get_filename(modname)
            return path, synopsis
        try:
            import importlib.util
            module = importlib.util.module_from_spec(spec)
            loader.exec_module(module)
        except Exception:
            if onerror:
                onerror(modname)
            return None
        text = module.__doc__ or ""
        return getattr(module, "__file__", None), \
            (text.splitlines()[0] if text else "")


def apropos(key):
    """Print the name and synopsis of every module whose name or synopsis
    contains key (case ignored)."""
    import warnings

    def report(path, modname, synopsis):
        if modname.endswith(".__init__"):
            modname = modname[:-len(".__init__")] + " (package)"
        print(modname, synopsis and "- " + synopsis)

    def ignore(modname):
        pass
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore")
        ModuleScanner().run(report, key, onerror=ignore)


class Helper:
    """The help() builtin: help(thing) shows thing's documentation."""

    # Each keyword with the subject it belongs to.
    keywords = {
        "False": "BOOLEAN", "None": "NONE", "True": "BOOLEAN",
        "and": "BOOLEAN", "as": "with", "assert": "assert",
        "break": "break", "class": "class", "continue": "continue",
        "def": "function", "del": "del", "elif": "if", "else": "if",
        "except": "try", "finally": "try", "for": "for", "from": "import",
        "global": "global", "if": "if", "import": "import", "in": "SEQUENCES",
        "is": "COMPARISON", "lambda": "LAMBDA", "nonlocal": "nonlocal",
        "not": "BOOLEAN", "or": "BOOLEAN", "pass": "pass", "raise": "raise",
        "return": "return", "try": "try", "while": "while", "with": "with",
        "yield": "yield",
    }

    def __init__(self, input=None, output=None):
        self._input, self._output = input, output

    @property
    def input(self):
        """Where requests are read: the given input, else sys.stdin."""
        return sys.stdin if self._input is None else self._input

    @property
    def output(self):
        """Where help is written: the given output, else sys.stdout."""
        return sys.stdout if self._output is None else self._output

    def __repr__(self):
        return "<%s.%s instance>" % (type(self).__module__,
                                     type(self).__qualname__)

    def __call__(self, *args, **kwargs):
        if args or kwargs:
            request = args[0] if args else kwargs.get("request")
            self.help(request)
        else:
            self.interact()

    def help(self, request):
        """Show the documentation of request (an object or a name)."""
        if isinstance(request, str):
            request = request.strip()
            if request == "help":
                self.intro()
                return
            doc(request, "Help on %s:", output=self._output)
        elif isinstance(request, Helper):
            self.intro()
            return
        else:
            doc(request, "Help on %s:", output=self._output)
        self.output.write("\n")

    def intro(self):
        self.output.write(
            "\nWelcome to the help utility. Enter the name of a module, "
            "class,\nfunction or keyword to see its documentation; "
            "'quit' leaves.\n\n")

    def interact(self):
        """Prompt for names and show their documentation until an empty
        line, 'quit' or end of input."""
        self.intro()
        while True:
            try:
                self.output.write("help> ")
                self.output.flush()
                line = self.input.readline()
            except (KeyboardInterrupt, EOFError):
                break
            if not line:
                break
            request = line.strip()
            if not request or request in ("q", "quit"):
                break
            self.help(request)
        self.output.write(
            "\nYou are now leaving help and returning to the Python "
            "interpreter.\n")


help = Helper()


# The usage text of the pydoc command: each synopsis with its
# description, whose lines are indented by four spaces; {cmd} is the
# command's name and {sep} the path separator.
_USAGE_SECTIONS = (
    ('{cmd} <name> ...', (
        "Show text documentation on something.  <name> may be the name "
        "of a\nPython keyword, topic, function, module, or package, or "
        "a dotted\nreference to a class or function within a module or "
        "module in a\npackage.  If <name> contains a '{sep}', it is "
        "used as the path to a\nPython source file to document. If "
        "name is 'keywords', 'topics',\nor 'modules', a listing of "
        "these things is displayed.")),
    ('{cmd} -k <keyword>', (
        "Search for a keyword in the synopsis lines of all available "
        "modules.")),
    ('{cmd} -p <port>', (
        "Start an HTTP server on the given port on the local machine.  "
        "Port\nnumber 0 can be used to get an arbitrary unused port.")),
    ('{cmd} -b', (
        "Start an HTTP server on an arbitrary unused port and open a "
        "Web browser\nto interactively browse documentation.  The -p "
        "option can be used with\nthe -b option to explicitly specify "
        "the server port.")),
    ('{cmd} -w <name> ...', (
        "Write out the HTML documentation for a module to a file in "
        "the current\ndirectory.  If <name> contains a '{sep}', it is "
        "treated as a filename; if\nit names a directory, "
        "documentation is written for all the contents.")),
)


def _usage(cmd, sep):
    parts = ["pydoc - the Python documentation tool", ""]
    for synopsis, text in _USAGE_SECTIONS:
        parts.append(synopsis.format(cmd=cmd))
        parts.extend("    " + line
                     for line in text.format(sep=sep).split("\n"))
        parts.append("")
    return "\n".join(parts)


def cli():
    """The pydoc command: documentation of each name given (a path with
    a separator documents that source file), -k KEY for the modules
    whose synopsis holds KEY; the usage text for anything else."""
    import getopt
    # A script run as pydoc would have its own directory on the path;
    # the names given are looked up from the current one instead.
    if '' not in sys.path:
        here = os.path.dirname(sys.argv[0])
        if here in sys.path:
            sys.path.remove(here)
        sys.path.insert(0, '.')
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'bk:n:p:w')
    except getopt.error:
        opts, args = None, None
    serve = writing = False
    for opt, val in opts or ():
        if opt == '-k':
            apropos(val)
            return
        if opt in ('-b', '-p', '-n'):
            serve = True
        elif opt == '-w':
            writing = True
    if opts is None or (not args and not serve):
        name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        print(_usage(name, os.sep))
        return
    if serve or writing:
        # this pydoc renders text only: no HTML pages to serve or write
        raise SystemExit("pydoc: HTML documentation (-b, -p, -n, -w) "
                         "is not available in this interpreter")
    helper = Helper()
    for arg in args:
        if ispath(arg) and not os.path.exists(arg):
            print('file %r does not exist' % arg)
            break
        try:
            if ispath(arg) and os.path.isfile(arg):
                arg = importfile(arg)
            helper.help(arg)
        except ErrorDuringImport as problem:
            print(problem)


if __name__ == "__main__":
    cli()
