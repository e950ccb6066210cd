package harness

import "fmt"

// Cell is what a report's table shows for one interpreter's outcome on a
// row: value(o) once it ran, "WRONG" and the value when its checksum
// disagreed, or why there is no value ("skipped", "n/a", "-").
func Cell(o *Outcome, value func(*Outcome) string) string {
	switch {
	case o == nil:
		return "-"
	case o.Skipped != "":
		return "skipped"
	case o.Err != "":
		return "n/a"
	case !o.Ran():
		return "-"
	case o.Wrong:
		return "WRONG " + value(o)
	}
	return value(o)
}

// SecondsCell is o's median time with as many decimals as it needs.
func SecondsCell(o *Outcome) string {
	v := o.MedianSeconds
	switch {
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	case v >= 1:
		return fmt.Sprintf("%.2f", v)
	case v >= 0.01:
		return fmt.Sprintf("%.3f", v)
	}
	return fmt.Sprintf("%.4f", v)
}

// RSSCell is o's median peak RSS in MiB.
func RSSCell(o *Outcome) string { return fmt.Sprintf("%.1f", MiB(o.MedianPeakRSS)) }
