"""Process-based parallelism for gpython-ssl (spawn start method only).

Children are fresh gpython-ssl interpreters started from sys.executable;
shared objects (queues, pipes, locks, values) live in a small server
thread of the process that created them.  See multiprocessing.spawn and
multiprocessing._hub.
"""

from multiprocessing import context as _context
from multiprocessing.context import (
    ProcessError, BufferTooShort, TimeoutError, AuthenticationError)
from multiprocessing.process import current_process, active_children

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
           'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager',
           'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue', 'RLock',
           'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods',
           'get_context', 'get_logger', 'get_start_method', 'log_to_stderr',
           'set_executable', 'set_forkserver_preload', 'set_start_method']

_ctx = _context._default
Process = _context.process.Process
SUBDEBUG = 5
SUBWARNING = 25


def _bind(name):
    return getattr(_ctx, name)


cpu_count = _bind('cpu_count')
Pipe = _bind('Pipe')
Lock = _bind('Lock')
Manager = _bind('Manager')
RLock = _bind('RLock')
Condition = _bind('Condition')
Semaphore = _bind('Semaphore')
BoundedSemaphore = _bind('BoundedSemaphore')
Event = _bind('Event')
Barrier = _bind('Barrier')
Queue = _bind('Queue')
JoinableQueue = _bind('JoinableQueue')
SimpleQueue = _bind('SimpleQueue')
Pool = _bind('Pool')
Value = _bind('Value')
Array = _bind('Array')
freeze_support = _bind('freeze_support')
get_context = _bind('get_context')
get_start_method = _bind('get_start_method')
set_start_method = _bind('set_start_method')
get_all_start_methods = _bind('get_all_start_methods')
set_executable = _bind('set_executable')
set_forkserver_preload = _bind('set_forkserver_preload')
get_logger = _bind('get_logger')
log_to_stderr = _bind('log_to_stderr')
allow_connection_pickling = _bind('allow_connection_pickling')


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValue as make
    return make(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArray as make
    return make(typecode_or_type, size_or_initializer)
