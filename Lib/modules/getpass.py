"""Reading a password without echo, and the name of the user (CPython 3.6's getpass on Unix)."""

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """Warned when getpass() cannot turn echo off."""
    pass


def _raw_input(prompt="", stream=None, input=None):
    # Show str(prompt) on stream (default stderr), then take one line from
    # input (default stdin) minus its newline; EOFError once input is spent.
    target = sys.stderr if stream is None else stream
    source = sys.stdin if input is None else input
    text = str(prompt)
    if text:
        try:
            target.write(text)
        except UnicodeEncodeError:
            # What the stream's encoding cannot show becomes '?'.
            codec = target.encoding
            target.write(text.encode(codec, 'replace').decode(codec))
        target.flush()
    line = source.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def fallback_getpass(prompt='Password: ', stream=None):
    """Reads a password from sys.stdin with echo on, after a GetPassWarning and a notice on stream."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    target = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=target)
    return _raw_input(prompt, target, None)


def _open_tty(stack):
    # The controlling terminal as (descriptor, text stream), both closed
    # by stack; OSError when there is none.
    fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    raw = io.FileIO(fd, 'w+')
    stack.enter_context(raw)
    text = io.TextIOWrapper(raw)
    stack.enter_context(text)
    return fd, text


def _read_without_echo(fd, prompt, stream, input):
    # termios.error when the terminal's echo cannot be changed.
    import termios
    saved = termios.tcgetattr(fd)
    quiet = saved[:]
    quiet[3] &= ~termios.ECHO
    how = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
    try:
        termios.tcsetattr(fd, how, quiet)
        return _raw_input(prompt, stream, input=input)
    finally:
        termios.tcsetattr(fd, how, saved)
        stream.flush()


def _stdin_fd():
    # The descriptor under sys.stdin, or None when it has none.
    try:
        return sys.stdin.fileno()
    except (AttributeError, ValueError):
        return None


def unix_getpass(prompt='Password: ', stream=None):
    """Reads a password from the terminal with echo turned off, writing prompt to stream (the terminal, else sys.stderr); without a terminal whose echo can be turned off, warns with GetPassWarning and reads sys.stdin. EOFError at the end of input."""
    import contextlib
    answer = None
    with contextlib.ExitStack() as closing:
        try:
            fd, source = _open_tty(closing)
        except OSError:
            # No terminal: stdin, with echo off if it is one.
            closing.close()
            source, fd = sys.stdin, _stdin_fd()
            if fd is None:
                answer = fallback_getpass(prompt, stream)
            stream = stream or sys.stderr
        else:
            stream = stream or source
        if fd is not None:
            import termios
            try:
                answer = _read_without_echo(fd, prompt, stream, source)
            except termios.error:
                if answer is not None:
                    raise
                if stream is not source:
                    closing.close()
                answer = fallback_getpass(prompt, stream)
        stream.write('\n')
        return answer


getpass = unix_getpass


def getuser():
    """The user's name: LOGNAME, USER, LNAME or USERNAME from the environment, else the password database's entry for the real uid."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    # Looked up through pwd at call time, as 3.6 does, so that a patched
    # pwd.getpwuid (or a KeyError for an unknown uid) is what the caller sees.
    import pwd
    return pwd.getpwuid(os.getuid())[0]
