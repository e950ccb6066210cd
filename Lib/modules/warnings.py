"""Issuing and filtering warnings: warn, warn_explicit, the filters,
showwarning/formatwarning and catch_warnings.

Written for gpython-ssl from CPython 3.6's documented behaviour. There is
no re module here: the message and module patterns of filterwarnings are
matched by a small matcher of the regular-expression subset filters use
(literals, ., *, +, ?, [...] classes, \\ escapes and $).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Pattern(object):
    """A compiled filter pattern: match() anchors at the start."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._ic = ignorecase
        self._items = self._parse(pattern)

    def __repr__(self):
        if self._ic:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self._ic == other._ic)

    def __hash__(self):
        return hash((self.pattern, self._ic))

    @staticmethod
    def _parse(p):
        # items: (kind, data, repeat) kind 'any', 'lit', 'set', 'end'
        items = []
        i, n = 0, len(p)
        while i < n:
            c = p[i]
            i += 1
            if c == '.':
                item = ['any', None]
            elif c == '$':
                item = ['end', None]
            elif c == '^' and not items:
                continue
            elif c == '\\' and i < n:
                e = p[i]
                i += 1
                if e == 'd':
                    item = ['set', (False, [('0', '9')])]
                elif e == 's':
                    item = ['set', (False, [(' ', ' '), ('\t', '\r')])]
                elif e == 'w':
                    item = ['word', None]
                else:
                    item = ['lit', e]
            elif c == '[':
                neg = False
                if i < n and p[i] == '^':
                    neg = True
                    i += 1
                ranges = []
                first = True
                while i < n and (p[i] != ']' or first):
                    first = False
                    a = p[i]
                    if a == '\\' and i + 1 < n:
                        i += 1
                        a = p[i]
                    if i + 2 < n and p[i + 1] == '-' and p[i + 2] != ']':
                        ranges.append((a, p[i + 2]))
                        i += 3
                    else:
                        ranges.append((a, a))
                        i += 1
                i += 1
                item = ['set', (neg, ranges)]
            else:
                item = ['lit', c]
            rep = None
            if i < n and p[i] in '*+?':
                rep = p[i]
                i += 1
                if i < n and p[i] == '?':
                    i += 1
            item.append(rep)
            items.append(tuple(item))
        return items

    def _one(self, item, ch):
        kind, data, _ = item
        if kind == 'any':
            return ch != '\n'
        if kind == 'word':
            return ch == '_' or ch.isalnum()
        if kind == 'lit':
            if self._ic:
                return ch.lower() == data.lower()
            return ch == data
        neg, ranges = data
        found = False
        for lo, hi in ranges:
            if lo <= ch <= hi or (self._ic and (lo <= ch.lower() <= hi or lo <= ch.upper() <= hi)):
                found = True
                break
        return found != neg

    def _at(self, k, text, pos):
        items = self._items
        if k == len(items):
            return True
        item = items[k]
        if item[0] == 'end':
            if pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n'):
                return self._at(k + 1, text, pos)
            return False
        rep = item[2]
        if rep is None:
            return pos < len(text) and self._one(item, text[pos]) and \
                self._at(k + 1, text, pos + 1)
        lo = 1 if rep == '+' else 0
        hi = 1 if rep == '?' else len(text) - pos
        count = 0
        while count < hi and pos + count < len(text) and self._one(item, text[pos + count]):
            count += 1
        while count >= lo:
            if self._at(k + 1, text, pos + count):
                return True
            count -= 1
        return False

    def match(self, text):
        return self._at(0, text, 0)


filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="",
                   lineno=0, append=False):
    """Adds a filter: action for warnings whose text starts with the
    pattern message (any case), of category, raised in a module matching
    module, at lineno (0: any)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True)
    mod = _Pattern(module, False)
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter: action for every warning of category (at lineno)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter."""
    filters[:] = []
    _filters_mutated()


def _source_line(filename, lineno, module_globals=None):
    try:
        with open(filename) as f:
            lines = f.read().splitlines(True)
        if 1 <= lineno <= len(lines):
            return lines[lineno - 1]
    except Exception:
        pass
    return ''


def _formatwarning_impl(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning is shown as."""
    return _formatwarning_impl(message, category, filename, lineno, line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fmt = formatwarning
    if fmt is not _formatwarning_orig:
        return fmt(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarning_impl(msg.message, msg.category, msg.filename,
                               msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    f = msg.file
    if f is None:
        f = sys.stderr
        if f is None:
            return
    text = _formatwarnmsg(msg)
    try:
        f.write(text)
    except OSError:
        pass


def _showwarnmsg(msg):
    show = showwarning
    if show is not _showwarning_orig:
        if not callable(show):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        show(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning with its place given explicitly."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    chosen = None
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            chosen = item
            break
    if chosen is None:
        action = defaultaction
    if action == "ignore":
        registry[key] = 1
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, chosen))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None,
                                None, source))


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning attributed to the caller stacklevel frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__
        lineno = 1
    else:
        globals_ = frame.f_globals
        lineno = frame.f_lineno
    module = globals_.get('__name__', "<string>")
    filename = globals_.get('__file__')
    if filename:
        if filename.lower().endswith(".pyc"):
            filename = filename[:-1]
    else:
        if module == "__main__":
            try:
                filename = sys.argv[0]
            except (AttributeError, IndexError):
                filename = '__main__'
        if not filename:
            filename = module
    registry = globals_.get("__warningregistry__")
    if registry is None:
        registry = {}
        try:
            globals_["__warningregistry__"] = registry
        except TypeError:
            pass
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


class catch_warnings(object):
    """Saves the filters and showwarning on entry and restores them on
    exit; with record=True the warnings are collected in the list the
    with statement binds instead of being shown."""

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


filters[:] = [
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, BytesWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
