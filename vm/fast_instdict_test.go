package vm

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestSmallDictsProbe: the layout probe accepts this Go's maps, so the
// instance attribute paths use the slot reads (a failed probe would only
// make them slower, silently).
func TestSmallDictsProbe(t *testing.T) {
	if !smallDicts {
		t.Fatal("probeSmallDicts rejected this Go's map layout: instance dicts take the slow path")
	}
}

// TestInstDictAgreesWithMap drives a map through random stores, deletes,
// clears and growth, and checks instDictGet and instDictReplace against
// the map's own answers after each step, with a shared entry whose slot
// hint goes stale.
func TestInstDictAgreesWithMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	names := make([]string, 14)
	for i := range names {
		names[i] = fmt.Sprintf("attr%d", i%10) + string(rune('a'+i))
	}
	for round := 0; round < 200; round++ {
		d := py.StringDict{}
		entries := make([]attrEntry, len(names))
		for i := range entries {
			entries[i].slot = -1
		}
		for step := 0; step < 60; step++ {
			k := rng.Intn(len(names))
			name := names[k]
			switch op := rng.Intn(10); {
			case op < 5:
				v := py.Int(step)
				if !instDictReplace(d, &entries[k], name, v) {
					d[name] = v
				}
			case op < 8:
				delete(d, name)
			case op < 9:
				// a copy of the name, not the same string
				name = string(append([]byte(nil), name...))
				d[name] = py.Int(-step)
			default:
				if rng.Intn(4) == 0 {
					clear(d)
				}
			}
			for i, n := range names {
				want, wok := d[n]
				got, gok := instDictGet(d, &entries[i], n)
				if wok != gok || want != got {
					t.Fatalf("round %d step %d: %s: got %v %v, map has %v %v", round, step, n, got, gok, want, wok)
				}
			}
		}
	}
}
