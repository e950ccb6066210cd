"""The subset of XPath that Element.find, findall, findtext and iterfind
understand: tags (with {uri} or prefix:), *, ., .., //, and the
predicates [@attr], [@attr='v'], [tag], [tag='text'], [n], [last()],
[last()-n]."""

import re

# One step of a path: a quoted literal, punctuation, or a name run.
_token_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|"
    r"::|//?|\.\.|\(\)|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@=\s]+)|\s+"
)


def _qualify(name, namespaces):
    """Expand a prefix:local name through the namespaces map."""
    if namespaces is None or not name or name.startswith("{") or ":" not in name:
        return name
    prefix, _, local = name.partition(":")
    uri = namespaces.get(prefix)
    if uri is None:
        raise SyntaxError("prefix %r not found in prefix map" % prefix)
    return "{" + uri + "}" + local


def _tokens(path, namespaces=None):
    """The (operator, name) pairs of path, whitespace dropped."""
    found = [(m.group(1) or "", m.group(2) or "") for m in _token_re.finditer(path)]
    return [(op, _qualify(name, namespaces)) for op, name in found if op or name]


def xpath_tokenizer(pattern, namespaces=None):
    """Yield the (punctuation, name) pairs of pattern, one of them empty,
    with '' for both where it has whitespace; a prefix:name expands
    through namespaces (SyntaxError when the prefix is not in it)."""
    for m in _token_re.finditer(pattern):
        op, name = m.group(1) or "", m.group(2) or ""
        if name and name[0] != "{" and ":" in name:
            prefix = name.split(":", 1)[0]
            if not namespaces or prefix not in namespaces:
                raise SyntaxError("prefix %r not found in prefix map" % prefix)
            name = _qualify(name, namespaces)
        yield op, name


def _is_int(text):
    return re.match(r"-?[0-9]+$", text) is not None


def _parse_predicate(nxt):
    """Read tokens up to the closing bracket; return the step tuple."""
    kinds, values = [], []
    for token in iter(nxt, None):
        if token[0] == "]":
            break
        op = token[0]
        if op and op[0] in "'\"":
            op, val = "'", op[1:-1]
        else:
            val = token[1]
        kinds.append(op or "-")
        values.append(val)
    else:
        raise SyntaxError("invalid path")
    shape = "".join(kinds)
    if shape == "@-":
        return ("has-attr", values[1])
    if shape == "@-='":
        return ("attr-is", (values[1], values[-1]))
    if shape == "-" and not _is_int(values[0]):
        return ("has-child", values[0])
    if shape == "-='" and not _is_int(values[0]):
        return ("child-text-is", (values[0], values[-1]))
    if shape == "-":
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
        return ("position", index)
    if shape == "-()" and values[0] == "last":
        return ("position", -1)
    if shape == "-()-" and values[0] == "last":
        try:
            offset = int(values[2])
        except ValueError:
            raise SyntaxError("unsupported expression")
        if offset > -1:
            raise SyntaxError("XPath offset from last() must be negative")
        return ("position", offset - 1)
    if shape in ("-()", "-()-"):
        raise SyntaxError("unsupported function")
    raise SyntaxError("invalid predicate")


# Compiled paths by (path, namespaces); looked up by this global name at
# each call, so rebinding ElementPath._cache takes effect.
_cache = {}


def _compile(path, namespaces):
    """Turn path into a list of (operation, argument) steps."""
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    if key in _cache:
        return _cache[key]
    if path.endswith("/"):
        path += "*"
    stream = iter(_tokens(path, namespaces))

    def nxt():
        return next(stream, None)
    plan = []
    token = nxt()
    while token is not None:
        op = token[0]
        if op == "":
            plan.append(("child", token[1]))
        elif op == "*":
            plan.append(("child", None))
        elif op == ".":
            plan.append(("self", None))
        elif op == "..":
            plan.append(("parent", None))
        elif op == "//":
            target = nxt()
            if target is None:
                raise SyntaxError("invalid path")
            if target[0] == "*":
                plan.append(("descendant", "*"))
            elif target[0] == "":
                plan.append(("descendant", target[1]))
            else:
                raise SyntaxError("invalid descendant")
        elif op == "[":
            plan.append(_parse_predicate(nxt))
        else:
            raise SyntaxError("invalid path")
        token = nxt()
        if token is not None and token[0] == "/":
            token = nxt()
            if token is None:
                raise SyntaxError("invalid path")
    if len(_cache) >= 100:
        _cache.clear()
    _cache[key] = plan
    return plan


def _apply(op, arg, nodes, parent_of):
    """One step of a plan: the node list it gives from nodes."""
    out = []
    if op == "child":
        out = [kid for node in nodes for kid in node if arg is None or kid.tag == arg]
    elif op == "self":
        out = list(nodes)
    elif op == "descendant":
        out = [d for node in nodes for d in node.iter(arg) if d is not node]
    elif op == "parent":
        for node in nodes:
            up = parent_of().get(node)
            if up is not None and all(up is not o for o in out):
                out.append(up)
    elif op == "has-attr":
        out = [node for node in nodes if node.get(arg) is not None]
    elif op == "attr-is":
        out = [node for node in nodes if node.get(arg[0]) == arg[1]]
    elif op == "has-child":
        out = [node for node in nodes if node.find(arg) is not None]
    elif op == "child-text-is":
        out = [node for node in nodes
               if any("".join(k.itertext()) == arg[1] for k in node.findall(arg[0]))]
    elif op == "position":
        for node in nodes:
            up = parent_of().get(node)
            if up is None:
                continue
            peers = up.findall(node.tag)
            try:
                if peers[arg] is node:
                    out.append(node)
            except IndexError:
                pass
    return out


def _run(elem, path, namespaces):
    if path.startswith("/"):
        raise SyntaxError("cannot use absolute path on element")
    plan = _compile(path, namespaces)
    table = []

    def parent_of():
        if not table:
            table.append(dict((kid, node) for node in elem.iter() for kid in node))
        return table[0]
    nodes = [elem]
    for op, arg in plan:
        nodes = _apply(op, arg, nodes, parent_of)
    return nodes


def iterfind(elem, path, namespaces=None):
    """Yield the elements under elem that path selects, in document order."""
    return iter(_run(elem, path, namespaces))


def find(elem, path, namespaces=None):
    """The first element path selects under elem, or None."""
    for found in _run(elem, path, namespaces):
        return found
    return None


def findall(elem, path, namespaces=None):
    """A list of every element path selects under elem."""
    return list(_run(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """The text of the first element path selects ('' when it has none),
    or default when nothing matches."""
    for found in _run(elem, path, namespaces):
        return found.text or ""
    return default
