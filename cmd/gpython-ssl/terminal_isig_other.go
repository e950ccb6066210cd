//go:build !linux

package main

// stopSignalKeys leaves the terminal as it is where the kernel's
// terminal interface is not Linux's.
func stopSignalKeys() {}
