package pymmap

import (
	"runtime"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// MmapType is the Python type mmap.mmap.
var MmapType = py.NewTypeX("mmap.mmap", `mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0)

Map length bytes of the file open on descriptor fileno, starting at offset
(a multiple of ALLOCATIONGRANULARITY), into memory; fileno -1 maps
anonymous memory. A length of 0 maps the whole file from offset. access
(ACCESS_READ, ACCESS_WRITE or ACCESS_COPY) is the portable alternative to
flags and prot: read-only, write-through or private copy-on-write.`, mmapNew, nil)

// Mmap is an mmap object: a region plus the file-like position and the
// parameters the methods check.
type Mmap struct {
	r      *region
	pos    int   // may exceed the size after a shrinking resize
	offset int64 // of the map in its file
	access int   // accessDefault, accessRead, accessWrite or accessCopy
	prot   int   // as passed to mmap(2)
	flags  int

	// exports are the memoryviews of the map (buffer.go): while one is
	// in use, close() and resize() raise BufferError.
	exports *host.Exports
}

// Interfaces the type satisfies.
var (
	_ pyutil.WritableBuffer = (*Mmap)(nil)
	_ py.I__len__           = (*Mmap)(nil)
	_ py.I__getitem__       = (*Mmap)(nil)
	_ py.I__setitem__       = (*Mmap)(nil)
	_ py.I__delitem__       = (*Mmap)(nil)
	_ py.I__iter__          = (*Mmap)(nil)
	_ py.I__enter__         = (*Mmap)(nil)
	_ py.I__exit__          = (*Mmap)(nil)
)

// Type returns MmapType.
func (*Mmap) Type() *py.Type { return MmapType }

// BufferBytes returns the mapped bytes (empty once closed). The slice
// aliases the mapping: a caller must not keep it past its call, because
// close() or resize() unmaps it.
func (m *Mmap) BufferBytes() []byte { return m.r.data }

// WritableBytes is the mapping to fill in place; for a read-only map
// (ACCESS_READ), whose pages cannot be written, it is empty, so that a
// consumer such as recv_into stores nothing there. Same lifetime rule as
// BufferBytes.
func (m *Mmap) WritableBytes() []byte {
	if m.access == accessRead {
		return nil
	}
	return m.r.data
}

// errClosed is CPython's message for any use of a closed map.
func errClosed() error { return pyutil.ValueErrorf("mmap closed or invalid") }

// valid returns the mapped bytes, or the closed error.
func (m *Mmap) valid() ([]byte, error) {
	if m.r.data == nil {
		return nil, errClosed()
	}
	return m.r.data, nil
}

// writable fails with CPython's TypeError for a read-only map.
func (m *Mmap) writable() error {
	if m.access == accessRead {
		return pyutil.TypeErrorf("mmap can't modify a readonly memory map.")
	}
	return nil
}

// resizable fails with CPython's TypeError unless the map is shared and
// writable.
func (m *Mmap) resizable() error {
	if m.access == accessWrite || m.access == accessDefault {
		return nil
	}
	return pyutil.TypeErrorf("mmap can't resize a readonly or copy-on-write memory map.")
}

// mmapParams are the constructor's parameter names.
var mmapParams = []string{"fileno", "length", "flags", "prot", "access", "offset"}

// mmapNew is mmap(fileno, length, flags, prot, access, offset).
func mmapNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if n := len(args) + len(kwargs); n > len(mmapParams) {
		return nil, pyutil.TypeErrorf("function takes at most %d arguments (%d given)", len(mmapParams), n)
	}
	a, err := pyarg.Parse36("mmap", args, kwargs, mmapParams, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fd, err := pyarg.Int(a[0])
	if err != nil {
		return nil, err
	}
	length, err := pyarg.SsizeT(a[1])
	if err != nil {
		return nil, err
	}
	flags, prot, access := syscall.MAP_SHARED, syscall.PROT_READ|syscall.PROT_WRITE, accessDefault
	for i, dst := range []*int{&flags, &prot, &access} {
		if a[2+i] == nil {
			continue
		}
		if *dst, err = pyarg.Int(a[2+i]); err != nil {
			return nil, err
		}
	}
	var offset int64
	if a[5] != nil {
		if offset, err = pyarg.Long(a[5]); err != nil {
			return nil, err
		}
	}
	if length < 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "memory mapped length must be positive")
	}
	if offset < 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "memory mapped offset must be positive")
	}
	rw := syscall.PROT_READ | syscall.PROT_WRITE
	if access != accessDefault && (flags != syscall.MAP_SHARED || prot != rw) {
		return nil, pyutil.ValueErrorf("mmap can't specify both access and flags, prot.")
	}
	switch access {
	case accessRead:
		flags, prot = syscall.MAP_SHARED, syscall.PROT_READ
	case accessWrite:
		flags, prot = syscall.MAP_SHARED, rw
	case accessCopy:
		flags, prot = syscall.MAP_PRIVATE, rw
	case accessDefault:
		switch {
		case prot&rw == rw:
		case prot&syscall.PROT_WRITE != 0:
			access = accessWrite
		default:
			access = accessRead
		}
	default:
		return nil, pyutil.ValueErrorf("mmap invalid access parameter.")
	}
	if fd != -1 {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
			size := st.Size
			switch {
			case length == 0 && size == 0:
				return nil, pyutil.ValueErrorf("cannot mmap an empty file")
			case length == 0 && offset >= size:
				return nil, pyutil.ValueErrorf("mmap offset is greater than file size")
			case length == 0:
				length = int(size - offset)
			case offset > size || size-offset < int64(length):
				return nil, pyutil.ValueErrorf("mmap length is greater than file size")
			}
		}
	}
	m := &Mmap{offset: offset, access: access, prot: prot, flags: flags, r: &region{fd: -1}}
	if fd == -1 {
		flags |= syscall.MAP_ANONYMOUS
	} else if m.r.fd, err = dupFD(fd); err != nil {
		return nil, err
	}
	// Mapped pages are always readable: a PROT_NONE or write-only map would
	// otherwise end the process at its first read, where CPython's merely
	// crashes.
	m.r.data, err = mapRegion(m.r.fd, offset, length, prot|syscall.PROT_READ, flags)
	if err != nil {
		m.r.release()
		return nil, err
	}
	runtime.AddCleanup(m, (*region).release, m.r)
	return m, nil
}
