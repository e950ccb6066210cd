# The logging package: loggers arranged by dotted names, records, handlers,
# formatters and filters, with the behaviour of CPython 3.6's logging.
# Written for this project from CPython's documentation and observed
# behaviour.

import io
import sys
import os
import time
import traceback
import weakref

try:
    import threading as _threading
except ImportError:
    _threading = None

__all__ = """BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL
    FileHandler Filter Formatter Handler INFO LogRecord Logger LoggerAdapter
    NOTSET NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal getLevelName
    getLogger getLoggerClass info log makeLogRecord setLoggerClass shutdown
    warn warning getLogRecordFactory setLogRecordFactory lastResort
    raiseExceptions""".split()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()

# ---------------------------------------------------------------- levels

# the standard levels, and the two aliases
CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING

_levelToName = {}
_nameToLevel = {}


def _register_level(level, name):
    _levelToName[level] = name
    _nameToLevel[name] = level


for _lv, _nm in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                 (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _register_level(_lv, _nm)
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARNING
del _lv, _nm


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or
    "Level %s" for anything unknown."""
    if level in _levelToName:
        return _levelToName[level]
    if level in _nameToLevel:
        return _nameToLevel[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associates levelName with the number level (both directions)."""
    with _lock:
        _register_level(level, levelName)


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % level)


# ---------------------------------------------------------------- locks

class _NoLock(object):
    """Stands in for a reentrant lock while the interpreter has no
    threading module: one thread cannot race with itself."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


def _new_lock():
    if _threading is not None:
        return _threading.RLock()
    return _NoLock()


_lock = _new_lock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ------------------------------------------------------ traceback text
# The interpreter's one traceback formatter, through the traceback module.


def _stack_text(frame, heading=''):
    """heading, then the calling stack down to frame, outermost first, as
    traceback.print_stack writes it (the call goes through that name, so
    a replacement of it is honoured)."""
    out = io.StringIO()
    out.write(heading)
    traceback.print_stack(frame, file=out)
    return out.getvalue()


def _exception_lines(etype, value, tb):
    """The lines Python prints for an uncaught exception, chained causes
    and contexts first."""
    return traceback.format_exception(etype, value, tb)


def _print_exception(etype, value, tb, stream):
    traceback.print_exception(etype, value, tb, None, stream)


# ---------------------------------------------------------------- records

def _current_thread_facts():
    if not logThreads:
        return None, None
    if _threading is not None:
        try:
            return _threading.get_ident(), _threading.current_thread().name
        except Exception:
            pass
    return None, 'MainThread'


def _file_and_module(pathname):
    # a record's filename and module name, from its pathname
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


class LogRecord(object):
    """One logged event and everything known about it."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            # a lone non-empty mapping supplies %(key)s values
            args = args[0]
        # (attributes are set in this order: it shows in vars(record))
        self.name, self.msg, self.args = name, msg, args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.lineno, self.funcName = lineno, func
        self.created = now
        self.msecs = (now - int(now)) * 1000
        self.relativeCreated = (now - _startTime) * 1000
        self.thread, self.threadName = _current_thread_facts()
        self.processName = 'MainProcess' if logMultiprocessing else None
        if logMultiprocessing:
            mp = sys.modules.get('multiprocessing') if hasattr(sys, 'modules') else None
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __str__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    __repr__ = __str__

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from dict (e.g. one sent over a
    socket)."""
    rec = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rec.__dict__.update(dict)
    return rec


# ---------------------------------------------------------------- styles

class PercentStyle(object):

    def __init__(self, fmt):
        self._fmt = fmt or self.default_format

    def format(self, record):
        return self._fmt % record.__dict__

    # the format used when none is given; asctime's field, and what
    # usesTime() looks for
    default_format, asctime_format, asctime_search = (
        '%(message)s', '%(asctime)s', '%(asctime)')

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0


class StrFormatStyle(PercentStyle):

    def format(self, record):
        return self._fmt.format(**record.__dict__)

    default_format, asctime_format, asctime_search = (
        '{message}', '{asctime}', '{asctime')


def _is_ident_start(c):
    # ASCII only, as string.Template's names in CPython 3.6.
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


def _dollar_substitute(template, mapping):
    """$-substitution as string.Template.substitute does it: $$ is a
    dollar, $name and ${name} are looked up in mapping."""
    pieces = []
    i = 0
    n = len(template)
    while True:
        j = template.find('$', i)
        if j < 0:
            pieces.append(template[i:])
            break
        pieces.append(template[i:j])
        k = j + 1
        if k < n and template[k] == '$':
            pieces.append('$')
            i = k + 1
            continue
        if k < n and template[k] == '{':
            e = k + 1
            if e < n and _is_ident_start(template[e]):
                e += 1
                while e < n and _is_ident_char(template[e]):
                    e += 1
                if e < n and template[e] == '}':
                    pieces.append('%s' % (mapping[template[k + 1:e]],))
                    i = e + 1
                    continue
        elif k < n and _is_ident_start(template[k]):
            e = k + 1
            while e < n and _is_ident_char(template[e]):
                e += 1
            pieces.append('%s' % (mapping[template[k:e]],))
            i = e
            continue
        before = template[:j]
        line = before.count('\n') + 1
        col = j - (before.rfind('\n') + 1) + 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
    return ''.join(pieces)


class StringTemplateStyle(PercentStyle):

    def usesTime(self):
        # either spelling of the field: $asctime or ${asctime}
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_format) >= 0

    def format(self, record):
        return _dollar_substitute(self._fmt, record.__dict__)

    default_format, asctime_format, asctime_search = (
        '${message}', '${asctime}', '${asctime}')


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's default format)
_STYLES = {}
for _mark, _style, _fmt in (
        ('%', PercentStyle, BASIC_FORMAT),
        ('{', StrFormatStyle, '{levelname}:{name}:{message}'),
        ('$', StringTemplateStyle, '${levelname}:${name}:${message}')):
    _STYLES[_mark] = (_style, _fmt)
del _mark, _style, _fmt


def _style_entry(style):
    # the _STYLES entry of a style character, else ValueError
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style]


# ---------------------------------------------------------------- formatters

class Formatter(object):
    """Turns a record into text with a format string in one of the three
    styles."""

    def __init__(self, fmt=None, datefmt=None, style='%'):
        self._style = _style_entry(style)[0](fmt)
        self._fmt, self.datefmt = self._style._fmt, datefmt

    # how formatTime() reads record.created and writes it without datefmt
    converter = time.localtime
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        base = time.strftime(self.default_time_format, when)
        return self.default_msec_format % (base, record.msecs)

    def formatException(self, ei):
        text = ''.join(_exception_lines(ei[0], ei[1], ei[2]))
        if text.endswith('\n'):
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if not text.endswith('\n'):
                text += '\n'
            text += record.exc_text
        if record.stack_info:
            if not text.endswith('\n'):
                text += '\n'
            text += self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records with a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = [self.linefmt.format(r) for r in records]
        return self.formatHeader(records) + ''.join(body) + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter(object):
    """Lets through the records of the logger called name and of its
    descendants (everything when name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        prefix = self.name
        rn = record.name
        return rn.startswith(prefix) and len(rn) > self.nlen and rn[self.nlen] == '.'


def _index(items, item):
    # list.index that tolerates objects the interpreter cannot compare
    # with == (functions): those are equal only to themselves.
    for i, x in enumerate(items):
        if x is item:
            return i
        try:
            if x == item:
                return i
        except TypeError:
            pass
    return -1


class Filterer(object):
    """The list of filters shared by loggers and handlers."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if _index(self.filters, filter) < 0:
            self.filters.append(filter)

    def removeFilter(self, filter):
        i = _index(self.filters, filter)
        if i >= 0:
            del self.filters[i]

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------- handlers

_handlers = {}
_handlerList = []


def _unregister(handler):
    # forget handler's name in _handlers (whichever handler it names now)
    if handler._name in _handlers:
        del _handlers[handler._name]


def _lock_step(step):
    # Handler.acquire / Handler.release: that step on the handler's lock,
    # when it has one
    def method(self):
        if self.lock:
            getattr(self.lock, step)()
    method.__name__, method.__qualname__ = step, 'Handler.' + step
    return method


class _holding(object):
    # a with block that holds a handler's lock (its acquire()/release())

    def __init__(self, handler):
        self._handler = handler

    def __enter__(self):
        self._handler.acquire()

    def __exit__(self, *exc_info):
        self._handler.release()


class Handler(Filterer):
    """Receives records and does something with them (emit)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name, self.level = None, _checkLevel(level)
        self.formatter = None
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _unregister(self)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    acquire = _lock_step('acquire')
    release = _lock_step('release')

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            with _holding(self):
                self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            _unregister(self)

    def handleError(self, record):
        err = sys.stderr
        if not raiseExceptions or not err:
            return
        # the exception being handled is the one the emit raised
        etype, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            _print_exception(etype, value, tb, err)
            err.write('Call stack:\n')
            # The stack from the code that logged, leaving out the
            # package's own frames; where the interpreter shows no calling
            # frames, the record's place instead.
            frame = tb.tb_frame if tb is not None else None
            if frame is None or frame.f_back is None:
                # a finished frame may have lost its caller: this call
                # runs below the same callers
                frame = sys._getframe(0)
            while frame is not None and _in_package(frame.f_code.co_filename):
                frame = frame.f_back
            if frame is not None:
                err.write(_stack_text(frame))
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except Exception:
                err.write('Unable to print the message and arguments - possible '
                          'formatting error.\nUse the traceback above to help '
                          'find the error.\n')
        except OSError:
            pass
        finally:
            etype = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with _holding(self):
            out = self.stream
            if out and hasattr(out, 'flush'):
                out.flush()

    def emit(self, record):
        # the text and the terminator are two writes, then a flush
        try:
            text = self.format(record)
            for piece in (text, self.terminator):
                self.stream.write(piece)
            self.flush()
        except Exception:
            self.handleError(record)

    def __repr__(self):
        out = self.stream
        name = getattr(out, 'name', '')
        if not name:
            # The interpreter's standard streams have no name attribute.
            if out is sys.stdout or out is getattr(sys, '__stdout__', None):
                name = '<stdout>'
            elif out is sys.stderr or out is getattr(sys, '__stderr__', None):
                name = '<stderr>'
        if name:
            name = '%s ' % (name,)
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))


def _open_text(path, mode, encoding):
    # The interpreter's open() refuses mode 'a' on a missing file: create it
    # first (an empty file whatever the encoding).
    if 'a' in mode and not os.path.exists(path):
        try:
            open(path, 'w').close()
        except OSError:
            pass
    if encoding is None:
        return open(path, mode)
    return open(path, mode, encoding=encoding)


def _close_file_stream(handler):
    # flush and close handler's stream, if open; None is left in its place
    stream = handler.stream
    if not stream:
        return
    try:
        handler.flush()
    finally:
        handler.stream = None
        if hasattr(stream, 'close'):
            stream.close()


class FileHandler(StreamHandler):
    """Writes formatted records to a file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False):
        if hasattr(os, 'fspath'):
            filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode, self.encoding, self.delay = mode, encoding, delay
        if not delay:
            StreamHandler.__init__(self, self._open())
            return
        # opened by the first emit()
        Handler.__init__(self)
        self.stream = None

    def _open(self):
        return _open_text(self.baseFilename, self.mode, self.encoding)

    def close(self):
        with _holding(self):
            try:
                _close_file_stream(self)
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The handler of last resort: writes to whatever sys.stderr is when
    the record comes."""

    # read-only: sys.stderr at the time of each record
    stream = property(lambda self: sys.stderr)

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: for libraries that log but leave configuration to the
    application."""

    def createLock(self):
        self.lock = None

    def emit(self, record):
        pass

    def handle(self, record):
        pass


# ---------------------------------------------------------------- loggers

_loggerClass = None


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the loggers of the hierarchy by name."""

    def __init__(self, rootnode):
        self.root, self.disable = rootnode, 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            if name not in self.loggerDict:
                made = (self.loggerClass or _loggerClass)(name)
                made.manager = self
                self.loggerDict[name] = made
                self._link(made)
            return self.loggerDict[name]

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link(self, logger):
        # The parent is the nearest existing ancestor; loggers below the new
        # one whose parent is above it now hang from it.
        name = logger.name
        parent = self.root
        cut = name.rfind('.')
        while cut > 0:
            above = self.loggerDict.get(name[:cut])
            if above is not None:
                parent = above
                break
            cut = name.rfind('.', 0, cut)
        logger.parent = parent
        prefix = name + '.'
        for other in list(self.loggerDict.values()):
            if other is logger or not other.name.startswith(prefix):
                continue
            pname = other.parent.name if other.parent is not self.root else ''
            if other.parent is self.root or not pname.startswith(prefix):
                other.parent = logger


# findCaller()'s answer when the calling frame cannot be found
_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)", None)


def _logger_method(level, name):
    # Logger.<name>(msg, *args, **kwargs): a record at level, when enabled
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__, method.__qualname__ = name, 'Logger.' + name
    return method


def _adapter_method(level, name):
    # LoggerAdapter.<name>(msg, *args, **kwargs): log() at level
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__, method.__qualname__ = name, 'LoggerAdapter.' + name
    return method


class Logger(Filterer):
    """A named channel of the hierarchy."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate = None, True
        self.handlers, self.disabled = [], False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    debug = _logger_method(DEBUG, 'debug')
    info = _logger_method(INFO, 'info')
    warning = _logger_method(WARNING, 'warning')
    error = _logger_method(ERROR, 'error')
    critical = _logger_method(CRITICAL, 'critical')
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False):
        """(filename, line, function, stack text) of the code that called
        the logging method, or the unknown placeholders when the
        interpreter cannot show the calling frames."""
        frame = _calling_frame()
        while frame is not None:
            code = frame.f_code
            if os.path.normcase(code.co_filename) != _srcfile:
                stack = None
                if stack_info:
                    stack = _stack_text(frame, 'Stack (most recent call last):\n')
                    if stack.endswith('\n'):
                        stack = stack[:-1]
                return code.co_filename, frame.f_lineno, code.co_name, stack
            frame = frame.f_back
        return _UNKNOWN_CALLER

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rec = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in rec.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rec.__dict__[key] = extra[key]
        return rec

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        try:
            where = self.findCaller(stack_info)
        except ValueError:
            where = _UNKNOWN_CALLER
        fn, lno, func, sinfo = where
        if exc_info and not isinstance(exc_info, tuple):
            # an exception stands for its own triple; any other true value
            # for the exception being handled
            exc_info = ((type(exc_info), exc_info, exc_info.__traceback__)
                        if isinstance(exc_info, BaseException)
                        else sys.exc_info())
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if _index(self.handlers, hdlr) < 0:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            i = _index(self.handlers, hdlr)
            if i >= 0:
                del self.handlers[i]

    def hasHandlers(self):
        node = self
        while node is not None:
            if node.handlers:
                return True
            node = node.parent if node.propagate else None
        return False

    def callHandlers(self, record):
        seen = 0
        node = self
        while node is not None:
            for h in node.handlers:
                seen += 1
                if record.levelno >= h.level:
                    h.handle(record)
            node = node.parent if node.propagate else None
        if seen == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The logger at the top of the hierarchy."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)

_srcfile = os.path.normcase(Logger.findCaller.__code__.co_filename) \
    if hasattr(Logger.findCaller, '__code__') else None


def _in_package(filename):
    # Embedded in the binary the package's files are <logging> and
    # <logging.NAME>; on disk they share a directory.
    if filename.startswith('<'):
        return filename == '<logging>' or (filename.startswith('<logging.') and filename.endswith('>'))
    return _srcfile is not None and not _srcfile.startswith('<') and \
        os.path.dirname(os.path.normcase(filename)) == os.path.dirname(_srcfile)


def _calling_frame():
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        return getframe(1)
    except Exception:
        return None


def _deprecated(text):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(text, DeprecationWarning, 2)


class LoggerAdapter(object):
    """Wraps a logger, adding context (extra) to every record."""

    def __init__(self, logger, extra):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        # every call's extra is the adapter's own
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG, 'debug')
    info = _adapter_method(INFO, 'info')
    warning = _adapter_method(WARNING, 'warning')
    error = _adapter_method(ERROR, 'error')
    critical = _adapter_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            # through the wrapped object's log(): an adapter of an adapter
            # applies both process() steps
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return (self.logger.manager.disable < level
                and level >= self.getEffectiveLevel())

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        # straight to the wrapped logger, past its level checks
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    name = property(lambda self: self.logger.name)
    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager',
                                                   value))

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ------------------------------------------------------ module functions

def _basic_handlers(kwargs):
    # the handlers basicConfig() installs, taking its keywords from kwargs:
    # those given, else one FileHandler or StreamHandler
    handlers = kwargs.pop("handlers", None)
    if handlers is not None:
        if "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        return handlers
    if "stream" in kwargs and "filename" in kwargs:
        raise ValueError("'stream' and 'filename' should not be specified "
                         "together")
    filename = kwargs.pop("filename", None)
    mode = kwargs.pop("filemode", 'a')
    if filename:
        return [FileHandler(filename, mode)]
    return [StreamHandler(kwargs.pop("stream", None))]


def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has
    handlers already."""
    with _lock:
        if root.handlers:
            return
        handlers = _basic_handlers(kwargs)
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        fmt = kwargs.pop("format", _style_entry(style)[1])
        level = kwargs.pop("level", None)
        formatter = Formatter(fmt, datefmt, style)
        for h in handlers:
            # a handler that has its own formatter keeps it
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s'
                             % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger called name (created on first use), or the root logger."""
    if name:
        return Logger.manager.getLogger(name)
    return root


def _ensure_configured():
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level):
    """Turns off every record at level or below, whatever the loggers'
    levels."""
    root.manager.disable = level


def _flush_and_close(handler):
    # errors of a stream that is already closed or broken are ignored;
    # release() is called even when acquire() itself failed
    try:
        handler.acquire()
        handler.flush()
        handler.close()
    except (OSError, ValueError):
        pass
    finally:
        handler.release()


def shutdown(handlerList=None):
    """Flushes and closes every handler made so far, newest first."""
    pending = _handlerList if handlerList is None else handlerList
    for item in reversed(list(pending)):
        # Entries may be handlers or, as CPython keeps them, callables
        # (weak references) giving the handler.
        handler = item if isinstance(item, Handler) else item()
        try:
            if handler:
                _flush_and_close(handler)
        except Exception:
            if raiseExceptions:
                raise


try:
    import atexit as _atexit
    _atexit.register(shutdown)
except ImportError:
    pass


# ------------------------------------------------------ warnings capture

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        _warning_to_logger(message, category, filename, lineno, line)
    elif _warnings_showwarning is not None:
        # a warning written to a given file keeps warnings' own handling
        _warnings_showwarning(message, category, filename, lineno, file, line)


def _warning_to_logger(message, category, filename, lineno, line):
    # the formatted warning as a WARNING record of 'py.warnings'
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    _py_warnings_logger().warning("%s", text)


def _py_warnings_logger():
    # 'py.warnings', given a NullHandler when it has no handler of its own
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    return logger


def captureWarnings(capture):
    """Routes warnings.showwarning to the 'py.warnings' logger (or back)."""
    global _warnings_showwarning
    import warnings
    if capture and _warnings_showwarning is None:
        _warnings_showwarning, warnings.showwarning = (warnings.showwarning,
                                                       _showwarning)
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning, _warnings_showwarning = (_warnings_showwarning,
                                                       None)
