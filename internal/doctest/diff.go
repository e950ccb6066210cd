package doctest

import "strings"

// maxDiffLines bounds the texts lineDiff compares (its table is
// quadratic); longer outputs are shown whole only.
const maxDiffLines = 500

// lineDiff returns a line diff of want and got: "  " for common lines,
// "- " for lines only expected, "+ " for lines only printed. It returns ""
// unless both texts have from two to maxDiffLines lines.
func lineDiff(want, got string) string {
	a, b := splitOutput(want), splitOutput(got)
	if len(a) < 2 || len(b) < 2 || len(a) > maxDiffLines || len(b) > maxDiffLines {
		return ""
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:], b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			out.WriteString("  " + a[i] + "\n")
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			out.WriteString("- " + a[i] + "\n")
			i++
		default:
			out.WriteString("+ " + b[j] + "\n")
			j++
		}
	}
	return out.String()
}

// splitOutput splits an output into its lines; "" has none.
func splitOutput(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}
