"""Reading a password without echo, and the name of the user (CPython 3.6's getpass on Unix)."""

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """Warned when getpass() cannot turn echo off."""
    pass


def _raw_input(prompt, stream, input):
    # Show str(prompt) on stream (default stderr), then take one line from
    # input (default stdin) minus its newline; EOFError once input is spent.
    target = sys.stderr if stream is None else stream
    source = sys.stdin if input is None else input
    text = str(prompt)
    if text:
        target.write(text)
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


def _echo_off(fd):
    try:
        import termios
    except ImportError:
        return None
    try:
        old = termios.tcgetattr(fd)
    except termios.error:
        return None
    new = list(old)
    new[3] &= ~termios.ECHO
    when = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
    termios.tcsetattr(fd, when, new)

    def restore():
        termios.tcsetattr(fd, when, old)
    return restore


def unix_getpass(prompt='Password: ', stream=None):
    """Reads a password from the terminal with echo turned off, writing prompt to stream (the terminal, else sys.stderr); without a terminal whose echo can be turned off, warns with GetPassWarning and reads sys.stdin. EOFError at the end of input."""
    tty = None
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        fd = None
    if fd is not None:
        tty = os.fdopen(fd, 'w+')
        input = tty
        if not stream:
            stream = tty
    else:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, ValueError, OSError):
            fd = None
        input = sys.stdin
        if not stream:
            stream = sys.stderr
    try:
        restore = _echo_off(fd) if fd is not None else None
        if restore is None:
            passwd = fallback_getpass(prompt, stream)
        else:
            try:
                passwd = _raw_input(prompt, stream, input)
            finally:
                restore()
                stream.flush()
        stream.write('\n')
        return passwd
    finally:
        if tty is not None:
            tty.close()


getpass = unix_getpass


def _passwd_name(uid):
    try:
        with open('/etc/passwd') as f:
            for line in f.read().split('\n'):
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getuser():
    """The user's name: LOGNAME, USER, LNAME or USERNAME from the environment, else the password database's entry for the real uid."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    return _passwd_name(os.getuid())
