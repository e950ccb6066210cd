package ospath

import (
	"fmt"
	"strings"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// StatResultType is os.stat_result: a 10-tuple of ints (mode, ino, dev,
// nlink, uid, gid, size, atime, mtime, ctime) with named fields, the
// times as floats and nanoseconds too.
var StatResultType = py.NewTypeX("os.stat_result", "stat_result: the file metadata stat(), fstat() and lstat() give, as a\n10-item tuple with named st_* fields.", nil, nil)

type statResult struct {
	st syscall.Stat_t
	// items, when the result was made from a sequence (stat_result(seq),
	// as pickle and tests do): the 10 visible fields and up to 9 of the
	// named ones (float times, nanoseconds, st_blksize, st_blocks,
	// st_rdev), in that order; st is unused then.
	items py.Tuple
}

// statNamedFields are the positions of the named fields after the 10
// visible ones in a stat_result made from a sequence.
var statNamedFields = []string{"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}

// statResultNew is os.stat_result(sequence, dict=None): 10 to 19 items,
// the named fields past the sequence taken from dict.
func statResultNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var seq py.Object
	var dict py.Object // nil when not given: a None given is refused, as in 3.6
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:stat_result", []string{"sequence", "dict"}, &seq, &dict); err != nil {
		if len(args) == 0 && len(kwargs) == 0 {
			return nil, pyutil.TypeErrorf("Required argument 'sequence' (pos 1) not found")
		}
		return nil, err
	}
	switch dict.(type) {
	case nil, *vm.Dict, py.StringDict:
	default:
		return nil, pyutil.TypeErrorf("os.stat_result() takes a dict as second arg, if any")
	}
	items, err := vm.SequenceFast(seq, "constructor requires a sequence")
	if err != nil {
		return nil, err
	}
	n, most := len(items), 10+len(statNamedFields)
	switch {
	case n < 10:
		return nil, pyutil.TypeErrorf("os.stat_result() takes an at least 10-sequence (%d-sequence given)", n)
	case n > most:
		return nil, pyutil.TypeErrorf("os.stat_result() takes an at most %d-sequence (%d-sequence given)", most, n)
	}
	all := make(py.Tuple, most)
	copy(all, items)
	for i := n; i < most; i++ {
		all[i] = py.None
		if dict != nil {
			if v, err := vm.GetItem(dict, py.String(statNamedFields[i-10])); err == nil {
				all[i] = v
			}
		}
	}
	for i := 0; i < 3; i++ {
		if all[10+i] == py.None {
			all[10+i] = all[7+i] // a float time left out is the int one
		}
	}
	return &statResult{items: all}, nil
}

// named returns a named field of a result made from a sequence.
func (s *statResult) named(name string) (py.Object, bool) {
	if s.items == nil {
		return nil, false
	}
	for i, f := range statFieldNames {
		if f == name && i < 7 {
			return s.items[i], true
		}
	}
	for i, f := range statNamedFields {
		if f == name {
			return s.items[10+i], true
		}
	}
	return nil, false
}

// Type implements py.Object.
func (s *statResult) Type() *py.Type { return StatResultType }

func (s *statResult) tuple() py.Tuple {
	if s.items != nil {
		return s.items[:10]
	}
	st := &s.st
	return py.Tuple{
		py.Int(st.Mode), py.Int(st.Ino), py.Int(st.Dev), py.Int(st.Nlink),
		py.Int(st.Uid), py.Int(st.Gid), py.Int(st.Size),
		py.Int(st.Atim.Sec), py.Int(st.Mtim.Sec), py.Int(st.Ctim.Sec),
	}
}

var statFieldNames = []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}

func (s *statResult) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString("os.stat_result(")
	for i, v := range s.tuple() {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.ReprAsString(v)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%s=%s", statFieldNames[i], r)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

func (s *statResult) M__len__() (py.Object, error) { return py.Int(10), nil }

func (s *statResult) M__getitem__(key py.Object) (py.Object, error) {
	return pyutil.TupleItem(s.tuple(), key)
}

func (s *statResult) M__iter__() (py.Object, error) { return py.NewIterator(s.tuple()), nil }

func (s *statResult) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*statResult)
	if !ok {
		return py.NotImplemented, nil
	}
	return s.tuple().M__eq__(o.tuple())
}

func (s *statResult) M__ne__(other py.Object) (py.Object, error) {
	r, err := s.M__eq__(other)
	if b, ok := r.(py.Bool); ok {
		return !b, err
	}
	return r, err
}

// setupStat installs stat_result's fields (a step of setup, doc.go).
func setupStat() {
	StatResultType.New = statResultNew
	reduce := func(self py.Object) (py.Object, error) {
		s := self.(*statResult)
		all := s.items
		if all == nil {
			all = append(py.Tuple{}, s.tuple()...)
			for _, f := range statNamedFields {
				v, err := py.GetAttrString(s, f)
				if err != nil {
					return nil, err
				}
				all = append(all, v)
			}
		}
		return py.Tuple{StatResultType, py.Tuple{all}}, nil
	}
	StatResultType.Dict["__reduce__"] = pyutil.MustNewMethod("__reduce__", reduce, 0, "__reduce__()")
	// 3.6's counts: 19 fields in all, 10 of them reached by index, 3 of
	// those (the int times) with no name of their own.
	StatResultType.Dict["n_fields"] = py.Int(19)
	StatResultType.Dict["n_sequence_fields"] = py.Int(10)
	StatResultType.Dict["n_unnamed_fields"] = py.Int(3)
	field := func(name string, get func(st *syscall.Stat_t) py.Object) {
		StatResultType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			s := self.(*statResult)
			if v, ok := s.named(name); ok {
				return v, nil
			}
			return get(&s.st), nil
		}}
	}
	field("st_mode", func(st *syscall.Stat_t) py.Object { return py.Int(st.Mode) })
	field("st_ino", func(st *syscall.Stat_t) py.Object { return py.Int(st.Ino) })
	field("st_dev", func(st *syscall.Stat_t) py.Object { return py.Int(st.Dev) })
	field("st_nlink", func(st *syscall.Stat_t) py.Object { return py.Int(st.Nlink) })
	field("st_uid", func(st *syscall.Stat_t) py.Object { return py.Int(st.Uid) })
	field("st_gid", func(st *syscall.Stat_t) py.Object { return py.Int(st.Gid) })
	field("st_size", func(st *syscall.Stat_t) py.Object { return py.Int(st.Size) })
	field("st_rdev", func(st *syscall.Stat_t) py.Object { return py.Int(st.Rdev) })
	field("st_blksize", func(st *syscall.Stat_t) py.Object { return py.Int(st.Blksize) })
	field("st_blocks", func(st *syscall.Stat_t) py.Object { return py.Int(st.Blocks) })
	field("st_atime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Atim) })
	field("st_mtime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Mtim) })
	field("st_ctime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Ctim) })
	field("st_atime_ns", func(st *syscall.Stat_t) py.Object { return py.Int(st.Atim.Nano()) })
	field("st_mtime_ns", func(st *syscall.Stat_t) py.Object { return py.Int(st.Mtim.Nano()) })
	field("st_ctime_ns", func(st *syscall.Stat_t) py.Object { return py.Int(st.Ctim.Nano()) })
}

// statCall is os.stat and os.lstat.
func statCall(name string, args py.Tuple, kwargs py.StringDict, follow bool) (py.Object, error) {
	var o py.Object
	var dirFD py.Object = py.None
	var followObj py.Object = py.True
	kw := []string{"path", "dir_fd", "follow_symlinks"}
	format := "O|OO:" + name
	if !follow {
		kw, format = kw[:2], "O|O:"+name
	}
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("%s() takes at most 1 positional argument (%d given)", name, len(args))
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, format, kw, []*py.Object{&o, &dirFD, &followObj}[:len(kw)]...); err != nil {
		return nil, err
	}
	if b, ok := followObj.(py.Bool); ok && !bool(b) {
		follow = false
	}
	if dirFD != py.None {
		return statAt(name, o, dirFD, follow)
	}
	st, osErr, err := statOf(o, follow || name == "stat")
	if name == "stat" && !follow {
		p, _, perr := osPath(name, o, true)
		if perr != nil {
			return nil, perr
		}
		var s syscall.Stat_t
		if err := syscall.Lstat(p.s, &s); err != nil {
			return nil, osError(err, o)
		}
		return &statResult{st: s}, nil
	}
	if err != nil {
		return nil, err
	}
	if osErr != nil {
		// a descriptor is the error's filename too, as in CPython 3.6
		return nil, osError(osErr, o)
	}
	return &statResult{st: *st}, nil
}

// statAt is stat with dir_fd: fstatat(2) on a path relative to the
// directory open as dirFD.
func statAt(name string, o, dirFD py.Object, follow bool) (py.Object, error) {
	dirfd, err := dirFDArg(dirFD)
	if err != nil {
		return nil, err
	}
	p, _, err := osPath(name, o, false)
	if err != nil {
		return nil, err
	}
	path, err := syscall.BytePtrFromString(p.s)
	if err != nil {
		return nil, err
	}
	flags := 0
	if !follow {
		flags = 0x100 // AT_SYMLINK_NOFOLLOW
	}
	var st syscall.Stat_t
	_, _, e := syscall.Syscall6(syscall.SYS_NEWFSTATAT, uintptr(dirfd), uintptr(unsafe.Pointer(path)), uintptr(unsafe.Pointer(&st)), uintptr(flags), 0, 0)
	if e != 0 {
		return nil, osError(e, o)
	}
	return &statResult{st: st}, nil
}

func osStat(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return statCall("stat", args, kwargs, true)
}

func osLstat(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return statCall("lstat", args, kwargs, false)
}
