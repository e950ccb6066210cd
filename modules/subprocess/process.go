package subprocess

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// Stream codes of Popen's stdin, stdout and stderr arguments.
const (
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
	argv       []string
	executable string
	cwd        string
	hasCwd     bool
	env        []string
	streams    [3]py.Object // None (inherit), int code or int fd
	passFds    []int
	newSession bool
	closeFds   bool // the child keeps only its stdio and passFds
}

// spawn starts the child with the given descriptors (the parent makes
// the pipes) and returns its handle.
func spawn(a *spawnArgs) (*process, error) {
	// the child may read what dropped file objects still hold
	host.SettleDroppedWrites()
	var childFiles [3]*os.File
	var toClose []*os.File
	fail := func(err error) (*process, error) {
		for _, f := range toClose {
			f.Close()
		}
		return nil, err
	}
	for i, s := range a.streams {
		if s == py.None {
			// the parent's own, unless the script closed it: the child
			// then starts without it (and Go's pipe for the exec error,
			// which may have taken the number, is not mistaken for it)
			if _, err := fcntlInt(uintptr(i), syscall.F_GETFD, 0); err == nil {
				childFiles[i] = []*os.File{os.Stdin, os.Stdout, os.Stderr}[i]
			}
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
	var proc *os.Process
	var err error
	if a.closeFds {
		spawnMu.Lock()
		restore := hideInheritable(a.passFds)
		proc, err = os.StartProcess(path, a.argv, attr)
		restore()
		spawnMu.Unlock()
	} else {
		proc, err = os.StartProcess(path, a.argv, attr)
	}
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
	return p, nil
}

// spawnMu keeps two spawns with close_fds from hiding and restoring
// each other's descriptors.
var spawnMu sync.Mutex

// hideInheritable is close_fds: Go's fork closes only what is
// close-on-exec, so every inheritable descriptor above 2 that is not
// among keep gets the flag until the child has started; the function it
// returns gives the flag back.
func hideInheritable(keep []int) func() {
	kept := map[int]bool{}
	for _, fd := range keep {
		kept[fd] = true
	}
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return func() {}
	}
	var hidden []int
	for _, e := range entries {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd < 3 || kept[fd] {
			continue
		}
		flags, err := fcntlInt(uintptr(fd), syscall.F_GETFD, 0)
		if err != nil || flags&syscall.FD_CLOEXEC != 0 {
			continue
		}
		if _, err := fcntlInt(uintptr(fd), syscall.F_SETFD, flags|syscall.FD_CLOEXEC); err == nil {
			hidden = append(hidden, fd)
		}
	}
	return func() {
		for _, fd := range hidden {
			if flags, err := fcntlInt(uintptr(fd), syscall.F_GETFD, 0); err == nil {
				fcntlInt(uintptr(fd), syscall.F_SETFD, flags&^syscall.FD_CLOEXEC)
			}
		}
	}
}

func fcntlInt(fd uintptr, cmd, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, fd, uintptr(cmd), uintptr(arg))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
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
