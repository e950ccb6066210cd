"""Stack traces as data and as text: extracting frames from tracebacks and stacks, formatting and printing them."""

import sys
import _traceback

try:
    raise TypeError
except TypeError as _caught:
    _TracebackType = type(_caught.__traceback__)

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'walk_tb', 'walk_stack',
           'TracebackException']

# a line repeated more than this many times in a row is counted, not shown
_RECURSIVE_CUTOFF = 3


def _as_tuple(summary):
    # the (filename, lineno, name, line) view of a FrameSummary that
    # indexing, unpacking and comparison with tuples go through
    return (summary.filename, summary.lineno, summary.name, summary.line)


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        # locals are kept as reprs, and an empty mapping as None
        self.locals = ({key: repr(value) for key, value in locals.items()}
                       if locals else None)
        if lookup_line:
            self.line

    @property
    def line(self):
        # an explicit line is kept as given; otherwise the source line,
        # stripped, is looked up once ('' when there is none)
        if self._line is None:
            found = _traceback.getline(self.filename, self.lineno)
            if not found:
                import linecache
                found = linecache.getline(self.filename, self.lineno)
            self._line = (found or '').strip()
        return self._line

    def __eq__(self, other):
        if isinstance(other, tuple):
            return _as_tuple(self) == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        # summaries compare on location and locals, not on source text
        return ((self.filename, self.lineno, self.name, self.locals) ==
                (other.filename, other.lineno, other.name, other.locals))

    def __getitem__(self, pos):
        return _as_tuple(self)[pos]

    def __iter__(self):
        return iter(_as_tuple(self))

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def _to_frame_summary(entry):
    # a FrameSummary as it is; a (filename, lineno, name, line) 4-tuple
    # made into one
    if isinstance(entry, FrameSummary):
        return entry
    filename, lineno, name, line = entry
    return FrameSummary(filename, lineno, name, line=line)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """The summary of (frame, lineno) pairs, at most limit of them
        (the last -limit when negative; sys.tracebacklimit by default)."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        pairs = list(frame_gen) if limit is None or limit < 0 else []
        if limit is not None and limit >= 0:
            for pair in frame_gen:
                if len(pairs) >= limit:
                    break
                pairs.append(pair)
        elif limit is not None:
            pairs = pairs[len(pairs) + limit:] if -limit < len(pairs) else pairs
        summary = klass()
        for frame, lineno in pairs:
            code = frame.f_code
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None))
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        summary = StackSummary()
        summary.extend(_to_frame_summary(entry) for entry in a_list)
        return summary

    def format(self):
        out = []
        last = None
        repeats = 0
        for f in self:
            key = (f.filename, f.lineno, f.name)
            if key == last:
                repeats += 1
                if repeats >= 3:
                    continue
            else:
                if repeats > 3:
                    out.append('  [Previous line repeated {} more times]\n'.format(repeats - 3))
                last = key
                repeats = 0
            entry = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                entry += '    {}\n'.format(f.line.strip())
            if f.locals:
                # captured locals, by name, as "name = repr"
                entry += ''.join('    {} = {}\n'.format(key, f.locals[key])
                                 for key in sorted(f.locals))
            out.append(entry)
        if repeats > 3:
            out.append('  [Previous line repeated {} more times]\n'.format(repeats - 3))
        return out


def _effective_limit(limit):
    # limit, or else sys.tracebacklimit (a negative one meaning none)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _summary(entries, limit):
    # the first limit entries of a traceback (the last -limit if negative)
    limit = _effective_limit(limit)
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    # frames carry their source line stripped, '' when it is unknown
    return StackSummary.from_list(
        [(path, lineno, name, (text or '').strip())
         for path, lineno, name, text in entries])


def extract_tb(tb, limit=None):
    """The traceback's entries, outermost first, as a StackSummary."""
    if tb is not None and not isinstance(tb, _TracebackType):
        # something shaped like a traceback (tb_frame, tb_lineno, tb_next)
        return StackSummary.extract(walk_tb(tb), limit=limit)
    return _summary(_loader_lines(_traceback.frames(tb), walk_tb(tb)), limit)


def _loader_lines(entries, frames):
    # Entries whose source the interpreter could not read take it from
    # linecache, which asks the module's __loader__ (found in the frame's
    # globals) as CPython's traceback module does: a module imported from
    # a zip archive has no file on disk. frames pairs with entries.
    if all(text is not None for _, _, _, text in entries):
        return entries
    import linecache
    out = []
    for (path, lineno, name, text), (frame, _) in zip(entries, frames):
        if text is None:
            linecache.lazycache(path, frame.f_globals)
            text = linecache.getline(path, lineno)
        out.append((path, lineno, name, text))
    return out


def _stack_entries(f, skip):
    # The frames from f (or the caller's caller) outward, outermost first.
    if f is None:
        entries = _traceback.stack()[:-skip]
    else:
        entries, frames = [], []
        while f is not None:
            frames.append((f, f.f_lineno))
            code = f.f_code
            entries.append((code.co_filename, f.f_lineno, code.co_name,
                            _traceback.getline(code.co_filename,
                                               f.f_lineno)))
            f = f.f_back
        entries.reverse()
        frames.reverse()
        entries = _loader_lines(entries, frames)
    # source lines stripped, as a summary made from frames has them
    return [(path, lineno, name, text if text is None else text.strip())
            for path, lineno, name, text in entries]


def _limited(entries, limit):
    # the innermost limit entries of a stack (the outermost -limit if
    # negative); entries are outermost first
    limit = _effective_limit(limit)
    if limit is not None:
        entries = entries[len(entries) - limit:] if 0 <= limit < len(entries) \
            else entries if limit >= 0 else entries[:-limit]
    return entries


def extract_stack(f=None, limit=None):
    """The frames from f (default: the caller) outward, outermost first."""
    return StackSummary.from_list(_limited(_stack_entries(f, 2), limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    return StackSummary.from_list(_limited(_stack_entries(f, 2), limit)).format()


def print_stack(f=None, limit=None, file=None):
    print_list(_limited(_stack_entries(f, 2), limit), file=file)


def _chunks(text):
    # The report as traceback.format_exception lists it: each frame's two
    # lines together, every other line alone.
    out = []
    for line in text.splitlines(True):
        # A frame's "File ..., in name" line; a SyntaxError's own "File"
        # line has no ", in " and its source line stays apart.
        if line.startswith('    ') and out and out[-1].startswith('  File ') and ', in ' in out[-1]:
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(etype, value, tb, limit=None, chain=True):
    """The report of an exception, as a list of strings ending in newlines."""
    lines = _chunks(_traceback.format(value, tb, chain,
                                      _effective_limit(limit)))
    if value is None:
        return lines
    # The interpreter's report ends with the exception's own lines as the
    # interpreter prints them; this module words them its own way.
    native = _chunks(_traceback.format(value, None, False, None))
    if native and lines[-len(native):] == native:
        lines[-len(native):] = format_exception_only(etype, value)
    return lines


def format_exception_only(etype, value):
    """The last lines of the report: the exception's type and message."""
    name = _typename(etype)
    if etype is None or not issubclass(etype, SyntaxError) or \
            not isinstance(value, SyntaxError):
        text = _some_str(value)
        if not text:
            return ['%s\n' % name]
        return ['%s: %s\n' % (name, text)]
    return _syntax_error_lines(name, value)


def _syntax_error_lines(name, err):
    # Where the bad source is: its line stripped, and under it a caret
    # counted in characters, kept within the line, after the line's own
    # tabs (so that it lines up).
    out = ['  File "{}", line {}\n'.format(err.filename or '<string>',
                                          str(err.lineno) or '?')]
    text = err.text
    if text is not None:
        out.append('    {}\n'.format(text.strip()))
        if err.offset is not None:
            body = text.rstrip('\n')
            before = body[:min(len(body), err.offset) - 1].lstrip()
            pad = ''.join(c if c.isspace() else ' ' for c in before)
            out.append('    {}^\n'.format(pad))
    out.append('{}: {}\n'.format(name, err.msg or '<no detail available>'))
    return out


def _typename(etype):
    if etype is None:
        return 'None'
    name = getattr(etype, '__qualname__', None) or getattr(etype, '__name__', str(etype))
    mod = getattr(etype, '__module__', None)
    if mod not in (None, '__main__', 'builtins'):
        name = mod + '.' + name
    return name


def print_exception(etype, value, tb, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(etype, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from f, by default the caller's frame, outward."""
    frame = sys._getframe().f_back.f_back if f is None else f
    while frame:
        yield frame, frame.f_lineno
        frame = frame.f_back


def clear_frames(tb):
    """Clear the local variables of the traceback's frames."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass  # still running, or frames cannot be cleared here
        tb = tb.tb_next


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


_CAUSE_TEXT = ('\nThe above exception was the direct cause of the following '
               'exception:\n\n')
_CONTEXT_TEXT = ('\nDuring handling of the above exception, another exception '
                 'occurred:\n\n')


class TracebackException:
    """An exception ready for rendering: its type, message, stack
    summary, cause and context, captured when made."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self.exc_traceback = exc_traceback
        self._str = _some_str(exc_value)
        if capture_locals or not lookup_lines:
            self.stack = StackSummary.extract(
                walk_tb(exc_traceback), limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals)
        else:
            self.stack = extract_tb(exc_traceback, limit=limit)
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals, _seen=_seen)
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = None
        self.__context__ = None
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, **options)
        if context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__, **options)
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            # where the bad source is, with lineno kept as text
            for attr in ('filename', 'lineno', 'text', 'offset', 'msg'):
                value = getattr(exc_value, attr)
                setattr(self, attr, str(value) if attr == 'lineno' else value)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The last lines of the report: the type and message (and for a
        SyntaxError, where in the source it is)."""
        name = _typename(self.exc_type)
        if self.exc_type is not None and \
                issubclass(self.exc_type, SyntaxError):
            yield from _syntax_error_lines(name, self)
        elif self._str:
            yield '%s: %s\n' % (name, self._str)
        else:
            yield '%s\n' % name

    def format(self, *, chain=True):
        """The report, line by line: the cause or context first (unless
        chain is false), then the stack and the exception itself."""
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _CAUSE_TEXT
            elif self.__context__ is not None and \
                    not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _CONTEXT_TEXT
        if self.exc_traceback is not None:
            yield 'Traceback (most recent call last):\n'
        yield from self.stack.format()
        yield from self.format_exception_only()
