"""Set up loggers, handlers, formatters and filters in one call: from a
dictionary (dictConfig, schema version 1) or from an INI-style file read
with configparser (fileConfig).

Both replace the handlers configured before them. Loggers that already
exist and are not named by the new configuration are disabled unless
disable_existing_loggers is false; the descendants of a named logger are
instead reset (no level, no handlers, propagating).
"""

import errno
import re
import sys

import logging
import logging.handlers

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'DictConfigurator',
           'BaseConfigurator', 'DEFAULT_LOGGING_CONFIG_PORT', 'IDENTIFIER',
           'listen', 'stopListening']

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True when s can be a keyword argument name; ValueError otherwise."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import_dotted(dotted):
    """The object a dotted name stands for, importing modules along the
    way as needed (package.module.attribute)."""
    head, *rest = dotted.split('.')
    found = __import__(head)
    path = [head]
    for name in rest:
        path.append(name)
        if not hasattr(found, name):
            __import__('.'.join(path))
        found = getattr(found, name)
    return found


# ----------------------------------------------------------------------------
# shared by both entry points

def _replace_old_handlers():
    """Flush, close and forget every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _descendants(name, existing):
    """The names in existing (sorted) that lie below the logger name."""
    prefix = name + '.'
    return [other for other in existing if other.startswith(prefix)]


def _settle_unnamed(existing, descendants, disable_existing):
    """Loggers left over from before: descendants of configured loggers
    fall back on their ancestors; the rest are disabled, or enabled again,
    as disable_existing says."""
    table = logging.root.manager.loggerDict
    below = set(descendants)
    for logger in [table[name] for name in existing if name in below]:
        logger.level, logger.handlers, logger.propagate = logging.NOTSET, [], True
    for name in existing:
        if name not in below:
            table[name].disabled = disable_existing


# ----------------------------------------------------------------------------
# dictConfig

class BaseConfigurator(object):
    """Holds a configuration dictionary and turns its string values of the
    form ext://dotted.name (an importable object) and cfg://key.sub[index]
    (another part of the same configuration) into what they name."""

    _SCHEME = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    _FIRST_KEY = re.compile(r'^\s*(\w+)\s*')
    _DOT_KEY = re.compile(r'^\.\s*(\w+)\s*')
    _INDEX_KEY = re.compile(r'^\[\s*(\w+)\s*\]\s*')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        """The object the dotted name s stands for; ValueError naming s
        when it cannot be imported."""
        try:
            return _import_dotted(s)
        except ImportError as e:
            error = ValueError('Cannot resolve %r: %s' % (s, e))
            error.__cause__ = e
            raise error

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        head = self._FIRST_KEY.match(value)
        if head is None:
            raise ValueError('Unable to convert %r' % value)
        found = self.config[head.group(1)]
        rest = value[head.end():]
        while rest:
            step = self._DOT_KEY.match(rest)
            if step is not None:
                found = found[step.group(1)]
            else:
                step = self._INDEX_KEY.match(rest)
                if step is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = step.group(1)
                if key.isdigit():
                    try:
                        found = found[int(key)]
                    except TypeError:
                        found = found[key]
                else:
                    found = found[key]
            rest = rest[step.end():]
        # what a reference finds may hold references of its own
        return self.convert(found)

    def convert(self, value):
        """value with its ext:// and cfg:// strings replaced, looking
        inside dicts, lists and tuples."""
        if isinstance(value, str):
            m = self._SCHEME.match(value)
            if m is not None:
                method = self.value_converters.get(m.group('prefix'))
                if method is not None:
                    return getattr(self, method)(m.group('suffix'))
            return value
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.convert(v) for v in value)
        return value

    def configure_custom(self, config):
        """Call the factory under '()' with the other valid keys as
        keyword arguments, then set the attributes listed under '.'."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        made = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(made, name, self.convert(value))
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _wrap(prefix, error):
    """ValueError 'prefix: error', chained to error."""
    wrapped = ValueError('%s: %s' % (prefix, error))
    wrapped.__cause__ = error
    return wrapped


def _check_version(config):
    """ValueError unless config is of schema version 1."""
    try:
        version = config['version']
    except KeyError:
        raise ValueError("dictionary doesn't specify a version") from None
    if version != 1:
        raise ValueError('Unsupported version: %s' % version)


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary (see dictConfig)."""

    def configure(self):
        config = self.config
        _check_version(config)
        incremental = config.pop('incremental', False)
        _locked(self._adjust_levels if incremental else self._configure_all, config)

    # -- incremental: only levels change

    def _part(self, config, key):
        # config[key], a section ({} when absent) or one entry of one,
        # which may itself be a cfg:// or ext:// reference
        value = config.get(key, {})
        return self.convert(value) if isinstance(value, str) else value

    def _adjust_levels(self, config):
        handlers = self._part(config, 'handlers')
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            level = self._part(handlers, name).get('level')
            if level:
                logging._handlers[name].setLevel(logging._checkLevel(self.convert(level)))
        loggers = self._part(config, 'loggers')
        for name in loggers:
            try:
                self._logger_common(logging.getLogger(name), self._part(loggers, name), True)
            except Exception as e:
                raise _wrap('Unable to configure logger %r' % name, e)
        root = self._part(config, 'root')
        if root:
            try:
                self._logger_common(logging.root, root, True)
            except Exception as e:
                raise _wrap('Unable to configure root logger', e)

    # -- a whole configuration

    def _configure_all(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _replace_old_handlers()
        self.formatters = {}
        formatters = self._part(config, 'formatters')
        for name in formatters:
            try:
                self.formatters[name] = self.configure_formatter(dict(self._part(formatters, name)))
            except Exception as e:
                raise _wrap('Unable to configure formatter %r' % name, e)
        self.filters = {}
        filters = self._part(config, 'filters')
        for name in filters:
            try:
                self.filters[name] = self.configure_filter(dict(self._part(filters, name)))
            except Exception as e:
                raise _wrap('Unable to configure filter %r' % name, e)
        self.handlers = {}
        waiting = []
        handlers = self._part(config, 'handlers')
        for name in sorted(handlers):
            if not self._make_handler(name, self._part(handlers, name), waiting):
                waiting.append(name)
        for name in waiting:
            self._make_handler(name, self._part(handlers, name), None)
        existing = sorted(logging.root.manager.loggerDict)
        descendants = []
        loggers = self._part(config, 'loggers')
        for name in loggers:
            descendants.extend(_descendants(name, existing))
            if name in existing:
                existing.remove(name)
            try:
                self.configure_logger(name, self._part(loggers, name))
            except Exception as e:
                raise _wrap('Unable to configure logger %r' % name, e)
        _settle_unnamed(existing, descendants, disable_existing)
        root = self._part(config, 'root')
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise _wrap('Unable to configure root logger', e)

    def _make_handler(self, name, spec, waiting):
        """Make the handler name; False when it must wait for its target
        (waiting is a list), ValueError on any other failure."""
        try:
            handler = self.configure_handler(dict(spec))
        except _TargetNotReady:
            if waiting is not None:
                return False
            raise ValueError('Unable to configure handler %r: Unable to set target handler %r: '
                             'target not configured yet' % (name, spec.get('target')))
        except Exception as e:
            raise _wrap('Unable to configure handler %r' % name, e)
        handler.name = name
        self.handlers[name] = handler
        return True

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(dict(config))
            except TypeError as e:
                if "'format'" not in str(e):
                    raise
                retry = dict(config)
                retry['fmt'] = retry.pop('format')
                retry['()'] = factory
                return self.configure_custom(retry)
        style = config.get('style', '%')
        cname = config.get('class')
        klass = self.resolve(cname) if cname else logging.Formatter
        return klass(config.get('format'), config.get('datefmt'), style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, target, names):
        for name in names:
            try:
                target.addFilter(self.filters[name])
            except Exception as e:
                raise _wrap('Unable to add filter %r' % name, e)

    def configure_handler(self, config):
        name = config.pop('formatter', None)
        formatter = None
        if name:
            try:
                formatter = self.formatters[name]
            except Exception as e:
                raise _wrap('Unable to set formatter %r' % name, e)
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        factory = config.pop('()', None)
        if factory is not None:
            factory = factory if callable(factory) else self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class', None))
            if isinstance(factory, type) and issubclass(factory, logging.handlers.MemoryHandler) \
                    and "target" in config:
                target = config['target']
                if target not in self.handlers:
                    if target in self._part(self.config, 'handlers'):
                        raise _TargetNotReady(target)
                    raise _wrap('Unable to set target handler %r' % target, KeyError(target))
                config['target'] = self.handlers[target]
            elif 'address' in config and isinstance(config['address'], list):
                config['address'] = tuple(config['address'])
            elif 'mailhost' in config and isinstance(config['mailhost'], list):
                config['mailhost'] = tuple(config['mailhost'])
        props = config.pop('.', None)
        handler = _construct(factory, {k: self.convert(v) for k, v in config.items() if valid_ident(k)})
        if formatter is not None:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(self.convert(level)))
        if filters:
            self.add_filters(handler, filters)
        if props:
            for key, value in props.items():
                setattr(handler, key, self.convert(value))
        return handler

    def add_handlers(self, logger, names):
        for name in names:
            try:
                logger.addHandler(self.handlers[name])
            except Exception as e:
                raise _wrap('Unable to add handler %r' % name, e)

    def _logger_common(self, logger, config, incremental=False):
        level = config.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(self.convert(level)))
        if incremental:
            return
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        names = config.get('handlers')
        if names:
            self.add_handlers(logger, names)
        names = config.get('filters')
        if names:
            self.add_filters(logger, names)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self._logger_common(logger, config, incremental)
        propagate = config.get('propagate')
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self._logger_common(logging.root, config, incremental)


def _construct(factory, kwargs):
    """factory(**kwargs); a factory that names its stream argument strm
    (as older handler classes do) is given it under that name."""
    try:
        return factory(**kwargs)
    except TypeError as e:
        if 'stream' not in kwargs or "'stream'" not in str(e):
            raise
    renamed = dict(kwargs)
    renamed['strm'] = renamed.pop('stream')
    return factory(**renamed)


class _TargetNotReady(Exception):
    """A MemoryHandler's target is configured later in the same call."""


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary: 'version' (must be 1),
    'formatters', 'filters', 'handlers', 'loggers', 'root',
    'incremental' and 'disable_existing_loggers'."""
    dictConfigClass(config).configure()


# ----------------------------------------------------------------------------
# fileConfig

def _key_list(text):
    return [part.strip() for part in text.split(',') if part.strip()]


def _ini_formatter(cp, key):
    """The formatter its [formatter_KEY] section describes (its texts
    read raw: no interpolation of the %(...)s in a format)."""
    section = 'formatter_%s' % key

    def option(name, default=None):
        return cp.get(section, name, raw=True, fallback=default)
    cname = cp[section].get('class')
    klass = _import_dotted(cname) if cname else logging.Formatter
    return klass(option('format'), option('datefmt'), option('style', '%'))


def _file_formatters(cp):
    return {key: _ini_formatter(cp, key) for key in _key_list(cp['formatters']['keys'])}


def _file_handlers(cp, formatters):
    names = _key_list(cp['handlers']['keys'])
    made = {}
    targets = {}
    for name in names:
        section = cp['handler_%s' % name]
        cname = section['class']
        try:
            klass = eval(cname, vars(logging))
        except (AttributeError, NameError):
            klass = _import_dotted(cname)
        args = eval(section.get('args', '()'), vars(logging))
        handler = klass(*args)
        if 'level' in section:
            handler.setLevel(section['level'])
        fmt = section.get('formatter', '')
        if fmt:
            handler.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler) and section.get('target', ''):
            targets[name] = section['target']
        made[name] = handler
    # a MemoryHandler's target may be listed after it
    for name, target in targets.items():
        made[name].setTarget(made[target])
    return made


def _ini_logger(logger, section, handlers):
    """Give logger the level and handlers its [logger_KEY] section names."""
    if 'level' in section:
        logger.setLevel(section['level'])
    for old in list(logger.handlers):
        logger.removeHandler(old)
    for key in _key_list(section['handlers']):
        logger.addHandler(handlers[key])


def _file_loggers(cp, handlers, disable_existing):
    keys = _key_list(cp['loggers']['keys'])
    keys.remove('root')
    _ini_logger(logging.root, cp['logger_root'], handlers)
    existing = sorted(logging.root.manager.loggerDict)
    descendants = []
    for key in keys:
        section = cp['logger_%s' % key]
        qualname = section['qualname']
        logger = logging.getLogger(qualname)
        descendants.extend(_descendants(qualname, existing))
        if qualname in existing:
            existing.remove(qualname)
        _ini_logger(logger, section, handlers)
        logger.propagate = section.getint('propagate', fallback=1)
        logger.disabled = 0
    _settle_unnamed(existing, descendants, disable_existing)


def fileConfig(fname, defaults=None, disable_existing_loggers=True):
    """Configure logging from an INI file (a path, or an object with
    readline): sections [loggers], [handlers] and [formatters] list keys,
    each described in a [logger_KEY], [handler_KEY] or [formatter_KEY]
    section. A handler's class and args are evaluated in the logging
    module's namespace. fname may also be a ConfigParser already read."""
    cp = _read_ini(fname, defaults)
    formatters = _file_formatters(cp)
    _locked(_apply_ini, cp, formatters, disable_existing_loggers)


def _read_ini(source, defaults):
    import configparser
    if isinstance(source, configparser.RawConfigParser):
        return source  # already read
    parser = configparser.ConfigParser(defaults)
    if hasattr(source, 'readline'):
        parser.read_file(source)
    else:
        parser.read(source)
    return parser


def _apply_ini(cp, formatters, disable_existing):
    _replace_old_handlers()
    _file_loggers(cp, _file_handlers(cp, formatters), disable_existing)


class _lock_held(object):
    """with _lock_held(): the block runs holding the logging module's
    lock."""

    def __enter__(self):
        logging._acquireLock()

    def __exit__(self, *exc):
        logging._releaseLock()


def _locked(step, *args):
    """step(*args) holding the logging module's lock."""
    with _lock_held():
        return step(*args)


# ----------------------------------------------------------------------------
# listen: configurations sent over a socket

_listener = None  # the server the last listen() thread runs, until stopped


def _apply_received(text):
    """Apply a configuration that arrived over the socket: a JSON object
    goes to dictConfig; anything else, or one dictConfig refuses, is read
    as fileConfig text, whose failure is printed rather than raised."""
    try:
        import json
        config = json.loads(text)
        if not isinstance(config, dict):
            raise TypeError('not a dictionary')
        dictConfig(config)
    except Exception:
        import io
        try:
            fileConfig(io.StringIO(text))
        except Exception:
            import traceback
            traceback.print_exc()


def _read_exactly(conn, count):
    data = b''
    while len(data) < count:
        more = conn.recv(count - len(data))
        if not more:
            break
        data += more
    return data


def _config_request_handler():
    import socketserver
    import struct

    class ConfigRequest(socketserver.StreamRequestHandler):
        """One connection: a 4-byte big-endian length, then that many
        bytes of configuration (passed through the server's verify
        function first, when it has one)."""

        def handle(self):
            try:
                head = self.connection.recv(4)
                if len(head) == 4:
                    size, = struct.unpack('>L', head)
                    data = _read_exactly(self.connection, size)
                    if self.server.verify is not None:
                        data = self.server.verify(data)
                    if data is not None:
                        _apply_received(data.decode('utf-8'))
                    if self.server.ready:
                        self.server.ready.set()
            except OSError as e:
                if e.errno != RESET_ERROR:
                    raise
    return ConfigRequest


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """A thread (not yet started) that serves configuration requests on
    localhost:port (0 picks a free port; the thread's port attribute has
    the real one once its ready event is set). verify, if given, receives
    each request's bytes and returns the bytes to apply, or None to drop
    them. stopListening() ends the server."""
    import select
    import socketserver
    import threading

    class ConfigServer(socketserver.ThreadingTCPServer):
        allow_reuse_address = True

        def __init__(self, port, handler, ready, verify):
            socketserver.ThreadingTCPServer.__init__(self, ('localhost', port), handler)
            self.abort = False
            self.ready = ready
            self.verify = verify

        def serve_until_stopped(self):
            try:
                while True:
                    with _lock_held():
                        if self.abort:
                            break
                    readable, _, _ = select.select([self.socket], [], [], 1.0)
                    if readable:
                        self.handle_request()
            finally:
                self.socket.close()

    class Listener(threading.Thread):
        def __init__(self):
            threading.Thread.__init__(self)
            self.port = port
            self.verify = verify
            self.ready = threading.Event()

        def run(self):
            global _listener
            server = ConfigServer(self.port, _config_request_handler(), self.ready, self.verify)
            if self.port == 0:
                self.port = server.server_address[1]
            self.ready.set()
            with _lock_held():
                _listener = server
            server.serve_until_stopped()

    return Listener()


def stopListening():
    """Ask the server of the running listen() thread to stop (it does
    within a second)."""
    global _listener
    with _lock_held():
        if _listener is not None:
            _listener.abort = True
            _listener = None

