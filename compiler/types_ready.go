package compiler

import "github.com/go-python/gpython/py"

// gpython readies the types py.NewType makes only in its own package's
// init (py.TypeDelayReady), which has run before this package's variables
// exist: without an MRO, Lookup finds none of their methods (async for
// over an async generator found no __aiter__). This package readies its
// own.
func init() {
	for _, t := range []*py.Type{
		wrappedValueType, asyncGenType, asendType, athrowType,
		asyncForType, asyncWithType, boundSpecialType,
		coroutineType, coroutineWrapperType, pendingStoreType, pendingCallType,
	} {
		if t.Mro == nil {
			if err := t.Ready(); err != nil {
				panic(err)
			}
		}
	}
}
