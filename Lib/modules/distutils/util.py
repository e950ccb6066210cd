"""distutils' general helpers: the platform name of built distributions,
path and environment helpers, shell-like word splitting, and strtobool."""

import os
import re
import string
import sys

from distutils import log
from distutils.errors import DistutilsPlatformError


def get_platform():
    """The name of this platform as built distributions use it:
    "linux-x86_64" on Linux (the kernel's name, lowercased, and the
    machine), "OS-RELEASE-MACHINE" on other POSIX systems, sys.platform
    elsewhere.  $_PYTHON_HOST_PLATFORM overrides it."""
    if '_PYTHON_HOST_PLATFORM' in os.environ:
        return os.environ['_PYTHON_HOST_PLATFORM']
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    osname, _, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname.startswith('linux'):
        return '%s-%s' % (osname, machine)
    if osname.startswith('irix'):
        return '%s-%s' % (osname, release)
    if osname.startswith('aix'):
        return '%s-%s.%s' % (osname, version, release)
    if osname.startswith('cygwin'):
        osname = 'cygwin'
        numbers = re.match(r'[\d.]+', release, re.ASCII)
        if numbers:
            release = numbers.group()
    return '%s-%s-%s' % (osname, release, machine)


def convert_path(pathname):
    """A '/'-separated path of a setup script in the local convention,
    which on POSIX is the path itself."""
    if os.sep == '/' or not pathname:
        return pathname
    if pathname[0] == '/':
        raise ValueError("path '%s' cannot be absolute" % pathname)
    if pathname[-1] == '/':
        raise ValueError("path '%s' cannot end with '/'" % pathname)
    parts = [part for part in pathname.split('/') if part != '.']
    return os.path.join(*parts) if parts else os.curdir


def change_root(new_root, pathname):
    """pathname placed under new_root: joined to it when relative, with
    its leading separator dropped when absolute."""
    if os.name == 'posix':
        if os.path.isabs(pathname):
            pathname = pathname[1:]
        return os.path.join(new_root, pathname)
    if os.name == 'nt':
        _, path = os.path.splitdrive(pathname)
        if path[0] == '\\':
            path = path[1:]
        return os.path.join(new_root, path)
    raise DistutilsPlatformError("nothing known about platform '%s'" % os.name)


_environ_checked = 0


def check_environ():
    """Make sure os.environ has HOME (POSIX, from the password database)
    and PLAT (get_platform()), once per process."""
    global _environ_checked
    if _environ_checked:
        return
    if os.name == 'posix' and 'HOME' not in os.environ:
        import pwd
        os.environ['HOME'] = pwd.getpwuid(os.getuid()).pw_dir
    if 'PLAT' not in os.environ:
        os.environ['PLAT'] = get_platform()
    _environ_checked = 1


def subst_vars(s, local_vars):
    """s with each $NAME replaced by str(local_vars[NAME]), or by the
    environment's NAME; ValueError names a variable found in neither."""
    check_environ()

    def value(found):
        name = found.group(1)
        if name in local_vars:
            return str(local_vars[name])
        return os.environ[name]
    try:
        return re.sub(r'\$([a-zA-Z_][a-zA-Z_0-9]*)', value, s)
    except KeyError as missing:
        raise ValueError("invalid variable '$%s'" % missing)


def grok_environment_error(exc, prefix="error: "):
    return prefix + str(exc)


def split_quoted(s):
    """The words of s as a shell splits them, roughly: whitespace divides
    words except where quoted or escaped; a backslash outside quotes keeps
    the next character as it is and is dropped; single and double quotes
    are alike and are dropped, and backslashes inside them stay."""
    s = s.strip()
    words = []
    word = []
    started = False   # a word has begun (it may still be empty: '')
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in string.whitespace:
            if started:
                words.append(''.join(word))
                word, started = [], False
            i += 1
        elif c == '\\':
            word.append(s[i + 1:i + 2])
            started = True
            i += 2
        elif c in '\'"':
            j = i + 1
            while j < n and s[j] != c:
                j += 2 if s[j] == '\\' else 1
            if j >= n:
                raise ValueError("bad string (mismatched %s quotes?)" % c)
            word.append(s[i + 1:j])
            started = True
            i = j + 1
        else:
            word.append(c)
            started = True
            i += 1
    if started:
        words.append(''.join(word))
    return words


def execute(func, args, msg=None, verbose=0, dry_run=0):
    """Call func(*args) unless dry_run, logging msg (by default the call
    as "name(args)") at INFO first."""
    if msg is None:
        msg = '%s%r' % (func.__name__, args)
        if msg.endswith(',)'):
            msg = msg[:-2] + ')'
    log.info(msg)
    if not dry_run:
        func(*args)


def strtobool(val):
    """1 for a word meaning yes (y, yes, t, true, on, 1) and 0 for one
    meaning no (n, no, f, false, off, 0), in any case; ValueError for
    anything else."""
    word = val.lower()
    if word in ('y', 'yes', 't', 'true', 'on', '1'):
        return 1
    if word in ('n', 'no', 'f', 'false', 'off', '0'):
        return 0
    raise ValueError("invalid truth value %r" % (word,))


def rfc822_escape(header):
    """header with every line after the first indented by 8 spaces, as an
    RFC 822 field continues."""
    return ('\n' + 8 * ' ').join(header.split('\n'))
