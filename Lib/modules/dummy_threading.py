"""threading for a program with a single thread, over _dummy_thread: a
Thread runs to its end inside start(). The module is a separate copy of
threading, built while _thread names _dummy_thread; the real threading and
_thread modules are left as they were."""

import sys as _sys
import _dummy_thread

_saved = {name: _sys.modules.get(name)
          for name in ('_thread', 'threading', '_threading_local')}
_sys.modules['_thread'] = _dummy_thread
_sys.modules.pop('threading', None)
try:
    import threading as _copy
    # Names the copy bound to the real _thread (a plain "import _thread"
    # may find the built-in module whatever sys.modules holds).
    _copy._thread = _dummy_thread
    _copy._new_lock = _dummy_thread.allocate_lock
    _copy._CRLock = None
    _sys.modules['_dummy_threading'] = _copy
    from threading import *
    __all__ = _copy.__all__
finally:
    for _name, _module in _saved.items():
        if _module is None:
            _sys.modules.pop(_name, None)
        else:
            _sys.modules[_name] = _module
    del _name, _module, _saved
