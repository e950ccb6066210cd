package doctest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// python3Timeout bounds one replay of a group under python3.
const python3Timeout = 2 * time.Minute

// replayScript runs a fixture and then examples in one namespace, each
// example compiled in single mode as doctest does, and writes what each one
// printed to stdout and the last line of its traceback, if any. Requests
// and results are sequences of fields (field.go): the request is the
// fixture directory, the fixture's source (absent when there is none), its
// file name and the examples; the result is the fixture's exception line
// (absent when it ran), then each example's output and exception line.
const replayScript = `
import io, sys, traceback
inp = sys.stdin.buffer

def field():
    head = inp.readline().strip()
    if head == b"-":
        return None
    return inp.read(int(head)).decode("utf-8", "replace")

def put(s):
    if s is None:
        out.write(b"-\n")
    else:
        b = s.encode("utf-8", "surrogatepass")
        out.write(b"%d\n" % len(b) + b)

fixture_dir, fixture, fixture_name = field(), field(), field()
examples = [field() for _ in range(int(field()))]
ns = {"__name__": "__main__", "fixture_dir": fixture_dir}
real_stdout = sys.stdout
out = io.BytesIO()

def run(src, name, mode):
    buf = io.StringIO()
    sys.stdout = buf
    try:
        exec(compile(src, name, mode), ns)
        exc = None
    except BaseException as e:
        exc = traceback.format_exception_only(type(e), e)[-1]
    finally:
        sys.stdout = real_stdout
    return buf.getvalue(), exc

put(None if fixture is None else run(fixture, fixture_name, "exec")[1])
for src in examples:
    got, exc = run(src, "<doctest>", "single")
    put(got)
    put(exc)
real_stdout.flush()
sys.stdout.buffer.write(out.getvalue())
`

// python3Output is the expected output of one build-dependent example.
type python3Output struct {
	want string // expected output, from python3
	skip string // why it cannot be checked (no python3)
	err  string // why the replay failed
}

// replayResult is what the replay script writes: the fixture's exception
// line (nil when it ran) and each example's output and exception line.
type replayResult struct {
	Fixture  *string
	Examples []replayExample
}

type replayExample struct {
	Out string
	Exc *string
}

// python3Outputs computes, for every example planned as ActionPython3, the
// output python3 prints for it when its group (fixture, then every example
// gpython runs in that group, in order) is replayed under python3. It runs
// python3 once per group that needs it.
func (r *runner) python3Outputs(examples []Example, plans []plan) []python3Output {
	out := make([]python3Output, len(examples))
	byGroup := map[string][]int{} // group -> indexes of the examples gpython runs
	need := map[string]bool{}
	var order []string
	for i := range examples {
		if !plans[i].runs() {
			continue
		}
		g := examples[i].Group
		if _, seen := byGroup[g]; !seen {
			order = append(order, g)
		}
		byGroup[g] = append(byGroup[g], i)
		if plans[i].action == ActionPython3 {
			need[g] = true
		}
	}
	if len(need) == 0 {
		return out
	}
	bin := r.opts.Python3
	if bin == "" {
		bin, _ = exec.LookPath("python3")
	}
	for _, g := range order {
		if !need[g] {
			continue
		}
		idx := byGroup[g]
		set := func(o python3Output) {
			for _, i := range idx {
				if plans[i].action == ActionPython3 {
					out[i] = o
				}
			}
		}
		if bin == "" {
			set(python3Output{skip: "build-dependent output, and python3 not found to check it"})
			continue
		}
		res, err := r.replay(bin, g, examples, idx)
		if err != nil {
			set(python3Output{err: err.Error()})
			continue
		}
		for k, i := range idx {
			o := res.Examples[k]
			want := o.Out
			if want != "" && !strings.HasSuffix(want, "\n") {
				want += "\n"
			}
			if o.Exc != nil {
				want = "Traceback (most recent call last):\n" + *o.Exc
			}
			out[i] = python3Output{want: want}
		}
	}
	return out
}

// replay runs the group's fixture and the examples idx under python3.
func (r *runner) replay(bin, groupName string, examples []Example, idx []int) (*replayResult, error) {
	src, file, ok, err := r.fixture(groupName)
	if err != nil {
		return nil, err
	}
	var in bytes.Buffer
	putField(&in, &r.tmp)
	if ok {
		putField(&in, &src)
	} else {
		putField(&in, nil)
	}
	putField(&in, &file)
	n := strconv.Itoa(len(idx))
	putField(&in, &n)
	for _, i := range idx {
		putField(&in, &examples[i].Source)
	}
	ctx, cancel := context.WithTimeout(context.Background(), python3Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-I", "-W", "ignore", "-c", replayScript)
	cmd.Stdin = &in
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("python3 replay of group %q failed: %v: %s", groupName, err, strings.TrimSpace(stderr.String()))
	}
	res, err := readReplay(stdout.Bytes(), len(idx))
	if err != nil {
		return nil, fmt.Errorf("python3 replay of group %q: bad output: %v", groupName, err)
	}
	if len(res.Examples) != len(idx) {
		return nil, fmt.Errorf("python3 replay of group %q: %d results for %d examples", groupName, len(res.Examples), len(idx))
	}
	if res.Fixture != nil {
		return nil, fmt.Errorf("python3 replay of group %q: fixture raised %s", groupName, strings.TrimSpace(*res.Fixture))
	}
	return res, nil
}

// readReplay parses the replay script's output for n examples.
func readReplay(b []byte, n int) (*replayResult, error) {
	var res replayResult
	var err error
	if res.Fixture, b, err = nextField(b); err != nil {
		return nil, err
	}
	for range n {
		var out, exc *string
		if out, b, err = nextField(b); err != nil {
			return nil, err
		}
		if exc, b, err = nextField(b); err != nil {
			return nil, err
		}
		if out == nil {
			return nil, errors.New("example output missing")
		}
		res.Examples = append(res.Examples, replayExample{Out: *out, Exc: exc})
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%d bytes after the last result", len(b))
	}
	return &res, nil
}
