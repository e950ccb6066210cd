package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the private names programs
// and CPython's own test support reach for: _strptime's entry points,
// tempfile's name source and flags, subprocess's _active/_cleanup and
// selector, threading._dangling and pickle's pure-Python aliases.

const privateNamesPrelude = pytesting.ShowRepr + `import _strptime, datetime, tempfile, subprocess, threading, pickle, os, shutil, time, warnings
_guard = warnings.catch_warnings(record=True)
def catching():
    global _log
    _log = _guard.__enter__()
    warnings.simplefilter("always")
    return _log
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`

var privateNamesCases = []pytesting.Case{
	{"strptime fields", `_strptime._strptime("2020-01-02 03:04:05.5 +0130", "%Y-%m-%d %H:%M:%S.%f %z")`},
	{"strptime zone name", `_strptime._strptime("2020-01-02 03:04:05 UTC", "%Y-%m-%d %H:%M:%S %Z")`},
	{"strptime default format", `_strptime._strptime("Tue Feb  3 04:05:06 1970")`},
	{"strptime year only", `_strptime._strptime("2020", "%Y")`},
	{"strptime_time", `_strptime._strptime_time("2020-01-02", "%Y-%m-%d")`},
	{"strptime_datetime naive", `_strptime._strptime_datetime(datetime.datetime, "2020-01-02 03:04:05.25", "%Y-%m-%d %H:%M:%S.%f")`},
	{"strptime_datetime offset", `_strptime._strptime_datetime(datetime.datetime, "2020-01-02 -0230", "%Y-%m-%d %z")`},
	{"strptime_datetime named zone", `_strptime._strptime_datetime(datetime.datetime, "2020-01-02 +0000 UTC", "%Y-%m-%d %z %Z")`},
	{"strptime errors", `[err(lambda a=a: _strptime._strptime(*a)) for a in [(3, "%Y"), ("x", 3), ("2020 junk", "%Y"), ("2020", "%Y %m")]]`},
	{"tempfile flags", `(tempfile._text_openflags == tempfile._bin_openflags, tempfile._bin_openflags & (os.O_RDWR | os.O_CREAT | os.O_EXCL) == os.O_RDWR | os.O_CREAT | os.O_EXCL)`},
	{"tempfile infer type", `[err(lambda a=a: tempfile._infer_return_type(*a)) for a in [(), (None,), ("a", None), (b"a", None, b"b"), ("a", b"b")]]`},
	{"tempfile name source", `(lambda s: (s is tempfile._get_candidate_names(), iter(s) is s, [len(next(s)) for _ in range(3)], set("".join(next(s) for _ in range(50))) <= set(s.characters)))(tempfile._get_candidate_names())`},
	{"tempfile replaced name source", `(lambda old: (setattr(tempfile, "_get_candidate_names", lambda: iter(["fixed"] * 3)), os.path.basename(tempfile.mkdtemp(prefix="p-", dir=D)), err(lambda: tempfile.mkstemp(prefix="p-", dir=D)), setattr(tempfile, "_get_candidate_names", old)))(tempfile._get_candidate_names)`},
	{"tempfile candidate dirs", `(tempfile._candidate_tempdir_list()[-1] == os.getcwd(), "/tmp" in tempfile._candidate_tempdir_list(), os.path.isdir(tempfile._get_default_tempdir()))`},
	{"subprocess private", `(subprocess._active, subprocess._cleanup(), subprocess._PopenSelector.__name__)`},
	{"subprocess wait endtime warning", `(lambda rec: (lambda p: (p.wait(endtime=time.time() + 5), p.wait(endtime=0), [(str(x.message), x.category.__name__) for x in rec]))(subprocess.Popen(["true"])))(catching())`},
	{"_datetime", `(lambda m: (m.datetime is datetime.datetime, m.timezone.utc, m.MINYEAR, m.MAXYEAR, m.date(2020, 1, 2)))(__import__("_datetime"))`},
	{"threading dangling", `(lambda t: (t in threading._dangling, type(threading._dangling).__name__, threading.main_thread() in threading._dangling))(threading.Thread())`},
	{"pickle aliases", `(pickle._loads(pickle._dumps([1, "a"])), callable(pickle._Pickler), callable(pickle._Unpickler), callable(pickle._dump), callable(pickle._load))`},
	{"cleanup", `(_guard.__exit__(None, None, None), shutil.rmtree(D))`},
}

func TestPrivateNamesDifferential(t *testing.T) {
	prelude := privateNamesPrelude + `import tempfile as _t
D = _t.mkdtemp(prefix="pn-")
`
	pytesting.DiffCases(t, "private_names", prelude, privateNamesCases)
}
