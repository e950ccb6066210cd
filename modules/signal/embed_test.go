package pysignal

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// TestEmbeddingProgramKeepsItsSignals: the takeover that makes a signal
// left at SIG_DFL kill the interpreter binary (routeDroppedDefaults) is
// the binary's alone (sigint.Install runs it). In a Go program that
// embeds the interpreter, whose package init ran here, a signal the
// program asked for still reaches it and the process lives on.
func TestEmbeddingProgramKeepsItsSignals(t *testing.T) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGPWR)
	defer signal.Stop(ch)
	if err := syscall.Kill(os.Getpid(), syscall.SIGPWR); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatal("SIGPWR did not reach the embedding program")
	}
}
