"""A block allocator over shared memory maps (for sharedctypes).

Memory comes in arenas.  Each arena is a file made in the package's
temporary directory, unlinked at once and mapped with mmap; the arena
keeps the file's descriptor open for as long as it lives.  A copy of an
arena sent to another process (a spawned child, say) names the maker's
pid and that descriptor: the receiver opens the file again through
/proc/<pid>/fd/<fd> and maps the same pages, so writes on either side
are seen on the other.  The maker must still be running then.

Free space is kept as (arena, start, stop) triples indexed three ways:
by length (to find the smallest block that fits), and by start and stop
(so that a freed block merges with free neighbours).  A block freed
while the heap's lock is held elsewhere (by the garbage collector, say)
is queued and merged on the next allocation, so a collection never
deadlocks.
"""

import bisect
import mmap
import os
import tempfile
import threading
import weakref

from multiprocessing import util

__all__ = ['BufferWrapper']


class Arena(object):
    """One shared memory map of a fixed size, backed by an unlinked file."""

    def __init__(self, size, fd=-1):
        self.size = size
        if fd == -1:
            fd, path = tempfile.mkstemp(prefix='pym-%d-' % os.getpid(),
                                        dir=util.get_temp_dir())
            os.unlink(path)
            util.Finalize(self, os.close, (fd,))
            os.ftruncate(fd, size)
        self.fd = fd
        self.buffer = mmap.mmap(fd, size)
        self._origin = (os.getpid(), fd)
        _arenas_seen[self._origin] = self

    def __reduce__(self):
        return (_rebuild_arena, (self.size,) + self._origin)


# arenas mapped in this process, by (maker's pid, maker's descriptor), so
# that every block of one arena shares one map
_arenas_seen = weakref.WeakValueDictionary()


def _rebuild_arena(size, pid, fd):
    arena = _arenas_seen.get((pid, fd))
    if arena is not None and arena.size == size:
        return arena
    try:
        mine = os.open('/proc/%d/fd/%d' % (pid, fd), os.O_RDWR)
    except OSError as e:
        raise OSError(e.errno, 'cannot map an arena of process %d '
                      '(has it ended?)' % pid) from None
    arena = Arena.__new__(Arena)
    arena.size = size
    arena.fd = mine
    try:
        arena.buffer = mmap.mmap(mine, size)
    finally:
        os.close(mine)
        arena.fd = -1
    arena._origin = (pid, fd)
    _arenas_seen[(pid, fd)] = arena
    return arena


def _round_up(n, alignment):
    return (n + alignment - 1) & ~(alignment - 1)


class Heap(object):
    """Hands out and takes back (arena, start, stop) blocks."""

    _alignment = 8

    def __init__(self, size=mmap.PAGESIZE):
        # names the tests of 3.6 look at: _lock, _arenas, _len_to_seq
        # (free blocks by length) and _allocated_blocks
        self._arenas, self._len_to_seq = [], {}
        self._allocated_blocks = set()
        self._lock = threading.Lock()
        self._owner_pid = os.getpid()
        self._next_arena_size = size
        self._free_lengths = []          # sorted keys of _len_to_seq
        self._free_by_start, self._free_by_stop = {}, {}
        self._deferred = []              # freed while the lock was busy

    def _new_arena(self, size):
        wanted = max(self._next_arena_size, size)
        length = _round_up(wanted, mmap.PAGESIZE)
        self._next_arena_size <<= 1      # later arenas grow
        util.info('allocating a new mmap of length %d', length)
        self._arenas.append(Arena(length))
        return (self._arenas[-1], 0, length)

    def _take_free(self, size):
        i = bisect.bisect_left(self._free_lengths, size)
        if i == len(self._free_lengths):
            return self._new_arena(size)
        length = self._free_lengths[i]
        seq = self._len_to_seq[length]
        block = seq.pop()
        if not seq:
            del self._len_to_seq[length]
            del self._free_lengths[i]
        arena, start, stop = block
        del self._free_by_start[(arena, start)]
        del self._free_by_stop[(arena, stop)]
        return block

    def _put_free(self, block):
        arena, start, stop = block
        before = self._free_by_stop.get((arena, start))
        if before is not None:
            self._drop_free(before)
            start = before[1]
        after = self._free_by_start.get((arena, stop))
        if after is not None:
            self._drop_free(after)
            stop = after[2]
        block = (arena, start, stop)
        length = stop - start
        seq = self._len_to_seq.get(length)
        if seq is None:
            seq = self._len_to_seq[length] = []
            bisect.insort(self._free_lengths, length)
        seq.append(block)
        self._free_by_start[(arena, start)] = block
        self._free_by_stop[(arena, stop)] = block

    def _drop_free(self, block):
        arena, first, end = block
        self._free_by_start.pop((arena, first))
        self._free_by_stop.pop((arena, end))
        same = self._len_to_seq[end - first]
        same.remove(block)
        if same:
            return
        del self._len_to_seq[end - first]
        self._free_lengths.remove(end - first)

    def _flush_pending(self):
        while self._deferred:
            block = self._deferred.pop()
            self._allocated_blocks.discard(block)
            self._put_free(block)

    def free(self, block):
        """Give a block back (called by BufferWrapper's finalizer)."""
        if os.getpid() != self._owner_pid:
            return
        if not self._lock.acquire(False):
            self._deferred.append(block)
            return
        try:
            self._flush_pending()
            self._allocated_blocks.discard(block)
            self._put_free(block)
        finally:
            self._lock.release()

    def malloc(self, size):
        """A block of at least size bytes."""
        if size < 0:
            raise ValueError('Size {0:n} out of range'.format(size))
        with self._lock:
            self._flush_pending()
            size = _round_up(max(size, 1), self._alignment)
            arena, start, stop = self._take_free(size)
            if start + size < stop:
                self._put_free((arena, start + size, stop))
            block = (arena, start, start + size)
            self._allocated_blocks.add(block)
            return block


class BufferWrapper(object):
    """A heap block of a given size, freed when the wrapper is collected."""

    _heap = Heap()

    def __init__(self, size):
        if size < 0:
            raise ValueError('Size {0:n} out of range'.format(size))
        block = BufferWrapper._heap.malloc(size)
        self._state = (block, size)
        util.Finalize(self, BufferWrapper._heap.free, args=(block,))

    def __reduce__(self):
        # a copy maps the same arena (see Arena); the heap that made the
        # block frees it, so the copy carries no finalizer
        return (_rebuild_wrapper, self._state)

    def create_memoryview(self):
        (arena, start, stop), size = self._state
        return memoryview(arena.buffer)[start:start + size]


def _rebuild_wrapper(block, size):
    wrapper = BufferWrapper.__new__(BufferWrapper)
    wrapper._state = (block, size)
    return wrapper
