"""Abstract syntax trees of Python source.

The node classes come from _ast; this module adds parsing, safe evaluation
of literals, pretty dumps, traversal and the visitor classes.
"""

from _ast import *


def parse(source, filename='<unknown>', mode='exec'):
    """Return the syntax tree of source (a str or bytes), as compile()
    with the PyCF_ONLY_AST flag returns it."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


def _refuse(node):
    raise ValueError('malformed node or string: ' + repr(node))


_NUMBER_KINDS = (int, float, complex)


def _literal(node):
    kind = type(node)
    if kind is Num:
        return node.n
    if kind is Str or kind is Bytes:
        return node.s
    if kind is NameConstant or kind is Constant:
        return node.value
    if kind is Tuple:
        return tuple(_literal(item) for item in node.elts)
    if kind is List:
        return [_literal(item) for item in node.elts]
    if kind is Set:
        return set(_literal(item) for item in node.elts)
    if kind is Dict:
        return dict((_literal(k), _literal(v))
                    for k, v in zip(node.keys, node.values))
    if kind is UnaryOp and isinstance(node.op, (UAdd, USub)):
        value = _literal(node.operand)
        if isinstance(value, _NUMBER_KINDS):
            return +value if isinstance(node.op, UAdd) else -value
    if kind is BinOp and isinstance(node.op, (Add, Sub)):
        lhs = _literal(node.left)
        rhs = _literal(node.right)
        if isinstance(lhs, _NUMBER_KINDS) and isinstance(rhs, _NUMBER_KINDS):
            return lhs + rhs if isinstance(node.op, Add) else lhs - rhs
    _refuse(node)


def literal_eval(node_or_string):
    """Evaluate a node or a string holding only a Python literal: numbers,
    strings, bytes, tuples, lists, sets, dicts, True, False and None
    (with + and - between numbers). Anything else raises ValueError."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree, mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _literal(tree)


def dump(node, annotate_fields=True, include_attributes=False):
    """Return a one-line text of the tree under node, for debugging.
    annotate_fields=False leaves out field names; include_attributes adds
    line numbers and column offsets."""
    def text(value):
        if isinstance(value, list):
            return '[' + ', '.join(text(v) for v in value) + ']'
        if not isinstance(value, AST):
            return repr(value)
        parts = []
        for name, child in iter_fields(value):
            if annotate_fields:
                parts.append(name + '=' + text(child))
            else:
                parts.append(text(child))
        out = type(value).__name__ + '(' + ', '.join(parts)
        if include_attributes and value._attributes:
            extra = []
            for name in value._attributes:
                if hasattr(value, name):
                    extra.append(name + '=' + text(getattr(value, name)))
            out += (', ' if parts else ' ') + ', '.join(extra)
        return out + ')'
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    return text(node)


def copy_location(new_node, old_node):
    """Give new_node the line number and column offset of old_node, where
    both have them; return new_node."""
    for name in ('lineno', 'col_offset'):
        if (name in old_node._attributes and name in new_node._attributes
                and hasattr(old_node, name)):
            setattr(new_node, name, getattr(old_node, name))
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks a line number or column
    offset its parent's (1 and 0 at the top), as compile() needs them;
    return node."""
    pending = [(node, 1, 0)]
    while pending:
        current, line, col = pending.pop()
        if 'lineno' in current._attributes:
            if hasattr(current, 'lineno'):
                line = current.lineno
            else:
                current.lineno = line
        if 'col_offset' in current._attributes:
            if hasattr(current, 'col_offset'):
                col = current.col_offset
            else:
                current.col_offset = col
        for child in iter_child_nodes(current):
            pending.append((child, line, col))
    return node


def increment_lineno(node, n=1):
    """Add n to the line number of node and of every node under it;
    return node."""
    numbered = [item for item in walk(node) if 'lineno' in item._attributes]
    for item in numbered:
        item.lineno = getattr(item, 'lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    unset = object()
    for name in node._fields:
        value = getattr(node, name, unset)
        if value is not unset:
            yield name, value


def iter_child_nodes(node):
    """Yield the nodes directly under node: its node fields and the nodes
    in its list fields."""
    for _, value in iter_fields(node):
        candidates = value if isinstance(value, list) else (value,)
        yield from (c for c in candidates if isinstance(c, AST))


def get_docstring(node, clean=True):
    """Return the docstring of a module, class or function node (None if
    it has none), with its indentation cleaned up unless clean is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    body = node.body
    if not (body and isinstance(body[0], Expr)):
        return None
    value = body[0].value
    if isinstance(value, Str):
        first = value.s
    elif isinstance(value, Constant) and isinstance(value.value, str):
        first = value.value  # a tree built or rewritten by hand
    else:
        return None
    if not clean:
        return first
    from inspect import cleandoc
    return cleandoc(first)


def walk(node):
    """Yield node and every node under it, breadth first; the order is
    otherwise unspecified."""
    level = [node]
    while level:
        below = []
        for item in level:
            yield item
            below.extend(iter_child_nodes(item))
        level = below


class NodeVisitor(object):
    """Walks a tree, calling visit_<ClassName>(node) for each node that
    has such a method and generic_visit(node) for the others. Subclass it
    and add visit_ methods; their return value is what visit() returns."""

    def visit(self, node):
        return getattr(self, 'visit_%s' % node.__class__.__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)


def _replace_in_list(transformer, items):
    # The new contents of a list field: each node visited and replaced by
    # what visit returned (dropped for None, spliced for a sequence).
    out = []
    for item in items:
        if not isinstance(item, AST):
            out.append(item)
            continue
        result = transformer.visit(item)
        if result is None:
            pass
        elif isinstance(result, AST):
            out.append(result)
        else:
            out.extend(result)
    return out


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the node that replaces the
    visited one: the same node to keep it, None to remove it, or (in a list
    field) a sequence of nodes to put in its place."""

    def generic_visit(self, node):
        for field, old in list(iter_fields(node)):
            if isinstance(old, list):
                old[:] = _replace_in_list(self, old)
                continue
            if not isinstance(old, AST):
                continue
            new = self.visit(old)
            if new is not None:
                setattr(node, field, new)
            else:
                delattr(node, field)
        return node
