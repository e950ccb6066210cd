package _ssl

// Placeholder until internal/generr generates the tables from the headers.

func libName(lib int) string            { return "" }
func reasonName(lib, reason int) string { return "" }
