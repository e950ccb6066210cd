package subprocess

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// Stream codes of Popen's stdin, stdout and stderr arguments.
const (
	codePIPE    = -1
	codeSTDOUT  = -2
	codeDEVNULL = -3
)

// ProcessType is the native handle of one child, held by Popen._handle.
var ProcessType = py.NewType("_subprocess.Process", "A started child process.")

// process is a child; a goroutine reaps it as soon as it exits, so no
// zombie outlives it and a later signal never reaches a reused pid.
type process struct {
	proc   *os.Process
	done   chan struct{}
	status syscall.WaitStatus
	werr   error
}

// Type returns ProcessType.
func (*process) Type() *py.Type { return ProcessType }

func (p *process) reap() {
	st, err := p.proc.Wait()
	if err == nil {
		if ws, ok := st.Sys().(syscall.WaitStatus); ok {
			p.status = ws
		}
	}
	p.werr = err
	close(p.done)
}

// returncode is Popen.returncode of an exited child: the exit status, or
// minus the signal that killed it.
func (p *process) returncode() py.Object {
	switch {
	case p.werr != nil:
		return py.Int(255)
	case p.status.Signaled():
		return py.Int(-int(p.status.Signal()))
	}
	return py.Int(p.status.ExitStatus())
}

// errnoOf digs the errno out of a Go error.
func errnoOf(err error) (syscall.Errno, bool) {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e, true
	}
	return 0, false
}

// childError is the OSError of a child that could not start, worded as
// CPython 3.6's: ENOENT names the program (or the cwd) twice, once in
// the message and once as filename.
func childError(errno syscall.Errno, filename string) error {
	msg := pyutil.StrError(errno)
	fn := py.Object(py.String(filename))
	if errno == syscall.ENOENT {
		r, _ := py.ReprAsString(fn)
		msg += ": " + r
	}
	return pyutil.NewOSError(pyutil.ErrnoType(errno), int(errno), msg, fn)
}

// execPath is _posixsubprocess's search for the program: a name with a
// slash as is, otherwise each directory of PATH (from env), keeping the
// first error that is not "not found".
func execPath(name string, env []string) (string, syscall.Errno) {
	if strings.Contains(name, "/") {
		return name, 0
	}
	path, found := "", false
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path, found = kv[5:], true
		}
	}
	if !found {
		path = "/bin:/usr/bin" // os.defpath
	}
	saved := syscall.Errno(0)
	for _, dir := range strings.Split(path, ":") {
		cand := filepath.Join(dir, name)
		if dir == "" {
			cand = name
		}
		err := syscall.Access(cand, 1) // X_OK
		if err == nil {
			var st syscall.Stat_t
			if syscall.Stat(cand, &st) == nil && st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
				return cand, 0
			}
			err = syscall.EACCES
		}
		if e, ok := errnoOf(err); ok && e != syscall.ENOENT && e != syscall.ENOTDIR && saved == 0 {
			saved = e
		}
	}
	if saved != 0 {
		return "", saved
	}
	return "", syscall.ENOENT
}

// dupFile duplicates a descriptor of the script's for the child, so that
// the os.File (and its finalizer) never owns the script's own.
func dupFile(fd int) (*os.File, error) {
	nfd, err := syscall.Dup(fd)
	if err != nil {
		return nil, pyutil.NewOSError(pyutil.ErrnoType(err.(syscall.Errno)), int(err.(syscall.Errno)), pyutil.StrError(err.(syscall.Errno)), nil)
	}
	syscall.CloseOnExec(nfd)
	return os.NewFile(uintptr(nfd), "fd"), nil
}

// spawnArgs are what Popen passes to spawn.
type spawnArgs struct {
	argv             []string
	executable       string
	cwd              string
	hasCwd           bool
	env              []string
	streams          [3]py.Object // None (inherit), int code or int fd
	passFds          []int
	newSession       bool
	text             bool
	raw              bool
	encoding, errors string
}

// spawn starts the child. It returns the handle and the parent's ends
// of the pipes (nil where there is none).
func spawn(a *spawnArgs) (*process, [3]*pipeFile, error) {
	var pipes [3]*pipeFile
	var childFiles [3]*os.File
	var toClose []*os.File
	var parentEnds []*os.File
	fail := func(err error) (*process, [3]*pipeFile, error) {
		for _, f := range toClose {
			f.Close()
		}
		for _, f := range parentEnds {
			f.Close()
		}
		return nil, pipes, err
	}
	for i, s := range a.streams {
		if s == py.None {
			childFiles[i] = []*os.File{os.Stdin, os.Stdout, os.Stderr}[i]
			continue
		}
		if pf, ok := s.(*py.File); ok {
			// gpython's file objects have no fileno(): take the descriptor
			f, err := dupFile(int(pf.File.Fd()))
			if err != nil {
				return fail(err)
			}
			childFiles[i] = f
			toClose = append(toClose, f)
			continue
		}
		code, err := toInt(s)
		if err != nil {
			return fail(err)
		}
		switch {
		case code == codePIPE:
			r, w, err := os.Pipe()
			if err != nil {
				return fail(pyutil.FromGoError(err, nil))
			}
			if i == 0 {
				childFiles[i] = r
				toClose = append(toClose, r)
				parentEnds = append(parentEnds, w)
				pipes[i] = newPipeFile(w, true, a.text, a.raw, a.encoding, a.errors)
			} else {
				childFiles[i] = w
				toClose = append(toClose, w)
				parentEnds = append(parentEnds, r)
				pipes[i] = newPipeFile(r, false, a.text, a.raw, a.encoding, a.errors)
			}
		case code == codeSTDOUT && i == 2:
			childFiles[2] = childFiles[1]
		case code == codeDEVNULL:
			flag := os.O_RDONLY
			if i > 0 {
				flag = os.O_WRONLY
			}
			f, err := os.OpenFile(os.DevNull, flag, 0)
			if err != nil {
				return fail(pyutil.FromGoError(err, nil))
			}
			childFiles[i] = f
			toClose = append(toClose, f)
		case code < 0:
			return fail(pyutil.NewOSError(pyutil.ErrnoType(syscall.EBADF), int(syscall.EBADF), pyutil.StrError(syscall.EBADF), nil))
		default:
			f, err := dupFile(code)
			if err != nil {
				return fail(err)
			}
			childFiles[i] = f
			toClose = append(toClose, f)
		}
	}
	files := []*os.File{childFiles[0], childFiles[1], childFiles[2]}
	for _, fd := range a.passFds {
		if fd < 3 {
			continue
		}
		f, err := dupFile(fd)
		if err != nil {
			return fail(err)
		}
		toClose = append(toClose, f)
		for len(files) <= fd {
			files = append(files, nil)
		}
		files[fd] = f
	}
	if a.hasCwd {
		var st syscall.Stat_t
		if err := syscall.Stat(a.cwd, &st); err != nil {
			e, _ := errnoOf(err)
			return fail(childError(e, a.cwd))
		} else if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return fail(childError(syscall.ENOTDIR, a.cwd))
		}
	}
	path, e := execPath(a.executable, a.env)
	if e != 0 {
		return fail(childError(e, a.executable))
	}
	attr := &os.ProcAttr{Env: a.env, Files: files, Sys: &syscall.SysProcAttr{Setsid: a.newSession}}
	if a.hasCwd {
		attr.Dir = a.cwd
	}
	proc, err := os.StartProcess(path, a.argv, attr)
	if err != nil {
		e, ok := errnoOf(err)
		if !ok {
			return fail(pyutil.FromGoError(err, nil))
		}
		return fail(childError(e, a.executable))
	}
	for _, f := range toClose {
		f.Close()
	}
	p := &process{proc: proc, done: make(chan struct{})}
	go p.reap()
	return p, pipes, nil
}

// wait waits for the child until timeout (negative: forever); ok false
// when the time ran out. An interrupt (Ctrl-C) raises KeyboardInterrupt.
func (p *process) wait(timeout time.Duration) (bool, error) {
	select {
	case <-p.done:
		return true, nil
	default:
	}
	var ok bool
	var err error
	gil.Unlocked(func() { ok, err = p.block(timeout) })
	return ok, err
}

// block is wait's wait, run without the interpreter lock.
func (p *process) block(timeout time.Duration) (bool, error) {
	var tc <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		tc = t.C
	}
	for {
		select {
		case <-p.done:
			return true, nil
		case <-tc:
			return false, nil
		case <-sigint.Done():
			if err := sigint.Check(); err != nil {
				return false, err
			}
		}
	}
}

// startDrain starts reading p to its end, once.
func (f *pipeFile) startDrain() *drainState {
	if f.drain == nil {
		d := &drainState{done: make(chan struct{})}
		f.drain = d
		go func() {
			defer close(d.done)
			d.data, d.err = io.ReadAll(f.r)
		}()
	}
	return f.drain
}

// startFeed starts writing input to p and closing it, once; a child
// that stops reading (EPIPE) is not an error, as in CPython.
func (f *pipeFile) startFeed(input []byte) *drainState {
	if f.drain == nil {
		d := &drainState{done: make(chan struct{})}
		f.drain = d
		go func() {
			defer close(d.done)
			if len(input) > 0 {
				if _, err := f.f.Write(input); err != nil && !isEPIPE(err) {
					d.err = err
				}
			}
			f.f.Close()
		}()
		f.closed = true
	}
	return f.drain
}

// communicate feeds stdin and drains stdout and stderr until all are done
// or the timeout (negative: none) passes; ok false then, and a later call
// goes on where this one stopped.
func communicate(stdin, stdout, stderr *pipeFile, input []byte, timeout time.Duration) (out, errOut py.Object, ok bool, err error) {
	var waits []*drainState
	if stdin != nil && !stdin.closed || stdin != nil && stdin.drain != nil {
		waits = append(waits, stdin.startFeed(input))
	}
	var dOut, dErr *drainState
	if stdout != nil {
		if stdout.closed && stdout.drain == nil {
			return nil, nil, false, errClosed()
		}
		dOut = stdout.startDrain()
		waits = append(waits, dOut)
	}
	if stderr != nil {
		if stderr.closed && stderr.drain == nil {
			return nil, nil, false, errClosed()
		}
		dErr = stderr.startDrain()
		waits = append(waits, dErr)
	}
	var finished bool
	gil.Unlocked(func() { finished, err = drained(waits, timeout) })
	if err != nil || !finished {
		return nil, nil, false, err
	}
	out, errOut = py.None, py.None
	if dOut != nil {
		if out, err = stdout.decode(dOut.data); err != nil {
			return nil, nil, false, err
		}
		stdout.close()
	}
	if dErr != nil {
		if errOut, err = stderr.decode(dErr.data); err != nil {
			return nil, nil, false, err
		}
		stderr.close()
	}
	return out, errOut, true, nil
}

// drained waits, without the interpreter lock, for every drain of waits
// to finish within timeout (negative: forever); false when the time ran
// out. Ctrl-C raises KeyboardInterrupt.
func drained(waits []*drainState, timeout time.Duration) (bool, error) {
	var tc <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		tc = t.C
	}
	for _, d := range waits {
	wait:
		for {
			select {
			case <-d.done:
				break wait
			default:
			}
			select {
			case <-d.done:
				break wait
			case <-tc:
				return false, nil
			case <-sigint.Done():
				if err := sigint.Check(); err != nil {
					return false, err
				}
			}
		}
	}
	return true, nil
}
