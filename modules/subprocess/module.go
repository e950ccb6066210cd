// Package subprocess registers the Python module "subprocess" for gpython
// with CPython 3.6's API and behaviour: run, Popen (pipes, DEVNULL,
// STDOUT, file objects and descriptors, cwd, env, text mode with
// encoding/errors, pass_fds, timeouts), call, check_call, check_output,
// getoutput, getstatusoutput, CompletedProcess, SubprocessError,
// CalledProcessError and TimeoutExpired.
//
// The policy (argument handling, the classes, the exceptions) is Python,
// lib_subprocess.py beside this file (not named subprocess.py, which would shadow CPython's own when the reference runs in this directory) and embedded; the native module
// "_subprocess" starts children with os.StartProcess, reaps each one in a
// goroutine as soon as it exits, and gives the parent's ends of the pipes
// as file objects (pipefile.go). communicate feeds and drains the pipes
// with goroutines, so a call that timed out resumes where it stopped.
package subprocess

import (
	_ "embed"
	"os"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

//go:embed lib_subprocess.py
var pythonSource string

func processSelf(o py.Object) (*process, error) {
	p, ok := o.(*process)
	if !ok {
		return nil, pyutil.TypeErrorf("expected a process handle, not '%s'", pyutil.TypeName(o))
	}
	return p, nil
}

func pipeOrNil(o py.Object) (*pipeFile, error) {
	if o == py.None {
		return nil, nil
	}
	return pipeSelf(o)
}

func strOrNone(o py.Object) (string, bool, error) {
	if o == py.None {
		return "", false, nil
	}
	s, err := fsencode(o)
	return s, true, err
}

// nativeSpawn is _subprocess.spawn(argv, executable, cwd, env, stdin,
// stdout, stderr, pass_fds, start_new_session, text, raw, encoding,
// errors) -> (handle, pid, stdin, stdout, stderr).
func nativeSpawn(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 13 {
		return nil, pyutil.TypeErrorf("spawn() takes 13 arguments (%d given)", len(args))
	}
	a := &spawnArgs{}
	argv, err := py.SequenceTuple(args[0])
	if err != nil {
		return nil, err
	}
	for _, o := range argv {
		s, err := fsencode(o)
		if err != nil {
			return nil, err
		}
		a.argv = append(a.argv, s)
	}
	if a.executable, err = fsencode(args[1]); err != nil {
		return nil, err
	}
	if a.cwd, a.hasCwd, err = strOrNone(args[2]); err != nil {
		return nil, err
	}
	// env None: the process's own environment, where os.environ's
	// changes have gone through putenv.
	var pairs py.Tuple
	if args[3] == py.None {
		a.env = os.Environ()
	} else if pairs, err = py.SequenceTuple(args[3]); err != nil {
		return nil, err
	} else {
		a.env = []string{}
	}
	for _, kv := range pairs {
		t, ok := kv.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, pyutil.TypeErrorf("environment items must be pairs")
		}
		k, err := fsencode(t[0])
		if err != nil {
			return nil, err
		}
		v, err := fsencode(t[1])
		if err != nil {
			return nil, err
		}
		for i := 0; i < len(k); i++ {
			if k[i] == '=' {
				return nil, pyutil.ValueErrorf("illegal environment variable name")
			}
		}
		a.env = append(a.env, k+"="+v)
	}
	copy(a.streams[:], args[4:7])
	fds, err := py.SequenceTuple(args[7])
	if err != nil {
		return nil, err
	}
	for _, o := range fds {
		fd, err := toInt(o)
		if err != nil {
			return nil, err
		}
		a.passFds = append(a.passFds, fd)
	}
	a.newSession = args[8] == py.True
	a.text = args[9] == py.True
	a.raw = args[10] == py.True
	if a.encoding, _, err = strOrNone(args[11]); err != nil {
		return nil, err
	}
	if a.errors, _, err = strOrNone(args[12]); err != nil {
		return nil, err
	}
	p, pipes, err := spawn(a)
	if err != nil {
		return nil, err
	}
	out := py.Tuple{p, py.Int(p.proc.Pid), py.None, py.None, py.None}
	for i, f := range pipes {
		if f != nil {
			out[2+i] = f
		}
	}
	return out, nil
}

// nativeCommunicate is _subprocess.communicate(stdin, stdout, stderr,
// input, timeout) -> (out, err), or None when the timeout passed.
func nativeCommunicate(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var inObj, outObj, errObj, input, timeoutObj py.Object
	if err := py.UnpackTuple(args, nil, "communicate", 5, 5, &inObj, &outObj, &errObj, &input, &timeoutObj); err != nil {
		return nil, err
	}
	stdin, err := pipeOrNil(inObj)
	if err != nil {
		return nil, err
	}
	stdout, err := pipeOrNil(outObj)
	if err != nil {
		return nil, err
	}
	stderr, err := pipeOrNil(errObj)
	if err != nil {
		return nil, err
	}
	var data []byte
	if input != py.None {
		if data, err = pyutil.BytesLike(input); err != nil {
			// CPython takes a memoryview of the input here
			return nil, pyutil.TypeErrorf("memoryview: a bytes-like object is required, not '%s'", pyutil.TypeName(input))
		}
	}
	timeout, err := timeoutArg(timeoutObj)
	if err != nil {
		return nil, err
	}
	out, errOut, ok, err := communicate(stdin, stdout, stderr, data, timeout)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.None, nil
	}
	return py.Tuple{out, errOut}, nil
}

func init() {
	ProcessType.Dict["poll"] = py.MustNewMethod("poll", func(self py.Object) (py.Object, error) {
		p, err := processSelf(self)
		if err != nil {
			return nil, err
		}
		select {
		case <-p.done:
			return p.returncode(), nil
		default:
			return py.None, nil
		}
	}, 0, "poll() -> the return code, or None while the child runs")
	ProcessType.Dict["wait"] = py.MustNewMethod("wait", func(self, timeoutObj py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		p, err := processSelf(self)
		if err != nil {
			return nil, err
		}
		timeout, err := timeoutArg(timeoutObj)
		if err != nil {
			return nil, err
		}
		ok, err := p.wait(timeout)
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.None, nil
		}
		return p.returncode(), nil
	}, 0, "wait(timeout) -> the return code, or None when the timeout passed")
	ProcessType.Dict["send_signal"] = py.MustNewMethod("send_signal", func(self, sigObj py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		p, err := processSelf(self)
		if err != nil {
			return nil, err
		}
		sig, err := toInt(sigObj)
		if err != nil {
			return nil, err
		}
		select {
		case <-p.done:
			return py.None, nil // reaped: nothing to signal
		default:
		}
		if err := p.proc.Signal(syscall.Signal(sig)); err != nil {
			if e, ok := errnoOf(err); ok {
				return nil, pyutil.OSErrorFromErrno(e, nil)
			}
		}
		return py.None, nil
	}, 0, "send_signal(sig)")

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_subprocess", Doc: "Native half of subprocess: starting, waiting for and talking to children."},
		Methods: []*py.Method{
			py.MustNewMethod("spawn", nativeSpawn, 0, "spawn(...) -> (handle, pid, stdin, stdout, stderr)"),
			py.MustNewMethod("is_file", func(self, o py.Object) (py.Object, error) {
				_, ok := o.(*py.File)
				return py.NewBool(ok), nil
			}, 0, "is_file(o) -> whether o is one of gpython's file objects"),
			py.MustNewMethod("preferred_encoding", nativePreferredEncoding, 0, "preferred_encoding() -> locale.getpreferredencoding(False)"),
			py.MustNewMethod("communicate", nativeCommunicate, 0, "communicate(stdin, stdout, stderr, input, timeout) -> (out, err) or None"),
		},
		Globals: py.StringDict{"PipeFile": PipeFileType, "Process": ProcessType},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "subprocess", FileDesc: "subprocess.py"},
		CodeSrc: pythonSource,
	})
}
