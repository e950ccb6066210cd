"""faulthandler module."""

# The project's faulthandler. Tracebacks are read from sys._current_frames()
# and written straight to the file's descriptor, after flushing the file
# object, as CPython's C implementation does. What CPython does inside a
# signal handler at the C level is done here at Python level:
#
# - enable() records where to write; a fatal signal (SIGSEGV, SIGABRT, ...)
#   still ends the process with the Go runtime's own crash report, which
#   names the Go and C frames, not the Python ones;
# - register() installs a Python signal handler (so signal.getsignal shows
#   it, where CPython's stays SIG_DFL), run between bytecodes of the main
#   thread;
# - dump_traceback_later() runs a watchdog thread that is not listed by
#   threading.enumerate().

import os as _os
import sys as _sys
import _thread

_MAX_FRAMES = 100
_MAX_THREADS = 100
_MAX_STRING = 500
_NSIG = 65
_FATAL_SIGNALS = (4, 6, 7, 8, 11)  # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV

_enabled = None      # (fd, all_threads) while enable() is in force
_registered = {}     # signum -> (fd, all_threads, chain, previous handler)
_watchdog = None     # the pending dump_traceback_later's (cancel, done) locks
_OWN_GLOBALS = globals()


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    if not hasattr(type(value), '__index__'):
        raise TypeError("an integer is required (got type %s)" % type(value).__name__)
    return type(value).__index__(value)


def _target_fd(file):
    """The descriptor to write to: file itself when it is an int, else
    file.fileno() after file.flush(); sys.stderr when file is None."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        fd = file
    else:
        fd = file.fileno()
        if not isinstance(fd, int):
            raise RuntimeError("file.fileno() is not a valid file descriptor")
        try:
            file.flush()
        except Exception:
            pass
    if fd < 0:
        raise ValueError("file is not a valid file descripter")
    return fd


def _clip(text):
    text = text.encode('ascii', 'backslashreplace').decode('ascii')
    if len(text) > _MAX_STRING:
        text = text[:_MAX_STRING] + '...'
    return text


def _frame_lines(frame):
    while frame is not None and frame.f_globals is _OWN_GLOBALS:
        frame = frame.f_back  # the dump starts at this module's caller
    if frame is None:
        return ['  <no Python frame>\n']
    lines = []
    while frame is not None:
        if len(lines) == _MAX_FRAMES:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n' % (
            _clip(code.co_filename), frame.f_lineno, _clip(code.co_name)))
        frame = frame.f_back
    return lines


def _traceback_text(all_threads, current, skip=None):
    """The dump: every thread's stack (the newest thread first), or the
    caller's own; current is the identifier printed as "Current thread"."""
    frames = _sys._current_frames()
    if not all_threads:
        return ''.join(['Stack (most recent call first):\n'] +
                       _frame_lines(frames.get(current)))
    parts = []
    for n, ident in enumerate(sorted(frames, reverse=True)):
        if ident == skip:
            continue
        if n == _MAX_THREADS:
            parts.append('...\n')
            break
        if parts:
            parts.append('\n')
        label = 'Current thread' if ident == current else 'Thread'
        parts.append('%s 0x%016x (most recent call first):\n' % (label, ident))
        parts.extend(_frame_lines(frames[ident]))
    return ''.join(parts)


def _write(fd, text):
    data = text.encode('ascii', 'backslashreplace')
    while data:
        try:
            n = _os.write(fd, data)
        except OSError:
            return
        data = data[n:]


def enable(file=None, all_threads=True):
    """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
    global _enabled
    fd = _target_fd(file)
    _enabled = (fd, bool(_as_int(all_threads)))


def disable():
    """disable(): disable the fault handler"""
    global _enabled
    was, _enabled = _enabled is not None, None
    return was


def is_enabled():
    """is_enabled()->bool: check if the handler is enabled"""
    return _enabled is not None


def dump_traceback(file=None, all_threads=True):
    """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    fd = _target_fd(file)
    all_threads = _as_int(all_threads)
    _write(fd, _traceback_text(all_threads, _thread.get_ident()))


def _format_timeout(seconds):
    whole = int(seconds)
    micro = int(round((seconds - whole) * 1e6))
    text = '%d:%02d:%02d' % (whole // 3600, whole // 60 % 60, whole % 60)
    if micro:
        text += '.%06d' % micro
    return text


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):
dump the traceback of all threads in timeout seconds,
or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
    global _watchdog
    if not isinstance(timeout, (int, float)):
        if not hasattr(type(timeout), '__float__'):
            raise TypeError("must be real number, not %s" % type(timeout).__name__)
        timeout = float(timeout)
    if not timeout > 0:
        raise ValueError("timeout must be greater than 0")
    if timeout * 1e6 >= 2 ** 63:
        raise OverflowError("timeout value is too large")
    fd = _target_fd(file)
    repeat, exit = _as_int(repeat), _as_int(exit)
    cancel_dump_traceback_later()
    # cancel is released to stop the watchdog; done is released by the
    # watchdog when it ends, so that a cancel never returns while a dump
    # is still on its way to the descriptor (which the caller may close
    # and the system reuse)
    cancel = _thread.allocate_lock()
    cancel.acquire()
    done = _thread.allocate_lock()
    done.acquire()
    header = 'Timeout (%s)!\n' % _format_timeout(timeout)

    def watch():
        me = _thread.get_ident()
        try:
            while not cancel.acquire(True, timeout):
                _write(fd, header + _traceback_text(True, None, skip=me))
                if exit:
                    _os._exit(1)
                if not repeat:
                    return
        finally:
            done.release()

    _watchdog = cancel, done
    _thread.start_new_thread(watch, ())


def cancel_dump_traceback_later():
    """cancel_dump_traceback_later():
cancel the previous call to dump_traceback_later()."""
    global _watchdog
    watchdog, _watchdog = _watchdog, None
    if watchdog is not None:
        cancel, done = watchdog
        cancel.release()
        done.acquire()


def _check_signum(signum):
    signum = _as_int(signum)
    if signum in _FATAL_SIGNALS:
        raise RuntimeError("signal %d cannot be registered, use enable() instead" % signum)
    if signum < 1 or signum >= _NSIG:
        raise ValueError("signal number out of range")
    return signum


def register(signum, file=None, all_threads=True, chain=False):
    """register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    import signal
    signum = _check_signum(signum)
    fd = _target_fd(file)
    all_threads, chain = _as_int(all_threads), _as_int(chain)

    def handler(sig, frame):
        fd_, all_, chain_, previous_ = _registered[sig]
        _write(fd_, _traceback_text(all_, _thread.get_ident()))
        if chain_ and callable(previous_):
            previous_(sig, frame)

    if signum in _registered:
        previous = _registered[signum][3]
        _registered[signum] = (fd, all_threads, chain, previous)
        return
    previous = signal.signal(signum, handler)
    _registered[signum] = (fd, all_threads, chain, previous)


def unregister(signum):
    """unregister(signum): unregister the handler of the signal 'signum' registered by register()"""
    import signal
    signum = _check_signum(signum)
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[3])
    return True
