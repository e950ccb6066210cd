"""A small object server that lets spawned processes share state.

The first process that creates a shared object (queue, lock, event,
value) starts a hub: a listening Unix socket served by daemon threads.
Shared objects are plain Python state kept inside the hub; other
processes reach them through proxies that pickle as (address, id) and
talk to the hub with length-prefixed pickled requests.  Every state
change happens under one condition variable, so blocking operations
simply wait on it with an optional deadline.
"""

import os
import pickle
import socket
import struct
import _thread
import threading
import time
import itertools

_HEADER = struct.Struct('!I')


def _send_msg(sock, obj):
    data = pickle.dumps(obj)
    sock.sendall(_HEADER.pack(len(data)) + data)


def _recv_exact(sock, n):
    chunks = []
    while n:
        part = sock.recv(n)
        if not part:
            raise EOFError
        chunks.append(part)
        n -= len(part)
    return b''.join(chunks)


def _recv_msg(sock):
    size, = _HEADER.unpack(_recv_exact(sock, _HEADER.size))
    return pickle.loads(_recv_exact(sock, size))


class _Server(object):
    """The hub proper: owns the objects and answers requests."""

    def __init__(self):
        import tempfile     # only a process that serves objects needs it
        self.dir = tempfile.mkdtemp(prefix='gpymp-')
        self.address = os.path.join(self.dir, 'hub')
        self.cond = threading.Condition()
        self.objects = {}
        self.ids = itertools.count(1)
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(self.address)
        self.listener.listen(64)
        # The hub's threads are the interpreter's, not the program's:
        # threading.enumerate() and _thread._count() leave them out.
        _thread.start_new_thread(self._accept_loop, ())

    def _accept_loop(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            _thread.start_new_thread(self._serve, (conn,))

    def _serve(self, conn):
        try:
            while True:
                try:
                    op, oid, args = _recv_msg(conn)
                except EOFError:
                    return
                try:
                    reply = (True, self.handle(op, oid, args))
                except Exception as exc:
                    reply = (False, exc)
                try:
                    _send_msg(conn, reply)
                except OSError:
                    self._undo(op, oid, reply)
                    raise
        except OSError:
            pass
        finally:
            conn.close()

    # _thread._count() leaves these threads out (modules/thread).
    _accept_loop._service_thread_ = True
    _serve._service_thread_ = True

    def _undo(self, op, oid, reply):
        # The caller went away before its answer (interrupted while it
        # waited): an item it took goes back to the front of its queue
        # and a lock it got is released, as if it had never asked.
        ok, value = reply
        state = self.objects.get(oid)
        if not ok or state is None:
            return
        with self.cond:
            if op == 'get' and value[0] is True:
                state.items.insert(0, value[1])
                self.cond.notify_all()
            elif op == 'acquire' and value is True:
                if state.kind == 'rlock' and state.depth > 1:
                    state.depth -= 1
                else:
                    state.owner = None
                    state.value += 1
                    self.cond.notify_all()

    def handle(self, op, oid, args):
        if op == 'new':
            kind, params = args
            state = _KINDS[kind](*params)
            with self.cond:
                oid = next(self.ids)
                self.objects[oid] = state
            return oid
        with self.cond:
            state = self.objects[oid]
            if op == 'drop':
                del self.objects[oid]
                return None
            if op != 'call':
                return getattr(state, 'op_' + op)(self.cond, *args)
        # A managed object's method may block (a managed queue's get):
        # it runs without the hub's condition held.
        return state.op_call(*args)


def _wait_for(cond, predicate, timeout):
    """Wait on cond (held) until predicate() holds; False on timeout."""
    if timeout is None:
        while not predicate():
            cond.wait()
        return True
    deadline = time.monotonic() + timeout
    while not predicate():
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        cond.wait(left)
    return True


class _QueueState(object):
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
        self.unfinished = 0
        self.closed_writers = False

    def op_put(self, cond, data, block, timeout):
        if self.maxsize > 0:
            ok = _wait_for(cond, lambda: len(self.items) < self.maxsize,
                           timeout if block else 0)
            if not ok:
                return False
        self.items.append(data)
        self.unfinished += 1
        cond.notify_all()
        return True

    def op_get(self, cond, block, timeout, eof_aware=False):
        def ready():
            return self.items or (eof_aware and self.closed_writers)
        if not _wait_for(cond, ready, timeout if block else 0):
            return (False, None)
        if not self.items:
            return ('eof', None)
        data = self.items.pop(0)
        cond.notify_all()
        return (True, data)

    def op_poll(self, cond, timeout):
        return _wait_for(
            cond, lambda: self.items or self.closed_writers, timeout)

    def op_close_writer(self, cond):
        self.closed_writers = True
        cond.notify_all()

    def op_qsize(self, cond):
        return len(self.items)

    def op_task_done(self, cond):
        if self.unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished -= 1
        cond.notify_all()

    def op_join(self, cond):
        _wait_for(cond, lambda: self.unfinished == 0, None)


class _LockState(object):
    def __init__(self, kind, value, maxvalue):
        self.kind = kind          # 'lock', 'rlock' or 'sem'
        self.value = value
        self.maxvalue = maxvalue
        self.owner = None
        self.depth = 0

    def op_acquire(self, cond, who, block, timeout):
        if self.kind == 'rlock' and self.owner == who:
            self.depth += 1
            return True
        if not _wait_for(cond, lambda: self.value > 0,
                         timeout if block else 0):
            return False
        self.value -= 1
        self.owner = who
        self.depth = 1
        return True

    def op_release(self, cond, who):
        if self.kind == 'rlock':
            if self.owner != who:
                raise AssertionError('attempt to release recursive lock '
                                     'not owned by thread')
            self.depth -= 1
            if self.depth:
                return
        elif self.kind == 'lock':
            if self.value > 0:
                raise ValueError('semaphore or lock released too many '
                                 'times')
        elif self.maxvalue is not None and self.value >= self.maxvalue:
            raise ValueError('semaphore or lock released too many times')
        self.owner = None
        self.value += 1
        cond.notify_all()

    def op_value(self, cond):
        return self.value

    def op_is_mine(self, cond, who):
        return self.owner == who and self.value == 0


class _EventState(object):
    def __init__(self):
        self.flag = False

    def op_set(self, cond):
        self.flag = True
        cond.notify_all()

    def op_clear(self, cond):
        self.flag = False

    def op_is_set(self, cond):
        return self.flag

    def op_wait(self, cond, timeout):
        return _wait_for(cond, lambda: self.flag, timeout)


class _CondState(object):
    """Waiters of a shared Condition; the lock is a separate object."""

    def __init__(self):
        self.tickets = itertools.count()
        self.waiting = []
        self.woken = set()

    def op_enlist(self, cond):
        ticket = next(self.tickets)
        self.waiting.append(ticket)
        return ticket

    def op_wait(self, cond, ticket, timeout):
        ok = _wait_for(cond, lambda: ticket in self.woken, timeout)
        self.woken.discard(ticket)
        if ticket in self.waiting:
            self.waiting.remove(ticket)
        return ok

    def op_notify(self, cond, n):
        for ticket in self.waiting[:n]:
            self.woken.add(ticket)
        del self.waiting[:n]
        cond.notify_all()


class _BarrierState(object):
    """Rounds of a Barrier: who has arrived, and how each round ended."""

    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.outcome = {}      # generation -> True (passed) or False
        self.is_broken = False

    def _broken_error(self):
        return threading.BrokenBarrierError()

    def op_arrive(self, cond, timeout):
        if self.is_broken:
            raise self._broken_error()
        gen = self.generation
        index = self.count
        self.count += 1
        if self.count == self.parties:
            # the last arrival finishes the round (after its action)
            return (index, True, gen)
        done = _wait_for(cond, lambda: gen in self.outcome or
                         self.is_broken, timeout)
        if not done:
            self._break(cond)
        if not self.outcome.get(gen, False):
            if self.count > 0 and self.generation == gen:
                self.count -= 1
            raise self._broken_error()
        return (index, False, gen)

    def op_finish(self, cond, gen, ok):
        if ok and not self.is_broken:
            self.outcome[gen] = True
            self.outcome.pop(gen - 8, None)
            self.count = 0
            self.generation += 1
        else:
            self._break(cond)
        cond.notify_all()

    def _break(self, cond):
        self.is_broken = True
        self.outcome.setdefault(self.generation, False)
        cond.notify_all()

    def op_reset(self, cond):
        self.outcome[self.generation] = False
        self.generation += 1
        self.count = 0
        self.is_broken = False
        cond.notify_all()

    def op_abort(self, cond):
        self._break(cond)

    def op_n_waiting(self, cond):
        return 0 if self.is_broken else self.count

    def op_broken(self, cond):
        return self.is_broken


class _ObjState(object):
    """An ordinary object made by a manager; its methods are called."""

    def __init__(self, factory, args, kwargs):
        self.obj = factory(*args, **kwargs)

    def op_call(self, name, args, kwargs):
        if name == '#getvalue':
            return self.obj
        if name == '#exposed':
            return [n for n in dir(self.obj)
                    if not n.startswith('_') and callable(getattr(self.obj, n))]
        result = getattr(self.obj, name)(*args, **kwargs)
        if name in ('keys', 'values', 'items'):
            result = list(result)
        return result


_KINDS = {
    'obj': _ObjState,
    'queue': _QueueState,
    'lock': _LockState,
    'event': _EventState,
    'cond': _CondState,
    'barrier': _BarrierState,
}

_server = None
_server_lock = threading.Lock()
_local = threading.local()


def local_address():
    """Address of this process's hub, starting it on first use."""
    global _server
    with _server_lock:
        if _server is None:
            _server = _Server()
            import atexit
            atexit.register(cleanup)
        return _server.address


class _Conns(dict):
    """A thread's connections to hubs, closed when the thread ends."""

    def __del__(self):
        for sock in self.values():
            try:
                sock.close()
            except OSError:
                pass


def call(address, op, oid, *args):
    """Run op on the object oid held by the hub at address."""
    conns = getattr(_local, 'conns', None)
    if conns is None:
        conns = _local.conns = _Conns()
    sock = conns.get(address)
    if sock is None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(address)
        conns[address] = sock
    try:
        _send_msg(sock, (op, oid, args))
        ok, value = _recv_msg(sock)
    except BaseException:
        # Interrupted between request and reply (a signal handler that
        # raised, KeyboardInterrupt, a broken hub): the reply may still
        # come, and read by the next call it would answer the wrong
        # question.  The connection goes; the next call makes a new one.
        del conns[address]
        sock.close()
        raise
    if not ok:
        raise value
    return value


class Handle(object):
    """A reference to one object in some process's hub."""

    def __init__(self, kind, *params):
        self.address = local_address()
        self.oid = call(self.address, 'new', None, kind, params)

    def __call__(self, op, *args):
        return call(self.address, op, self.oid, *args)

    def __reduce__(self):
        return (_rebuild, (self.address, self.oid))


def _rebuild(address, oid):
    h = Handle.__new__(Handle)
    h.address = address
    h.oid = oid
    return h


def whoami():
    """Owner token for locks: (pid, thread id)."""
    return (os.getpid(), threading.get_ident())


def cleanup():
    """Remove the hub's socket directory (called at exit)."""
    if _server is not None:
        try:
            _server.listener.close()
            os.unlink(_server.address)
            os.rmdir(_server.dir)
        except OSError:
            pass
