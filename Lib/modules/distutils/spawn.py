"""Running a program as distutils does: spawn() waits for it and turns a
failure into DistutilsExecError; find_executable() searches PATH."""

import os
import subprocess
import sys

from distutils import log
from distutils.debug import DEBUG
from distutils.errors import DistutilsExecError


def spawn(cmd, search_path=1, verbose=0, dry_run=0):
    """Run cmd, a list of the program and its arguments, and wait for it.
    The program is looked up on PATH unless search_path is false.  Raises
    DistutilsExecError when it cannot run, is killed by a signal or exits
    with a status other than 0.  With dry_run it is only logged."""
    cmd = list(cmd)
    log.info(' '.join(cmd))
    if dry_run:
        return
    program = cmd[0]
    # Errors name the program alone unless DISTUTILS_DEBUG asks for more.
    shown = cmd if DEBUG else program
    target = program
    if not search_path and os.sep not in program:
        target = os.path.join(os.curdir, program)
    try:
        status = subprocess.call(cmd, executable=target)
    except OSError as exc:
        sys.stderr.write("unable to execute %r: %s\n" % (shown, exc.strerror))
        sys.stderr.flush()
        status = 1
    if status < 0:
        raise DistutilsExecError(
            "command %r terminated by signal %d" % (shown, -status))
    if status != 0:
        raise DistutilsExecError(
            "command %r failed with exit status %d" % (shown, status))


def find_executable(executable, path=None):
    """The path of executable: itself when it names an existing file,
    else the first directory of path (by default $PATH, or os.defpath)
    holding a file of that name; None when there is none."""
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    if os.path.isfile(executable):
        return executable
    for directory in path.split(os.pathsep):
        candidate = os.path.join(directory, executable)
        if os.path.isfile(candidate):
            return candidate
    return None
