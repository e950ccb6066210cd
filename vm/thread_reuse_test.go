package vm

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// threadFieldsKept are the fields of a thread state whose values outlive
// its thread: the context and lock, what the next taker sets (limit), what
// is zero or empty once the thread has unwound (depth, top, used, the value
// stack's segments), the frame records and global-name cache, whose
// contents TestThreadReuseFields checks separately, and the count of frames
// made, which only grows (a gc.collect() mark compares it:
// finalize_collect_quiet.go).
var threadFieldsKept = map[string]bool{
	"ctx": true, "lock": true, "limit": true, "depth": true, "top": true,
	"storage": true, "used": true, "spare": true, "pool": true, "globalCache": true,
	"framesMade": true,
}

// dirty sets one part of v to something other than its zero value,
// returning false when it finds nothing it knows how to set.
func dirty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(7)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(7)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
	case reflect.Func:
		v.Set(reflect.MakeFunc(v.Type(), func([]reflect.Value) []reflect.Value {
			out := make([]reflect.Value, v.Type().NumOut())
			for i := range out {
				out[i] = reflect.Zero(v.Type().Out(i))
			}
			return out
		}))
	case reflect.Interface:
		if !reflect.TypeOf(py.Int(1)).Implements(v.Type()) {
			return false
		}
		v.Set(reflect.ValueOf(py.Int(1)))
	case reflect.Array:
		return v.Len() > 0 && dirty(v.Index(0))
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if dirty(field(v, i)) {
				return true
			}
		}
		return false
	default:
		return false
	}
	return true
}

// field is v's field i, settable even when unexported (v is addressable).
func field(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// TestThreadReuseFields: every field of a thread state is either kept for
// the next thread (threadFieldsKept) or emptied by clearForReuse, so that
// a field added later has to choose: each emptied field, set to
// something, comes back zero, and so do the global-name cache's entries
// and the frame records' references.
func TestThreadReuseFields(t *testing.T) {
	th := newThread(nil)
	th.globalCache = new([globalCacheSize]globalEntry)
	th.pool = []*frame{{pooled: true}}
	v := reflect.ValueOf(th).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if !threadFieldsKept[name] {
			require.True(t, dirty(field(v, i)), "field %s: teach dirty to set it", name)
		}
	}
	require.True(t, dirty(reflect.ValueOf(th.globalCache).Elem()))
	require.True(t, dirty(reflect.ValueOf(th.pool[0]).Elem()))
	th.pool[0].pooled = true

	th.clearForReuse()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if !threadFieldsKept[name] {
			require.True(t, field(v, i).IsZero(), "clearForReuse leaves field %s set: clear it, or list it in threadFieldsKept", name)
		}
	}
	require.True(t, reflect.ValueOf(th.globalCache).Elem().IsZero(), "global-name cache entries kept")
	require.Equal(t, &frame{pooled: true, blocks: th.pool[0].blocks}, th.pool[0], "frame record keeps references")
}

// TestThreadStatesReused: threads started one after another take the
// states of the ones that ended (the idle list never grows past
// maxIdleThreads), and a state left with a frame on it is not reused.
func TestThreadStatesReused(t *testing.T) {
	c := &Context{}
	first := c.takeThread()
	c.giveBackThread(first)
	require.Same(t, first, c.takeThread(), "an ended thread's state is taken again")

	var states []*thread
	for i := 0; i < maxIdleThreads+3; i++ {
		states = append(states, c.takeThread())
	}
	for _, s := range states {
		c.giveBackThread(s)
	}
	require.Len(t, c.idle, maxIdleThreads)

	busy := newThread(c)
	busy.depth, busy.used = 1, 3
	c.idle = nil
	c.giveBackThread(busy)
	require.Empty(t, c.idle, "a state with frames on it is left to the collector")
}
