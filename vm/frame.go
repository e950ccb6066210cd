package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// frame is one activation of a code object. Ordinary calls take their
// storage from the thread's value stack and their record from its pool, so
// a call allocates nothing; a generator's frame owns heap storage and is
// mirrored into the *py.Frame that py.Generator resumes.
type frame struct {
	c *code
	// ins is what the loop runs: c.ins, or while the frame is traced
	// the instrumented copy (trace_hooks.go), so that tracing one
	// frame never writes to the code other frames and interpreters
	// share.
	ins      []instr
	pc       int           // next instruction
	fast     []py.Object   // locals, then cells, then free variables
	stack    []py.Object   // the value stack; stack[:sp] is live
	sp       int           //
	blocks   []py.TryBlock // loops, try blocks and except handlers; Handler is an instruction index
	globals  py.StringDict
	locals   py.StringDict // the namespace of module, class and exec code; nil in functions
	builtins py.StringDict
	ctx      py.Context
	back     *frame    // the calling frame on this thread
	gen      *py.Frame // the generator's frame, or nil
	line     int32     // line of the instruction that raised, for tracebacks
	pooled   bool      // the record belongs to the thread's pool
	saved    []py.Object
	savedSP  int
	tbFrame  *py.Frame            // the snapshot tracebacks through this activation share
	inline   bool                 // called by the loop itself (inlineCall): returns into back
	callBase int                  // for an inline frame, the caller's stack level of the call
	initSelf py.Object            // for an inline __init__ of a class call, the instance (fast_classcall.go)
	yielded  bool                 // run ended at a yield
	throwing error                // an exception generator.throw() raises at the yield
	loopMark uint64               // thread's gensMade at the last SETUP_LOOP (generator_close.go)
	sink     func(py.Object) bool // a generator drained from Go: takes yielded values (generator_drain.go)

	// A generator frame resumed by FOR_ITER in its caller's loop
	// (generator_inline.go): the generator, the loop's exit and the
	// caller's exception state to restore when it yields or ends.
	genObj    *py.Generator
	forExit   int
	callerExc [3]py.Object
}

func (f *frame) push(o py.Object) {
	f.stack[f.sp] = o
	f.sp++
}

// pushItem pushes v, the next item of the iterator of the FOR_ITER just
// run (or of the generator it resumed), or, when the next instruction is
// the STORE_FAST of a for loop's target, stores it in that local and
// moves past that instruction: one dispatch less per item. A STORE_FAST
// the tracer has instrumented is an opTRACE here and runs as it is.
func (f *frame) pushItem(v py.Object) {
	if in := f.ins[f.pc]; in.op == opSTORE_FAST && trackedGens.Load() == 0 {
		f.fast[in.arg] = v
		f.pc++
		if nx := f.ins[f.pc]; nx.op == opLOAD_FAST && nx.arg == in.arg {
			// for x in ...: x...: the target's LOAD_FAST too.
			f.stack[f.sp] = v
			f.sp++
			f.pc++
		}
		return
	}
	f.stack[f.sp] = v
	f.sp++
}

func (f *frame) pop() py.Object {
	f.sp--
	o := f.stack[f.sp]
	f.stack[f.sp] = nil
	return o
}

func (f *frame) top() py.Object { return f.stack[f.sp-1] }

// lineno is the source line of the instruction being executed.
func (f *frame) lineno() int32 {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	return f.c.lines[pc]
}

// pyFrame makes a *py.Frame describing f, for tracebacks and gpython APIs
// that take one; it shares f's local storage.
func (f *frame) pyFrame() *py.Frame {
	if f.gen != nil {
		return f.gen
	}
	nl := f.c.nlocals
	return &py.Frame{
		Context:         f.ctx,
		Code:            f.c.py,
		Builtins:        f.builtins,
		Globals:         f.globals,
		Locals:          f.locals,
		LocalVars:       f.fast[:nl:nl],
		CellAndFreeVars: f.fast[nl:],
		Localsplus:      f.fast,
		Lasti:           f.c.offsets[max(f.pc-1, 0)],
	}
}

// thread is the state of one Python thread: its frames, its value stack
// and the exception being handled (sys.exc_info()).
type thread struct {
	ctx py.Context
	// nextCache: FOR_ITER's __next__ lookup (fast_for_iter.go)
	nextCache nextCache
	sink      func(py.Object) bool // for the next resume only (generator_drain.go)
	depth     int
	limit     int
	top       *frame
	// overflowed: recovering from a RecursionError (recursion_guard.go)
	overflowed bool

	// ident is the goroutine the state is bound to (threads.go);
	// transient marks a state made for a call from a goroutine that has
	// none, dropped when that call ends.
	ident     int64
	transient bool
	atExit    []func()  // AtThreadExit's functions
	lock      *gil.Lock // the context's interpreter lock; nil for other contexts

	// The exception currently being handled, as the (type, value,
	// traceback) triple the except-handler protocol pushes; nil when
	// none.
	excType, excValue, excTb py.Object

	codes [codeCacheSize]struct {
		co *py.Code
		c  *code
	} // recently called code objects, direct-mapped by address

	attrs      attrCache       // class-attribute lookups (attrcache.go)
	classCalls classCallCache  // plain classes' __init__ (fast_classcall.go)
	types      typeMethodCache // Go methods found in type dicts (fast_typemethod.go)

	modCalls  moduleCallCache // modules' Go functions called (fast_gocall.go)
	constKeys constKeyCache   // constant-key dict displays (fast_display.go)

	excClasses [excClassCacheSize]excClassEntry // plainExceptionClass's answers (exceptions.go)
	excMatches excMatchCache                    // except clauses' answers (fast_excmatch.go)

	globalCache *[globalCacheSize]globalEntry // global-name lookups (global_cache.go), made on first use

	intSlab  *[intSlabSize]py.Int // where the loop's int sums are boxed (fast_int_slab.go)
	intsUsed int                  // slots of intSlab handed out

	// uninterruptible leaves a pending Ctrl-C for the script while the
	// context sets itself up (sys.go).
	uninterruptible bool

	// prepared maps the namespace of each class body running on this
	// thread whose metaclass's __prepare__ gave a mapping of its own to
	// that mapping (class_creation.go).
	prepared map[uintptr]py.Object

	storage []py.Object // current segment of the value stack
	used    int         // slots of storage in use
	spare   []py.Object // the last segment given back, cleared, for the next growth
	pool    []*frame    // frame records, reused by depth
	// framesMade counts newFrame's frames: unchanged, no Python function
	// ran (finalize_collect_quiet.go)
	framesMade uint64

	// gensMade counts the generators created on the thread, lastGen is
	// the latest's address (generator_close.go): an address, not a
	// pointer, so that the thread does not keep it, its frame and the
	// frames and globals that frame reaches alive.
	gensMade uint64
	lastGen  uintptr
	// ownArg is the iterator the generator expression about to be
	// created owns, or nil.
	ownArg *py.Generator
	// droppedGens says that a frame released since the last check held
	// a suspended cleanup generator (generator_finalize.go).
	droppedGens bool
	// retDrops holds the first of the retDropsN values those frames
	// dropped, for the sweep to look for elsewhere (finalize_reach.go).
	retDrops  [4]py.Object
	retDropsN int
	// returning is the value the frame being released returns: a local
	// holding it is not dropped (generator_finalize.go)
	returning py.Object
	// heldLocals is the f_locals dict of a frame released since the last
	// sweep, kept through that sweep's first collection
	// (finalize_frame_locals.go)
	heldLocals *Dict
	// dropOrder names, by address, the instances a container let go of
	// at once, in the order their __del__ runs (finalize_cleared.go)
	dropOrder  [4]uintptr
	dropOrderN int

	// tr is the thread's trace and profile functions while their events
	// fire; nil when none is set or one is running (trace_hooks.go).
	tr *traceState
}

const (
	defaultRecursionLimit = 1000
	// maxRecursionLimit bounds the Go stack the loop may use whatever
	// sys.setrecursionlimit says: deeper recursion is a RecursionError,
	// never a Go stack overflow.
	maxRecursionLimit = 100000
	// A thread's value stack starts with a segment of firstSegmentSize
	// slots, and each further one doubles up to segmentSize: most threads
	// (a server's per-connection handler) stay a few frames deep, and a
	// 256 KiB segment for each was a large allocation and a collection's
	// worth of heap growth every few connections.
	firstSegmentSize = 1 << 10
	segmentSize      = 16 << 10
)

func newThread(ctx py.Context) *thread {
	t := &thread{ctx: ctx, limit: defaultRecursionLimit}
	if c, ok := ctx.(*Context); ok {
		t.lock = c.gil
	}
	return t
}

// newFrame returns a frame for c taking its storage from the thread's value
// stack; release gives the storage back.
func (t *thread) newFrame(c *code, globals, locals py.StringDict, ctx py.Context) *frame {
	n := c.nfast + c.stacksize
	t.framesMade++
	var f *frame
	if t.depth < len(t.pool) {
		f = t.pool[t.depth]
	} else {
		f = &frame{pooled: true}
		t.pool = append(t.pool, f)
	}
	f.saved, f.savedSP = nil, t.used
	if t.used+n > len(t.storage) {
		f.saved = t.storage
		t.storage = t.newSegment(n)
		t.used = 0
	}
	mem := t.storage[t.used : t.used+n : t.used+n]
	t.used += n
	f.c = c
	f.ins = c.ins
	f.pc = 0
	f.fast = mem[:c.nfast:c.nfast]
	f.stack = mem[c.nfast:]
	f.sp = 0
	f.blocks = f.blocks[:0]
	f.globals = globals
	f.locals = locals
	f.builtins = t.builtinsFor(ctx, globals)
	f.ctx = ctx
	f.gen = nil
	f.tbFrame = nil
	return f
}

// release clears f's storage and returns it to the thread. The
// activation's snapshot, if one was made, keeps the line it ended on and
// its caller; one that Python code was given (sharedFrame) also keeps
// copies of its locals.
func (t *thread) release(f *frame) {
	if pf := f.tbFrame; pf != nil {
		pf.Lasti = f.c.offsets[max(f.pc-1, 0)]
		// The frame object keeps its variables (f_locals) and its
		// caller (f_back), in one allocation: the locals, then the link.
		n := len(f.fast)
		// Its f_locals dict, if locals() or f_locals made one, goes with
		// it too (frame_locals_drop.go).
		d := detachFrameLocals(pf)
		keep := make([]py.Object, n, n+2)
		copy(keep, f.fast)
		if f.back != nil || d != nil {
			var back *py.Frame
			if f.back != nil {
				back = f.back.tracebackFrame()
			}
			keep = append(keep, callerLink{back: back})
			if d != nil {
				keep = append(keep, d)
				t.localsDictDropped(f, d)
			}
			pf.Stack = keep[n:len(keep):len(keep)]
		}
		pf.Localsplus = keep[:n:n]
		nl := min(f.c.nlocals, n)
		pf.LocalVars = pf.Localsplus[:nl:nl]
		pf.CellAndFreeVars = pf.Localsplus[nl:]
	}
	if trackedGens.Load() != 0 && f.gen == nil && t.returnDropsGenerator(f) {
		t.droppedGens = true
	}
	t.returning = nil
	clearSlots(f.fast)
	// The slots above sp are nil already: every instruction that pops
	// clears the slot it leaves (pop, unwindTo), builtin calls included.
	clearSlots(f.stack[:f.sp])
	if f.saved != nil {
		// Every frame above f has cleared its slots: the segment f began
		// is empty, kept so that a call crossing the same boundary again
		// does not allocate.
		if len(t.storage) > len(t.spare) {
			t.spare = t.storage
		}
		t.storage = f.saved
	}
	t.used = f.savedSP
	f.saved = nil
	f.inline = false
	f.initSelf = nil
	f.tbFrame = nil
	f.fast, f.stack = nil, nil
	f.globals, f.locals, f.builtins = nil, nil, nil
	f.back = nil
}

// newSegment returns an empty value-stack segment of at least n slots:
// the spare one when it is large enough, else a new one twice the size of
// the current segment, from firstSegmentSize up to segmentSize.
func (t *thread) newSegment(n int) []py.Object {
	if len(t.spare) >= n {
		s := t.spare
		t.spare = nil
		return s
	}
	size := min(max(2*len(t.storage), firstSegmentSize), segmentSize)
	return make([]py.Object, max(size, n))
}

// clearSlots sets s's slots to nil. A frame's slots are few and mostly
// nil already (the stack above its high-water mark): testing each one
// costs less than clear's bulk write-barrier path for so few.
func clearSlots(s []py.Object) {
	for i := range s {
		if s[i] != nil {
			s[i] = nil
		}
	}
}

// newGenFrame returns a frame with heap storage, for generator code. The
// frame itself is a value: the generator keeps its storage, not the
// record (newGenerator), so the caller's copy need not be allocated.
func (t *thread) newGenFrame(c *code, globals py.StringDict, ctx py.Context) frame {
	mem := make([]py.Object, c.nfast+c.stacksize)
	return frame{
		c:        c,
		ins:      c.ins,
		fast:     mem[:c.nfast:c.nfast],
		stack:    mem[c.nfast:],
		globals:  globals,
		builtins: t.builtinsFor(ctx, globals),
		ctx:      ctx,
	}
}

// builtinsFor is the builtins namespace of a new frame running with
// globals: the calling frame's when it runs with the same globals (as
// CPython's frames take their caller's), else builtinsOf's look-up.
func (t *thread) builtinsFor(ctx py.Context, globals py.StringDict) py.StringDict {
	if b := t.top; b != nil && sameMap(b.globals, globals) && b.ctx == ctx {
		return b.builtins
	}
	return builtinsOf(ctx, globals)
}

// builtinsOf is the builtins namespace for code running with globals.
func builtinsOf(ctx py.Context, globals py.StringDict) py.StringDict {
	if b, ok := globals["__builtins__"]; ok {
		switch b := b.(type) {
		case py.StringDict:
			return b
		case *py.Module:
			return b.Globals
		}
		if d, ok := pyutil.Unwrap(b).(*Dict); ok {
			return mirroredNamespace(d)
		}
		return opaqueBuiltins // exec_namespace.go
	}
	return ctx.Store().Builtins.Globals
}

// sharedFrame is the frame object standing for this activation, for
// sys._getframe and tracebacks alike: a generator's own frame, else the
// activation's snapshot (tracebackFrame) with its locals.
func (f *frame) sharedFrame() *py.Frame {
	if f.gen != nil {
		return f.gen
	}
	pf := f.tracebackFrame()
	if pf.Localsplus == nil {
		nl := f.c.nlocals
		pf.LocalVars = f.fast[:nl:nl]
		pf.CellAndFreeVars = f.fast[nl:]
		pf.Localsplus = f.fast
	}
	return pf
}

// liveFrame is the running activation pf stands for, on the current
// thread or another one (sys._current_frames), or nil once it has
// finished.
func liveFrame(pf *py.Frame) *frame {
	if pf.Context == nil {
		return nil
	}
	t := threadOf(pf.Context)
	if f := t.activationOf(pf); f != nil {
		return f
	}
	return otherThreadsActivation(pf.Context, t, pf)
}

// activationOf is the activation of t's stack that pf stands for.
func (t *thread) activationOf(pf *py.Frame) *frame {
	for f := t.top; f != nil; f = f.back {
		if f.tbFrame == pf || f.gen == pf {
			return f
		}
	}
	return nil
}

// frameLineno is f_lineno: the line running now in a live frame, the
// last line run in a finished or suspended one.
func frameLineno(pf *py.Frame) int {
	if f := liveFrame(pf); f != nil {
		return int(f.lineno())
	}
	return int(pf.Code.Addr2Line(pf.Lasti))
}

// frameBack is f_back: the caller of a frame, also after the frame
// returned (CPython keeps it); None for a suspended generator's frame and
// the outermost one.
func frameBack(pf *py.Frame) py.Object {
	if f := liveFrame(pf); f != nil {
		if f.back != nil {
			return f.back.sharedFrame()
		}
		return py.None
	}
	if len(pf.Stack) != 0 {
		if l, ok := pf.Stack[0].(callerLink); ok && l.back != nil {
			return l.back
		}
	}
	return py.None
}

// callerLink is what a finished activation's snapshot keeps of its caller.
// A snapshot never runs, so its Stack (a generator frame's value stack)
// is free to hold it; a running generator's stack never holds this type.
// It is a value of one pointer, which an interface holds without an
// allocation of its own.
type callerLink struct{ back *py.Frame }

var callerLinkType = py.NewType("frame_caller_link", "the caller of a finished frame")

func (callerLink) Type() *py.Type { return callerLinkType }
