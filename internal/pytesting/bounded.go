package pytesting

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Bound limits one child process of a test so that a hang is caught on
// an idle machine as fast as a plain time-out would catch it, while a
// machine loaded many times over its cores (where a child gets a small
// share of a CPU) does not fail slow but healthy runs.
//
//   - CPU: the child's own user plus system time, read from /proc while
//     it runs; a loop that never ends reaches it whatever the load.
//   - Wall: time in which the child may make no progress; the clock
//     runs slower the more runnable work there is per core (the 1-minute
//     load average over the core count, when above one), so a blocked
//     child (a deadlock, a read that never returns) is caught after Wall
//     on an idle machine and after proportionally more under load.
//   - MaxWall: plain wall-clock time after which the child is killed
//     whatever the load (0: eight times Wall).
//
// Where /proc is missing, CPU is not measured and the load is taken as
// one: Wall is then a plain time-out.
type Bound struct {
	CPU, Wall, MaxWall time.Duration
}

// BoundFor is the usual Bound of a test that used to give a child
// timeout of wall time: as much CPU, timeout of load-scaled time, eight
// times timeout at most.
func BoundFor(timeout time.Duration) Bound {
	return Bound{CPU: timeout, Wall: timeout}
}

// BoundExceeded is the error of a child that RunBounded killed.
type BoundExceeded struct {
	// Which is "CPU", "load-scaled wall" or "wall".
	Which string
	// Limit is the limit that was reached; CPU and Elapsed are what the
	// child had used by then.
	Limit, CPU, Elapsed time.Duration
}

func (e *BoundExceeded) Error() string {
	return fmt.Sprintf("timed out: killed after %v of %s time (%v wall, %v CPU)",
		e.Limit, e.Which, e.Elapsed.Round(time.Millisecond), e.CPU.Round(time.Millisecond))
}

// boundPoll is how often RunBounded looks at the child.
const boundPoll = 100 * time.Millisecond

// RunBounded starts cmd and waits for it like cmd.Run, killing it when
// it passes b (the error is then a *BoundExceeded; the output it wrote
// until then stays in cmd's writers).
func RunBounded(cmd *exec.Cmd, b Bound) error {
	if b.MaxWall == 0 {
		b.MaxWall = 8 * b.Wall
	}
	if cmd.WaitDelay == 0 {
		// A grandchild holding the output pipes open must not hold
		// Wait after the kill.
		cmd.WaitDelay = 5 * time.Second
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	pid := cmd.Process.Pid
	start := time.Now()
	last := start
	var scaled time.Duration
	tick := time.NewTicker(boundPoll)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return err
		case now := <-tick.C:
			scaled += time.Duration(float64(now.Sub(last)) / loadPerCore())
			last = now
			cpu := processCPU(pid)
			var over *BoundExceeded
			switch {
			case b.CPU > 0 && cpu > b.CPU:
				over = &BoundExceeded{Which: "CPU", Limit: b.CPU}
			case b.Wall > 0 && scaled > b.Wall:
				over = &BoundExceeded{Which: "load-scaled wall", Limit: b.Wall}
			case now.Sub(start) > b.MaxWall:
				over = &BoundExceeded{Which: "wall", Limit: b.MaxWall}
			}
			if over == nil {
				continue
			}
			over.CPU, over.Elapsed = cpu, now.Sub(start)
			_ = cmd.Process.Kill()
			<-done
			return over
		}
	}
}

// loadPerCore is the 1-minute load average over the core count, at
// least one (one where unknown).
func loadPerCore() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 1
	}
	return loadPerCoreOf(string(data), runtime.NumCPU())
}

// loadPerCoreOf parses the text of /proc/loadavg.
func loadPerCoreOf(loadavg string, cores int) float64 {
	f := strings.Fields(loadavg)
	if len(f) == 0 || cores < 1 {
		return 1
	}
	load, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 1
	}
	return max(load/float64(cores), 1)
}

// clockTick is the unit of /proc/<pid>/stat's times (USER_HZ, 100 on
// every Linux architecture Go supports).
const clockTick = 10 * time.Millisecond

// processCPU is the user plus system time of the running process pid
// (0 where unknown).
func processCPU(pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	cpu, _ := statCPU(string(data))
	return cpu
}

// statCPU parses the text of /proc/<pid>/stat: utime and stime are its
// 14th and 15th fields, counted after the command name, which is in
// parentheses and may hold spaces and parentheses itself.
func statCPU(stat string) (time.Duration, error) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, errors.New("no command name")
	}
	f := strings.Fields(stat[i+1:])
	// f[0] is the state, the 3rd field; utime is the 14th.
	if len(f) < 13 {
		return 0, errors.New("too few fields")
	}
	var ticks int64
	for _, s := range f[11:13] {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, err
		}
		ticks += n
	}
	return time.Duration(ticks) * clockTick, nil
}
