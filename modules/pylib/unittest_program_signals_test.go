package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// unittestSignalsPrelude runs Ctrl-C scenarios in-process: SIGINT sent to
// the interpreter itself with unittest's handler installed.
const unittestSignalsPrelude = `import os, signal, sys, time, unittest, weakref
from unittest import signals

def interrupt():
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.01)

def reset():
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signals._results = weakref.WeakKeyDictionary()
    signals._interrupt_handler = None

def first_stops():
    reset()
    result = unittest.TestResult()
    unittest.installHandler()
    unittest.registerResult(result)
    installed = signal.getsignal(signal.SIGINT) is signals._interrupt_handler
    interrupt()
    return installed, result.shouldStop, signals._interrupt_handler.called

def second_raises():
    reset()
    unittest.installHandler()
    interrupt()
    try:
        interrupt()
    except KeyboardInterrupt:
        return 'KeyboardInterrupt'
    finally:
        reset()

def ignored_then_second():
    reset()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    unittest.installHandler()
    interrupt()
    try:
        interrupt()
    except KeyboardInterrupt:
        return 'KeyboardInterrupt'
    finally:
        reset()

def remove_restores():
    reset()
    unittest.installHandler()
    unittest.removeHandler()
    back = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    unittest.installHandler()
    again = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    reset()
    return back, again

def register_remove():
    reset()
    result = unittest.TestResult()
    unittest.registerResult(result)
    listed = result in signals._results
    return listed, unittest.removeResult(result), unittest.removeResult(result)

def main_installs():
    reset()
    class Quiet(unittest.TestCase):
        def test_ok(self):
            pass
    runner = unittest.TextTestRunner(stream=open(os.devnull, 'w'))
    unittest.main(module=None, defaultTest=[], argv=['prog', '-c'],
                  testRunner=runner, exit=False,
                  testLoader=unittest.TestLoader())
    installed = isinstance(signal.getsignal(signal.SIGINT),
                           signals._InterruptHandler)
    reset()
    return installed
`

// Cases of unittest that CPython 3.6's own tests of it found wrong:
// TestProgram exported, the Ctrl-C handler's state (signals._results,
// signals._interrupt_handler) and behaviour (the first SIGINT stops the
// registered results, the second raises KeyboardInterrupt even when
// SIGINT was ignored), and the loader's checks of names and paths.
var unittestProgramSignalsCases = []pytesting.Case{
	{"testprogram_exported", `(unittest.TestProgram is unittest.main, 'TestProgram' in dir(unittest))`},
	{"first_interrupt_stops", `first_stops()`},
	{"second_interrupt_raises", `second_raises()`},
	{"ignored_still_raises_second", `ignored_then_second()`},
	{"remove_restores", `remove_restores()`},
	{"register_remove", `register_remove()`},
	{"results_weak", `type(signals._results).__name__`},
	{"main_catch_installs", `main_installs()`},
	{"bad_handler", `signals._InterruptHandler(7)`},
	{"discover_parser_without_prog", `(lambda p: (p._initArgParsers(), p._discovery_parser.prog)[1])(object.__new__(unittest.TestProgram))`},
	{"name_outside_project", `(lambda l: (setattr(l, '_top_level_dir', '/foo'), l._get_name_from_path('/bar/baz.py')))(unittest.TestLoader())`},
	{"name_inside_project", `(lambda l: (setattr(l, '_top_level_dir', '/foo'), l._get_name_from_path('/foo/pkg/mod.py')))(unittest.TestLoader())[1]`},
	{"discover_builtin_module", `unittest.TestLoader().discover('sys')`},
}

func TestUnittestProgramAndSignals(t *testing.T) {
	pytesting.DiffCases(t, "unittest_program_signals", pytesting.ShowRepr+unittestSignalsPrelude, unittestProgramSignalsCases)
}
