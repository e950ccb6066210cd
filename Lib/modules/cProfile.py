"""The profiler with per-caller timings: the interface of profile, whose
statistics record, for each caller of a function, (calls, primitive
calls, time, cumulative time), and name functions written in C as
cProfile does ({built-in method builtins.len}).

CPython implements it in C (_lsprof); here it is profile's engine in
Python, listening through sys.setprofile.
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

    def enable(self, subcalls=-1, builtins=-1):
        """Start (or resume) measuring; a subcalls or builtins given (not
        negative) replaces the setting the profiler was made with."""
        if subcalls >= 0:
            self.subcalls = bool(subcalls)
        if builtins >= 0:
            self.builtins = bool(builtins)
        _pyprofile._Recorder.enable(self)

    def snapshot_stats(self):
        _pyprofile._Recorder.snapshot_stats(self)
        unit = self.timeunit
        if not unit:
            return
        # A timer counting in its own units: the report is in seconds.
        def in_seconds(row):
            return row[:2] + (row[2] * unit, row[3] * unit) + row[4:]
        self.stats = {
            key: in_seconds(row[:4]) + ({c: in_seconds(v) for c, v in row[4].items()},)
            for key, row in self.stats.items()}

    def __exit__(self, exc_type, exc_value, tb):
        self.disable()

    def __enter__(self):
        self.enable()
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
