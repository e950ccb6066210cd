"""DEBUG is the DISTUTILS_DEBUG environment variable's value (None when it
is unset): when true, distutils shows whole commands and tracebacks."""

import os

DEBUG = os.environ.get('DISTUTILS_DEBUG')
