"""Symbol tables of Python source: the native half of the symtable module.

symtable(source, filename, mode) compiles source (which raises the
SyntaxError the compiler would), then walks its syntax tree and returns
the entry of the module block.  Each entry (function, class, lambda,
comprehension or the module itself) records every name its block uses,
with flags saying how the name is bound and, in the bits from SCOPE_OFF
up, the scope the name resolves to.
"""

import ast as _ast

# How a name is met in a block (the low bits of a symbol's flags).
DEF_GLOBAL = 1          # named by a global statement
DEF_LOCAL = 2           # bound: assigned, deleted, a for or with target...
DEF_PARAM = 4           # a parameter
_DEF_NONLOCAL = 8       # named by a nonlocal statement
USE = 16                # read
DEF_FREE = 32           # read, and bound in no enclosing block
DEF_FREE_CLASS = 64     # free in a method, bound in its class
DEF_IMPORT = 128        # bound by an import
DEF_ANNOT = 256         # annotated in the block
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# Where a name resolves (flags >> SCOPE_OFF & SCOPE_MASK).
SCOPE_OFF = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | _DEF_NONLOCAL
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# Kinds of block.
TYPE_FUNCTION = 0
TYPE_CLASS = 1
TYPE_MODULE = 2

_MODES = ('exec', 'eval', 'single')


class _Entry:
    """One block's table: name, type, lineno, nested, symbols (name ->
    flags, in the order the names are first met), varnames (the
    parameters, in order), children (the blocks inside, in order) and id."""

    def __init__(self, name, kind, lineno, parent):
        self.name = name
        self.type = kind
        self.lineno = lineno
        self.symbols = {}
        self.varnames = []
        self.children = []
        self.id = id(self)
        self.nested = int(parent is not None and
                          (parent.nested or parent.type == TYPE_FUNCTION))

    def __repr__(self):
        return '<symtable entry %s(%d), line %d>' % (self.name, self.id, self.lineno)


_Entry.__name__ = _Entry.__qualname__ = 'symtable entry'
_Entry.__module__ = 'builtins'


def _mangle(private, name):
    # A __name inside class C, not ending in __ nor dotted, is _C__name.
    if (private is None or not name.startswith('__') or name.endswith('__')
            or '.' in name):
        return name
    stem = private.lstrip('_')
    if not stem:
        return name
    return '_' + stem + name


class _Builder:
    """Walks a syntax tree and fills in the entries of its blocks."""

    def __init__(self):
        self.top = _Entry('top', TYPE_MODULE, 0, None)
        self.cur = self.top
        self.stack = []
        self.private = None

    # -- blocks and names --

    def enter(self, name, kind, lineno):
        entry = _Entry(name, kind, lineno, self.cur)
        self.cur.children.append(entry)
        self.stack.append(self.cur)
        self.cur = entry
        return entry

    def leave(self):
        self.cur = self.stack.pop()

    def define(self, name, flag):
        name = _mangle(self.private, name)
        table = self.cur.symbols
        table[name] = table.get(name, 0) | flag
        if flag & DEF_PARAM:
            self.cur.varnames.append(name)
        elif flag & DEF_GLOBAL:
            # The module's table learns of the declaration too.
            top = self.top.symbols
            top[name] = top.get(name, 0) | flag

    def visit(self, node):
        if node is None:
            return
        if isinstance(node, list):
            for item in node:
                self.visit(item)
            return
        handler = getattr(self, 'on_' + type(node).__name__, None)
        if handler is not None:
            handler(node)
        else:
            for child in _ast.iter_child_nodes(node):
                self.visit(child)

    # -- statements --

    def _function(self, node):
        self.define(node.name, DEF_LOCAL)
        args = node.args
        self.visit(args.defaults)
        self.visit([d for d in args.kw_defaults if d is not None])
        self._annotations(args, node.returns)
        self.visit(node.decorator_list)
        self.enter(node.name, TYPE_FUNCTION, node.lineno)
        self._parameters(args)
        self.visit(node.body)
        self.leave()

    on_FunctionDef = on_AsyncFunctionDef = _function

    def _annotations(self, args, returns):
        for a in args.args:
            self.visit(a.annotation)
        if args.vararg is not None:
            self.visit(args.vararg.annotation)
        if args.kwarg is not None:
            self.visit(args.kwarg.annotation)
        for a in args.kwonlyargs:
            self.visit(a.annotation)
        self.visit(returns)

    def _parameters(self, args):
        for a in args.args:
            self.define(a.arg, DEF_PARAM)
        for a in args.kwonlyargs:
            self.define(a.arg, DEF_PARAM)
        if args.vararg is not None:
            self.define(args.vararg.arg, DEF_PARAM)
        if args.kwarg is not None:
            self.define(args.kwarg.arg, DEF_PARAM)

    def on_ClassDef(self, node):
        self.define(node.name, DEF_LOCAL)
        self.visit(node.bases)
        self.visit(node.keywords)
        self.visit(node.decorator_list)
        self.enter(node.name, TYPE_CLASS, node.lineno)
        outer, self.private = self.private, node.name
        self.visit(node.body)
        self.private = outer
        self.leave()

    def on_AnnAssign(self, node):
        target = node.target
        if isinstance(target, _ast.Name):
            if node.simple:
                self.define(target.id, DEF_ANNOT | DEF_LOCAL)
            elif node.value is not None:
                self.define(target.id, DEF_LOCAL)
        else:
            self.visit(target)
        self.visit(node.annotation)
        self.visit(node.value)

    def on_Global(self, node):
        for name in node.names:
            self.define(name, DEF_GLOBAL)

    def on_Nonlocal(self, node):
        for name in node.names:
            self.define(name, _DEF_NONLOCAL)

    def _import(self, node):
        for alias in node.names:
            if alias.name == '*':
                continue
            bound = alias.asname or alias.name.partition('.')[0]
            self.define(bound, DEF_IMPORT)

    on_Import = on_ImportFrom = _import

    def on_ExceptHandler(self, node):
        self.visit(node.type)
        if node.name is not None:
            self.define(node.name, DEF_LOCAL)
        self.visit(node.body)

    # -- expressions --

    def on_Name(self, node):
        load = isinstance(node.ctx, _ast.Load)
        self.define(node.id, USE if load else DEF_LOCAL)
        # super() with no arguments reads the method's class cell.
        if load and node.id == 'super' and self.cur.type == TYPE_FUNCTION:
            self.define('__class__', USE)

    def on_Lambda(self, node):
        args = node.args
        self.visit(args.defaults)
        self.visit([d for d in args.kw_defaults if d is not None])
        self.enter('lambda', TYPE_FUNCTION, node.lineno)
        self._parameters(args)
        self.visit(node.body)
        self.leave()

    def _comprehension(self, node, name, parts):
        first = node.generators[0]
        self.visit(first.iter)
        self.enter(name, TYPE_FUNCTION, node.lineno)
        self.define('.0', DEF_PARAM)
        if name != 'genexpr':
            # The list, set or dict being built.
            self.define('_[1]', DEF_LOCAL)
        self.visit(first.target)
        self.visit(first.ifs)
        for gen in node.generators[1:]:
            self.visit(gen.target)
            self.visit(gen.iter)
            self.visit(gen.ifs)
        for part in parts:
            self.visit(part)
        self.leave()

    def on_ListComp(self, node):
        self._comprehension(node, 'listcomp', (node.elt,))

    def on_SetComp(self, node):
        self._comprehension(node, 'setcomp', (node.elt,))

    def on_GeneratorExp(self, node):
        self._comprehension(node, 'genexpr', (node.elt,))

    def on_DictComp(self, node):
        self._comprehension(node, 'dictcomp', (node.value, node.key))


def _analyze(entry, bound, free, glob):
    """Give each name of entry and its children its scope, as the
    compiler resolves it.  bound is the set of names bound in the
    enclosing function blocks (None at the top), glob the names known to
    be global; the names free in entry are added to free."""
    scopes = {}
    local = set()
    newglob = set()
    newbound = set()
    newfree = set()
    if entry.type == TYPE_CLASS:
        # A class body's names are not seen by the blocks inside it.
        newglob |= glob
        if bound is not None:
            newbound |= bound
    for name, flags in entry.symbols.items():
        scopes[name] = _resolve(name, flags, bound, local, free, glob)
    if entry.type != TYPE_CLASS:
        if entry.type == TYPE_FUNCTION:
            newbound |= local
        if bound is not None:
            newbound |= bound
        newglob |= glob
    else:
        newbound.add('__class__')
    children_free = set()
    for child in entry.children:
        child_free = set()
        _analyze(child, set(newbound), child_free, set(newglob))
        children_free |= child_free
    newfree |= children_free
    if entry.type == TYPE_FUNCTION:
        for name, scope in scopes.items():
            if scope == LOCAL and name in newfree:
                scopes[name] = CELL
                newfree.discard(name)
    elif entry.type == TYPE_CLASS:
        newfree.discard('__class__')
    _record(entry, scopes, bound, newfree)
    free |= newfree


def _resolve(name, flags, bound, local, free, glob):
    if flags & DEF_GLOBAL:
        glob.add(name)
        if bound is not None:
            bound.discard(name)
        return GLOBAL_EXPLICIT
    if flags & _DEF_NONLOCAL:
        free.add(name)
        return FREE
    if flags & DEF_BOUND:
        local.add(name)
        glob.discard(name)
        return LOCAL
    if bound is not None and name in bound:
        free.add(name)
        return FREE
    return GLOBAL_IMPLICIT


def _record(entry, scopes, bound, free):
    table = entry.symbols
    in_class = entry.type == TYPE_CLASS
    for name in table:
        table[name] |= scopes[name] << SCOPE_OFF
    for name in sorted(free):
        flags = table.get(name)
        if flags is not None:
            if in_class and flags & (DEF_BOUND | DEF_GLOBAL):
                table[name] = flags | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        table[name] = FREE << SCOPE_OFF


def _filename_arg(filename):
    # str or bytes as given; a buffer warns and is taken as it is (as
    # CPython 3.6's path decoding does), anything else is TypeError.
    if isinstance(filename, (str, bytes)):
        return filename
    if hasattr(filename, '__fspath__'):
        path = filename.__fspath__()
        if isinstance(path, (str, bytes)):
            return path
    if isinstance(filename, (bytearray, memoryview)):
        import warnings
        warnings.warn('path should be string, bytes, or os.PathLike, not %s'
                      % type(filename).__name__, DeprecationWarning, 2)
        hash(filename)
        return filename
    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                    % type(filename).__name__)


def symtable(source, filename, mode):
    """symtable(source, filename, mode) -> the entry of the module block

    source must be a str; mode is 'exec', 'eval' or 'single'."""
    if not isinstance(source, str):
        raise TypeError('symtable() argument 1 must be str, not %s'
                        % type(source).__name__)
    if '\0' in source:
        raise ValueError('embedded null character')
    filename = _filename_arg(filename)
    if not isinstance(mode, str):
        raise TypeError('symtable() argument 3 must be str, not %s'
                        % type(mode).__name__)
    if mode not in _MODES:
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    name = filename if isinstance(filename, str) else (
        bytes(filename).decode('utf-8', 'surrogateescape'))
    # Every error the compiler raises (parsing or resolving names) first.
    compile(source, name, mode, 0, True)
    tree = _ast.parse(source, name, mode)
    builder = _Builder()
    builder.visit(tree.body)
    top = builder.top
    _analyze(top, None, set(), set())
    return top
