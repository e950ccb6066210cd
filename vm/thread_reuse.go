package vm

// Thread states are reused. A state is large (its caches take about
// 28 KiB, the global-name cache 14 KiB more on first use, and its first
// value-stack segment 16 KiB), and a server that starts a thread per
// connection made one each time and left it to the collector: allocation
// and collection were half the CPU of a thread's start and join. An ended
// thread's state goes to its context's idle list and the next thread
// started (or transient state bound) takes it. Its memory is kept, its
// contents are not: the caches are emptied too, since what they hold (a
// global's value, a looked-up attribute) would otherwise outlive the
// thread that used it, keeping the object alive and its weak references'
// callbacks waiting, where CPython frees it.

// maxIdleThreads bounds the states a context keeps: enough for a server's
// handler threads to come and go without allocating, little memory when
// a burst of threads has ended.
const maxIdleThreads = 8

// takeThread returns a state for a new thread of c: an idle one, or a new
// one.
func (c *Context) takeThread() *thread {
	c.tmu.Lock()
	defer c.tmu.Unlock()
	return c.takeThreadLocked()
}

// takeThreadLocked is takeThread for a caller holding c.tmu.
func (c *Context) takeThreadLocked() *thread {
	if n := len(c.idle); n > 0 {
		t := c.idle[n-1]
		c.idle[n-1] = nil
		c.idle = c.idle[:n-1]
		return t
	}
	return newThread(c)
}

// giveBackThread puts the state of a thread that has ended in c's idle
// list.
func (c *Context) giveBackThread(t *thread) {
	c.tmu.Lock()
	defer c.tmu.Unlock()
	c.idleLocked(t)
}

// idleLocked is giveBackThread for a caller holding c.tmu. A state that
// did not unwind to its bottom (a frame still on it) is left to the
// collector.
func (c *Context) idleLocked(t *thread) {
	if t.depth != 0 || t.used != 0 || t.top != nil || len(c.idle) >= maxIdleThreads {
		return
	}
	t.clearForReuse()
	c.idle = append(c.idle, t)
}

// clearForReuse empties t for its next thread, keeping its memory: the
// caches' arrays, the value stack's segments and the frame records
// (TestThreadReuseFields makes a new field choose).
func (t *thread) clearForReuse() {
	t.sink = nil
	t.overflowed = false
	t.ident, t.transient = 0, false
	t.atExit = nil
	t.excType, t.excValue, t.excTb = nil, nil, nil
	clear(t.codes[:])
	t.attrs = attrCache{}
	t.classCalls = classCallCache{}
	t.types = typeMethodCache{}
	t.modCalls = moduleCallCache{}
	t.constKeys = constKeyCache{}
	t.nextCache = nextCache{}
	clear(t.excClasses[:])
	clear(t.excMatches[:])
	if t.globalCache != nil {
		clear(t.globalCache[:])
	}
	// Boxed ints handed out of the slab may still be in use.
	t.intSlab, t.intsUsed = nil, 0
	t.uninterruptible = false
	t.prepared = nil
	for _, f := range t.pool {
		*f = frame{pooled: true, blocks: f.blocks[:0]}
	}
	t.gensMade, t.lastGen = 0, 0
	t.ownArg = nil
	t.droppedGens = false
	clear(t.retDrops[:])
	t.retDropsN = 0
	t.returning = nil
	t.heldLocals = nil
	clear(t.dropOrder[:])
	t.dropOrderN = 0
	t.tr = nil
}
