package codecache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"sort"
	"unsafe"
)

// The cache file is, in little-endian order:
//
//	magic       8 bytes
//	count       uint32
//	count × entry:
//	  name      uint8 length, then its bytes
//	  srcLen    uint32   length of the module's source
//	  srcHash   uint64   SourceHash of it
//	  offset    uint32   start of its code in the payload
//	  size      uint32   length of its code
//	payload     the encoded code objects, one after another
//
// The index is small (a hundred entries): reading it costs microseconds,
// and each module's code is only sliced, never copied or decoded, until
// the module is imported.
const magic = "gpycc\x003\n"

// Entry is one module's compiled code in a cache file.
type Entry struct {
	Name   string // module name, as registered ("collections.abc")
	Source string // the source Code was compiled from
	Code   []byte // Encode's output
}

// SourceHash identifies a module's source: its CRC-32 (IEEE, computed by
// the processor's carry-less multiply), which with the length makes an
// accidental match of edited source unlikely (2^-32; an edit of up to 32
// adjacent bits is always seen). It guards against a stale file; the
// staleness test (TestFileCurrent) compares whole files. Castagnoli's
// CRC beside it made the check 64 bits wide, but its tables cost 0.2 ms
// of every start (crc32.MakeTable at package init), a seventieth of
// `-c pass`.
func SourceHash(src string) uint64 {
	// The CRC only reads b: viewing src's bytes in place spares a copy
	// of every embedded source at start-up.
	b := unsafe.Slice(unsafe.StringData(src), len(src))
	return uint64(crc32.ChecksumIEEE(b))
}

// Build returns the cache file holding entries, sorted by name.
func Build(entries []Entry) ([]byte, error) {
	sorted := append([]Entry(nil), entries...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	var index, payload bytes.Buffer
	index.WriteString(magic)
	var count [4]byte
	binary.LittleEndian.PutUint32(count[:], uint32(len(sorted)))
	index.Write(count[:])
	for i, e := range sorted {
		if len(e.Name) == 0 || len(e.Name) > 255 {
			return nil, fmt.Errorf("codecache: bad module name %q", e.Name)
		}
		if i > 0 && sorted[i-1].Name == e.Name {
			return nil, fmt.Errorf("codecache: module %s twice", e.Name)
		}
		index.WriteByte(byte(len(e.Name)))
		index.WriteString(e.Name)
		var fields [20]byte
		binary.LittleEndian.PutUint32(fields[0:], uint32(len(e.Source)))
		binary.LittleEndian.PutUint64(fields[4:], SourceHash(e.Source))
		binary.LittleEndian.PutUint32(fields[12:], uint32(payload.Len()))
		binary.LittleEndian.PutUint32(fields[16:], uint32(len(e.Code)))
		index.Write(fields[:])
		payload.Write(e.Code)
	}
	if payload.Len() > 1<<31 {
		return nil, errors.New("codecache: file too large")
	}
	return append(index.Bytes(), payload.Bytes()...), nil
}

// File is a parsed cache file.
type File struct {
	entries map[string]fileEntry
}

type fileEntry struct {
	srcLen  uint32
	srcHash uint64
	code    []byte
}

// Parse reads the index of the cache file data. The code it returns
// slices data, which must not change afterwards.
func Parse(data []byte) (*File, error) {
	bad := errors.New("codecache: malformed file")
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, bad
	}
	p := data[len(magic):]
	count := binary.LittleEndian.Uint32(p)
	p = p[4:]
	type raw struct {
		name         string
		srcLen       uint32
		srcHash      uint64
		offset, size uint32
	}
	raws := make([]raw, 0, min(int(count), len(p)))
	for i := uint32(0); i < count; i++ {
		if len(p) < 1 || len(p) < 1+int(p[0])+20 {
			return nil, bad
		}
		n := int(p[0])
		r := raw{name: string(p[1 : 1+n])}
		p = p[1+n:]
		r.srcLen = binary.LittleEndian.Uint32(p)
		r.srcHash = binary.LittleEndian.Uint64(p[4:])
		r.offset = binary.LittleEndian.Uint32(p[12:])
		r.size = binary.LittleEndian.Uint32(p[16:])
		p = p[20:]
		raws = append(raws, r)
	}
	f := &File{entries: make(map[string]fileEntry, len(raws))}
	for _, r := range raws {
		end := uint64(r.offset) + uint64(r.size)
		if end > uint64(len(p)) {
			return nil, bad
		}
		f.entries[r.name] = fileEntry{srcLen: r.srcLen, srcHash: r.srcHash, code: p[r.offset:end:end]}
	}
	return f, nil
}

// Code returns the encoded code of module name when the file holds it for
// exactly src, else nil.
func (f *File) Code(name, src string) []byte {
	if f == nil {
		return nil
	}
	e, ok := f.entries[name]
	if !ok || int(e.srcLen) != len(src) || e.srcHash != SourceHash(src) {
		return nil
	}
	return e.code
}

// Names returns the modules in the file, sorted.
func (f *File) Names() []string {
	var names []string
	if f != nil {
		for n := range f.entries {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}
