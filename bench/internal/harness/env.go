package harness

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// Env is what the figures depend on.
type Env struct {
	CPUs       int    `json:"cpus"`
	CPUModel   string `json:"cpu_model"`
	Go         string `json:"go"`
	Commit     string `json:"commit"`
	Scripts    string `json:"scripts"`
	GOGC       string `json:"gogc,omitempty"`
	LoadBefore string `json:"load_before"`
	LoadAfter  string `json:"load_after"`
	Duration   string `json:"duration"`
}

// Environment describes this machine and the scripts' commit (the load
// and the duration are the caller's to fill).
func Environment(scripts string) Env {
	e := Env{CPUs: runtime.NumCPU(), CPUModel: CPUModel(), Go: runtime.Version(), Scripts: scripts, GOGC: os.Getenv("GOGC")}
	if out, err := exec.Command("git", "-C", scripts, "describe", "--always", "--dirty").Output(); err == nil {
		e.Commit = strings.TrimSpace(string(out))
	}
	return e
}

// CPUModel is the "model name" /proc/cpuinfo gives, "unknown" without one.
func CPUModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// LoadAverage is the 1, 5 and 15-minute load average ("" where unknown).
func LoadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
