package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Except clauses' answers, kept per thread.
//
// `except ValueError:` asks whether the class raised is the clause's class
// or a subclass of it: two walks of MROs (the clause's class must derive
// from BaseException, and the raised class from the clause's). A loop that
// raises and catches asks the same question each time. The answer depends
// on nothing but the two classes' MROs, which change only when __bases__
// is assigned; that, like every change of a class the loop sees, moves
// classEpoch (attrcache.go), and an entry is good for the epoch it was
// worked out in only. Errors (a clause naming no exception class) are
// never kept: they are raised again each time.

const excMatchCacheSize = 8

type excMatchEntry struct {
	exc, spec *py.Type
	epoch     uint64
	match     bool
}

// excMatchCache is a thread's direct-mapped table of except-clause
// answers.
type excMatchCache [excMatchCacheSize]excMatchEntry

// excMatch is exceptionMatches(exc, spec) for an except clause run by t:
// from t's cache when both are classes, and clause by clause for a tuple
// (each checked, as exceptionMatches does, so that a bad class late in
// the tuple raises even after a match).
func (t *thread) excMatch(exc, spec py.Object) (bool, error) {
	x, ok := exc.(*py.Type)
	if !ok {
		return exceptionMatches(exc, spec)
	}
	switch s := spec.(type) {
	case *py.Type:
		slot := (uintptr(unsafe.Pointer(x))>>5 ^ uintptr(unsafe.Pointer(s))>>5) % excMatchCacheSize
		e := &t.excMatches[slot]
		epoch := classEpoch.Load()
		if e.exc == x && e.spec == s && e.epoch == epoch {
			return e.match, nil
		}
		m, err := exceptionMatches(x, s)
		if err == nil {
			*e = excMatchEntry{exc: x, spec: s, epoch: epoch, match: m}
		}
		return m, err
	case py.Tuple:
		matched := false
		for _, c := range s {
			m, err := t.excMatch(x, c)
			if err != nil {
				return false, err
			}
			matched = matched || m
		}
		return matched, nil
	}
	return exceptionMatches(exc, spec)
}
