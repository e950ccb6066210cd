"""The small logger distutils reports through: messages at or above the
threshold (WARN by default) are printed, WARN and worse to stderr, DEBUG
and INFO to stdout."""

import sys

DEBUG, INFO, WARN, ERROR, FATAL = 1, 2, 3, 4, 5
_LEVELS = (DEBUG, INFO, WARN, ERROR, FATAL)


def _write(stream, text):
    try:
        stream.write(text + '\n')
    except UnicodeEncodeError:
        # Shown with escapes rather than lost where the stream's encoding
        # cannot hold it.
        codec = stream.encoding
        stream.write(text.encode(codec, 'backslashreplace').decode(codec) + '\n')
    stream.flush()


class Log:
    """A logger with a threshold level; log(level, msg, *args) prints
    msg % args (or msg alone without args), and each level has its method
    (debug, info, warn, error, fatal)."""

    def __init__(self, threshold=WARN):
        self.threshold = threshold

    def _log(self, level, msg, args):
        if level not in _LEVELS:
            raise ValueError('%s wrong log level' % str(level))
        if level >= self.threshold:
            _write(sys.stderr if level >= WARN else sys.stdout,
                   msg % args if args else msg)

    def log(self, level, msg, *args):
        self._log(level, msg, args)


def _level_method(level, name):
    def method(self, msg, *args):
        self._log(level, msg, args)
    method.__name__ = method.__qualname__ = name
    return method


for _level, _name in zip(_LEVELS, ('debug', 'info', 'warn', 'error', 'fatal')):
    setattr(Log, _name, _level_method(_level, _name))

# The module's functions log through one shared Log.
_global_log = Log()
log, debug, info, warn, error, fatal = (
    _global_log.log, _global_log.debug, _global_log.info, _global_log.warn,
    _global_log.error, _global_log.fatal)
del _level, _name


def set_threshold(level):
    """Make level the threshold and return the one it replaces."""
    previous, _global_log.threshold = _global_log.threshold, level
    return previous


def set_verbosity(v):
    """0 or less shows warnings and worse, 1 adds INFO, 2 or more DEBUG."""
    set_threshold(WARN if v <= 0 else INFO if v == 1 else DEBUG)
