package pyexpat

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytes.decode, used for unknown encodings
)

// newTestParser is ParserCreate(encoding, sep) with recording handlers
// for the structural events; events receives one string per call.
func newTestParser(t testing.TB, args py.Tuple, events *[]string) *Parser {
	o, err := parserCreate(nil, args, nil)
	require.NoError(t, err)
	p := o.(*Parser)
	rec := py.MustNewMethod("rec", func(_ py.Object, a py.Tuple) (py.Object, error) {
		if events != nil {
			*events = append(*events, strconv.Itoa(len(a)))
		}
		return py.Int(1), nil
	}, 0, "")
	for i := range p.handlers {
		p.handlers[i] = rec
		p.c.setHandler(i, true)
	}
	return p
}

// parseOutcome parses data in up to two pieces and requires the outcome
// to be success or an ExpatError carrying code, lineno and offset.
func parseOutcome(t testing.TB, p *Parser, data []byte, split int) {
	pieces := [][]byte{data}
	if split > 0 && split < len(data) {
		pieces = [][]byte{data[:split], data[split:]}
	}
	for i, piece := range pieces {
		_, err := parseMethod(p, py.Tuple{py.Bytes(piece), py.NewBool(i == len(pieces)-1)}, nil)
		if err == nil {
			continue
		}
		e, ok := err.(*py.Exception)
		require.True(t, ok, "not a Python exception: %v", err)
		if e.Base == py.LookupError || e.Base == py.ValueError || e.Base == py.UnicodeDecodeError {
			// An encoding declaration naming an unknown or multi-byte
			// codec: CPython raises the codec lookup's error too.
			return
		}
		require.Equal(t, ErrorType, e.Base, "unexpected exception %v", err)
		for _, k := range []string{"code", "lineno", "offset"} {
			require.Contains(t, e.Dict, k)
		}
		require.True(t, strings.Contains(string(e.Args.(py.Tuple)[0].(py.String)), ": line "))
		return
	}
}

// FuzzParse feeds arbitrary bytes to Parse, whole and in two pieces,
// with and without namespaces and text buffering: the only failure
// allowed is ExpatError (or the codec lookup's error for an encoding
// declaration expat does not know, as in CPython).
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`<a x="1"><b>t&amp;</b><!--c--><?pi d?><![CDATA[x]]></a>`,
		`<?xml version="1.0" encoding="latin-1"?><a>` + "\xe9" + `</a>`,
		`<!DOCTYPE a [<!ELEMENT a (b|c)*><!ATTLIST a x CDATA #IMPLIED><!ENTITY e "v"><!ENTITY x SYSTEM "u">]><a>&e;&x;</a>`,
		`<n:a xmlns:n="urn:x" n:y="2"/>`,
		`<a><b></a>`,
		"\xff\xfe<\x00a\x00/\x00>\x00",
		`<?xml version="1.0" encoding="cp1252"?><a>` + "\x80" + `</a>`,
	} {
		f.Add([]byte(s), 0, false)
		f.Add([]byte(s), 5, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, split int, ns bool) {
		args := py.Tuple{}
		if ns {
			args = py.Tuple{py.None, py.String("!")}
		}
		p := newTestParser(t, args, nil)
		p.bufferText = ns
		p.bufferSize = 7
		parseOutcome(t, p, data, split)
	})
}

// rssKB is the process's resident set in KiB (Linux).
func rssKB(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status: cannot measure memory")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	t.Skip("no VmRSS line")
	return 0
}

// TestParsersAreFreed creates 180,000 parsers (one in ten with an
// external-entity child) and requires them to be freed once
// unreachable: the C memory expat holds stays bounded while they are
// made (each parser holds about 8 KiB of it, so 180,000 leaked would be
// 1.4 GiB), the count of live parsers returns to where it was, and the
// resident set levels off.
func TestParsersAreFreed(t *testing.T) {
	doc := []byte(`<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a k="v">text<b/>&e;</a>`)
	var peak int64
	round := func(n int) {
		for i := 0; i < n; i++ {
			o, err := parserCreate(nil, py.Tuple{}, nil)
			require.NoError(t, err)
			p := o.(*Parser)
			parseOutcome(t, p, doc, 0)
			if i%10 == 0 {
				_, err := externalEntityParserCreate(p, py.Tuple{py.String("ctx")}, nil)
				require.NoError(t, err)
			}
			if i%1000 == 0 {
				peak = max(peak, cAllocated())
			}
		}
	}
	// settle collects until the cleanups have freed what is unreachable.
	settle := func(limit int64) int64 {
		var n int64
		for range 100 {
			runtime.GC()
			if n = liveParsers.Load(); n <= limit {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		return n
	}
	start := liveParsers.Load()
	round(20000)
	settle(start + 100)
	before := rssKB(t)
	round(80000)
	live := settle(start + 100)
	round(80000)
	live = max(live, settle(start+100))
	after := rssKB(t)
	t.Logf("live parsers at the end %d (started at %d); peak C memory %d KiB; RSS after 20k parsers %d KiB, after 180k %d KiB",
		live, start, peak>>10, before, after)
	require.LessOrEqual(t, live, start+100, "parsers not freed")
	require.Less(t, peak, int64(128<<20), "expat's C memory reached %d KiB", peak>>10)
	if raceEnabled {
		t.Log("race detector on: its shadow memory grows with every allocation, so the resident set is not checked")
		return
	}
	require.Less(t, after-before, 128*1024, "memory grew by %d KiB over 160,000 parsers", after-before)
}

// TestHandlerErrorStopsParse checks that a handler's exception is what
// Parse raises, that the handlers are dropped and that expat stopped.
func TestHandlerErrorStopsParse(t *testing.T) {
	p := newTestParser(t, py.Tuple{}, nil)
	calls := 0
	p.handlers[hStartElement] = py.MustNewMethod("boom", func(_ py.Object, a py.Tuple) (py.Object, error) {
		calls++
		return nil, py.ExceptionNewf(py.ValueError, "boom")
	}, 0, "")
	_, err := parseMethod(p, py.Tuple{py.Bytes("<a><b/><c/></a>"), py.True}, nil)
	require.Error(t, err)
	require.Equal(t, py.ValueError, err.(*py.Exception).Base)
	require.Equal(t, 1, calls)
	for i := range p.handlers {
		require.Nil(t, p.handlers[i], handlerNames[i])
	}
}
