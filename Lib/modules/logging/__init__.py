# The logging package: loggers arranged by dotted names, records, handlers,
# formatters and filters, with the behaviour of CPython 3.6's logging.
# Written for this project from CPython's documentation and observed
# behaviour.

import sys
import os
import time
import traceback

try:
    import threading as _threading
except ImportError:
    _threading = None

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions']

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()

# ---------------------------------------------------------------- levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

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


def _stack_text(frame):
    """The calling stack down to frame, outermost first, as Python prints
    it."""
    return ''.join(traceback.format_stack(frame))


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


class LogRecord(object):
    """One logged event and everything known about it."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
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
        if self.args:
            text = text % self.args
        return text


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
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt):
        self._fmt = fmt or self.default_format

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def format(self, record):
        return self._fmt % record.__dict__


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def format(self, record):
        return self._fmt.format(**record.__dict__)


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
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_format) >= 0

    def format(self, record):
        return _dollar_substitute(self._fmt, record.__dict__)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------- formatters

class Formatter(object):
    """Turns a record into text with a format string in one of the three
    styles."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%'):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt)
        self._fmt = self._style._fmt
        self.datefmt = datefmt

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


class Handler(Filterer):
    """Receives records and does something with them (emit)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers and _handlers[self._name] is self:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

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
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            if self._name and self._name in _handlers and _handlers[self._name] is self:
                del _handlers[self._name]

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        etype, value, tb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            _print_exception(etype, value, tb, err)
            err.write('Call stack:\n')
            # The stack from the code that logged, leaving out the
            # package's own frames; where the interpreter shows no calling
            # frames, the record's place instead.
            frame = tb.tb_frame if tb is not None else None
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
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            out = self.stream
            out.write(text)
            out.write(self.terminator)
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


class FileHandler(StreamHandler):
    """Writes formatted records to a file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False):
        if hasattr(os, 'fspath'):
            filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return _open_text(self.baseFilename, self.mode, self.encoding)

    def close(self):
        self.acquire()
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        s = self.stream
                        self.stream = None
                        if hasattr(s, 'close'):
                            s.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

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

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: for libraries that log but leave configuration to the
    application."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ---------------------------------------------------------------- loggers

_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the loggers of the hierarchy by name."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if found is not None:
                return found
            cls = self.loggerClass or _loggerClass
            made = cls(name)
            made.manager = self
            self.loggerDict[name] = made
            self._link(made)
            return made

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
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


class Logger(Filterer):
    """A named channel of the hierarchy."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

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
                    stack = 'Stack (most recent call last):\n' + _stack_text(frame)
                    if stack.endswith('\n'):
                        stack = stack[:-1]
                return code.co_filename, frame.f_lineno, code.co_name, stack
            frame = frame.f_back
        return "(unknown file)", 0, "(unknown function)", None

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
            fn, lno, func, sinfo = self.findCaller(stack_info)
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        rec = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                              func, extra, sinfo)
        self.handle(rec)

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
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger._log(level, msg, args, **kwargs)

    def isEnabledFor(self, level):
        if self.logger.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ------------------------------------------------------ module functions

def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has
    handlers already."""
    with _lock:
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", 'a')
            if filename:
                h = FileHandler(filename, mode)
            else:
                h = StreamHandler(kwargs.pop("stream", None))
            handlers = [h]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fmt = kwargs.pop("format", _STYLES[style][1])
        formatter = Formatter(fmt, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


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


def shutdown(handlerList=None):
    """Flushes and closes every handler made so far, newest first."""
    if handlerList is None:
        handlerList = _handlerList
    for item in reversed(list(handlerList)):
        # Entries may be handlers or, as CPython keeps them, callables
        # (weak references) giving the handler.
        h = item if isinstance(item, Handler) else item()
        try:
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
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
    import warnings
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", text)


def captureWarnings(capture):
    """Routes warnings.showwarning to the 'py.warnings' logger (or back)."""
    global _warnings_showwarning
    try:
        import warnings
    except ImportError:
        return
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
