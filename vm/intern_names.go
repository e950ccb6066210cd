package vm

import "sync"

// Names shared by every code object.
//
// Each code object has its own copy of the names it uses: `self.balance`
// read in one method and stored in another, or in __init__, are two
// strings with the same bytes at two addresses. Go compares strings by
// length, then address, then bytes, so an instance-dict or class-cache
// look-up whose key came from another code object compared the bytes
// every time. decode gives each code the process's one copy of each name
// it uses (code.names), so that a name matches the dict key another code
// stored with one address comparison.
//
// The table only grows. Names are identifiers, so it holds about as many
// as the programs loaded have distinct names; past internMax entries, or
// for names longer than internMaxLen bytes, a code keeps its own copy,
// which compares the same, only slower.

const (
	internMax    = 1 << 16
	internMaxLen = 64
)

// internStart sizes the table for what every start interns: importlib,
// os and site's code gives it 445 names, which a map grown from empty
// reached by doubling its table again and again, and `import ssl` more.
const internStart = 1024

var internTable = struct {
	sync.Mutex
	m map[string]string
}{m: make(map[string]string, internStart)}

// internNames returns names with each one replaced by the table's copy.
func internNames(names []string) []string {
	out := make([]string, len(names))
	internTable.Lock()
	defer internTable.Unlock()
	for i, n := range names {
		if s, ok := internTable.m[n]; ok {
			out[i] = s
			continue
		}
		if len(n) <= internMaxLen && len(internTable.m) < internMax {
			internTable.m[n] = n
		}
		out[i] = n
	}
	return out
}
