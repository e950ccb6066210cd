"""distutils: the parts of Python 3.6's distribution utilities that
scripts use outside of packaging: version numbers (distutils.version),
strtobool and platform names (distutils.util), the installation's
directories and configuration (distutils.sysconfig), finding and running
programs (distutils.spawn), the error classes (distutils.errors) and the
logger (distutils.log).  Building and installing packages (setup(),
commands, compilers) is not provided."""

import sys

# The interpreter's version number alone, as "3.6.15".
__version__ = sys.version.split(' ', 1)[0]
