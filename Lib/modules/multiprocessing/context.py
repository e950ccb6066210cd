"""Start-method contexts; only 'spawn' exists in gpython-ssl."""

import os

from multiprocessing import process

__all__ = ['BaseContext', 'SpawnContext', 'get_context',
           'get_start_method', 'set_start_method', 'get_all_start_methods']


def _error_class(name, base, doc):
    return type(name, (base,), {'__module__': __name__, '__doc__': doc})


ProcessError = _error_class('ProcessError', Exception,
                            'Base class of the package\'s own errors.')
BufferTooShort = _error_class('BufferTooShort', ProcessError,
                              'The receiving buffer was too small.')
TimeoutError = _error_class('TimeoutError', ProcessError,
                            'A result was not ready in time.')
AuthenticationError = _error_class('AuthenticationError', ProcessError,
                                   'A connection failed authentication.')


def assert_spawning(obj):
    """Refuse to pickle obj except while a child is being spawned."""
    from multiprocessing import spawn
    if not spawn.is_spawning():
        raise RuntimeError(
            '%s objects should only be shared between processes'
            ' through inheritance' % type(obj).__name__)


class BaseContext(object):
    """The functions of the multiprocessing package, bound to a method."""

    current_process = staticmethod(process.current_process)
    active_children = staticmethod(process.active_children)
    TimeoutError = TimeoutError
    ProcessError = ProcessError
    AuthenticationError = AuthenticationError
    BufferTooShort = BufferTooShort

    def cpu_count(self):
        """Number of CPUs; NotImplementedError when unknown."""
        n = os.cpu_count()
        if n is None:
            raise NotImplementedError('cannot determine number of cpus')
        return n

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Manager(self):
        """A started SyncManager (see multiprocessing.managers)."""
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock(ctx=self)

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock(ctx=self)

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock, ctx=self)

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value, ctx=self)

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self)

    def Barrier(self, parties, action=None, timeout=None):
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self)

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event(ctx=self)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize, ctx=self)

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self)

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue(ctx=self)

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self)

    def Value(self, typecode_or_type, *args, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock,
                     ctx=self)

    def freeze_support(self):
        """Nothing to do: there are no frozen executables here."""

    def get_context(self, method=None):
        if method is None:
            return _contexts[self.get_start_method()]
        if method not in _contexts:
            raise ValueError('cannot find context for %r' % (method,))
        return _contexts[method]

    def get_start_method(self, allow_none=False):
        if _chosen[0] is None and allow_none:
            return None
        _chosen[0] = _chosen[0] or 'spawn'
        return _chosen[0]

    def set_start_method(self, method, force=False):
        if _chosen[0] is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            _chosen[0] = None
            return
        self.get_context(method)
        _chosen[0] = method

    def get_all_start_methods(self):
        return ['spawn']

    def set_executable(self, executable):
        import sys
        sys.executable = executable

    def set_forkserver_preload(self, module_names):
        pass

    def get_logger(self):
        """The package's logger (see multiprocessing.util)."""
        from multiprocessing.util import get_logger
        return get_logger()

    def log_to_stderr(self, level=None):
        """Log the package's records to stderr; returns the logger."""
        from multiprocessing.util import log_to_stderr
        return log_to_stderr(level)

    def allow_connection_pickling(self):
        pass


# the name pickles of multiprocessing.Process refer to (3.6 keeps the
# class here and re-exports it from the package)
Process = process.Process


class SpawnProcess(process.BaseProcess):
    """Process started by a fresh interpreter."""


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess

    def get_start_method(self, allow_none=False):
        return 'spawn'


class DefaultContext(BaseContext):
    Process = process.Process


_default = DefaultContext()
_contexts = {'spawn': SpawnContext()}
_chosen = [None]
