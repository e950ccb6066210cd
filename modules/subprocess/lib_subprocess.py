"""Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their
input/output/error pipes, and obtain their return codes.

For a complete description of this module see the Python documentation.

Main API
========
run(...): Runs a command, waits for it to complete, then returns a
          CompletedProcess instance.
Popen(...): A class for flexibly executing a command in a new process

Constants
---------
DEVNULL: Special value that indicates that os.devnull should be used
PIPE:    Special value that indicates a pipe should be created
STDOUT:  Special value that indicates that stderr should go to stdout


Older API
=========
call(...): Runs a command, waits for it to complete, then returns
    the return code.
check_call(...): Same as call() but raises CalledProcessError()
    if return code is not 0
check_output(...): Same as check_call() but returns the contents of
    stdout instead of a return code
getoutput(...): Runs a command in the shell, waits for it to complete,
    then returns the output
getstatusoutput(...): Runs a command in the shell, waits for it to complete,
    then returns a (exitcode, output) tuple
"""

# The policy of CPython 3.6's subprocess, written for gpython-ssl; the
# native module _subprocess (modules/subprocess/*.go) starts the children
# and moves the bytes.

import os
import time as _time_module
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# CPython keeps in _active the children whose Popen object was collected
# while they still ran, and _cleanup() reaps them; the native layer reaps
# every child itself, so the list stays empty unless a program adds to it.
_active = []


def _cleanup():
    for child in list(_active):
        if child.poll() is not None:
            _active.remove(child)


def _deprecated(message):
    try:
        import warnings
    except ImportError:  # an interpreter built without the Python library
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _selector_class():
    try:
        import selectors
    except ImportError:  # an interpreter built without the Python library
        return None
    return getattr(selectors, 'PollSelector', selectors.SelectSelector)


# The selector class CPython's communicate() waits with (the native one
# here does not use it; programs and tests may still name it).
_PopenSelector = _selector_class()
del _selector_class

_PLATFORM_DEFAULT_CLOSE_FDS = object()

_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
    6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
    11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP',
    21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ',
    26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR',
    31: 'SIGSYS', 34: 'SIGRTMIN', 64: 'SIGRTMAX',
}


def _time():
    return _time_module.monotonic()


def _clamp(timeout):
    # a deadline already passed is a timeout of zero
    if timeout is not None and timeout < 0:
        return 0
    return timeout


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (
                self.cmd, name, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (
                self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    retcode = call(["ls", "-l"])
    """
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            p.wait()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.  The CalledProcessError object will have the
    return code in the returncode attribute.

    The arguments are the same as for the call function.  Example:

    check_call(["ls", "-l"])
    """
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError.  The
    CalledProcessError object will have the return code in the returncode
    attribute and output in the output attribute.

    The arguments are the same as for the Popen constructor.
    """
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')

    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines', False):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''

    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr. By default, stdout and stderr are not captured, and those attributes
    will be None. Pass stdout=PIPE and/or stderr=PIPE in order to capture them.

    If check is True and the exit code was non-zero, it raises a
    CalledProcessError. The CalledProcessError object will have the return code
    in the returncode attribute, and output & stderr attributes if those streams
    were captured.

    If timeout is given, and the process takes too long, a TimeoutExpired
    exception will be raised.
    """
    if input is not None:
        if 'stdin' in kwargs:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            raise TimeoutExpired(process.args, timeout, output=stdout,
                                 stderr=stderr)
        except:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def _optim_args_from_interpreter_flags():
    """The -O options that start a child interpreter at this one's
    optimisation level."""
    import sys
    level = sys.flags.optimize
    return ['-' + 'O' * level] if level > 0 else []


def _args_from_interpreter_flags():
    """The command-line options that give a child interpreter this one's
    sys.flags, warning filters (-W) and -X options."""
    import sys
    args = []
    for name, letter in (('debug', 'd'), ('dont_write_bytecode', 'B'),
                         ('no_user_site', 's'), ('no_site', 'S'),
                         ('ignore_environment', 'E'), ('verbose', 'v'),
                         ('bytes_warning', 'b'), ('quiet', 'q')):
        count = getattr(sys.flags, name, 0)
        if count > 0:
            args.append('-' + letter * count)
    args.extend(_optim_args_from_interpreter_flags())
    for option in getattr(sys, 'warnoptions', ()):
        args.append('-W' + option)
    for key, value in getattr(sys, '_xoptions', {}).items():
        args += ['-X', key if value is True else '%s=%s' % (key, value)]
    return args


def getstatusoutput(cmd):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, universal_newlines=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd)[1]


def list2cmdline(seq):
    """One command line from a sequence of arguments, quoted the way the
    Microsoft C runtime splits them: an argument that is empty or holds a
    space or tab goes in double quotes, a double quote gets a backslash,
    and backslashes are doubled only where a double quote follows them."""
    line = []
    for arg in seq:
        quoted = not arg or ' ' in arg or '\t' in arg
        text = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                text.append('\\' * (2 * slashes + 1))
            else:
                text.append('\\' * slashes)
            text.append(ch)
            slashes = 0
        if quoted:
            text = ['"'] + text + ['\\' * (2 * slashes), '"']
        else:
            text.append('\\' * slashes)
        line.append(''.join(text))
    return ' '.join(line)


def _stream_code(f):
    # None, PIPE, STDOUT, DEVNULL, a descriptor, or an object with fileno()
    if f is None or isinstance(f, int):
        return f
    try:
        return f.fileno()
    except AttributeError:
        if _subprocess.is_file(f):
            return f   # gpython's file objects have no fileno()
        raise


def _is_str_like(args):
    return isinstance(args, (str, bytes)) or hasattr(args, '__fspath__')


# How many bytes of input one write to the child's stdin carries at most:
# PIPE_BUF, so a write to a pipe with room for it never blocks half way.
_WRITE_CHUNK = 4096
_READ_CHUNK = 32768


def _unify_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Popen(object):
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.
    """
    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=_PLATFORM_DEFAULT_CLOSE_FDS,
                 shell=False, cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), encoding=None, errors=None):
        """Create new Popen instance."""
        _cleanup()
        self._handle = None
        self._communication_started = False
        self._exchange = None
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")
        if close_fds is _PLATFORM_DEFAULT_CLOSE_FDS:
            close_fds = True
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True

        self.text_mode = bool(encoding or errors or universal_newlines)

        ends = self._get_handles(stdin, stdout, stderr)
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = ends

        # The parent's ends of the pipes become io objects first, as in
        # CPython: a failing start closes them with the rest.
        import io
        # bufsize 1 asks for line buffering, which only a text layer does:
        # the binary layer under it gets the default buffer (3.6's io.open)
        binsize = -1 if bufsize == 1 else bufsize
        if p2cwrite != -1:
            self.stdin = io.open(p2cwrite, 'wb', binsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(
                    self.stdin, write_through=True,
                    line_buffering=(bufsize == 1),
                    encoding=encoding, errors=errors)
        if c2pread != -1:
            self.stdout = io.open(c2pread, 'rb', binsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout,
                                               encoding=encoding,
                                               errors=errors)
        if errread != -1:
            self.stderr = io.open(errread, 'rb', binsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr,
                                               encoding=encoding,
                                               errors=errors)

        self._closed_child_pipe_fds = False
        try:
            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env,
                                startupinfo, creationflags, shell,
                                p2cread, p2cwrite,
                                c2pread, c2pwrite,
                                errread, errwrite,
                                restore_signals, start_new_session)
        except:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            if not self._closed_child_pipe_fds:
                self._close_child_ends(ends)
            raise

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors of the three streams: (child's read end of
        stdin, parent's write end, parent's read end of stdout, child's
        write end, the same two of stderr); -1 where there is none. The
        child's ends that are not pipes are the codes spawn() knows:
        None (inherit), DEVNULL, STDOUT or a descriptor."""
        ends = [-1] * 6
        for i, (given, reading) in enumerate(((stdin, True),
                                              (stdout, False),
                                              (stderr, False))):
            if given is None:
                continue
            if given == PIPE:
                # (read end, write end) is (child's, parent's) for stdin
                # and (parent's, child's) for the other two
                ends[2 * i], ends[2 * i + 1] = os.pipe()
            elif given == STDOUT and i == 2:
                ends[5] = ends[3] if ends[3] != -1 else STDOUT
            elif given == DEVNULL:
                ends[2 * i + (0 if reading else 1)] = DEVNULL
            else:
                ends[2 * i + (0 if reading else 1)] = _stream_code(given)
        return tuple(ends)

    def _close_child_ends(self, ends):
        # the child's ends of the pipes this Popen made; the parent keeps
        # none of them once the child has started
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = ends
        for mine, fd in ((p2cwrite, p2cread), (c2pread, c2pwrite),
                         (errread, errwrite)):
            if mine != -1 and isinstance(fd, int) and fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._closed_child_pipe_fds = True

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env,
                       startupinfo, creationflags, shell,
                       p2cread, p2cwrite,
                       c2pread, c2pwrite,
                       errread, errwrite,
                       restore_signals, start_new_session):
        """Start the program (the native spawn does the fork and exec)."""
        if preexec_fn is not None:
            raise ValueError("preexec_fn is not supported by gpython-ssl")
        if _is_str_like(args):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]

        if env is None:
            env_list = None
        else:
            env_list = [(k, env[k]) for k in env.keys()]

        def child_code(fd):
            return None if fd == -1 else fd

        try:
            handle, pid = _subprocess.spawn(
                args, executable, cwd, env_list, child_code(p2cread),
                child_code(c2pwrite), child_code(errwrite),
                tuple(pass_fds), start_new_session, bool(close_fds))
        finally:
            self._close_child_ends((p2cread, p2cwrite, c2pread, c2pwrite,
                                    errread, errwrite))
        self._handle = handle
        self._child_created = True
        self.pid = pid

    def __del__(self):
        if not self._child_created or self.returncode is not None:
            return
        if self.poll() is None:
            # still running: warn, and keep the object where _cleanup()
            # polls it until the child has gone
            import warnings
            warnings.warn("subprocess %s is still running" % self.pid,
                          ResourceWarning, source=self)
            if _active is not None:
                _active.append(self)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:  # Flushing a BufferedWriter may raise an error
            if self.stdin:
                self.stdin.close()
        finally:
            # Wait for the process to terminate, to avoid zombies.
            self.wait()

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        else:
            return endtime - _time()

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin.  Read data from
        stdout and stderr, until end-of-file is reached.  Wait for
        process to terminate.

        The optional "input" argument should be data to be sent to the
        child process (if self.universal_newlines is True, this should
        be a string; if it is False, "input" should be bytes), or
        None, if no data should be sent to the child.

        communicate() returns a tuple (stdout, stderr).  These will be
        bytes or, if self.universal_newlines was True, a string.
        """
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        endtime = None if timeout is None else _time() + timeout
        try:
            stdout, stderr = self._exchange_all(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _check_timeout(self, endtime, orig_timeout):
        """Raise TimeoutExpired once endtime has passed."""
        if endtime is not None and _time() > endtime:
            raise TimeoutExpired(self.args, orig_timeout)

    def _exchange_all(self, input, endtime, orig_timeout):
        # Feeds the input and collects both outputs with a selector over
        # the raw descriptors. What a call that timed out had gathered
        # stays in self._exchange, and the next call goes on from there.
        state = self._exchange
        if state is None:
            if self.stdin:
                # what the program itself wrote but left in the buffer
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if not input:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
            data = b''
            if self.stdin and input:
                data = input
                if self.text_mode:
                    data = data.encode(self.stdin.encoding,
                                       self.stdin.errors)
            state = self._exchange = {
                'input': memoryview(data), 'sent': 0,
                'chunks': {},
            }
            for f in (self.stdout, self.stderr):
                if f:
                    state['chunks'][f] = []
        chunks = state['chunks']

        import selectors
        with _PopenSelector() as sel:
            pending = state['input']
            if self.stdin and not self.stdin.closed and \
                    state['sent'] < len(pending):
                sel.register(self.stdin, selectors.EVENT_WRITE)
            for f in (self.stdout, self.stderr):
                if f and not f.closed:
                    sel.register(f, selectors.EVENT_READ)

            while sel.get_map():
                left = self._remaining_time(endtime)
                if left is not None and left < 0:
                    raise TimeoutExpired(self.args, orig_timeout)
                ready = sel.select(left)
                self._check_timeout(endtime, orig_timeout)
                for key, _ in ready:
                    f = key.fileobj
                    if f is self.stdin:
                        start = state['sent']
                        piece = pending[start:start + _WRITE_CHUNK]
                        try:
                            state['sent'] = start + os.write(key.fd, piece)
                        except BrokenPipeError:
                            done = True
                        else:
                            done = state['sent'] >= len(pending)
                        if done:
                            sel.unregister(f)
                            f.close()
                    else:
                        got = os.read(key.fd, _READ_CHUNK)
                        if got:
                            chunks[f].append(got)
                        else:
                            sel.unregister(f)
                            f.close()

        self.wait(timeout=self._remaining_time(endtime))

        results = []
        for f in (self.stdout, self.stderr):
            if not f:
                results.append(None)
                continue
            out = b''.join(chunks[f])
            if self.text_mode:
                out = _unify_newlines(out.decode(f.encoding, f.errors))
            results.append(out)
        return results[0], results[1]

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        if self.returncode is None and self._handle is not None:
            self.returncode = self._handle.poll()
        return self.returncode

    def wait(self, timeout=None, endtime=None):
        """Wait for child process to terminate.  Returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        if endtime is not None:
            _deprecated("'endtime' argument is deprecated; use 'timeout'.")
            timeout = self._remaining_time(endtime)
        elif timeout is not None:
            _time() + timeout  # CPython's TypeError for a timeout that is no number
        code = self._handle.wait(_clamp(timeout))
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def send_signal(self, sig):
        """Send a signal to the process."""
        if self.returncode is None:
            self._handle.send_signal(sig)

    def terminate(self):
        """Terminate the process with SIGTERM
        """
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL
        """
        self.send_signal(9)

# A Popen whose returncode is known has nothing left for __del__ to do:
# its drop needs no collection unless one of its pipes is still open.
__import__('_io')._finalizer_inert(Popen, '!returncode', 'stdin', 'stdout', 'stderr')
