# The node classes of _ast, built from the table below, and _build, which
# turns the nested tuples of _parse into nodes.

class AST(object):
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        names = type(self)._fields
        if args:
            if len(args) != len(names):
                _arity_error(type(self), len(names))
            for name, value in zip(names, args):
                setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _arity_error(cls, n):
    label = "_ast.AST" if cls is AST else cls.__name__
    if n == 0:
        raise TypeError("%s constructor takes 0 positional arguments" % label)
    raise TypeError("%s constructor takes either 0 or %d positional argument%s"
                    % (label, n, "" if n == 1 else "s"))


_LOC = ("lineno", "col_offset")

# Each entry: abstract base, its _attributes, then "Name:field field ...".
_GRAMMAR = (
    ("mod", (), "Module:body Interactive:body Expression:body Suite:body"),
    ("stmt", _LOC,
     "FunctionDef:name,args,body,decorator_list,returns "
     "AsyncFunctionDef:name,args,body,decorator_list,returns "
     "ClassDef:name,bases,keywords,body,decorator_list "
     "Return:value Delete:targets Assign:targets,value "
     "AugAssign:target,op,value AnnAssign:target,annotation,value,simple "
     "For:target,iter,body,orelse AsyncFor:target,iter,body,orelse "
     "While:test,body,orelse If:test,body,orelse With:items,body "
     "AsyncWith:items,body Raise:exc,cause "
     "Try:body,handlers,orelse,finalbody Assert:test,msg Import:names "
     "ImportFrom:module,names,level Global:names Nonlocal:names Expr:value "
     "Pass: Break: Continue:"),
    ("expr", _LOC,
     "BoolOp:op,values BinOp:left,op,right UnaryOp:op,operand "
     "Lambda:args,body IfExp:test,body,orelse Dict:keys,values Set:elts "
     "ListComp:elt,generators SetComp:elt,generators "
     "DictComp:key,value,generators GeneratorExp:elt,generators "
     "Await:value Yield:value YieldFrom:value "
     "Compare:left,ops,comparators Call:func,args,keywords Num:n Str:s "
     "FormattedValue:value,conversion,format_spec JoinedStr:values "
     "Bytes:s NameConstant:value Ellipsis: Constant:value "
     "Attribute:value,attr,ctx Subscript:value,slice,ctx "
     "Starred:value,ctx Name:id,ctx List:elts,ctx Tuple:elts,ctx"),
    ("expr_context", (), "Load: Store: Del: AugLoad: AugStore: Param:"),
    ("slice", (), "Slice:lower,upper,step ExtSlice:dims Index:value"),
    ("boolop", (), "And: Or:"),
    ("operator", (),
     "Add: Sub: Mult: MatMult: Div: Mod: Pow: LShift: RShift: BitOr: "
     "BitXor: BitAnd: FloorDiv:"),
    ("unaryop", (), "Invert: Not: UAdd: USub:"),
    ("cmpop", (), "Eq: NotEq: Lt: LtE: Gt: GtE: Is: IsNot: In: NotIn:"),
    ("excepthandler", _LOC, "ExceptHandler:type,name,body"),
)

# Product types: classes of their own directly under AST.
_PRODUCTS = (
    ("comprehension", (), "target,iter,ifs,is_async"),
    ("arguments", (), "args,vararg,kwonlyargs,kw_defaults,kwarg,defaults"),
    ("arg", _LOC, "arg,annotation"),
    ("keyword", (), "arg,value"),
    ("alias", (), "name,asname"),
    ("withitem", (), "context_expr,optional_vars"),
)


def _fields_of(spec):
    return tuple(f for f in spec.split(",") if f)


def _make_classes(g):
    for base_name, attrs, members in _GRAMMAR:
        base = type(base_name, (AST,), {"_fields": (), "_attributes": attrs, "__module__": "_ast"})
        g[base_name] = base
        for item in members.split():
            name, _, spec = item.partition(":")
            g[name] = type(name, (base,), {"_fields": _fields_of(spec), "__module__": "_ast"})
    for name, attrs, spec in _PRODUCTS:
        g[name] = type(name, (AST,), {"_fields": _fields_of(spec), "_attributes": attrs, "__module__": "_ast"})


_make_classes(globals())
del _make_classes

# Nodes without fields (contexts and operators) are shared, as in CPython.
_shared = {}


def _build(t):
    if type(t) is tuple:
        kind = t[0]
        cls = globals()[kind]
        names = cls._fields
        if not names:
            obj = _shared.get(kind)
            if obj is None:
                obj = cls()
                if cls._attributes:
                    obj.lineno = t[1]
                    obj.col_offset = t[2]
                else:
                    _shared[kind] = obj
            return obj
        obj = cls()
        i = 3
        for name in names:
            setattr(obj, name, _build(t[i]))
            i += 1
        if cls._attributes:
            obj.lineno = t[1]
            obj.col_offset = t[2]
        return obj
    if type(t) is list:
        return [_build(x) for x in t]
    return t


def _parse_source(source, filename, mode):
    if isinstance(source, (bytes, bytearray)):
        source = _decode(bytes(source))
    elif not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    return _build(_parse(source, filename, mode))


def _decode(data):
    # The source's encoding is found as for a file: a BOM or a coding
    # cookie on one of the first two lines, else UTF-8.
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    return data.decode(encoding)


_MODE_NODE = {"exec": "Module", "eval": "Expression", "single": "Interactive"}


def _compile(builtins, args, kwargs, is_tree):
    names = ("source", "filename", "mode", "flags", "dont_inherit", "optimize")
    vals = dict(zip(names, args))
    vals.update(kwargs)
    source = vals.get("source")
    filename = vals.get("filename")
    mode = vals.get("mode")
    flags = vals.get("flags", 0)
    if mode not in _MODE_NODE:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if isinstance(filename, bytes):
        filename = filename.decode("utf-8")
    if not is_tree:
        return _parse_source(source, filename, mode)
    want = _MODE_NODE[mode]
    if type(source).__name__ != want or not isinstance(source, globals()[want]):
        raise TypeError("expected %s node, got %s" % (want, type(source).__name__))
    if flags & PyCF_ONLY_AST:
        return source
    _validate(source)
    text = _unparse(source)
    rest = dict(kwargs)
    rest.pop("source", None)
    return builtins.compile(text, *args[1:], **rest)


# compile() of a tree: the tree is written back as source, each statement
# on the line its lineno gives where it can be, and that source compiled.

_BINOPS = {"Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/",
           "Mod": "%", "Pow": "**", "LShift": "<<", "RShift": ">>",
           "BitOr": "|", "BitXor": "^", "BitAnd": "&", "FloorDiv": "//"}
_UNARY = {"Invert": "~", "Not": "not ", "UAdd": "+", "USub": "-"}
_CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">",
           "GtE": ">=", "Is": "is", "IsNot": "is not", "In": "in",
           "NotIn": "not in"}


class _Writer(object):
    def __init__(self):
        self.lines = []

    def emit(self, node, indent, text):
        line = getattr(node, "lineno", None)
        if type(line) is int:
            while len(self.lines) + 1 < line:
                self.lines.append("")
        self.lines.append("    " * indent + text)

    def need(self, node, kind):
        for name in ("lineno", "col_offset"):
            if not hasattr(node, name):
                raise TypeError('required field "%s" missing from %s' % (name, kind))
            if not isinstance(getattr(node, name), int):
                raise ValueError("invalid integer value: %r" % (getattr(node, name),))

    def body(self, stmts, indent):
        if not stmts:
            self.lines.append("    " * indent + "pass")
        for s in stmts:
            self.stmt(s, indent)

    def stmt(self, s, indent):
        self.need(s, "stmt")
        kind = type(s).__name__
        e = self.expr
        if kind in ("FunctionDef", "AsyncFunctionDef"):
            for dec in s.decorator_list:
                self.emit(s, indent, "@" + e(dec))
            head = "async def " if kind == "AsyncFunctionDef" else "def "
            ret = " -> " + e(s.returns) if s.returns is not None else ""
            self.emit(s, indent, head + _ident(s.name) + "(" + self.args(s.args) + ")" + ret + ":")
            self.body(s.body, indent + 1)
        elif kind == "ClassDef":
            for dec in s.decorator_list:
                self.emit(s, indent, "@" + e(dec))
            parts = [e(b) for b in s.bases] + [self.keyword(k) for k in s.keywords]
            self.emit(s, indent, "class " + _ident(s.name) + "(" + ", ".join(parts) + "):")
            self.body(s.body, indent + 1)
        elif kind == "Return":
            self.emit(s, indent, "return" + ("" if s.value is None else " " + e(s.value)))
        elif kind == "Delete":
            self.emit(s, indent, "del " + ", ".join(e(t) for t in s.targets))
        elif kind == "Assign":
            self.emit(s, indent, " = ".join(e(t) for t in s.targets) + " = " + e(s.value))
        elif kind == "AugAssign":
            self.emit(s, indent, e(s.target) + " " + _BINOPS[type(s.op).__name__] + "= " + e(s.value))
        elif kind == "AnnAssign":
            target = e(s.target)
            if not (s.simple and type(s.target).__name__ == "Name"):
                target = "(" + target + ")"
            value = "" if s.value is None else " = " + e(s.value)
            self.emit(s, indent, target + ": " + e(s.annotation) + value)
        elif kind in ("For", "AsyncFor"):
            head = "async for " if kind == "AsyncFor" else "for "
            self.emit(s, indent, head + e(s.target) + " in " + e(s.iter) + ":")
            self.body(s.body, indent + 1)
            self.orelse(s.orelse, indent)
        elif kind == "While":
            self.emit(s, indent, "while " + e(s.test) + ":")
            self.body(s.body, indent + 1)
            self.orelse(s.orelse, indent)
        elif kind == "If":
            self.emit(s, indent, "if " + e(s.test) + ":")
            self.body(s.body, indent + 1)
            self.orelse(s.orelse, indent)
        elif kind in ("With", "AsyncWith"):
            items = []
            for item in s.items:
                text = e(item.context_expr)
                if item.optional_vars is not None:
                    text += " as " + e(item.optional_vars)
                items.append(text)
            head = "async with " if kind == "AsyncWith" else "with "
            self.emit(s, indent, head + ", ".join(items) + ":")
            self.body(s.body, indent + 1)
        elif kind == "Raise":
            text = "raise"
            if s.exc is not None:
                text += " " + e(s.exc)
                if s.cause is not None:
                    text += " from " + e(s.cause)
            self.emit(s, indent, text)
        elif kind == "Try":
            self.emit(s, indent, "try:")
            self.body(s.body, indent + 1)
            for h in s.handlers:
                self.need(h, "excepthandler")
                text = "except"
                if h.type is not None:
                    text += " " + e(h.type)
                    if h.name is not None:
                        text += " as " + _ident(h.name)
                self.emit(h, indent, text + ":")
                self.body(h.body, indent + 1)
            self.orelse(s.orelse, indent)
            if s.finalbody:
                self.lines.append("    " * indent + "finally:")
                self.body(s.finalbody, indent + 1)
        elif kind == "Assert":
            msg = "" if s.msg is None else ", " + e(s.msg)
            self.emit(s, indent, "assert " + e(s.test) + msg)
        elif kind == "Import":
            self.emit(s, indent, "import " + ", ".join(self.alias(a) for a in s.names))
        elif kind == "ImportFrom":
            module = "." * (s.level or 0) + (s.module or "")
            self.emit(s, indent, "from " + module + " import " + ", ".join(self.alias(a) for a in s.names))
        elif kind in ("Global", "Nonlocal"):
            self.emit(s, indent, kind.lower() + " " + ", ".join(_ident(n) for n in s.names))
        elif kind == "Expr":
            self.emit(s, indent, e(s.value))
        elif kind in ("Pass", "Break", "Continue"):
            self.emit(s, indent, kind.lower())
        else:
            raise TypeError("expected some sort of stmt, but got %r" % (s,))

    def orelse(self, stmts, indent):
        if stmts:
            self.lines.append("    " * indent + "else:")
            self.body(stmts, indent + 1)

    def alias(self, a):
        if getattr(a, "asname", None) is None:
            return a.name
        return a.name + " as " + _ident(a.asname)

    def keyword(self, k):
        if k.arg is None:
            return "**" + self.expr(k.value)
        return _ident(k.arg) + "=" + self.expr(k.value)

    def arg(self, a):
        text = _ident(a.arg)
        if a.annotation is not None:
            text += ": " + self.expr(a.annotation)
        return text

    def args(self, a):
        parts = []
        first_default = len(a.args) - len(a.defaults)
        for i, p in enumerate(a.args):
            text = self.arg(p)
            if i >= first_default:
                text += "=" + self.expr(a.defaults[i - first_default])
            parts.append(text)
        if a.vararg is not None:
            parts.append("*" + self.arg(a.vararg))
        elif a.kwonlyargs:
            parts.append("*")
        for p, default in zip(a.kwonlyargs, a.kw_defaults):
            text = self.arg(p)
            if default is not None:
                text += "=" + self.expr(default)
            parts.append(text)
        if a.kwarg is not None:
            parts.append("**" + self.arg(a.kwarg))
        return ", ".join(parts)

    def comps(self, generators):
        out = ""
        for g in generators:
            out += " async for " if getattr(g, "is_async", 0) else " for "
            out += self.expr(g.target) + " in " + self.expr(g.iter)
            for cond in g.ifs:
                out += " if " + self.expr(cond)
        return out

    def expr(self, x):
        if not isinstance(x, AST):
            raise TypeError("expected some sort of expr, but got %r" % (x,))
        self.need(x, "expr")
        kind = type(x).__name__
        e = self.expr
        if kind == "Name":
            return _ident(x.id)
        if kind == "Num":
            return "(" + repr(x.n) + ")"
        if kind in ("Str", "Bytes"):
            return repr(x.s)
        if kind in ("NameConstant", "Constant"):
            return "..." if x.value is ... else "(" + repr(x.value) + ")"
        if kind == "Ellipsis":
            return "..."
        if kind == "JoinedStr":
            return self.joined(x)
        if kind == "FormattedValue":
            return self.joined(JoinedStr(values=[x]))
        if kind == "BoolOp":
            word = " and " if type(x.op).__name__ == "And" else " or "
            return "(" + word.join(e(v) for v in x.values) + ")"
        if kind == "BinOp":
            return "(" + e(x.left) + " " + _BINOPS[type(x.op).__name__] + " " + e(x.right) + ")"
        if kind == "UnaryOp":
            return "(" + _UNARY[type(x.op).__name__] + e(x.operand) + ")"
        if kind == "Lambda":
            args = self.args(x.args)
            return "(lambda" + (" " + args if args else "") + ": " + e(x.body) + ")"
        if kind == "IfExp":
            return "(" + e(x.body) + " if " + e(x.test) + " else " + e(x.orelse) + ")"
        if kind == "Dict":
            items = []
            for k, v in zip(x.keys, x.values):
                items.append("**" + e(v) if k is None else e(k) + ": " + e(v))
            return "{" + ", ".join(items) + "}"
        if kind == "Set":
            return "{" + ", ".join(e(v) for v in x.elts) + "}" if x.elts else "{*()}"
        if kind == "ListComp":
            return "[" + e(x.elt) + self.comps(x.generators) + "]"
        if kind == "SetComp":
            return "{" + e(x.elt) + self.comps(x.generators) + "}"
        if kind == "DictComp":
            return "{" + e(x.key) + ": " + e(x.value) + self.comps(x.generators) + "}"
        if kind == "GeneratorExp":
            return "(" + e(x.elt) + self.comps(x.generators) + ")"
        if kind == "Await":
            return "(await " + e(x.value) + ")"
        if kind == "Yield":
            return "(yield)" if x.value is None else "(yield " + e(x.value) + ")"
        if kind == "YieldFrom":
            return "(yield from " + e(x.value) + ")"
        if kind == "Compare":
            text = e(x.left)
            for op, right in zip(x.ops, x.comparators):
                text += " " + _CMPOPS[type(op).__name__] + " " + e(right)
            return "(" + text + ")"
        if kind == "Call":
            parts = [e(a) for a in x.args] + [self.keyword(k) for k in x.keywords]
            return e(x.func) + "(" + ", ".join(parts) + ")"
        if kind == "Attribute":
            return e(x.value) + "." + _ident(x.attr)
        if kind == "Subscript":
            return e(x.value) + "[" + self.slice(x.slice) + "]"
        if kind == "Starred":
            return "*" + e(x.value)
        if kind == "List":
            return "[" + ", ".join(e(v) for v in x.elts) + "]"
        if kind == "Tuple":
            if len(x.elts) == 1:
                return "(" + e(x.elts[0]) + ",)"
            return "(" + ", ".join(e(v) for v in x.elts) + ")"
        raise TypeError("expected some sort of expr, but got %r" % (x,))

    def slice(self, s):
        kind = type(s).__name__
        if kind == "Index":
            return self.expr(s.value)
        if kind == "Slice":
            text = "" if s.lower is None else self.expr(s.lower)
            text += ":" + ("" if s.upper is None else self.expr(s.upper))
            if s.step is not None:
                text += ":" + self.expr(s.step)
            return text
        if kind == "ExtSlice":
            return ", ".join(self.slice(d) for d in s.dims) + ","
        raise TypeError("expected some sort of slice, but got %r" % (s,))

    def joined(self, x):
        # Each field becomes str.format on a literal, in order, as the
        # compiler does with f-strings.
        parts = []
        for v in x.values:
            if type(v).__name__ == "Str":
                parts.append(repr(v.s))
            else:
                parts.append(self.field(v))
        return "''.join((" + "".join(p + ", " for p in parts) + "))"

    def field(self, v):
        args = [self.expr(v.value)]
        fmt = "{0"
        if v.conversion is not None and v.conversion != -1:
            fmt += "!" + chr(v.conversion)
        spec = v.format_spec
        if spec is not None:
            fmt += ":"
            for part in spec.values:
                if type(part).__name__ == "Str":
                    fmt += part.s.replace("{", "{{").replace("}", "}}")
                else:
                    args.append(self.expr(part.value))
                    inner = "{%d" % (len(args) - 1)
                    if part.conversion is not None and part.conversion != -1:
                        inner += "!" + chr(part.conversion)
                    fmt += inner + "}"
        fmt += "}"
        return repr(fmt) + ".format(" + ", ".join(args) + ")"


def _ident(name):
    if not isinstance(name, str):
        raise TypeError("AST identifier must be of type str")
    return name


def _unparse(tree):
    w = _Writer()
    kind = type(tree).__name__
    if kind == "Expression":
        return w.expr(tree.body)
    for s in tree.body:
        w.stmt(s, 0)
    return "\n".join(w.lines) + "\n"


# compile() of a tree checks it first, as CPython's validator does
# (Python/ast.c): what the grammar could never produce is a ValueError (a
# TypeError for a wrong kind of constant), with CPython's message.

def _get(node, name):
    return getattr(node, name, None)


def _seq(node, name):
    return _get(node, name) or []


def _ctx_name(ctx):
    return type(ctx).__name__


class _Checker(object):
    def stmts(self, stmts):
        for s in stmts:
            if s is None:
                raise ValueError("None disallowed in statement list")
            self.stmt(s)

    def nonempty(self, seq, what, owner):
        if not seq:
            raise ValueError("empty %s on %s" % (what, owner))

    def body(self, node, owner):
        seq = _seq(node, "body")
        self.nonempty(seq, "body", owner)
        self.stmts(seq)

    def exprs(self, exprs, ctx, null_ok=False):
        for x in exprs:
            if x is None:
                if not null_ok:
                    raise ValueError("None disallowed in expression list")
                continue
            self.expr(x, ctx)

    def req(self, node, field, ctx):
        # a field the node cannot do without
        if not hasattr(node, field):
            raise TypeError('required field "%s" missing from %s'
                            % (field, type(node).__name__))
        x = getattr(node, field)
        if x is None:
            raise ValueError("field %s is required for %s"
                             % (field, type(node).__name__))
        self.expr(x, ctx)

    def opt(self, x, ctx="Load"):
        if x is not None:
            self.expr(x, ctx)

    def arguments(self, a):
        if a is None:
            return
        for group in ("args", "kwonlyargs"):
            for p in _seq(a, group):
                self.opt(_get(p, "annotation"))
        for single in ("vararg", "kwarg"):
            p = _get(a, single)
            if p is not None:
                self.opt(_get(p, "annotation"))
        if len(_seq(a, "defaults")) > len(_seq(a, "args")):
            raise ValueError("more positional defaults than args on arguments")
        if len(_seq(a, "kw_defaults")) != len(_seq(a, "kwonlyargs")):
            raise ValueError("length of kwonlyargs is not the same as "
                             "kw_defaults on arguments")
        self.exprs(_seq(a, "defaults"), "Load")
        self.exprs(_seq(a, "kw_defaults"), "Load", True)

    def keywords(self, kws):
        for k in kws:
            self.req(k, "value", "Load")

    def comprehension(self, gens):
        if not gens:
            raise ValueError("comprehension with no generators")
        for g in gens:
            self.req(g, "target", "Store")
            self.req(g, "iter", "Load")
            self.exprs(_seq(g, "ifs"), "Load")

    def slice(self, s):
        kind = type(s).__name__
        if kind == "Slice":
            for part in ("lower", "upper", "step"):
                self.opt(_get(s, part))
        elif kind == "ExtSlice":
            dims = _seq(s, "dims")
            self.nonempty(dims, "dims", "ExtSlice")
            for d in dims:
                self.slice(d)
        elif kind == "Index":
            self.req(s, "value", "Load")

    def stmt(self, s):
        kind = type(s).__name__
        if kind in ("FunctionDef", "AsyncFunctionDef"):
            self.body(s, kind)
            self.arguments(_get(s, "args"))
            self.exprs(_seq(s, "decorator_list"), "Load")
            self.opt(_get(s, "returns"))
        elif kind == "ClassDef":
            self.body(s, kind)
            self.exprs(_seq(s, "bases"), "Load")
            self.keywords(_seq(s, "keywords"))
            self.exprs(_seq(s, "decorator_list"), "Load")
        elif kind == "Return":
            self.opt(_get(s, "value"))
        elif kind in ("Delete", "Assign"):
            targets = _seq(s, "targets")
            self.nonempty(targets, "targets", kind)
            self.exprs(targets, "Del" if kind == "Delete" else "Store")
            if kind == "Assign":
                self.req(s, "value", "Load")
        elif kind == "AugAssign":
            self.req(s, "target", "Store")
            self.req(s, "value", "Load")
        elif kind == "AnnAssign":
            target = _get(s, "target")
            if _get(s, "simple") and type(target).__name__ != "Name":
                raise TypeError("AnnAssign with simple non-Name target")
            self.expr(target, "Store")
            self.opt(_get(s, "value"))
            self.req(s, "annotation", "Load")
        elif kind in ("For", "AsyncFor"):
            self.req(s, "target", "Store")
            self.req(s, "iter", "Load")
            self.body(s, kind)
            self.stmts(_seq(s, "orelse"))
        elif kind in ("While", "If"):
            self.req(s, "test", "Load")
            self.body(s, kind)
            self.stmts(_seq(s, "orelse"))
        elif kind in ("With", "AsyncWith"):
            items = _seq(s, "items")
            self.nonempty(items, "items", kind)
            for item in items:
                self.req(item, "context_expr", "Load")
                self.opt(_get(item, "optional_vars"), "Store")
            self.body(s, kind)
        elif kind == "Raise":
            exc, cause = _get(s, "exc"), _get(s, "cause")
            if exc is None and cause is not None:
                raise ValueError("Raise with cause but no exception")
            self.opt(exc)
            self.opt(cause)
        elif kind == "Try":
            self.body(s, "Try")
            handlers = _seq(s, "handlers")
            if not handlers and not _seq(s, "finalbody"):
                raise ValueError("Try has neither except handlers nor "
                                 "finalbody")
            if not handlers and _seq(s, "orelse"):
                raise ValueError("Try has orelse but no except handlers")
            for h in handlers:
                self.opt(_get(h, "type"))
                self.body(h, "ExceptHandler")
            self.stmts(_seq(s, "finalbody"))
            self.stmts(_seq(s, "orelse"))
        elif kind == "Assert":
            self.req(s, "test", "Load")
            self.opt(_get(s, "msg"))
        elif kind in ("Import", "Global", "Nonlocal"):
            self.nonempty(_seq(s, "names"), "names", kind)
        elif kind == "ImportFrom":
            level = _get(s, "level")
            if isinstance(level, int) and level < 0:
                raise ValueError("Negative ImportFrom level")
            self.nonempty(_seq(s, "names"), "names", kind)
        elif kind == "Expr":
            self.req(s, "value", "Load")

    _CTX_KINDS = ("Attribute", "Subscript", "Starred", "Name", "List",
                  "Tuple")

    def expr(self, x, ctx):
        if x is None:
            return  # a missing field: the writer reports it
        kind = type(x).__name__
        if kind in self._CTX_KINDS:
            actual = _get(x, "ctx")
            if actual is not None and _ctx_name(actual) != ctx:
                raise ValueError("expression must have %s context but has "
                                 "%s instead" % (ctx, _ctx_name(actual)))
        elif ctx != "Load":
            raise ValueError("expression which can't be assigned to in %s "
                             "context" % ctx)
        load = "Load"
        if kind == "BoolOp":
            values = _seq(x, "values")
            if len(values) < 2:
                raise ValueError("BoolOp with less than 2 values")
            self.exprs(values, load)
        elif kind == "BinOp":
            self.req(x, "left", load)
            self.req(x, "right", load)
        elif kind == "UnaryOp":
            self.req(x, "operand", load)
        elif kind == "Lambda":
            self.arguments(_get(x, "args"))
            self.req(x, "body", load)
        elif kind == "IfExp":
            for part in ("test", "body", "orelse"):
                self.req(x, part, load)
        elif kind == "Dict":
            keys, values = _seq(x, "keys"), _seq(x, "values")
            if len(keys) != len(values):
                raise ValueError("Dict doesn't have the same number of keys "
                                 "as values")
            self.exprs(keys, load, True)
            self.exprs(values, load)
        elif kind == "Set":
            self.exprs(_seq(x, "elts"), load)
        elif kind in ("ListComp", "SetComp", "GeneratorExp"):
            self.comprehension(_seq(x, "generators"))
            self.req(x, "elt", load)
        elif kind == "DictComp":
            self.comprehension(_seq(x, "generators"))
            self.req(x, "key", load)
            self.req(x, "value", load)
        elif kind in ("Yield", "YieldFrom", "Await"):
            if kind == "Yield":
                self.opt(_get(x, "value"))
            else:
                self.req(x, "value", load)
        elif kind == "Compare":
            comparators = _seq(x, "comparators")
            if not comparators:
                raise ValueError("Compare with no comparators")
            if len(comparators) != len(_seq(x, "ops")):
                raise ValueError("Compare has a different number of "
                                 "comparators and operands")
            self.exprs(comparators, load)
            self.req(x, "left", load)
        elif kind == "Call":
            self.req(x, "func", load)
            self.exprs(_seq(x, "args"), load)
            self.keywords(_seq(x, "keywords"))
        elif kind == "Num":
            if type(_get(x, "n")) not in (int, float, complex):
                raise TypeError("non-numeric type in Num")
        elif kind == "Str":
            if type(_get(x, "s")) is not str:
                raise TypeError("AST string must be of type str")
        elif kind == "Bytes":
            if type(_get(x, "s")) is not bytes:
                raise TypeError("AST bytes must be of type bytes")
        elif kind == "NameConstant":
            if not any(_get(x, "value") is v for v in (None, True, False)):
                raise ValueError("AST singleton must be True, False, or None")
        elif kind == "Constant":
            value = _get(x, "value")
            if not _constant_ok(value):
                raise TypeError("got an invalid type in Constant: %s"
                                % type(value).__name__)
        elif kind == "JoinedStr":
            self.exprs(_seq(x, "values"), load)
        elif kind == "FormattedValue":
            self.req(x, "value", load)
            self.opt(_get(x, "format_spec"))
        elif kind == "Attribute":
            self.req(x, "value", load)
        elif kind == "Subscript":
            self.slice(_get(x, "slice"))
            self.req(x, "value", load)
        elif kind == "Starred":
            self.req(x, "value", ctx)
        elif kind in ("List", "Tuple"):
            self.exprs(_seq(x, "elts"), ctx)


def _constant_ok(value):
    if value is None or value is ...:
        return True
    if type(value) in (int, float, complex, bool, str, bytes):
        return True
    if type(value) in (tuple, frozenset):
        return all(_constant_ok(v) for v in value)
    return False


def _validate(tree):
    kind = type(tree).__name__
    if kind == "Expression":
        _Checker().expr(_get(tree, "body"), "Load")
    else:
        _Checker().stmts(_seq(tree, "body"))
