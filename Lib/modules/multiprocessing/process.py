"""Process objects for the spawn start method.

A started Process runs in a fresh interpreter: the parent launches
sys.executable with a short -c command and writes the pickled
bootstrap to its standard input (see multiprocessing.spawn).
"""

import itertools
import os
import signal
import sys
import weakref

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children']

_children = set()
# every Process made in this process, while it lives (tests look here
# for processes left behind)
_dangling = weakref.WeakSet()


def current_process():
    """The Process object describing the running process."""
    return _current


def _cleanup():
    """Forget the children that have finished."""
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


def active_children():
    """Started children that are still running (finished ones are reaped)."""
    _cleanup()
    return list(_children)


def _check(ok, message):
    """Raise AssertionError(message) unless ok (as CPython's asserts do)."""
    if not ok:
        raise AssertionError(message)


def _exit_status(args):
    """The exit code a child reports for SystemExit(*args) from run()."""
    what = args[0] if args else 1
    if what is None:
        return 0
    if isinstance(what, int):
        return what
    sys.stderr.write('%s\n' % (what,))
    return 1


def _signal_name(code):
    for name in dir(signal):
        if name.startswith('SIG') and not name.startswith('SIG_') and \
                getattr(signal, name) == code:
            return name
    return str(code)


class BaseProcess(object):
    """One unit of work that runs run() in a separate interpreter."""

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs={}, *, daemon=None):
        _check(group is None, 'group argument must be None for now')
        number = next(_current._counter)
        self._identity = _current._identity + (number,)
        self._config = dict(_current._config)
        self._parent_pid = os.getpid()
        self._popen = None
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name is None:
            name = type(self).__name__ + '-' + \
                ':'.join(str(i) for i in self._identity)
        self._name = name
        if daemon is not None:
            self.daemon = daemon
        _dangling.add(self)

    def run(self):
        """Call the target with its arguments; subclasses may override."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Launch the child interpreter."""
        _check(self._popen is None, 'cannot start a process twice')
        _check(self._parent_pid == os.getpid(),
               'can only start a process object created by current process')
        _check(not _current._config.get('daemon'),
               'daemonic processes are not allowed to have children')
        from multiprocessing import spawn
        active_children()
        self._popen = spawn.launch(self)
        self._sentinel = self._popen.sentinel
        from multiprocessing import util
        util.Finalize(self, os.close, args=(self._sentinel,))
        _children.add(self)

    def terminate(self):
        """Send SIGTERM to the child."""
        if self._popen is not None and self._popen.poll() is None:
            try:
                self._popen.terminate()
            except OSError:
                pass

    def join(self, timeout=None):
        """Wait for the child to finish, at most timeout seconds."""
        _check(self._parent_pid == os.getpid(),
               'can only join a child process')
        _check(self._popen is not None, 'can only join a started process')
        import subprocess
        try:
            self._popen.wait(timeout)
        except subprocess.TimeoutExpired:
            return
        _children.discard(self)

    def is_alive(self):
        """True while the started child has not finished."""
        if self is _current:
            return True
        _check(self._parent_pid == os.getpid(),
               'can only test a child process')
        if self._popen is None:
            return False
        return self._popen.poll() is None

    def _rename(self, name):
        _check(isinstance(name, str), 'name must be a string')
        self._name = name

    def _set_daemon(self, flag):
        _check(self._popen is None, 'process has already started')
        self._config['daemon'] = flag

    name = property(lambda self: self._name, _rename)
    daemon = property(lambda self: self._config.get('daemon', False),
                      _set_daemon)

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, key):
        self._config['authkey'] = bytes(key)

    @property
    def exitcode(self):
        if self._popen is None:
            return None
        return self._popen.poll()

    @property
    def ident(self):
        if self is _current:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        """A file descriptor that turns readable when the child ends."""
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError('process not started')

    def __getstate__(self):
        return {k: (None if k == '_popen' else v)
                for k, v in self.__dict__.items() if k != '_sentinel'}

    def _status(self):
        if self is _current:
            return 'started'
        if self._parent_pid != os.getpid():
            return 'unknown'
        if self._popen is None:
            return 'initial'
        code = self._popen.poll()
        if code is None:
            return 'started'
        if code == 0:
            return 'stopped'
        shown = _signal_name(-code) if code < 0 else code
        return 'stopped[%s]' % (shown,)

    def __repr__(self):
        flag = ' daemon' if self.daemon else ''
        return '<{}({}, {}{})>'.format(type(self).__name__, self._name,
                                       self._status(), flag)

    def _bootstrap(self):
        """Run in the child: call run() and turn its outcome into a code."""
        import traceback
        global _current
        _current = self
        self._counter = itertools.count(1)
        self._popen = None
        code = 1
        try:
            try:
                self.run()
                code = 0
            except SystemExit as e:
                code = _exit_status(e.args)
            except BaseException:
                sys.stderr.write('Process %s:\n' % self.name)
                traceback.print_exc()
                code = 1
        finally:
            _reap_at_exit()
            try:
                sys.stdout.flush()
            except Exception:
                pass
            try:
                sys.stderr.flush()
            except Exception:
                pass
        return code


class Process(BaseProcess):
    """The process class of the spawn context."""


class _MainProcess(BaseProcess):
    """The interpreter the user started."""

    def __init__(self):
        self.__dict__.update(
            _name='MainProcess', _identity=(), _popen=None,
            _parent_pid=None, _counter=itertools.count(1),
            _config={'authkey': os.urandom(32)})


_current = _MainProcess()


def _reap_at_exit():
    """Terminate daemonic children and wait for the others."""
    for p in list(_children):
        if p.daemon:
            p.terminate()
    for p in list(_children):
        if p._popen is not None:
            p._popen.wait()
    _children.clear()
