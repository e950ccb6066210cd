package ospath

import (
	"os"
	"os/user"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// onePath unpacks the single path argument of a posixpath function.
func onePath(args py.Tuple, kwargs py.StringDict, name, kw string) (pathValue, error) {
	var o py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+name, []string{kw}, &o); err != nil {
		return pathValue{}, err
	}
	return fspath(o)
}

// pathFunc makes a posixpath function of one path argument returning a
// path of the same type.
func pathFunc(name string, f func(string) string) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		p, err := onePath(args, kwargs, name, "p")
		if err != nil {
			return nil, err
		}
		return p.obj(f(p.s)), nil
	}, 0, name+"(p)")
}

// splitPath splits at the last slash: the head keeps no trailing slashes
// unless it is all slashes.
func splitPath(p string) (head, tail string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail = p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func splitExt(p string) (root, ext string) {
	slash := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > slash {
		// A leading run of dots in the name is no extension (".bashrc").
		for i := slash + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func baseName(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func dirName(p string) string {
	head, _ := splitPath(p)
	return head
}

// normPath collapses redundant separators and . and .. components,
// keeping exactly two leading slashes (POSIX leaves // to the system).
func normPath(p string) string {
	if p == "" {
		return "."
	}
	lead := 0
	if strings.HasPrefix(p, "/") {
		lead = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			lead = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (lead == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == ".."):
			out = append(out, c)
		case len(out) > 0:
			out = out[:len(out)-1]
		}
	}
	r := strings.Repeat("/", lead) + strings.Join(out, "/")
	if r == "" {
		return "."
	}
	return r
}

func joinTwo(a, b string) string {
	switch {
	case strings.HasPrefix(b, "/"):
		return b
	case a == "" || strings.HasSuffix(a, "/"):
		return a + b
	}
	return a + "/" + b
}

// absPath is p.s made absolute, in p's form (the working directory's
// name decoded when p is a str's text).
func absPath(self py.Object, p pathValue) (string, error) {
	s := p.s
	if !strings.HasPrefix(s, "/") {
		if cwd, ok, err := scriptCwd(self, p); ok || err != nil {
			if err != nil {
				return "", err
			}
			return normPath(joinTwo(cwd, s)), nil
		}
		cwd, err := os.Getwd()
		if err != nil {
			return "", pyutil.FromGoError(err, nil)
		}
		if !p.isBytes && !p.system {
			cwd = pyutil.FSDecode(cwd)
		}
		s = joinTwo(cwd, s)
	}
	return normPath(s), nil
}

// scriptCwd is the current directory as the os module's getcwd (getcwdb
// for a bytes path) gives it when a script has put a function of its own
// there: 3.6's posixpath, written in Python, asks os each time, and tests
// replace os.getcwd to see abspath and relpath use it. ok is false while
// os holds its own function, which os.Getwd answers for faster.
func scriptCwd(self py.Object, p pathValue) (cwd string, ok bool, err error) {
	m, isMod := self.(*py.Module)
	if !isMod || m.Context == nil {
		return "", false, nil
	}
	osm, err := m.Context.Store().GetModule("os")
	if err != nil {
		return "", false, nil
	}
	name := "getcwd"
	if p.isBytes {
		name = "getcwdb"
	}
	fn, found := osm.Globals[name]
	if !found {
		return "", false, nil
	}
	if _, native := fn.(*py.Method); native {
		return "", false, nil
	}
	r, err := vm.Call(fn, nil, nil)
	if err != nil {
		return "", true, err
	}
	switch v := r.(type) {
	case py.String:
		if p.isBytes {
			break
		}
		if p.system {
			name, _, ok := pyutil.FSEncode(string(v))
			if !ok {
				return string(v), true, nil
			}
			return name, true, nil
		}
		return string(v), true, nil
	case py.Bytes:
		if p.isBytes {
			return string(v), true, nil
		}
	}
	return "", true, pyutil.TypeErrorf("Can't mix strings and bytes in path components")
}

// realPath resolves symbolic links component by component; components
// that do not exist are kept as they are, and a loop leaves the rest of
// the path unresolved, as CPython does.
// realPath is p with its symbolic links resolved, in the form the
// system calls take.
func realPath(self py.Object, p pathValue) (pathValue, error) {
	p, err := p.forSystem()
	if err != nil {
		return p, err
	}
	p.s, _ = resolveLinks("", p.s, map[string]*string{})
	p.s, err = absPath(self, p)
	return p, err
}

// resolveLinks appends the components of rest to the already resolved
// dir, following each symbolic link as it is met, so that ".." after a
// link climbs from the link's target. done maps each link path to what it
// resolved to (nil while it is being resolved: meeting it again is a
// loop). On a loop it returns the path with the rest unresolved and false.
func resolveLinks(dir, rest string, done map[string]*string) (string, bool) {
	if strings.HasPrefix(rest, "/") {
		dir, rest = "/", rest[1:]
	}
	for rest != "" {
		name, more, _ := strings.Cut(rest, "/")
		rest = more
		switch name {
		case "", ".":
			continue
		case "..":
			if dir == "" {
				dir = ".."
				continue
			}
			var last string
			dir, last = splitPath(dir)
			if last == ".." {
				dir = joinTwo(joinTwo(dir, ".."), "..")
			}
			continue
		}
		next := joinTwo(dir, name)
		fi, err := os.Lstat(next)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			dir = next
			continue
		}
		if known, seen := done[next]; seen {
			if known == nil {
				return joinTwo(next, rest), false
			}
			dir = *known
			continue
		}
		target, err := os.Readlink(next)
		if err != nil {
			dir = next
			continue
		}
		done[next] = nil
		var ok bool
		dir, ok = resolveLinks(dir, target, done)
		if !ok {
			return joinTwo(dir, rest), false
		}
		resolved := dir
		done[next] = &resolved
	}
	return dir, true
}

func expandUser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		if h, ok := os.LookupEnv("HOME"); ok {
			home = h
		} else if u, err := user.LookupId(itoa(os.Getuid())); err == nil {
			home = u.HomeDir
		} else {
			return p
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if r := home + p[i:]; r != "" {
		return r
	}
	return "/"
}

func posixExpanduser(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "expanduser", "path")
	if err != nil {
		return nil, err
	}
	if home, ok, err := scriptPwdHome(self, p.s); ok || err != nil {
		if err != nil || home == nil {
			return p.obj(p.s), err
		}
		h := string(home.(py.String))
		if p.isBytes || p.system {
			if enc, _, ok := pyutil.FSEncode(h); ok {
				h = enc
			}
		}
		h = strings.TrimRight(h, "/")
		i := strings.IndexByte(p.s, '/')
		if i < 0 {
			i = len(p.s)
		}
		if r := h + p.s[i:]; r != "" {
			return p.obj(r), nil
		}
		return p.obj("/"), nil
	}
	return p.obj(expandUser(p.s)), nil
}

// scriptPwdHome is the home directory for ~ or ~name in s when the
// answer comes from the password database and a script has put a
// function of its own in the pwd module (3.6's posixpath calls
// pwd.getpwuid or pwd.getpwnam, which tests replace). ok is false when
// the Go lookup answers as usual; home is nil when the function raised
// KeyError (the path stays as it is).
func scriptPwdHome(self py.Object, s string) (home py.Object, ok bool, err error) {
	if !strings.HasPrefix(s, "~") {
		return nil, false, nil
	}
	i := strings.IndexByte(s, '/')
	if i < 0 {
		i = len(s)
	}
	if _, hasHome := os.LookupEnv("HOME"); i == 1 && hasHome {
		return nil, false, nil
	}
	m, isMod := self.(*py.Module)
	if !isMod || m.Context == nil {
		return nil, false, nil
	}
	pwdm, err := m.Context.Store().GetModule("pwd")
	if err != nil {
		return nil, false, nil
	}
	name, arg := "getpwuid", py.Object(py.Int(os.Getuid()))
	if i > 1 {
		name, arg = "getpwnam", py.String(pyutil.FSDecode(s[1:i]))
	}
	fn, found := pwdm.Globals[name]
	if !found {
		return nil, false, nil
	}
	if _, native := fn.(*py.Method); native {
		return nil, false, nil
	}
	ent, err := vm.Call(fn, py.Tuple{arg}, nil)
	if err != nil {
		if py.IsException(py.KeyError, err) {
			return nil, true, nil
		}
		return nil, true, err
	}
	dir, err := vm.GetAttr(ent, "pw_dir")
	if err != nil {
		return nil, true, err
	}
	if _, isStr := dir.(py.String); !isStr {
		return nil, true, pyutil.TypeErrorf("pw_dir must be str, not %s", pyutil.TypeName(dir))
	}
	return dir, true, nil
}

func itoa(n int) string { return strconv.Itoa(n) }

var varPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\$([A-Za-z0-9_]+|\{[^}]*\})`) })

func expandVars(p string) string {
	if !strings.Contains(p, "$") {
		return p
	}
	i := 0
	for {
		loc := varPattern().FindStringSubmatchIndex(p[i:])
		if loc == nil {
			return p
		}
		start, end := i+loc[0], i+loc[1]
		name := p[i+loc[2] : i+loc[3]]
		if strings.HasPrefix(name, "{") && strings.HasSuffix(name, "}") {
			name = name[1 : len(name)-1]
		}
		if v, ok := os.LookupEnv(name); ok {
			tail := p[end:]
			p = p[:start] + v
			i = len(p)
			p += tail
		} else {
			i = end
		}
	}
}

// posixJoin is posixpath.join(a, *p).
func posixJoin(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("join() got an unexpected keyword argument '%s'", firstKey(kwargs))
	}
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("join() missing 1 required positional argument: 'a'")
	}
	first, err := fspath(args[0])
	if err != nil {
		return nil, err
	}
	s := first.s
	converted := py.Tuple{first.obj(first.s)}
	for _, a := range args[1:] {
		r, ok, err := pyarg.FSPath(a)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, checkArgTypes("join", append(converted, args[1:]...)...)
		}
		p := toPathValue(r)
		if p.isBytes != first.isBytes {
			return nil, mixError()
		}
		s = joinTwo(s, p.s)
	}
	return first.obj(s), nil
}

func firstKey(d py.StringDict) string {
	for k := range d {
		return k
	}
	return ""
}

func posixSplit(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "split", "p")
	if err != nil {
		return nil, err
	}
	h, t := splitPath(p.s)
	return py.Tuple{p.obj(h), p.obj(t)}, nil
}

func posixSplitext(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "splitext", "p")
	if err != nil {
		return nil, err
	}
	r, e := splitExt(p.s)
	return py.Tuple{p.obj(r), p.obj(e)}, nil
}

func posixSplitdrive(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "splitdrive", "p")
	if err != nil {
		return nil, err
	}
	return py.Tuple{p.obj(""), p.obj(p.s)}, nil
}

func posixIsabs(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "isabs", "s")
	if err != nil {
		return nil, err
	}
	return py.NewBool(strings.HasPrefix(p.s, "/")), nil
}

func posixAbspath(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "abspath", "path")
	if err != nil {
		return nil, err
	}
	r, err := absPath(self, p)
	if err != nil {
		return nil, err
	}
	return p.obj(r), nil
}

func posixRealpath(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	p, err := onePath(args, kwargs, "realpath", "filename")
	if err != nil {
		return nil, err
	}
	r, err := realPath(self, p)
	if err != nil {
		return nil, err
	}
	return r.obj(r.s), nil
}

func posixRelpath(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var pathObj, startObj py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:relpath", []string{"path", "start"}, &pathObj, &startObj); err != nil {
		return nil, err
	}
	switch v := pathObj.(type) {
	case py.String:
		if v == "" {
			return nil, pyutil.ValueErrorf("no path specified")
		}
	case py.Bytes:
		if len(v) == 0 {
			return nil, pyutil.ValueErrorf("no path specified")
		}
	case py.NoneType:
		return nil, pyutil.ValueErrorf("no path specified")
	}
	p, err := fspath(pathObj)
	if err != nil {
		return nil, err
	}
	start := p.obj(".")
	if startObj != py.None {
		start = startObj
	}
	sv, err := fspath(start)
	if err != nil {
		return nil, err
	}
	if sv.isBytes != p.isBytes {
		return nil, mixError()
	}
	pa, err := absPath(self, p)
	if err != nil {
		return nil, err
	}
	sa, err := absPath(self, sv)
	if err != nil {
		return nil, err
	}
	pc, sc := components(pa), components(sa)
	i := 0
	for i < len(pc) && i < len(sc) && pc[i] == sc[i] {
		i++
	}
	var rel []string
	for range sc[i:] {
		rel = append(rel, "..")
	}
	rel = append(rel, pc[i:]...)
	if len(rel) == 0 {
		return p.obj("."), nil
	}
	return p.obj(strings.Join(rel, "/")), nil
}

// components are the non-empty parts of a path.
func components(p string) []string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// pathList is the paths of an iterable argument after fspath.
func pathList(o py.Object) ([]pathValue, error) {
	items, err := py.SequenceList(o)
	if err != nil {
		return nil, err
	}
	out := make([]pathValue, 0, len(items.Items))
	for _, it := range items.Items {
		p, err := fspath(it)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func posixCommonprefix(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var m py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:commonprefix", []string{"m"}, &m); err != nil {
		return nil, err
	}
	ps, err := pathList(m)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return py.String(""), nil
	}
	lo, hi := ps[0].s, ps[0].s
	for _, p := range ps[1:] {
		if p.isBytes != ps[0].isBytes {
			return nil, pyutil.TypeErrorf("'<' not supported between instances of 'bytes' and 'str'")
		}
		lo, hi = min(lo, p.s), max(hi, p.s)
	}
	i := 0
	for i < len(lo) && lo[i] == hi[i] {
		i++
	}
	return ps[0].obj(lo[:i]), nil
}

func posixCommonpath(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var m py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:commonpath", []string{"paths"}, &m); err != nil {
		return nil, err
	}
	ps, err := pathList(m)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, pyutil.ValueErrorf("commonpath() arg is an empty sequence")
	}
	abs := strings.HasPrefix(ps[0].s, "/")
	var lo, hi []string
	for i, p := range ps {
		if p.isBytes != ps[0].isBytes {
			return nil, mixError()
		}
		if strings.HasPrefix(p.s, "/") != abs {
			return nil, pyutil.ValueErrorf("Can't mix absolute and relative paths")
		}
		var cs []string
		for _, c := range strings.Split(p.s, "/") {
			if c != "" && c != "." {
				cs = append(cs, c)
			}
		}
		if i == 0 || lessParts(cs, lo) {
			lo = cs
		}
		if i == 0 || lessParts(hi, cs) {
			hi = cs
		}
	}
	n := 0
	for n < len(lo) && n < len(hi) && lo[n] == hi[n] {
		n++
	}
	prefix := ""
	if abs {
		prefix = "/"
	}
	return ps[0].obj(prefix + strings.Join(lo[:n], "/")), nil
}

// lessParts orders component lists as Python orders lists of str.
func lessParts(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// statOf is os.stat (or os.lstat when !follow) for the genericpath
// predicates: a TypeError for a non-path in err, the failure of the
// system call apart in osErr.
func statOf(o py.Object, follow bool) (st *syscall.Stat_t, osErr, err error) {
	fn := "stat"
	if !follow {
		fn = "lstat"
	}
	p, fd, err := osPath(fn, o, follow)
	if err != nil {
		return nil, nil, err
	}
	var s syscall.Stat_t
	// CPython 3.6 takes descriptor -1 for "no descriptor" and calls
	// stat(2) with a null path: EFAULT
	nullPath := fd == -1 && pyarg.IntValue(o) != nil && !isBool(o)
	stat := func() {
		switch {
		case nullPath:
			osErr = syscall.EFAULT
		case fd >= 0:
			osErr = syscall.Fstat(fd, &s)
		case fd < -1:
			osErr = syscall.EBADF
		case follow:
			osErr = syscall.Stat(p.s, &s)
		default:
			osErr = syscall.Lstat(p.s, &s)
		}
	}
	stat()
	if osErr == nil && host.SettleDroppedWritesTo(&s) {
		// a dropped file object wrote to it: its size and times moved
		stat()
	}
	if osErr == syscall.ENOENT && fd < 0 {
		// a library file compiled into the binary, or its directory
		if est, ok := vm.EmbeddedStat(p.s); ok {
			s, osErr = est, nil
		}
	}
	if osErr != nil {
		return nil, osErr, nil
	}
	return &s, nil, nil
}

// predicate makes exists/lexists/isfile/isdir/islink: false when the
// stat fails, a TypeError for a non-path.
func predicate(name string, follow bool, test func(*syscall.Stat_t) bool) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var o py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+name, []string{"path"}, &o); err != nil {
			return nil, err
		}
		st, osErr, err := statOf(o, follow)
		if err != nil {
			return nil, err
		}
		if osErr != nil {
			return py.False, nil
		}
		return py.NewBool(test(st)), nil
	}, 0, name+"(path)")
}

// statField makes getsize/getmtime/getatime/getctime.
func statField(name string, get func(*syscall.Stat_t) py.Object) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var o py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+name, []string{"filename"}, &o); err != nil {
			return nil, err
		}
		st, osErr, err := statOf(o, true)
		if err != nil {
			return nil, err
		}
		if osErr != nil {
			return nil, pyutil.FromGoError(osErr, o)
		}
		return get(st), nil
	}, 0, name+"(filename)")
}

func tsFloat(t syscall.Timespec) py.Object {
	return py.Float(float64(t.Sec) + float64(t.Nsec)*1e-9)
}

func posixSamefile(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var a, b py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO:samefile", []string{"f1", "f2"}, &a, &b); err != nil {
		return nil, err
	}
	var sts [2]*syscall.Stat_t
	for i, o := range []py.Object{a, b} {
		st, osErr, err := statOf(o, true)
		if err != nil {
			return nil, err
		}
		if osErr != nil {
			return nil, pyutil.FromGoError(osErr, o)
		}
		sts[i] = st
	}
	return py.NewBool(sts[0].Dev == sts[1].Dev && sts[0].Ino == sts[1].Ino), nil
}

const posixpathDoc = `Path name manipulation for POSIX systems (what os.path is here).`

// setupPosixpath registers the posixpath module (a step of setup, doc.go).
func setupPosixpath() {
	isMode := func(m uint32) func(*syscall.Stat_t) bool {
		return func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == m }
	}
	always := func(*syscall.Stat_t) bool { return true }
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "posixpath", Doc: posixpathDoc},
		Methods: []*py.Method{
			pyutil.MustNewMethod("join", posixJoin, 0, "join(a, *p)"),
			pyutil.MustNewMethod("split", posixSplit, 0, "split(p)"),
			pyutil.MustNewMethod("splitext", posixSplitext, 0, "splitext(p)"),
			pyutil.MustNewMethod("splitdrive", posixSplitdrive, 0, "splitdrive(p)"),
			pathFunc("basename", baseName),
			pathFunc("dirname", dirName),
			pathFunc("normpath", normPath),
			pathFunc("normcase", func(s string) string { return s }),
			pyutil.MustNewMethod("expanduser", posixExpanduser, 0, "expanduser(path)"),
			pathFunc("expandvars", expandVars),
			pyutil.MustNewMethod("isabs", posixIsabs, 0, "isabs(s)"),
			pyutil.MustNewMethod("abspath", posixAbspath, 0, "abspath(path)"),
			pyutil.MustNewMethod("realpath", posixRealpath, 0, "realpath(filename)"),
			pyutil.MustNewMethod("relpath", posixRelpath, 0, "relpath(path, start=None)"),
			pyutil.MustNewMethod("commonprefix", posixCommonprefix, 0, "commonprefix(m)"),
			pyutil.MustNewMethod("commonpath", posixCommonpath, 0, "commonpath(paths)"),
			pyutil.MustNewMethod("samefile", posixSamefile, 0, "samefile(f1, f2)"),
			predicate("exists", true, always),
			predicate("lexists", false, always),
			predicate("isfile", true, isMode(syscall.S_IFREG)),
			predicate("isdir", true, isMode(syscall.S_IFDIR)),
			predicate("islink", false, isMode(syscall.S_IFLNK)),
			statField("getsize", func(st *syscall.Stat_t) py.Object { return py.Int(st.Size) }),
			statField("getmtime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Mtim) }),
			statField("getatime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Atim) }),
			statField("getctime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Ctim) }),
		},
		Globals: py.StringDict{
			"sep":     py.String("/"),
			"altsep":  py.None,
			"extsep":  py.String("."),
			"pathsep": py.String(":"),
			"curdir":  py.String("."),
			"pardir":  py.String(".."),
			"devnull": py.String("/dev/null"),
			"defpath": py.String(":/bin:/usr/bin"),

			"supports_unicode_filenames": py.False,
		},
		CodeSrc: posixpathPySrc,
	})
}

// posixpathPySrc completes posixpath with the functions defined in terms
// of os.stat results and its __all__. os is imported inside the functions:
// the os module imports posixpath while it is being made.
const posixpathPySrc = `
def samestat(s1, s2):
    "Whether two stat results describe the same file."
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

def sameopenfile(fp1, fp2):
    "Whether two open file descriptors refer to the same file."
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))

def ismount(path):
    "Whether path is a mount point: its parent is on another device, or is itself."
    import os
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if here.st_mode & 0o170000 == 0o120000:
        return False
    path = os.fspath(path)
    up = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        parent = os.lstat(realpath(up))
    except (OSError, ValueError):
        return False
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']
`
