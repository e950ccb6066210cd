// Package nsorder keeps the insertion order of an instance's __dict__.
// gpython stores it as a Go map (py.StringDict), which has no order, and
// CPython 3.6 shows it in the order attributes were added (vars(obj),
// print(obj.__dict__), json.dumps(vars(obj)), {**obj.__dict__}).
//
// Two halves keep this cheap. Writing: the loop reports each attribute it
// adds to an instance (Added), which appends the name to a log kept in
// the instance itself, so nothing outlives the instance and nothing is
// allocated beyond the log. Reading: readers see only the map, so when
// Python code fetches an instance's __dict__ (Published), the map is
// registered with a weak pointer to its instance; Keys finds the log
// through it. A map never published, and keys no Added reported (a Go
// module writing the map), come out sorted, after the logged ones.
package nsorder

import (
	"sort"
	"strings"
	"sync"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"
)

// sep ends each name in an instance's log. A Python attribute name held
// in an instance dict cannot contain it in practice (setattr with such a
// name still works: the name is then left out of the log, and sorted).
const sep = "\x00"

// The log lives in the instance's Doc field: an instance is a *py.Type
// whose type-only fields gpython leaves unused (a class's docstring is
// its own Doc, never an instance's).

// Added notes that key has just been added to inst's __dict__ (it was
// not there before the store).
func Added(inst *py.Type, key string) {
	if strings.Contains(key, sep) {
		return
	}
	inst.Doc += key + sep
	if len(inst.Doc) > 64*len(inst.Dict)+1024 {
		// Attributes set and deleted over and over: keep the live ones.
		inst.Doc = strings.Join(live(inst.Dict, inst.Doc), sep) + sep
	}
}

// owners maps a published __dict__ (its map header's address) to its
// instance, weakly: the registry keeps no instance alive.
var (
	mu        sync.Mutex
	owners    = map[uintptr]weak.Pointer[py.Type]{}
	swept     = 64 // registry size after the last sweep, at least 64
	mapHeader = func(d py.StringDict) uintptr { return uintptr(*(*unsafe.Pointer)(unsafe.Pointer(&d))) }
)

// Published notes that inst's __dict__ has been handed to Python code,
// so that Keys can find its order.
func Published(inst *py.Type) {
	if inst.Doc == "" {
		return
	}
	id := mapHeader(inst.Dict)
	mu.Lock()
	defer mu.Unlock()
	if w, ok := owners[id]; ok && w.Value() == inst {
		return
	}
	owners[id] = weak.Make(inst)
	if len(owners) > 2*swept {
		sweep()
	}
}

// sweep drops the registry entries of collected instances (and of maps an
// instance no longer uses); mu is held. Sweeping when the registry has
// doubled keeps its cost linear in the publications.
func sweep() {
	for k, w := range owners {
		if o := w.Value(); o == nil || mapHeader(o.Dict) != k {
			delete(owners, k)
		}
	}
	swept = max(len(owners), 64)
}

// Keys returns d's keys: in insertion order when d is a published
// instance __dict__, then any others sorted.
func Keys(d py.StringDict) []string {
	id := mapHeader(d)
	mu.Lock()
	w, ok := owners[id]
	mu.Unlock()
	if !ok {
		return Sorted(d)
	}
	inst := w.Value()
	if inst == nil || mapHeader(inst.Dict) != id {
		return Sorted(d)
	}
	out := live(d, inst.Doc)
	if len(out) < len(d) {
		known := make(map[string]bool, len(out))
		for _, k := range out {
			known[k] = true
		}
		rest := make([]string, 0, len(d)-len(out))
		for k := range d {
			if !known[k] {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		out = append(out, rest...)
	}
	return out
}

// Sorted returns d's keys sorted, as Python sorts str.
func Sorted(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// live reads a log: the names d still holds, each at its last
// occurrence.
func live(d py.StringDict, log string) []string {
	names := strings.Split(strings.TrimSuffix(log, sep), sep)
	seen := make(map[string]bool, len(d))
	out := make([]string, 0, len(d))
	for i := len(names) - 1; i >= 0; i-- {
		k := names[i]
		if k == "" && log == "" || seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := d[k]; ok {
			out = append(out, k)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
