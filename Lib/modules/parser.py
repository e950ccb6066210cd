"""Concrete syntax trees of Python source, as the 3.6 grammar builds them.

expr() and suite() parse source text into an ST object; st2tuple() and
st2list() (or the object's totuple()/tolist()) turn it into nested
sequences of symbol and token numbers (see the symbol and token modules);
sequence2st() checks such a sequence against the grammar and builds an ST
again; compilest() turns an ST into a code object.
"""

import sys as _sys
import token as _token
import symbol as _symbol
import tokenize as _tokenize
import copyreg as _copyreg

__copyright__ = "gpython-ssl: an interface to the 3.6 grammar's syntax trees."
__version__ = "0.5"

__all__ = ["ParserError", "STType", "compilest", "expr", "isexpr", "issuite",
           "sequence2st", "st2list", "st2tuple", "suite", "tuple2st"]


class ParserError(Exception):
    """Raised when a sequence does not describe a tree of the grammar."""


# The grammar of Python 3.6, one rule a paragraph: a rule's name, a colon,
# then its right-hand side: quoted words and operators, token names in
# capitals, other rules by name; ( ) group, [ ] is optional, * and + repeat.
_GRAMMAR = r"""
single_input: NEWLINE | simple_stmt | compound_stmt NEWLINE
file_input: (NEWLINE | stmt)* ENDMARKER
eval_input: testlist NEWLINE* ENDMARKER
decorator: '@' dotted_name ['(' [arglist] ')'] NEWLINE
decorators: decorator+
decorated: decorators (classdef | funcdef | async_funcdef)
async_funcdef: ASYNC funcdef
funcdef: 'def' NAME parameters ['->' test] ':' suite
parameters: '(' [typedargslist] ')'
typedargslist: tfpdef ['=' test] (',' tfpdef ['=' test])*
        [',' ['*' [tfpdef] (',' tfpdef ['=' test])* [',' ['**' tfpdef [',']]]
             | '**' tfpdef [',']]]
    | '*' [tfpdef] (',' tfpdef ['=' test])* [',' ['**' tfpdef [',']]]
    | '**' tfpdef [',']
tfpdef: NAME [':' test]
varargslist: vfpdef ['=' test] (',' vfpdef ['=' test])*
        [',' ['*' [vfpdef] (',' vfpdef ['=' test])* [',' ['**' vfpdef [',']]]
             | '**' vfpdef [',']]]
    | '*' [vfpdef] (',' vfpdef ['=' test])* [',' ['**' vfpdef [',']]]
    | '**' vfpdef [',']
vfpdef: NAME
stmt: simple_stmt | compound_stmt
simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
small_stmt: expr_stmt | del_stmt | pass_stmt | flow_stmt | import_stmt
    | global_stmt | nonlocal_stmt | assert_stmt
expr_stmt: testlist_star_expr (annassign | augassign (yield_expr | testlist)
    | ('=' (yield_expr | testlist_star_expr))*)
annassign: ':' test ['=' test]
testlist_star_expr: (test | star_expr) (',' (test | star_expr))* [',']
augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^='
    | '<<=' | '>>=' | '**=' | '//='
del_stmt: 'del' exprlist
pass_stmt: 'pass'
flow_stmt: break_stmt | continue_stmt | return_stmt | raise_stmt | yield_stmt
break_stmt: 'break'
continue_stmt: 'continue'
return_stmt: 'return' [testlist]
yield_stmt: yield_expr
raise_stmt: 'raise' [test ['from' test]]
import_stmt: import_name | import_from
import_name: 'import' dotted_as_names
import_from: 'from' (('.' | '...')* dotted_name | ('.' | '...')+)
    'import' ('*' | '(' import_as_names ')' | import_as_names)
import_as_name: NAME ['as' NAME]
dotted_as_name: dotted_name ['as' NAME]
import_as_names: import_as_name (',' import_as_name)* [',']
dotted_as_names: dotted_as_name (',' dotted_as_name)*
dotted_name: NAME ('.' NAME)*
global_stmt: 'global' NAME (',' NAME)*
nonlocal_stmt: 'nonlocal' NAME (',' NAME)*
assert_stmt: 'assert' test [',' test]
compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt
    | funcdef | classdef | decorated | async_stmt
async_stmt: ASYNC (funcdef | with_stmt | for_stmt)
if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
while_stmt: 'while' test ':' suite ['else' ':' suite]
for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
try_stmt: 'try' ':' suite ((except_clause ':' suite)+ ['else' ':' suite]
    ['finally' ':' suite] | 'finally' ':' suite)
with_stmt: 'with' with_item (',' with_item)* ':' suite
with_item: test ['as' expr]
except_clause: 'except' [test ['as' NAME]]
suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT
test: or_test ['if' or_test 'else' test] | lambdef
test_nocond: or_test | lambdef_nocond
lambdef: 'lambda' [varargslist] ':' test
lambdef_nocond: 'lambda' [varargslist] ':' test_nocond
or_test: and_test ('or' and_test)*
and_test: not_test ('and' not_test)*
not_test: 'not' not_test | comparison
comparison: expr (comp_op expr)*
comp_op: '<' | '>' | '==' | '>=' | '<=' | '<>' | '!=' | 'in' | 'not' 'in'
    | 'is' | 'is' 'not'
star_expr: '*' expr
expr: xor_expr ('|' xor_expr)*
xor_expr: and_expr ('^' and_expr)*
and_expr: shift_expr ('&' shift_expr)*
shift_expr: arith_expr (('<<' | '>>') arith_expr)*
arith_expr: term (('+' | '-') term)*
term: factor (('*' | '@' | '/' | '%' | '//') factor)*
factor: ('+' | '-' | '~') factor | power
power: atom_expr ['**' factor]
atom_expr: [AWAIT] atom trailer*
atom: '(' [yield_expr | testlist_comp] ')' | '[' [testlist_comp] ']'
    | '{' [dictorsetmaker] '}' | NAME | NUMBER | STRING+ | '...'
    | 'None' | 'True' | 'False'
testlist_comp: (test | star_expr) (comp_for | (',' (test | star_expr))* [','])
trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
subscriptlist: subscript (',' subscript)* [',']
subscript: test | [test] ':' [test] [sliceop]
sliceop: ':' [test]
exprlist: (expr | star_expr) (',' (expr | star_expr))* [',']
testlist: test (',' test)* [',']
dictorsetmaker: (test ':' test | '**' expr)
        (comp_for | (',' (test ':' test | '**' expr))* [','])
    | (test | star_expr) (comp_for | (',' (test | star_expr))* [','])
classdef: 'class' NAME ['(' [arglist] ')'] ':' suite
arglist: argument (',' argument)* [',']
argument: test [comp_for] | test '=' test | '**' test | '*' test
comp_iter: comp_for | comp_if
comp_for: [ASYNC] 'for' exprlist 'in' or_test [comp_iter]
comp_if: 'if' test_nocond [comp_iter]
encoding_decl: NAME
yield_expr: 'yield' [yield_arg]
yield_arg: 'from' test | testlist
"""


# ---------------------------------------------------------------------------
# From the grammar text to one deterministic automaton per rule.
#
# A label is an int (a token or symbol number) or a str (a keyword).

class _Rule:
    __slots__ = ("name", "number", "arcs", "final", "first", "moves")

    def __init__(self, name, number):
        self.name = name
        self.number = number
        self.arcs = []      # per state: {label: next state}
        self.final = []     # per state: may the rule end here?
        self.first = None   # the terminal labels a match can begin with
        self.moves = None   # per state: {terminal label: (push or None, next)}


def _scan_grammar(text):
    """Split the grammar into (kind, text) items; paragraphs begin with a
    rule name at the start of a line."""
    items = []
    for line in text.splitlines():
        if not line.strip():
            continue
        pos = 0
        if not line[0].isspace():
            name, _, line = line.partition(":")
            items.append(("rule", name.strip()))
        while pos < len(line):
            ch = line[pos]
            if ch.isspace():
                pos += 1
            elif ch == "'":
                end = line.index("'", pos + 1)
                items.append(("lit", line[pos + 1:end]))
                pos = end + 1
            elif ch.isalpha() or ch == "_":
                end = pos
                while end < len(line) and (line[end].isalnum() or line[end] == "_"):
                    end += 1
                items.append(("name", line[pos:end]))
                pos = end
            else:
                items.append(("op", ch))
                pos += 1
    return items


class _NFABuilder:
    """Turns a rule's right-hand side into a nondeterministic automaton:
    states are indices, edges[state] lists (label or None, next state)."""

    def __init__(self, items, resolve):
        self.items = items
        self.pos = 0
        self.edges = []
        self.resolve = resolve

    def state(self):
        self.edges.append([])
        return len(self.edges) - 1

    def peek(self):
        if self.pos < len(self.items):
            return self.items[self.pos]
        return (None, None)

    def alternatives(self):
        start, end = self.sequence()
        if self.peek() != ("op", "|"):
            return start, end
        begin, finish = self.state(), self.state()
        self.edges[begin].append((None, start))
        self.edges[end].append((None, finish))
        while self.peek() == ("op", "|"):
            self.pos += 1
            start, end = self.sequence()
            self.edges[begin].append((None, start))
            self.edges[end].append((None, finish))
        return begin, finish

    def sequence(self):
        start, end = self.repeated()
        while self.peek()[0] in ("lit", "name") or self.peek() in (("op", "("), ("op", "[")):
            nstart, nend = self.repeated()
            self.edges[end].append((None, nstart))
            end = nend
        return start, end

    def repeated(self):
        kind, text = self.peek()
        if (kind, text) == ("op", "["):
            self.pos += 1
            start, end = self.alternatives()
            self.expect(("op", "]"))
            self.edges[start].append((None, end))
            return start, end
        start, end = self.atom()
        kind, text = self.peek()
        if (kind, text) == ("op", "*"):
            self.pos += 1
            self.edges[end].append((None, start))
            return start, start
        if (kind, text) == ("op", "+"):
            self.pos += 1
            self.edges[end].append((None, start))
        return start, end

    def atom(self):
        kind, text = self.peek()
        if (kind, text) == ("op", "("):
            self.pos += 1
            start, end = self.alternatives()
            self.expect(("op", ")"))
            return start, end
        if kind not in ("lit", "name"):
            raise RuntimeError("grammar: unexpected %r" % (text,))
        self.pos += 1
        start, end = self.state(), self.state()
        self.edges[start].append((self.resolve(kind, text), end))
        return start, end

    def expect(self, item):
        if self.peek() != item:
            raise RuntimeError("grammar: expected %r" % (item,))
        self.pos += 1


def _closure(edges, states):
    todo = list(states)
    seen = set(states)
    while todo:
        s = todo.pop()
        for label, nxt in edges[s]:
            if label is None and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return frozenset(seen)


def _determinize(rule, edges, start, end):
    first = _closure(edges, [start])
    index = {first: 0}
    order = [first]
    i = 0
    while i < len(order):
        current = order[i]
        arcs = {}
        targets = {}
        for s in sorted(current):
            for label, nxt in edges[s]:
                if label is not None:
                    targets.setdefault(label, set()).add(nxt)
        for label, nxts in targets.items():
            closed = _closure(edges, nxts)
            if closed not in index:
                index[closed] = len(order)
                order.append(closed)
            arcs[label] = index[closed]
        rule.arcs.append(arcs)
        rule.final.append(end in current)
        i += 1


# Operators 3.6's tokenize module leaves out of EXACT_TOKEN_TYPES.
_EXTRA_OPERATORS = {"->": _token.RARROW, "...": _token.ELLIPSIS, "<>": _token.NOTEQUAL}


def _build_grammar():
    items = _scan_grammar(_GRAMMAR)
    keywords = set()
    operators = {}
    for kind, text in items:
        if kind == "lit":
            if text[0].isalpha():
                keywords.add(text)
            else:
                operators[text] = _EXTRA_OPERATORS.get(text) or _tokenize.EXACT_TOKEN_TYPES[text]

    def resolve(kind, text):
        if kind == "lit":
            return text if text in keywords else operators[text]
        if text.isupper():
            return getattr(_token, text)
        return getattr(_symbol, text)

    rules = {}
    pos = 0
    while pos < len(items):
        kind, name = items[pos]
        end = pos + 1
        while end < len(items) and items[end][0] != "rule":
            end += 1
        builder = _NFABuilder(items[pos + 1:end], resolve)
        start, finish = builder.alternatives()
        if builder.pos != len(builder.items):
            raise RuntimeError("grammar: trailing items in " + name)
        rule = _Rule(name, getattr(_symbol, name))
        _determinize(rule, builder.edges, start, finish)
        rules[rule.number] = rule
        pos = end

    def first_of(rule, busy=()):
        if rule.first is None:
            labels = set()
            for label in rule.arcs[0]:
                if isinstance(label, int) and label >= 256:
                    labels |= first_of(rules[label], busy + (rule.number,))
                else:
                    labels.add(label)
            rule.first = frozenset(labels)
        return rule.first

    for rule in rules.values():
        first_of(rule)
    for rule in rules.values():
        rule.moves = []
        for arcs in rule.arcs:
            moves = {}
            for label, nxt in arcs.items():
                if isinstance(label, int) and label >= 256:
                    for t in rules[label].first:
                        moves.setdefault(t, (label, nxt))
                else:
                    moves[label] = (None, nxt)
            rule.moves.append(moves)
    return rules, keywords, operators


_RULES, _KEYWORDS, _OPERATORS = _build_grammar()
_OPERATOR_TEXT = {}
for _text, _type in _OPERATORS.items():
    if _text != "<>":
        _OPERATOR_TEXT.setdefault(_type, set()).add(_text)
_OPERATOR_TEXT.setdefault(_token.NOTEQUAL, set()).add("<>")
del _text, _type


# ---------------------------------------------------------------------------
# Nodes: lists [type, string, line, column, children].

def _leaf(kind, text, line, col):
    return [kind, text, line, col, None]


def _label_of(kind, text):
    if kind == _token.NAME and text in _KEYWORDS:
        return text
    return kind


def _byte_col(line, col):
    head = line[:col]
    if head.isascii() if hasattr(head, "isascii") else all(ord(c) < 128 for c in head):
        return col
    return len(head.encode("utf-8", "surrogatepass"))


def _normal_encoding(name):
    low = name[:12].lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    for prefix in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if low == prefix or low.startswith(prefix + "-"):
            return "iso-8859-1"
    return name


def _cookie(source):
    import re
    for line in source.splitlines()[:2]:
        m = re.match(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
        if m:
            return _normal_encoding(m.group(1))
        if line.strip() and not line.lstrip().startswith("#"):
            break
    return None


def _tokens(source, eval_mode):
    """The parser's tokens for source: (type, string, line, column)."""
    if not eval_mode and source and not source.endswith("\n"):
        source += "\n"
    lines = source.count("\n")
    if source and not source.endswith("\n"):
        lines += 1
    eof_line = max(lines, 1)
    readline = iter(source.splitlines(True)).__next__
    comment = None
    out = []
    for tok in _tokenize.generate_tokens(readline):
        kind = tok.type
        if kind == _tokenize.COMMENT:
            comment = tok
            continue
        if kind == _tokenize.NL:
            comment = None
            continue
        line, col = tok.start
        if kind == _token.NEWLINE:
            if not tok.string and eval_mode:
                continue
            if comment is not None and comment.start[0] == line:
                out.append((kind, comment.string, line, _byte_col(tok.line, comment.start[1])))
            else:
                out.append((kind, "", line, _byte_col(tok.line, col)))
        elif kind in (_token.INDENT, _token.DEDENT):
            out.append((kind, "", min(line, eof_line), -1))
        elif kind == _token.ENDMARKER:
            break
        elif kind == _token.ERRORTOKEN:
            if tok.string.isspace():
                continue
            raise SyntaxError("invalid token")
        else:
            if kind == _token.OP:
                kind = _OPERATORS.get(tok.string) or tok.exact_type
            out.append((kind, tok.string, line, _byte_col(tok.line, col)))
        comment = None
    if out:
        out.append((_token.NEWLINE, "", eof_line, -1))
    out.append((_token.ENDMARKER, "", eof_line, -1))
    return out


def _parse(source, start, eval_mode):
    """Runs the LL(1) automata of the grammar over source's tokens."""
    try:
        toks = _tokens(source, eval_mode)
    except (SyntaxError, _tokenize.TokenError, IndentationError):
        _syntax_error(source, eval_mode, None)
    rule = _RULES[start]
    root = [start, None, 0, 0, []]
    stack = [[rule, 0, root]]
    for kind, text, line, col in toks:
        label = _label_of(kind, text)
        while True:
            if not stack:
                _syntax_error(source, eval_mode, (line, col))
            entry = stack[-1]
            rule, state, node = entry
            move = rule.moves[state].get(label)
            if move is not None:
                push, nxt = move
                entry[1] = nxt
                if push is None:
                    node[4].append(_leaf(kind, text, line, col))
                    while stack and not stack[-1][0].moves[stack[-1][1]] and stack[-1][0].final[stack[-1][1]]:
                        stack.pop()
                    break
                child = [push, None, line, col, []]
                node[4].append(child)
                stack.append([_RULES[push], 0, child])
                continue
            if rule.final[state]:
                stack.pop()
                continue
            _syntax_error(source, eval_mode, (line, col), kind)
    if stack:
        _syntax_error(source, eval_mode, None)
    if root[4]:
        root[2], root[3] = root[4][0][2], root[4][0][3]
    return root


def _syntax_error(source, eval_mode, where, kind=None):
    # The project's compiler reports the error as 3.6 does in most cases.
    try:
        compile(source, "<string>", "eval" if eval_mode else "exec")
    except SyntaxError as e:
        e.__traceback__ = None
        raise e from None
    except Exception:
        pass
    line, col = where if where else (1, 0)
    lines = source.splitlines(True)
    text = lines[line - 1] if 0 < line <= len(lines) else None
    if kind == _token.INDENT:
        raise IndentationError("unexpected indent", ("<string>", line, col + 1, text))
    raise SyntaxError("invalid syntax", ("<string>", line, col + 1, text))


# ---------------------------------------------------------------------------
# ST objects.

class st:
    """A concrete syntax tree made by expr(), suite() or sequence2st()."""

    __slots__ = ("_tree", "_kind", "_encoding")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'parser.st' instances")

    def isexpr(self):
        """Whether the tree came from an expression (eval_input)."""
        return self._kind == _symbol.eval_input

    def issuite(self):
        """Whether the tree came from statements (file_input)."""
        return self._kind != _symbol.eval_input

    def totuple(self, line_info=False, col_info=False):
        """The tree as nested tuples; see st2tuple()."""
        return _convert(self, tuple, line_info, col_info)

    def tolist(self, line_info=False, col_info=False):
        """The tree as nested lists; see st2list()."""
        return _convert(self, list, line_info, col_info)

    def compile(self, filename="<syntax-tree>"):
        """Compile the tree into a code object; see compilest()."""
        return _compile(self, filename)

    def _key(self):
        return _key(self._root())

    def _root(self):
        if self._encoding is None:
            return self._tree
        return [_symbol.encoding_decl, self._encoding, 0, 0, [self._tree]]

    def __eq__(self, other):
        if not isinstance(other, st):
            return NotImplemented
        return self is other or self._key() == other._key()

    def __ne__(self, other):
        if not isinstance(other, st):
            return NotImplemented
        return not (self is other or self._key() == other._key())

    def __lt__(self, other):
        if not isinstance(other, st):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, st):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, st):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, st):
            return NotImplemented
        return self._key() >= other._key()

    __hash__ = None

    def __sizeof__(self):
        count = 0
        todo = [self._tree]
        while todo:
            node = todo.pop()
            count += 1
            if node[4]:
                todo.extend(node[4])
        return object.__sizeof__(self) + 32 * count


STType = st
st.__module__ = "parser"


def _make(tree, kind, encoding=None):
    obj = object.__new__(st)
    obj._tree = tree
    obj._kind = kind
    obj._encoding = encoding
    return obj


def _key(root):
    """A comparable form of a tree (an ordering consistent with equality)."""
    results = {}
    todo = [(root, False)]
    while todo:
        node, done = todo.pop()
        if node[4] is None:
            results[id(node)] = (node[0], node[1], ())
        elif done:
            results[id(node)] = (node[0], node[1] or "", tuple(results.pop(id(c)) for c in node[4]))
        else:
            todo.append((node, True))
            todo.extend((c, False) for c in node[4])
    return results[id(root)]


def _convert(obj, make, line_info, col_info):
    if not isinstance(obj, st):
        raise TypeError("st2tuple() argument 1 must be parser.st, not %s" % type(obj).__name__)
    line_info = bool(line_info)
    col_info = bool(col_info)
    root = obj._root()
    results = {}
    todo = [(root, False)]
    while todo:
        node, done = todo.pop()
        if node[4] is None:
            item = [node[0], node[1]]
            if line_info:
                item.append(node[2])
            if col_info:
                item.append(node[3])
            results[id(node)] = make(item)
        elif done:
            item = [node[0]]
            item.extend(results.pop(id(c)) for c in node[4])
            if node[0] == _symbol.encoding_decl:
                item.append(node[1])
            results[id(node)] = make(item)
        else:
            todo.append((node, True))
            todo.extend((c, False) for c in node[4])
    return results[id(root)]


def _check_source(source, name):
    if not isinstance(source, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(source).__name__))
    if "\0" in source:
        raise ValueError("source code string cannot contain null bytes")


def _one_source(name, args, kwargs):
    if len(args) + len(kwargs) > 1:
        raise TypeError("%s() takes at most 1 argument (%d given)" % (name, len(args) + len(kwargs)))
    if kwargs:
        if "source" not in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this function" % next(iter(kwargs)))
        return kwargs["source"]
    if not args:
        raise TypeError("Required argument 'source' (pos 1) not found")
    return args[0]


def expr(*args, **kwargs):
    """Parse an expression (what eval() takes) into an ST object."""
    source = _one_source("expr", args, kwargs)
    _check_source(source, "expr")
    return _make(_parse(source, _symbol.eval_input, True), _symbol.eval_input, _cookie(source))


def suite(*args, **kwargs):
    """Parse statements (what exec() takes) into an ST object."""
    source = _one_source("suite", args, kwargs)
    _check_source(source, "suite")
    return _make(_parse(source, _symbol.file_input, False), _symbol.file_input, _cookie(source))


def isexpr(st):
    """Whether an ST object came from an expression."""
    if not isinstance(st, STType):
        raise TypeError("isexpr() argument 1 must be parser.st, not %s" % type(st).__name__)
    return st.isexpr()


def issuite(st):
    """Whether an ST object came from statements."""
    if not isinstance(st, STType):
        raise TypeError("issuite() argument 1 must be parser.st, not %s" % type(st).__name__)
    return st.issuite()


def st2tuple(st, line_info=False, col_info=False):
    """The tree of an ST object as nested tuples: a nonterminal is its
    symbol number followed by its children, a token is its token number and
    text, with its line and column when line_info and col_info are true."""
    return _convert(st, tuple, line_info, col_info)


def st2list(st, line_info=False, col_info=False):
    """Like st2tuple(), with lists instead of tuples."""
    return _convert(st, list, line_info, col_info)


# ---------------------------------------------------------------------------
# From sequences back to trees.

def _is_seq(x):
    return isinstance(x, (tuple, list))


def _from_sequence(seq):
    if not _is_seq(seq):
        raise ParserError("sequence2st() requires a single sequence argument")
    if not seq or not isinstance(seq[0], int):
        raise ParserError(seq, "Illegal syntax-tree; cannot start with terminal symbol.")
    if seq[0] < _token.NT_OFFSET:
        raise ParserError(seq, "Illegal syntax-tree; cannot start with terminal symbol.")
    root = None
    todo = [(seq, None)]
    while todo:
        item, parent = todo.pop()
        if not _is_seq(item) or not item or not isinstance(item[0], int) or isinstance(item[0], bool):
            raise ParserError("Illegal node construct.")
        kind = item[0]
        if kind >= _token.NT_OFFSET:
            if kind not in _RULES:
                raise ParserError("Unrecognized node type %d." % kind)
            node = [kind, None, 0, -1, []]
            rest = list(item[1:])
            if kind == _symbol.encoding_decl:
                if len(rest) != 2 or not _is_seq(rest[0]):
                    raise ParserError("Illegal encoding declaration.")
                if not isinstance(rest[1], str):
                    raise ParserError("Illegal encoding declaration.")
                rest[1].encode("utf-8")
                node[1] = rest[1]
                rest = rest[:1]
            for child in reversed(rest):
                if not _is_seq(child):
                    raise ParserError("Illegal node construct.")
                todo.append((child, node))
            # children are pushed reversed, so appended in order below
        else:
            if kind not in _token.tok_name or kind == _token.N_TOKENS:
                raise ParserError("Unrecognized node type %d." % kind)
            if len(item) not in (2, 3):
                raise ParserError("terminal nodes must have 2 or 3 entries")
            if not isinstance(item[1], str):
                raise ParserError("second item in terminal node must be a string, found %s"
                                  % type(item[1]).__name__)
            line = 0
            if len(item) == 3:
                if not isinstance(item[2], int):
                    raise ParserError("third item in terminal node must be an integer, found %s"
                                      % type(item[2]).__name__)
                line = item[2]
            node = _leaf(kind, item[1], line, -1)
        if parent is None:
            root = node
        else:
            parent[4].append(node)
    return root


def _validate(root):
    todo = [root]
    while todo:
        node = todo.pop()
        rule = _RULES[node[0]]
        state = 0
        for child in node[4]:
            kind, text = child[0], child[1]
            arcs = rule.arcs[state]
            if child[4] is None:
                # As 3.6, a token is matched by its type: a NAME may stand
                # where a keyword is expected, and an operator's text is
                # not looked at.
                label = _label_of(kind, text)
                if label not in arcs and kind == _token.NAME:
                    for other in arcs:
                        if isinstance(other, str):
                            label = other
                            break
            else:
                label = kind
                todo.append(child)
            state = arcs.get(label)
            if state is None:
                return False
        if not rule.final[state]:
            return False
    return True


def sequence2st(sequence):
    """Build an ST object from a tree given as nested sequences (what
    st2tuple() or st2list() return), checking it against the grammar;
    ParserError when it does not fit."""
    root = _from_sequence(sequence)
    encoding = None
    if root[0] == _symbol.encoding_decl:
        encoding = root[1]
        root = root[4][0]
        if root[4] is None or root[0] != _symbol.file_input:
            raise ParserError("Could not validate parse tree.")
    if root[0] not in (_symbol.file_input, _symbol.eval_input):
        raise ParserError("parse tree does not use a valid start symbol")
    if not _validate(root):
        raise ParserError("Could not validate parse tree.")
    for child in root[4]:
        if child[4] is None and child[2]:
            root[2] = child[2]
            break
    return _make(root, root[0], encoding)


tuple2st = sequence2st


# ---------------------------------------------------------------------------
# Compiling: the tree's tokens are written back out as source text, on the
# lines they came from where the tree knows them.

def _source_of(root):
    out = []
    line = 1
    depth = 0
    brackets = 0
    at_start = True
    todo = [root]
    while todo:
        node = todo.pop()
        if node[4] is not None:
            todo.extend(reversed(node[4]))
            continue
        kind, text, where = node[0], node[1], node[2]
        if kind == _token.ENDMARKER:
            break
        if kind == _token.NEWLINE:
            if not at_start:
                out.append("\n")
                line += 1
                at_start = True
            continue
        if kind == _token.INDENT:
            depth += 1
            continue
        if kind == _token.DEDENT:
            depth -= 1
            continue
        if at_start:
            if where and where > line:
                out.append("\n" * (where - line))
                line = where
            out.append("    " * depth)
            at_start = False
        else:
            if where and where > line:
                out.append(" \\\n" * (where - line))
                line = where
            out.append(" ")
        out.append(text)
        line += text.count("\n")
        if kind in (_token.LPAR, _token.LSQB, _token.LBRACE):
            brackets += 1
    if not at_start:
        out.append("\n")
    return "".join(out)


def _compile(obj, filename):
    if isinstance(filename, (bytearray, memoryview)):
        import warnings
        warnings.warn("path should be string or bytes, not %s" % type(filename).__name__,
                      DeprecationWarning, stacklevel=3)
        filename = bytes(filename)
    if isinstance(filename, bytes):
        filename = filename.decode(_sys.getfilesystemencoding(), "surrogateescape")
    elif not isinstance(filename, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(filename).__name__)
    source = _source_of(obj._tree)
    mode = "eval" if obj._kind == _symbol.eval_input else "exec"
    return compile(source, filename, mode, dont_inherit=True)


def compilest(st, filename="<syntax-tree>"):
    """Compile an ST object into a code object."""
    if not isinstance(st, STType):
        raise TypeError("compilest() argument 1 must be parser.st, not %s" % type(st).__name__)
    return _compile(st, filename)


def _pickler(obj):
    """How pickle and copy rebuild an ST object: from its tuple form."""
    return sequence2st, (st2tuple(obj),)


_copyreg.pickle(st, _pickler)
