package doctest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// python3Timeout bounds one replay of a group under python3.
const python3Timeout = 2 * time.Minute

// replayScript runs a fixture and then examples in one namespace, each
// example compiled in single mode as doctest does, and prints as JSON what
// each one wrote to stdout and the last line of its traceback, if any.
const replayScript = `
import io, json, sys, traceback
req = json.load(sys.stdin)
ns = {"__name__": "__main__", "fixture_dir": req["fixture_dir"]}
real_stdout = sys.stdout

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
    return {"out": buf.getvalue(), "exc": exc}

result = {"fixture": None, "examples": []}
if req["fixture"] is not None:
    result["fixture"] = run(req["fixture"], req["fixture_name"], "exec")["exc"]
for src in req["examples"]:
    result["examples"].append(run(src, "<doctest>", "single"))
json.dump(result, real_stdout)
`

// python3Output is the expected output of one build-dependent example.
type python3Output struct {
	want string // expected output, from python3
	skip string // why it cannot be checked (no python3)
	err  string // why the replay failed
}

// replayRequest is the JSON the replay script reads.
type replayRequest struct {
	FixtureDir  string   `json:"fixture_dir"`
	Fixture     *string  `json:"fixture"`
	FixtureName string   `json:"fixture_name"`
	Examples    []string `json:"examples"`
}

// replayResult is the JSON the replay script writes.
type replayResult struct {
	Fixture  *string `json:"fixture"`
	Examples []struct {
		Out string  `json:"out"`
		Exc *string `json:"exc"`
	} `json:"examples"`
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
	req := replayRequest{FixtureDir: r.tmp}
	src, file, ok, err := r.fixture(groupName)
	if err != nil {
		return nil, err
	}
	if ok {
		req.Fixture, req.FixtureName = &src, file
	}
	for _, i := range idx {
		req.Examples = append(req.Examples, examples[i].Source)
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), python3Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-I", "-W", "ignore", "-c", replayScript)
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("python3 replay of group %q failed: %v: %s", groupName, err, strings.TrimSpace(stderr.String()))
	}
	var res replayResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("python3 replay of group %q: bad output: %v", groupName, err)
	}
	if len(res.Examples) != len(idx) {
		return nil, fmt.Errorf("python3 replay of group %q: %d results for %d examples", groupName, len(res.Examples), len(idx))
	}
	if res.Fixture != nil {
		return nil, fmt.Errorf("python3 replay of group %q: fixture raised %s", groupName, strings.TrimSpace(*res.Fixture))
	}
	return &res, nil
}
