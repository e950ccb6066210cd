package _ssl

// Hooks for the external tests of the error contract, constants, RAND,
// ASN.1 and path helpers (package _ssl_test).
var (
	ProbePEM      = probePEM
	ErrQueueEmpty = errQueueEmpty
	LibName       = libName
	ReasonName    = reasonName
)

// ErrNumberOfReasons is the size of the generated reason table.
func ErrNumberOfReasons() int { return len(reasonNames()) }
