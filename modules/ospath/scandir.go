package ospath

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// DirEntryType is os.DirEntry, what scandir yields.
var DirEntryType = py.NewTypeX("posix.DirEntry", "DirEntry(name, path): a directory entry from scandir().", nil, nil)

// ScandirIteratorType is the iterator scandir returns; it is also a
// context manager.
var ScandirIteratorType = py.NewTypeX("posix.ScandirIterator", "Iterator of DirEntry objects.", nil, nil)

type dirEntry struct {
	name, path pathValue
	typ        os.FileMode // from readdir's d_type; the type bits only
	ino        uint64      // readdir's d_ino, which inode() answers without a stat
}

// Type implements py.Object.
func (e *dirEntry) Type() *py.Type { return DirEntryType }

func (e *dirEntry) M__repr__() (py.Object, error) {
	r, err := py.ReprAsString(e.name.obj(e.name.s))
	if err != nil {
		return nil, err
	}
	return py.String("<DirEntry " + r + ">"), nil
}

func (e *dirEntry) M__fspath__() (py.Object, error) { return e.path.obj(e.path.s), nil }

// test reports whether the entry is of kind (syscall.S_IFDIR, ...),
// following a symlink when follow; a failed stat is false.
func (e *dirEntry) test(kind uint32, follow bool) bool {
	if e.typ&os.ModeSymlink == 0 || !follow {
		switch kind {
		case syscall.S_IFDIR:
			return e.typ.IsDir()
		case syscall.S_IFREG:
			return e.typ.IsRegular()
		case syscall.S_IFLNK:
			return e.typ&os.ModeSymlink != 0
		}
	}
	var st syscall.Stat_t
	if syscall.Stat(e.path.s, &st) != nil {
		return false
	}
	return st.Mode&syscall.S_IFMT == kind
}

func followArg(name string, args py.Tuple, kwargs py.StringDict) (bool, error) {
	if len(args) > 0 {
		return false, pyutil.TypeErrorf("%s() takes no positional arguments", name)
	}
	var f py.Object = py.True
	if err := py.ParseTupleAndKeywords(nil, kwargs, "|O:"+name, []string{"follow_symlinks"}, &f); err != nil {
		return false, err
	}
	return vm.Truth(f)
}

// scandirIter gives the entries read when scandir was called. CPython's
// reads the directory as it goes, holding it open until exhausted or
// closed, and warns when dropped before: the notice keeps that warning.
type scandirIter struct {
	entries []*dirEntry
	i       int
	notice  *host.DropNotice
}

// finish ends the iteration (exhausted or closed): nothing more to give,
// no warning due.
func (it *scandirIter) finish() {
	it.i = len(it.entries)
	it.notice.Settle()
}

// Type implements py.Object.
func (it *scandirIter) Type() *py.Type { return ScandirIteratorType }

func (it *scandirIter) M__iter__() (py.Object, error) { return it, nil }

func (it *scandirIter) M__next__() (py.Object, error) {
	if it.i >= len(it.entries) {
		it.finish()
		return nil, py.StopIteration
	}
	it.i++
	return it.entries[it.i-1], nil
}

// scan reads dir in the system's order into entries.
func scan(dir pathValue) ([]*dirEntry, error) {
	f, err := os.Open(dir.s)
	if errors.Is(err, syscall.ENOENT) {
		if out, ok := scanEmbedded(dir); ok {
			return out, nil
		}
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*dirEntry
	err = readDirents(int(f.Fd()), func(name string, ino uint64, dtype byte) {
		e := &dirEntry{
			name: pathValue{s: name, isBytes: dir.isBytes, system: dir.system},
			path: pathValue{s: joinTwo(dir.s, name), isBytes: dir.isBytes, system: dir.system},
			ino:  ino,
		}
		var known bool
		if e.typ, known = direntTypes[dtype]; !known {
			// DT_UNKNOWN: some file systems leave the type to a stat
			var st syscall.Stat_t
			if syscall.Lstat(e.path.s, &st) == nil {
				e.typ = modeTypes[st.Mode&syscall.S_IFMT]
			}
		}
		out = append(out, e)
	})
	return out, err
}

// scanEmbedded is scan of a directory of library files compiled into
// the binary (vm.EmbeddedListDir), which the disk does not have.
func scanEmbedded(dir pathValue) ([]*dirEntry, bool) {
	names, ok := vm.EmbeddedListDir(dir.s)
	if !ok {
		return nil, false
	}
	out := make([]*dirEntry, 0, len(names))
	for _, name := range names {
		e := &dirEntry{
			name: pathValue{s: name, isBytes: dir.isBytes, system: dir.system},
			path: pathValue{s: joinTwo(dir.s, name), isBytes: dir.isBytes, system: dir.system},
		}
		if st, ok := vm.EmbeddedStat(e.path.s); ok {
			e.typ = modeTypes[st.Mode&syscall.S_IFMT]
		}
		out = append(out, e)
	}
	return out, true
}

// direntTypes maps readdir's d_type (DT_FIFO ... DT_SOCK) to Go's type
// bits; modeTypes does the same for stat's S_IFMT bits.
var (
	direntTypes = map[byte]os.FileMode{
		1: os.ModeNamedPipe, 2: os.ModeDevice | os.ModeCharDevice, 4: os.ModeDir,
		6: os.ModeDevice, 8: 0, 10: os.ModeSymlink, 12: os.ModeSocket,
	}
	modeTypes = map[uint32]os.FileMode{
		syscall.S_IFIFO: os.ModeNamedPipe, syscall.S_IFCHR: os.ModeDevice | os.ModeCharDevice,
		syscall.S_IFDIR: os.ModeDir, syscall.S_IFBLK: os.ModeDevice, syscall.S_IFREG: 0,
		syscall.S_IFLNK: os.ModeSymlink, syscall.S_IFSOCK: os.ModeSocket,
	}
)

// readDirents calls each with every entry of the open directory fd but
// "." and "..", in the system's order, reading getdents64 records:
// d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), then the name,
// NUL-terminated.
func readDirents(fd int, each func(name string, ino uint64, dtype byte)) error {
	buf := make([]byte, 32*1024)
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n <= 0 {
			return nil
		}
		for rec := buf[:n]; len(rec) >= 19; {
			reclen := int(binary.NativeEndian.Uint16(rec[16:18]))
			if reclen < 19 || reclen > len(rec) {
				break
			}
			name := rec[19:reclen]
			if i := bytes.IndexByte(name, 0); i >= 0 {
				name = name[:i]
			}
			if s := string(name); s != "." && s != ".." {
				each(s, binary.NativeEndian.Uint64(rec[0:8]), rec[18])
			}
			rec = rec[reclen:]
		}
	}
}

func osScandir(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:scandir", []string{"path"}, &o); err != nil {
		return nil, err
	}
	dir := pathValue{s: ".", system: true}
	if o != py.None {
		s, isBytes, err := PathArg("scandir", "string, bytes, os.PathLike or None", o)
		if err != nil {
			return nil, err
		}
		dir = pathValue{s: s, isBytes: isBytes, system: !isBytes}
	}
	entries, err := scan(dir)
	if err != nil {
		return nil, osError(err, o)
	}
	it := &scandirIter{entries: entries}
	if r, err := vm.Repr(it); err == nil {
		it.notice = host.NoticeDrop(it, "unclosed scandir iterator "+r, r)
	}
	return it, nil
}

// setupScandir installs DirEntry's attributes and methods (a step of setup, doc.go).
func setupScandir() {
	DirEntryType.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		e := self.(*dirEntry)
		return e.name.obj(e.name.s), nil
	}}
	DirEntryType.Dict["path"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		e := self.(*dirEntry)
		return e.path.obj(e.path.s), nil
	}}
	kindMethod := func(name string, kind uint32, takesFollow bool) {
		DirEntryType.Dict[name] = pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			follow := false
			if takesFollow {
				if follow, err = followArg(name, args, kwargs); err != nil {
					return nil, err
				}
			} else if len(args)+len(kwargs) > 0 {
				return nil, pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
			}
			return py.NewBool(self.(*dirEntry).test(kind, follow)), nil
		}, 0, name+"()")
	}
	kindMethod("is_dir", syscall.S_IFDIR, true)
	kindMethod("is_file", syscall.S_IFREG, true)
	kindMethod("is_symlink", syscall.S_IFLNK, false)
	DirEntryType.Dict["stat"] = pyutil.MustNewMethod("stat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		follow, err := followArg("stat", args, kwargs)
		if err != nil {
			return nil, err
		}
		e := self.(*dirEntry)
		var st syscall.Stat_t
		if follow {
			err = syscall.Stat(e.path.s, &st)
		} else {
			err = syscall.Lstat(e.path.s, &st)
		}
		if err == syscall.ENOENT {
			if est, ok := vm.EmbeddedStat(e.path.s); ok {
				st, err = est, nil
			}
		}
		if err != nil {
			return nil, osError(err, e.path.obj(e.path.s))
		}
		return &statResult{st: st}, nil
	}, 0, "stat(*, follow_symlinks=True)")
	DirEntryType.Dict["inode"] = pyutil.MustNewMethod("inode", func(self py.Object) (py.Object, error) {
		return py.Int(self.(*dirEntry).ino), nil
	}, 0, "inode()")
	DirEntryType.Dict["__fspath__"] = pyutil.MustNewMethod("__fspath__", func(self py.Object) (py.Object, error) {
		return self.(*dirEntry).M__fspath__()
	}, 0, "__fspath__()")

	ScandirIteratorType.Dict["close"] = pyutil.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		self.(*scandirIter).finish()
		return py.None, nil
	}, 0, "close()")
	ScandirIteratorType.Dict["__enter__"] = pyutil.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) {
		return self, nil
	}, 0, "")
	ScandirIteratorType.Dict["__exit__"] = pyutil.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self.(*scandirIter).finish()
		return py.False, nil
	}, 0, "")
}
