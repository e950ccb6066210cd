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
        if any(c in self.pattern for c in '(|{'):
            # groups, alternatives and counts are beyond the small
            # matcher: the re module takes those patterns
            import re
            flags = re.IGNORECASE if self._ic else 0
            return re.match(self.pattern, text, flags) is not None
        return self._at(0, text, 0)


filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


def _add_filter(*item, append):
    # append: add at the end unless present; otherwise put (or move) the
    # filter at the front. Either way cached registries become stale.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
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


def _showwarnmsg(msg):
    show = showwarning
    if show is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    # a replaced showwarning gets the message's fields as arguments
    if not callable(show):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    show(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
         msg.line)


def _formatwarnmsg(msg):
    # a replaced formatwarning gets the message's fields as arguments
    fields = (msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if formatwarning is _formatwarning_orig:
        return _formatwarning_impl(*fields)
    return formatwarning(*fields)


def _showwarnmsg_impl(msg):
    # write the formatted warning to msg.file, else to sys.stderr; quietly
    # nowhere when there is no stderr or writing fails
    target = sys.stderr if msg.file is None else msg.file
    if target is not None:
        _write_or_lose(target, _formatwarnmsg(msg))


def _write_or_lose(stream, text):
    # a stream that cannot be written (a closed stderr, say) loses the text
    try:
        stream.write(text)
    except OSError:
        return False
    return True


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, given):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))

    # the constructor's arguments, in order, each kept as an attribute
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")


def _booked(registry, key, book):
    # Whether key is marked in registry (a module's __warningregistry__ or
    # onceregistry), marking it when book is set. Entries made under
    # older filters are dropped first.
    version = _filters_version[0]
    if registry.get('version') != version:
        registry.clear()
        registry['version'] = version
    if registry.get(key):
        return True
    if book:
        registry[key] = True
    return False


def _filter_applies(item, text, category, module, lineno):
    _, pattern, cat, mod, line = item
    if pattern is not None and not pattern.match(text):
        return False
    if not issubclass(category, cat):
        return False
    if mod is not None and not mod.match(module):
        return False
    return line == 0 or line == lineno


def _as_lineno(lineno):
    # warn_explicit()'s lineno converted as a C int argument is
    if isinstance(lineno, int):
        return lineno
    if isinstance(lineno, float):
        raise TypeError("integer argument expected, got float")
    if not hasattr(type(lineno), '__int__'):
        raise TypeError("an integer is required (got type %s)"
                        % type(lineno).__name__)
    return int(lineno)


def _quiet_repeat(action, registry, text, category, key, chosen):
    # Books a warning about to be shown under action in the registries
    # (registry may be None); True when it was shown before where action
    # looks and must stay quiet now.
    if action == "always":
        return False
    if registry is not None:
        registry[key] = True
    if action == "ignore" or action == "default":
        return action == "ignore"
    if action == "once":
        # per module when there is a registry, else once for the process
        book = onceregistry if registry is None else registry
        return _booked(book, (text, category), True)
    if action == "module":
        return registry is not None and _booked(registry, (text, category),
                                                True)
    raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                       % (action, chosen))


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning with its place given explicitly."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % type(filename).__name__)
    lineno = _as_lineno(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if not isinstance(message, Warning):
        text, message = message, category(message)
    else:
        text, category = str(message), message.__class__
    key = (text, category, lineno)
    if registry is not None and _booked(registry, key, False):
        return
    chosen = None
    for item in filters:
        if _filter_applies(item, text, category, module, lineno):
            chosen = item
            break
    action = defaultaction if chosen is None else chosen[0]
    if action == "error":
        raise message
    if not _quiet_repeat(action, registry, text, category, key, chosen):
        _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                    None, None, source))


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning attributed to the caller stacklevel frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
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
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        # what __exit__ puts back
        self._filters, self._showwarning, self._showwarnmsg_impl = (
            mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = self._filters[:]
        mod._filters_mutated()
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl, mod.showwarning = (log.append,
                                                  mod._showwarning_orig)
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = (
            self._filters, self._showwarning, self._showwarnmsg_impl)
        mod._filters_mutated()


filters[:] = [
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, BytesWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
if sys.flags.bytes_warning:
    # -b shows bytes/str mix-ups, -bb makes them errors.
    filters[3] = ('error' if sys.flags.bytes_warning > 1 else 'default',
                  None, BytesWarning, None, 0)


class _OptionError(Exception):
    """A -W option (or PYTHONWARNINGS entry) that cannot be applied."""


def _action_named(text):
    """The action a -W option's first field names: any prefix of one."""
    if not text:
        return "default"
    if text == "all":
        return "always"
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(text):
            return action
    raise _OptionError("invalid action: %r" % (text,))


def _category_named(text):
    """The warning class a -W option's third field names: a builtin
    name, or a dotted path to a class in an importable module."""
    import re
    if not text:
        return Warning
    if re.match("^[a-zA-Z0-9_]+$", text):
        try:
            found = eval(text)
        except NameError:
            raise _OptionError("unknown warning category: %r" % (text,)) from None
    else:
        where, _, name = text.rpartition(".")
        try:
            module = __import__(where, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (where,)) from None
        try:
            found = getattr(module, name)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (text,)) from None
    if not isinstance(found, type) or not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (text,))
    return found


def _apply_option(option):
    """Add the filter that one -W option (action:message:category:module:lineno,
    any trailing fields left out) describes."""
    import re
    fields = [f.strip() for f in option.split(":")]
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    fields += [""] * (5 - len(fields))
    action = _action_named(fields[0])
    message = re.escape(fields[1])
    category = _category_named(fields[2])
    module = re.escape(fields[3])
    if module:
        module += "$"
    lineno = 0
    if fields[4]:
        try:
            lineno = int(fields[4])
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (fields[4],)) from None
        if lineno < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
    filterwarnings(action, message, category, module, lineno)


def _apply_options(options):
    for option in options:
        try:
            _apply_option(option)
        except _OptionError as problem:
            sys.stderr.write("Invalid -W option ignored: %s\n" % (problem,))


_apply_options(sys.warnoptions)

# CPython's private names for the option helpers.
_setoption, _processoptions = _apply_option, _apply_options
