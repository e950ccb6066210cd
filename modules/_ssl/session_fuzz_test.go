package _ssl

import (
	"bytes"
	"errors"
	"runtime"
	"testing"
)

// Sessions are never parsed from bytes here: nothing in the module
// accepts serialized sessions (CPython's SSLSession has no constructor
// and no pickling either). What holds sessions is the setter and the
// connection state around it, so FuzzSessionOps runs a fuzzed sequence of
// operations on connections and sessions against a model of CPython's
// rules.

// sessionOpNames names the operations of FuzzSessionOps, by op % len.
var sessionOpNames = []string{"new", "handshake", "read", "take", "set", "close", "inspect", "gc", "new-with"}

type fuzzSessConn struct {
	p       *pair
	ctx     int  // index of the client context
	done    bool // handshake completed
	offered bool // a session was set before the handshake
	in, out *MemoryBIO
}

func (c *fuzzSessConn) close() {
	c.p.client.Close()
	c.p.server.Close()
	c.in.Close()
	c.out.Close()
}

// FuzzSessionOps interprets ops as operations: make a pair of connections
// on one of two client contexts (optionally offering a pooled session),
// handshake, read (which takes TLS 1.3 tickets in), take the client's or
// the server's session into the pool, set a pooled session on a client or
// server, close, inspect a pooled session, collect garbage. Invariants,
// CPython's rules: setting a session of another context raises
// "Session refers to a different SSLContext.", on a server "Cannot set
// session for server-side SSLSocket.", after the handshake "Cannot set
// session after handshake." (all *ValueError), and otherwise succeeds;
// a handshake with an offered session never fails and reports reuse only
// when one was offered; a session equals itself, its id and times are
// stable; nothing crashes or leaks past the final collection.
func FuzzSessionOps(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 0, 4, 1, 2, 6})
	f.Add([]byte{0, 1, 2, 3, 9, 13, 10, 6, 7})
	f.Add([]byte{0, 1, 3, 4, 4, 5, 7, 8, 1})
	f.Add([]byte{0, 3, 4, 1, 2, 3, 0x0d, 4, 0x14, 6, 0x0f})
	f.Add([]byte{})
	pki, err := connPKIOnce()
	if err != nil {
		f.Fatal(err)
	}
	serverCtx, err := NewContext(ProtocolTLSServer)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { serverCtx.Close() })
	if err := serverCtx.LoadCertChain(pki.server, "", nil); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 48 {
			ops = ops[:48]
		}
		var clientCtxs [2]*Context
		for i := range clientCtxs {
			c, err := NewContext(ProtocolTLSClient)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if err := noVerify(c); err != nil {
				t.Fatal(err)
			}
			clientCtxs[i] = c
		}
		var conns []*fuzzSessConn
		defer func() {
			for _, c := range conns {
				c.close()
			}
		}()
		var pool []*Session
		ids := map[*Session][]byte{}
		newConn := func(ctx int, sess *Session) {
			c2s, err := NewMemoryBIO()
			if err != nil {
				t.Fatal(err)
			}
			s2c, err := NewMemoryBIO()
			if err != nil {
				t.Fatal(err)
			}
			client, err := NewConn(clientCtxs[ctx], ConnConfig{FD: -1, In: s2c, Out: c2s, Session: sess})
			if sess != nil && sess.ctx != clientCtxs[ctx] {
				var ve *ValueError
				if !errors.As(err, &ve) || ve.Msg != "Session refers to a different SSLContext." {
					t.Fatalf("new connection with another context's session: %v", err)
				}
				c2s.Close()
				s2c.Close()
				return
			}
			if err != nil {
				t.Fatalf("new connection (session %v): %v", sess != nil, err)
			}
			server, err := NewConn(serverCtx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, &fuzzSessConn{p: &pair{client: client, server: server, c2s: c2s, s2c: s2c},
				ctx: ctx, offered: sess != nil, in: c2s, out: s2c})
		}
		for _, b := range ops {
			op, arg := int(b)%len(sessionOpNames), int(b)/len(sessionOpNames)
			var last *fuzzSessConn
			if len(conns) > 0 {
				last = conns[len(conns)-1]
			}
			var pooled *Session
			if len(pool) > 0 {
				pooled = pool[arg%len(pool)]
			}
			switch sessionOpNames[op] {
			case "new":
				newConn(arg%2, nil)
			case "new-with":
				newConn(arg%2, pooled)
			case "handshake":
				if last == nil {
					continue
				}
				cerr, serr := last.p.handshake()
				if cerr != nil || serr != nil {
					t.Fatalf("handshake (session offered %v): client %v, server %v", last.offered, cerr, serr)
				}
				last.done = true
				if last.p.client.SessionReused() && !last.offered {
					t.Fatal("a session was reused that was never offered")
				}
			case "read":
				if last == nil || !last.done {
					continue
				}
				buf := make([]byte, 64)
				for _, c := range []*Conn{last.p.client, last.p.server} {
					if _, err := c.Read(buf); err != nil && !isWant(err) {
						t.Fatalf("read after the handshake: %v", err)
					}
				}
			case "take":
				if last == nil {
					continue
				}
				c := last.p.client
				if arg%2 == 1 {
					c = last.p.server
				}
				if s := c.Session(); s != nil {
					if s.Context() != c.Context() {
						t.Fatal("a session does not record its connection's context")
					}
					pool = append(pool, s)
					ids[s] = s.ID()
				} else if last.done && c == last.p.server {
					t.Fatal("a server has no session after its handshake")
				}
			case "set":
				if last == nil || pooled == nil {
					continue
				}
				server := arg%2 == 1
				c := last.p.client
				if server {
					c = last.p.server
				}
				err := c.SetSession(pooled)
				want := ""
				switch {
				case pooled.ctx != c.Context():
					want = "Session refers to a different SSLContext."
				case server:
					want = "Cannot set session for server-side SSLSocket."
				case last.done:
					want = "Cannot set session after handshake."
				}
				var ve *ValueError
				switch {
				case want == "" && err != nil:
					t.Fatalf("SetSession: %v", err)
				case want != "" && (!errors.As(err, &ve) || ve.Msg != want):
					t.Fatalf("SetSession: got %v, want ValueError %q", err, want)
				case want == "":
					last.offered = true
				}
			case "close":
				if last == nil {
					continue
				}
				last.close()
				conns = conns[:len(conns)-1]
			case "inspect":
				if pooled == nil {
					continue
				}
				if !pooled.Equal(pooled) {
					t.Fatal("a session is not equal to itself")
				}
				if !bytes.Equal(pooled.ID(), ids[pooled]) {
					t.Fatal("a session's id changed")
				}
				if pooled.Time() <= 0 || pooled.Timeout() < 0 || pooled.TicketLifetimeHint() < 0 {
					t.Fatalf("session times: %d %d %d", pooled.Time(), pooled.Timeout(), pooled.TicketLifetimeHint())
				}
				_ = pooled.HasTicket()
				for _, o := range pool {
					if pooled.Equal(o) != o.Equal(pooled) {
						t.Fatal("Equal is not symmetric")
					}
				}
			case "gc":
				runtime.GC()
			}
		}
	})
}
