"""Look inside live objects: what kind of object something is, its members,
documentation and source, the running frames, and the signatures of
callables (Signature, Parameter, BoundArguments)."""

import collections
import enum
import functools
import linecache
import os
import sys
import tokenize
import types

# code object flags (co_flags)
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
TPFLAGS_IS_ABSTRACT = 1 << 20

# "no value given", where None is a value
_SENTINEL = object()


# -- what kind of object --------------------------------------------------------

def _isinstance_test(name, kind, doc):
    # a module-level predicate: isinstance(object, kind)
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = doc
    return test


ismodule = _isinstance_test("ismodule", types.ModuleType, "True for a module.")
isclass = _isinstance_test(
    "isclass", type, "True for a class (an instance of type or of a "
    "metaclass).")
ismethod = _isinstance_test(
    "ismethod", types.MethodType, "True for a bound method of a Python "
    "function.")
isfunction = _isinstance_test(
    "isfunction", types.FunctionType, "True for a function written in "
    "Python (def or lambda).")
isgenerator = _isinstance_test(
    "isgenerator", types.GeneratorType, "True for a generator (what "
    "calling a generator function gives).")
istraceback = _isinstance_test(
    "istraceback", types.TracebackType, "True for a traceback object.")
isframe = _isinstance_test("isframe", types.FrameType,
                           "True for a frame object.")
iscode = _isinstance_test("iscode", types.CodeType, "True for a code object.")
isbuiltin = _isinstance_test(
    "isbuiltin", types.BuiltinFunctionType, "True for a function or bound "
    "method implemented by the interpreter.")


def _code_flag(object, flag):
    while ismethod(object):
        object = object.__func__
    code = getattr(object, "__code__", None)
    return isfunction(object) and code is not None and bool(code.co_flags & flag)


def isgeneratorfunction(object):
    """True for a function whose body contains yield."""
    return _code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """True for a function defined with async def (and no yield)."""
    return _code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """True for an async def function containing yield."""
    return _code_flag(object, CO_ASYNC_GENERATOR)


def iscoroutine(object):
    """True for a coroutine object (what calling an async def gives)."""
    kind = getattr(types, "CoroutineType", None)
    return kind is not None and isinstance(object, kind)


def isasyncgen(object):
    """True for an asynchronous generator object."""
    kind = getattr(types, "AsyncGeneratorType", None)
    return kind is not None and isinstance(object, kind)


def isawaitable(object):
    """True when object can be awaited."""
    return (iscoroutine(object) or hasattr(type(object), "__await__")
            or (isgenerator(object)
                and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """True for a class with abstract methods left (it cannot be made)."""
    if not isinstance(object, type):
        return False
    # a class's own __abstractmethods__ only: a base's is not inherited
    own = object.__dict__.get("__abstractmethods__")
    if own is not None:
        return bool(own)
    import abc
    if not isinstance(object, abc.ABCMeta):
        return False
    # An ABCMeta class whose abstract methods are not counted yet (its
    # __init_subclass__ runs before ABCMeta.__new__ ends): count them.
    for value in object.__dict__.values():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__",
                       False):
                return True
    return False


def ismethoddescriptor(object):
    """True for an object with __get__ but no __set__ that is not a class,
    method or function (a built-in method descriptor such as str.upper)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    if hasattr(kind, "__set__"):
        return False
    # The built-in descriptor types here answer __get__ on their objects
    # rather than through the type.
    # (A built-in function bound to its module, as len, is not one.)
    return hasattr(kind, "__get__") or (
        kind.__module__ == "builtins" and hasattr(object, "__get__")
        and not ismodule(getattr(object, "__self__", None)))


def isdatadescriptor(object):
    """True for an object whose type has both __get__ and __set__ (a
    property, for one)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") and hasattr(kind, "__get__")


def ismemberdescriptor(object):
    """True for a __slots__ member descriptor."""
    kind = getattr(types, "MemberDescriptorType", None)
    return kind is not None and isinstance(object, kind)


def isgetsetdescriptor(object):
    """True for a getset descriptor of a built-in type."""
    kind = getattr(types, "GetSetDescriptorType", None)
    return kind is not None and isinstance(object, kind)


# -- members, classes, modules ---------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) for every attribute dir() lists that can be read (and
    that predicate, if given, accepts), sorted by name; for a class, also
    the DynamicClassAttributes of its bases (enum's name and value), which
    dir() leaves out."""
    names = dir(object)
    mro = ()
    if isclass(object):
        mro = getmro(object)
        for base in object.__bases__:
            for name, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(name)
    found = []
    seen = set()
    for name in names:
        try:
            if name in seen:
                # a name listed twice: its second entry is the raw one
                raise AttributeError(name)
            value = getattr(object, name)
        except AttributeError:
            # a descriptor that fails on the class is listed as it is; a
            # name no dict has (an unset slot, a wrong __dir__) is not
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmro(cls):
    """cls.__mro__: the class and its bases in lookup order."""
    return cls.__mro__


Attribute = collections.namedtuple('Attribute',
                                   'name kind defining_class object')


def _attribute_kind(found, value):
    # (kind, object to report) for an attribute whose class dict entry is
    # found (None when no dict has it) and whose getattr value is value.
    if isinstance(found, (staticmethod, types.BuiltinMethodType)):
        return "static method", found
    if isinstance(found, (classmethod, type(dict.__dict__["fromkeys"]))):
        return "class method", found
    if isinstance(found, property):
        return "property", found
    return ("method" if isroutine(value) else "data"), value


def _home_of(cls, name, value, classes, metaclasses):
    # The class among classes (or the metaclass among metaclasses, whose
    # __getattr__ answers for virtual attributes) that getattr(cls, name)
    # found value in: the last one that gives the very same object, or
    # None.
    owner = getattr(value, "__objclass__", None)
    if owner in classes:
        return owner
    owner = None
    for klass in classes:
        if getattr(klass, name, None) is value:
            owner = klass
    for meta in metaclasses:
        try:
            virtual = meta.__getattr__(cls, name)
        except AttributeError:
            continue
        if virtual is value:
            owner = meta
    return owner


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name of
    dir(cls), and for each DynamicClassAttribute of its classes: kind is
    'class method', 'static method', 'property', 'method' or 'data',
    defining_class the class (or metaclass) whose namespace holds it."""
    classes = (cls,) + getmro(cls)
    metaclasses = tuple(m for m in getmro(type(cls))
                        if m is not type and m is not object)
    names = dir(cls)
    for klass in classes[1:]:
        names.extend(k for k, v in klass.__dict__.items()
                     if isinstance(v, types.DynamicClassAttribute))
    result = []
    done = set()
    for name in names:
        owner = value = found = None
        if name not in done and name != "__dict__":
            try:
                value = getattr(cls, name)
            except Exception:
                pass
            else:
                owner = _home_of(cls, name, value, classes, metaclasses)
        for klass in classes + metaclasses:
            namespace = klass.__dict__
            if name in namespace:
                found = namespace[name]
                if owner not in metaclasses:
                    owner = klass
                break
        if owner is None:
            continue
        if value is None:
            value = found
        kind, reported = _attribute_kind(found, value)
        result.append(Attribute(name, kind, owner, reported))
        done.add(name)
    return result


def _class_tree_level(classes, subclasses):
    # classes (sorted by module and name), each followed by the list of
    # the level below it when it has subclasses among those given.
    level = []
    for klass in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        level.append((klass, klass.__bases__))
        if klass in subclasses:
            level.append(_class_tree_level(subclasses[klass], subclasses))
    return level


def getclasstree(classes, unique=False):
    """The classes as a nested list: (class, bases) pairs, each followed
    by a list of its subclasses among classes.  With unique true a class
    appears under its first base in classes only."""
    subclasses = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            below = subclasses.setdefault(base, [])
            if klass not in below:
                below.append(klass)
            if unique and base in classes:
                break
    roots.extend(base for base in subclasses if base not in classes)
    return _class_tree_level(roots, subclasses)


def getmodule(object, _filename=None):
    """The module object was defined in, or None when that cannot be told."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if isinstance(name, str):
        return sys.modules.get(name)
    try:
        file = getabsfile(object, _filename)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        where = getattr(module, "__file__", None)
        if isinstance(where, str) and os.path.abspath(where) == file:
            return module
    return None


def getmodulename(path):
    """The module name a file path stands for ("x" for "a/x.py"), or None."""
    base = os.path.basename(path)
    for suffix in (".py", ".pyc", ".so"):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


# -- documentation -------------------------------------------------------------

def cleandoc(doc):
    """doc with tabs expanded, the common indentation of its second and
    later lines removed, and blank lines dropped from both ends."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        body = line.lstrip()
        if body:
            indent = len(line) - len(body)
            margin = indent if margin is None else min(margin, indent)
    cleaned = [lines[0].lstrip()]
    cleaned += [line[margin:] if margin else line for line in lines[1:]]
    filled = [index for index, line in enumerate(cleaned) if line]
    if not filled:
        return ""
    return "\n".join(cleaned[filled[0]:filled[-1] + 1])


def getdoc(object):
    """object's docstring cleaned up (cleandoc); a method, property or
    class without one takes its base class's. None when there is none."""
    doc = getattr(object, "__doc__", _SENTINEL)
    if doc is _SENTINEL:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(object):
    # The docstring of the same attribute on the owner's bases.
    if isclass(object):
        for base in object.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if isinstance(object, property):
        # a property takes the doc of what its getter overrides
        object = object.fget
    name = getattr(object, "__name__", None)
    owner = None
    if ismethod(object):
        owner = object.__self__
        if not isclass(owner):
            owner = type(owner)
        object = object.__func__
    elif isfunction(object):
        qualname = object.__qualname__.rsplit(".", 1)
        module = sys.modules.get(object.__module__)
        if len(qualname) == 2 and module is not None:
            owner = module
            for part in qualname[0].split("."):
                owner = getattr(owner, part, None)
    if not isclass(owner) or name is None:
        return None
    for base in owner.__mro__[1:]:
        value = base.__dict__.get(name)
        doc = getattr(value, "__doc__", None)
        if doc is not None:
            return doc
    return None


# -- source ----------------------------------------------------------------------

def getfile(object):
    """The name of the file object was defined in; TypeError for built-in
    objects."""
    if ismodule(object):
        where = getattr(object, "__file__", None)
        if where is not None:
            return where
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        name = getattr(object, "__module__", None)
        module = sys.modules.get(name) if name is not None else None
        where = getattr(module, "__file__", None)
        if where is not None:
            return where
        raise TypeError("{!r} is a built-in class".format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError("{!r} is not a module, class, method, function, "
                    "traceback, frame, or code object".format(object))


# the attribute that leads from each kind of object toward its code
_TOWARD_CODE = ((ismethod, "__func__"), (isfunction, "__code__"),
                (istraceback, "tb_frame"), (isframe, "f_code"))


def _code_of(object):
    # the code object behind a method, function, traceback or frame
    for test, attribute in _TOWARD_CODE:
        if test(object):
            object = getattr(object, attribute)
    return object if iscode(object) else None


def getsourcefile(object):
    """getfile(object) when its source can be read, else None."""
    filename = getfile(object)
    if linecache.getlines(filename):
        return filename
    if os.path.exists(filename):
        return filename
    # a name only a module's loader understands
    module = getmodule(object, filename)
    if getattr(module, "__loader__", None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """getfile(object) as an absolute, normalized path."""
    name = _filename
    if name is None:
        name = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(name))


def findsource(object):
    """(all lines of the file, index of the line where object starts);
    OSError when the source cannot be found."""
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        # a name in angle brackets may still be in linecache's cache
        filename = getfile(object)
        if not (filename.startswith("<") and filename.endswith(">")):
            raise OSError("source code not available")
    # the module's globals let linecache ask its __loader__ (a zip archive's
    # importer) for source that is not a file on disk
    module = getmodule(object, filename)
    if module is not None:
        lines = linecache.getlines(filename, module.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_start(lines, object.__name__)
    code = _code_of(object)
    if code is not None:
        start = code.co_firstlineno - 1
        if not 0 <= start < len(lines):
            raise OSError("lineno is out of bounds")
        # decorators come before the def line the code names
        while start > 0 and lines[start - 1].lstrip().startswith("@"):
            start -= 1
        return lines, start
    raise OSError("could not find code object")


def _class_start(lines, name):
    # the line of "class name" with the least indentation
    best = None
    for index, line in enumerate(lines):
        body = line.lstrip()
        if body.startswith("class " + name):
            rest = body[len("class " + name):]
            if rest[:1] in ("(", ":", " "):
                indent = len(line) - len(body)
                if best is None or indent < best[0]:
                    best = (indent, index)
    if best is None:
        raise OSError("could not find class definition")
    return best[1]


class _BlockEnd(Exception):
    """Raised by _BlockScanner once the block is complete."""


class _BlockScanner:
    """Follows the tokens of source that starts with a def, class or
    lambda (possibly after decorators, or inside an assignment) and
    notes in .last how many lines the block takes."""

    def __init__(self):
        self.last = 1
        self.depth = 0
        self.begun = False
        self.in_lambda = False
        self.in_decorator = False
        self.decorator_called = False
        # the rest of a logical line is skipped until its NEWLINE
        self.skipping = False

    def feed(self, kind, text, row):
        if not self.begun and not self.in_decorator:
            if text == '@':
                self.in_decorator = True
            elif text in ('def', 'class', 'lambda'):
                self.in_lambda = text == 'lambda'
                self.begun = True
            self.skipping = True
            return
        if text == '(':
            if self.in_decorator:
                self.decorator_called = True
            return
        if text == ')':
            if self.in_decorator:
                self.in_decorator = self.decorator_called = False
            return
        if kind == tokenize.NEWLINE:
            self.skipping = False
            self.last = row
            if self.in_lambda:
                # a lambda is over at the end of its logical line
                raise _BlockEnd
            if self.in_decorator and not self.decorator_called:
                self.in_decorator = False
            return
        if self.skipping:
            return
        if kind == tokenize.INDENT:
            self.depth += 1
            self.skipping = True
        elif kind == tokenize.DEDENT:
            self.depth -= 1
            if self.depth <= 0:
                raise _BlockEnd
        elif self.depth == 0 and kind not in (tokenize.COMMENT,
                                              tokenize.NL):
            # a statement at the block's own level: a one-line block
            # ended before it
            raise _BlockEnd


def getblock(lines):
    """The lines of the block (def, class or statement) starting lines."""
    scanner = _BlockScanner()
    try:
        for kind, text, start, _, _ in tokenize.generate_tokens(
                iter(lines).__next__):
            scanner.feed(kind, text, start[0])
    except (_BlockEnd, IndentationError):
        pass
    return lines[:scanner.last]


def getsourcelines(object):
    """(lines of object's source, number of its first line); for a module,
    every line and 0. A wrapper (functools.wraps) shows what it wraps."""
    object = unwrap(object)
    lines, start = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object)
                            and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[start:]), start + 1


def getsource(object):
    """The text of object's source."""
    lines, _ = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    """The comment lines just above object's source, or None."""
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return _leading_comments(lines)
    found = []
    index = start - 1
    while index >= 0 and lines[index].lstrip().startswith("#"):
        found.insert(0, lines[index].lstrip())
        index -= 1
    return "".join(found) or None


def _leading_comments(lines):
    # the first block of comment lines of a module (after a "#!" line
    # and any blank or bare "#" lines), tabs expanded; None without one
    index = 1 if lines and lines[0].startswith('#!') else 0
    while index < len(lines) and lines[index].strip() in ('', '#'):
        index += 1
    block = []
    while index < len(lines) and lines[index].startswith('#'):
        block.append(lines[index].expandtabs())
        index += 1
    return ''.join(block) or None


# -- frames and the stack --------------------------------------------------------

Traceback = collections.namedtuple(
    "Traceback", "filename lineno function code_context index")
FrameInfo = collections.namedtuple(
    "FrameInfo", "frame filename lineno function code_context index")
ArgInfo = collections.namedtuple("ArgInfo", "args varargs keywords locals")
ClosureVars = collections.namedtuple(
    "ClosureVars", "nonlocals globals builtins unbound")


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a
    frame or traceback; code_context holds context lines around it."""
    traceback = frame if istraceback(frame) else None
    frame = traceback.tb_frame if traceback else frame
    lineno = traceback.tb_lineno if traceback else frame.f_lineno
    code = frame.f_code
    filename = code.co_filename
    context_lines, index = None, None
    if context > 0:
        lines = linecache.getlines(filename)
        if lines:
            first = max(0, min(lineno - 1 - context // 2, len(lines) - context))
            context_lines = lines[first:first + context]
            index = lineno - 1 - first
    return Traceback(filename, lineno, code.co_name, context_lines, index)


def getouterframes(frame, context=1):
    """FrameInfo for frame and each of its callers, innermost first."""
    out = []
    while frame is not None:
        out.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, outermost first."""
    out = []
    while tb is not None:
        out.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return out


def stack(context=1):
    """getouterframes() of the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes() of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    spec = _code_parameters(frame.f_code)
    return ArgInfo(spec[0] + spec[2], spec[1], spec[3], frame.f_locals)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    frame = generator.gi_frame
    if frame is None:
        return GEN_CLOSED
    return GEN_CREATED if frame.f_lasti < 1 else GEN_SUSPENDED


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    frame = coroutine.cr_frame
    if frame is None:
        return CORO_CLOSED
    return CORO_CREATED if frame.f_lasti < 1 else CORO_SUSPENDED


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (its frame's
    f_locals); {} once it has finished."""
    if not isgenerator(generator):
        raise TypeError("'{!r}' is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return {} if frame is None else frame.f_locals


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine; {} once it has
    finished (or for an object that is no coroutine)."""
    frame = getattr(coroutine, "cr_frame", None)
    return {} if frame is None else frame.f_locals


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound) of the names a
    Python function's code refers to."""
    target = func.__func__ if ismethod(func) else func
    if not isfunction(target):
        raise TypeError("'{!r}' is not a Python function".format(target))
    func, code = target, target.__code__
    cells = func.__closure__ or ()
    nonlocals = {}
    for name, cell in zip(code.co_freevars, cells):
        nonlocals[name] = cell.cell_contents
    namespace = func.__globals__
    builtin = namespace.get("__builtins__", __builtins__)
    if ismodule(builtin):
        builtin = builtin.__dict__
    globals_, builtins_, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in namespace:
            globals_[name] = namespace[name]
        elif name in builtin:
            builtins_[name] = builtin[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, globals_, builtins_, unbound)


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain functools.wraps leaves, to the last
    function (or the first stop() accepts); ValueError on a cycle."""
    # the objects are kept (not only their ids), so that no id is reused
    # while the chain is followed; a chain longer than the recursion
    # limit counts as a loop
    seen = {id(func): func}
    limit = sys.getrecursionlimit()
    current = func
    while hasattr(current, "__wrapped__"):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen[id(current)] = current
    return current


# the raw __dict__ and __mro__ of a class, read past any property of
# that name its metaclass may define
_class_namespace = type.__dict__["__dict__"].__get__
_class_mro = type.__dict__["__mro__"].__get__


def _shadowing_dict(klass):
    # What a class on klass's mro defines as __dict__ when that is not
    # the plain slot its instances keep their attributes in (a property,
    # say); _SENTINEL when none does.
    for owner in _class_mro(klass):
        found = _class_namespace(owner).get("__dict__", _SENTINEL)
        if found is _SENTINEL:
            continue
        plain = (type(found) is types.GetSetDescriptorType and
                 found.__name__ == "__dict__" and found.__objclass__ is owner)
        if not plain:
            return found
    return _SENTINEL


def _static_lookup(klass, attr):
    # attr in the namespaces along klass's mro, skipping a class whose
    # own metaclass redefines __dict__ (reading it would run code).
    for owner in _class_mro(klass):
        if _shadowing_dict(type(owner)) is _SENTINEL:
            namespace = owner.__dict__
            if attr in namespace:
                return namespace[attr]
    return _SENTINEL


def getattr_static(obj, attr, default=_SENTINEL):
    """attr of obj found in the instance and class dictionaries, without
    running descriptors, __getattr__ or __getattribute__."""
    # type(obj), never obj.__class__ (which may run code)
    is_class = issubclass(type(obj), type)
    own = _SENTINEL
    if is_class:
        klass = obj
    else:
        klass = type(obj)
        shadow = _shadowing_dict(klass)
        if shadow is _SENTINEL or \
                type(shadow) is types.MemberDescriptorType:
            try:
                namespace = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                pass
            else:
                # a subclass's get() is not asked
                if type(namespace) is dict:
                    own = namespace.get(attr, _SENTINEL)
                elif isinstance(namespace, dict):
                    own = dict.get(namespace, attr, _SENTINEL)
    found = _static_lookup(klass, attr)
    if own is not _SENTINEL:
        descr_type = type(found)
        if found is not _SENTINEL and \
                _static_lookup(descr_type, "__get__") is not _SENTINEL and \
                _static_lookup(descr_type, "__set__") is not _SENTINEL:
            return found
        return own
    if found is not _SENTINEL:
        return found
    if is_class:
        # a class's attributes include its metaclass's
        found = _static_lookup(type(klass), attr)
        if found is not _SENTINEL:
            return found
    if default is not _SENTINEL:
        return default
    raise AttributeError(attr)


# -- argument specs -------------------------------------------------------------

ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")
FullArgSpec = collections.namedtuple(
    "FullArgSpec",
    "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def _code_parameters(code):
    # (positional names, *name or None, keyword-only names, **name or None)
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    positional = list(names[:npos])
    keyword_only = list(names[npos:npos + nkw])
    rest = npos + nkw
    star = None
    if code.co_flags & CO_VARARGS:
        star = names[rest]
        rest += 1
    starstar = names[rest] if code.co_flags & CO_VARKEYWORDS else None
    return positional, star, keyword_only, starstar


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations) of a callable, from its signature."""
    try:
        sig = _signature(func, follow_wrapped=False, skip_bound=False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args, kwonly, annotations = [], [], {}
    varargs = varkw = None
    defaults, kwdefaults = (), {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        if kind in (_K.POSITIONAL_ONLY, _K.POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _K.VAR_POSITIONAL:
            varargs = param.name
        elif kind is _K.KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not param.empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly,
                       kwdefaults or None, annotations)


def getargspec(func):
    """ArgSpec(args, varargs, keywords, defaults); ValueError for a
    function with keyword-only parameters or annotations."""
    import warnings
    warnings.warn("inspect.getargspec() is deprecated since Python 3.0, "
                  "use inspect.signature() or inspect.getfullargspec()",
                  DeprecationWarning, stacklevel=2)
    spec = getfullargspec(func)
    if spec.kwonlyargs or spec.annotations:
        raise ValueError("Function has keyword-only parameters or annotations"
                         ", use getfullargspec() API which can support them")
    return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)


def formatannotation(annotation, base_module=None):
    """How an annotation shows in a signature: a typing construct by its
    repr without "typing." (List[int] is a class too), another class by
    its (qualified) name, anything else by repr()."""
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  kwonlyargs=(), kwonlydefaults={}, annotations={},
                  formatarg=str, formatvarargs=None, formatvarkw=None,
                  formatvalue=None, formatreturns=None,
                  formatannotation=formatannotation):
    """The "(a, b=1, *c, d, **e) -> r" text of getfullargspec()'s parts;
    the format* functions, when given, render each piece."""
    formatvarargs = formatvarargs or (lambda text: "*" + text)
    formatvarkw = formatvarkw or (lambda text: "**" + text)
    formatvalue = formatvalue or (lambda value: "=" + repr(value))
    formatreturns = formatreturns or (lambda text: " -> " + text)

    def one(name):
        noted = annotations.get(name, _SENTINEL)
        return formatarg(name) + ("" if noted is _SENTINEL
                                  else ": " + formatannotation(noted))

    pieces = []
    first_default = len(args) - len(defaults or ())
    for index, name in enumerate(args):
        text = one(name)
        if defaults and index >= first_default:
            text += formatvalue(defaults[index - first_default])
        pieces.append(text)
    if varargs is not None:
        pieces.append(formatvarargs(one(varargs)))
    elif kwonlyargs:
        pieces.append("*")
    kwonlydefaults = kwonlydefaults or {}
    pieces += [one(name) + (formatvalue(kwonlydefaults[name])
                            if name in kwonlydefaults else "")
               for name in kwonlyargs or ()]
    if varkw is not None:
        pieces.append(formatvarkw(one(varkw)))
    returns = annotations.get("return", _SENTINEL)
    tail = ("" if returns is _SENTINEL
            else formatreturns(formatannotation(returns)))
    return "(" + ", ".join(pieces) + ")" + tail


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=None, formatvarkw=None, formatvalue=None):
    """The "(a=1, *b=(), **c={})" text of getargvalues()'s parts."""
    formatvarargs = formatvarargs or (lambda text: "*" + text)
    formatvarkw = formatvarkw or (lambda text: "**" + text)
    formatvalue = formatvalue or (lambda value: "=" + repr(value))
    pieces = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        pieces.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        pieces.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(pieces) + ")"


def getcallargs(*func_and_positional, **named):
    """The dict of parameter names to values a call func(*args, **kwds)
    would bind (a bound method's self included), with defaults filled in;
    TypeError with the interpreter's message when the call would fail.
    Its order: positional arguments, *args, **kwargs, the keywords given,
    then the defaults used."""
    func, *positional = func_and_positional
    if ismethod(func) and func.__self__ is not None:
        positional.insert(0, func.__self__)
    func = getattr(func, "__func__", func)
    names, star, keyword_only, starstar = _code_parameters(func.__code__)
    name = func.__name__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    out = {}
    for param, value in zip(names, positional):
        out[param] = value
    if star is not None:
        out[star] = tuple(positional[len(names):])
    if starstar is not None:
        out[starstar] = {}
    for key, value in named.items():
        if key in names or key in keyword_only:
            if key in out:
                raise TypeError("{}() got multiple values for argument {!r}"
                                .format(name, key))
            out[key] = value
        elif starstar is not None:
            out[starstar][key] = value
        else:
            raise TypeError("{}() got an unexpected keyword argument {!r}"
                            .format(name, key))
    # (3.6 looks at the keywords before counting positional arguments)
    if star is None and len(positional) > len(names):
        raise TypeError(_too_many(name, names, defaults, len(positional),
                                  named, keyword_only))
    first_default = len(names) - len(defaults)
    missing = []
    for index, param in enumerate(names):
        if param not in out:
            if index >= first_default:
                out[param] = defaults[index - first_default]
            else:
                missing.append(param)
    if missing:
        raise TypeError(_missing(name, missing, "positional"))
    missing = []
    for param in keyword_only:
        if param not in out:
            if param in kwdefaults:
                out[param] = kwdefaults[param]
            else:
                missing.append(param)
    if missing:
        raise TypeError(_missing(name, missing, "keyword-only"))
    return out


def _missing(name, params, what):
    # "f() missing 3 required positional arguments: 'a', 'b' and 'c'"
    # (inspect's wording: no comma before "and", unlike the interpreter's)
    quoted = [repr(p) for p in params]
    if len(quoted) == 1:
        listed = quoted[0]
    else:
        listed = ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return "{}() missing {} required {} argument{}: {}".format(
        name, len(params), what, "" if len(params) == 1 else "s", listed)


def _too_many(name, names, defaults, given, named, keyword_only):
    # "f() takes from 1 to 2 positional arguments but 3 were given"
    if defaults:
        takes = "from {} to {}".format(len(names) - len(defaults), len(names))
    else:
        takes = str(len(names))
    plural = "" if takes == "1" else "s"
    keywords = sum(1 for k in named if k in keyword_only)
    extra = ""
    if keywords:
        extra = " positional argument{} (and {} keyword-only argument{})".format(
            "" if given == 1 else "s", keywords, "" if keywords == 1 else "s")
        return "{}() takes {} positional argument{} but {}{} were given".format(
            name, takes, plural, given, extra)
    return "{}() takes {} positional argument{} but {} {} given".format(
        name, takes, plural, given, "was" if given == 1 else "were")


# -- signatures -----------------------------------------------------------------

class _empty:
    """Marks a parameter without default or annotation, and a signature
    without return annotation."""


class _void:
    """Stands for "not given" in replace()."""


# the five kinds, numbered in the order a signature must list them
_ParameterKind = enum.IntEnum(
    "_ParameterKind",
    "POSITIONAL_ONLY POSITIONAL_OR_KEYWORD VAR_POSITIONAL KEYWORD_ONLY "
    "VAR_KEYWORD", module=__name__, start=0)
_ParameterKind.__str__ = lambda kind: kind.name


# how messages name each kind
_DESCRIBED = {
    _ParameterKind.POSITIONAL_ONLY: "positional-only",
    _ParameterKind.POSITIONAL_OR_KEYWORD: "positional or keyword",
    _ParameterKind.VAR_POSITIONAL: "variadic positional",
    _ParameterKind.KEYWORD_ONLY: "keyword-only",
    _ParameterKind.VAR_KEYWORD: "variadic keyword",
}

_K = _ParameterKind


def _equal(a, b, kind, key):
    # == for the signature classes: same object, or both of kind with
    # equal keys; NotImplemented for other types
    if a is b:
        return True
    if not isinstance(b, kind):
        return NotImplemented
    return key(a) == key(b)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (each of the last two Parameter.empty when absent). Immutable; use
    replace() for a changed copy."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._kind = _checked_kind(kind)
        if default is not _empty and self._kind in (_K.VAR_POSITIONAL,
                                                    _K.VAR_KEYWORD):
            raise ValueError("{} parameters cannot have default values"
                             .format(_DESCRIBED[self._kind]))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}"
                            .format(type(name).__name__))
        if name[:1] == "." and name[1:].isdigit():
            # the hidden argument of a comprehension's code object
            if self._kind != _K.POSITIONAL_OR_KEYWORD:
                raise ValueError("implicit arguments must be passed as "
                                 "positional or keyword arguments, not {}"
                                 .format(_DESCRIBED[self._kind]))
            self._kind = _K.POSITIONAL_ONLY
            name = "implicit" + name[1:]
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        """A copy with the given fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=(self._annotation if annotation is _void
                        else annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ":" + formatannotation(self._annotation)
        if self._default is not _empty:
            text += "=" + repr(self._default)
        if self._kind == _K.VAR_POSITIONAL:
            return "*" + text
        if self._kind == _K.VAR_KEYWORD:
            return "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def _fields(self):
        return (self._name, self._kind, self._default, self._annotation)

    # Pickled as its name and kind, with default and annotation as state
    # (under the slot names, which CPython's pickles use too).
    _STATE_SLOTS = ('_default', '_annotation')

    def __reduce__(self):
        state = {slot: getattr(self, slot) for slot in self._STATE_SLOTS}
        return type(self), (self._name, self._kind), state

    def __setstate__(self, state):
        for slot in self._STATE_SLOTS:
            setattr(self, slot, state[slot])

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        return _equal(self, other, Parameter, Parameter._fields)


# the kinds, and the "no value" marker, as Parameter's attributes
for _kind in _ParameterKind:
    setattr(Parameter, _kind.name, _kind)
Parameter.empty = _empty
del _kind


def _checked_kind(value):
    # value as a _ParameterKind, or 3.6's ValueError
    for kind in _ParameterKind:
        if kind == value:
            return kind
    raise ValueError("value {!r} is not a valid Parameter.kind".format(value))


class BoundArguments:
    """The outcome of Signature.bind(): arguments, an OrderedDict of
    parameter names to values in parameter order, with args and kwargs
    views to make the call from."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        """The positional arguments of the call, as a tuple."""
        return self._call_parts()[0]

    @property
    def kwargs(self):
        """The keyword arguments of the call, as a dict."""
        return self._call_parts()[1]

    def _call_parts(self):
        # Arguments go by position up to the first keyword-only parameter
        # or the first one left unbound, by keyword after that.
        positional, keywords = [], {}
        by_keyword = False
        for name, param in self._signature.parameters.items():
            bound = name in self.arguments
            if not by_keyword and (param.kind >= _K.KEYWORD_ONLY or not bound):
                by_keyword = True
            if not bound:
                continue
            value = self.arguments[name]
            if param.kind == _K.VAR_KEYWORD:
                keywords.update(value)
            elif by_keyword:
                keywords[name] = value
            elif param.kind == _K.VAR_POSITIONAL:
                positional.extend(value)
            else:
                positional.append(value)
        return tuple(positional), keywords

    def apply_defaults(self):
        """Fill in the defaults (and () / {} for *args / **kwargs) of the
        parameters the call left out."""
        given = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in given:
                filled.append((name, given[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _K.VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _K.VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = collections.OrderedDict(filled)

    def __eq__(self, other):
        return _equal(self, other, BoundArguments,
                      lambda b: (b.signature, b.arguments))

    def __repr__(self):
        shown = ", ".join("{}={!r}".format(name, value)
                          for name, value in self.arguments.items())
        return "<{} ({})>".format(type(self).__name__, shown)


class Signature:
    """A callable's parameters (an ordered mapping of name to Parameter)
    and return annotation; bind() checks a call against them."""

    __slots__ = ("_return_annotation", "_parameters")

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = collections.OrderedDict()
        if parameters is not None:
            check = _OrderCheck() if __validate_parameters__ else None
            for param in parameters:
                if check is not None:
                    check.next(param)
                if param.name in table:
                    raise ValueError("duplicate parameter name: {!r}"
                                     .format(param.name))
                table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    def __reduce__(self):
        # The parameters again (the mapping proxy is not picklable), and
        # the return annotation as state.
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """The signature of any callable (see inspect.signature)."""
        return _signature(obj, follow_wrapped=follow_wrapped, sigcls=cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        # Keyword-only parameters compare by name, in any order (a dict:
        # an unhashable default must not stop ==).
        keyword_only = {p.name: p for p in self._parameters.values()
                        if p.kind == _K.KEYWORD_ONLY}
        ordered = tuple(p for p in self._parameters.values()
                        if p.kind != _K.KEYWORD_ONLY)
        return ordered, keyword_only, self._return_annotation

    def __hash__(self):
        ordered, keyword_only, returns = self._key()
        return hash((ordered, frozenset(keyword_only.values()), returns))

    def __eq__(self, other):
        return _equal(self, other, Signature, Signature._key)

    def bind(*args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError when
        the call would fail to bind."""
        return args[0]._bind(args[1:], kwargs, partial=False)

    def bind_partial(*args, **kwargs):
        """As bind(), but required parameters may be missing."""
        return args[0]._bind(args[1:], kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        bound = collections.OrderedDict()
        params = list(self._parameters.values())
        remaining = dict(kwargs)
        position = 0
        index = 0
        # positional arguments, in order
        while index < len(params):
            param = params[index]
            if param.kind in (_K.VAR_KEYWORD, _K.KEYWORD_ONLY):
                break
            if param.kind == _K.VAR_POSITIONAL:
                # bound only when positional arguments are left for it
                if position < len(args):
                    bound[param.name] = tuple(args[position:])
                    position = len(args)
                index += 1
                break
            if position >= len(args):
                break
            if param.name in remaining and param.kind != _K.POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {!r}"
                                .format(param.name))
            bound[param.name] = args[position]
            position += 1
            index += 1
        if position < len(args):
            raise TypeError("too many positional arguments")
        # the rest by keyword, or defaults
        kwargs_param = None
        for param in params[index:]:
            if param.kind == _K.VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _K.VAR_POSITIONAL:
                continue
            name = param.name
            if name in remaining and param.kind != _K.POSITIONAL_ONLY:
                bound[name] = remaining.pop(name)
                continue
            if param.kind == _K.POSITIONAL_ONLY and name in remaining:
                raise TypeError("{!r} parameter is positional only, but was "
                                "passed as a keyword".format(name))
            if not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}"
                                .format(name))
        if remaining:
            if kwargs_param is None:
                raise TypeError("got an unexpected keyword argument {!r}"
                                .format(next(iter(remaining))))
            bound[kwargs_param.name] = remaining
        return self._bound_arguments_cls(self, bound)

    def __str__(self):
        pieces = []
        slash_pending = False
        star_written = False
        for param in self._parameters.values():
            kind = param.kind
            if kind == _K.POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                pieces.append("/")
                slash_pending = False
            if kind == _K.VAR_POSITIONAL:
                star_written = True
            elif kind == _K.KEYWORD_ONLY and not star_written:
                pieces.append("*")
                star_written = True
            pieces.append(str(param))
        if slash_pending:
            pieces.append("/")
        text = "({})".format(", ".join(pieces))
        if self._return_annotation is not _empty:
            text += " -> " + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)


Signature.empty = _empty
Signature._parameter_cls = Parameter
Signature._bound_arguments_cls = BoundArguments


class _OrderCheck:
    # Fed the parameters one at a time: kinds must not go backwards, and
    # among the parameters of one positional kind a default, once given,
    # must go on to the last of them.

    def __init__(self):
        self.previous = _K.POSITIONAL_ONLY
        self.seen_default = False

    def next(self, param):
        kind = param.kind
        if kind < self.previous:
            raise ValueError("wrong parameter order: {} parameter before {} "
                             "parameter".format(_DESCRIBED[self.previous],
                                                _DESCRIBED[kind]))
        if kind > self.previous:
            self.previous = kind
            self.seen_default = False
        if kind in (_K.POSITIONAL_ONLY, _K.POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if self.seen_default:
                    raise ValueError("non-default argument follows default "
                                     "argument")
            else:
                self.seen_default = True


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable: functions, methods (without their
    bound first parameter), classes (from __init__ or __new__), callable
    instances, functools.partial objects. TypeError when obj is not
    callable; ValueError when no signature can be found (built-ins)."""
    return _signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func, sigcls=Signature):
    code = func.__code__
    positional, star, keyword_only, starstar = _code_parameters(code)
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = len(positional) - len(defaults)
    for index, name in enumerate(positional):
        default = (defaults[index - first_default] if index >= first_default
                   else _empty)
        params.append(Parameter(name, _K.POSITIONAL_OR_KEYWORD, default=default,
                                annotation=annotations.get(name, _empty)))
    if star is not None:
        params.append(Parameter(star, _K.VAR_POSITIONAL,
                                annotation=annotations.get(star, _empty)))
    for name in keyword_only:
        params.append(Parameter(name, _K.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if starstar is not None:
        params.append(Parameter(starstar, _K.VAR_KEYWORD,
                                annotation=annotations.get(starstar, _empty)))
    return sigcls(params,
                  return_annotation=annotations.get("return", _empty),
                  __validate_parameters__=False)


def _drop_first(sig):
    # the signature seen through a bound method: the first parameter goes,
    # unless it is *args (which keeps swallowing)
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_K.VAR_KEYWORD, _K.KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind != _K.VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _partial_signature(sig, partial_obj):
    # What remains after functools.partial fixed some arguments: those given
    # by position go; one given by keyword keeps a new default and, with
    # every positional parameter after it, can only be passed by keyword
    # (so *args goes too).
    try:
        bound = sig.bind_partial(*partial_obj.args, **partial_obj.keywords)
    except TypeError as exc:
        raise ValueError("partial object {!r} has incorrect arguments"
                         .format(partial_obj)) from exc
    keywords = partial_obj.keywords
    params = []
    keyword_mode = False
    for name, param in sig.parameters.items():
        kind = param.kind
        if name in keywords and kind not in (_K.VAR_POSITIONAL, _K.VAR_KEYWORD):
            keyword_mode = True
            params.append(param.replace(kind=_K.KEYWORD_ONLY,
                                        default=keywords[name]))
            continue
        if name in bound.arguments and kind in (_K.POSITIONAL_ONLY,
                                                _K.POSITIONAL_OR_KEYWORD):
            continue            # filled by position
        if keyword_mode and kind == _K.VAR_POSITIONAL:
            continue
        if keyword_mode and kind == _K.POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_K.KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def _signature(obj, follow_wrapped=True, skip_bound=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature(_method_function(obj), follow_wrapped, skip_bound,
                         sigcls)
        return _drop_first(sig) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature(obj, follow_wrapped, skip_bound, sigcls)
    given = getattr(obj, "__signature__", None)
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError("unexpected object {!r} in __signature__ "
                            "attribute".format(given))
        return given
    pm = getattr(obj, "_partialmethod", None)
    if isinstance(pm, functools.partialmethod):
        return _partialmethod_signature(pm, follow_wrapped, sigcls)
    if isfunction(obj) or _looks_like_function(obj):
        return _function_signature(obj, sigcls)
    if isinstance(obj, functools.partial):
        inner = _signature(obj.func, follow_wrapped, skip_bound, sigcls)
        return _partial_signature(inner, obj)
    if isinstance(obj, type):
        return _class_signature(obj, follow_wrapped, sigcls, skip_bound)
    if isbuiltin(obj) or ismethoddescriptor(obj) or (
            type(obj) is _MethodWrapper and _bound_descriptor_text(obj)):
        return _builtin_signature(obj, skip_bound, sigcls)
    call = _lookup_class_attr(type(obj), "__call__")
    if call is not None and isfunction(call):
        sig = _signature(call, follow_wrapped, skip_bound, sigcls)
        return _drop_first(sig) if skip_bound else sig
    raise ValueError("callable {!r} is not supported by signature"
                     .format(obj))


def _method_function(method):
    # The function a bound method calls. A method descriptor written in Go
    # (Decimal.quantize, a C method in 3.6) binds its Go function, which
    # has no text signature of its own: the descriptor in the class has.
    func = method.__func__
    if isbuiltin(func) and not getattr(func, "__text_signature__", None):
        name = getattr(func, "__name__", None)
        descr = (_lookup_class_attr(type(method.__self__), name)
                 if isinstance(name, str) else None)
        if (descr is not None and ismethoddescriptor(descr)
                and getattr(descr, "__text_signature__", None)):
            return descr
    return func


def _builtin_signature(obj, skip_bound, sigcls):
    # A built-in function or method descriptor has the signature its
    # __text_signature__ spells, as Argument Clinic writes it:
    # "($self, /, exp, rounding=None, context=None)".
    text = getattr(obj, "__text_signature__", None) or _bound_descriptor_text(obj)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(obj))
    return _signature_from_text(obj, text, skip_bound, sigcls)


# A slot bound to a value (1 .__add__), a C method-wrapper in 3.6.
_MethodWrapper = type(all.__call__)


def _bound_descriptor_text(obj):
    # A Go method bound to a value of a type written in Go
    # (Decimal(1).quantize) has no text signature of its own: the method
    # descriptor in the value's class has, as 3.6's C methods share one.
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", None)
    if owner is None or isinstance(owner, types.ModuleType) or not isinstance(name, str):
        return None
    descr = _lookup_class_attr(type(owner), name)
    if descr is None or not ismethoddescriptor(descr):
        return None
    return getattr(descr, "__text_signature__", None)


class _Unusable(Exception):
    """A default of a text signature that is no literal."""


def _text_default(node, namespaces):
    # The value of a default written in a text signature: a literal, or a
    # dotted name (sys.maxsize, a module constant) looked up in the
    # object's module, then among the loaded modules. _Unusable for an
    # expression that is no literal once names are replaced; a name that
    # is not found, or whose value is no str, number, bytes, bool or None,
    # raises RuntimeError, as in 3.6.
    import ast

    class Names(ast.NodeTransformer):
        def visit_Name(self, node):
            if not isinstance(node.ctx, ast.Load):
                raise _Unusable
            return self.constant(node.id)

        def visit_Attribute(self, node):
            parts = []
            inner = node
            while isinstance(inner, ast.Attribute):
                parts.append(inner.attr)
                inner = inner.value
            if not isinstance(inner, ast.Name):
                raise RuntimeError()
            parts.append(inner.id)
            return self.constant(".".join(reversed(parts)))

        def constant(self, dotted):
            for namespace in namespaces:
                try:
                    value = eval(dotted, namespace)
                except NameError:
                    continue
                break
            else:
                raise RuntimeError()
            if isinstance(value, str):
                return ast.Str(value)
            if isinstance(value, (int, float)):
                return ast.Num(value)
            if isinstance(value, bytes):
                return ast.Bytes(value)
            if value is None:
                return ast.NameConstant(value)
            raise RuntimeError()

    try:
        return ast.literal_eval(Names().visit(node))
    except (ValueError, _Unusable):
        raise _Unusable


def _signature_from_text(obj, text, skip_bound, sigcls):
    # Parameters from a text signature: those before "/" positional-only,
    # the "$" one (self, module, type) dropped when obj is bound to an
    # instance or a module (or kept, positional-only, on a descriptor); a
    # parameter whose default is not a constant is left out, as in 3.6.
    import ast
    clean, self_index, last_positional = \
        _signature_strip_non_python_syntax(text)
    try:
        tree = ast.parse("def foo" + clean + ": pass")
    except SyntaxError:
        tree = None
    if tree is None or not isinstance(tree.body[0], ast.FunctionDef):
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    args = tree.body[0].args
    namespaces = []
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    if module is not None:
        namespaces.append(module.__dict__)
    namespaces.append(dict(sys.modules))
    params = []

    def add(node, kind, default=None):
        if node.annotation is not None:
            raise ValueError("Annotations are not currently supported")
        value = _empty
        if default is not None:
            try:
                value = _text_default(default, namespaces)
            except _Unusable:
                return
        params.append(Parameter(node.arg, kind, default=value))

    defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    kind = (_K.POSITIONAL_ONLY if last_positional is not None
            else _K.POSITIONAL_OR_KEYWORD)
    for index, (node, default) in enumerate(zip(args.args, defaults)):
        add(node, kind, default)
        if index == last_positional:
            kind = _K.POSITIONAL_OR_KEYWORD
    if args.vararg is not None:
        add(args.vararg, _K.VAR_POSITIONAL)
    for node, default in zip(args.kwonlyargs, args.kw_defaults):
        add(node, _K.KEYWORD_ONLY, default)
    if args.kwarg is not None:
        add(args.kwarg, _K.VAR_KEYWORD)
    if self_index is not None:
        bound_to = getattr(obj, "__self__", None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_K.POSITIONAL_ONLY)
    return sigcls(params, return_annotation=_empty)


def _looks_like_function(obj):
    # An object that is not a function but carries what a function's
    # signature is read from (Cython's functions, for one).
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, "__name__", None)
    code = getattr(obj, "__code__", None)
    defaults = getattr(obj, "__defaults__", _void)
    kwdefaults = getattr(obj, "__kwdefaults__", _void)
    annotations = getattr(obj, "__annotations__", None)
    return (isinstance(name, str) and isinstance(code, types.CodeType)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and isinstance(annotations, dict))


def _partialmethod_signature(pm, follow_wrapped, sigcls):
    # The function a partialmethod makes for a class: the wrapped callable
    # less the arguments fixed after its first one, which stays (the
    # instance or class the method is got through), unless it is *args.
    inner = _signature(pm.func, follow_wrapped, True, sigcls)
    params = list(inner.parameters.values())
    fake = functools.partial(pm.func, None, *pm.args, **pm.keywords)
    sig = _partial_signature(inner, fake)
    if not params or params[0].kind is _K.VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=[params[0]] + list(sig.parameters.values()))


def _signature_get_bound_param(spec):
    # The name of the first parameter of a text signature "($name, ...)".
    assert spec.startswith("($")
    end = spec.find(",")
    if end == -1:
        end = spec.find(")")
    for mark in ":=":
        where = spec.find(mark)
        assert where == -1 or where > end
    return spec[2:end]


def _signature_strip_non_python_syntax(signature):
    """(text, self index, last positional-only index) of a built-in's text
    signature: the '$' before the bound parameter and the '/' after the
    positional-only ones taken out, the rest in one line of Python."""
    if not signature:
        return signature, None, None
    self_index = last_positional = None
    index = 0
    out = []
    comma_waiting = drop_comma = False
    source = iter([line.encode("ascii") for line in signature.split("\n")])
    for tok in tokenize.tokenize(source.__next__):
        kind, text = tok.type, tok.string
        if kind in (tokenize.ENCODING, tokenize.NEWLINE, tokenize.NL,
                    tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT):
            continue
        if kind == tokenize.OP and text == ",":
            if drop_comma:
                drop_comma = False
            else:
                comma_waiting = True
                index += 1
            continue
        if kind == tokenize.OP and text == "/":
            drop_comma = True
            last_positional = index - 1
            continue
        if kind == tokenize.ERRORTOKEN and text == "$":
            self_index = index
            continue
        if kind == tokenize.ERRORTOKEN and text.isspace():
            continue
        if comma_waiting:
            comma_waiting = False
            if text != ")":
                out.append(", ")
        out.append(text)
    return "".join(out), self_index, last_positional


def _lookup_class_attr(cls, name):
    for owner in cls.__mro__:
        if name in owner.__dict__:
            return owner.__dict__[name]
    return None


def _class_signature(cls, follow_wrapped, sigcls, skip_bound=True):
    # a metaclass __call__ first, then __new__, then __init__, each only
    # when Python code defines it; the first parameter (the class or the
    # instance) stays with skip_bound false, as getfullargspec shows it
    def through(func):
        sig = _signature(func, follow_wrapped, True, sigcls)
        return _drop_first(sig) if skip_bound else sig
    call = _lookup_class_attr(type(cls), "__call__")
    if call is not None and isfunction(call):
        return through(call)
    new = _lookup_class_attr(cls, "__new__")
    if isinstance(new, staticmethod):
        new = new.__func__
    if new is not None and isfunction(new):
        return through(new)
    init = _lookup_class_attr(cls, "__init__")
    if init is not None and isfunction(init):
        return through(init)
    for base in cls.__mro__:
        if base is object:
            return sigcls([])
        if base.__module__ == "builtins":
            raise ValueError("no signature found for builtin type {!r}"
                             .format(cls))
    return sigcls([])


def _main():
    # python -m inspect MODULE[:QUALNAME] [-d]: the object's source, or
    # with --details where the module comes from.
    import argparse
    import importlib

    cli = argparse.ArgumentParser()
    cli.add_argument("object", help="The object to be analysed. It "
                     "supports the 'module:qualname' syntax")
    cli.add_argument("-d", "--details", action="store_true",
                     help="Display info about the module rather than its "
                          "source code")
    options = cli.parse_args()
    target = options.object
    module_name, colon, qualname = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        print("Failed to import {} ({}: {})".format(
            module_name, type(exc).__name__, exc), file=sys.stderr)
        sys.exit(2)
    found = module
    if colon:
        for part in qualname.split("."):
            found = getattr(found, part)
    if module.__name__ in sys.builtin_module_names:
        print("Can't get info for builtin modules.", file=sys.stderr)
        sys.exit(1)
    if not options.details:
        print(getsource(found))
        return
    print("Target: {}".format(target))
    print("Origin: {}".format(getsourcefile(module)))
    print("Cached: {}".format(getattr(module, "__cached__", None)))
    if found is module:
        print("Loader: {!r}".format(module.__loader__))
        if hasattr(module, "__path__"):
            print("Submodule search path: {}".format(module.__path__))
    else:
        try:
            line = findsource(found)[1]
        except Exception:
            pass
        else:
            print("Line: {}".format(line))
    print("\n")


if __name__ == "__main__":
    _main()
