"""The profiler with per-caller timings: the interface of profile, whose
statistics record, for each caller of a function, (calls, primitive
calls, time, cumulative time), and name functions written in C as
cProfile does ({built-in method builtins.len}).

CPython implements it in C (_lsprof); here it is profile's engine in
Python, listening through sys.setprofile, which gpython-ssl's evaluation
loop does not implement yet (see profile).
"""

import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]


class Profile(_pyprofile._Recorder):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    enable() starts measuring, disable() stops; create_stats() or
    print_stats() make the report."""

    detailed = True

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        _pyprofile._Recorder.__init__(self, timer, builtins)
        self.timeunit = timeunit
        self.subcalls = subcalls

    def enable(self, subcalls=True, builtins=True):
        """Start (or resume) measuring."""
        self.subcalls, self.builtins = subcalls, builtins
        _pyprofile._Recorder.enable(self)

    def __exit__(self, exc_type, exc_value, tb):
        self.disable()

    def __enter__(self):
        self.enable(self.subcalls, self.builtins)
        return self


def run(statement, filename=None, sort=-1):
    """Like profile.run, with this module's Profile."""
    from __main__ import __dict__ as namespace
    return _pyprofile._run_with(Profile(), statement, namespace, namespace,
                                filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Like profile.runctx, with this module's Profile."""
    return _pyprofile._run_with(Profile(), statement, globals, locals,
                                filename, sort)


def main():
    return _pyprofile._main(Profile, "cProfile.py")


if __name__ == '__main__':
    main()
