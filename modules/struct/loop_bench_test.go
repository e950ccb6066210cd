package pystruct_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// loopSrc is bench/stdlib/struct_speed.py's hot loops, 100,000 records:
// struct.unpack over a list of 16-byte records and Struct.unpack_from
// over one buffer, the results not kept.
const loopSrc = `
import struct
FMT = "<IHHQ"
recs = [struct.pack(FMT, i * 2654435761 & 0xFFFFFFFF, i & 0xFFFF, i & 0xFFFF, 1700000000000000000 + i * 1000003) for i in range(4096)] * 25
buf = b"".join(recs)

def hot(recs, s, buf):
    unpack = struct.unpack
    for rec in recs:
        v = unpack(FMT, rec)
    for off in range(0, len(buf), 16):
        v = s.unpack_from(buf, off)

hot(recs, struct.Struct(FMT), buf)
`

// BenchmarkUnpackLoop is struct's cost as seen from Python, the
// interpreter's loop included: go test -run '^$' -bench UnpackLoop
// -cpuprofile cpu.out ./modules/struct/ says which part is whose.
func BenchmarkUnpackLoop(b *testing.B) {
	for b.Loop() {
		pytesting.MustRun(b, loopSrc)
	}
}
