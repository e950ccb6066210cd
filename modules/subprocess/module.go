// Package subprocess registers the Python module "subprocess" for gpython
// with CPython 3.6's API and behaviour: run, Popen (pipes, DEVNULL,
// STDOUT, file objects and descriptors, cwd, env, text mode with
// encoding/errors, pass_fds, timeouts), call, check_call, check_output,
// getoutput, getstatusoutput, CompletedProcess, SubprocessError,
// CalledProcessError and TimeoutExpired.
//
// The policy (argument handling, the classes, the exceptions, the pipes
// as io objects, communicate over a selector) is Python, lib_subprocess.py
// beside this file (not named subprocess.py, which would shadow CPython's
// own when the reference runs in this directory) and embedded; the native
// module "_subprocess" starts children with os.StartProcess on the
// descriptors the policy chose (close_fds hides the other inheritable
// ones meanwhile) and reaps each child in a goroutine as soon as it
// exits.
package subprocess

import (
	_ "embed"
	"os"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
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

func strOrNone(o py.Object) (string, bool, error) {
	if o == py.None {
		return "", false, nil
	}
	s, err := fsencode(o)
	return s, true, err
}

// nativeSpawn is _subprocess.spawn(argv, executable, cwd, env, stdin,
// stdout, stderr, pass_fds, start_new_session, close_fds) -> (handle,
// pid). Each stream is None (the parent's own), STDOUT (stderr only),
// DEVNULL, a descriptor, or one of gpython's file objects.
func nativeSpawn(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 10 {
		return nil, pyutil.TypeErrorf("spawn() takes 10 arguments (%d given)", len(args))
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
	a.closeFds = args[9] == py.True
	p, err := spawn(a)
	if err != nil {
		return nil, err
	}
	return py.Tuple{p, py.Int(p.proc.Pid)}, nil
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
			py.MustNewMethod("spawn", nativeSpawn, 0, "spawn(argv, executable, cwd, env, stdin, stdout, stderr, pass_fds, start_new_session, close_fds) -> (handle, pid)"),
			py.MustNewMethod("is_file", func(self, o py.Object) (py.Object, error) {
				_, ok := o.(*py.File)
				return py.NewBool(ok), nil
			}, 0, "is_file(o) -> whether o is one of gpython's file objects"),
		},
		Globals: py.StringDict{"Process": ProcessType},
	})
	// Located in the library directory as the modules of Lib/modules are,
	// with its lines in the traceback line cache.
	file := vm.EmbeddedFile("subprocess", false)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "subprocess", FileDesc: file},
		CodeSrc: pythonSource,
	})
	pyutil.SourceLines.Embed(file, pythonSource)
}
